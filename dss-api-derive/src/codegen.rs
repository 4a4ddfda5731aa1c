//! IR → tokens. Runs after validation, on a spec that is known to be sound
//! (invalid endpoints are skipped by the caller).
//!
//! The generated code targets the runtime in `dss_api::request`: every
//! method builds a `Call`, fills path, query, headers and body, and ends in
//! one of its `send_*` functions, so the transport lives in one place.

use std::collections::HashMap;

use heck::ToUpperCamelCase;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::model::*;
use crate::validate::CLIENT;

/// Name of the request builder generated for an endpoint.
pub fn request_type_name(ep: &Endpoint) -> String {
    let method = ep.name.to_upper_camel_case();
    if ep.owner == CLIENT {
        method
    } else {
        let short = ep.owner.strip_prefix("Dss").unwrap_or(&ep.owner);
        format!("{short}{method}")
    }
}

/// Rust keywords, which need the raw form (`r#type`) as identifiers.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "yield", "abstract",
    "become", "do", "final", "macro", "override", "priv", "try", "typeof", "unsized", "virtual",
];

fn ident(name: &str) -> Ident {
    // Spec names are identifiers (the parser only accepts those); keywords
    // get the raw form.
    if let Some(raw) = name.strip_prefix("r#") {
        Ident::new_raw(raw, Span::call_site())
    } else if KEYWORDS.contains(&name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

thread_local! {
    /// Types written in the spec, lexed once each (a table repeats a few
    /// types hundreds of times). Emptied when `generate` returns: compiler
    /// tokens must not outlive the macro invocation that made them.
    static TYPES: std::cell::RefCell<HashMap<String, TokenStream>> = std::cell::RefCell::default();
}

fn ty(src: &str) -> TokenStream {
    TYPES.with(|cache| {
        cache
            .borrow_mut()
            .entry(src.to_owned())
            .or_insert_with(|| src.parse().unwrap_or_else(|_| quote!(::serde_json::Value)))
            .clone()
    })
}

/// Generates every item of a validated spec.
pub fn generate(spec: &Spec, skip: &[bool]) -> TokenStream {
    struct ClearTypes;
    impl Drop for ClearTypes {
        fn drop(&mut self) {
            TYPES.with(|cache| cache.borrow_mut().clear());
        }
    }
    let _clear = ClearTypes;
    let handles: HashMap<&str, &Handle> = spec.handles.iter().map(|h| (h.name.as_str(), h)).collect();
    let handle_items = spec.handles.iter().map(gen_handle);
    let mut methods: Vec<(String, TokenStream)> = Vec::new();
    let mut requests = Vec::new();
    for (ep, _) in spec.endpoints.iter().zip(skip).filter(|(_, s)| !**s) {
        let g = Gen {
            ep,
            owner: handles.get(ep.owner.as_str()).copied(),
            handles: &handles,
        };
        methods.push((ep.owner.clone(), g.method()));
        if ep.http.is_some() {
            requests.push(g.request());
        }
    }
    // One inherent impl block per owner, in first-seen order.
    let mut order: Vec<String> = Vec::new();
    let mut by_owner: HashMap<String, Vec<TokenStream>> = HashMap::new();
    for (owner, m) in methods {
        if !by_owner.contains_key(&owner) {
            order.push(owner.clone());
        }
        by_owner.entry(owner).or_default().push(m);
    }
    // Bodies are assembled by moving token streams into groups: interpolating
    // them with `quote!` would copy every token once per nesting level.
    let brace = |ts: TokenStream| proc_macro2::Group::new(proc_macro2::Delimiter::Brace, ts);
    let mut impls = TokenStream::new();
    for owner in &order {
        let owner_ty = owner_path(owner);
        let body = brace(by_owner.remove(owner).unwrap_or_default().into_iter().collect());
        impls.extend(quote! { impl #owner_ty #body });
    }
    let requests = brace({
        let mut body = quote! {
            // Named imports win over the glob below, so a model can never
            // shadow the prelude names the generated code relies on.
            #[allow(unused_imports)]
            use ::core::option::Option::{self, None, Some};
            #[allow(unused_imports)]
            use ::core::result::Result::{self, Ok};
            #[allow(unused_imports)]
            use ::std::string::String;
            #[allow(unused_imports)]
            use ::std::vec::Vec;
            #[allow(unused_imports)]
            use crate::models::*;
            #[allow(unused_imports)]
            use ::serde_json::Value;
        };
        body.extend(requests);
        body
    });
    let listed = spec.endpoints.iter().zip(skip).filter(|(_, s)| !**s).map(|(ep, _)| {
        let (o, n) = (&ep.owner, &ep.name);
        quote!((#o, #n),)
    });
    quote! {
        /// Every generated method, as `(owner type, method name)`, in spec
        /// order (for tests and tools that check the API's coverage).
        #[doc(hidden)]
        pub const __GENERATED_METHODS: &[(&str, &str)] = &[#(#listed)*];
        /// Handle types: cheap, cloneable values that name one object on the
        /// server (a project, a user, ...) and hold a clone of the client.
        /// Building one sends nothing; their methods return requests.
        pub mod handles {
            #(#handle_items)*
        }
        /// Request values returned by the API methods: set optional
        /// arguments by name, then call `send()`.
        pub mod requests #requests
        #impls
    }
}

fn owner_path(owner: &str) -> TokenStream {
    let id = ident(owner);
    if owner == CLIENT {
        quote!(crate::#id)
    } else {
        quote!(crate::handles::#id)
    }
}

fn gen_handle(h: &Handle) -> TokenStream {
    let name = ident(&h.name);
    let doc = &h.doc;
    let fields = h.fields.iter().map(|f| {
        let n = ident(&f.name);
        let t = f.ty.as_deref().map_or_else(|| quote!(String), ty);
        quote!(pub(crate) #n: #t,)
    });
    let accessors = h.fields.iter().filter(|f| f.is_id()).map(|f| {
        let n = ident(&f.name);
        let d = format!("The `{}` this handle points at.", f.name);
        quote! {
            #[doc = #d]
            pub fn #n(&self) -> &str { &self.#n }
        }
    });
    let debug_fields = h.fields.iter().filter(|f| f.is_id()).map(|f| {
        let n = ident(&f.name);
        let s = &f.name;
        quote!(.field(#s, &self.#n))
    });
    let name_str = &h.name;
    quote! {
        #[doc = #doc]
        #[derive(Clone)]
        pub struct #name {
            pub(crate) client: crate::DssClient,
            #(#fields)*
        }
        impl #name {
            #(#accessors)*
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::DssClient { &self.client }
        }
        impl ::core::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(#name_str) #(#debug_fields)* .finish_non_exhaustive()
            }
        }
    }
}

struct Gen<'a> {
    ep: &'a Endpoint,
    owner: Option<&'a Handle>,
    handles: &'a HashMap<&'a str, &'a Handle>,
}

impl Gen<'_> {
    fn is_param(&self, name: &str) -> bool {
        self.ep.param(name).is_some()
    }

    /// Whether an argument also fills a field of the returned handle (then
    /// its wire use takes a clone).
    fn in_handle(&self, name: &str) -> bool {
        match &self.ep.ret {
            Ret::Handle { args, .. } => args.iter().any(|a| matches!(&a.source, Source::Var(v) if v == name)),
            _ => false,
        }
    }

    /// The Rust type a parameter is stored as in the request value.
    fn storage(&self, p: &Param) -> TokenStream {
        let base = match p.kind {
            ArgKind::Str => quote!(String),
            ArgKind::Bool => quote!(bool),
            ArgKind::Int => quote!(i64),
            ArgKind::Json => quote!(::serde_json::Value),
            ArgKind::Strings => quote!(Vec<String>),
            ArgKind::File => quote!(crate::Upload),
            ArgKind::Writer => quote!(&'a mut dyn ::std::io::Write),
        };
        match p.presence {
            Presence::Optional | Presence::Env(_) => quote!(Option<#base>),
            _ => base,
        }
    }

    /// The argument type a method or setter takes, and how to convert it.
    fn input(&self, p: &Param, v: &Ident) -> (TokenStream, TokenStream) {
        match p.kind {
            ArgKind::Str => (quote!(impl Into<String>), quote!(#v.into())),
            ArgKind::Bool => (quote!(bool), quote!(#v)),
            ArgKind::Int => (quote!(i64), quote!(#v)),
            ArgKind::Json => (quote!(::serde_json::Value), quote!(#v)),
            ArgKind::Strings => (
                quote!(impl IntoIterator<Item = impl Into<String>>),
                quote!(#v.into_iter().map(Into::into).collect()),
            ),
            ArgKind::File => (quote!(impl Into<crate::Upload>), quote!(#v.into())),
            ArgKind::Writer => (quote!(&'a mut dyn ::std::io::Write), quote!(#v)),
        }
    }

    fn default_init(&self, p: &Param) -> TokenStream {
        match &p.presence {
            Presence::Optional | Presence::Env(_) => quote!(None),
            Presence::Default(lit) => match (p.kind, lit) {
                (ArgKind::Json, lit) => json_lit(lit),
                (_, Lit::Str(s)) => quote!(String::from(#s)),
                (_, Lit::Bool(b)) => quote!(#b),
                (_, Lit::Int(i)) => quote!(#i),
                _ => quote!(Vec::new()),
            },
            Presence::Required => unreachable!("required arguments are positional"),
        }
    }

    /// Where each argument goes on the wire, for the docs.
    fn placement(&self) -> HashMap<&str, String> {
        let mut out = HashMap::new();
        let Some(http) = &self.ep.http else {
            return out;
        };
        for seg in &http.segments {
            match seg {
                Segment::Var(n) => {
                    out.insert(n.as_str(), "a path segment".to_owned());
                }
                Segment::Rest(n) => {
                    out.insert(n.as_str(), "path segments (each encoded, the slashes kept)".to_owned());
                }
                Segment::Lit(_) => {}
            }
        }
        for q in &http.query {
            if let Value::Var(n, _) = &q.value {
                out.insert(n.as_str(), format!("query parameter `{}`", q.key));
            }
        }
        for q in &http.headers {
            if let Value::Var(n, _) = &q.value {
                out.insert(n.as_str(), format!("header `{}`", q.key));
            }
        }
        fn walk<'v>(v: &'v Value, path: &str, out: &mut HashMap<&'v str, String>) {
            match v {
                Value::Var(n, _) => {
                    let place = if path.is_empty() {
                        "the JSON body".to_owned()
                    } else {
                        format!("JSON member `{path}`")
                    };
                    out.insert(n.as_str(), place);
                }
                Value::Object(ms) => {
                    for m in ms {
                        match m {
                            Member::Field { key, value, .. } => {
                                let p = if path.is_empty() {
                                    key.clone()
                                } else {
                                    format!("{path}.{key}")
                                };
                                walk(value, &p, out);
                            }
                            Member::Spread(n, _) => {
                                out.insert(n.as_str(), "the members of the JSON body".to_owned());
                            }
                        }
                    }
                }
                Value::Array(items) | Value::Call(_, items, _) => items.iter().for_each(|i| walk(i, path, out)),
                Value::Lit(_) => {}
            }
        }
        match &http.body {
            Some(Body::Json(v)) => walk(v, "", &mut out),
            Some(Body::Upload { param, filename, .. }) => {
                out.insert(
                    param.as_str(),
                    format!("a streamed multipart upload (part `file`, filename `{filename}`)"),
                );
            }
            Some(Body::Raw { param, .. }) => {
                out.insert(param.as_str(), "the raw request body, streamed".to_owned());
            }
            None => {}
        }
        out
    }

    fn method_doc(&self) -> String {
        let ep = self.ep;
        let mut doc = ep.doc.clone();
        if let Some(http) = &ep.http {
            let mut line = format!("\n\n`{} {}`", http.verb.as_str(), http.path);
            let consts: Vec<String> = http
                .query
                .iter()
                .filter_map(|q| match &q.value {
                    Value::Lit(l) => Some(format!("`{}={}`", q.key, lit_text(l))),
                    _ => None,
                })
                .collect();
            if !consts.is_empty() {
                line.push_str(&format!(" (always with {})", consts.join(", ")));
            }
            doc.push_str(&line);
            let place = self.placement();
            let required: Vec<String> = ep
                .params
                .iter()
                .filter(|p| p.is_required())
                .map(|p| {
                    let doc = if p.doc.is_empty() {
                        String::new()
                    } else {
                        format!("{} ", p.doc.replace('\n', " "))
                    };
                    let sent = place
                        .get(p.name.as_str())
                        .map(|w| format!("Sent as {w}."))
                        .unwrap_or_default();
                    format!("- `{}`: {doc}{sent}", p.name)
                })
                .collect();
            if !required.is_empty() {
                doc.push_str("\n\nArguments:\n");
                doc.push_str(&required.join("\n"));
            }
            let optional: Vec<String> = ep
                .params
                .iter()
                .filter(|p| !p.is_required())
                .map(|p| format!("- `{}`: {}", p.name, describe_default(p, place.get(p.name.as_str()))))
                .collect();
            if !optional.is_empty() {
                doc.push_str("\n\nOptional arguments, set by name on the returned request:\n");
                doc.push_str(&optional.join("\n"));
            }
            let ty = request_type_name(ep);
            doc.push_str(&format!(
                "\n\nReturns a [`{ty}`](crate::requests::{ty}) request; nothing is sent until `.send()`."
            ));
        } else {
            doc.push_str("\n\nBuilds a handle; sends no request.");
        }
        doc
    }

    /// The method on the owner type.
    fn method(&self) -> TokenStream {
        let ep = self.ep;
        let name = ident(&ep.name);
        let doc = self.method_doc();
        let required: Vec<&Param> = ep.params.iter().filter(|p| p.is_required()).collect();
        let args = required.iter().map(|p| {
            let v = ident(&p.name);
            let (t, _) = self.input(p, &v);
            quote!(#v: #t)
        });
        let client = if self.owner.is_some() {
            quote!(&self.client)
        } else {
            quote!(self)
        };
        if ep.http.is_none() {
            let Ret::Handle {
                name: hname,
                args: hargs,
                ..
            } = &ep.ret
            else {
                unreachable!()
            };
            let locals = required.iter().map(|p| {
                let v = ident(&p.name);
                let (_, conv) = self.input(p, &v);
                quote!(let #v = #conv;)
            });
            let build = self.build_handle(hname, hargs, quote!(self), client);
            let hty = ident(hname);
            let fallible = hargs.iter().any(|a| matches!(a.source, Source::Env(_)));
            return if fallible {
                quote! {
                    #[doc = #doc]
                    pub fn #name(&self, #(#args),*) -> Result<crate::handles::#hty, crate::Error> {
                        #(#locals)*
                        Ok(#build)
                    }
                }
            } else {
                quote! {
                    #[doc = #doc]
                    pub fn #name(&self, #(#args),*) -> crate::handles::#hty {
                        #(#locals)*
                        #build
                    }
                }
            };
        }
        let rty = format_ident!("{}", request_type_name(ep));
        let inits = ep.params.iter().map(|p| {
            let v = ident(&p.name);
            if p.is_required() {
                let (_, conv) = self.input(p, &v);
                quote!(#v: #conv,)
            } else {
                let d = self.default_init(p);
                quote!(#v: #d,)
            }
        });
        let (lt, self_ref, out_lt) = if ep.params.iter().any(|p| p.kind == ArgKind::Writer) {
            (quote!(<'a>), quote!(&'a self), quote!('a))
        } else {
            (quote!(), quote!(&self), quote!('_))
        };
        quote! {
            #[doc = #doc]
            pub fn #name #lt(#self_ref, #(#args),*) -> crate::requests::#rty<#out_lt> {
                crate::requests::#rty { __owner: self, #(#inits)* __timeout: None }
            }
        }
    }

    /// Builds a handle value. `owner` is an expression for the owner value,
    /// `client` one for `&DssClient`.
    fn build_handle(&self, hname: &str, args: &[HandleArg], owner: TokenStream, client: TokenStream) -> TokenStream {
        let handle = self.handles[hname];
        let ids: Vec<&HandleField> = handle.fields.iter().filter(|f| f.is_id()).collect();
        let mut given: HashMap<&str, &HandleArg> = HashMap::new();
        let mut positional = ids.iter();
        for a in args {
            let field = match &a.field {
                Some(f) => f.as_str(),
                None => positional.next().map(|f| f.name.as_str()).unwrap_or_default(),
            };
            given.insert(field, a);
        }
        let endpoint = &self.ep.name;
        let fields = handle.fields.iter().map(|f| {
            let n = ident(&f.name);
            let value = match given.get(f.name.as_str()) {
                None => ty(f.default.as_deref().unwrap_or("Default::default()")),
                Some(a) => match &a.source {
                    Source::Var(v) if self.is_param(v) => {
                        let v = ident(v);
                        quote!(#v)
                    }
                    Source::Var(v) => {
                        let v = ident(v);
                        quote!(#owner.#v.clone())
                    }
                    Source::Const(c) => quote!(String::from(#c)),
                    Source::Env(var) => {
                        let field = &f.name;
                        quote!(crate::request::env_value(#var, #field)?)
                    }
                    Source::Answer(m, true) => {
                        quote!(crate::request::answer_string_or_empty(&__answer, #m))
                    }
                    Source::Answer(m, false) if f.is_id() => {
                        quote!(crate::request::answer_string(&__answer, #m, #endpoint)?)
                    }
                    Source::Answer(m, false) => {
                        quote!(crate::request::answer_typed(&mut __answer, #m, #endpoint)?)
                    }
                },
            };
            quote!(#n: #value,)
        });
        let hty = ident(hname);
        quote!(crate::handles::#hty { client: Clone::clone(#client), #(#fields)* })
    }

    /// The request value type and its `send`.
    fn request(&self) -> TokenStream {
        let ep = self.ep;
        let http = ep
            .http
            .as_ref()
            .expect("request() is only called for endpoints with HTTP");
        let rty = format_ident!("{}", request_type_name(ep));
        let owner_ty = owner_path(&ep.owner);
        let method_path = format!("{}::{}", ep.owner, ep.name);
        let doc = format!(
            "Request value of [`{method_path}`](crate::{}::{}): set optional arguments by name, then call [`send`](Self::send).",
            if ep.owner == CLIENT { CLIENT.to_owned() } else { format!("handles::{}", ep.owner) },
            ep.name
        );
        let fields = ep.params.iter().map(|p| {
            let v = ident(&p.name);
            let t = self.storage(p);
            quote!(pub(crate) #v: #t,)
        });
        let place = self.placement();
        let setters = ep.params.iter().filter(|p| !p.is_required()).map(|p| {
            let v = ident(&p.name);
            let (t, conv) = self.input(p, &v);
            let stored = match p.presence {
                Presence::Optional | Presence::Env(_) => {
                    quote!(Some(#conv))
                }
                _ => conv,
            };
            let mut d = if p.doc.is_empty() {
                format!("Sets `{}`.", p.name)
            } else {
                p.doc.clone()
            };
            d.push_str(&format!("\n\n{}", describe_default(p, place.get(p.name.as_str()))));
            quote! {
                #[doc = #d]
                pub fn #v(mut self, #v: #t) -> Self {
                    self.#v = #stored;
                    self
                }
            }
        });
        let names: Vec<Ident> = ep.params.iter().map(|p| ident(&p.name)).collect();
        let client = if self.owner.is_some() {
            quote!(&__owner.client)
        } else {
            quote!(__owner)
        };
        let verb = http.verb.as_str();
        let endpoint = &ep.name;

        let env_resolve: Vec<TokenStream> = ep
            .params
            .iter()
            .filter_map(|p| match &p.presence {
                Presence::Env(var) => {
                    let v = ident(&p.name);
                    let n = &p.name;
                    Some(quote! {
                        let #v = match #v {
                            Some(v) => v,
                            None => crate::request::env_value(#var, #n)?,
                        };
                    })
                }
                _ => None,
            })
            .collect();
        let path: Vec<TokenStream> = http
            .segments
            .iter()
            .map(|s| match s {
                Segment::Lit(l) => quote!(__call.lit(#l);),
                Segment::Var(n) => {
                    let expr = self.var_ref(n);
                    let conv = match self.ep.param(n).map(|p| p.kind) {
                        Some(ArgKind::Int) => quote!(&#expr.to_string()),
                        _ => quote!(&#expr),
                    };
                    quote!(__call.segment(#n, #conv)?;)
                }
                Segment::Rest(n) => {
                    let expr = self.var_ref(n);
                    quote!(__call.segments(#n, &#expr)?;)
                }
            })
            .collect();
        // The query, with some constants replaced (for `start { .. }`).
        let query_with = |overrides: &[QueryItem]| -> Vec<TokenStream> {
            http.query
                .iter()
                .map(|q| {
                    let k = &q.key;
                    let value = overrides.iter().find(|o| o.key == q.key).map_or(&q.value, |o| &o.value);
                    let v = self.scalar(value);
                    quote!(__call.query(#k, #v);)
                })
                .collect()
        };
        let headers: Vec<TokenStream> = http
            .headers
            .iter()
            .map(|q| {
                let k = &q.key;
                let v = self.scalar(&q.value);
                quote!(__call.header(#k, #v);)
            })
            .collect();
        let body = match &http.body {
            None => quote!(),
            Some(Body::Json(v)) => {
                let v = self.json(v);
                quote!(__call.json(&#v)?;)
            }
            Some(Body::Upload { param, filename, .. }) => {
                let p = ident(param);
                quote!(__call.upload(#filename, #p);)
            }
            Some(Body::Raw { param, .. }) => {
                let p = ident(param);
                quote!(__call.raw(#p);)
            }
        };
        let prepare_with = |overrides: &[QueryItem]| {
            let query = query_with(overrides);
            quote! {
                let Self { __owner, #(#names,)* __timeout } = self;
                #(#env_resolve)*
                let mut __call = crate::request::Call::new(#client, #verb, #endpoint);
                __call.timeout(__timeout);
                #(#path)*
                #(#query)*
                #(#headers)*
                #body
            }
        };
        let prepare = prepare_with(&[]);
        let check = if http.check_messages {
            quote!(crate::request::check_messages(&__answer, #endpoint)?;)
        } else {
            quote!()
        };
        // Reads the answer as JSON into `__answer` (then checks it, if asked).
        let answer = |mutable: bool| {
            let binding = if mutable {
                quote!(let mut __answer)
            } else {
                quote!(let __answer)
            };
            quote! {
                #binding: ::serde_json::Value = __call.send_json()?;
                #check
            }
        };
        let checked = http.check_messages;
        let (out, finish, extra) = match &ep.ret {
            Ret::Unit if checked => {
                let a = answer(false);
                (quote!(()), quote! { #a Ok(()) }, quote!())
            }
            Ret::Unit => (quote!(()), quote!(__call.send_empty()), quote!()),
            Ret::Text => (quote!(String), quote!(__call.send_text()), quote!()),
            Ret::Stream => (quote!(crate::ByteStream), quote!(__call.send_stream()), quote!()),
            Ret::Save(p) => {
                let p = ident(p);
                (quote!(u64), quote!(__call.send_stream()?.save_to(#p)), quote!())
            }
            Ret::Write(p) => {
                let p = ident(p);
                (quote!(u64), quote!(__call.send_stream()?.copy_to(#p)), quote!())
            }
            Ret::Future if checked => {
                let a = answer(false);
                let f = quote! { #a crate::request::into_future(#client, __answer, #endpoint) };
                (quote!(crate::DssFuture), f, quote!())
            }
            Ret::Future => (quote!(crate::DssFuture), quote!(__call.send_future()), quote!()),
            Ret::Json(t) if checked => {
                let t = ty(t);
                let a = answer(false);
                (
                    quote!(#t),
                    quote! { #a crate::request::decode_value::<#t>(__answer, #endpoint) },
                    quote!(),
                )
            }
            Ret::Json(t) => {
                let t = ty(t);
                (quote!(#t), quote!(__call.send_json::<#t>()), quote!())
            }
            Ret::Pick { ty: t, member, each } => {
                let t = ty(t);
                let a = answer(false);
                (
                    quote!(#t),
                    quote! { #a crate::request::pick::<#t>(__answer, #member, #each, #endpoint) },
                    quote!(),
                )
            }
            Ret::Wait(t) => {
                let t = ty(t);
                let start_finish = if checked {
                    let a = answer(false);
                    quote! { #a crate::request::into_future(#client, __answer, #endpoint) }
                } else {
                    quote!(__call.send_future())
                };
                let start = quote! {
                    /// Starts the task and returns its handle without waiting
                    /// (dataikuapi's `wait=False`).
                    pub fn start(self) -> Result<crate::DssFuture, crate::Error> {
                        #prepare
                        #start_finish
                    }
                };
                (quote!(#t), quote!(self.start()?.wait_for_result_as::<#t>()), start)
            }
            Ret::Handle { name, args, .. } => {
                let hty = ident(name);
                let handle = self.handles[name.as_str()];
                let needs_answer = args.iter().any(|a| matches!(a.source, Source::Answer(..)));
                let any_typed = args.iter().any(|a| {
                    matches!(a.source, Source::Answer(..))
                        && a.field
                            .as_ref()
                            .is_some_and(|f| handle.fields.iter().any(|hf| &hf.name == f && !hf.is_id()))
                });
                let build = self.build_handle(name, args, quote!(__owner), client.clone());
                let finish = if needs_answer || checked {
                    let a = answer(any_typed);
                    quote! {
                        #a
                        Ok(#build)
                    }
                } else {
                    quote! {
                        __call.send_empty()?;
                        Ok(#build)
                    }
                };
                (quote!(crate::handles::#hty), finish, quote!())
            }
        };
        let extra = match &http.start {
            Some(overrides) => {
                let prepare = prepare_with(overrides);
                let a = answer(false);
                let doc = format!(
                    "Sends the request with {} and returns the task the server answers with, without waiting (dataikuapi's `wait=False`).",
                    overrides.iter().map(|o| format!("`{}={}`", o.key, self.scalar_text(&o.value))).collect::<Vec<_>>().join(", ")
                );
                quote! {
                    #extra
                    #[doc = #doc]
                    pub fn start(self) -> Result<crate::DssFuture, crate::Error> {
                        #prepare
                        #a
                        crate::request::into_future(#client, __answer, #endpoint)
                    }
                }
            }
            None => extra,
        };
        let send_body = if matches!(ep.ret, Ret::Wait(_)) {
            finish
        } else {
            quote! { #prepare #finish }
        };
        let send_doc = format!("Sends the request (`{} {}`) and returns the answer.", verb, http.path);
        quote! {
            #[doc = #doc]
            #[must_use = "a request does nothing until `.send()` is called"]
            pub struct #rty<'a> {
                pub(crate) __owner: &'a #owner_ty,
                #(#fields)*
                pub(crate) __timeout: Option<::core::time::Duration>,
            }
            impl #rty<'_> {
                #(#setters)*
                #extra
                #[doc = #send_doc]
                pub fn send(self) -> Result<#out, crate::Error> {
                    #send_body
                }
            }
            crate::request::request_common!(#rty, #method_path);
        }
    }

    /// An argument local, or a field of the owner.
    fn var_ref(&self, name: &str) -> TokenStream {
        let v = ident(name);
        if self.is_param(name) {
            quote!(#v)
        } else {
            quote!(__owner.#v)
        }
    }

    /// A literal's text, for docs.
    fn scalar_text(&self, v: &Value) -> String {
        match v {
            Value::Lit(l) => lit_text(l),
            _ => String::new(),
        }
    }

    /// A query/header value: something implementing `QueryValue`.
    fn scalar(&self, v: &Value) -> TokenStream {
        match v {
            Value::Lit(l) => {
                let s = lit_text(l);
                quote!(#s)
            }
            Value::Var(n, _) => {
                let r = self.var_ref(n);
                quote!(&#r)
            }
            _ => quote!(""),
        }
    }

    /// A JSON value expression (type `serde_json::Value`).
    fn json(&self, v: &Value) -> TokenStream {
        match v {
            Value::Lit(l) => json_lit(l),
            Value::Var(n, _) if self.is_param(n) => {
                let v = ident(n);
                if self.in_handle(n) {
                    quote!(::serde_json::Value::from(Clone::clone(&#v)))
                } else {
                    quote!(::serde_json::Value::from(#v))
                }
            }
            Value::Var(n, _) => {
                let v = ident(n);
                quote!(::serde_json::Value::from(__owner.#v.as_str()))
            }
            Value::Array(items) => {
                let items = items.iter().map(|i| self.json(i));
                quote!(::serde_json::Value::Array(vec![#(#items),*]))
            }
            Value::Call(f, args, _) => {
                let f = ident(f);
                let args = args.iter().map(|a| self.json(a));
                quote!(crate::convert::#f(#(#args),*)?)
            }
            Value::Object(members) => {
                let inserts = members.iter().map(|m| match m {
                    Member::Field {
                        key,
                        value,
                        omit_null: true,
                        ..
                    } => {
                        let Value::Var(n, _) = value else {
                            unreachable!("validated")
                        };
                        let optional = self.ep.param(n).is_some_and(|p| p.presence == Presence::Optional);
                        let inner = self.json(value);
                        if optional {
                            let v = ident(n);
                            quote! {
                                if let Some(#v) = #v {
                                    __map.insert(String::from(#key), ::serde_json::Value::from(#v));
                                }
                            }
                        } else {
                            quote!(__map.insert(String::from(#key), #inner);)
                        }
                    }
                    Member::Field { key, value, .. } => {
                        let inner = self.json(value);
                        quote!(__map.insert(String::from(#key), #inner);)
                    }
                    Member::Spread(n, _) => {
                        let v = ident(n);
                        quote!(crate::request::spread(&mut __map, #n, #v)?;)
                    }
                });
                quote! {{
                    let mut __map = ::serde_json::Map::new();
                    #(#inserts)*
                    ::serde_json::Value::Object(__map)
                }}
            }
        }
    }
}

fn json_lit(l: &Lit) -> TokenStream {
    match l {
        Lit::Str(s) => quote!(::serde_json::Value::from(#s)),
        Lit::Bool(b) => quote!(::serde_json::Value::Bool(#b)),
        Lit::Int(i) => quote!(::serde_json::Value::from(#i)),
        Lit::Null => quote!(::serde_json::Value::Null),
        Lit::EmptyList => quote!(::serde_json::Value::Array(Vec::new())),
        Lit::EmptyObject => quote!(::serde_json::Value::Object(::serde_json::Map::new())),
    }
}

fn lit_text(l: &Lit) -> String {
    match l {
        Lit::Str(s) => s.clone(),
        Lit::Bool(b) => b.to_string(),
        Lit::Int(i) => i.to_string(),
        Lit::Null => "null".into(),
        Lit::EmptyList => "[]".into(),
        Lit::EmptyObject => "{}".into(),
    }
}

fn describe_default(p: &Param, place: Option<&String>) -> String {
    let default = match &p.presence {
        Presence::Required => "Required.".to_owned(),
        Presence::Optional if place.is_some_and(|p| p.contains("JSON")) => {
            "Unset by default (then sent as `null`).".to_owned()
        }
        Presence::Optional => "Unset by default (then left out).".to_owned(),
        Presence::Default(l) => format!("Default: `{}`.", lit_text(l)),
        Presence::Env(var) => {
            format!("Default: the `{var}` environment variable (an error if it is unset too).")
        }
    };
    match place {
        Some(place) => format!("{default} Sent as {place}."),
        None => default,
    }
}
