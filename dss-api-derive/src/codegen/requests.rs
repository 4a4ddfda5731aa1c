//! Methods and request values.
//!
//! A request value stores its arguments; `__prepare` turns them into a
//! `rt::Call` (path, query, headers, body) and hands back the few values the
//! answer still needs (a file to save to, arguments that fill the returned
//! handle); `send` finishes the call according to the result kind, and
//! `start` / `send_as` finish the same prepared call differently.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::docs::{method_doc, setter_doc};
use super::handles::{build_handle, Ctx};
use super::{owner_path_inner, ty};
use crate::ir::*;
use crate::names::{endpoint_static_name, ident, request_type_name, CLIENT};

/// The Rust type an argument is stored as in the request value.
fn storage(a: &Arg) -> TokenStream {
    let base = match a.kind {
        // A local file a download is saved to.
        ArgKind::Str if a.place == Place::SaveTo => quote!(::std::path::PathBuf),
        ArgKind::Str => quote!(String),
        ArgKind::Bool => quote!(bool),
        ArgKind::Int => quote!(i64),
        ArgKind::Json => quote!(::serde_json::Value),
        ArgKind::Strings => quote!(Vec<String>),
        ArgKind::File => quote!(crate::rt::Upload),
        ArgKind::Writer => quote!(&'a mut dyn ::std::io::Write),
    };
    match a.presence {
        Presence::Optional | Presence::Env(_) => quote!(Option<#base>),
        _ => base,
    }
}

/// The type a method or setter takes for an argument, and how it is
/// converted into its storage.
fn input(a: &Arg, v: &Ident) -> (TokenStream, TokenStream) {
    match a.kind {
        ArgKind::Str if a.place == Place::SaveTo => (
            quote!(impl AsRef<::std::path::Path>),
            quote!(::std::path::Path::to_path_buf(#v.as_ref())),
        ),
        ArgKind::Str => (quote!(impl Into<String>), quote!(#v.into())),
        ArgKind::Bool => (quote!(bool), quote!(#v)),
        ArgKind::Int => (quote!(i64), quote!(#v)),
        ArgKind::Json => (quote!(impl Into<::serde_json::Value>), quote!(#v.into())),
        ArgKind::Strings => (
            quote!(impl IntoIterator<Item = impl Into<String>>),
            quote!(#v.into_iter().map(Into::into).collect()),
        ),
        ArgKind::File => (quote!(impl Into<crate::rt::Upload>), quote!(#v.into())),
        ArgKind::Writer => (quote!(&'a mut dyn ::std::io::Write), quote!(#v)),
    }
}

/// The initial value of an optional argument.
fn default_init(a: &Arg) -> TokenStream {
    match &a.presence {
        Presence::Optional | Presence::Env(_) | Presence::Required => quote!(None),
        Presence::Default(lit) => match (a.kind, lit) {
            (ArgKind::Json, lit) => json_lit(lit),
            (_, Lit::Str(s)) => quote!(String::from(#s)),
            (_, Lit::Bool(b)) => quote!(#b),
            (_, Lit::Int(i)) => quote!(#i),
            (_, Lit::Strings(items)) => quote!(::std::vec![#(String::from(#items)),*]),
            _ => quote!(Vec::new()),
        },
    }
}

fn json_lit(l: &Lit) -> TokenStream {
    match l {
        Lit::Str(s) => quote!(::serde_json::Value::from(#s)),
        Lit::Bool(b) => quote!(::serde_json::Value::Bool(#b)),
        Lit::Int(i) => quote!(::serde_json::Value::from(#i)),
        Lit::Null => quote!(::serde_json::Value::Null),
        Lit::EmptyList => quote!(::serde_json::Value::Array(Vec::new())),
        Lit::Strings(items) => quote!(::serde_json::Value::Array(
            ::std::vec![#(::serde_json::Value::from(#items)),*]
        )),
        Lit::EmptyObject => quote!(::serde_json::Value::Object(::serde_json::Map::new())),
    }
}

/// The method on the owner type.
pub fn method(m: &Method) -> TokenStream {
    let name = ident(&m.name);
    let doc = method_doc(m);
    let required: Vec<&Arg> = m.args.iter().filter(|a| a.is_required()).collect();
    let params = required.iter().map(|a| {
        let v = ident(&a.name);
        let (t, _) = input(a, &v);
        quote!(#v: #t)
    });
    let client = if m.owner_is_client {
        quote!(self)
    } else {
        quote!(&self.client)
    };
    match &m.action {
        // Written by hand in the library: nothing to generate.
        Action::ByHand { .. } => TokenStream::new(),
        Action::Local(local) => super::handles::local(m, local),
        Action::Build(b) => {
            let locals = required.iter().map(|a| {
                let v = ident(&a.name);
                let (_, conv) = input(a, &v);
                quote!(let #v = #conv;)
            });
            let build = build_handle(
                b,
                &Ctx {
                    client,
                    owner: quote!(self),
                    endpoint: quote!(()),
                    handles: quote!(super::handles),
                },
            );
            let hty = ident(&b.handle);
            if b.fields.iter().any(|(_, s)| matches!(s, FieldSource::Env(_))) {
                quote! {
                    #[doc = #doc]
                    pub fn #name(&self, #(#params),*) -> Result<super::handles::#hty, crate::rt::Error> {
                        #(#locals)*
                        Ok(#build)
                    }
                }
            } else {
                quote! {
                    #[doc = #doc]
                    pub fn #name(&self, #(#params),*) -> super::handles::#hty {
                        #(#locals)*
                        #build
                    }
                }
            }
        }
        Action::Request(_) => {
            let rty = format_ident!("{}", request_type_name(&m.owner, &m.name));
            let inits = m.args.iter().map(|a| {
                let v = ident(&a.name);
                if a.is_required() {
                    let (_, conv) = input(a, &v);
                    quote!(#v: #conv,)
                } else {
                    let d = default_init(a);
                    quote!(#v: #d,)
                }
            });
            let (lt, self_ref, out_lt) = if m.args.iter().any(|a| a.kind == ArgKind::Writer) {
                (quote!(<'a>), quote!(&'a self), quote!('a))
            } else {
                (quote!(), quote!(&self), quote!('_))
            };
            quote! {
                #[doc = #doc]
                pub fn #name #lt(#self_ref, #(#params),*) -> requests::#rty<#out_lt> {
                    requests::#rty { __owner: self, #(#inits)* __opts: ::core::default::Default::default() }
                }
            }
        }
    }
}

/// A value kept from the prepared request for the answer: its local name
/// and type.
struct Kept {
    name: Ident,
    ty: TokenStream,
}

/// What the answer needs besides the call: the target of `save`/`write`,
/// the arguments and owner fields that fill the returned handle.
fn kept(m: &Method, r: &Request) -> Vec<Kept> {
    let arg = |name: &str| {
        let a = m.arg(name)?;
        Some(Kept {
            name: ident(name),
            ty: storage(a),
        })
    };
    match &r.result {
        ResultKind::Save(p) | ResultKind::Write(p) => arg(p).into_iter().collect(),
        ResultKind::Handle(b) => {
            let mut out: Vec<Kept> = Vec::new();
            let mut owner = false;
            for (_, s) in &b.fields {
                match s {
                    FieldSource::Arg(a) if !out.iter().any(|k| k.name == a.as_str()) => out.extend(arg(a)),
                    FieldSource::OwnerField(_) => owner = true,
                    _ => {}
                }
            }
            if owner {
                let o = owner_path_inner(&m.owner);
                out.push(Kept {
                    name: format_ident!("__owner"),
                    ty: quote!(&'a #o),
                });
            }
            out
        }
        _ => Vec::new(),
    }
}

/// The request value type: its fields, setters, `__prepare`, `send`, and
/// `send_as` / `start` where they apply.
pub fn request_value(m: &Method, r: &Request) -> TokenStream {
    let rty = format_ident!("{}", request_type_name(&m.owner, &m.name));
    let owner_ty = owner_path_inner(&m.owner);
    let method_path = format!("{}::{}", m.owner, m.name);
    let link = if m.owner == CLIENT {
        format!("crate::rt::DssClient::{}", m.name)
    } else {
        format!("super::super::handles::{}::{}", m.owner, m.name)
    };
    let endpoint_static = format_ident!("{}", endpoint_static_name(&m.owner, &m.name));
    let doc = format!(
        "Request value of [`{method_path}`]({link}): set optional arguments by name, then call [`send`](Self::send)."
    );
    let fields = m.args.iter().map(|a| {
        let v = ident(&a.name);
        let t = storage(a);
        quote!(pub(crate) #v: #t,)
    });
    let kept = kept(m, r);
    let with_start = r.start.is_some() && !matches!(r.result, ResultKind::Wait(_));
    let check = if r.check_messages {
        quote!(crate::rt::check_messages(&__answer, Self::ENDPOINT)?;)
    } else {
        quote!()
    };
    let (tail, send) = send(r, &kept, &check);
    let mut body = setters(m, r);
    body.extend(prepare(m, r, &kept, with_start));
    body.extend(send);
    body.extend(r.start.as_ref().map(|s| start(r, s, &check)));
    let mut out = quote! {
        #[doc = #doc]
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct #rty<'a> {
            pub(crate) __owner: &'a #owner_ty,
            #(#fields)*
            pub(crate) __opts: crate::rt::RequestOptions,
        }
    };
    out.extend(quote!(impl<'a> #rty<'a>));
    out.extend(std::iter::once(proc_macro2::TokenTree::Group(super::braced(body))));
    out.extend(quote!(crate::rt::request_common!(#rty, super::endpoints::#endpoint_static, #tail);));
    // The mock's stubs, named per type (no blanket impl: a value that is not
    // a request of its own then gets "`Stub` is not implemented", naming
    // the trait the user imported, not the runtime's).
    out.extend(quote!(#[cfg(feature = "mock")] impl crate::mock::Stub for #rty<'_> {}));
    out
}

/// The setters of the optional arguments.
fn setters(m: &Method, r: &Request) -> TokenStream {
    m.args
        .iter()
        .filter(|a| !a.is_required())
        .map(|a| {
            let v = ident(&a.name);
            let (t, conv) = input(a, &v);
            let stored = match a.presence {
                Presence::Optional | Presence::Env(_) => quote!(Some(#conv)),
                _ => conv,
            };
            let d = setter_doc(a, r);
            quote! {
                #[doc = #d]
                pub fn #v(mut self, #v: #t) -> Self {
                    self.#v = #stored;
                    self
                }
            }
        })
        .collect()
}

/// The tail of `request_common!` for the result kind, and the `send` (and
/// `send_as`) written here when the macro does not write them.
fn send(r: &Request, kept: &[Kept], check: &TokenStream) -> (TokenStream, Option<TokenStream>) {
    let kept_names: Vec<&Ident> = kept.iter().map(|k| &k.name).collect();
    let send_doc = format!(
        "Sends the request (`{} {}`) and returns the answer.",
        r.verb.as_str(),
        r.path
    );
    let checked = r.check_messages;
    match &r.result {
        ResultKind::Json(t) if !checked => {
            let t = ty(t);
            (quote!(json(#t, #send_doc)), None)
        }
        ResultKind::Unit if !checked => (quote!(unit(#send_doc)), None),
        ResultKind::Text => (quote!(text(#send_doc)), None),
        ResultKind::Stream => (quote!(stream(#send_doc)), None),
        ResultKind::Wait(t) => {
            let t = ty(t);
            let doc = "Starts the task, waits for it with the default wait options, and decodes its result \
                into the caller's own type (any `DeserializeOwned` type).";
            let send = quote! {
                #[doc = #send_doc]
                pub fn send(self) -> Result<#t, crate::rt::Error> {
                    crate::rt::wait_task::<_, #t>(self.start()?)
                }
                #[doc = #doc]
                pub fn send_as<__T: ::serde::de::DeserializeOwned>(self) -> Result<__T, crate::rt::Error> {
                    crate::rt::wait_task::<_, __T>(self.start()?)
                }
            };
            (quote!(plain), Some(send))
        }
        output => {
            let (out, finish) = finish(r, check);
            let send = quote! {
                #[doc = #send_doc]
                pub fn send(self) -> Result<#out, crate::rt::Error> {
                    let (__call, (#(#kept_names,)*)) = self.__prepare(false)?;
                    crate::rt::finish(__call, move |__call| { #finish })
                }
            };
            let reads_json = match output {
                ResultKind::Pick { .. } | ResultKind::Task(_) | ResultKind::Json(_) => true,
                ResultKind::Handle(b) => b.reads_answer() || checked,
                _ => false,
            };
            let tail = match (reads_json, checked) {
                (true, false) => quote!(send_as),
                (true, true) => quote!(send_as_checked),
                (false, _) => quote!(plain),
            };
            (tail, Some(send))
        }
    }
}

/// `.start()`: the request with `start`'s query, and the task it answers.
fn start(r: &Request, s: &Start, check: &TokenStream) -> TokenStream {
    let differs: Vec<String> = s
        .query
        .iter()
        .zip(&r.query)
        .filter_map(|(a, b)| match (&a.value, &b.value) {
            (Scalar::Lit(x), Scalar::Lit(y)) if x != y => Some(format!("`{}={x}`", a.key)),
            _ => None,
        })
        .collect();
    let doc = if differs.is_empty() {
        "Starts the task and returns its handle without waiting (dataikuapi's `wait=False`).".to_owned()
    } else {
        format!(
            "Sends the request with {} and returns the task the server answers with, without waiting (dataikuapi's `wait=False`).",
            differs.join(", ")
        )
    };
    let task = ident(&s.task.handle);
    let build = build_handle(
        &s.task,
        &Ctx {
            client: quote!(__client),
            owner: quote!(__owner),
            endpoint: quote!(Self::ENDPOINT),
            handles: quote!(super::super::handles),
        },
    );
    quote! {
        #[doc = #doc]
        pub fn start(self) -> Result<super::super::handles::#task, crate::rt::Error> {
            let (__call, _) = self.__prepare(true)?;
            crate::rt::finish(__call, |__call| {
                let __client = __call.client();
                let __answer: Value = __call.send_json()?;
                #check
                Ok(#build)
            })
        }
    }
}

/// The check of a hand-written method's signature: a method of the owner
/// that calls it with arguments of the declared types and returns its
/// result as the declared type, so the build fails when they drift.
pub fn by_hand_check(m: &Method, receiver: Receiver, args: &[(String, Type)], ret: &Type) -> TokenStream {
    let owner = super::owner_path(&m.owner);
    let (receiver, callee) = match receiver {
        Receiver::Ref => (quote!(&self,), quote!(self.)),
        Receiver::Mut => (quote!(&mut self,), quote!(self.)),
        Receiver::None => (quote!(), quote!(Self::)),
    };
    let check = format_ident!("__signature_of_{}", crate::names::bare(&m.name));
    let name = ident(&m.name);
    let params = args.iter().map(|(a, t)| {
        let a = ident(a);
        let t = ty(t);
        quote!(#a: #t)
    });
    let names = args.iter().map(|(a, _)| ident(a));
    let ret = ty(ret);
    quote! {
        impl #owner {
            #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
            fn #check(#receiver #(#params),*) -> #ret {
                #callee #name(#(#names),*)
            }
        }
    }
}

/// `__prepare`: the arguments become a call; the values the answer needs
/// are handed back.
fn prepare(m: &Method, r: &Request, kept: &[Kept], with_start: bool) -> TokenStream {
    let names: Vec<Ident> = m.args.iter().map(|a| ident(&a.name)).collect();
    let client = if m.owner_is_client {
        quote!(__owner)
    } else {
        quote!(&__owner.client)
    };
    let env_resolve = m.args.iter().filter_map(|a| match &a.presence {
        Presence::Env(var) => {
            let v = ident(&a.name);
            let n = &a.name;
            Some(quote! {
                let #v = match #v {
                    Some(v) => v,
                    None => crate::rt::env_value(#var, #n)?,
                };
            })
        }
        _ => None,
    });
    let path = r.segments.iter().map(path_piece);
    let start_query = r.start.as_ref().map(|s| &s.query);
    let query = r.query.iter().enumerate().map(|(i, q)| {
        let k = &q.key;
        let value = scalar(&q.value);
        match start_query.and_then(|sq| sq.get(i)).map(|s| &s.value) {
            Some(Scalar::Lit(alt)) if with_start && !matches!(&q.value, Scalar::Lit(x) if x == alt) => {
                quote!(__call.query(#k, if __start { #alt } else { #value });)
            }
            _ => quote!(__call.query(#k, #value);),
        }
    });
    let body = body(r.body.as_ref());
    let kept_names = kept.iter().map(|k| &k.name);
    let kept_types = kept.iter().map(|k| &k.ty);
    let start_param = if with_start {
        quote!(__start: bool)
    } else {
        quote!(_: bool)
    };
    quote! {
        fn __prepare(self, #start_param) -> Result<(crate::rt::Call<'a>, (#(#kept_types,)*)), crate::rt::Error> {
            let Self { __owner, #(#names,)* __opts } = self;
            #(#env_resolve)*
            let mut __call = crate::rt::Call::new(crate::rt::ServerClient::core(#client), Self::ENDPOINT);
            __call.options(__opts);
            #(#path)*
            #(#query)*
            #body
            Ok((__call, (#(#kept_names,)*)))
        }
    }
}

/// Appends one piece of the path to `__call`.
fn path_piece(piece: &PathPiece) -> TokenStream {
    match piece {
        PathPiece::Lit(l) => quote!(__call.lit(#l);),
        PathPiece::One { val: v, secret } => {
            let (n, expr) = val(v);
            let expr = match v {
                Val::Arg { kind: ArgKind::Int, .. } => quote!(&#expr.to_string()),
                _ => quote!(&#expr),
            };
            quote!(__call.segment(#n, #expr, #secret)?;)
        }
        PathPiece::Rest { val: v, secret } => {
            let (n, expr) = val(v);
            quote!(__call.segments(#n, &#expr, #secret)?;)
        }
    }
}

/// Sets the body of `__call`.
fn body(body: Option<&BodyPlan>) -> TokenStream {
    match body {
        None => quote!(),
        // Written as it was read, except where it was changed.
        Some(BodyPlan::Json(Json::Document)) => quote!(__call.json(&__owner.document)?;),
        // The document as the one member of the body, written as it was read.
        Some(BodyPlan::Json(Json::Object(members))) if document_member(members).is_some() => {
            let key = document_member(members).unwrap_or_default();
            quote!(__call.json(&crate::rt::DocumentIn { key: #key, document: &__owner.document })?;)
        }
        // A whole body made by a conversion that gives `null` is not sent
        // (`body = nonempty(arg)`: dataikuapi's API node clients send no
        // body for an empty one).
        Some(BodyPlan::Json(j @ Json::Convert { .. })) => {
            let v = json(j);
            quote! {
                let __body = #v;
                if !__body.is_null() {
                    __call.json(&__body)?;
                }
            }
        }
        Some(BodyPlan::Json(j)) => {
            let v = json(j);
            quote!(__call.json(&#v)?;)
        }
        Some(BodyPlan::Upload { arg, filename }) => {
            let p = ident(arg);
            match filename {
                UploadName::Const(c) => quote!(__call.upload(#c, #p);),
                UploadName::Arg(a) => {
                    let a = ident(a);
                    quote!(__call.upload(#a, #p);)
                }
                UploadName::Own => quote!(__call.upload_named(#p);),
            }
        }
        Some(BodyPlan::Raw { arg }) => {
            let p = ident(arg);
            quote!(__call.raw(#p);)
        }
    }
}

/// The member's name of a body whose one member is the owner's document.
fn document_member(members: &[JsonMember]) -> Option<&str> {
    match members {
        [JsonMember::Set {
            key,
            value: Json::Document,
        }] => Some(key),
        _ => None,
    }
}

/// The name (for errors) and expression of a value from an argument or an
/// owner field.
fn val(v: &Val) -> (String, TokenStream) {
    match v {
        Val::Arg { name, .. } => {
            let i = ident(name);
            (name.clone(), quote!(#i))
        }
        Val::Field(f) => {
            let i = ident(f);
            (f.clone(), quote!(__owner.#i))
        }
    }
}

/// A query value: something `rt::Call::query` takes.
fn scalar(s: &Scalar) -> TokenStream {
    match s {
        Scalar::Lit(l) => quote!(#l),
        Scalar::Val(v) => {
            let (_, e) = val(v);
            quote!(&#e)
        }
        Scalar::Json(j) => {
            let e = json(j);
            quote!(crate::rt::query_text(#e))
        }
        Scalar::Concat(pieces) => {
            let c = concat(pieces);
            quote!(&#c)
        }
    }
}

/// `concat(..)`: a `String` of the pieces' text.
fn concat(pieces: &[Piece]) -> TokenStream {
    let pushes = pieces.iter().map(|p| match p {
        Piece::Lit(l) => quote!(__s.push_str(#l);),
        Piece::Val(Val::Arg {
            name,
            kind: ArgKind::Int,
        }) => {
            let i = ident(name);
            quote!(__s.push_str(&#i.to_string());)
        }
        Piece::Val(v) => {
            let (_, e) = val(v);
            quote!(__s.push_str(&#e);)
        }
    });
    quote!({
        let mut __s = ::std::string::String::new();
        #(#pushes)*
        __s
    })
}

/// A JSON value expression (type `serde_json::Value`).
fn json(j: &Json) -> TokenStream {
    match j {
        Json::Lit(l) => json_lit(l),
        Json::Arg { name, cloned } => {
            let v = ident(name);
            if *cloned {
                quote!(::serde_json::Value::from(::core::clone::Clone::clone(&#v)))
            } else {
                quote!(::serde_json::Value::from(#v))
            }
        }
        Json::Field(f) => {
            let v = ident(f);
            quote!(::serde_json::Value::from(__owner.#v.as_str()))
        }
        Json::Document => quote!(::core::clone::Clone::clone(__owner.document.raw())),
        Json::Concat(pieces) => {
            let c = concat(pieces);
            quote!(::serde_json::Value::from(#c))
        }
        Json::Array(items) => {
            let items = items.iter().map(json);
            quote!(::serde_json::Value::Array(::std::vec![#(#items),*]))
        }
        Json::Convert { func, arg, name } => {
            let f = ident(func);
            let a = json(arg);
            quote!(crate::rt::convert::#f(#a, #name)?)
        }
        Json::Object(members) => {
            let inserts = members.iter().map(|mm| match mm {
                JsonMember::Set { key, value } => {
                    let v = json(value);
                    quote!(__map.insert(String::from(#key), #v);)
                }
                JsonMember::SetUnlessNull { key, value } => {
                    let v = json(value);
                    quote! {
                        let __v = #v;
                        if !__v.is_null() {
                            __map.insert(String::from(#key), __v);
                        }
                    }
                }
                JsonMember::Spread { arg } => {
                    let v = ident(arg);
                    quote!(crate::rt::spread(&mut __map, #arg, #v)?;)
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

/// `send`'s result type and the code that turns the prepared `__call` into
/// it.
fn finish(r: &Request, check: &TokenStream) -> (TokenStream, TokenStream) {
    let answer = |mutable: bool| {
        let binding = if mutable {
            quote!(let mut __answer)
        } else {
            quote!(let __answer)
        };
        quote! {
            #binding: Value = __call.send_json()?;
            #check
        }
    };
    let checked = r.check_messages;
    match &r.result {
        ResultKind::Unit if checked => {
            let a = answer(false);
            (quote!(()), quote! { #a Ok(()) })
        }
        ResultKind::Unit => (quote!(()), quote!(__call.send_empty())),
        ResultKind::Text => (quote!(String), quote!(__call.send_text())),
        ResultKind::Stream => (quote!(crate::rt::ByteStream), quote!(__call.send_stream())),
        ResultKind::Save(p) => {
            let p = ident(p);
            (quote!(u64), quote!(__call.send_stream()?.save_to(#p)))
        }
        ResultKind::Write(p) => {
            let p = ident(p);
            (quote!(u64), quote!(__call.send_stream()?.copy_to(#p)))
        }
        ResultKind::Json(t) if checked => {
            let t = ty(t);
            let a = answer(false);
            (
                quote!(#t),
                quote! { #a crate::rt::decode_value::<#t>(__answer, Self::ENDPOINT) },
            )
        }
        ResultKind::Json(t) => {
            let t = ty(t);
            (quote!(#t), quote!(__call.send_json::<#t>()))
        }
        ResultKind::Pick { ty: t, member, each } => {
            let t = ty(t);
            let a = answer(false);
            (
                quote!(#t),
                quote! { #a crate::rt::pick::<#t>(__answer, #member, #each, Self::ENDPOINT) },
            )
        }
        ResultKind::Handle(b) | ResultKind::Task(b) => finish_handle(b, checked, answer),
        ResultKind::Wait(t) => (ty(t), quote!()),
    }
}

/// `send`'s finish for a handle built from the arguments, the owner and
/// the answer (read only when a field needs it, or to check it).
fn finish_handle(b: &HandleBuild, checked: bool, answer: impl Fn(bool) -> TokenStream) -> (TokenStream, TokenStream) {
    let hty = ident(&b.handle);
    let build = build_handle(
        b,
        &Ctx {
            client: quote!(__client),
            owner: quote!(__owner),
            endpoint: quote!(Self::ENDPOINT),
            handles: quote!(super::super::handles),
        },
    );
    let mutable = b
        .fields
        .iter()
        .any(|(_, s)| matches!(s, FieldSource::AnswerTyped { member: Some(_) }));
    let body = if b.document {
        // The answer is the handle's document, kept as text to be sent back
        // as it was; identifier fields may read members of it.
        quote! {
            let __client = __call.client();
            let __document = __call.send_document()?;
            #[allow(unused_variables)]
            let __answer: &Value = __document.raw();
            Ok(#build)
        }
    } else if b.reads_answer() || checked {
        let a = answer(mutable);
        quote! {
            let __client = __call.client();
            #a
            Ok(#build)
        }
    } else {
        quote! {
            let __client = __call.client();
            __call.send_empty()?;
            Ok(#build)
        }
    };
    (quote!(super::super::handles::#hty), body)
}
