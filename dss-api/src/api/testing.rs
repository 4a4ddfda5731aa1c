//! Test scenarios, the times of a scenario run, the mean duration of a
//! scenario's runs, and the waiters of runs and jobs (dataikuapi's
//! `DSSScenarioRunWaiter` and `DSSJobWaiter`), over the requests of
//! `spec/scenarios.dss`, `spec/jobs.dss` and `spec/testing.dss`.

use std::time::{Duration, SystemTime};

use serde_json::Value;

use crate::api::handles::{
    DssJob, DssJobWaiter, DssProject, DssScenario, DssScenarioRun, DssScenarioRunWaiter, DssTriggerFire,
};
use crate::api::jobs::JobState;
use crate::api::pending::{Pending, Waiting};
use crate::rt::{options_setters, timed, RequestOptions, Result};
use crate::transport::wait::{wait_for, Poll, WaitOptions};

impl DssProject {
    /// The project's scenarios marked as tests (dataikuapi's
    /// `list_test_scenarios`): the scenarios of `list_scenarios` whose
    /// `markedAsTest` is true, as handles.
    pub fn list_test_scenarios(&self) -> Pending<'_, Vec<DssScenario>> {
        Pending::new(
            &crate::api::generated::endpoints::PROJECT_LIST_TEST_SCENARIOS,
            move |opts| {
                let scenarios: Vec<Value> = timed!(self.list_scenarios(), opts).send_as()?;
                Ok(scenarios
                    .iter()
                    .filter(|s| s.get("markedAsTest").and_then(Value::as_bool) == Some(true))
                    .filter_map(|s| s.get("id").and_then(Value::as_str))
                    .map(|id| self.get_scenario(id))
                    .collect())
            },
        )
    }
}

impl DssScenarioRun {
    /// When the run started (dataikuapi's `get_start_time`; see
    /// [`start_time`](Self::start_time)).
    pub fn get_start_time(&self) -> Option<SystemTime> {
        self.start_time()
    }

    /// When the run ended; `None` while it runs (dataikuapi's
    /// `get_end_time`, which raises then).
    pub fn get_end_time(&self) -> Option<SystemTime> {
        self.end_time()
    }

    /// How long the run took, or has been going for, against this
    /// machine's clock (dataikuapi's `get_duration`, in seconds there).
    pub fn get_duration(&self) -> Option<Duration> {
        self.duration()
    }
}

impl DssScenario {
    /// The mean duration of the scenario's last finished runs (dataikuapi's
    /// `get_average_duration`): reads the last `limit` finished runs
    /// (`get_last_runs`, default 3); `send` returns `None` when there are
    /// fewer.
    pub fn get_average_duration(&self) -> ScenarioGetAverageDuration<'_> {
        ScenarioGetAverageDuration {
            scenario: self,
            limit: 3,
            settings: RequestOptions::for_method(&crate::api::generated::endpoints::SCENARIO_GET_AVERAGE_DURATION),
        }
    }
}

/// Request value of [`DssScenario::get_average_duration`]: set optional
/// arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ScenarioGetAverageDuration<'a> {
    scenario: &'a DssScenario,
    limit: i64,
    settings: RequestOptions,
}

// Its request gets these settings.
options_setters!(ScenarioGetAverageDuration<'a>, settings);

impl ScenarioGetAverageDuration<'_> {
    /// How many finished runs to average (default 3).
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = limit;
        self
    }

    /// Reads the runs and averages their durations.
    pub fn send(self) -> Result<Option<Duration>> {
        let request = self.scenario.get_last_runs().limit(self.limit).only_finished_runs(true);
        let runs = timed!(request, &self.settings).send()?;
        let wanted = usize::try_from(self.limit).unwrap_or(0);
        if runs.is_empty() || runs.len() < wanted {
            return Ok(None);
        }
        let total: f64 = runs
            .iter()
            .map(|r| r.duration().unwrap_or_default().as_secs_f64())
            .sum();
        Ok(Some(Duration::from_secs_f64(total / runs.len() as f64)))
    }
}

impl From<(&DssScenarioRun, &DssTriggerFire)> for DssScenarioRunWaiter {
    /// A wait for the end of a run, followed through the trigger fire that
    /// started it (dataikuapi's `DSSScenarioRunWaiter(scenario_run,
    /// trigger_fire)`).
    fn from((run, fire): (&DssScenarioRun, &DssTriggerFire)) -> DssScenarioRunWaiter {
        DssScenarioRunWaiter {
            client: fire.client().clone(),
            project_key: fire.project_key().to_owned(),
            scenario_id: fire.scenario_id().to_owned(),
            trigger_id: fire.trigger_id().to_owned(),
            trigger_run_id: fire.run_id().to_owned(),
            run: Some(run.get_info().clone()),
        }
    }
}

impl From<&DssTriggerFire> for DssScenarioRunWaiter {
    /// A wait for the end of the run a trigger fire starts, before that
    /// run exists.
    fn from(fire: &DssTriggerFire) -> DssScenarioRunWaiter {
        DssScenarioRunWaiter {
            client: fire.client().clone(),
            project_key: fire.project_key().to_owned(),
            scenario_id: fire.scenario_id().to_owned(),
            trigger_id: fire.trigger_id().to_owned(),
            trigger_run_id: fire.run_id().to_owned(),
            run: None,
        }
    }
}

impl DssScenarioRunWaiter {
    /// Waits for the run to end (dataikuapi's `DSSScenarioRunWaiter.wait`,
    /// sending the same polls): nothing is sent when the run held has
    /// ended; else the fire's run is read
    /// (`GET /projects/{project_key}/scenarios/{scenario_id}/get-run-for-trigger`)
    /// until it has a result. Returns the run.
    ///
    /// A run that ends with anything but `SUCCESS` is [`Error::RunFailed`](crate::Error::RunFailed)
    /// unless `no_fail`. Passing the deadline of the wait options is
    /// [`Error::WaitTimeout`](crate::Error::WaitTimeout) naming the fire
    /// (kind `scenario trigger`, `<trigger id>/<fire id>`); the run is left
    /// going. Until the run exists, the fire's answer without one is waited
    /// on too (dataikuapi fails there).
    pub fn wait(&mut self) -> Waiting<'_, 'static, DssScenarioRun> {
        Waiting::new(
            &crate::api::generated::endpoints::SCENARIO_RUN_WAITER_WAIT,
            move |no_fail, opts, settings| self.wait_with(no_fail, opts, settings),
        )
    }

    fn wait_with(
        &mut self,
        no_fail: bool,
        mut opts: WaitOptions<'_>,
        settings: &RequestOptions,
    ) -> Result<DssScenarioRun> {
        let scenario = self
            .client
            .get_project(&self.project_key)
            .get_scenario(&self.scenario_id);
        let fire_id = format!("{}/{}", self.trigger_id, self.trigger_run_id);
        let ended = match self.run.clone().filter(|r| !r.running()) {
            Some(run) => run,
            None => wait_for(&mut opts, "scenario trigger", &fire_id, || {
                let request = scenario.get_run_for_trigger(&self.trigger_id, &self.trigger_run_id);
                let details = timed!(request, settings).send()?;
                if let Some(run) = details.scenario_run {
                    self.run = Some(run.clone());
                    if !run.running() {
                        return Ok(Poll::Ready(run));
                    }
                }
                let (state, details) = match &self.run {
                    Some(run) => ("RUNNING", serde_json::to_value(run).unwrap_or(Value::Null)),
                    None => ("WAITING", Value::Null),
                };
                Ok(Poll::Pending {
                    state: state.into(),
                    details,
                })
            })?,
        };
        match ended.failure() {
            Some(e) if !no_fail => Err(e),
            _ => ended.to_handle(&self.client),
        }
    }
}

impl From<&DssJob> for DssJobWaiter {
    /// A wait for the end of a job (dataikuapi's `DSSJobWaiter(job)`).
    fn from(job: &DssJob) -> DssJobWaiter {
        DssJobWaiter {
            client: job.client().clone(),
            project_key: job.project_key().to_owned(),
            id: job.id().to_owned(),
        }
    }
}

impl DssJobWaiter {
    /// Waits for the job to end and returns its final state (dataikuapi's
    /// `DSSJobWaiter.wait`): the polls and errors of [`DssJob::wait`].
    pub fn wait(&self) -> Waiting<'_, 'static, JobState> {
        Waiting::new(
            &crate::api::generated::endpoints::JOB_WAITER_WAIT,
            move |no_fail, opts, settings| {
                let job = self.client.get_project(&self.project_key).get_job(&self.id);
                Ok(job.wait_with(no_fail, opts, settings)?.state())
            },
        )
    }
}
