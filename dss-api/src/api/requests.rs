//! Request values returned by the API methods: set optional arguments by
//! name, then call `send()`. Every one also takes its own time bounds and
//! retry settings (`timeout`, `response_timeout`, `idle_timeout`, `retry`,
//! `no_retry`).
//!
//! Most are generated from `spec/`; the few that make several requests
//! (reading then writing, one upload per file, choosing an endpoint by
//! their arguments) are written by hand over generated ones.

pub use crate::api::client_more::MessagingChannelCreator;
pub use crate::api::dashboards::ProjectCreateDashboard;
pub use crate::api::dataset_creation::ManagedDatasetCreate;
pub use crate::api::dataset_extras::{DatasetAutodetectSettings, DatasetTestAndDetect};
pub use crate::api::datasets::{DatasetComputeMetrics, DatasetIterRows, DatasetRunChecks};
pub use crate::api::deployments::DeploymentGetUpdate;
pub use crate::api::flow::{FlowGenerateDocumentation, FlowReplaceInputComputable};
pub use crate::api::folders::{
    ManagedFolderComputeMetrics, ManagedFolderSetConnectionAndPath, ManagedFolderUploadFolder,
};
pub use crate::api::generated::requests::*;
pub use crate::api::jobs::{JobRun, JobStartAndWait, ProjectStartJobAndWait};
pub use crate::api::knowledge_banks::{KnowledgeBankSearch, ProjectCreateKnowledgeBank};
pub use crate::api::library::LibraryList;
pub use crate::api::notebooks::JupyterNotebookUnload;
pub use crate::api::pending::{Pending, Waiting};
pub use crate::api::project::ProjectUpdateVariables;
pub use crate::api::project_extras::ProjectRenderDocumentTemplate;
pub use crate::api::project_standards::ProjectStandardsCreateScope;
pub use crate::api::raw::RawRequest;
pub use crate::api::recipe_creation::RecipeCreatorCreate;
pub use crate::api::recipes::SchemaUpdatesApply;
pub use crate::api::scenario_settings::{ScenarioGetSettings, ScenarioSettingsSave};
pub use crate::api::scenarios::{ScenarioGetRunsByDate, ScenarioRunAndWait};
pub use crate::api::statistics::StatisticsRunWorksheet;
pub use crate::api::streaming::{
    ManagedStreamingEndpointCreate, StreamingEndpointAutodetectSettings, StreamingEndpointTestAndDetect,
};
pub use crate::api::tables_import::TablesImportPrepare;
pub use crate::api::testing::ScenarioGetAverageDuration;
pub use crate::api::wikis::WikiCreateArticle;
