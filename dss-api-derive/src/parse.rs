//! Spec text → IR.
//!
//! Spec files use a small Rust-like token syntax, parsed with syn. To report
//! errors at `file:line:column`, the text is lexed while `proc_macro2` runs
//! in its fallback mode (whose spans carry locations even inside a proc
//! macro); nothing token-shaped survives this module, only the plain-data IR
//! of `ast.rs`.

use std::rc::Rc;

use heck::ToLowerCamelCase;
use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{braced, bracketed, parenthesized, Attribute, Ident, LitStr, Token};

use crate::ast::*;
use crate::names::{did_you_mean, quoted, ARG_TYPES, CLAUSES, RESULT_KINDS, VERBS};

mod kw {
    syn::custom_keyword!(handle);
    syn::custom_keyword!(model);
    syn::custom_keyword!(answer);
    syn::custom_keyword!(env);
    syn::custom_keyword!(include);
    syn::custom_keyword!(secret);
    syn::custom_keyword!(shown);
    syn::custom_keyword!(by_hand);
    syn::custom_keyword!(task);
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
        while !input.is_empty() {
            let attrs = input.call(Attribute::parse_outer)?;
            let doc = docs(&attrs)?;
            if input.peek(kw::handle) || (input.peek(kw::task) && input.peek2(kw::handle)) {
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
                return Err(
                    input.error("expected `handle`, `task handle`, `model` or `impl` at the top level of a spec file")
                );
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

/// Runs `f` with proc_macro2's fallback implementation forced, so that spans
/// carry line/column information even inside a procedural macro.
fn with_fallback<T>(f: impl FnOnce() -> T) -> T {
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

fn loc(file: &Rc<str>, span: Span) -> Loc {
    let start = span.start();
    Loc {
        file: file.clone(),
        line: start.line,
        col: start.column + 1,
    }
}

fn to_spec_error(file: &Rc<str>, e: syn::Error) -> SpecError {
    let mut message = e.to_string();
    if message == "cannot parse string into token stream" {
        message = "cannot split the file into tokens: a `(`, `[` or `{` without its closing match (or a stray \
                   closing one), or an unterminated string"
            .into();
    }
    SpecError::new(&loc(file, e.span()), message)
}

fn docs(attrs: &[Attribute]) -> syn::Result<String> {
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

fn parse_handle(file: &Rc<str>, input: ParseStream, doc: String) -> syn::Result<Handle> {
    let is_task = input.peek(kw::task);
    if is_task {
        input.parse::<kw::task>()?;
    }
    input.parse::<kw::handle>()?;
    let name: Ident = input.parse()?;
    let content;
    braced!(content in input);
    let fields = comma_list(&content, |content| {
        let secrecy = parse_secrecy(content)?;
        let fname: Ident = content.parse()?;
        let ty = if content.peek(Token![:]) {
            content.parse::<Token![:]>()?;
            let ty: syn::Type = content.parse()?;
            if content.peek(Token![=]) {
                return Err(content.error("a typed handle field starts as its type's default value; write no `= ..`"));
            }
            Some(spec_type(&ty))
        } else {
            None
        };
        Ok(HandleField {
            name: fname.to_string(),
            ty,
            secrecy,
            loc: loc(file, fname.span()),
        })
    })?;
    // `task handle Name { .. } = (answer.jobId?, state = answer);`
    let task = if is_task {
        input.parse::<Token![=]>()?;
        let inner;
        parenthesized!(inner in input);
        let args = comma_list(&inner, |i| parse_handle_arg(file, i))?;
        input.parse::<Token![;]>()?;
        Some(args)
    } else {
        None
    };
    Ok(Handle {
        name: name.to_string(),
        doc,
        fields,
        task,
        loc: loc(file, name.span()),
    })
}

/// `secret` or `shown` before a name: the value is never shown by `Debug`,
/// or a name that looks like a credential's is declared not to be one.
fn parse_secrecy(input: ParseStream) -> syn::Result<Secrecy> {
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

/// A Rust type of the spec, read once into its text and shape.
fn spec_type(ty: &syn::Type) -> Type {
    let text = tokens_string(ty);
    let syn::Type::Path(p) = ty else {
        return Type {
            text,
            shape: Shape::Other,
        };
    };
    let Some(last) = p.path.segments.last().filter(|_| p.qself.is_none()) else {
        return Type {
            text,
            shape: Shape::Other,
        };
    };
    let name = last.ident.to_string();
    let generic: Vec<&syn::Type> = match &last.arguments {
        syn::PathArguments::AngleBracketed(a) => a
            .args
            .iter()
            .filter_map(|g| match g {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let single = p.path.segments.len() == 1;
    let shape = match (name.as_str(), generic.as_slice()) {
        ("Option", [t]) if single => Shape::Option(Box::new(spec_type(t))),
        ("Vec", [t]) if single => Shape::Vec(Box::new(spec_type(t))),
        ("BTreeMap" | "HashMap" | "Map", [k, v]) if tokens_string(*k) == "String" => Shape::Map(Box::new(spec_type(v))),
        ("String", []) if single => Shape::String,
        ("Value", []) => Shape::Value,
        (_, []) if single && last.arguments.is_empty() => Shape::Named(name),
        _ => Shape::Other,
    };
    Type { text, shape }
}

/// `model Name { /// doc \n member: Type, .. } -> Handle(member, ..)`.
fn parse_model(file: &Rc<str>, input: ParseStream, doc: String) -> syn::Result<Model> {
    input.parse::<kw::model>()?;
    let name: Ident = input.parse()?;
    let content;
    braced!(content in input);
    let members = comma_list(&content, |content| {
        let attrs = content.call(Attribute::parse_outer)?;
        let doc = docs(&attrs)?;
        let secrecy = parse_secrecy(content)?;
        let mname = content.call(Ident::parse_any)?;
        content.parse::<Token![:]>()?;
        let ty: syn::Type = content.parse()?;
        let defaulted = content.peek(Token![=]);
        if defaulted {
            content.parse::<Token![=]>()?;
            let d = content.call(Ident::parse_any)?;
            if d != "default" {
                return Err(syn::Error::new(
                    d.span(),
                    "a model member's only default is `= default` (its type's default value)",
                ));
            }
        }
        Ok(ModelMember {
            name: mname.to_string(),
            doc,
            ty: spec_type(&ty),
            defaulted,
            secrecy,
            loc: loc(file, mname.span()),
        })
    })?;
    let handle = if input.peek(Token![->]) {
        input.parse::<Token![->]>()?;
        let hname: Ident = input.parse()?;
        let inner;
        parenthesized!(inner in input);
        let args = comma_list(&inner, |i| parse_handle_arg(file, i))?;
        Some((hname.to_string(), args, loc(file, hname.span())))
    } else {
        None
    };
    if input.peek(Token![;]) {
        input.parse::<Token![;]>()?;
    }
    Ok(Model {
        name: name.to_string(),
        doc,
        members,
        handle,
        loc: loc(file, name.span()),
    })
}

fn tokens_string(t: &impl quote::ToTokens) -> String {
    t.to_token_stream().to_string()
}

fn parse_endpoint(file: &Rc<str>, input: ParseStream, owner: &str, owner_loc: &Loc) -> syn::Result<Endpoint> {
    let attrs = input.call(Attribute::parse_outer)?;
    let doc = docs(&attrs)?;
    if input.peek(kw::by_hand) && (input.peek2(Ident) || input.peek2(Token![static])) {
        // `by_hand name(arg: Type, ..) -> Type;` (`by_hand static name(..)`
        // for an associated function)
        input.parse::<kw::by_hand>()?;
        let associated = input.peek(Token![static]);
        if associated {
            input.parse::<Token![static]>()?;
        }
        let name: Ident = input.parse()?;
        let content;
        parenthesized!(content in input);
        // An optional receiver, `&self` (the default) or `&mut self`.
        let mut mutable = false;
        if content.peek(Token![&]) && !associated {
            content.parse::<Token![&]>()?;
            mutable = content.peek(Token![mut]);
            if mutable {
                content.parse::<Token![mut]>()?;
            }
            content.parse::<Token![self]>()?;
            if !content.is_empty() {
                content.parse::<Token![,]>()?;
            }
        }
        let args = comma_list(&content, |i| {
            let arg: Ident = i.parse()?;
            if !i.peek(Token![:]) {
                return Err(syn::Error::new(
                    arg.span(),
                    format!("write the Rust type of `{arg}` (`{arg}: &str`): the compiler checks it against the hand-written method"),
                ));
            }
            i.parse::<Token![:]>()?;
            Ok((arg.to_string(), spec_type(&i.parse::<syn::Type>()?)))
        })?;
        let ret = if input.peek(Token![->]) {
            input.parse::<Token![->]>()?;
            spec_type(&input.parse::<syn::Type>()?)
        } else {
            spec_type(&syn::parse_quote!(()))
        };
        input.parse::<Token![;]>()?;
        return Ok(Endpoint {
            owner: owner.to_owned(),
            owner_loc: owner_loc.clone(),
            name: name.to_string(),
            doc,
            params: Vec::new(),
            result: ResultKind::Unit,
            http: None,
            by_hand: Some(ByHand {
                receiver: if associated {
                    Receiver::None
                } else if mutable {
                    Receiver::Mut
                } else {
                    Receiver::Ref
                },
                args,
                ret,
            }),
            loc: loc(file, name.span()),
        });
    }
    let name: Ident = input.parse()?;
    let content;
    parenthesized!(content in input);
    let params = comma_list(&content, |i| parse_param(file, i))?;
    let result = if input.peek(Token![->]) {
        input.parse::<Token![->]>()?;
        parse_result(file, input)?
    } else {
        ResultKind::Unit
    };
    let http = if input.peek(Token![;]) {
        input.parse::<Token![;]>()?;
        None
    } else {
        let content;
        let brace = braced!(content in input);
        Some(parse_http(file, &content, brace.span.join())?)
    };
    Ok(Endpoint {
        owner: owner.to_owned(),
        owner_loc: owner_loc.clone(),
        name: name.to_string(),
        doc,
        params,
        result,
        http,
        by_hand: None,
        loc: loc(file, name.span()),
    })
}

fn parse_param(file: &Rc<str>, input: ParseStream) -> syn::Result<Param> {
    let attrs = input.call(Attribute::parse_outer)?;
    let doc = docs(&attrs)?;
    let secrecy = parse_secrecy(input)?;
    let name: Ident = input.parse()?;
    input.parse::<Token![:]>()?;
    let (kind, mut presence) = if input.peek(Ident) && input.fork().parse::<Ident>()? == "Option" {
        input.parse::<Ident>()?;
        input.parse::<Token![<]>()?;
        let kind = parse_kind(input)?;
        input.parse::<Token![>]>()?;
        (kind, Presence::Optional)
    } else {
        (parse_kind(input)?, Presence::Required)
    };
    if input.peek(Token![=]) {
        let eq = input.parse::<Token![=]>()?;
        if presence == Presence::Optional {
            return Err(syn::Error::new(
                eq.span,
                "an `Option<..>` argument cannot also have a default",
            ));
        }
        presence = if input.peek(kw::env) {
            input.parse::<kw::env>()?;
            let inner;
            parenthesized!(inner in input);
            let var: LitStr = inner.parse()?;
            Presence::Env(var.value())
        } else {
            Presence::Default(parse_lit(input)?)
        };
    }
    Ok(Param {
        name: name.to_string(),
        kind,
        presence,
        secrecy,
        doc,
        loc: loc(file, name.span()),
    })
}

fn parse_kind(input: ParseStream) -> syn::Result<ArgKind> {
    if input.peek(syn::token::Bracket) {
        let inner;
        let b = bracketed!(inner in input);
        let id: Ident = inner.parse()?;
        if id != "str" || !inner.is_empty() {
            return Err(syn::Error::new(b.span.join(), "the only list type is `[str]`"));
        }
        return Ok(ArgKind::Strings);
    }
    let id = input.call(Ident::parse_any)?;
    Ok(match id.to_string().as_str() {
        "str" => ArgKind::Str,
        "bool" => ArgKind::Bool,
        "int" => ArgKind::Int,
        "json" => ArgKind::Json,
        "file" => ArgKind::File,
        "writer" => ArgKind::Writer,
        other => {
            let alias = match other.to_ascii_lowercase().as_str() {
                "string" | "text" => Some("str"),
                "boolean" => Some("bool"),
                "integer" | "i64" | "i32" | "u64" | "long" => Some("int"),
                "value" | "object" | "dict" | "map" => Some("json"),
                "list" | "vec" | "strings" => Some("[str]"),
                "path" | "reader" | "upload" => Some("file"),
                _ => None,
            };
            let hint = match alias {
                Some(a) => format!(" (did you mean `{a}`?)"),
                None => did_you_mean(other, ARG_TYPES),
            };
            return Err(syn::Error::new(
                id.span(),
                format!(
                    "unknown argument type `{other}`{hint}; expected one of {}",
                    quoted(ARG_TYPES)
                ),
            ));
        }
    })
}

/// Items separated by commas (a trailing comma allowed) up to the end of
/// `input`, each read by `item`.
fn comma_list<T>(input: ParseStream, mut item: impl FnMut(ParseStream) -> syn::Result<T>) -> syn::Result<Vec<T>> {
    let mut out = Vec::new();
    while !input.is_empty() {
        out.push(item(input)?);
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    Ok(out)
}

/// A literal: `"s"`, `true`, `42`, `-1`, `null`, `[]`, `{}`.
fn parse_lit(input: ParseStream) -> syn::Result<Lit> {
    if input.peek(syn::token::Bracket) {
        let inner;
        let b = bracketed!(inner in input);
        if !inner.is_empty() {
            return Err(syn::Error::new(
                b.span.join(),
                "only `[]` is allowed as a list literal here",
            ));
        }
        return Ok(Lit::EmptyList);
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

fn parse_result(file: &Rc<str>, input: ParseStream) -> syn::Result<ResultKind> {
    if input.peek(syn::token::Paren) {
        let inner;
        let p = parenthesized!(inner in input);
        if !inner.is_empty() {
            return Err(syn::Error::new(
                p.span.join(),
                "tuples are not a response kind; did you mean `()`?",
            ));
        }
        return Ok(ResultKind::Unit);
    }
    let fork = input.fork();
    let first: Ident = fork.parse()?;
    let word = first.to_string();
    match word.as_str() {
        "text" => {
            input.parse::<Ident>()?;
            return Ok(ResultKind::Text);
        }
        "stream" => {
            input.parse::<Ident>()?;
            return Ok(ResultKind::Stream);
        }
        "future" => {
            input.parse::<Ident>()?;
            return Ok(ResultKind::Future);
        }
        "wait" => {
            input.parse::<Ident>()?;
            input.parse::<Token![<]>()?;
            let ty: syn::Type = input.parse()?;
            input.parse::<Token![>]>()?;
            return Ok(ResultKind::Wait(spec_type(&ty)));
        }
        "save" | "write" if fork.peek(syn::token::Paren) => {
            input.parse::<Ident>()?;
            let inner;
            parenthesized!(inner in input);
            let p: Ident = inner.parse()?;
            return Ok(if word == "save" {
                ResultKind::Save(p.to_string())
            } else {
                ResultKind::Write(p.to_string())
            });
        }
        _ => {}
    }
    if fork.peek(syn::token::Paren) {
        input.parse::<Ident>()?;
        let inner;
        parenthesized!(inner in input);
        let args = comma_list(&inner, |i| parse_handle_arg(file, i))?;
        return Ok(ResultKind::Handle {
            name: word,
            args,
            loc: loc(file, first.span()),
        });
    }
    let lowercase = word.chars().next().is_some_and(|c| c.is_ascii_lowercase());
    let primitive = ["bool", "i64", "u64", "f64", "i32", "u32"].contains(&word.as_str());
    if lowercase && !primitive && !fork.peek(Token![::]) && !fork.peek(Token![<]) {
        let mut known: Vec<&str> = RESULT_KINDS.to_vec();
        known.push("wait");
        return Err(syn::Error::new(
            first.span(),
            format!(
                "unknown response kind `{word}`{}; expected one of {}, a JSON model type, or a handle `Name(..)`",
                did_you_mean(&word, &known),
                quoted(RESULT_KINDS)
            ),
        ));
    }
    let ty: syn::Type = input.parse()?;
    let ty = spec_type(&ty);
    if input.peek(Ident) && input.fork().parse::<Ident>()? == "from" {
        input.parse::<Ident>()?;
        input.parse::<kw::answer>()?;
        let each = input.peek(syn::token::Bracket);
        if each {
            let inner;
            let b = bracketed!(inner in input);
            if !inner.is_empty() {
                return Err(syn::Error::new(
                    b.span.join(),
                    "write `answer[].member` to take a member of every item",
                ));
            }
        }
        input.parse::<Token![.]>()?;
        let member = parse_member_path(input)?;
        return Ok(ResultKind::Pick { ty, member, each });
    }
    Ok(ResultKind::Json(ty))
}

/// A member of the answer after `answer.`: `name`, `"name"`, or a path
/// into nested objects `a.b.c` (kept as `a.b.c`).
fn parse_member_path(input: ParseStream) -> syn::Result<String> {
    let mut path = Vec::new();
    loop {
        path.push(if input.peek(LitStr) {
            input.parse::<LitStr>()?.value()
        } else {
            input.call(Ident::parse_any)?.to_string()
        });
        if input.peek(Token![.]) && !input.peek(Token![..]) {
            input.parse::<Token![.]>()?;
        } else {
            return Ok(path.join("."));
        }
    }
}

fn parse_handle_arg(file: &Rc<str>, input: ParseStream) -> syn::Result<HandleArg> {
    let start = input.span();
    let field = if input.peek(Ident) && input.peek2(Token![=]) {
        let f: Ident = input.parse()?;
        input.parse::<Token![=]>()?;
        Some(f.to_string())
    } else {
        None
    };
    let source = if input.peek(LitStr) {
        Source::Const(input.parse::<LitStr>()?.value())
    } else if input.peek(kw::answer) && !input.peek2(Token![.]) {
        input.parse::<kw::answer>()?;
        Source::Answer(String::new(), false)
    } else if input.peek(kw::answer) {
        input.parse::<kw::answer>()?;
        input.parse::<Token![.]>()?;
        let member = parse_member_path(input)?;
        let optional = input.peek(Token![?]);
        if optional {
            input.parse::<Token![?]>()?;
        }
        Source::Answer(member, optional)
    } else if input.peek(kw::env) && input.peek2(syn::token::Paren) {
        input.parse::<kw::env>()?;
        let inner;
        parenthesized!(inner in input);
        Source::Env(inner.parse::<LitStr>()?.value())
    } else {
        let name = input.parse::<Ident>()?.to_string();
        if input.peek(Token![?]) {
            return Err(input.error("`?` is only for `answer.member?`"));
        }
        Source::Var(name)
    };
    Ok(HandleArg {
        field,
        source,
        loc: loc(file, start),
    })
}

fn parse_http(file: &Rc<str>, input: ParseStream, block: Span) -> syn::Result<Http> {
    let mut verb: Option<(Verb, String, Loc)> = None;
    let mut query = Vec::new();
    let mut body = None;
    let mut check_messages = false;
    let mut server_wait = false;
    let mut idempotent = None;
    let mut helper = false;
    let mut start = None;
    while !input.is_empty() {
        let id = input.call(Ident::parse_any)?;
        let word = id.to_string();
        if input.peek(LitStr) && word.chars().all(|c| c.is_ascii_uppercase()) {
            let path: LitStr = input.parse()?;
            let Some(v) = Verb::parse(&word) else {
                return Err(syn::Error::new(
                    id.span(),
                    format!(
                        "unknown HTTP verb `{word}`{}; expected one of {}",
                        did_you_mean(&word, VERBS),
                        quoted(VERBS)
                    ),
                ));
            };
            if verb.is_some() {
                return Err(syn::Error::new(
                    id.span(),
                    "an endpoint has exactly one HTTP verb and path",
                ));
            }
            verb = Some((v, path.value(), loc(file, path.span())));
        } else {
            let set_body = |body: &mut Option<Body>, b: Body| {
                if body.is_some() {
                    return Err(syn::Error::new(
                        id.span(),
                        "an endpoint has at most one body (`body`, `upload` or `raw`)",
                    ));
                }
                *body = Some(b);
                Ok(())
            };
            match word.as_str() {
                "query" => query.extend(parse_items(file, input)?),
                "body" => {
                    let value = if input.peek(Token![=]) {
                        input.parse::<Token![=]>()?;
                        parse_value(file, input)?
                    } else {
                        let inner;
                        braced!(inner in input);
                        Value::Object(parse_members(file, &inner)?)
                    };
                    set_body(&mut body, Body::Json(value))?;
                }
                "start" => start = Some(parse_items(file, input)?),
                "server_wait" => server_wait = true,
                "idempotent" => {
                    if !input.peek(LitStr) {
                        return Err(syn::Error::new(
                            id.span(),
                            "say why sending it twice does no more than once: `idempotent \"the same file is written again\";`",
                        ));
                    }
                    let reason: LitStr = input.parse()?;
                    idempotent = Some((reason.value(), loc(file, id.span())));
                }
                "helper" => helper = true,
                "check" => {
                    let what: Ident = input.parse()?;
                    if what != "messages" {
                        return Err(syn::Error::new(what.span(), "the only check is `check messages`"));
                    }
                    check_messages = true;
                }
                "raw" => {
                    input.parse::<Token![=]>()?;
                    let p: Ident = input.parse()?;
                    set_body(
                        &mut body,
                        Body::Raw {
                            param: p.to_string(),
                            loc: loc(file, p.span()),
                        },
                    )?;
                }
                "upload" => {
                    input.parse::<Token![=]>()?;
                    let p: Ident = input.parse()?;
                    let filename = if !input.peek(Token![as]) {
                        FileName::Own
                    } else {
                        input.parse::<Token![as]>()?;
                        if input.peek(LitStr) {
                            FileName::Const(input.parse::<LitStr>()?.value())
                        } else {
                            let arg: Ident = input.parse()?;
                            FileName::Arg(arg.to_string(), loc(file, arg.span()))
                        }
                    };
                    set_body(
                        &mut body,
                        Body::Upload {
                            param: p.to_string(),
                            filename,
                            loc: loc(file, p.span()),
                        },
                    )?;
                }
                _ => {
                    let mut known: Vec<&str> = CLAUSES.to_vec();
                    known.extend(VERBS);
                    return Err(syn::Error::new(
                        id.span(),
                        format!(
                            "unknown clause `{word}`{}; expected an HTTP verb with a path, or one of {}",
                            did_you_mean(&word, &known),
                            quoted(CLAUSES)
                        ),
                    ));
                }
            }
        }
        if input.peek(Token![;]) {
            input.parse::<Token![;]>()?;
        }
    }
    let Some((verb, path, loc)) = verb else {
        return Err(syn::Error::new(
            block,
            "missing HTTP verb and path (e.g. `GET \"/projects/\";`)",
        ));
    };
    let segments = split_path(&path).map_err(|m| syn::Error::new(block, m))?;
    Ok(Http {
        verb,
        path,
        segments,
        query,
        body,
        check_messages,
        start,
        server_wait,
        idempotent,
        helper,
        loc,
    })
}

/// Splits `/a/{b}/c` into literal and placeholder pieces.
pub fn split_path(path: &str) -> Result<Vec<Segment>, String> {
    if !path.starts_with('/') {
        return Err(format!("path `{path}` must start with `/`"));
    }
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            out.push(Segment::Lit(rest[..open].to_owned()));
        }
        let Some(close) = rest[open..].find('}') else {
            return Err(format!("unclosed `{{` in path `{path}`"));
        };
        let inner = &rest[open + 1..open + close];
        let (name, several) = match inner.strip_suffix('*') {
            Some(n) => (n, true),
            None => (inner, false),
        };
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("bad placeholder `{{{inner}}}` in path `{path}`"));
        }
        out.push(if several {
            Segment::Rest(name.to_owned())
        } else {
            Segment::Var(name.to_owned())
        });
        rest = &rest[open + close + 1..];
    }
    if rest.contains('}') {
        return Err(format!("unmatched `}}` in path `{path}`"));
    }
    if !rest.is_empty() {
        out.push(Segment::Lit(rest.to_owned()));
    }
    Ok(out)
}

/// `{ key = value, ident, .. }` for query and header clauses.
fn parse_items(file: &Rc<str>, input: ParseStream) -> syn::Result<Vec<QueryItem>> {
    let inner;
    braced!(inner in input);
    let mut out = Vec::new();
    for m in parse_members(file, &inner)? {
        match m {
            Member::Field {
                key,
                value,
                omit_null: false,
                loc,
            } => out.push(QueryItem { key, value, loc }),
            Member::Field { .. } => {
                return Err(inner.error("`?` is for body members: unset optional query parameters are always omitted"))
            }
            Member::Spread(..) => return Err(inner.error("`..` spreads only work in a JSON body")),
        }
    }
    Ok(out)
}

fn parse_key(input: ParseStream) -> syn::Result<(String, Span, bool)> {
    if input.peek(LitStr) {
        let s: LitStr = input.parse()?;
        Ok((s.value(), s.span(), true))
    } else {
        let id = input.call(Ident::parse_any)?;
        Ok((id.to_string(), id.span(), false))
    }
}

fn parse_members(file: &Rc<str>, input: ParseStream) -> syn::Result<Vec<Member>> {
    let mut out = Vec::new();
    while !input.is_empty() {
        if input.peek(Token![..]) {
            input.parse::<Token![..]>()?;
            let p: Ident = input.parse()?;
            out.push(Member::Spread(p.to_string(), loc(file, p.span())));
        } else {
            let (key, span, quoted) = parse_key(input)?;
            let omit_null = input.peek(Token![?]);
            if omit_null {
                input.parse::<Token![?]>()?;
            }
            if input.peek(Token![=]) {
                input.parse::<Token![=]>()?;
                let value = parse_value(file, input)?;
                out.push(Member::Field {
                    key,
                    value,
                    omit_null,
                    loc: loc(file, span),
                });
            } else {
                if quoted {
                    return Err(syn::Error::new(span, "a quoted key needs a value: `\"key\" = value`"));
                }
                // Shorthand: the argument of that name, under its lowerCamelCase wire name.
                let value = Value::Var(key.clone(), loc(file, span));
                out.push(Member::Field {
                    key: key.to_lower_camel_case(),
                    value,
                    omit_null,
                    loc: loc(file, span),
                });
            }
        }
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    Ok(out)
}

fn parse_value(file: &Rc<str>, input: ParseStream) -> syn::Result<Value> {
    if input.peek(syn::token::Bracket) {
        let inner;
        bracketed!(inner in input);
        let items = comma_list(&inner, |i| parse_value(file, i))?;
        return Ok(if items.is_empty() {
            Value::Lit(Lit::EmptyList)
        } else {
            Value::Array(items)
        });
    }
    if input.peek(syn::token::Brace) {
        let inner;
        braced!(inner in input);
        let members = parse_members(file, &inner)?;
        return Ok(if members.is_empty() {
            Value::Lit(Lit::EmptyObject)
        } else {
            Value::Object(members)
        });
    }
    if input.peek(Ident) && !input.peek(syn::LitBool) {
        let id: Ident = input.parse()?;
        if id == "null" {
            return Ok(Value::Lit(Lit::Null));
        }
        let at = loc(file, id.span());
        if input.peek(syn::token::Paren) {
            let inner;
            parenthesized!(inner in input);
            let args = comma_list(&inner, |i| parse_value(file, i))?;
            return Ok(Value::Call(id.to_string(), args, at));
        }
        return Ok(Value::Var(id.to_string(), at));
    }
    Ok(Value::Lit(parse_lit(input)?))
}
