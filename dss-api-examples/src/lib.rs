//! Example programs of `dss-api`, in `examples/`: `cargo run -p
//! dss-api-examples --example tour` runs the tour against the embedded mock
//! DSS (read-only against yours, if credentials are found). This library is
//! empty: the package exists so that the examples build with only what they
//! need.
