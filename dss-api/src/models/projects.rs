use serde_json::Value;

model! {
    /// A project as listed by `list_projects`.
    ProjectSummary {
        /// The project's key.
        project_key: String,
        ? /// Display name.
        name: String,
        ? /// Owner login.
        owner_login: String,
    }
    => get_project(project_key) -> DssProject
}

model! {
    /// A plugin as listed by `list_plugins`.
    PluginSummary {
        /// The plugin's id.
        id: String,
        ? /// Installed version.
        version: String,
        ? /// Whether it is a development plugin.
        is_dev: bool,
    }
    => get_plugin(id) -> DssPlugin
}

model! {
    /// A Dataiku app as listed by `list_apps`.
    AppSummary {
        /// The app's id.
        app_id: String,
        ? /// Display label.
        label: String,
    }
    => get_app(app_id) -> DssApp
}

model! {
    /// A running Jupyter notebook as listed by `list_running_notebooks`.
    NotebookSummary {
        /// Project holding the notebook.
        project_key: String,
        /// The notebook's name.
        name: String,
        ? /// Active kernel sessions (each with a `sessionId`).
        active_sessions: Vec<Value>,
    }
    => get_notebook(project_key, name) -> DssNotebook
}

model! {
    /// A workspace as listed by `list_workspaces`.
    WorkspaceSummary {
        /// The workspace's key.
        workspace_key: String,
        ? /// Display name.
        display_name: String,
    }
    => get_workspace(workspace_key) -> DssWorkspace
}

model! {
    /// One column of a SQL query's result schema.
    SqlColumn {
        /// Column name.
        name: String,
        /// DSS storage type (`string`, `int`, `bigint`, `double`, `boolean`,
        /// `date`, ...), which decides how values are typed.
        r#type: String,
    }
}

/// One remapping of a project import: objects named `source` in the
/// archive use `target` on this instance.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportRemap {
    /// Name in the imported project.
    pub source: String,
    /// Name on this instance.
    pub target: String,
}

/// Remappings of a project import.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportRemapping {
    /// Connections to remap.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub connections: Vec<ImportRemap>,
    /// Code environments to remap.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub code_envs: Vec<ImportRemap>,
    /// Every other member, as sent.
    #[serde(flatten)]
    pub extra: super::Extra,
}

/// Settings of [`TemporaryImportHandle::execute`](crate::TemporaryImportHandle::execute),
/// as a typed alternative to writing the JSON by hand:
///
/// ```no_run
/// # let client = dss_api::DssClient::new("http://localhost:11200", "key")?;
/// use dss_api::models::ImportSettings;
///
/// let import = client.prepare_project_import(std::path::Path::new("export.zip")).send()?;
/// let settings = ImportSettings::new().target_project_key("COPY").remap_connection("pg_prod", "pg_test");
/// let outcome = import.execute().settings(settings.to_json()).send()?;
/// # Ok::<_, dss_api::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportSettings {
    /// Key to import the project under (default: the key in the archive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_project_key: Option<String>,
    /// Connections and code environments to remap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remapping: Option<ImportRemapping>,
    /// Every other member, as sent.
    #[serde(flatten)]
    pub extra: super::Extra,
}

impl ImportSettings {
    /// No settings (DSS's defaults).
    pub fn new() -> Self {
        Self::default()
    }

    /// Imports under this project key.
    pub fn target_project_key(mut self, key: impl Into<String>) -> Self {
        self.target_project_key = Some(key.into());
        self
    }

    /// Uses connection `target` wherever the project used `source`.
    pub fn remap_connection(self, source: impl Into<String>, target: impl Into<String>) -> Self {
        self.remap(|r| &mut r.connections, source.into(), target.into())
    }

    /// Uses code environment `target` wherever the project used `source`.
    pub fn remap_code_env(self, source: impl Into<String>, target: impl Into<String>) -> Self {
        self.remap(|r| &mut r.code_envs, source.into(), target.into())
    }

    fn remap(
        mut self,
        list: fn(&mut ImportRemapping) -> &mut Vec<ImportRemap>,
        source: String,
        target: String,
    ) -> Self {
        list(self.remapping.get_or_insert_with(Default::default)).push(ImportRemap { source, target });
        self
    }

    /// The settings as the JSON `execute` sends.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}
