//! The endpoint catalog: every generated method, handle and model, as data.
//!
//! The catalog is produced by the same expansion of `spec/` as the methods
//! themselves, so it cannot drift from them. Each method is described by one
//! [`Endpoint`], its identity: errors ([`Error::endpoint`](crate::Error::endpoint)),
//! logs, retries and the mock name it (`DssDataset::delete`), and every
//! request value carries it as `ENDPOINT`. The README's method table is
//! rendered from the catalog, and tools (mocks, coverage reports, docs)
//! build on it instead of parsing the spec.
//!
//! ```
//! use dss_api::catalog::{self, Verb};
//!
//! let list = catalog::ENDPOINTS
//!     .iter()
//!     .find(|e| e.owner == "DssClient" && e.method == "list_projects")
//!     .unwrap();
//! let request = list.request.unwrap();
//! assert_eq!((request.verb, request.path), (Verb::Get, "/projects/"));
//! assert_eq!(list.to_string(), "DssClient::list_projects");
//! assert_eq!(*dss_api::requests::ListProjects::ENDPOINT, **list);
//! ```

pub use crate::api::generated::catalog::{ENDPOINTS, HANDLES, MODELS};
pub use crate::endpoint::{
    Arg, Endpoint, Handle, HandleField, Model, ModelMember, Place, Presence, Request, ResultKind, Server, Verb,
};

#[cfg(feature = "dynamic")]
pub use crate::api::generated::catalog::{call, round_trip};
