dss_api_derive::generate!("tests/ui/raw_body_not_a_file/index.dss", check_only);

fn main() {}
