//! Recorded dataikuapi calls of this area and the Rust calls that replay
//! them (see `tests/objects.rs`).

use dss_api_tests::CallFn;

/// One Rust call per recorded Python call.
pub const CALLS: &[(&str, CallFn)] = &[];

/// Recorded calls of this area that are not replayed, each with the reason
/// (a deliberate difference, tested in this area's own tests).
pub const NOT_REPLAYED: &[(&str, &str)] = &[];
