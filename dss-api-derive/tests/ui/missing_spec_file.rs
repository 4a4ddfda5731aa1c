dss_api_derive::generate!("tests/ui/missing_spec_file/index.dss", check_only);

fn main() {}
