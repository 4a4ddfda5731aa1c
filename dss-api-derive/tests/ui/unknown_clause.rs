dss_api_derive::generate!("tests/ui/unknown_clause/index.dss", check_only);

fn main() {}
