//! UI tests of the spec diagnostics: each `tests/ui/<case>.rs` calls
//! `dss_api_derive::generate!("tests/ui/<case>/index.dss", check_only)` on a
//! small spec folder `tests/ui/<case>/` holding a mistake, and
//! `tests/ui/<case>.stderr` is the
//! compiler output expected, whose message must name the spec file, line and
//! column and say what is wrong. `tests/ui/pass/*.rs` are valid specs that must
//! compile.
//!
//! After a deliberate change of a message, regenerate the expected outputs
//! with
//!
//! ```text
//! TRYBUILD=overwrite cargo test -p dss-api-derive --test ui
//! ```
//!
//! and read the diff of `dss-api-derive/tests/ui/*.stderr` before committing
//! it. The cases need only this crate, so trybuild builds little.

#[test]
fn ui() {
    // trybuild compiles the cases in a project of its own, under
    // `target/tests/trybuild`, so the macro's `CARGO_MANIFEST_DIR` is not this
    // crate: point it back here, where the `tests/ui/<case>/` fixtures live. The
    // variable is inherited by the cargo process trybuild spawns.
    std::env::set_var("CARGO_MANIFEST_DIR_OVERRIDE", env!("CARGO_MANIFEST_DIR"));
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
    t.pass("tests/ui/pass/*.rs");
}
