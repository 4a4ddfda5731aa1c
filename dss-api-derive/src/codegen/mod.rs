//! Resolved API (`ir.rs`) → tokens.
//!
//! The generated code is placed in a module of dss-api (its `api` module)
//! and names nothing of the library but its runtime contract, the `rt`
//! module (plus `std`, `serde` and `serde_json`): every request is a
//! `rt::Call` finished by one of its `send_*` functions, so the transport
//! lives in one place. Between generated modules, paths are relative
//! (`super::models`), so the expansion works wherever it is invoked.
//!
//! - `handles.rs`: handle types, models, and the expression that builds a
//!   handle (shared by methods, answers and `to_handle`);
//! - `requests.rs`: methods and request values (prepare, finish, start);
//! - `docs.rs`: the rustdoc of methods and setters;
//! - `catalog.rs`: the public endpoint catalog;
//! - `secrets.rs`: a test, compiled in the crate's own tests, that no model
//!   or handle shows a secret.

mod catalog;
mod docs;
mod handles;
mod requests;
mod secrets;

use std::collections::HashMap;

use proc_macro2::{Delimiter, Group, TokenStream};
use quote::quote;

use crate::ir::Api;
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
fn ty(src: &str) -> TokenStream {
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
    }
}

/// The path of an owner type from the generated top level.
fn owner_path(owner: &str) -> TokenStream {
    let id = ident(owner);
    if owner == CLIENT {
        quote!(crate::rt::DssClient)
    } else {
        quote!(handles::#id)
    }
}

/// The path of an owner type from inside a generated module (`requests`).
fn owner_path_inner(owner: &str) -> TokenStream {
    let id = ident(owner);
    if owner == CLIENT {
        quote!(crate::rt::DssClient)
    } else {
        quote!(super::handles::#id)
    }
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
    let prelude = prelude();

    let mut handle_items = prelude.clone();
    handle_items.extend(quote!(
        #[allow(unused_imports)]
        use super::models::*;
    ));
    for h in &api.handles {
        handle_items.extend(handles::handle(h));
    }
    let handle_items = braced(handle_items);

    let mut model_items = prelude.clone();
    for m in &api.models {
        model_items.extend(handles::model(m));
    }
    let model_items = braced(model_items);

    let mut request_items = prelude;
    request_items.extend(quote!(
        #[allow(unused_imports)]
        use super::models::*;
    ));
    // One inherent impl block per owner, in first-seen order.
    let mut order: Vec<&str> = Vec::new();
    let mut by_owner: HashMap<&str, TokenStream> = HashMap::new();
    let mut request_types: Vec<proc_macro2::Ident> = Vec::new();
    for m in &api.methods {
        if !by_owner.contains_key(m.owner.as_str()) {
            order.push(&m.owner);
        }
        by_owner.entry(&m.owner).or_default().extend(requests::method(m));
        if let Some(r) = m.request() {
            request_items.extend(requests::request_value(m, r));
            request_types.push(ident(&crate::names::request_type_name(&m.owner, &m.name)));
        }
    }
    // Every request value type, named once, for the runtime's checks.
    request_items.extend(quote!(crate::rt::request_list!(#(#request_types),*);));
    let request_items = braced(request_items);
    let mut impls = TokenStream::new();
    for owner in order {
        let owner_ty = owner_path(owner);
        let body = braced(by_owner.remove(owner).unwrap_or_default());
        impls.extend(quote! { impl #owner_ty #body });
    }
    let catalog = braced(catalog::catalog(api));
    let secret_tests = secrets::secret_tests(api);
    quote! {
        /// Handle types: cheap, cloneable values that name one object on the
        /// server (a project, a user, ...) and hold a clone of the client.
        /// Building one sends nothing; their methods return requests.
        pub mod handles #handle_items
        /// Typed answers. Each keeps the members it does not name in `extra`,
        /// as the server wrote them, so an object read, changed and written
        /// back loses nothing.
        pub mod models #model_items
        /// Request values returned by the API methods: set optional
        /// arguments by name, then call `send()`.
        pub mod requests #request_items
        /// Every generated method, handle and model, described as data.
        pub mod catalog #catalog
        #impls
        #secret_tests
    }
}
