dss_api_derive::generate!("tests/ui/start_not_a_constant/index.dss", check_only);

fn main() {}
