//! The API side: the expansion of the endpoint table (`generated`) and the
//! hand-written halves of handles and models beside it (waits, row streams,
//! calls made of several requests, builders), over the runtime contract.

mod admin;
mod admin_more;
mod api_services;
mod apps;
pub mod catalog;
mod client_more;
mod code_envs;
mod dashboards;
mod dataset_creation;
mod dataset_extras;
pub(crate) mod datasets;
mod deployers;
mod deployments;
mod discussions;
mod flow;
mod folders;
mod future;
pub(crate) mod generated;
mod jobs;
mod knowledge_banks;
mod library;
mod llm;
mod macros;
mod ml;
pub mod models;
mod notebooks;
mod pending;
mod plugins;
mod project;
mod project_extras;
mod project_folders;
mod project_standards;
mod raw;
mod recipe_creation;
mod recipe_settings;
mod recipes;
pub mod requests;
mod scenario_settings;
mod scenarios;
mod settings;
mod sql;
mod statistics;
mod streaming;
mod tables_import;
mod testing;
mod users;
mod webapps;
mod wikis;

pub use dataset_creation::DssManagedDatasetCreationHelper;
pub use dataset_extras::TestAndDetectResult;
pub use datasets::DatasetRows;
pub use flow::DssSchemaPropagationRunBuilder;
pub use generated::handles;
pub use jobs::{JobDefinitionBuilder, JobState};
pub use llm::{
    DssLlmCompletionQuery, DssLlmCompletionQueryMultipartMessage, DssLlmCompletionQueryMultipartToolOutput,
    DssLlmCompletionsQuery, DssLlmCompletionsQuerySingleQuery, DssLlmEmbeddingsQuery, DssLlmImageGenerationQuery,
    DssLlmRequestGuardrailBuilder, DssLlmRerankingQuery, DssLlmStreamedCompletionChunks, DssLlmStreamedCompletionItem,
    LlmImage,
};
pub use recipe_creation::{DssRecipeCreator, NewOutput, NewOutputDataset};
pub use scenarios::ScenarioOutcome;
pub use sql::SqlRows;
pub use tables_import::{TablesImportDefinition, TablesPreparedImport};
