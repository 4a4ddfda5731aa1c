//! A test emitted with the expansion (compiled only in the crate's own
//! tests): every model and every handle of the catalog, built with
//! secret-looking values in its secret members and in an unknown member,
//! must not show them in `Debug`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{HandleDef, ModelDef, Shape, Type};
use crate::names::ident;

/// What secret values look like in the test.
const SECRET: &str = "SECRET-0b7c2f";

/// A JSON value of type `ty` for a member: `secret` ones carry [`SECRET`]
/// wherever they can hold a string; the others carry plain values. Models
/// are built member by member, the same way; a type it cannot build is
/// `null`, and the test then fails to decode, saying which model.
fn sample(ty: &Type, secret: bool, models: &[ModelDef], depth: usize) -> String {
    let text = if secret { SECRET } else { "plain" };
    match &ty.shape {
        Shape::Option(inner) => sample(inner, secret, models, depth),
        Shape::Vec(inner) => format!("[{}]", sample(inner, secret, models, depth)),
        Shape::Map(inner) => format!("{{\"k\":{}}}", sample(inner, secret, models, depth)),
        Shape::String => format!("\"{text}\""),
        Shape::Value => format!("{{\"k\":\"{text}\"}}"),
        Shape::Named(name) => match name.as_str() {
            "bool" => "true".into(),
            "i64" | "i32" | "u64" | "u32" | "usize" => "1".into(),
            "f64" | "f32" => "1.5".into(),
            name => match models.iter().find(|m| m.name == name) {
                Some(m) if depth < 4 => model_sample(m, secret, models, depth + 1),
                _ => "null".into(),
            },
        },
        Shape::Other => "null".into(),
    }
}

/// A JSON object for a model: every member, and an unknown member.
fn model_sample(m: &ModelDef, inside_secret: bool, models: &[ModelDef], depth: usize) -> String {
    let mut members: Vec<String> = m
        .members
        .iter()
        .map(|mm| {
            format!(
                "\"{}\":{}",
                mm.wire,
                sample(&mm.ty, mm.secret || inside_secret, models, depth)
            )
        })
        .collect();
    members.push(format!("\"unknownMember\":\"{SECRET}\""));
    format!("{{{}}}", members.join(","))
}

/// The test module of a spec file: its models and handles (`all_models`
/// are every model of the spec, to build nested members).
pub fn secret_tests(handles: &[&HandleDef], models: &[&ModelDef], all_models: &[ModelDef]) -> TokenStream {
    if handles.is_empty() && models.is_empty() {
        return TokenStream::new();
    }
    let models = models.iter().map(|m| {
        let name = ident(&m.name);
        let name_str = &m.name;
        let json = model_sample(m, false, all_models, 0);
        quote! {
            let model: super::models::#name = ::serde_json::from_str(#json)
                .unwrap_or_else(|e| panic!("cannot build a sample `{}`: {e}", #name_str));
            let shown = format!("{model:?} {model:#?}");
            assert!(!shown.contains(#SECRET), "`{}` shows a secret: {shown}", #name_str);
            checked += 1;
        }
    });
    let handles = handles.iter().map(|h| handle_check(h, all_models));
    quote! {
        /// Every model and handle hides its secrets (see the generator's
        /// `codegen/secrets.rs`).
        #[cfg(test)]
        mod secret_tests {
            #[test]
            fn no_model_shows_a_secret() {
                let mut checked = 0usize;
                #(#models)*
                assert_eq!(checked, super::MODELS.len());
            }

            #[test]
            fn no_handle_shows_a_secret() {
                let client = crate::rt::DssClient::new("http://localhost:1", #SECRET)
                    .unwrap_or_else(|e| panic!("{e}"));
                let mut checked = 0usize;
                #(#handles)*
                assert_eq!(checked, super::HANDLES.len());
            }
        }
    }
}

/// The check of one handle (or client of another server): built with
/// secret identifiers and state, its `Debug` shows none of them.
fn handle_check(h: &HandleDef, all_models: &[ModelDef]) -> TokenStream {
    let name = ident(&h.name);
    let name_str = &h.name;
    let check = quote! {
        let shown = format!("{handle:?} {handle:#?}");
        assert!(!shown.contains(#SECRET), "`{}` shows a secret: {shown}", #name_str);
        checked += 1;
    };
    if h.server.is_some() {
        // A client of another server: its identifiers are its fields.
        let ids = h.fields.iter().map(|f| if f.secret { SECRET } else { "plain" });
        return quote! {
            let handle: super::handles::#name = crate::rt::ServerClient::from_core(
                ::core::clone::Clone::clone(&client),
                ::std::vec![#(::std::string::String::from(#ids)),*],
            );
            #check
        };
    }
    let fields = h.fields.iter().map(|f| {
        let n = ident(&f.name);
        if f.is_id() {
            let v = if f.secret { SECRET } else { "plain" };
            quote!(#n: ::std::string::String::from(#v),)
        } else {
            let value = Type {
                text: "Value".into(),
                shape: Shape::Value,
            };
            let json = sample(f.ty.as_ref().unwrap_or(&value), f.secret, all_models, 0);
            let field = &f.name;
            quote!(#n: ::serde_json::from_str(#json)
                .unwrap_or_else(|e| panic!("cannot build `{}`'s `{}`: {e}", #name_str, #field)),)
        }
    });
    let document = if h.document {
        let json = format!("{{\"password\":\"{SECRET}\",\"nested\":{{\"k\":\"{SECRET}\"}}}}");
        quote!(document: crate::rt::Document::new(::serde_json::from_str(#json).unwrap_or_default()),)
    } else {
        quote!()
    };
    quote! {
        let handle = super::handles::#name {
            client: crate::rt::ServerClient::from_core(::core::clone::Clone::clone(&client), ::std::vec::Vec::new()),
            #(#fields)* #document
        };
        #check
    }
}
