use serde::{Deserialize, Serialize};

use super::Extra;

/// A project as listed by `list_projects`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectSummary {
    /// The project's key.
    pub project_key: String,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Owner login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_login: Option<String>,
    /// Every other member, as sent.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ProjectSummary {
    /// A handle on this project.
    pub fn to_handle(&self, client: &crate::DssClient) -> crate::DssProject {
        client.get_project(&self.project_key)
    }
}

/// A plugin as listed by `list_plugins`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PluginSummary {
    /// The plugin's id.
    pub id: String,
    /// Every other member, as sent.
    #[serde(flatten)]
    pub extra: Extra,
}

impl PluginSummary {
    /// A handle on this plugin.
    pub fn to_handle(&self, client: &crate::DssClient) -> crate::DssPlugin {
        client.get_plugin(&self.id)
    }
}
