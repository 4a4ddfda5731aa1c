//! Resolved API (`ir.rs`) → tokens.
//!
//! The generated code is placed in a module of dss-api (its `api::generated`
//! module) and names nothing of the library but its runtime contract, the
//! `rt` module (plus `std`, `serde` and `serde_json`): every request is a
//! `rt::Call` finished by one of its `send_*` functions, so the transport
//! lives in one place. Between generated modules, paths are relative
//! (`super::super::handles`), so the expansion works wherever it is invoked.
//!
//! Each spec file expands into a module of its own (`spec_datasets` for
//! `spec/datasets.dss`) holding its handles, models, request values,
//! endpoint descriptions, catalog lists, the methods it adds to any owner and
//! the checks of its hand-written methods; the top level only gathers them
//! (`handles`, `models`, `requests`, `catalog`, `endpoints`) and checks the
//! agreements with the runtime. So a change to one spec file changes one
//! file module, and the code of one spec file can be read alone.
//!
//! - `handles.rs`: handle types, models, and the expression that builds a
//!   handle (shared by methods, answers and `to_handle`);
//! - `requests.rs`: methods and request values (prepare, finish, start);
//! - `docs.rs`: the rustdoc of methods and setters;
//! - `catalog.rs`: the endpoint descriptions and the public catalog;
//! - `secrets.rs`: a test, compiled in the crate's own tests, that no model
//!   or handle shows a secret.

mod catalog;
mod docs;
mod dynamic;
mod handles;
mod requests;
mod secrets;

use std::collections::HashMap;

use proc_macro2::{Delimiter, Group, Ident, TokenStream};
use quote::{format_ident, quote};

use crate::ir::{Action, Api, HandleDef, Method, ModelDef};
use crate::names::{ident, CLIENT};

thread_local! {
    /// Types written in the spec, lexed once each (a table repeats a few
    /// types hundreds of times). Emptied when `generate` returns: compiler
    /// tokens must not outlive the macro invocation that made them.
    static TYPES: std::cell::RefCell<HashMap<String, TokenStream>> = std::cell::RefCell::default();
}

/// The tokens of a spec type. Types reach the IR as the text of a
/// `syn::Type` the parser read, so they always lex; if one still did not (a
/// bug), the expansion says so instead of guessing.
fn ty(src: &crate::ir::Type) -> TokenStream {
    let src = &src.text;
    TYPES.with(|cache| {
        cache
            .borrow_mut()
            .entry(src.to_owned())
            .or_insert_with(|| match src.parse::<TokenStream>() {
                Ok(t) => t,
                Err(_) => {
                    let msg = format!("dss-api-derive: cannot lex the validated type `{src}`");
                    quote!(::core::compile_error!(#msg))
                }
            })
            .clone()
    })
}

/// Wraps tokens in braces by moving them into a group: interpolating them
/// with `quote!` would copy every token once per nesting level.
fn braced(ts: TokenStream) -> Group {
    Group::new(Delimiter::Brace, ts)
}

/// Imports every generated module starts with. Named imports win over the
/// glob of models, so a model can never shadow the prelude names the
/// generated code relies on (validation also refuses such model names).
fn prelude() -> TokenStream {
    quote! {
        #[allow(unused_imports)]
        use ::core::option::Option::{self, None, Some};
        #[allow(unused_imports)]
        use ::core::result::Result::{self, Err, Ok};
        #[allow(unused_imports)]
        use ::std::string::String;
        #[allow(unused_imports)]
        use ::std::vec::Vec;
        #[allow(unused_imports)]
        use ::serde_json::Value;
        #[allow(unused_imports)]
        use super::super::models::*;
    }
}

/// The path of an owner type from a spec file's module (`impl` blocks).
fn owner_path(owner: &str) -> TokenStream {
    let id = ident(owner);
    if owner == CLIENT {
        quote!(crate::rt::DssClient)
    } else {
        quote!(super::handles::#id)
    }
}

/// The path of an owner type from inside a spec file's submodules
/// (`requests`).
fn owner_path_inner(owner: &str) -> TokenStream {
    let id = ident(owner);
    if owner == CLIENT {
        quote!(crate::rt::DssClient)
    } else {
        quote!(super::super::handles::#id)
    }
}

/// The module of a spec file: `spec/datasets.dss` -> `spec_datasets`.
pub fn file_module(file: &str) -> Ident {
    let stem = file.rsplit('/').next().unwrap_or(file);
    let stem = stem.strip_suffix(".dss").unwrap_or(stem);
    let clean: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    format_ident!("spec_{}", clean)
}

/// What one spec file declares, in spec order.
#[derive(Default)]
struct FileItems<'a> {
    handles: Vec<&'a HandleDef>,
    models: Vec<&'a ModelDef>,
    methods: Vec<&'a Method>,
}

/// The resolved API, by spec file, in the index's order.
fn by_file(api: &Api) -> Vec<(&str, FileItems<'_>)> {
    let mut files: Vec<(&str, FileItems<'_>)> = api.files.iter().map(|f| (&**f, FileItems::default())).collect();
    fn of<'a, 'f>(files: &'f mut [(&'a str, FileItems<'a>)], file: &str) -> Option<&'f mut FileItems<'a>> {
        files.iter_mut().find(|(f, _)| *f == file).map(|(_, items)| items)
    }
    for h in &api.handles {
        if let Some(items) = of(&mut files, &h.file) {
            items.handles.push(h);
        }
    }
    for m in &api.models {
        if let Some(items) = of(&mut files, &m.file) {
            items.models.push(m);
        }
    }
    for m in &api.methods {
        if let Some(items) = of(&mut files, &m.file) {
            items.methods.push(m);
        }
    }
    files
}

/// Generates every item of the resolved API.
pub fn generate(api: &Api) -> TokenStream {
    struct ClearTypes;
    impl Drop for ClearTypes {
        fn drop(&mut self) {
            TYPES.with(|cache| cache.borrow_mut().clear());
        }
    }
    let _clear = ClearTypes;
    let files = by_file(api);
    let mut out = TokenStream::new();
    for (file, items) in &files {
        out.extend(file_module_items(file, items, api));
    }
    let modules: Vec<Ident> = files.iter().map(|(f, _)| file_module(f)).collect();
    out.extend(gather(&modules));
    out.extend(catalog::agreements());
    out
}

/// The module of one spec file.
fn file_module_items(file: &str, items: &FileItems<'_>, api: &Api) -> TokenStream {
    let module = file_module(file);
    let prelude = prelude();
    let mut handle_items = prelude.clone();
    for h in &items.handles {
        handle_items.extend(handles::handle(h));
    }
    let mut model_items = prelude.clone();
    for m in &items.models {
        model_items.extend(handles::model(m));
    }
    let mut request_items = prelude;
    let (impls, requests, by_hand) = methods(items);
    request_items.extend(requests);
    let endpoints = braced(catalog::endpoint_statics(&items.methods));
    let lists = catalog::file_lists(&items.methods, &items.handles, &items.models);
    let secret_tests = secrets::secret_tests(&items.handles, &items.models, &api.models);
    let mut dispatch = dynamic::dispatch(&items.methods, &api.handles);
    dispatch.extend(dynamic::round_trip(&items.methods, &api.handles, &api.methods));
    let doc = format!("The expansion of `{file}`.");
    let handle_items = braced(handle_items);
    let model_items = braced(model_items);
    let request_items = braced(request_items);
    let by_hand = if by_hand.is_empty() {
        quote!()
    } else {
        let checks = braced(by_hand);
        quote! {
            /// The hand-written methods this file declares have the
            /// signatures it gives them, in the crate's public names.
            const _: () = {
                #[allow(unused_imports)]
                use super::handles::*;
                #[allow(unused_imports)]
                use super::models::*;
                #[allow(unused_imports)]
                use crate::models::*;
                #[allow(unused_imports)]
                use crate::requests::*;
                #[allow(unused_imports)]
                use crate::*;
                #[allow(unused_imports)]
                use ::serde_json::Value;
                #checks
            };
        }
    };
    let body = braced(quote! {
        /// Handle types.
        pub mod handles #handle_items
        /// Typed answers.
        pub mod models #model_items
        /// Request values.
        pub mod requests #request_items
        /// The description of every method of this file: its identity.
        pub mod endpoints #endpoints
        #lists
        #impls
        #by_hand
        #dispatch
        #secret_tests
    });
    quote! {
        #[doc = #doc]
        pub mod #module #body
    }
}

/// A file's methods: the inherent impl blocks (one per owner, in first-seen
/// order), the request value types with their list, and the checks of the
/// hand-written methods' signatures.
fn methods(items: &FileItems<'_>) -> (TokenStream, TokenStream, TokenStream) {
    let mut order: Vec<&str> = Vec::new();
    let mut by_owner: HashMap<&str, TokenStream> = HashMap::new();
    let mut request_types: Vec<Ident> = Vec::new();
    let mut requests = TokenStream::new();
    let mut by_hand = TokenStream::new();
    for m in &items.methods {
        if !by_owner.contains_key(m.owner.as_str()) {
            order.push(&m.owner);
        }
        let method = requests::method(m);
        let method = match &m.deprecated {
            Some(note) => quote!(#[deprecated(note = #note)] #method),
            None => method,
        };
        by_owner.entry(&m.owner).or_default().extend(method);
        if let Some(r) = m.request() {
            requests.extend(requests::request_value(m, r));
            request_types.push(ident(&crate::names::request_type_name(&m.owner, &m.name)));
        }
        if let Action::ByHand { receiver, args, ret } = &m.action {
            by_hand.extend(requests::by_hand_check(m, *receiver, args, ret));
        }
    }
    requests.extend(quote!(crate::rt::request_list!(#(#request_types),*);));
    let mut impls = TokenStream::new();
    for owner in order {
        let owner_ty = owner_path(owner);
        let body = braced(by_owner.remove(owner).unwrap_or_default());
        impls.extend(quote! { impl #owner_ty #body });
    }
    (impls, requests, by_hand)
}

/// The top level: every file module's items, gathered.
fn gather(modules: &[Ident]) -> TokenStream {
    let catalog = braced(catalog::gathered(modules));
    quote! {
        /// Handle types: cheap, cloneable values that name one object on the
        /// server (a project, a user, ...) and hold a clone of the client.
        /// Building one sends nothing; their methods return requests.
        pub mod handles {
            #(pub use super::#modules::handles::*;)*
        }
        /// Typed answers. Each keeps the members it does not name in `extra`,
        /// as the server wrote them, so an object read, changed and written
        /// back loses nothing.
        pub mod models {
            #(pub use super::#modules::models::*;)*
        }
        /// Request values returned by the API methods: set optional
        /// arguments by name, then call `send()`.
        pub mod requests {
            #(pub use super::#modules::requests::*;)*
            /// The name of every request value type generated from the
            /// spec, each checked to implement `rt::Prepared` (the mock's
            /// stubs).
            #[cfg(feature = "mock")]
            pub static REQUEST_TYPES: &[&str] = &crate::rt::catalog::concat::<
                _,
                { 0 #(+ super::#modules::requests::REQUEST_TYPES.len())* },
            >(&[#(super::#modules::requests::REQUEST_TYPES),*], "");
        }
        /// The description of every method, by the name of its request
        /// value type in SCREAMING_SNAKE_CASE (`DATASET_ITER_ROWS`), for the
        /// hand-written halves of the API.
        #[allow(unused_imports)]
        pub(crate) mod endpoints {
            #(pub(crate) use super::#modules::endpoints::*;)*
        }
        /// Every generated method, handle and model, described as data.
        pub mod catalog #catalog
    }
}
