//! The API side: the expansion of the endpoint table (`generated`) and the
//! hand-written halves of handles and models beside it (waits, row streams,
//! calls made of several requests, builders), over the runtime contract.

mod admin;
pub mod catalog;
mod code_envs;
pub(crate) mod datasets;
mod deployers;
mod folders;
mod future;
pub(crate) mod generated;
mod jobs;
pub mod models;
mod pending;
mod plugins;
mod project;
mod raw;
mod recipe_settings;
mod recipes;
pub mod requests;
mod scenario_settings;
mod scenarios;
mod settings;
mod sql;
mod users;

pub use datasets::DatasetRows;
pub use generated::handles;
pub use jobs::{JobDefinitionBuilder, JobState};
pub use scenarios::ScenarioOutcome;
pub use sql::SqlRows;
