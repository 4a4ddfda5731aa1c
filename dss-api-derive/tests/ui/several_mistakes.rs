dss_api_derive::generate!("tests/ui/several_mistakes/index.dss", check_only);

fn main() {}
