use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Extra;

/// A long-running task as listed by `list_futures` / `list_running_scenarios`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FutureSummary {
    /// The task's id (for [`DssClient::get_future`](crate::DssClient::get_future)).
    pub job_id: String,
    /// Whether the task is still running.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alive: Option<bool>,
    /// What the task is about (for scenarios: the scenario's identifiers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<Value>,
    /// Every other member, as sent.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The state of a long-running task (`GET /futures/{jobId}`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FutureState {
    /// The task's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// Whether the task is still running.
    #[serde(default)]
    pub alive: bool,
    /// Whether `result` holds the task's result.
    #[serde(default)]
    pub has_result: bool,
    /// The result, once there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Value>,
    /// Progress information, while the task runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<Value>,
    /// Every other member, as sent.
    #[serde(flatten)]
    pub extra: Extra,
}
