//! Recorded dataikuapi calls of this area and the Rust calls that replay
//! them (see `tests/objects.rs`).

use dss_api_tests::CallFn;

/// One Rust call per recorded Python call.
pub const CALLS: &[(&str, CallFn)] = &[];
