dss_api_derive::generate!("tests/ui/model_mistakes/index.dss", check_only);

fn main() {}
