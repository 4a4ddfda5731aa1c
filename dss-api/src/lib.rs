//! # dss-api
//!
//! A blocking Rust client for the [Dataiku DSS](https://www.dataiku.com/)
//! public REST API: the same calls as the official Python client
//! `dataikuapi`, sending the same requests, over one `ureq` agent.
//!
//! ```no_run
//! use dss_api::DssClient;
//!
//! let client = DssClient::new("http://localhost:11200", "some_key")?;
//! let keys: Vec<String> = client.list_project_keys().send()?;
//! let running = client.list_futures().all_users(true).send()?;
//! let project = client.create_project("KEY", "Name", "admin").description("d").send()?;
//! let user = client.get_user("alice"); // a handle: no request
//! let settings = user.get_settings().send()?;
//! # Ok::<_, dss_api::Error>(())
//! ```
//!
//! - Methods that talk to the server return a request value: required
//!   arguments are positional, optional ones are set by name, `.send()`
//!   performs it. `.timeout()` overrides the client's timeout for one call.
//! - Methods that only name an object (`get_project`, `get_user`, ...)
//!   return a [handle](handles) directly; handles are `Clone` and own a
//!   cheap clone of the client.
//! - Every method is generated from the endpoint table in `spec/` by
//!   `dss-api-derive`; their docs give the HTTP verb and path.
//! - Path arguments are percent-encoded as one segment each, so ids holding
//!   `/`, `?`, `#`, `%` or `..` address exactly the object named.
//! - Errors are [`Error`]; an HTTP error keeps DSS's `errorType`,
//!   `message`, `detailedMessage` and the body.

#![deny(missing_docs)]

extern crate self as dss_api;

mod client;
mod convert;
mod error;
mod future;
pub mod models;
mod request;
mod rows;
mod sql;
mod stream;

#[doc(hidden)]
pub use client::builder_from_env;
pub use client::{ClientBuilder, DssClient};
pub use error::{ApiError, Error, Result};
pub use future::WaitOptions;
pub use handles::*;
pub use rows::RowValue;
pub use sql::SqlRows;
pub use stream::{ByteStream, Upload};

dss_api_derive::generate!("../spec/index.dss");

/// The README's code blocks, compiled as doctests so that the README stays
/// true.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
