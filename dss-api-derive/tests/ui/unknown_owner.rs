dss_api_derive::generate!("tests/ui/unknown_owner/index.dss", check_only);

fn main() {}
