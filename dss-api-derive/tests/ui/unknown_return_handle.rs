dss_api_derive::generate!("tests/ui/unknown_return_handle/index.dss", check_only);

fn main() {}
