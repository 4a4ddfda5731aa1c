dss_api_derive::generate!("tests/ui/path_placeholder_unbound/index.dss", check_only);

fn main() {}
