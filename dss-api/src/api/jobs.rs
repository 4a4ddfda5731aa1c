//! Jobs: the hand-written half of [`DssJob`] (its wait) and of the jobs of a
//! [`DssProject`] (the job builder, `start_job_and_wait`), over the requests
//! of `spec/jobs.dss` (`start_job`, `get_status`, ...).

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{Map, Value};

use crate::api::generated::models::{JobStatus, JobSummary};
use crate::api::handles::{DssDataset, DssJob, DssKnowledgeBank, DssProject, DssRecipe};
use crate::api::pending::{Pending, Waiting};
use crate::rt::{decode_value, options_setters, timed, DssClient, Endpoint, Error, RequestOptions, Result};
use crate::transport::wait::{wait_for, Poll, WaitOptions};

/// The job type `new_job` starts with, as dataikuapi's.
const DEFAULT_JOB_TYPE: &str = "NON_RECURSIVE_FORCED_BUILD";

/// The state of a job, as DSS reports it in `baseStatus.state`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobState {
    /// Queued, not started yet (`NOT_STARTED`).
    NotStarted,
    /// Working out what to build (`COMPUTING_DEPS`).
    ComputingDeps,
    /// Building (`RUNNING`).
    Running,
    /// Finished with success (`DONE`).
    Done,
    /// Finished with a failure (`FAILED`).
    Failed,
    /// Aborted by a user or by DSS (`ABORTED`).
    Aborted,
    /// A state this client does not know, as DSS wrote it; empty when DSS
    /// wrote none. Not finished, as far as waits are concerned.
    Unknown(String),
}

impl JobState {
    /// The state DSS names `state` (an unknown name is kept in
    /// [`JobState::Unknown`]).
    pub fn parse(state: &str) -> JobState {
        match state {
            "NOT_STARTED" => JobState::NotStarted,
            "COMPUTING_DEPS" => JobState::ComputingDeps,
            "RUNNING" => JobState::Running,
            "DONE" => JobState::Done,
            "FAILED" => JobState::Failed,
            "ABORTED" => JobState::Aborted,
            other => JobState::Unknown(other.to_owned()),
        }
    }

    /// The state as DSS writes it (`DONE`, `FAILED`, ...).
    pub fn as_str(&self) -> &str {
        match self {
            JobState::NotStarted => "NOT_STARTED",
            JobState::ComputingDeps => "COMPUTING_DEPS",
            JobState::Running => "RUNNING",
            JobState::Done => "DONE",
            JobState::Failed => "FAILED",
            JobState::Aborted => "ABORTED",
            JobState::Unknown(s) => s,
        }
    }

    /// Whether the job has ended: `DONE`, `FAILED` or `ABORTED`.
    pub fn is_finished(&self) -> bool {
        matches!(self, JobState::Done | JobState::Failed | JobState::Aborted)
    }

    /// Whether the job ended with success (`DONE`).
    pub fn is_success(&self) -> bool {
        matches!(self, JobState::Done)
    }
}

impl fmt::Display for JobState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A time DSS writes in milliseconds since the Unix epoch; 0 or less means
/// "not yet".
fn epoch_ms(ms: Option<i64>) -> Option<SystemTime> {
    let ms = u64::try_from(ms?).ok().filter(|&ms| ms > 0)?;
    UNIX_EPOCH.checked_add(Duration::from_millis(ms))
}

impl JobStatus {
    /// The job's state (`baseStatus.state`); [`JobState::Unknown`] with an
    /// empty name when DSS wrote none.
    pub fn state(&self) -> JobState {
        JobState::parse(
            self.base_status
                .as_ref()
                .and_then(|b| b.state.as_deref())
                .unwrap_or_default(),
        )
    }

    /// When the job started (`baseStatus.jobStartTime`), if it has.
    pub fn start_time(&self) -> Option<SystemTime> {
        epoch_ms(self.base_status.as_ref().and_then(|b| b.job_start_time))
    }

    /// When the job ended (`baseStatus.jobEndTime`), if it has.
    pub fn end_time(&self) -> Option<SystemTime> {
        epoch_ms(self.base_status.as_ref().and_then(|b| b.job_end_time))
    }
}

impl JobSummary {
    /// The job's state (`state`); [`JobState::Unknown`] with an empty name
    /// when DSS wrote none.
    pub fn job_state(&self) -> JobState {
        JobState::parse(self.state.as_deref().unwrap_or_default())
    }

    /// When the job started, if it has.
    pub fn start_time(&self) -> Option<SystemTime> {
        epoch_ms(self.start_time)
    }

    /// When the job ended, if it has.
    pub fn end_time(&self) -> Option<SystemTime> {
        epoch_ms(self.end_time)
    }

    /// The [`DssJob`] this item names (no request): its project and id are
    /// `projectKey` and `jobId` when DSS wrote them, else `def.projectKey`
    /// and `def.id` (as dataikuapi's `to_job`). An item with neither is
    /// [`Error::Decode`].
    pub fn to_handle(&self, client: &DssClient) -> Result<DssJob> {
        static JOB_SUMMARY_TO_HANDLE: Endpoint = Endpoint::local("JobSummary", "to_handle");
        let def = self.def.as_ref();
        let id = self.job_id.as_deref().or_else(|| def.and_then(|d| d.id.as_deref()));
        let project_key = self
            .project_key
            .as_deref()
            .or_else(|| def.and_then(|d| d.project_key.as_deref()));
        match (project_key, id) {
            (Some(project_key), Some(id)) => Ok(client.get_project(project_key).get_job(id)),
            _ => Err(Error::Decode {
                at: None,
                endpoint: &JOB_SUMMARY_TO_HANDLE,
                source: <serde_json::Error as serde::de::Error>::custom(
                    "the job item names no project key and job id (neither at the top level nor in `def`)",
                ),
            }),
        }
    }
}

impl DssJob {
    /// Waits for the job to end, polling its status
    /// (`GET /projects/{project_key}/jobs/{id}/`, the first poll at once), and
    /// returns its last status. dataikuapi's `DSSJobWaiter(job).wait().wait_options(no_fail).send()`,
    /// sending the same polls.
    ///
    /// A job that ends `FAILED` or `ABORTED` is [`Error::RunFailed`] (kind
    /// `job`, the job's id, its state, and its status as `details`), unless
    /// `no_fail` is set: then its status is returned whatever the state.
    /// Passing the deadline of `opts` is [`Error::WaitTimeout`]; the job is
    /// left running. Progress reports carry the job's state and its status.
    ///
    /// ```no_run
    /// # let client = dss_api::DssClient::new("http://localhost:11200", "key")?;
    /// use std::time::Duration;
    /// use dss_api::WaitOptions;
    ///
    /// let job = client.get_project("KEY").get_job("Build_ds1_2024-05-01T10-00-00.000");
    /// let opts = WaitOptions::new()
    ///     .deadline(Duration::from_secs(3600))
    ///     .on_progress(|p| eprintln!("job {}: {}", p.id, p.state));
    /// let status = job.wait().wait_options(opts).send()?;
    /// assert!(status.state().is_success());
    /// # Ok::<_, dss_api::Error>(())
    /// ```
    pub fn wait(&self) -> Waiting<'_, 'static, JobStatus> {
        Waiting::new(
            &crate::api::generated::endpoints::JOB_WAIT,
            move |no_fail, opts, settings| self.wait_with(no_fail, opts, settings),
        )
    }

    /// The job's status as the wait that started it last saw it (a build,
    /// `start_and_wait`): its final status, with no other request; `None`
    /// for a job not waited for through this handle.
    pub fn last_status(&self) -> Option<&JobStatus> {
        self.last_status.as_ref()
    }

    /// [`wait`](Self::wait), each poll with this timeout when one is given.
    pub(crate) fn wait_with(
        &self,
        no_fail: bool,
        mut opts: WaitOptions<'_>,
        settings: &RequestOptions,
    ) -> Result<JobStatus> {
        let (status, raw) = wait_for(&mut opts, "job", &self.id, || {
            let request = timed!(self.get_status(), settings);
            let raw: Value = request.send_as()?;
            let status: JobStatus = decode_value(raw.clone(), &crate::api::generated::endpoints::JOB_WAIT)?;
            let state = status.state();
            if state.is_finished() {
                Ok(Poll::Ready((status, raw)))
            } else {
                Ok(Poll::Pending {
                    state: state.as_str().to_owned(),
                    details: raw,
                })
            }
        })?;
        let state = status.state();
        if no_fail || state.is_success() {
            Ok(status)
        } else {
            Err(Error::RunFailed {
                kind: "job",
                id: self.id.clone(),
                outcome: state.as_str().to_owned(),
                details: Box::new(raw),
            })
        }
    }
}

impl DssProject {
    /// Starts building a job definition (no request): a job of type
    /// `NON_RECURSIVE_FORCED_BUILD` (change it with
    /// [`with_type`](JobDefinitionBuilder::with_type)) with no output yet.
    ///
    /// ```no_run
    /// # let client = dss_api::DssClient::new("http://localhost:11200", "key")?;
    /// let project = client.get_project("KEY");
    /// let job = project
    ///     .new_job()
    ///     .with_output("ds1", Some("DATASET"), None, None)
    ///     .start_and_wait()
    ///     .send()?; // an error if the job fails
    /// # Ok::<_, dss_api::Error>(())
    /// ```
    pub fn new_job(&self) -> JobDefinitionBuilder {
        let mut definition = Map::new();
        definition.insert("type".into(), Value::from(DEFAULT_JOB_TYPE));
        definition.insert("refreshHiveMetastore".into(), Value::Bool(false));
        definition.insert("outputs".into(), Value::Array(Vec::new()));
        definition.insert("autoUpdateSchemaBeforeEachRecipeRun".into(), Value::Bool(false));
        JobDefinitionBuilder {
            project: self.clone(),
            definition,
        }
    }

    /// [`new_job`](Self::new_job) under dataikuapi's old name, its type set
    /// (`with_type(job_type)`); no request.
    #[deprecated(note = "use `new_job` (and `with_type`)")]
    pub fn new_job_definition_builder(&self, job_type: &str) -> JobDefinitionBuilder {
        self.new_job().with_type(job_type)
    }

    /// Starts a job from a definition written by hand (as
    /// [`start_job`](Self::start_job)) and waits for it to end; `send`
    /// returns its final state (`DONE`, or the state it ended in when
    /// `no_fail` is set), as dataikuapi's. See [`DssJob::wait`].
    pub fn start_job_and_wait(&self, definition: Value) -> ProjectStartJobAndWait<'_, 'static> {
        ProjectStartJobAndWait {
            project: self,
            definition,
            no_fail: false,
            options: WaitOptions::default(),
            settings: RequestOptions::for_method(&crate::api::generated::endpoints::PROJECT_START_JOB_AND_WAIT),
        }
    }
}

/// Request value of [`DssProject::start_job_and_wait`]: set optional
/// arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ProjectStartJobAndWait<'a, 'f> {
    project: &'a DssProject,
    definition: Value,
    no_fail: bool,
    options: WaitOptions<'f>,
    settings: RequestOptions,
}

// Each of its requests gets these settings.
options_setters!(ProjectStartJobAndWait<'a, 'f>, settings);

impl<'a> ProjectStartJobAndWait<'a, '_> {
    /// Return the final state of a job that failed or was aborted instead
    /// of an error (default `false`).
    pub fn no_fail(mut self, no_fail: bool) -> Self {
        self.no_fail = no_fail;
        self
    }

    /// How to wait: poll intervals, a deadline, a progress callback.
    pub fn wait_options<'g>(self, options: WaitOptions<'g>) -> ProjectStartJobAndWait<'a, 'g> {
        ProjectStartJobAndWait {
            project: self.project,
            definition: self.definition,
            no_fail: self.no_fail,
            options,
            settings: self.settings,
        }
    }

    /// Starts the job (`POST /projects/{project_key}/jobs/`), waits for it,
    /// and returns its final state.
    pub fn send(self) -> Result<JobState> {
        let request = timed!(self.project.start_job(self.definition), &self.settings);
        let job = request.send()?;
        Ok(job.wait_with(self.no_fail, self.options, &self.settings)?.state())
    }
}

/// A job definition being built (dataikuapi's `JobDefinitionBuilder`), from
/// [`DssProject::new_job`]: set the type and options, add outputs, then
/// [`start`](Self::start) it or [`start_and_wait`](Self::start_and_wait).
/// The definition is the JSON dataikuapi builds, `null` members included
/// ([`get_definition`](Self::get_definition)).
#[derive(Debug, Clone)]
#[must_use = "a job definition does nothing until it is started"]
pub struct JobDefinitionBuilder {
    project: DssProject,
    definition: Map<String, Value>,
}

impl JobDefinitionBuilder {
    /// The kind of build: `NON_RECURSIVE_FORCED_BUILD` (the default: only
    /// the outputs, always), `RECURSIVE_BUILD` (what is out of date),
    /// `RECURSIVE_FORCED_BUILD` (everything upstream), or
    /// `RECURSIVE_MISSING_ONLY_BUILD`.
    pub fn with_type(mut self, job_type: impl Into<String>) -> Self {
        self.definition.insert("type".into(), Value::String(job_type.into()));
        self
    }

    /// Whether to update the Hive metastore of the HDFS datasets built
    /// (default `false`).
    pub fn with_refresh_metastore(mut self, refresh_metastore: bool) -> Self {
        self.definition
            .insert("refreshHiveMetastore".into(), Value::Bool(refresh_metastore));
        self
    }

    /// Whether to update the schema of each recipe's outputs before running
    /// it (default `false`).
    pub fn with_auto_update_schema_before_each_recipe_run(mut self, auto_update: bool) -> Self {
        self.definition
            .insert("autoUpdateSchemaBeforeEachRecipeRun".into(), Value::Bool(auto_update));
        self
    }

    /// Adds an output to build: `{"type", "id", "projectKey", "partition"}`,
    /// unset ones sent as `null` (DSS then takes a dataset of this project,
    /// all partitions).
    ///
    /// - `id`: the dataset's name, or the folder's, model's, ... id;
    /// - `object_type`: `DATASET`, `MANAGED_FOLDER`, `SAVED_MODEL`,
    ///   `STREAMING_ENDPOINT`, `MODEL_EVALUATION_STORE`, ...;
    /// - `object_project_key`: the project it is in, when not this one;
    /// - `partition`: the partitions to build, comma-separated, each a
    ///   pipe-separated list of dimension values.
    pub fn with_output(
        mut self,
        id: impl Into<String>,
        object_type: Option<&str>,
        object_project_key: Option<&str>,
        partition: Option<&str>,
    ) -> Self {
        let mut output = Map::new();
        output.insert("type".into(), object_type.map_or(Value::Null, Value::from));
        output.insert("id".into(), Value::String(id.into()));
        output.insert("projectKey".into(), object_project_key.map_or(Value::Null, Value::from));
        output.insert("partition".into(), partition.map_or(Value::Null, Value::from));
        match self.definition.get_mut("outputs") {
            Some(Value::Array(outputs)) => outputs.push(Value::Object(output)),
            _ => {
                self.definition
                    .insert("outputs".into(), Value::Array(vec![Value::Object(output)]));
            }
        }
        self
    }

    /// The definition as it will be sent.
    pub fn get_definition(&self) -> Value {
        Value::Object(self.definition.clone())
    }

    /// Starts the job (`POST /projects/{project_key}/jobs/`); `send`
    /// returns a handle on it, without waiting.
    pub fn start(&self) -> Pending<'_, DssJob> {
        Pending::new(&BUILDER_START, move |settings| {
            timed!(self.project.start_job(self.get_definition()), settings).send()
        })
    }

    /// Starts the job and waits for it to end; `send` returns the job (an
    /// error if it fails or is aborted, unless `no_fail` is set). See
    /// [`DssJob::wait`].
    pub fn start_and_wait(&self) -> JobStartAndWait<'_, 'static> {
        JobStartAndWait {
            builder: self,
            no_fail: false,
            options: WaitOptions::default(),
            settings: RequestOptions::for_method(&BUILDER_START_AND_WAIT),
        }
    }
}

/// Request value of [`JobDefinitionBuilder::start_and_wait`]: set optional
/// arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct JobStartAndWait<'a, 'f> {
    builder: &'a JobDefinitionBuilder,
    no_fail: bool,
    options: WaitOptions<'f>,
    settings: RequestOptions,
}

// Each of its requests gets these settings.
options_setters!(JobStartAndWait<'a, 'f>, settings);

impl<'a> JobStartAndWait<'a, '_> {
    /// Return the job even if it failed or was aborted (default `false`:
    /// that is [`Error::RunFailed`]).
    pub fn no_fail(mut self, no_fail: bool) -> Self {
        self.no_fail = no_fail;
        self
    }

    /// How to wait: poll intervals, a deadline, a progress callback.
    pub fn wait_options<'g>(self, options: WaitOptions<'g>) -> JobStartAndWait<'a, 'g> {
        JobStartAndWait {
            builder: self.builder,
            no_fail: self.no_fail,
            options,
            settings: self.settings,
        }
    }

    /// Starts the job, waits for it, and returns it.
    pub fn send(self) -> Result<DssJob> {
        let request = timed!(
            self.builder.project.start_job(self.builder.get_definition()),
            &self.settings
        );
        let mut job = request.send()?;
        job.last_status = Some(job.wait_with(self.no_fail, self.options, &self.settings)?);
        Ok(job)
    }
}

/// What a [`JobRun`] builds: a dataset by its name, or a recipe's first
/// output, found in the project's flow graph when the job is sent.
#[derive(Debug, Clone, Copy)]
enum RunTarget<'a> {
    Dataset(&'a DssDataset),
    Recipe(&'a DssRecipe),
    KnowledgeBank(&'a DssKnowledgeBank),
}

impl RunTarget<'_> {
    /// The public method a run is made by.
    fn endpoint(&self) -> &'static Endpoint {
        match self {
            RunTarget::Dataset(_) => &crate::api::generated::endpoints::DATASET_BUILD,
            RunTarget::Recipe(_) => &crate::api::generated::endpoints::RECIPE_RUN,
            RunTarget::KnowledgeBank(_) => &crate::api::generated::endpoints::KNOWLEDGE_BANK_BUILD,
        }
    }
}

/// `JobDefinitionBuilder::start_and_wait`, whose builder is not a handle of
/// the catalog.
static BUILDER_START_AND_WAIT: Endpoint = Endpoint::local("JobDefinitionBuilder", "start_and_wait");

/// `JobDefinitionBuilder::start`.
static BUILDER_START: Endpoint = Endpoint::local("JobDefinitionBuilder", "start");

/// Request value of [`DssDataset::build`] and [`DssRecipe::run`]: one job
/// building one output. Set optional arguments by name, then call
/// [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct JobRun<'a, 'f> {
    target: RunTarget<'a>,
    job_type: String,
    partitions: Option<Value>,
    wait: bool,
    no_fail: bool,
    options: WaitOptions<'f>,
    settings: RequestOptions,
}

// The start, every poll, and the graph read of a recipe get these settings.
options_setters!(JobRun<'a, 'f>, settings);

impl DssDataset {
    /// Builds the dataset with a job (dataikuapi's `build`): a job of type
    /// `job_type` (default `NON_RECURSIVE_FORCED_BUILD`) whose one output is
    /// this dataset, then, unless `wait(false)`, a wait for it to end;
    /// `send` returns the job.
    ///
    /// With `wait`, a job that fails or is aborted is [`Error::RunFailed`]
    /// unless `no_fail(true)`, which returns the job instead (dataikuapi
    /// ignores its `no_fail` here and raises anyway). Polls as
    /// [`DssJob::wait`] does, with these wait options.
    pub fn build(&self) -> JobRun<'_, 'static> {
        JobRun::new(RunTarget::Dataset(self))
    }
}

impl DssKnowledgeBank {
    /// Builds the knowledge bank: starts a job of type `job_type` (default
    /// `NON_RECURSIVE_FORCED_BUILD`) whose output is the knowledge bank
    /// (`RETRIEVABLE_KNOWLEDGE`), and `send` returns the job once it has
    /// ended, unless `wait(false)` (dataikuapi's `build`, sending the same
    /// requests); a failed or aborted job is an error unless
    /// `no_fail(true)`.
    pub fn build(&self) -> JobRun<'_, 'static> {
        JobRun::new(RunTarget::KnowledgeBank(self))
    }
}

impl DssRecipe {
    /// Runs the recipe: reads the project's flow graph
    /// (`GET /projects/{project_key}/flow/graph/`), takes the recipe's first
    /// output there, and builds it with a job of type `job_type` (default
    /// `NON_RECURSIVE_FORCED_BUILD`); `send` returns the job, once it has
    /// ended unless `wait(false)` (dataikuapi's `run`, sending the same
    /// requests).
    ///
    /// A recipe missing from the graph, without an output, or whose output
    /// is not something a job builds is [`Error::OperationFailed`], after
    /// the graph was read and before any job starts. With `wait`, a job
    /// that fails or is aborted is [`Error::RunFailed`] unless `no_fail`;
    /// see [`DssJob::wait`].
    pub fn run(&self) -> JobRun<'_, 'static> {
        JobRun::new(RunTarget::Recipe(self))
    }
}

impl<'a> JobRun<'a, '_> {
    fn new(target: RunTarget<'a>) -> Self {
        JobRun {
            target,
            job_type: DEFAULT_JOB_TYPE.to_owned(),
            partitions: None,
            wait: true,
            no_fail: false,
            options: WaitOptions::default(),
            settings: RequestOptions::for_method(target.endpoint()),
        }
    }

    /// The kind of build (default `NON_RECURSIVE_FORCED_BUILD`; see
    /// [`JobDefinitionBuilder::with_type`]).
    pub fn job_type(mut self, job_type: impl Into<String>) -> Self {
        self.job_type = job_type.into();
        self
    }

    /// The partitions to build, sent as given: a string (comma-separated,
    /// each a pipe-separated list of dimension values) or a list of such
    /// strings (default: none named, so all of them).
    pub fn partitions(mut self, partitions: impl Into<Value>) -> Self {
        self.partitions = Some(partitions.into());
        self
    }

    /// Wait for the job to end (default `true`); `false` returns the job
    /// once started.
    pub fn wait(mut self, wait: bool) -> Self {
        self.wait = wait;
        self
    }

    /// Return the job even if it failed or was aborted (default `false`).
    pub fn no_fail(mut self, no_fail: bool) -> Self {
        self.no_fail = no_fail;
        self
    }

    /// How to wait: poll intervals, a deadline, a progress callback.
    pub fn wait_options<'g>(self, options: WaitOptions<'g>) -> JobRun<'a, 'g> {
        JobRun {
            target: self.target,
            job_type: self.job_type,
            partitions: self.partitions,
            wait: self.wait,
            no_fail: self.no_fail,
            options,
            settings: self.settings,
        }
    }

    /// The project the job runs in.
    pub(crate) fn project(&self) -> DssProject {
        match self.target {
            RunTarget::Dataset(d) => d.client.get_project(&d.project_key),
            RunTarget::Recipe(r) => r.client.get_project(&r.project_key),
            RunTarget::KnowledgeBank(k) => k.client.get_project(&k.project_key),
        }
    }

    /// The dataset this builds (empty for a recipe's run).
    #[cfg(feature = "mock")]
    pub(crate) fn dataset_name(&self) -> &str {
        match self.target {
            RunTarget::Dataset(d) => &d.dataset_name,
            RunTarget::Recipe(_) | RunTarget::KnowledgeBank(_) => "",
        }
    }

    /// The recipe this runs, if it runs one.
    #[cfg(feature = "mock")]
    pub(crate) fn recipe(&self) -> Option<&'a DssRecipe> {
        match self.target {
            RunTarget::Recipe(r) => Some(r),
            RunTarget::Dataset(_) | RunTarget::KnowledgeBank(_) => None,
        }
    }

    /// The job definition that builds `id` (of `object_type`, a dataset
    /// when `None`), with this run's type and partitions.
    pub(crate) fn definition(&self, id: String, object_type: Option<&'static str>) -> Value {
        let mut definition = self
            .project()
            .new_job()
            .with_type(self.job_type.clone())
            .with_output(id, object_type, None, None)
            .get_definition();
        if let (Some(partitions), Some(output)) = (
            self.partitions.clone(),
            definition
                .get_mut("outputs")
                .and_then(|o| o.get_mut(0))
                .and_then(Value::as_object_mut),
        ) {
            output.insert("partition".to_owned(), partitions);
        }
        definition
    }

    /// Finds the output (for a recipe, by reading the flow graph), starts
    /// the job (`POST /projects/{project_key}/jobs/`), waits for it unless
    /// told not to, and returns it.
    pub fn send(self) -> Result<DssJob> {
        let (id, object_type) = match self.target {
            RunTarget::Dataset(d) => (d.dataset_name.clone(), None),
            RunTarget::KnowledgeBank(k) => (k.id.clone(), Some("RETRIEVABLE_KNOWLEDGE")),
            RunTarget::Recipe(r) => {
                let (id, object_type) = r.output_to_build(&self.settings)?;
                (id, Some(object_type))
            }
        };
        let definition = self.definition(id, object_type);
        let project = self.project();
        let mut job = timed!(project.start_job(definition), &self.settings).send()?;
        if self.wait {
            job.last_status = Some(job.wait_with(self.no_fail, self.options, &self.settings)?);
        }
        Ok(job)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_round_trip() {
        for s in [
            "NOT_STARTED",
            "COMPUTING_DEPS",
            "RUNNING",
            "DONE",
            "FAILED",
            "ABORTED",
            "WAITING",
            "",
        ] {
            assert_eq!(JobState::parse(s).as_str(), s);
        }
        assert!(JobState::parse("DONE").is_success());
        assert!(JobState::parse("ABORTED").is_finished());
        assert!(!JobState::parse("").is_finished());
        assert_eq!(JobState::parse("NEW"), JobState::Unknown("NEW".into()));
    }

    #[test]
    fn epoch_times() {
        assert_eq!(epoch_ms(Some(0)), None);
        assert_eq!(epoch_ms(Some(-5)), None);
        assert_eq!(epoch_ms(None), None);
        assert_eq!(
            epoch_ms(Some(1_714_557_600_000)),
            Some(UNIX_EPOCH + Duration::from_secs(1_714_557_600))
        );
    }
}
