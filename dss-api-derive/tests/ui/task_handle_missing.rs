dss_api_derive::generate!("tests/ui/task_handle_missing/index.dss", check_only);

fn main() {}
