//! Datasets: the hand-written half of [`DssDataset`]. Its one-request
//! methods come from `spec/datasets.dss`; what is here chooses among them
//! or chains them: `exists`, `rename`, `compute_metrics`, `run_checks`.

use serde_json::Value;

use crate::api::handles::DssDataset;
use crate::rt::{options_setters, Error, RequestOptions, Result};

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
    ///   as the body ([`compute_metrics_with_probes`](Self::compute_metrics_with_probes));
    /// - else `POST .../actions/computeMetrics` without a body: the metrics
    ///   set up on the dataset ([`compute_defined_metrics`](Self::compute_defined_metrics)).
    ///
    /// The partition is always sent (`partition=` when empty, for a dataset
    /// that is not partitioned).
    pub fn compute_metrics(&self) -> DatasetComputeMetrics<'_> {
        DatasetComputeMetrics {
            dataset: self,
            partition: String::new(),
            metric_ids: None,
            probes: None,
            opts: RequestOptions::default(),
        }
    }

    /// Runs checks of the dataset: set optional arguments by name on the
    /// request value, then `.send()`. With check ids, they are the body of
    /// `POST .../actions/runChecks` ([`run_checks_from_ids`](Self::run_checks_from_ids));
    /// without, the same request has no body and runs the checks set up on
    /// the dataset ([`run_defined_checks`](Self::run_defined_checks)).
    pub fn run_checks(&self) -> DatasetRunChecks<'_> {
        DatasetRunChecks {
            dataset: self,
            partition: String::new(),
            checks: None,
            opts: RequestOptions::default(),
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
    opts: RequestOptions,
}

impl std::fmt::Debug for DatasetComputeMetrics<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DssDataset::compute_metrics").finish_non_exhaustive()
    }
}

options_setters!(DatasetComputeMetrics<'a>, opts);

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

    /// Sends the request and returns the computation report.
    pub fn send(self) -> Result<Value> {
        let DatasetComputeMetrics {
            dataset,
            partition,
            metric_ids,
            probes,
            opts,
        } = self;
        match (metric_ids, probes) {
            (Some(ids), _) => dataset
                .compute_metrics_from_ids(ids)
                .partition(partition)
                .request_options(opts)
                .send(),
            (None, Some(probes)) => dataset
                .compute_metrics_with_probes(probes)
                .partition(partition)
                .request_options(opts)
                .send(),
            (None, None) => dataset
                .compute_defined_metrics()
                .partition(partition)
                .request_options(opts)
                .send(),
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
    opts: RequestOptions,
}

impl std::fmt::Debug for DatasetRunChecks<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DssDataset::run_checks").finish_non_exhaustive()
    }
}

options_setters!(DatasetRunChecks<'a>, opts);

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

    /// Sends the request and returns the checks report.
    pub fn send(self) -> Result<Value> {
        let DatasetRunChecks {
            dataset,
            partition,
            checks,
            opts,
        } = self;
        match checks {
            Some(checks) => dataset
                .run_checks_from_ids(checks)
                .partition(partition)
                .request_options(opts)
                .send(),
            None => dataset
                .run_defined_checks()
                .partition(partition)
                .request_options(opts)
                .send(),
        }
    }
}
