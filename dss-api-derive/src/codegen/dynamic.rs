//! Calls by name (feature `dynamic` of dss-api): each spec file gets a
//! `dispatch` that builds the owner from its identifier fields, takes each
//! argument from a `rt::dynamic::DynArgs` by its name and type, and sends
//! the request (or `.start()`s it) through the same request value a caller
//! would use, dropping the answer. The conformance tests replay recorded
//! calls through it, so every sending method is exercised from data.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::ir::*;
use crate::names::{ident, CLIENT};

/// What `DynArgs` method reads an argument of this kind: required, then
/// optional.
fn readers(kind: ArgKind) -> (Ident, Ident) {
    let (req, opt) = match kind {
        ArgKind::Str => ("str", "opt_str"),
        ArgKind::Bool => ("bool", "opt_bool"),
        ArgKind::Int => ("int", "opt_int"),
        ArgKind::Json => ("json", "opt_json"),
        ArgKind::Strings => ("strings", "opt_strings"),
        ArgKind::File => ("file", "file"),
        ArgKind::Writer => ("writer", "writer"),
    };
    (format_ident!("{}", req), format_ident!("{}", opt))
}

/// Whether a typed handle field can start as its type's default.
fn has_default(ty: &Type) -> bool {
    match &ty.shape {
        Shape::Option(_) | Shape::Vec(_) | Shape::Map(_) | Shape::String | Shape::Value => true,
        Shape::Named(n) => ["bool", "i64", "i32", "u64", "u32", "usize", "f64", "f32"].contains(&n.as_str()),
        Shape::Other => false,
    }
}

/// `__owner`, the handle built from `ids` (its typed state at its
/// default); `None` when its state has no default (a run's details, say):
/// such a handle is only ever built from an answer.
fn owner_from_ids(h: &HandleDef) -> Option<TokenStream> {
    if !h.fields.iter().all(|f| f.ty.as_ref().is_none_or(has_default)) {
        return None;
    }
    let owner = &h.name;
    let hty = ident(&h.name);
    let ids: Vec<&FieldDef> = h.fields.iter().filter(|f| f.is_id()).collect();
    let n = ids.len();
    let locals: Vec<Ident> = ids
        .iter()
        .map(|f| format_ident!("__id_{}", crate::names::bare(&f.name)))
        .collect();
    let fields = h.fields.iter().map(|f| {
        let fname = ident(&f.name);
        match ids.iter().position(|i| i.name == f.name) {
            Some(p) => {
                let l = &locals[p];
                quote!(#fname: #l,)
            }
            None => quote!(#fname: ::core::default::Default::default(),),
        }
    });
    let document = if h.document {
        quote!(document: args.document()?,)
    } else {
        quote!()
    };
    let client = if h.client == CLIENT {
        quote!(::core::clone::Clone::clone(client))
    } else {
        let c = ident(&h.client);
        quote!(crate::rt::ServerClient::from_core(
            crate::rt::on_server(client, <super::handles::#c as crate::rt::ServerClient>::SERVER),
            ::std::vec::Vec::new(),
        ))
    };
    if h.server.is_some() {
        // A client of another server: its identifiers, over the transport.
        return Some(quote! {
            let [#(#locals),*] = crate::rt::dynamic::ids::<#n>(#owner, ids)?;
            let __owner: super::handles::#hty = crate::rt::ServerClient::from_core(
                crate::rt::on_server(client, <super::handles::#hty as crate::rt::ServerClient>::SERVER),
                ::std::vec![#(#locals),*],
            );
        });
    }
    Some(quote! {
        let [#(#locals),*] = crate::rt::dynamic::ids::<#n>(#owner, ids)?;
        let __owner = super::handles::#hty {
            client: #client,
            #(#fields)* #document
        };
    })
}

/// The arm of one sending method.
fn arm(m: &Method, r: &Request, handles: &[HandleDef]) -> Option<TokenStream> {
    let owner = &m.owner;
    let name = ident(&m.name);
    let method = &m.name;
    let (prelude, receiver) = if m.owner == CLIENT {
        (TokenStream::new(), quote!(client))
    } else {
        (
            owner_from_ids(handles.iter().find(|h| h.name == m.owner)?)?,
            quote!(__owner),
        )
    };
    let mut sink = TokenStream::new();
    let required = m.args.iter().filter(|a| a.is_required()).map(|a| {
        let n = crate::names::bare(&a.name);
        let (read, _) = readers(a.kind);
        if a.kind == ArgKind::Writer {
            sink = quote!(let mut __sink = ::std::io::sink(); args.writer(#n)?;);
            quote!(&mut __sink)
        } else {
            quote!(args.#read(#n)?)
        }
    });
    let required: Vec<TokenStream> = required.collect();
    let optional = m.args.iter().filter(|a| !a.is_required()).map(|a| {
        let n = crate::names::bare(&a.name);
        let setter = ident(&a.name);
        let (_, read) = readers(a.kind);
        quote! {
            if let Some(__v) = args.#read(#n)? {
                __r = __r.#setter(__v);
            }
        }
    });
    let rty = format_ident!("{}", crate::names::request_type_name(&m.owner, &m.name));
    let can_start = r.start.is_some() || matches!(r.result, ResultKind::Wait(_));
    let finish = if can_start {
        quote!(if start {
            __r.start().map(drop)
        } else {
            __r.send().map(drop)
        })
    } else {
        quote! {
            if start {
                return Err(crate::rt::Error::Config(::std::format!("`{}` cannot be started", __endpoint)));
            }
            __r.send().map(drop)
        }
    };
    Some(quote! {
        (#owner, #method) => (|| -> Result<(), crate::rt::Error> {
            #prelude
            #sink
            #[allow(unused_mut)]
            let mut __r = #receiver.#name(#(#required),*);
            let __endpoint = requests::#rty::ENDPOINT;
            #(#optional)*
            args.finish(__endpoint)?;
            #finish
        })(),
    })
}

/// The `dispatch` of a spec file: `None` when it has no such method.
pub fn dispatch(methods: &[&Method], handles: &[HandleDef]) -> TokenStream {
    let arms: Vec<TokenStream> = methods.iter().filter_map(|m| arm(m, m.request()?, handles)).collect();
    let body = if arms.is_empty() {
        quote!(None)
    } else {
        quote!(Some(match (owner, method) {
            #(#arms)*
            _ => return None,
        }))
    };
    quote! {
        /// Sends the request of one of this file's methods, named by owner
        /// and method, with arguments taken by name from `args`.
        #[cfg(feature = "dynamic")]
        #[allow(unused_variables, clippy::redundant_closure_call, deprecated)]
        pub(crate) fn dispatch(
            client: &crate::rt::DssClient,
            owner: &str,
            ids: &[&str],
            method: &str,
            args: &mut crate::rt::dynamic::DynArgs,
            start: bool,
        ) -> Option<Result<(), crate::rt::Error>> {
            #body
        }
    }
}

/// The public `catalog::call`: every file's `dispatch`, in turn.
pub fn call(modules: &[Ident]) -> TokenStream {
    quote! {
        /// Sends the request of any method of the catalog, named by its
        /// owner type and method name, with the owner's identifier fields
        /// in order (none for `DssClient`) and the arguments by name as
        /// JSON (see `DynArgs` for uploads and local paths); `start` sends
        /// it as `.start()` would. The answer is read and dropped; the call
        /// fails as `send` would (an HTTP error, a failed task, ...), and
        /// with [`Error::Config`](crate::Error::Config) for a method the
        /// catalog does not have or an argument it does not take.
        #[cfg(feature = "dynamic")]
        pub fn call(
            client: &crate::rt::DssClient,
            owner: &str,
            ids: &[&str],
            method: &str,
            args: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            start: bool,
        ) -> ::core::result::Result<(), crate::rt::Error> {
            let mut args = crate::rt::dynamic::DynArgs::new(args);
            #(
                if let ::core::option::Option::Some(r) = super::#modules::dispatch(client, owner, ids, method, &mut args, start) {
                    return r;
                }
            )*
            ::core::result::Result::Err(crate::rt::Error::Config(::std::format!(
                "the catalog has no sending method `{owner}::{method}`"
            )))
        }

        /// Reads a document type of the catalog (`DssDatasetSettings`) with
        /// the first method that reads it (one taking no required argument
        /// when there is one; the required arguments of another are taken
        /// by name from `args`), on the owner named by `ids`; lets `edit`
        /// change it; and sends it back with its `save` when it has one
        /// (then `Ok(true)`).
        #[cfg(feature = "dynamic")]
        pub fn round_trip(
            client: &crate::rt::DssClient,
            document: &str,
            ids: &[&str],
            args: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            edit: &dyn Fn(&mut ::serde_json::Value),
        ) -> ::core::result::Result<bool, crate::rt::Error> {
            let mut args = crate::rt::dynamic::DynArgs::new(args);
            #(
                if let ::core::option::Option::Some(r) = super::#modules::round_trip(client, document, ids, &mut args, edit) {
                    return r;
                }
            )*
            ::core::result::Result::Err(crate::rt::Error::Config(::std::format!(
                "the catalog has no method reading `{document}` with no required argument"
            )))
        }
    }
}

/// The `round_trip` of a spec file: for each document type one of its
/// methods reads (one with no required argument when there is one; the
/// required arguments of another come from `args`), read it, let `edit`
/// change it, and send it back with its `save` when it has one
/// (`Some(Ok(true))`): a generated one, or a hand-written one returning a
/// request value.
pub fn round_trip(methods: &[&Method], handles: &[HandleDef], all: &[Method]) -> TokenStream {
    let mut seen: Vec<&str> = Vec::new();
    // A document is read by a method taking no required argument when
    // there is one, a GET first (a POST may answer one too, as a
    // conversation its creation); the order of the spec otherwise.
    let takes_args = |m: &&Method| m.args.iter().any(|a| a.is_required());
    let not_get = |m: &&Method| m.request().is_none_or(|r| !matches!(r.verb, Verb::Get));
    let mut in_order: Vec<&&Method> = methods.iter().collect();
    in_order.sort_by_key(|m| (takes_args(m), not_get(m)));
    let in_order = in_order.into_iter();
    let arms: Vec<TokenStream> = in_order
        .filter_map(|m| {
            let r = m.request()?;
            let ResultKind::Handle(b) = &r.result else { return None };
            if !b.document || seen.contains(&b.handle.as_str()) {
                return None;
            }
            let (prelude, receiver) = if m.owner == CLIENT {
                (TokenStream::new(), quote!(client))
            } else {
                (
                    owner_from_ids(handles.iter().find(|h| h.name == m.owner)?)?,
                    quote!(__owner),
                )
            };
            seen.push(&b.handle);
            let doc = &b.handle;
            let getter = ident(&m.name);
            let required = m.args.iter().filter(|a| a.is_required()).map(|a| {
                let n = crate::names::bare(&a.name);
                let (read, _) = readers(a.kind);
                quote!(args.#read(#n)?)
            });
            let saves = all.iter().any(|s| {
                s.owner == b.handle
                    && s.name == "save"
                    && (s.request().is_some() || matches!(s.action, Action::ByHand { .. }))
            });
            let save = if saves {
                quote!(__doc.save().send()?; Ok(true))
            } else {
                quote!(Ok(false))
            };
            Some(quote! {
                #doc => (|| -> Result<bool, crate::rt::Error> {
                    #prelude
                    let mut __doc = #receiver.#getter(#(#required),*).send()?;
                    edit(__doc.raw_mut());
                    #save
                })(),
            })
        })
        .collect();
    let body = if arms.is_empty() {
        quote!(None)
    } else {
        quote!(Some(match document {
            #(#arms)*
            _ => return None,
        }))
    };
    quote! {
        /// Reads a document one of this file's methods reads, lets `edit`
        /// change it, and saves it back.
        #[cfg(feature = "dynamic")]
        #[allow(unused_variables, unused_mut, clippy::redundant_closure_call, deprecated)]
        pub(crate) fn round_trip(
            client: &crate::rt::DssClient,
            document: &str,
            ids: &[&str],
            args: &mut crate::rt::dynamic::DynArgs,
            edit: &dyn Fn(&mut ::serde_json::Value),
        ) -> Option<Result<bool, crate::rt::Error>> {
            #body
        }
    }
}
