dss_api_derive::generate!("tests/ui/unknown_verb/index.dss", check_only);

fn main() {}
