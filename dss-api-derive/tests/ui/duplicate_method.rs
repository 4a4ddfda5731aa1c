dss_api_derive::generate!("tests/ui/duplicate_method/index.dss", check_only);

fn main() {}
