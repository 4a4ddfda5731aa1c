//! The endpoint catalog: every generated method, handle and model as static
//! data of the runtime's `catalog` types, for the README table, mocks and
//! tools (so that nothing else parses the spec).

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::*;
use crate::names::{bare, request_type_name};

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
        Place::Nowhere => quote!(HandleOnly),
    };
    quote!(Arg::new(#name, #ty, Presence::#presence, Place::#place, #secret))
}

fn result(m: &Method) -> TokenStream {
    let r = match &m.action {
        Action::Build(b) => {
            let h = &b.handle;
            return quote!(ResultKind::Handle(#h));
        }
        Action::ByHand { ret, .. } => return quote!(ResultKind::Other(#ret)),
        Action::Request(r) => r,
    };
    match &r.output {
        Output::Unit => quote!(ResultKind::Nothing),
        Output::Text => quote!(ResultKind::Text),
        Output::Stream => quote!(ResultKind::Stream),
        Output::Save(_) => quote!(ResultKind::SavedToFile),
        Output::Write(_) => quote!(ResultKind::CopiedToWriter),
        Output::Json(t) => quote!(ResultKind::Json(#t)),
        Output::Pick { ty, member, each } => {
            quote!(ResultKind::Member { ty: #ty, member: #member, each_item: #each })
        }
        Output::Handle(b) => {
            let h = &b.handle;
            quote!(ResultKind::Handle(#h))
        }
        Output::Task(_) => quote!(ResultKind::Task),
        Output::Wait(t) => quote!(ResultKind::Wait(#t)),
    }
}

fn endpoint(m: &Method) -> TokenStream {
    let owner = &m.owner;
    let name = &m.name;
    let doc = summary(&m.doc);
    let args: Vec<TokenStream> = match &m.action {
        Action::ByHand { args, .. } => args
            .iter()
            .map(|a| quote!(Arg::new(#a, "", Presence::Required, Place::HandWritten, false)))
            .collect(),
        _ => m.args.iter().map(arg).collect(),
    };
    let result = result(m);
    let hand_written = matches!(m.action, Action::ByHand { .. });
    let dataikuapi = m.request().is_none_or(|r| !r.helper);
    let request = match m.request() {
        None => quote!(None),
        Some(r) => {
            let verb = r.verb.as_str();
            let path = &r.path;
            let constants = r.query.iter().filter_map(|q| match &q.value {
                Scalar::Lit(v) => {
                    let k = &q.key;
                    Some(quote!((#k, #v)))
                }
                Scalar::Val(_) => None,
            });
            let rty = request_type_name(&m.owner, &m.name);
            let server_wait = r.server_wait;
            let idempotent = r.idempotent;
            let can_start = r.start.is_some();
            let check = r.check_messages;
            let secret_path = r.segments.iter().any(|p| {
                matches!(
                    p,
                    PathPiece::One { secret: true, .. } | PathPiece::Rest { secret: true, .. }
                )
            });
            quote! {
                Some(Request::new(#verb, #path, &[#(#constants),*], #rty, [#server_wait, #idempotent, #can_start, #check, #secret_path]))
            }
        }
    };
    quote!(Endpoint::new(#owner, #name, #doc, &[#(#args),*], #request, #result, [#hand_written, #dataikuapi]),)
}

/// The items of the catalog module.
pub fn catalog(api: &Api) -> TokenStream {
    let endpoints = api.methods.iter().map(endpoint);
    // Links to every hand-written method the spec declares, for readers.
    let links: Vec<String> = api
        .methods
        .iter()
        .filter(|m| matches!(m.action, Action::ByHand { .. }))
        .map(|m| {
            let owner = if m.owner == crate::names::CLIENT {
                "crate::rt::DssClient".to_owned()
            } else {
                format!("super::handles::{}", m.owner)
            };
            format!("[`{0}::{1}`]({owner}::{1})", m.owner, m.name)
        })
        .collect();
    let endpoints_doc = if links.is_empty() {
        "Every generated method, in spec order.".to_owned()
    } else {
        format!(
            "Every generated method, in spec order, and the methods written by hand that the spec declares: {}.",
            links.join(", ")
        )
    };
    let handles = api.handles.iter().map(|h| {
        let name = &h.name;
        let doc = summary(&h.doc);
        let fields = h.fields.iter().map(|f| {
            let n = &f.name;
            let t = opt(f.ty.as_deref());
            let s = f.secret;
            quote!(HandleField { name: #n, ty: #t, secret: #s })
        });
        quote!(Handle { name: #name, doc: #doc, fields: &[#(#fields),*] },)
    });
    let models = api.models.iter().map(|m| {
        let name = &m.name;
        let doc = summary(&m.doc);
        let members = m.members.iter().map(|mm| {
            let n = bare(&mm.name);
            let w = &mm.wire;
            let t = &mm.ty;
            let o = mm.optional;
            let s = mm.secret;
            quote!(ModelMember { name: #n, wire: #w, ty: #t, optional: #o, secret: #s })
        });
        let handle = opt(m.handle.as_ref().map(|b| b.handle.as_str()));
        quote!(Model { name: #name, doc: #doc, members: &[#(#members),*], handle: #handle },)
    });
    quote! {
        use crate::rt::catalog::{Arg, Endpoint, Handle, HandleField, Model, ModelMember, Place, Presence, Request, ResultKind};
        #[doc = #endpoints_doc]
        pub static ENDPOINTS: &[Endpoint] = &[#(#endpoints)*];
        /// Every handle type, in spec order.
        pub static HANDLES: &[Handle] = &[#(#handles)*];
        /// Every model type, in spec order.
        pub static MODELS: &[Model] = &[#(#models)*];
    }
}
