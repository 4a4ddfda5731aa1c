dss_api_derive::generate!("tests/ui/bad_default/index.dss", check_only);

fn main() {}
