//! Deployers: the hand-written local methods of
//! [`DssApiDeployerInfraSettings`] (the API nodes of a static
//! infrastructure) and [`DssApiDeployerDeploymentSettings`] (the version a
//! deployment serves), over the document each holds.

use serde_json::{json, Value};

use crate::api::handles::{DssApiDeployerDeploymentSettings, DssApiDeployerInfraSettings};
use crate::api::settings::push_to;

impl DssApiDeployerInfraSettings {
    /// Adds `{"url", "adminAPIKey", "graphitePrefix"}` to `apiNodes` (the
    /// prefix `null` when `None`).
    pub fn add_apinode(
        &mut self,
        url: &str,
        api_key: &str,
        graphite_prefix: Option<&str>,
    ) -> &mut DssApiDeployerInfraSettings {
        push_to(
            &mut self.document,
            "apiNodes",
            json!({"url": url, "adminAPIKey": api_key, "graphitePrefix": graphite_prefix}),
        );
        self
    }

    /// Removes from `apiNodes` the nodes whose `url` is `node_url`.
    pub fn remove_apinode(&mut self, node_url: &str) -> &mut DssApiDeployerInfraSettings {
        if !self.document.get("apiNodes").is_some_and(Value::is_array) {
            return self;
        }
        if let Some(nodes) = self.document.list_mut("apiNodes") {
            nodes.retain(|n| n.get("url").and_then(Value::as_str) != Some(node_url));
        }
        self
    }
}

impl DssApiDeployerDeploymentSettings {
    /// Sets `generationsMapping` to `{"mode": "SINGLE_GENERATION",
    /// "generation": version}`.
    pub fn set_single_version(&mut self, version: &str) -> &mut DssApiDeployerDeploymentSettings {
        self.document.set(
            "generationsMapping",
            json!({"mode": "SINGLE_GENERATION", "generation": version}),
        );
        self
    }
}
