dss_api_derive::generate!("tests/ui/argument_never_used/index.dss", check_only);

fn main() {}
