//! The endpoint catalog: every generated method, handle and model as static
//! data of the runtime's `catalog` types, for errors, logs, the README
//! table, mocks and tools (so that nothing else parses the spec). Each
//! method's description is a `static` of its spec file's `endpoints`
//! module: its one identity, which its request carries.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::ir::*;
use crate::names::{bare, endpoint_static_name, request_type_name, AGREEMENTS};

/// The first sentence of a doc text, on one line.
pub fn summary(doc: &str) -> String {
    let para = doc.split("\n\n").next().unwrap_or("").replace('\n', " ");
    match para.find(". ") {
        Some(i) => para[..=i].to_owned(),
        None => para,
    }
}

fn opt(s: Option<&str>) -> TokenStream {
    match s {
        Some(s) => quote!(Some(#s)),
        None => quote!(None),
    }
}

fn arg(a: &Arg) -> TokenStream {
    let name = &a.name;
    let ty = a.kind.name();
    let secret = a.secret;
    let presence = match &a.presence {
        Presence::Required => quote!(Required),
        Presence::Optional => quote!(Optional),
        Presence::Default(l) => {
            let t = l.text();
            quote!(Default(#t))
        }
        Presence::Env(v) => quote!(Env(#v)),
    };
    let place = match &a.place {
        Place::Path => quote!(Path),
        Place::PathSegments => quote!(PathSegments),
        Place::Query(k) => quote!(Query(#k)),
        Place::Member { path, via, omitted } => {
            let via = opt(via.as_deref());
            quote!(Member { path: #path, via: #via, omitted_when_unset: #omitted })
        }
        Place::Body { via } => {
            let via = opt(via.as_deref());
            quote!(Body { via: #via })
        }
        Place::Spread => quote!(Spread),
        Place::Upload => quote!(Upload),
        Place::UploadName => quote!(UploadName),
        Place::Raw => quote!(Raw),
        Place::SaveTo => quote!(SaveTo),
        Place::WriteTo => quote!(WriteTo),
        Place::HandleOnly => quote!(HandleOnly),
        Place::Document(p) => quote!(Document(#p)),
    };
    quote!(Arg::new(#name, #ty, Presence::#presence, Place::#place, #secret))
}

fn result(m: &Method) -> TokenStream {
    let r = match &m.action {
        Action::Build(b) => {
            let h = &b.handle;
            return quote!(ResultKind::Handle(#h));
        }
        Action::ByHand { ret, .. } => {
            let t = &ret.text;
            return quote!(ResultKind::HandWritten(#t));
        }
        Action::Local(local) => {
            let t = match local {
                Local::Get { path, .. } if path.is_empty() => "&Value",
                Local::Get { kind: ArgKind::Str, .. } => "Option<&str>",
                Local::Get {
                    kind: ArgKind::Bool, ..
                } => "Option<bool>",
                Local::Get { kind: ArgKind::Int, .. } => "Option<i64>",
                Local::Get {
                    kind: ArgKind::Strings, ..
                } => "Vec<&str>",
                Local::Get { .. } => "Option<&Value>",
                Local::Set => "&mut Self",
            };
            return quote!(ResultKind::Local(#t));
        }
        Action::Request(r) => r,
    };
    match &r.result {
        ResultKind::Unit => quote!(ResultKind::Nothing),
        ResultKind::Text => quote!(ResultKind::Text),
        ResultKind::Stream => quote!(ResultKind::Stream),
        ResultKind::Save(_) => quote!(ResultKind::SavedToFile),
        ResultKind::Write(_) => quote!(ResultKind::CopiedToWriter),
        ResultKind::Json(t) => {
            let t = &t.text;
            quote!(ResultKind::Json(#t))
        }
        ResultKind::Pick { ty, member, each } => {
            let ty = &ty.text;
            quote!(ResultKind::Member { ty: #ty, member: #member, each_item: #each })
        }
        ResultKind::Handle(b) => {
            let h = &b.handle;
            quote!(ResultKind::Handle(#h))
        }
        ResultKind::Task(_) => quote!(ResultKind::Task),
        ResultKind::Wait(t) => {
            let t = &t.text;
            quote!(ResultKind::Wait(#t))
        }
    }
}

/// The `Endpoint::new(..)` expression of a method.
fn endpoint(m: &Method) -> TokenStream {
    let owner = &m.owner;
    let name = &m.name;
    let doc = summary(&m.doc);
    let args: Vec<TokenStream> = match &m.action {
        Action::ByHand { args, .. } => args
            .iter()
            .map(|(a, t)| {
                let t = &t.text;
                quote!(Arg::new(#a, #t, Presence::Required, Place::HandWritten, false))
            })
            .collect(),
        _ => m.args.iter().map(arg).collect(),
    };
    let result = result(m);
    let hand_written = matches!(m.action, Action::ByHand { .. });
    let associated = matches!(
        m.action,
        Action::ByHand {
            receiver: Receiver::None,
            ..
        }
    );
    let dataikuapi = m.request().is_none_or(|r| !r.helper)
        && !(hand_written && crate::names::OWN_METHODS.contains(&m.name.as_str()));
    let request = match m.request() {
        None => quote!(None),
        Some(r) => {
            let verb = format_ident!("{}", r.verb.variant());
            let path = &r.path;
            let constants = r.query.iter().filter_map(|q| match &q.value {
                Scalar::Lit(v) => {
                    let k = &q.key;
                    Some(quote!((#k, #v)))
                }
                Scalar::Val(_) | Scalar::Json(_) | Scalar::Concat(_) => None,
            });
            let rty = request_type_name(&m.owner, &m.name);
            let server_wait = r.server_wait;
            let idempotent = r.idempotent.is_some();
            let can_start = r.start.is_some();
            let check = r.check_messages;
            let secret_path = r.secret_path;
            quote! {
                Some(Request::new(Verb::#verb, #path, &[#(#constants),*], #rty, [#server_wait, #idempotent, #can_start, #check, #secret_path]))
            }
        }
    };
    let server = super::handles::server_expr(&m.server);
    quote!(Endpoint::new(#owner, #name, #server, #doc, &[#(#args),*], #request, #result, [#hand_written, #dataikuapi, #associated]))
}

/// The `endpoints` module of a spec file: one `static` per method.
pub fn endpoint_statics(methods: &[&Method]) -> TokenStream {
    let statics = methods.iter().map(|m| {
        let name = format_ident!("{}", endpoint_static_name(&m.owner, &m.name));
        let doc = format!("`{}::{}`.", m.owner, m.name);
        let e = endpoint(m);
        quote! {
            #[doc = #doc]
            pub static #name: Endpoint = #e;
        }
    });
    quote! {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Arg, Endpoint, Place, Presence, Request, ResultKind, Verb};
        #(#statics)*
    }
}

/// A spec file's lists: its endpoints, handles and models.
pub fn file_lists(methods: &[&Method], handles: &[&HandleDef], models: &[&ModelDef]) -> TokenStream {
    let endpoints = methods
        .iter()
        .map(|m| format_ident!("{}", endpoint_static_name(&m.owner, &m.name)));
    let handles = handles.iter().map(|h| {
        let name = &h.name;
        let doc = summary(&h.doc);
        let fields = h.fields.iter().map(|f| {
            let n = &f.name;
            let t = opt(f.ty.as_ref().map(|t| t.text.as_str()));
            let s = f.secret;
            quote!(HandleField { name: #n, ty: #t, secret: #s })
        });
        let document = h.document;
        quote!(Handle { name: #name, doc: #doc, fields: &[#(#fields),*], document: #document },)
    });
    let models = models.iter().map(|m| {
        let name = &m.name;
        let doc = summary(&m.doc);
        let members = m.members.iter().map(|mm| {
            let n = bare(&mm.name);
            let w = &mm.wire;
            let t = &mm.ty.text;
            let o = mm.optional;
            let s = mm.secret;
            quote!(ModelMember { name: #n, wire: #w, ty: #t, optional: #o, secret: #s })
        });
        let handle = opt(m.handle.as_ref().map(|b| b.handle.as_str()));
        quote!(Model { name: #name, doc: #doc, members: &[#(#members),*], handle: #handle },)
    });
    quote! {
        /// This file's methods, in spec order.
        pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[#(&endpoints::#endpoints),*];
        /// This file's handles, in spec order.
        pub const HANDLES: &[crate::rt::catalog::Handle] = {
            #[allow(unused_imports)]
            use crate::rt::catalog::{Handle, HandleField};
            &[#(#handles)*]
        };
        /// This file's models, in spec order.
        pub const MODELS: &[crate::rt::catalog::Model] = {
            #[allow(unused_imports)]
            use crate::rt::catalog::{Model, ModelMember};
            &[#(#models)*]
        };
    }
}

/// The items of the top-level catalog module: every file's lists, joined.
pub fn gathered(modules: &[Ident]) -> TokenStream {
    let list = |what: &str, ty: TokenStream, fill: TokenStream, doc: &str| {
        let what = format_ident!("{}", what);
        quote! {
            #[doc = #doc]
            pub static #what: &[#ty] = &crate::rt::catalog::concat::<_, { 0 #(+ super::#modules::#what.len())* }>(
                &[#(super::#modules::#what),*],
                #fill,
            );
        }
    };
    let endpoints = list(
        "ENDPOINTS",
        quote!(&crate::rt::catalog::Endpoint),
        quote!(&crate::rt::catalog::Endpoint::PLACEHOLDER),
        "Every method, in spec order: the generated ones and the hand-written ones the spec declares.",
    );
    let handles = list(
        "HANDLES",
        quote!(crate::rt::catalog::Handle),
        quote!(crate::rt::catalog::Handle::PLACEHOLDER),
        "Every handle type, in spec order.",
    );
    let models = list(
        "MODELS",
        quote!(crate::rt::catalog::Model),
        quote!(crate::rt::catalog::Model::PLACEHOLDER),
        "Every model type, in spec order.",
    );
    let call = super::dynamic::call(modules);
    quote!(#endpoints #handles #models #call)
}

/// The agreements between this generator and the runtime, checked when the
/// expansion compiles: each list of names the generator relies on must be
/// the runtime's list (see `names::AGREEMENTS`).
pub fn agreements() -> TokenStream {
    let checks = AGREEMENTS.iter().map(|(what, runtime, names)| {
        let runtime: TokenStream = format!("crate::rt::{runtime}").parse().unwrap_or_default();
        quote! {
            const _: () = crate::rt::agree(#what, #runtime, &[#(#names),*]);
        }
    });
    quote!(#(#checks)*)
}
