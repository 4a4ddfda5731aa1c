// The optional second argument of the macro must be `check_only`.
dss_api_derive::generate!("tests/ui/bad_macro_flag/index.dss", check_onyl);

fn main() {}
