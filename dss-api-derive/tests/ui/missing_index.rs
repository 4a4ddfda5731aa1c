// The index file itself does not exist (there is no `ui/missing_index/` folder).
dss_api_derive::generate!("tests/ui/missing_index/index.dss", check_only);

fn main() {}
