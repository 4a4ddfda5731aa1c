// The library's own endpoint table passes validation.
dss_api_derive::generate!("../spec/index.dss", check_only);

fn main() {}
