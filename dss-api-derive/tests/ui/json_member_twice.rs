dss_api_derive::generate!("tests/ui/json_member_twice/index.dss", check_only);

fn main() {}
