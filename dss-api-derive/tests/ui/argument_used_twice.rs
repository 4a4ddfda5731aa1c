dss_api_derive::generate!("tests/ui/argument_used_twice/index.dss", check_only);

fn main() {}
