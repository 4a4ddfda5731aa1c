//! Handle types, models, and the expression that builds a handle value.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::ty;
use crate::ast::CredentialKind;
use crate::ir::{ArgKind, FieldSource, HandleBuild, HandleDef, Local, Method, ModelDef, Place, ServerRef};
use crate::names::{bare, ident};

/// A handle type: the client, its identifier fields and typed state, an
/// accessor per identifier, and a `Debug` that hides secret fields.
pub fn handle(h: &HandleDef) -> TokenStream {
    if let Some(server) = &h.server {
        return client(h, server);
    }
    let name = ident(&h.name);
    let client_ty = client_type(&h.client);
    let doc = &h.doc;
    let mut fields: Vec<TokenStream> = h
        .fields
        .iter()
        .map(|f| {
            let n = ident(&f.name);
            let t = f.ty.as_ref().map_or_else(|| quote!(String), ty);
            quote!(pub(crate) #n: #t,)
        })
        .collect();
    let (document_methods, document_debug) = if h.document {
        fields.push(quote!(pub(crate) document: crate::rt::Document,));
        (document_methods(), quote!(.field("document", &self.document)))
    } else {
        (quote!(), quote!())
    };
    let accessors = h.fields.iter().filter(|f| f.is_id()).map(|f| {
        let n = ident(&f.name);
        let d = if f.secret {
            format!("The `{}` this handle holds (a secret: never shown by `Debug`).", f.name)
        } else {
            format!("The `{}` this handle points at.", f.name)
        };
        quote! {
            #[doc = #d]
            pub fn #n(&self) -> &str { &self.#n }
        }
    });
    let debug_fields = h.fields.iter().filter(|f| f.is_id()).map(|f| {
        let n = ident(&f.name);
        let s = &f.name;
        if f.secret {
            quote!(.field(#s, &crate::rt::Redacted))
        } else {
            quote!(.field(#s, &self.#n))
        }
    });
    let name_str = &h.name;
    quote! {
        #[doc = #doc]
        #[derive(Clone)]
        pub struct #name {
            pub(crate) client: #client_ty,
            #(#fields)*
        }
        impl #name {
            #(#accessors)*
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &#client_ty { &self.client }
            #document_methods
        }
        impl ::core::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(#name_str) #(#debug_fields)* #document_debug .finish_non_exhaustive()
            }
        }
    }
}

/// The path of a client type from a spec file's module: `DssClient`, or
/// a client the spec declares (emitted with the handles).
pub fn client_type(client: &str) -> TokenStream {
    if client == crate::names::CLIENT {
        quote!(crate::rt::DssClient)
    } else {
        let id = ident(client);
        quote!(super::handles::#id)
    }
}

/// The client of another server (`client Name { ids } at "/base", ..`):
/// its transport (a `DssClient` set to the server's base path), its
/// identifiers, the constructors, and a `Debug` showing the host, the
/// identifiers (secret ones hidden) and the kind of credential.
fn client(h: &HandleDef, server: &ServerRef) -> TokenStream {
    let name = ident(&h.name);
    let name_str = &h.name;
    let doc = &h.doc;
    let ids: Vec<_> = h.fields.iter().map(|f| ident(&f.name)).collect();
    let constructors = client_constructors(h, server);
    let accessors = h.fields.iter().map(|f| {
        let n = ident(&f.name);
        let d = format!("The `{}` this client was made for.", f.name);
        quote! {
            #[doc = #d]
            pub fn #n(&self) -> &str { &self.#n }
        }
    });
    let debug_fields = h.fields.iter().map(|f| {
        let n = ident(&f.name);
        let s = &f.name;
        if f.secret {
            quote!(.field(#s, &crate::rt::Redacted))
        } else {
            quote!(.field(#s, &self.#n))
        }
    });
    let server_value = server_expr(server);
    let raw_static = format_ident!("{}", crate::names::endpoint_static_name(&h.name, "raw"));
    quote! {
        #[doc = #doc]
        #[derive(Clone)]
        pub struct #name {
            /// The transport: a client of this server's base path.
            core: crate::rt::DssClient,
            #(pub(crate) #ids: String,)*
        }
        impl #name {
            #constructors
            /// The host this client talks to, as given (without a trailing `/`).
            pub fn host(&self) -> &str { self.core.host() }
            #(#accessors)*
            /// A request on any path of this server's API (under its base
            /// path), for an endpoint the spec lacks: the same credential, time
            /// bounds, retries, errors and logs as every method; the mock stubs
            /// it too.
            pub fn raw(&self, verb: crate::Verb, path: &str) -> crate::requests::RawRequest<'_> {
                crate::requests::RawRequest::new(&self.core, &super::endpoints::#raw_static, verb, path)
            }
        }
        impl crate::rt::ServerClient for #name {
            const SERVER: crate::rt::Server = #server_value;
            fn core(&self) -> &crate::rt::DssClient { &self.core }
            fn from_core(core: crate::rt::DssClient, ids: ::std::vec::Vec<String>) -> Self {
                #[allow(unused_mut, unused_variables)]
                let mut ids = ids.into_iter();
                #name { core, #(#ids: ids.next().unwrap_or_default(),)* }
            }
        }
        impl ::core::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(#name_str).field("host", &self.core.host()) #(#debug_fields)* .field("auth", &crate::rt::auth_kind(&self.core)).finish()
            }
        }
    }
}

/// A client's `new` (with the credential its declaration names) and
/// `builder`.
fn client_constructors(h: &HandleDef, server: &ServerRef) -> TokenStream {
    let ids: Vec<_> = h.fields.iter().map(|f| ident(&f.name)).collect();
    let base = &server.base;
    let key_pair = server.credential == Some(CredentialKind::KeyPair);
    let (cred_params, cred_set, cred_doc) = if key_pair {
        (
            quote!(api_key_id: impl ::core::convert::Into<String>, api_key_secret: impl ::core::convert::Into<String>),
            quote!(let builder = builder.api_key_pair(api_key_id, api_key_secret);),
            "authenticating with an API key pair (its id and secret, as HTTP basic credentials)",
        )
    } else if server.credential_required {
        (
            quote!(api_key: impl ::core::convert::Into<String>),
            quote!(let builder = builder.api_key(api_key);),
            "authenticating with an API key",
        )
    } else {
        (
            quote!(api_key: ::core::option::Option<&str>),
            quote! {
                let builder = match api_key {
                    ::core::option::Option::Some(key) => builder.api_key(key),
                    ::core::option::Option::None => builder,
                };
            },
            "with an API key when the server asks for one (`None`: no credential)",
        )
    };
    let new_doc = format!(
        "A client for `host` (`https://host:port`), {cred_doc}, with the default settings of [`ClientBuilder`](crate::ClientBuilder)."
    );
    let builder_doc = format!(
        "Starts configuring a client for `host`: every option of [`ClientBuilder`](crate::ClientBuilder) (credentials, TLS, proxy, time bounds, retries, headers); its requests go under `{base}`."
    );
    quote! {
        #[doc = #new_doc]
        pub fn new(host: impl ::core::convert::Into<String>, #(#ids: impl ::core::convert::Into<String>,)* #cred_params) -> crate::rt::Result<Self> {
            let builder = Self::builder(host, #(#ids),*);
            #cred_set
            builder.build()
        }
        #[doc = #builder_doc]
        pub fn builder(host: impl ::core::convert::Into<String>, #(#ids: impl ::core::convert::Into<String>),*) -> crate::rt::ClientBuilder<Self> {
            crate::rt::ClientBuilder::for_client(host, ::std::vec![#(::core::convert::Into::<String>::into(#ids)),*])
        }
    }
}

/// The `Server` value of a server, for the catalog.
pub fn server_expr(server: &ServerRef) -> TokenStream {
    if server.client == crate::names::CLIENT {
        return quote!(crate::rt::Server::DSS);
    }
    let (client, base, required) = (&server.client, &server.base, server.credential_required);
    quote!(crate::rt::Server::new(#client, #base, #required))
}

/// The accessors every document handle has besides `get_raw`.
fn document_methods() -> TokenStream {
    quote! {
        /// The whole document (as `get_raw`).
        pub fn raw(&self) -> &Value {
            self.document.raw()
        }
        /// The whole document, to change anything in it before saving: what
        /// is not changed is sent back exactly as it was read.
        pub fn raw_mut(&mut self) -> &mut Value {
            self.document.raw_mut()
        }
        /// The document itself (its member paths, its text as it would be
        /// sent).
        pub fn document(&self) -> &crate::rt::Document {
            &self.document
        }
        /// The whole document, as a value of its own.
        pub fn into_raw(self) -> Value {
            self.document.into_raw()
        }
    }
}

/// A local accessor of a document handle: a getter of one member, or a
/// setter of one member per argument (returning the handle, to chain).
pub fn local(m: &Method, local: &Local) -> TokenStream {
    let name = ident(&m.name);
    let doc = super::docs::method_doc(m);
    match local {
        Local::Get { path, .. } if path.is_empty() => quote! {
            #[doc = #doc]
            pub fn #name(&self) -> &::serde_json::Value {
                self.document.raw()
            }
        },
        Local::Get { kind, path } => {
            let (out, read) = match kind {
                ArgKind::Str => (
                    quote!(::core::option::Option<&str>),
                    quote!(.and_then(::serde_json::Value::as_str)),
                ),
                ArgKind::Bool => (
                    quote!(::core::option::Option<bool>),
                    quote!(.and_then(::serde_json::Value::as_bool)),
                ),
                ArgKind::Int => (
                    quote!(::core::option::Option<i64>),
                    quote!(.and_then(::serde_json::Value::as_i64)),
                ),
                ArgKind::Strings => (
                    quote!(::std::vec::Vec<&str>),
                    quote!(.and_then(::serde_json::Value::as_array).map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect()).unwrap_or_default()),
                ),
                _ => (quote!(::core::option::Option<&::serde_json::Value>), quote!()),
            };
            quote! {
                #[doc = #doc]
                pub fn #name(&self) -> #out {
                    self.document.get(#path) #read
                }
            }
        }
        Local::Set => {
            let mut params = Vec::new();
            let mut sets = Vec::new();
            for a in &m.args {
                let Place::Document(path) = &a.place else { continue };
                let v = ident(&a.name);
                let (t, value) = match a.kind {
                    ArgKind::Str => (
                        quote!(impl ::core::convert::Into<::std::string::String>),
                        quote!(::serde_json::Value::from(#v.into())),
                    ),
                    ArgKind::Bool => (quote!(bool), quote!(::serde_json::Value::Bool(#v))),
                    ArgKind::Int => (quote!(i64), quote!(::serde_json::Value::from(#v))),
                    ArgKind::Strings => (
                        quote!(
                            impl ::core::iter::IntoIterator<Item = impl ::core::convert::Into<::std::string::String>>
                        ),
                        quote!(::serde_json::Value::from(
                            #v.into_iter().map(::core::convert::Into::into).collect::<::std::vec::Vec<::std::string::String>>()
                        )),
                    ),
                    _ => (
                        quote!(impl ::core::convert::Into<::serde_json::Value>),
                        quote!(#v.into()),
                    ),
                };
                params.push(quote!(#v: #t));
                sets.push(quote!(self.document.set(#path, #value);));
            }
            quote! {
                #[doc = #doc]
                pub fn #name(&mut self, #(#params),*) -> &mut Self {
                    #(#sets)*
                    self
                }
            }
        }
    }
}

/// A model: the struct, a `Deserialize` that matches named members directly
/// and keeps the others as raw text (never buffering the object), a
/// `Serialize` that writes named members then the kept ones as they came,
/// a `Debug` that hides secret members and the kept values, and
/// `to_handle` when the model names a handle.
pub fn model(m: &ModelDef) -> TokenStream {
    let name = ident(&m.name);
    let doc = &m.doc;
    let fields = m.members.iter().map(|mm| {
        let n = ident(&mm.name);
        let t = ty(&mm.ty);
        let d = &mm.doc;
        quote!(#[doc = #d] pub #n: #t,)
    });
    let deserialize = model_deserialize(m);
    let serialize = model_serialize(m);
    let debug = model_debug(m);
    let to_handle = m.handle.as_ref().map(|b| {
        let hty = ident(&b.handle);
        let d = format!(
            "The [`{0}`](super::super::handles::{0}) this item names (no request).",
            b.handle
        );
        let build = build_handle(b, &Ctx::model());
        let client_ty = if b.client == crate::names::CLIENT {
            quote!(crate::rt::DssClient)
        } else {
            let c = ident(&b.client);
            quote!(super::super::handles::#c)
        };
        quote! {
            #[doc = #d]
            pub fn to_handle(&self, client: &#client_ty) -> super::super::handles::#hty {
                #build
            }
        }
    });
    quote! {
        #[doc = #doc]
        #[derive(Clone, PartialEq)]
        pub struct #name {
            #(#fields)*
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        #deserialize
        #serialize
        #debug
        impl #name {
            #to_handle
        }
    }
}

/// A model's `Deserialize`: a visitor with one local per member and a match
/// on the member name; other members are kept as raw text.
fn model_deserialize(m: &ModelDef) -> TokenStream {
    let name = ident(&m.name);
    let locals = m.members.iter().map(|mm| {
        let n = format_ident!("__m_{}", bare(&mm.name));
        let t = ty(&mm.ty);
        if mm.optional {
            quote!(let mut #n: #t = None;)
        } else {
            quote!(let mut #n: Option<#t> = None;)
        }
    });
    let arms = m.members.iter().map(|mm| {
        let n = format_ident!("__m_{}", bare(&mm.name));
        let wire = &mm.wire;
        if mm.optional {
            quote!(#wire => #n = crate::rt::model::next_optional(&mut __extra, &mut __map, #wire)?,)
        } else {
            quote!(#wire => #n = Some(crate::rt::model::next_member(&mut __map, #wire)?),)
        }
    });
    let inits = m.members.iter().map(|mm| {
        let f = ident(&mm.name);
        let n = format_ident!("__m_{}", bare(&mm.name));
        let wire = &mm.wire;
        if mm.optional {
            quote!(#f: #n,)
        } else if mm.defaulted {
            quote!(#f: #n.unwrap_or_default(),)
        } else {
            quote!(#f: match #n {
                Some(v) => v,
                None => return Err(<__A::Error as ::serde::de::Error>::missing_field(#wire)),
            },)
        }
    });
    let expecting = format!("a `{}` object", m.name);
    quote! {
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<__D: ::serde::Deserializer<'de>>(__d: __D) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = #name;
                    fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str(#expecting)
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(self, mut __map: __A) -> Result<#name, __A::Error> {
                        #(#locals)*
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                #(#arms)*
                                _ => crate::rt::model::keep(&mut __extra, &__key, &mut __map)?,
                            }
                        }
                        Ok(#name { #(#inits)* extra: crate::rt::model::fitted(__extra) })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
    }
}

/// A model's `Serialize`: the named members, then the kept ones as they
/// came.
fn model_serialize(m: &ModelDef) -> TokenStream {
    let name = ident(&m.name);
    let writes = m.members.iter().map(|mm| {
        let f = ident(&mm.name);
        let wire = &mm.wire;
        if mm.optional {
            quote!(crate::rt::model::serialize_optional(&self.extra, &mut __map, #wire, &self.#f)?;)
        } else {
            quote!(::serde::ser::SerializeMap::serialize_entry(&mut __map, #wire, &self.#f)?;)
        }
    });
    quote! {
        impl ::serde::Serialize for #name {
            fn serialize<__S: ::serde::Serializer>(&self, __s: __S) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                #(#writes)*
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
    }
}

/// A model's `Debug`: secret members as `***`, kept members by name only.
fn model_debug(m: &ModelDef) -> TokenStream {
    let name = ident(&m.name);
    let name_str = &m.name;
    let debug_fields = m.members.iter().map(|mm| {
        let f = ident(&mm.name);
        let s = bare(&mm.name);
        if mm.secret {
            quote!(.field(#s, &crate::rt::Redacted))
        } else {
            quote!(.field(#s, &self.#f))
        }
    });
    quote! {
        impl ::core::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(#name_str)
                    #(#debug_fields)*
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
    }
}

/// Where the values a handle is built from are found.
pub struct Ctx {
    /// An expression of type `&DssClient`.
    pub client: TokenStream,
    /// An expression for the owning handle (for `OwnerField`).
    pub owner: TokenStream,
    /// An expression of type `&'static Endpoint`, the method's identity
    /// for errors.
    pub endpoint: TokenStream,
    /// The path of the handles module from where the expression is.
    pub handles: TokenStream,
}

impl Ctx {
    fn model() -> Ctx {
        Ctx {
            client: quote!(client),
            owner: quote!(self),
            endpoint: quote!(()),
            handles: quote!(super::super::handles),
        }
    }
}

/// An expression building the handle. Its fields are computed first, in an
/// order where the whole answer (moved into a typed field) comes last, then
/// put into the struct.
pub fn build_handle(b: &HandleBuild, ctx: &Ctx) -> TokenStream {
    let hty = ident(&b.handle);
    let handles = &ctx.handles;
    let client = &ctx.client;
    let owner = &ctx.owner;
    let endpoint = &ctx.endpoint;
    let value = |field: &str, source: &FieldSource| -> TokenStream {
        match source {
            FieldSource::Arg(a) => {
                let a = ident(a);
                quote!(#a)
            }
            FieldSource::OwnerField(f) => {
                let f = ident(f);
                quote!(::core::clone::Clone::clone(&#owner.#f))
            }
            FieldSource::ModelMember { name, optional } => {
                let n = ident(name);
                if *optional {
                    quote!(::core::clone::Clone::clone(&self.#n).unwrap_or_default())
                } else {
                    quote!(::core::clone::Clone::clone(&self.#n))
                }
            }
            FieldSource::Const(c) => quote!(String::from(#c)),
            FieldSource::Env(var) => quote!(crate::rt::env_value(#var, #field)?),
            FieldSource::Answer { member, optional: true } => {
                quote!(crate::rt::answer_string_or_empty(&__answer, #member))
            }
            FieldSource::Answer {
                member,
                optional: false,
            } => {
                quote!(crate::rt::answer_string(&__answer, #member, #endpoint)?)
            }
            FieldSource::AnswerTyped { member: Some(m) } => {
                quote!(crate::rt::answer_member(&mut __answer, #m, #endpoint)?)
            }
            FieldSource::AnswerTyped { member: None } => {
                quote!(crate::rt::decode_value(__answer, #endpoint)?)
            }
            FieldSource::Default => quote!(::core::default::Default::default()),
        }
    };
    let moves_answer = |s: &FieldSource| matches!(s, FieldSource::AnswerTyped { member: None });
    let ordered = b
        .fields
        .iter()
        .filter(|(_, s)| !moves_answer(s))
        .chain(b.fields.iter().filter(|(_, s)| moves_answer(s)));
    let lets = ordered.map(|(f, s)| {
        let local = format_ident!("__f_{}", bare(f));
        let v = value(f, s);
        quote!(let #local = #v;)
    });
    let fields = b.fields.iter().map(|(f, _)| {
        let n = ident(f);
        let local = format_ident!("__f_{}", bare(f));
        quote!(#n: #local,)
    });
    // A document handle takes the answer, read as a document, last.
    let document = if b.document {
        quote!(document: __document,)
    } else {
        quote!()
    };
    quote! {{
        #(#lets)*
        #handles::#hty { client: ::core::clone::Clone::clone(#client), #(#fields)* #document }
    }}
}
