dss_api_derive::generate!("tests/ui/upload_name_not_a_string/index.dss", check_only);

fn main() {}
