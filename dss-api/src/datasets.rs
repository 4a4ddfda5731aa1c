//! Datasets: the hand-written half of [`DssDataset`]. Its one-request
//! methods come from `spec/datasets.dss`; what is here chooses among them
//! or chains them: `exists`, `rename`, `compute_metrics`, `run_checks`.

use std::time::Duration;

use serde_json::Value;

use crate::api::handles::DssDataset;
use crate::rt::{Error, Result};
use crate::RetryPolicy;

/// The per-request settings of a hand-written request value, handed on to
/// each generated request it sends (through their public setters).
#[derive(Clone, Default)]
struct Settings {
    timeout: Option<Duration>,
    response_timeout: Option<Duration>,
    idle_timeout: Option<Duration>,
    /// `Some(None)`: no retries.
    retry: Option<Option<RetryPolicy>>,
}

/// Applies [`Settings`] to a generated request value.
macro_rules! with_settings {
    ($request:expr, $settings:expr) => {{
        let settings: &Settings = $settings;
        let mut request = $request;
        if let Some(t) = settings.timeout {
            request = request.timeout(t);
        }
        if let Some(t) = settings.response_timeout {
            request = request.response_timeout(t);
        }
        if let Some(t) = settings.idle_timeout {
            request = request.idle_timeout(t);
        }
        match &settings.retry {
            Some(Some(policy)) => request = request.retry(policy.clone()),
            Some(None) => request = request.no_retry(),
            None => {}
        }
        request
    }};
}

/// The setters of [`Settings`] on a hand-written request value with a
/// `settings` field (the same as those of generated request values).
macro_rules! settings_setters {
    ($what:literal) => {
        #[doc = concat!("Bounds each call ", $what, ", from connecting to the last byte of its answer (the client's overall timeout otherwise).")]
        pub fn timeout(mut self, timeout: Duration) -> Self {
            self.settings.timeout = Some(timeout);
            self
        }

        #[doc = concat!("Bounds the wait for the answer of each call ", $what, " to begin (the client's response timeout otherwise).")]
        pub fn response_timeout(mut self, timeout: Duration) -> Self {
            self.settings.response_timeout = Some(timeout);
            self
        }

        #[doc = concat!("Bounds the time with no byte moving while the answer of each call ", $what, " is read (the client's idle timeout otherwise).")]
        pub fn idle_timeout(mut self, timeout: Duration) -> Self {
            self.settings.idle_timeout = Some(timeout);
            self
        }

        #[doc = concat!("Retries each call ", $what, " with `policy` when it is safe to repeat (see [`RetryPolicy`](crate::RetryPolicy)), whatever the client's policy.")]
        pub fn retry(mut self, policy: RetryPolicy) -> Self {
            self.settings.retry = Some(Some(policy));
            self
        }

        #[doc = concat!("Sends each call ", $what, " once, whatever the client's retry policy.")]
        pub fn no_retry(mut self) -> Self {
            self.settings.retry = Some(None);
            self
        }
    };
}

impl DssDataset {
    /// Whether the dataset exists: reads its metadata
    /// (`GET /projects/{projectKey}/datasets/{datasetName}/metadata`).
    ///
    /// `false` only when DSS answers 404. Any other failure (no right to
    /// read it, a server error, a connection error) is an error: dataikuapi
    /// answers `false` for every failure, which would take an unreachable
    /// server for a missing dataset.
    pub fn exists(&self) -> Result<bool> {
        match self.get_metadata().send_as::<serde::de::IgnoredAny>() {
            Ok(_) => Ok(true),
            Err(e) if e.is_not_found() => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Renames the dataset and returns a handle on it under its new name
    /// (`POST /projects/{projectKey}/actions/renameDataset`, through
    /// [`DssProject::rename_dataset`](crate::DssProject::rename_dataset)).
    /// This handle keeps the old name.
    ///
    /// The dataset's current name is refused before anything is sent
    /// ([`Error::InvalidArgument`]), as dataikuapi does.
    pub fn rename(&self, new_name: &str) -> Result<DssDataset> {
        if new_name == self.dataset_name {
            return Err(Error::InvalidArgument {
                name: "new_name",
                reason: format!("the dataset is already named `{new_name}`"),
            });
        }
        self.client
            .get_project(&self.project_key)
            .rename_dataset(&self.dataset_name, new_name)
            .send()
    }

    /// Computes metrics of the dataset: set optional arguments by name on
    /// the request value, then `.send()`. Which request is sent depends on
    /// them, as in dataikuapi:
    ///
    /// - metric ids given: `POST .../actions/computeMetricsFromIds` with
    ///   those ids ([`compute_metrics_from_ids`](Self::compute_metrics_from_ids));
    ///   probes, if also given, are not sent;
    /// - else probes given: `POST .../actions/computeMetrics` with the probes
    ///   as the body ([`compute_metrics_from_probes`](Self::compute_metrics_from_probes));
    /// - else `POST .../actions/computeMetrics` without a body: the metrics
    ///   set up on the dataset ([`compute_configured_metrics`](Self::compute_configured_metrics)).
    ///
    /// The partition is always sent (`partition=` when empty, for a dataset
    /// that is not partitioned).
    pub fn compute_metrics(&self) -> DatasetComputeMetrics<'_> {
        DatasetComputeMetrics {
            dataset: self,
            partition: String::new(),
            metric_ids: None,
            probes: None,
            settings: Settings::default(),
        }
    }

    /// Runs checks of the dataset: set optional arguments by name on the
    /// request value, then `.send()`. With check ids, they are the body of
    /// `POST .../actions/runChecks` ([`run_checks_from_ids`](Self::run_checks_from_ids));
    /// without, the same request has no body and runs the checks set up on
    /// the dataset ([`run_configured_checks`](Self::run_configured_checks)).
    pub fn run_checks(&self) -> DatasetRunChecks<'_> {
        DatasetRunChecks {
            dataset: self,
            partition: String::new(),
            checks: None,
            settings: Settings::default(),
        }
    }
}

/// Request value of [`DssDataset::compute_metrics`]: set optional arguments
/// by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
pub struct DatasetComputeMetrics<'a> {
    dataset: &'a DssDataset,
    partition: String,
    metric_ids: Option<Vec<String>>,
    probes: Option<Value>,
    settings: Settings,
}

impl std::fmt::Debug for DatasetComputeMetrics<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DssDataset::compute_metrics").finish_non_exhaustive()
    }
}

impl DatasetComputeMetrics<'_> {
    /// Partition to compute them on (`ALL` for all of them).
    ///
    /// Default: `""` (a dataset that is not partitioned), sent as `partition=`.
    pub fn partition(mut self, partition: impl Into<String>) -> Self {
        self.partition = partition.into();
        self
    }

    /// Ids of the metrics to compute (`records:COUNT_RECORDS`, ...); they
    /// take precedence over probes.
    ///
    /// Unset by default.
    pub fn metric_ids(mut self, metric_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.metric_ids = Some(metric_ids.into_iter().map(Into::into).collect());
        self
    }

    /// A probes configuration to compute (`{"probes": [{"type": .., ..}]}`).
    ///
    /// Unset by default.
    pub fn probes(mut self, probes: Value) -> Self {
        self.probes = Some(probes);
        self
    }

    settings_setters!("this sends");

    /// Sends the request and returns the computation report.
    pub fn send(self) -> Result<Value> {
        let DatasetComputeMetrics {
            dataset,
            partition,
            metric_ids,
            probes,
            settings,
        } = self;
        match (metric_ids, probes) {
            (Some(ids), _) => {
                with_settings!(dataset.compute_metrics_from_ids(ids).partition(partition), &settings).send()
            }
            (None, Some(probes)) => with_settings!(
                dataset.compute_metrics_from_probes(probes).partition(partition),
                &settings
            )
            .send(),
            (None, None) => with_settings!(dataset.compute_configured_metrics().partition(partition), &settings).send(),
        }
    }
}

/// Request value of [`DssDataset::run_checks`]: set optional arguments by
/// name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
pub struct DatasetRunChecks<'a> {
    dataset: &'a DssDataset,
    partition: String,
    checks: Option<Vec<String>>,
    settings: Settings,
}

impl std::fmt::Debug for DatasetRunChecks<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DssDataset::run_checks").finish_non_exhaustive()
    }
}

impl DatasetRunChecks<'_> {
    /// Partition to run them on (`ALL` for all of them).
    ///
    /// Default: `""` (a dataset that is not partitioned), sent as `partition=`.
    pub fn partition(mut self, partition: impl Into<String>) -> Self {
        self.partition = partition.into();
        self
    }

    /// Ids of the checks to run (sent as the body, even when empty).
    ///
    /// Unset by default: the checks set up on the dataset run.
    pub fn checks(mut self, checks: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.checks = Some(checks.into_iter().map(Into::into).collect());
        self
    }

    settings_setters!("this sends");

    /// Sends the request and returns the checks report.
    pub fn send(self) -> Result<Value> {
        let DatasetRunChecks {
            dataset,
            partition,
            checks,
            settings,
        } = self;
        match checks {
            Some(checks) => with_settings!(dataset.run_checks_from_ids(checks).partition(partition), &settings).send(),
            None => with_settings!(dataset.run_configured_checks().partition(partition), &settings).send(),
        }
    }
}
