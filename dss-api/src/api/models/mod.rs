//! Typed answers. Every model is declared in `spec/` with the members
//! scripts read; members that DSS may leave out are `Option`s and stay
//! absent when written back, and every member a model does not name is kept
//! in its [`Extra`] as the server wrote it, so an object read, changed and
//! sent back loses nothing.
//!
//! Settings and info objects are handles holding the JSON DSS sent
//! ([`Document`], written back as it was read except where changed); the
//! views and builders of their hand-written accessors are here too
//! ([`CsvFormat`], [`UserPreferences`], [`PluginParameterSet`], ...).
//! Other answers whose shape is open (definitions, statuses) are
//! `serde_json::Value`, read and saved back as they are. Any request with
//! a JSON answer can also decode into a type of your own with `send_as`.

mod import;

pub use crate::api::admin::{ConnectionDetailsReadability, ImpersonationRule, ImpersonationRuleFilter};
pub use crate::api::code_envs::CodeEnvVersionSettings;
pub use crate::api::datasets::CsvFormat;
pub use crate::api::deployments::{
    DeploymentHealth, DssApiDeployerDeploymentStatus, DssProjectDeployerDeploymentStatus,
};
pub use crate::api::generated::models::*;
pub use crate::api::library::DssLibraryItem;
pub use crate::api::plugins::{PluginParameterSet, PluginParameterSetMut};
pub use crate::api::recipe_settings::ColumnAggregations;
pub use crate::api::scenario_settings::{DailyTrigger, HourlyTrigger, MonthlyTrigger};
pub use crate::api::streaming::DssManagedStreamingEndpointCreationHelper;
pub use crate::api::users::UserPreferences;
pub use crate::api::webapps::DssWebAppBackendClient;
pub use crate::document::Document;
pub use crate::extra::Extra;
