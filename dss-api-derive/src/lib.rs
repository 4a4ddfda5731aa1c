//! Proc macro that expands the `dss-api` endpoint table (`spec/`) into
//! client methods, request builders and handle types.
//!
//! The macro is a thin shim over `expand::expand`: the work is done by plain
//! functions that take and return `proc_macro2` values, so that the whole
//! pipeline (read → parse → validate → generate) is unit-testable outside
//! of a compiler invocation.
//!
//! ```text
//! spec/index.dss ──► parse.rs ──► ast.rs ──► validate.rs ──► ir.rs ──► codegen/
//!                       (names.rs: shared names, a leaf every step uses)
//! ```
//!
//! `ast.rs` is the spec as written; validation checks it and resolves it
//! into `ir.rs`, where every argument is bound to the place it is sent and
//! every handle field to where its value comes from; the code generator
//! reads only that. Each step imports only the data it reads and writes
//! (`parse`: ast; `validate`: ast and ir; `codegen`: ir), so no two steps
//! import each other.
//!
//! Errors in the spec are reported as compile errors whose message starts
//! with `spec/<file>:<line>:<column>:` and says what is wrong.

mod ast;
mod codegen;
mod expand;
mod ir;
mod names;
mod parse;
mod validate;

/// Expands the endpoint table named by the index file into Rust items.
///
/// ```text
/// dss_api_derive::generate!("../spec/index.dss");
/// ```
///
/// The path is resolved against `CARGO_MANIFEST_DIR` (or
/// `CARGO_MANIFEST_DIR_OVERRIDE` when set, which the UI tests use). Every
/// file read is tied to the build with `include_str!`, so editing a spec file
/// rebuilds the crate. Adding `, check_only` after the path validates the spec
/// and reports its errors without emitting any item.
#[proc_macro]
pub fn generate(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::expand(input.into()).into()
}

#[cfg(test)]
mod fuzz;
#[cfg(test)]
mod tests;
