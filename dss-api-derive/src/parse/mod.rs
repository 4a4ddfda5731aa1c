//! Spec text → IR.
//!
//! Spec files use a small Rust-like token syntax, parsed with syn. To report
//! errors at `file:line:column`, the text is lexed while `proc_macro2` runs
//! in its fallback mode (whose spans carry locations even inside a proc
//! macro); nothing token-shaped survives this module, only the plain-data IR
//! of `ast.rs`.
//!
//! - `mod.rs`: files and the index, locations, and the small pieces every
//!   part reads (doc comments, literals, lists);
//! - `items.rs`: handles and models, and the Rust types they name;
//! - `endpoint.rs`: a method: its arguments, result and hand-written form;
//! - `http.rs`: its request: verb and path, query, body and other clauses.

mod endpoint;
mod http;
mod items;

use endpoint::{parse_endpoint, parse_handle_arg};
use http::parse_http;
use items::spec_type;
use items::{parse_client, parse_handle, parse_model};

use std::rc::Rc;

use heck::ToLowerCamelCase;
use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{braced, bracketed, parenthesized, Attribute, Ident, LitStr, Token};

use crate::ast::*;
use crate::names::{did_you_mean, quoted, ARG_TYPES, CLAUSES, CLIENT, RESULT_KINDS, VERBS};

pub(super) mod kw {
    syn::custom_keyword!(handle);
    syn::custom_keyword!(model);
    syn::custom_keyword!(answer);
    syn::custom_keyword!(env);
    syn::custom_keyword!(include);
    syn::custom_keyword!(secret);
    syn::custom_keyword!(shown);
    syn::custom_keyword!(by_hand);
    syn::custom_keyword!(task);
    syn::custom_keyword!(document);
    syn::custom_keyword!(at);
    syn::custom_keyword!(client);
    syn::custom_keyword!(server);
    syn::custom_keyword!(credential);
    syn::custom_keyword!(optional);
}

/// Parses one index file: `include "file.dss";` lines.
pub fn parse_index(file: &Rc<str>, text: &str) -> Result<Vec<(String, Loc)>, SpecError> {
    let parser = |input: ParseStream| {
        let mut out = Vec::new();
        while !input.is_empty() {
            input.parse::<kw::include>()?;
            let name: LitStr = input.parse()?;
            input.parse::<Token![;]>()?;
            out.push((name.value(), loc(file, name.span())));
        }
        Ok(out)
    };
    with_fallback(|| parser.parse_str(text)).map_err(|e| to_spec_error(file, e))
}

/// Parses one spec file into `spec`.
pub fn parse_file(file: &Rc<str>, text: &str, spec: &mut Spec) -> Result<(), SpecError> {
    let parser = |input: ParseStream| {
        let mut handles = Vec::new();
        let mut models = Vec::new();
        let mut endpoints = Vec::new();
        // The server of the file's handles: `server Name;`, or its `client`.
        let mut server: Option<(String, Span)> = None;
        while !input.is_empty() {
            let attrs = input.call(Attribute::parse_outer)?;
            let doc = docs(&attrs)?;
            if input.peek(kw::server) && input.peek2(Ident) && input.peek3(Token![;]) {
                let at = input.parse::<kw::server>()?.span;
                let name: Ident = input.parse()?;
                input.parse::<Token![;]>()?;
                if !doc.is_empty() {
                    return Err(syn::Error::new(at, "`server` takes no doc comment"));
                }
                set_server(&mut server, &name)?;
            } else if input.peek(kw::client) && input.peek2(Ident) {
                let ahead = input.fork();
                ahead.parse::<kw::client>()?;
                set_server(&mut server, &ahead.parse::<Ident>()?)?;
                handles.push(parse_client(file, input, doc)?);
            } else if input.peek(kw::handle)
                || (input.peek(kw::task) && input.peek2(kw::handle))
                || (input.peek(kw::document) && input.peek2(Ident))
            {
                handles.push(parse_handle(file, input, doc)?);
            } else if input.peek(kw::model) {
                models.push(parse_model(file, input, doc)?);
            } else if input.peek(Token![impl]) {
                input.parse::<Token![impl]>()?;
                let owner: Ident = input.parse()?;
                let content;
                braced!(content in input);
                let owner_loc = loc(file, owner.span());
                while !content.is_empty() {
                    endpoints.push(parse_endpoint(file, &content, &owner.to_string(), &owner_loc)?);
                }
            } else {
                return Err(input.error(
                    "expected `handle`, `task handle`, `document`, `model`, `impl`, `client` or `server` at the top \
                     level of a spec file",
                ));
            }
        }
        let client = server.map_or_else(|| CLIENT.to_owned(), |(name, _)| name);
        for h in &mut handles {
            if h.server.is_none() {
                h.client = client.clone();
            }
        }
        Ok((handles, models, endpoints))
    };
    let (handles, models, endpoints) = with_fallback(|| parser.parse_str(text)).map_err(|e| to_spec_error(file, e))?;
    spec.file_names.push(file.clone());
    spec.handles.extend(handles);
    spec.models.extend(models);
    spec.endpoints.extend(endpoints);
    Ok(())
}

/// Sets the file's server, once: a file belongs to one server.
fn set_server(server: &mut Option<(String, Span)>, name: &Ident) -> syn::Result<()> {
    if let Some((first, _)) = server {
        if name != first.as_str() {
            return Err(syn::Error::new(
                name.span(),
                format!("this file already belongs to `{first}`: a spec file's handles are of one server"),
            ));
        }
    }
    *server = Some((name.to_string(), name.span()));
    Ok(())
}

/// Runs `f` with proc_macro2's fallback implementation forced, so that spans
/// carry line/column information even inside a procedural macro.
pub(super) fn with_fallback<T>(f: impl FnOnce() -> T) -> T {
    struct Restore;
    impl Drop for Restore {
        fn drop(&mut self) {
            proc_macro2::fallback::unforce();
        }
    }
    proc_macro2::fallback::force();
    let _restore = Restore;
    f()
}

pub(super) fn loc(file: &Rc<str>, span: Span) -> Loc {
    let start = span.start();
    Loc {
        file: file.clone(),
        line: start.line,
        col: start.column + 1,
    }
}

pub(super) fn to_spec_error(file: &Rc<str>, e: syn::Error) -> SpecError {
    let mut message = e.to_string();
    if message == "cannot parse string into token stream" {
        message = "cannot split the file into tokens: a `(`, `[` or `{` without its closing match (or a stray \
                   closing one), or an unterminated string"
            .into();
    }
    SpecError::new(&loc(file, e.span()), message)
}

pub(super) fn docs(attrs: &[Attribute]) -> syn::Result<String> {
    let mut lines = Vec::new();
    for attr in attrs {
        if !attr.path().is_ident("doc") {
            return Err(syn::Error::new_spanned(
                attr,
                "only `///` doc comments are allowed here",
            ));
        }
        if let syn::Meta::NameValue(nv) = &attr.meta {
            if let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s), ..
            }) = &nv.value
            {
                let v = s.value();
                lines.push(v.strip_prefix(' ').unwrap_or(&v).to_owned());
            }
        }
    }
    Ok(lines.join("\n").trim().to_owned())
}

/// `secret` or `shown` before a name: the value is never shown by `Debug`,
/// or a name that looks like a credential's is declared not to be one.
pub(super) fn parse_secrecy(input: ParseStream) -> syn::Result<Secrecy> {
    // Both words are also valid names: only markers when a name follows.
    if input.peek(kw::secret) && input.peek2(Ident) {
        input.parse::<kw::secret>()?;
        return Ok(Secrecy::Secret);
    }
    if input.peek(kw::shown) && input.peek2(Ident) {
        input.parse::<kw::shown>()?;
        return Ok(Secrecy::Shown);
    }
    Ok(Secrecy::Unmarked)
}

pub(super) fn tokens_string(t: &impl quote::ToTokens) -> String {
    t.to_token_stream().to_string()
}

/// Items separated by commas (a trailing comma allowed) up to the end of
/// `input`, each read by `item`.
pub(super) fn comma_list<T>(
    input: ParseStream,
    mut item: impl FnMut(ParseStream) -> syn::Result<T>,
) -> syn::Result<Vec<T>> {
    let mut out = Vec::new();
    while !input.is_empty() {
        out.push(item(input)?);
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    Ok(out)
}

/// A literal: `"s"`, `true`, `42`, `-1`, `null`, `[]`, `["a", "b"]`, `{}`.
pub(super) fn parse_lit(input: ParseStream) -> syn::Result<Lit> {
    if input.peek(syn::token::Bracket) {
        let inner;
        let b = bracketed!(inner in input);
        if inner.is_empty() {
            return Ok(Lit::EmptyList);
        }
        let mut items = Vec::new();
        while !inner.is_empty() {
            let Ok(s) = inner.parse::<LitStr>() else {
                return Err(syn::Error::new(
                    b.span.join(),
                    "a list literal holds strings only: `[]` or `[\"a\", \"b\"]`",
                ));
            };
            items.push(s.value());
            if !inner.is_empty() {
                inner.parse::<Token![,]>()?;
            }
        }
        return Ok(Lit::Strings(items));
    }
    if input.peek(syn::token::Brace) {
        let inner;
        let b = braced!(inner in input);
        if !inner.is_empty() {
            return Err(syn::Error::new(
                b.span.join(),
                "only `{}` is allowed as an object literal here",
            ));
        }
        return Ok(Lit::EmptyObject);
    }
    if input.peek(Ident) {
        let id: Ident = input.parse()?;
        if id == "null" {
            return Ok(Lit::Null);
        }
        return Err(syn::Error::new(id.span(), format!("expected a literal, found `{id}`")));
    }
    let neg = input.peek(Token![-]);
    if neg {
        input.parse::<Token![-]>()?;
    }
    let lit: syn::Lit = input.parse()?;
    Ok(match lit {
        syn::Lit::Str(s) if !neg => Lit::Str(s.value()),
        syn::Lit::Bool(b) if !neg => Lit::Bool(b.value),
        syn::Lit::Int(i) => {
            let v: i64 = i.base10_parse()?;
            Lit::Int(if neg { -v } else { v })
        }
        other => return Err(syn::Error::new(other.span(), "unsupported literal")),
    })
}
