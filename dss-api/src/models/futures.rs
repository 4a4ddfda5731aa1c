use serde_json::Value;

model! {
    /// A long-running task as listed by `list_futures` / `list_running_scenarios`.
    FutureSummary {
        /// The task's id.
        job_id: String,
        ? /// Whether the task is still running.
        alive: bool,
        ? /// What the task is about (for scenarios: the scenario's identifiers).
        payload: Value,
    }
}

impl FutureSummary {
    /// A [`DssFuture`](crate::DssFuture) for this task, holding this item as
    /// its last known state (no request).
    pub fn to_handle(&self, client: &crate::DssClient) -> crate::DssFuture {
        let mut future = client.get_future(&self.job_id);
        if let Ok(state) = serde_json::to_value(self).and_then(serde_json::from_value) {
            future.state = Some(state);
        }
        future
    }
}

/// The state of a long-running task (`GET /futures/{jobId}`).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
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
    pub extra: super::Extra,
}
