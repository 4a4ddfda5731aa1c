//! The macro's pipeline: locate and read the spec files, parse, validate,
//! generate; errors become `compile_error!`s naming `spec/<file>:<line>:<col>`.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use proc_macro2::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Token};

use crate::ast::{Spec, SpecError};

struct Input {
    path: LitStr,
    check_only: bool,
}

impl Parse for Input {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let path: LitStr = input.parse()?;
        let mut check_only = false;
        if input.peek(Token![,]) {
            input.parse::<Token![,]>()?;
            let flag: syn::Ident = input.parse()?;
            if flag != "check_only" {
                return Err(syn::Error::new(flag.span(), "expected `check_only`"));
            }
            check_only = true;
        }
        Ok(Input { path, check_only })
    }
}

/// Entry point of the macro, on `proc_macro2` tokens.
pub fn expand(input: TokenStream) -> TokenStream {
    let input: Input = match syn::parse2(input) {
        Ok(i) => i,
        Err(e) => return e.to_compile_error(),
    };
    let base = std::env::var("CARGO_MANIFEST_DIR_OVERRIDE")
        .or_else(|_| std::env::var("CARGO_MANIFEST_DIR"))
        .map(PathBuf::from)
        .unwrap_or_default();
    let (spec, api, errors) = check(&base, &input.path.value());
    let span = input.path.span();
    let tracked = spec.files.iter().map(|f| {
        quote!(
            const _: &str = ::core::include_str!(#f);
        )
    });
    let items = match api {
        Some(api) if !input.check_only => crate::codegen::generate(&api),
        _ => quote!(),
    };
    let compile_errors = errors
        .iter()
        .map(|e| syn::Error::new(span, format!("{}: {}", e.loc, e.message)).to_compile_error());
    quote! {
        #(#tracked)*
        #(#compile_errors)*
        #items
    }
}

/// Reads, parses and validates the spec named by `index`: the spec read,
/// the API to generate (`None` when a file could not be read or parsed:
/// validating the rest without it would only add errors caused by its
/// absence), and every problem, sorted by location.
pub fn check(base: &Path, index: &str) -> (Spec, Option<crate::ir::Api>, Vec<SpecError>) {
    let (spec, mut errors) = load(base, index);
    let mut api = None;
    if errors.is_empty() {
        let (validated, found) = crate::validate::validate(&spec);
        errors = found;
        api = Some(validated);
    }
    errors.sort_by(|a, b| (&a.loc.file, a.loc.line, a.loc.col).cmp(&(&b.loc.file, b.loc.line, b.loc.col)));
    (spec, api, errors)
}

/// How a spec path is shown in messages: relative, without leading `../`.
fn display_path(p: &Path) -> String {
    let s = p.to_string_lossy().replace('\\', "/");
    let mut s = s.as_str();
    while let Some(rest) = s.strip_prefix("../").or_else(|| s.strip_prefix("./")) {
        s = rest;
    }
    s.to_owned()
}

/// Reads the index and every file it includes. Parse errors are collected;
/// a file that fails to parse contributes nothing.
pub fn load(base: &Path, index: &str) -> (Spec, Vec<SpecError>) {
    let mut spec = Spec::default();
    let mut errors = Vec::new();
    let index_rel = PathBuf::from(index);
    let index_abs = base.join(&index_rel);
    let index_name: Rc<str> = display_path(&index_rel).into();
    let here = crate::ast::Loc {
        file: index_name.clone(),
        line: 1,
        col: 1,
    };
    let text = match std::fs::read_to_string(&index_abs) {
        Ok(t) => t,
        Err(e) => {
            errors.push(SpecError::new(
                &here,
                format!("cannot read the spec index (paths are relative to the crate's directory): {e}"),
            ));
            return (spec, errors);
        }
    };
    spec.files.push(index_abs.to_string_lossy().into_owned());
    let includes = match crate::parse::parse_index(&index_name, &text) {
        Ok(i) => i,
        Err(e) => {
            errors.push(e);
            return (spec, errors);
        }
    };
    let dir_rel = index_rel.parent().map(Path::to_path_buf).unwrap_or_default();
    for (name, at) in includes {
        let rel = dir_rel.join(&name);
        let abs = base.join(&rel);
        let file: Rc<str> = display_path(&rel).into();
        match std::fs::read_to_string(&abs) {
            Ok(text) => {
                spec.files.push(abs.to_string_lossy().into_owned());
                if let Err(e) = crate::parse::parse_file(&file, &text, &mut spec) {
                    errors.push(e);
                }
            }
            Err(e) => errors.push(SpecError::new(
                &at,
                format!("cannot read `{name}` (looked for {}): {e}", display_path(&rel)),
            )),
        }
    }
    (spec, errors)
}
