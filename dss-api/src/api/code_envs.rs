//! Code environments and code studio templates: the hand-written local
//! methods of [`DssCodeEnvSettings`] (package lists, container images,
//! versions of an automation node's environment) and of
//! [`DssCodeStudioTemplateSettings`], over the document each holds.

use serde_json::{json, Value};

use crate::api::handles::{DssCodeEnvSettings, DssCodeStudioTemplateSettings};
use crate::api::settings::{flag, push_to, set_built_confs, text_or};
use crate::rt::{Error, Result};

/// Where dataikuapi puts the cache-busting statement when the settings say
/// nothing.
const DEFAULT_CACHE_BUSTING: &str = "AFTER_START_DOCKERFILE";

impl DssCodeEnvSettings {
    /// The pip (or R) packages the environment requires, one specification
    /// a line (`specPackageList`; `""` when there are none).
    pub fn get_required_packages(&self) -> &str {
        text_or(&self.document, "specPackageList", "")
    }

    /// Sets the packages the environment requires (`specPackageList`, one
    /// a line).
    pub fn set_required_packages(&mut self, packages: &[&str]) -> &mut DssCodeEnvSettings {
        self.document.set("specPackageList", packages.join("\n"));
        self
    }

    /// The conda packages the environment requires, one specification a
    /// line (`specCondaEnvironment`; `""` when there are none).
    pub fn get_required_conda_spec(&self) -> &str {
        text_or(&self.document, "specCondaEnvironment", "")
    }

    /// Sets the conda packages the environment requires
    /// (`specCondaEnvironment`, one a line).
    pub fn set_required_conda_spec(&mut self, spec: &[&str]) -> &mut DssCodeEnvSettings {
        self.document.set("specCondaEnvironment", spec.join("\n"));
        self
    }

    /// Whether an image is built for every container configuration
    /// (`allContainerConfs`, `false` when unset).
    pub fn get_built_for_all_container_confs(&self) -> bool {
        flag(&self.document, "allContainerConfs")
    }

    /// Sets the container configurations to build an image for: with
    /// `all`, `allContainerConfs` is `true` and the list is left as it is;
    /// otherwise it is `false` and `containerConfs` is the list.
    pub fn set_built_container_confs(&mut self, configs: &[&str], all: bool) -> &mut DssCodeEnvSettings {
        set_built_confs(&mut self.document, "allContainerConfs", "containerConfs", configs, all);
        self
    }

    /// Whether an image is built for every managed Spark over Kubernetes
    /// configuration (`allSparkKubernetesConfs`, `false` when unset).
    pub fn built_for_all_spark_kubernetes_confs(&self) -> bool {
        flag(&self.document, "allSparkKubernetesConfs")
    }

    /// Sets the managed Spark over Kubernetes configurations to build an
    /// image for, as [`set_built_container_confs`](Self::set_built_container_confs)
    /// does (`allSparkKubernetesConfs`, `sparkKubernetesConfs`).
    pub fn set_built_spark_kubernetes_confs(&mut self, configs: &[&str], all: bool) -> &mut DssCodeEnvSettings {
        set_built_confs(
            &mut self.document,
            "allSparkKubernetesConfs",
            "sparkKubernetesConfs",
            configs,
            all,
        );
        self
    }

    /// Where the cache-busting statement goes in the image's Dockerfile
    /// (`containerCacheBustingLocation`, `AFTER_START_DOCKERFILE` when
    /// unset).
    pub fn get_cache_busting_location(&self) -> &str {
        text_or(&self.document, "containerCacheBustingLocation", DEFAULT_CACHE_BUSTING)
    }

    /// Sets the Dockerfile lines inserted at `location`, the member of that
    /// name (`dockerfileAtStart`, ...).
    pub fn set_dockerfile_fragment(&mut self, dockerfile_fragment: &str, location: &str) -> &mut DssCodeEnvSettings {
        if let Value::Object(map) = self.document.raw_mut() {
            map.insert(location.to_owned(), Value::from(dockerfile_fragment));
        }
        self
    }

    /// The Dockerfile lines inserted at `location` (`""` when there are
    /// none).
    pub fn get_dockerfile_fragment(&self, location: &str) -> &str {
        self.document
            .raw()
            .get(location)
            .and_then(Value::as_str)
            .unwrap_or_default()
    }

    /// Adds `{"type": container_runtime_addition}` to
    /// `predefinedContainerHooks` (made first when missing).
    pub fn add_container_runtime_addition(&mut self, container_runtime_addition: &str) -> &mut DssCodeEnvSettings {
        push_to(
            &mut self.document,
            "predefinedContainerHooks",
            json!({"type": container_runtime_addition}),
        );
        self
    }

    /// The settings of one version of an automation node's environment, by
    /// its `deploymentMode`: `AUTOMATION_SINGLE` has one (`currentVersion`),
    /// `AUTOMATION_VERSIONED` has one per `versionId` (in `versions`), the
    /// modes of environments DSS does not manage have one (`noVersion`).
    /// Another mode, a versioned environment without `version_id` and an
    /// unknown version are [`Error::InvalidArgument`], as dataikuapi raises
    /// for them.
    pub fn get_version(&mut self, version_id: Option<&str>) -> Result<CodeEnvVersionSettings<'_>> {
        let mode = self
            .document
            .get("deploymentMode")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        let at = match mode.as_str() {
            "AUTOMATION_SINGLE" => VersionAt::Member("currentVersion"),
            "AUTOMATION_VERSIONED" => VersionAt::Listed(self.version_index(version_id)?),
            "PLUGIN_NON_MANAGED"
            | "PLUGIN_MANAGED"
            | "BUSINESS_APP_NON_MANAGED"
            | "BUSINESS_APP_MANAGED"
            | "AUTOMATION_NON_MANAGED_PATH"
            | "EXTERNAL_CONDA_NAMED" => VersionAt::Member("noVersion"),
            other => {
                return Err(Error::InvalidArgument {
                    name: "version_id",
                    reason: format!(
                        "deployment mode `{other}` is not an automation node's: change the settings through `raw_mut`"
                    ),
                })
            }
        };
        Ok(CodeEnvVersionSettings {
            settings: self,
            at,
            missing: Value::Null,
        })
    }

    /// The index in `versions` of the version named `version_id`.
    fn version_index(&self, version_id: Option<&str>) -> Result<usize> {
        let versions = self
            .document
            .get("versions")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let ids: Vec<&str> = versions
            .iter()
            .map(|v| v.get("versionId").and_then(Value::as_str).unwrap_or_default())
            .collect();
        let Some(wanted) = version_id else {
            return Err(Error::InvalidArgument {
                name: "version_id",
                reason: format!("a versioned code env needs a version id; it has {}", ids.join(", ")),
            });
        };
        ids.iter()
            .position(|id| *id == wanted)
            .ok_or_else(|| Error::InvalidArgument {
                name: "version_id",
                reason: format!("version `{wanted}` not found among {}", ids.join(", ")),
            })
    }
}

/// Where a version's settings are in a code environment's settings.
#[derive(Debug, Clone, Copy)]
enum VersionAt {
    /// A member of the settings (`currentVersion`, `noVersion`).
    Member(&'static str),
    /// An item of `versions`.
    Listed(usize),
}

/// The settings of one version of an automation node's code environment
/// ([`DssCodeEnvSettings::get_version`]; dataikuapi's
/// `DSSAutomationCodeEnvVersionSettings`): its package lists. Changes are
/// made in the environment's settings, which `save` sends.
#[derive(Debug)]
pub struct CodeEnvVersionSettings<'a> {
    settings: &'a mut DssCodeEnvSettings,
    at: VersionAt,
    /// What `get_raw_mut` would give if the version were gone (it cannot
    /// be: see there).
    missing: Value,
}

impl CodeEnvVersionSettings<'_> {
    /// The version's settings: `versionId` and its requirements.
    pub fn get_raw(&self) -> &Value {
        let raw = self.settings.document.raw();
        let version = match self.at {
            VersionAt::Member(member) => raw.get(member),
            VersionAt::Listed(i) => raw.get("versions").and_then(|v| v.get(i)),
        };
        version.unwrap_or(&Value::Null)
    }

    /// The version's settings, to change anything in them.
    pub fn get_raw_mut(&mut self) -> &mut Value {
        let version = match (self.at, self.settings.document.raw_mut()) {
            // A version member the settings lack is made when changed.
            (VersionAt::Member(member), Value::Object(map)) => Some(map.entry(member).or_insert_with(|| json!({}))),
            (VersionAt::Listed(i), raw) => raw.get_mut("versions").and_then(|v| v.get_mut(i)),
            (VersionAt::Member(_), _) => None,
        };
        // `get_version` found the listed version, and nothing else can
        // change the settings while this value borrows them.
        version.unwrap_or(&mut self.missing)
    }

    fn text(&self, member: &str) -> &str {
        self.get_raw().get(member).and_then(Value::as_str).unwrap_or_default()
    }

    fn set_lines(&mut self, member: &str, lines: &[&str]) -> &mut Self {
        if let Value::Object(map) = self.get_raw_mut() {
            map.insert(member.to_owned(), Value::from(lines.join("\n")));
        }
        self
    }

    /// The pip (or R) packages the version requires, one specification a
    /// line (`""` when there are none).
    pub fn get_required_packages(&self) -> &str {
        self.text("specPackageList")
    }

    /// Sets the packages the version requires.
    pub fn set_required_packages(&mut self, packages: &[&str]) -> &mut Self {
        self.set_lines("specPackageList", packages)
    }

    /// The conda packages the version requires, one specification a line
    /// (`""` when there are none).
    pub fn get_required_conda_spec(&self) -> &str {
        self.text("specCondaEnvironment")
    }

    /// Sets the conda packages the version requires.
    pub fn set_required_conda_spec(&mut self, spec: &[&str]) -> &mut Self {
        self.set_lines("specCondaEnvironment", spec)
    }
}

impl DssCodeStudioTemplateSettings {
    /// Whether an image is built for every container configuration
    /// (`allContainerConfs`, `false` when unset).
    pub fn get_built_for_all_container_confs(&self) -> bool {
        flag(&self.document, "allContainerConfs")
    }

    /// Sets the container configurations to build an image for: with
    /// `all`, `allContainerConfs` is `true` and the list is left as it is;
    /// otherwise it is `false` and `containerConfs` is the list.
    pub fn set_built_container_confs(&mut self, configs: &[&str], all: bool) -> &mut DssCodeStudioTemplateSettings {
        set_built_confs(&mut self.document, "allContainerConfs", "containerConfs", configs, all);
        self
    }
}
