//! The few spec diagnostics only the compiler can show: a mistake in the
//! macro's own input (`bad_macro_flag`), and located spec errors as rustc
//! reports them, on the macro's path literal (`several_mistakes`);
//! `tests/ui/pass/*.rs` must compile. Every other spec mistake is a unit
//! test of its located messages (`tests/mistakes/`, run by
//! `spec_mistakes_give_located_messages` in `src/tests.rs`).
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
