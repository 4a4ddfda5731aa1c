dss_api_derive::generate!("tests/ui/syntax_error_in_other_file/index.dss", check_only);

fn main() {}
