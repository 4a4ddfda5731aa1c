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
//!   return a handle ([`DssProject`], [`DssUser`], ...) directly; handles
//!   are `Clone` and own a cheap clone of the client.
//! - Every method is generated from the endpoint table in `spec/` by
//!   `dss-api-derive`; their docs give the HTTP verb and path, and
//!   [`catalog::ENDPOINTS`] lists them all as data.
//! - Path arguments are percent-encoded as one segment each, so ids holding
//!   `/`, `?`, `#`, `%` or `..` address exactly the object named.
//! - Errors are [`Error`]; an HTTP error keeps DSS's `errorType`,
//!   `message`, `detailedMessage` and the body.
//! - Uploads and streamed downloads report their progress to a request's
//!   `.on_progress(..)` callback ([`TransferProgress`]).
//! - With the `mock` feature, `mock` is an embedded DSS for tests: a
//!   loopback server whose stubs are made from the request values
//!   themselves (`mock.list_projects().returns(..)`).

#![deny(missing_docs)]
// On docs.rs (nightly, `--cfg docsrs`): a badge naming the feature of each
// feature-gated item.
#![cfg_attr(docsrs, feature(doc_cfg))]

mod api;
mod document;
mod endpoint;
mod error;
mod extra;
#[cfg(test)]
mod fuzz;
#[cfg(feature = "mock")]
pub mod mock;
#[cfg(doctest)]
mod readme;
mod rows;
mod rt;
mod transport;
mod util;

pub use api::handles::*;
pub use api::{catalog, models, requests};
pub use api::{
    DatasetRows, DssLlmCompletionQuery, DssLlmCompletionQueryMultipartMessage,
    DssLlmCompletionQueryMultipartToolOutput, DssLlmCompletionsQuery, DssLlmCompletionsQuerySingleQuery,
    DssLlmEmbeddingsQuery, DssLlmImageGenerationQuery, DssLlmRequestGuardrailBuilder, DssLlmRerankingQuery,
    DssLlmStreamedCompletionChunks, DssLlmStreamedCompletionItem, DssManagedDatasetCreationHelper, DssRecipeCreator,
    DssSchemaPropagationRunBuilder, JobDefinitionBuilder, JobState, LlmImage, NewOutput, NewOutputDataset,
    ScenarioOutcome, SqlRows, TablesImportDefinition, TablesPreparedImport, TestAndDetectResult,
};
pub use endpoint::Verb;
pub use error::{ApiError, Error, Result, TimeoutPhase};
pub use rows::RowValue;
pub use transport::client::{ClientBuilder, DssClient, ServerClient};
pub use transport::request::RequestOptions;
pub use transport::retry::{RetryEvent, RetryPolicy};
pub use transport::stream::{ByteStream, TransferDirection, TransferProgress, Upload};
pub use transport::wait::{WaitOptions, WaitProgress};
