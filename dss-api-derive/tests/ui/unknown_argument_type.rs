dss_api_derive::generate!("tests/ui/unknown_argument_type/index.dss", check_only);

fn main() {}
