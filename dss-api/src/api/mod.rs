//! The API side: the expansion of the endpoint table (`generated`) and the
//! hand-written halves of handles and models beside it (waits, row streams,
//! calls made of several requests, builders), over the runtime contract.

mod admin;
mod admin_more;
mod api_services;
pub mod catalog;
mod client_more;
mod code_envs;
pub(crate) mod datasets;
mod deployers;
mod deployments;
mod folders;
mod future;
pub(crate) mod generated;
mod jobs;
mod macros;
pub mod models;
mod plugins;
mod project;
mod project_folders;
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
