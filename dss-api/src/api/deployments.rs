//! Deployments of both deployers: their status (the light and the heavy
//! one, read one after the other, as dataikuapi reads them), their health
//! typed, and the read of one update (the last one, or one named by when it
//! started), over the generated requests.

use std::fmt;

use serde_json::Value;

use crate::api::generated::models::{
    ApiDeploymentLightStatus, DeploymentHealthMessages, DeploymentHeavyStatus, DeploymentUpdate,
    ProjectDeploymentLightStatus,
};
use crate::api::handles::{DssApiDeployerDeployment, DssProjectDeployerDeployment};
use crate::api::pending::Pending;
use crate::rt::{timed, Error, RequestOptions, Result};

/// The health of a deployment, as its heavy status says it
/// (`health`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeploymentHealth {
    /// Working as it should (`HEALTHY`).
    Healthy,
    /// Working, with warnings (`WARNING`).
    Warning,
    /// Not working as it should (`UNHEALTHY`).
    Unhealthy,
    /// In error (`ERROR`).
    Error,
    /// What is deployed differs from the deployment's settings: an update
    /// is due (`OUT_OF_SYNC`).
    OutOfSync,
    /// DSS does not know (`UNKNOWN`).
    Unknown,
    /// A health this client does not know, as DSS wrote it (empty when the
    /// status has none).
    Other(String),
}

impl DeploymentHealth {
    /// The health DSS names `health` (an unknown name is kept in
    /// [`DeploymentHealth::Other`]).
    pub fn parse(health: &str) -> DeploymentHealth {
        match health {
            "HEALTHY" => DeploymentHealth::Healthy,
            "WARNING" => DeploymentHealth::Warning,
            "UNHEALTHY" => DeploymentHealth::Unhealthy,
            "ERROR" => DeploymentHealth::Error,
            "OUT_OF_SYNC" => DeploymentHealth::OutOfSync,
            "UNKNOWN" => DeploymentHealth::Unknown,
            other => DeploymentHealth::Other(other.to_owned()),
        }
    }

    /// DSS's name for it.
    pub fn as_str(&self) -> &str {
        match self {
            DeploymentHealth::Healthy => "HEALTHY",
            DeploymentHealth::Warning => "WARNING",
            DeploymentHealth::Unhealthy => "UNHEALTHY",
            DeploymentHealth::Error => "ERROR",
            DeploymentHealth::OutOfSync => "OUT_OF_SYNC",
            DeploymentHealth::Unknown => "UNKNOWN",
            DeploymentHealth::Other(s) => s,
        }
    }

    /// Whether the deployment works (`HEALTHY` or `WARNING`).
    pub fn is_working(&self) -> bool {
        matches!(self, DeploymentHealth::Healthy | DeploymentHealth::Warning)
    }
}

impl fmt::Display for DeploymentHealth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl DeploymentHeavyStatus {
    /// The health, typed (`Other("")` when the status has none).
    pub fn health_state(&self) -> DeploymentHealth {
        DeploymentHealth::parse(self.health.as_deref().unwrap_or_default())
    }
}

impl DeploymentUpdate {
    /// The lines of the update's log (`logs.lines`; `None` when the update
    /// has no log, as dataikuapi's `logs`).
    pub fn log_lines(&self) -> Option<Vec<&str>> {
        let lines = self.logs.as_ref()?.get("lines")?.as_array()?;
        Some(lines.iter().map(|l| l.as_str().unwrap_or_default()).collect())
    }
}

/// The status of a Project Deployer deployment (dataikuapi's
/// `DSSProjectDeployerDeploymentStatus`): its light status (what is
/// deployed where) and its heavy status (its health), read one after the
/// other by [`DssProjectDeployerDeployment::get_status`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DssProjectDeployerDeploymentStatus {
    /// The deployment's id.
    pub deployment_id: String,
    /// The light status.
    pub light: ProjectDeploymentLightStatus,
    /// The heavy status.
    pub heavy: DeploymentHeavyStatus,
}

impl DssProjectDeployerDeploymentStatus {
    /// The light (summary) status: what is deployed where.
    pub fn get_light(&self) -> &ProjectDeploymentLightStatus {
        &self.light
    }

    /// The heavy (full) status: the health and why.
    pub fn get_heavy(&self) -> &DeploymentHeavyStatus {
        &self.heavy
    }

    /// The deployment's health.
    pub fn get_health(&self) -> DeploymentHealth {
        self.heavy.health_state()
    }

    /// The messages that explain the health (`None` when there are none).
    pub fn get_health_messages(&self) -> Option<&DeploymentHealthMessages> {
        self.heavy.health_messages.as_ref()
    }
}

/// The status of an API Deployer deployment (dataikuapi's
/// `DSSAPIDeployerDeploymentStatus`): its light status (what is deployed
/// where, whether enabled) and its heavy status (its health, its API
/// nodes), read one after the other by
/// [`DssApiDeployerDeployment::get_status`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DssApiDeployerDeploymentStatus {
    /// The deployment's id.
    pub deployment_id: String,
    /// The light status.
    pub light: ApiDeploymentLightStatus,
    /// The heavy status.
    pub heavy: DeploymentHeavyStatus,
}

impl DssApiDeployerDeploymentStatus {
    /// The light (summary) status: what is deployed where.
    pub fn get_light(&self) -> &ApiDeploymentLightStatus {
        &self.light
    }

    /// The heavy (full) status: the health, the API nodes.
    pub fn get_heavy(&self) -> &DeploymentHeavyStatus {
        &self.heavy
    }

    /// The deployment's health.
    pub fn get_health(&self) -> DeploymentHealth {
        self.heavy.health_state()
    }

    /// The messages that explain the health (`None` when there are none).
    pub fn get_health_messages(&self) -> Option<&DeploymentHealthMessages> {
        self.heavy.health_messages.as_ref()
    }

    /// The URLs the deployed service answers at,
    /// `{node}/public/api/v1/{service}`: one per API node of a static
    /// infrastructure, else the one public URL. The service is the deployed
    /// service id when the deployment has one, else the published one. A
    /// deployment that has neither API nodes nor a public URL yet (still
    /// starting) is [`Error::Decode`], where dataikuapi raises.
    pub fn get_service_urls(&self) -> Result<Vec<String>> {
        let info = self.light.deployment_basic_info.as_ref();
        let service = info
            .and_then(|i| i.deployed_service_id.as_deref().or(i.published_service_id.as_deref()))
            .unwrap_or_default();
        let nodes: Option<Vec<Value>> = self.heavy.extra.get("apiNodes").ok().flatten();
        if let Some(nodes) = nodes {
            return Ok(nodes
                .iter()
                .map(|n| {
                    let url = n.get("url").and_then(Value::as_str).unwrap_or_default();
                    format!("{url}/public/api/v1/{service}")
                })
                .collect());
        }
        match self.heavy.extra.get::<String>("publicURL").ok().flatten() {
            Some(url) => Ok(vec![format!("{url}/public/api/v1/{service}")]),
            None => Err(Error::Decode {
                at: None,
                endpoint: &crate::api::generated::endpoints::API_DEPLOYER_DEPLOYMENT_GET_STATUS,
                source: <serde_json::Error as serde::de::Error>::custom(format!(
                    "deployment {}: no API node and no public URL in its status (it may still be starting)",
                    self.deployment_id
                )),
            }),
        }
    }
}

impl DssProjectDeployerDeployment {
    /// Reads the light status (`GET /project-deployer/deployments/{id}`),
    /// then the heavy one (`.../status`), as dataikuapi does.
    pub fn get_status(&self) -> Pending<'_, DssProjectDeployerDeploymentStatus> {
        Pending::new(
            &crate::api::generated::endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_STATUS,
            move |opts| {
                let light = timed!(self.get_light_status(), opts).send()?;
                let heavy = timed!(self.get_heavy_status(), opts).send()?;
                Ok(DssProjectDeployerDeploymentStatus {
                    deployment_id: self.deployment_id.clone(),
                    light,
                    heavy,
                })
            },
        )
    }

    /// Reads one update of the deployment, with its log: the last one
    /// (`GET .../last-update`), or with
    /// [`timestamp`](DeploymentGetUpdate::timestamp) the one that started
    /// then (`GET .../update/{timestamp}`).
    pub fn get_update(&self) -> DeploymentGetUpdate<'_> {
        DeploymentGetUpdate {
            owner: Owner::Project(self),
            timestamp: None,
            opts: RequestOptions::for_method(&crate::api::generated::endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_UPDATE),
        }
    }
}

impl DssApiDeployerDeployment {
    /// Reads the light status (`GET /api-deployer/deployments/{id}`), then
    /// the heavy one (`.../status`), as dataikuapi does.
    pub fn get_status(&self) -> Pending<'_, DssApiDeployerDeploymentStatus> {
        Pending::new(
            &crate::api::generated::endpoints::API_DEPLOYER_DEPLOYMENT_GET_STATUS,
            move |opts| {
                let light = timed!(self.get_light_status(), opts).send()?;
                let heavy = timed!(self.get_heavy_status(), opts).send()?;
                Ok(DssApiDeployerDeploymentStatus {
                    deployment_id: self.deployment_id.clone(),
                    light,
                    heavy,
                })
            },
        )
    }

    /// Reads one update of the deployment, with its log: the last one
    /// (`GET .../last-update`), or with
    /// [`timestamp`](DeploymentGetUpdate::timestamp) the one that started
    /// then (`GET .../update/{timestamp}`).
    pub fn get_update(&self) -> DeploymentGetUpdate<'_> {
        DeploymentGetUpdate {
            owner: Owner::Api(self),
            timestamp: None,
            opts: RequestOptions::for_method(&crate::api::generated::endpoints::API_DEPLOYER_DEPLOYMENT_GET_UPDATE),
        }
    }
}

/// The deployment an update is read from.
#[derive(Debug)]
enum Owner<'a> {
    Project(&'a DssProjectDeployerDeployment),
    Api(&'a DssApiDeployerDeployment),
}

/// Request value of `get_update` of a deployment of either deployer: set
/// the optional timestamp, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct DeploymentGetUpdate<'a> {
    owner: Owner<'a>,
    timestamp: Option<i64>,
    opts: RequestOptions,
}

crate::rt::options_setters!(DeploymentGetUpdate<'a>, opts);

impl DeploymentGetUpdate<'_> {
    /// The update that started at this time (ms since the Unix epoch, as
    /// `list_updates` gives it); unset (dataikuapi's default): the last
    /// update.
    pub fn timestamp(mut self, timestamp: i64) -> Self {
        self.timestamp = Some(timestamp);
        self
    }

    /// Reads the update.
    pub fn send(self) -> Result<DeploymentUpdate> {
        match (self.owner, self.timestamp) {
            (Owner::Project(d), None) => d.get_last_update().request_options(self.opts).send(),
            (Owner::Project(d), Some(t)) => d.get_update_at(t).request_options(self.opts).send(),
            (Owner::Api(d), None) => d.get_last_update().request_options(self.opts).send(),
            (Owner::Api(d), Some(t)) => d.get_update_at(t).request_options(self.opts).send(),
        }
    }
}
