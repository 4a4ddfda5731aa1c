//! Projects: the hand-written `update_variables` of [`DssProject`], a read,
//! a local merge and a write over the generated `get_variables` and
//! `set_variables`; and the local methods of [`DssProjectSettings`].

use serde_json::{json, Value};

use crate::api::handles::{DssProject, DssProjectSettings};
use crate::rt::{options_setters, Error, RequestOptions, Result};

impl DssProject {
    /// Sets some of the project's variables, keeping the others: reads the
    /// variables (`GET /projects/{project_key}/variables/`), merges
    /// `variables` into one of their sets (each given name replaces or adds
    /// that variable), and saves them all (`PUT
    /// /projects/{project_key}/variables/`).
    ///
    /// `variables` must be a JSON object (variable name to value); anything
    /// else is refused before sending. The set to merge into is `standard`
    /// by default (see [`variable_type`](ProjectUpdateVariables::variable_type)).
    /// If the project's variables have no such set, or answer something
    /// that is not an object, nothing is saved and the call fails.
    pub fn update_variables(&self, variables: impl Into<Value>) -> ProjectUpdateVariables<'_> {
        ProjectUpdateVariables {
            project: self,
            variables: variables.into(),
            variable_type: "standard".to_owned(),
            opts: RequestOptions::for_method(&crate::api::generated::endpoints::PROJECT_UPDATE_VARIABLES),
        }
    }
}

/// Request value of [`DssProject::update_variables`]: set optional
/// arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ProjectUpdateVariables<'a> {
    project: &'a DssProject,
    variables: Value,
    variable_type: String,
    opts: RequestOptions,
}

// Both requests (the read and the write) get these settings.
options_setters!(ProjectUpdateVariables<'a>, opts);

impl ProjectUpdateVariables<'_> {
    /// Which set of variables to update (dataikuapi's `type`): `standard`
    /// (the default; exported with bundles) or `local` (kept on this node).
    pub fn variable_type(mut self, variable_type: impl Into<String>) -> Self {
        self.variable_type = variable_type.into();
        self
    }

    /// Reads, merges and saves the variables.
    pub fn send(self) -> Result<()> {
        let Value::Object(updates) = self.variables else {
            return Err(Error::InvalidArgument {
                name: "variables",
                reason: "must be a JSON object of variable names to values".into(),
            });
        };
        let mut current = self.project.get_variables().request_options(self.opts.clone()).send()?;
        merge(&mut current, &self.variable_type, updates)?;
        self.project.set_variables(current).request_options(self.opts).send()
    }
}

/// Merges `updates` into the set `kind` of the variables read.
fn merge(current: &mut Value, kind: &str, updates: serde_json::Map<String, Value>) -> Result<()> {
    let decode = |what: String| Error::Decode {
        at: None,
        endpoint: &crate::api::generated::endpoints::PROJECT_UPDATE_VARIABLES,
        source: <serde_json::Error as serde::de::Error>::custom(what),
    };
    let Value::Object(sets) = current else {
        return Err(decode(format!("the project's variables are not an object: {current}")));
    };
    let names = sets.keys().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
    match sets.get_mut(kind) {
        Some(Value::Object(set)) => {
            set.extend(updates);
            Ok(())
        }
        Some(other) => Err(decode(format!(
            "the project's `{kind}` variables are not an object: {other}"
        ))),
        None => Err(Error::InvalidArgument {
            name: "variable_type",
            reason: format!(
                "the project's variables have no `{kind}` set (they have {}); nothing was saved",
                if names.is_empty() { "none".to_owned() } else { names }
            ),
        }),
    }
}

/// The hand-written local methods of [`DssProjectSettings`]: what
/// dataikuapi's setters of code environments, containers, clusters and
/// exposed objects change in `settings` and `exposedObjects`.
impl DssProjectSettings {
    /// Sets the default code environment of a language (`python`, `r`):
    /// the one named (`EXPLICIT_ENV`), or the builtin one
    /// (`USE_BUILTIN_MODE`, the name left as it was).
    fn set_code_env(&mut self, language: &str, code_env_name: Option<&str>) -> &mut DssProjectSettings {
        let at = |member: &str| format!("settings.codeEnvs.{language}.{member}");
        match code_env_name {
            None => {
                self.document.set(&at("useBuiltinEnv"), true);
                self.document.set(&at("mode"), "USE_BUILTIN_MODE");
            }
            Some(name) => {
                self.document.set(&at("useBuiltinEnv"), false);
                self.document.set(&at("envName"), name);
                self.document.set(&at("mode"), "EXPLICIT_ENV");
            }
        }
        self
    }

    /// Sets `settings.codeEnvs.python`: the code environment named
    /// (`useBuiltinEnv` false, `envName`, `mode` `EXPLICIT_ENV`), or the
    /// builtin one (`useBuiltinEnv` true, `mode` `USE_BUILTIN_MODE`).
    pub fn set_python_code_env(&mut self, code_env_name: Option<&str>) -> &mut DssProjectSettings {
        self.set_code_env("python", code_env_name)
    }

    /// Sets `settings.codeEnvs.r`, as
    /// [`set_python_code_env`](Self::set_python_code_env) sets Python's.
    pub fn set_r_code_env(&mut self, code_env_name: Option<&str>) -> &mut DssProjectSettings {
        self.set_code_env("r", code_env_name)
    }

    /// Sets `settings.container`: the configuration named (`containerMode`
    /// `EXPLICIT_CONTAINER`, `containerConf`), or local execution
    /// (`containerMode` `NONE`).
    pub fn set_container_exec_config(&mut self, config_name: Option<&str>) -> &mut DssProjectSettings {
        match config_name {
            None => self.document.set("settings.container.containerMode", "NONE"),
            Some(name) => {
                self.document
                    .set("settings.container.containerMode", "EXPLICIT_CONTAINER");
                self.document.set("settings.container.containerConf", name);
            }
        }
        self
    }

    /// Sets a cluster member of `settings` (`k8sCluster`, `cluster`): the
    /// cluster named with its fallback (`EXPLICIT_CLUSTER`; a fallback of
    /// `None` is sent as `null`), or the instance's (`INHERIT`).
    fn set_cluster_at(
        &mut self,
        member: &str,
        cluster: Option<&str>,
        fallback: Option<&str>,
    ) -> &mut DssProjectSettings {
        let at = |m: &str| format!("settings.{member}.{m}");
        match cluster {
            None => self.document.set(&at("clusterMode"), "INHERIT"),
            Some(cluster) => {
                self.document.set(&at("clusterMode"), "EXPLICIT_CLUSTER");
                self.document.set(&at("clusterId"), cluster);
                self.document.set(&at("defaultClusterId"), fallback);
            }
        }
        self
    }

    /// Sets `settings.k8sCluster`: the cluster named (`clusterMode`
    /// `EXPLICIT_CLUSTER`, `clusterId`, `defaultClusterId` the fallback,
    /// `null` when `None`), or the instance's (`clusterMode` `INHERIT`).
    pub fn set_k8s_cluster(
        &mut self,
        cluster: Option<&str>,
        fallback_cluster: Option<&str>,
    ) -> &mut DssProjectSettings {
        self.set_cluster_at("k8sCluster", cluster, fallback_cluster)
    }

    /// Sets `settings.cluster`, as [`set_k8s_cluster`](Self::set_k8s_cluster)
    /// sets the Kubernetes one.
    pub fn set_cluster(&mut self, cluster: Option<&str>, fallback_cluster: Option<&str>) -> &mut DssProjectSettings {
        self.set_cluster_at("cluster", cluster, fallback_cluster)
    }

    /// Exposes an object to another project: finds the object in
    /// `exposedObjects.objects` by `type` and `localName` (adds it, with no
    /// rule, when missing), then adds the rule `{"targetProject"}` unless
    /// it has one for that project.
    pub fn add_exposed_object(
        &mut self,
        object_type: &str,
        object_id: &str,
        target_project: &str,
    ) -> &mut DssProjectSettings {
        let Some(objects) = self.document.list_mut("exposedObjects.objects") else {
            return self;
        };
        let found = objects.iter().position(|o| {
            o.get("type").and_then(Value::as_str) == Some(object_type)
                && o.get("localName").and_then(Value::as_str) == Some(object_id)
        });
        let index = found.unwrap_or_else(|| {
            objects.push(json!({"type": object_type, "localName": object_id, "rules": []}));
            objects.len() - 1
        });
        let Some(rules) = objects
            .get_mut(index)
            .and_then(|o| o.get_mut("rules"))
            .and_then(Value::as_array_mut)
        else {
            return self;
        };
        let exposed = rules
            .iter()
            .any(|r| r.get("targetProject").and_then(Value::as_str) == Some(target_project));
        if !exposed {
            rules.push(json!({"targetProject": target_project}));
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn object(v: Value) -> serde_json::Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => unreachable!(),
        }
    }

    #[test]
    fn merge_replaces_and_adds_in_one_set() {
        let mut vars = json!({"standard": {"a": 1, "b": 2}, "local": {"a": "l"}});
        merge(&mut vars, "standard", object(json!({"b": 3, "c": [1]}))).unwrap();
        assert_eq!(
            vars,
            json!({"standard": {"a": 1, "b": 3, "c": [1]}, "local": {"a": "l"}})
        );
    }

    #[test]
    fn a_missing_set_is_an_error_naming_it() {
        let mut vars = json!({"standard": {}, "local": {}});
        let err = merge(&mut vars, "Local", object(json!({"x": 1}))).unwrap_err();
        let text = err.to_string();
        assert!(
            matches!(
                err,
                Error::InvalidArgument {
                    name: "variable_type",
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(
            text.contains("`Local`") && text.contains("`standard`") && text.contains("`local`"),
            "{text}"
        );
        let err = merge(&mut json!([1]), "standard", object(json!({}))).unwrap_err();
        assert!(matches!(err, Error::Decode { .. }), "{err:?}");
        let err = merge(&mut json!({"standard": 3}), "standard", object(json!({}))).unwrap_err();
        assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    }
}
