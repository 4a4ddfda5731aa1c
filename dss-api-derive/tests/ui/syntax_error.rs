dss_api_derive::generate!("tests/ui/syntax_error/index.dss", check_only);

fn main() {}
