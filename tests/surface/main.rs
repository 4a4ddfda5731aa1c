//! The public surface against the endpoint catalog and the README,
//! and the declared minimum Rust version.

mod architecture;
mod msrv;
mod surface;
