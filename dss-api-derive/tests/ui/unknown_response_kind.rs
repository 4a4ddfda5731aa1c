dss_api_derive::generate!("tests/ui/unknown_response_kind/index.dss", check_only);

fn main() {}
