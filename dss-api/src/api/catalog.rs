//! The endpoint catalog: every generated method, handle and model, as data.
//!
//! The catalog is produced by the same expansion of `spec/` as the methods
//! themselves, so it cannot drift from them. The README's method table is
//! rendered from it, and tools (mocks, coverage reports, docs) can build on
//! it instead of parsing the spec.
//!
//! ```
//! let list = dss_api::catalog::ENDPOINTS
//!     .iter()
//!     .find(|e| e.owner == "DssClient" && e.method == "list_projects")
//!     .unwrap();
//! let request = list.request.unwrap();
//! assert_eq!((request.verb, request.path), ("GET", "/projects/"));
//! ```

pub use crate::api::generated::catalog::{ENDPOINTS, HANDLES, MODELS};
pub use crate::rt::catalog::*;
