//! The API side: the expansion of the endpoint table (`generated`) and the
//! hand-written halves of handles and models beside it (waits, row streams,
//! calls made of several requests, builders), over the runtime contract.

pub mod catalog;
pub(crate) mod datasets;
mod folders;
mod future;
pub(crate) mod generated;
mod jobs;
pub mod models;
mod project;
mod recipes;
pub mod requests;
mod scenarios;
mod sql;

pub use datasets::DatasetRows;
pub use generated::handles;
pub use jobs::{JobDefinitionBuilder, JobState};
pub use scenarios::{ScenarioOutcome, ScenarioSettings};
pub use sql::SqlRows;
