// A valid spec with `check_only`: compiles, and emits no item besides the
// `include_str!` constants that tie the spec files to the build.
dss_api_derive::generate!("tests/ui/pass/valid/index.dss", check_only);

fn main() {}
