//! Builder methods of [`ImportSettings`], the typed settings of a project
//! import (the model itself is declared in `spec/projects.dss`).

use serde_json::Value;

use super::{ImportRemap, ImportRemapping, ImportSettings};

/// Builder methods, for example:
///
/// ```no_run
/// # let client = dss_api::DssClient::new("http://localhost:11200", "key")?;
/// use dss_api::models::ImportSettings;
///
/// let import = client.prepare_project_import(std::path::Path::new("export.zip")).send()?;
/// let settings = ImportSettings::new().target_project_key("COPY").remap_connection("pg_prod", "pg_test");
/// let outcome = import.execute().settings(settings.to_json()?).send()?;
/// # Ok::<_, Box<dyn std::error::Error>>(())
/// ```
impl ImportSettings {
    /// No settings (DSS's defaults).
    pub fn new() -> Self {
        ImportSettings {
            target_project_key: None,
            remapping: None,
            extra: Default::default(),
        }
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
        list: fn(&mut ImportRemapping) -> &mut Option<Vec<ImportRemap>>,
        source: String,
        target: String,
    ) -> Self {
        let remapping = self.remapping.get_or_insert_with(|| ImportRemapping {
            connections: None,
            code_envs: None,
            extra: Default::default(),
        });
        list(remapping).get_or_insert_with(Vec::new).push(ImportRemap {
            source,
            target,
            extra: Default::default(),
        });
        self
    }

    /// The settings as the JSON `execute` sends. A member kept in `extra`
    /// that is not valid JSON (only possible if it was put there by hand)
    /// is an error, never a silently empty value.
    pub fn to_json(&self) -> Result<Value, serde_json::Error> {
        serde_json::to_value(self)
    }
}

impl Default for ImportSettings {
    fn default() -> Self {
        Self::new()
    }
}
