dss_api_derive::generate!("tests/ui/language_mistakes/index.dss", check_only);

fn main() {}
