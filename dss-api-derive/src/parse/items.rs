//! Handles and models, and the Rust types they name.

use super::*;

pub(super) fn parse_handle(file: &Rc<str>, input: ParseStream, doc: String) -> syn::Result<Handle> {
    let is_task = input.peek(kw::task);
    if is_task {
        input.parse::<kw::task>()?;
    }
    let document = input.peek(kw::document);
    if document {
        input.parse::<kw::document>()?;
    } else {
        input.parse::<kw::handle>()?;
    }
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
        document,
        server: None,
        client: String::new(),
        loc: loc(file, name.span()),
    })
}

/// `client ApiNodeClient { service_id } at "/public/api/v1", credential
/// api_key optional;`: the client of another server, its identifier
/// fields, base path and credential.
pub(super) fn parse_client(file: &Rc<str>, input: ParseStream, doc: String) -> syn::Result<Handle> {
    input.parse::<kw::client>()?;
    let name: Ident = input.parse()?;
    let content;
    braced!(content in input);
    let fields = comma_list(&content, |content| {
        let secrecy = parse_secrecy(content)?;
        let fname: Ident = content.parse()?;
        if content.peek(Token![:]) {
            return Err(content.error("a client's fields are identifiers (strings): write no type"));
        }
        Ok(HandleField {
            name: fname.to_string(),
            ty: None,
            secrecy,
            loc: loc(file, fname.span()),
        })
    })?;
    input.parse::<kw::at>()?;
    let base: LitStr = input.parse()?;
    input.parse::<Token![,]>()?;
    input.parse::<kw::credential>()?;
    let kind: Ident = input.parse()?;
    let credential = match kind.to_string().as_str() {
        "api_key" => CredentialKind::ApiKey,
        "key_pair" => CredentialKind::KeyPair,
        other => {
            return Err(syn::Error::new(
                kind.span(),
                format!("unknown credential `{other}`: expected `api_key` or `key_pair`"),
            ))
        }
    };
    let optional = input.peek(kw::optional);
    if optional {
        input.parse::<kw::optional>()?;
    }
    input.parse::<Token![;]>()?;
    Ok(Handle {
        name: name.to_string(),
        doc,
        fields,
        task: None,
        document: false,
        server: Some(ServerDecl {
            base: base.value(),
            credential,
            optional,
        }),
        client: name.to_string(),
        loc: loc(file, name.span()),
    })
}

/// A Rust type of the spec, read once into its text and shape.
pub(super) fn spec_type(ty: &syn::Type) -> Type {
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
pub(super) fn parse_model(file: &Rc<str>, input: ParseStream, doc: String) -> syn::Result<Model> {
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
