//! Scenarios: the hand-written half of [`DssScenario`], [`DssTriggerFire`]
//! and [`DssScenarioRun`] (waits, settings with their script, runs picked
//! from the last ones, runs by date), over the requests of
//! `spec/scenarios.dss`.
//!
//! A run is asked for with [`DssScenario::run`], which gives a trigger fire;
//! DSS then starts a run for that fire, or cancels it. Every wait here
//! follows the fire to its own run (`get-run-for-trigger` with the fire's
//! trigger id and run id), never to "the last run" of the scenario, which
//! may be another one.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::Value;

use crate::api::generated::models::{ScenarioRunInfo, ScenarioStatus, TriggerFire};
use crate::api::handles::{DssScenario, DssScenarioRun, DssTriggerFire};
use crate::api::pending::{Pending, Waiting};
use crate::rt::{options_setters, timed, DssClient, Endpoint, Error, RequestOptions, Result};
use crate::transport::wait::{wait_for, Poll, WaitOptions};

/// How a scenario run ended.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScenarioOutcome {
    /// Every step succeeded (`SUCCESS`).
    Success,
    /// It ended with warnings (`WARNING`).
    Warning,
    /// A step failed (`FAILED`).
    Failed,
    /// It was aborted (`ABORTED`).
    Aborted,
    /// An outcome this client does not know, as DSS wrote it; empty when
    /// the run's result has none.
    Unknown(String),
}

impl ScenarioOutcome {
    /// The outcome DSS names `outcome` (an unknown name is kept in
    /// [`ScenarioOutcome::Unknown`]).
    pub fn parse(outcome: &str) -> ScenarioOutcome {
        match outcome {
            "SUCCESS" => ScenarioOutcome::Success,
            "WARNING" => ScenarioOutcome::Warning,
            "FAILED" => ScenarioOutcome::Failed,
            "ABORTED" => ScenarioOutcome::Aborted,
            other => ScenarioOutcome::Unknown(other.to_owned()),
        }
    }

    /// The outcome as DSS writes it (`SUCCESS`, `FAILED`, ...).
    pub fn as_str(&self) -> &str {
        match self {
            ScenarioOutcome::Success => "SUCCESS",
            ScenarioOutcome::Warning => "WARNING",
            ScenarioOutcome::Failed => "FAILED",
            ScenarioOutcome::Aborted => "ABORTED",
            ScenarioOutcome::Unknown(s) => s,
        }
    }

    /// Whether this is `SUCCESS` (a `WARNING` is not).
    pub fn is_success(&self) -> bool {
        matches!(self, ScenarioOutcome::Success)
    }
}

impl fmt::Display for ScenarioOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A time DSS writes in milliseconds since the Unix epoch; 0 or less means
/// "not yet".
fn epoch_ms(ms: i64) -> Option<SystemTime> {
    let ms = u64::try_from(ms).ok().filter(|&ms| ms > 0)?;
    UNIX_EPOCH.checked_add(Duration::from_millis(ms))
}

fn decode_error(endpoint: &'static Endpoint, what: String) -> Error {
    Error::Decode {
        at: None,
        endpoint,
        source: <serde_json::Error as serde::de::Error>::custom(what),
    }
}

/// A model as JSON, for the `details` of errors and progress reports.
fn as_json<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

impl ScenarioStatus {
    /// When the scenario is expected to run next (`nextRun`), if an active
    /// time-based trigger says.
    pub fn next_run_time(&self) -> Option<SystemTime> {
        epoch_ms(self.next_run?)
    }
}

impl ScenarioRunInfo {
    /// Whether the run is still going (it has no `result` yet).
    pub fn running(&self) -> bool {
        self.result.is_none()
    }

    /// How the run ended; `None` while it runs. A result without an outcome
    /// is [`ScenarioOutcome::Unknown`] with an empty name.
    pub fn outcome(&self) -> Option<ScenarioOutcome> {
        let result = self.result.as_ref()?;
        Some(ScenarioOutcome::parse(result.outcome.as_deref().unwrap_or_default()))
    }

    /// When the run started.
    pub fn start_time(&self) -> Option<SystemTime> {
        epoch_ms(self.start)
    }

    /// When the run ended; `None` while it runs.
    pub fn end_time(&self) -> Option<SystemTime> {
        epoch_ms(self.end)
    }

    /// How long the run took, or has been going for while it runs (measured
    /// against this machine's clock); `None` without a start time.
    pub fn duration(&self) -> Option<Duration> {
        let start = self.start_time()?;
        let end = self.end_time().unwrap_or_else(SystemTime::now);
        Some(end.duration_since(start).unwrap_or_default())
    }

    /// The definition of the trigger that started the run
    /// (`trigger.trigger`).
    pub fn trigger_definition(&self) -> Option<&Value> {
        self.trigger.as_ref()?.trigger.as_ref()
    }

    /// A [`DssScenarioRun`] for this run (no request), named by the run's
    /// `scenario.projectKey`, `scenario.id` and `runId` (as dataikuapi's).
    /// A run without its `scenario` is [`Error::Decode`].
    pub fn to_handle(&self, client: &DssClient) -> Result<DssScenarioRun> {
        let Some(scenario) = self.scenario.as_ref() else {
            static RUN_TO_HANDLE: Endpoint = Endpoint::local("ScenarioRunInfo", "to_handle");
            return Err(decode_error(
                &RUN_TO_HANDLE,
                format!("the scenario run {} does not name its scenario", self.run_id),
            ));
        };
        Ok(DssScenarioRun {
            client: client.clone(),
            project_key: scenario.project_key.clone(),
            scenario_id: scenario.id.clone(),
            run_id: self.run_id.clone(),
            run: self.clone(),
        })
    }

    pub(crate) fn failure(&self) -> Option<Error> {
        let outcome = self.outcome()?;
        if outcome.is_success() {
            return None;
        }
        let name = match outcome.as_str() {
            "" => "UNKNOWN".to_owned(),
            s => s.to_owned(),
        };
        Some(Error::RunFailed {
            kind: "scenario run",
            id: self.run_id.clone(),
            outcome: name,
            details: Box::new(as_json(self)),
        })
    }
}

/// The runs of the answers of `get-last-runs` and `get-runs-by-date`, as
/// handles.
fn handles(client: &DssClient, runs: Vec<ScenarioRunInfo>) -> Result<Vec<DssScenarioRun>> {
    runs.iter().map(|r| r.to_handle(client)).collect()
}

impl DssScenario {
    /// Runs the scenario and waits for the end of that run; `send` returns
    /// the run (dataikuapi's `run_and_wait`, sending the same requests).
    ///
    /// It asks for a run (`run`), follows the trigger fire DSS answers to
    /// *its* run (`get-run-for-trigger` with the fire's ids; another run of
    /// the scenario going on at the same time is never taken for it), then
    /// polls that run until it has a result. The trigger fire is read again
    /// every tenth poll until the run exists, to see whether DSS cancelled
    /// it.
    ///
    /// - A cancelled fire is [`Error::RunFailed`] (kind `scenario trigger`,
    ///   id `<trigger id>/<fire id>`, outcome `CANCELLED`), even with
    ///   `no_fail`: there is no run to return (dataikuapi crashes there).
    /// - A run that ends with anything but `SUCCESS` (`WARNING` included) is
    ///   [`Error::RunFailed`] (kind `scenario run`, the run's id, its
    ///   outcome, the run as `details`); with `no_fail` the run is returned.
    /// - Passing the deadline is [`Error::WaitTimeout`] naming the run once
    ///   it exists (kind `scenario run`), else the trigger fire (kind
    ///   `scenario trigger`); the work is left going.
    ///
    /// Progress reports name the trigger fire (kind `scenario trigger`);
    /// their state is `WAITING` until the run exists (details: the fire),
    /// then `RUNNING` (details: the run).
    ///
    /// ```no_run
    /// # let client = dss_api::DssClient::new("http://localhost:11200", "key")?;
    /// use std::time::Duration;
    /// use dss_api::WaitOptions;
    ///
    /// let scenario = client.get_project("KEY").get_scenario("nightly");
    /// let run = scenario
    ///     .run_and_wait()
    ///     .params(serde_json::json!({"day": "2024-05-01"}))
    ///     .wait_options(WaitOptions::new().deadline(Duration::from_secs(7200)))
    ///     .send()?;
    /// # Ok::<_, dss_api::Error>(())
    /// ```
    pub fn run_and_wait(&self) -> ScenarioRunAndWait<'_, 'static> {
        ScenarioRunAndWait {
            scenario: self,
            params: Value::Object(Default::default()),
            no_fail: false,
            options: WaitOptions::default(),
            settings: RequestOptions::for_method(&crate::api::generated::endpoints::SCENARIO_RUN_AND_WAIT),
        }
    }

    /// Lists the runs of the scenario from one day to another; `send` returns
    /// them as handles. The end defaults to today (the day `send` is called,
    /// in UTC), as dataikuapi's default is the day it was imported.
    pub fn get_runs_by_date(&self, from_date: impl Into<String>) -> ScenarioGetRunsByDate<'_> {
        ScenarioGetRunsByDate {
            scenario: self,
            from_date: from_date.into(),
            to_date: None,
            settings: RequestOptions::for_method(&crate::api::generated::endpoints::SCENARIO_GET_RUNS_BY_DATE),
        }
    }

    /// The run going on now, if any: the newest run (`get_last_runs`, limit
    /// 1), unless it has finished.
    pub fn get_current_run(&self) -> Pending<'_, Option<DssScenarioRun>> {
        Pending::new(
            &crate::api::generated::endpoints::SCENARIO_GET_CURRENT_RUN,
            move |settings| {
                let runs = timed!(self.get_last_runs().limit(1), settings).send()?;
                match runs.first() {
                    Some(run) if run.running() => Ok(Some(run.to_handle(&self.client)?)),
                    _ => Ok(None),
                }
            },
        )
    }

    /// The newest finished run among the last ten (`get_last_runs`), whatever
    /// its outcome; `None` if none of them has finished (dataikuapi raises
    /// `ValueError`).
    pub fn get_last_finished_run(&self) -> Pending<'_, Option<DssScenarioRun>> {
        Pending::new(
            &crate::api::generated::endpoints::SCENARIO_GET_LAST_FINISHED_RUN,
            move |settings| {
                let runs = timed!(self.get_last_runs(), settings).send()?;
                runs.iter()
                    .find(|r| !r.running())
                    .map(|r| r.to_handle(&self.client))
                    .transpose()
            },
        )
    }

    /// The newest run among the last ten finished ones
    /// (`get_last_runs(only_finished_runs=true)`) whose outcome is
    /// `SUCCESS`; `None` if there is none.
    ///
    /// Unlike dataikuapi, which returns the newest finished run without
    /// looking at its outcome (a failed run, say), this checks the outcome;
    /// the request is the same.
    pub fn get_last_successful_run(&self) -> Pending<'_, Option<DssScenarioRun>> {
        Pending::new(
            &crate::api::generated::endpoints::SCENARIO_GET_LAST_SUCCESSFUL_RUN,
            move |settings| {
                let runs = timed!(self.get_last_runs().only_finished_runs(true), settings).send()?;
                runs.iter()
                    .find(|r| r.outcome().is_some_and(|o| o.is_success()))
                    .map(|r| r.to_handle(&self.client))
                    .transpose()
            },
        )
    }
}

/// Request value of [`DssScenario::run_and_wait`]: set optional arguments
/// by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
pub struct ScenarioRunAndWait<'a, 'f> {
    scenario: &'a DssScenario,
    params: Value,
    no_fail: bool,
    options: WaitOptions<'f>,
    settings: RequestOptions,
}

// Each of its requests gets these settings.
options_setters!(ScenarioRunAndWait<'a, 'f>, settings);

impl fmt::Debug for ScenarioRunAndWait<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The parameters may hold anything (secrets included): not shown.
        f.debug_struct("DssScenario::run_and_wait")
            .field("scenario", self.scenario)
            .field("no_fail", &self.no_fail)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

/// What the wait of `run_and_wait` follows.
enum Phase {
    /// The fire has no run yet; polls since the fire was last read.
    Fire { polls: u32 },
    /// The fire's run, while it goes.
    Run(String),
}

impl<'a> ScenarioRunAndWait<'a, '_> {
    /// Parameters passed to the run (default `{}`).
    pub fn params(mut self, params: Value) -> Self {
        self.params = params;
        self
    }

    /// Return the run whatever its outcome instead of an error (default
    /// `false`); a cancelled trigger fire is an error all the same.
    pub fn no_fail(mut self, no_fail: bool) -> Self {
        self.no_fail = no_fail;
        self
    }

    /// How to wait: poll intervals, a deadline (over the whole wait), a
    /// progress callback.
    pub fn wait_options<'g>(self, options: WaitOptions<'g>) -> ScenarioRunAndWait<'a, 'g> {
        ScenarioRunAndWait {
            scenario: self.scenario,
            params: self.params,
            no_fail: self.no_fail,
            options,
            settings: self.settings,
        }
    }

    /// Asks for the run, waits for its end, and returns it.
    pub fn send(mut self) -> Result<DssScenarioRun> {
        let settings = &self.settings;
        let mut fire = timed!(self.scenario.run().params(self.params), settings).send()?;
        let fire_id = fire.fire_id();
        let mut phase = Phase::Fire { polls: 0 };
        let waited = wait_for(&mut self.options, "scenario trigger", &fire_id, || match &mut phase {
            Phase::Fire { polls } => {
                *polls += 1;
                if *polls == 10 {
                    *polls = 0;
                }
                let refresh = *polls == 0;
                if fire.cancelled_with(refresh, settings)? {
                    return Ok(Poll::Ready(None));
                }
                match fire.run_for_fire(settings)? {
                    None => Ok(Poll::Pending {
                        state: "WAITING".into(),
                        details: as_json(&fire.fire),
                    }),
                    Some(run) if !run.running() => Ok(Poll::Ready(Some(run))),
                    Some(run) => {
                        phase = Phase::Run(run.run_id.clone());
                        Ok(Poll::Pending {
                            state: "RUNNING".into(),
                            details: as_json(&run),
                        })
                    }
                }
            }
            Phase::Run(_) => match fire.run_for_fire(settings)? {
                Some(run) if !run.running() => Ok(Poll::Ready(Some(run))),
                Some(run) => Ok(Poll::Pending {
                    state: "RUNNING".into(),
                    details: as_json(&run),
                }),
                None => Ok(Poll::Pending {
                    state: "RUNNING".into(),
                    details: Value::Null,
                }),
            },
        });
        // `None`: the fire was cancelled. Past the deadline, what is left
        // going is the run once it exists.
        let end = match (waited, phase) {
            (Ok(end), _) => end,
            (Err(Error::WaitTimeout { waited, .. }), Phase::Run(id)) => {
                return Err(Error::WaitTimeout {
                    kind: "scenario run",
                    id,
                    waited,
                })
            }
            (Err(e), _) => return Err(e),
        };
        match end {
            None => Err(fire.cancelled_error()),
            Some(run) => match run.failure() {
                Some(e) if !self.no_fail => Err(e),
                _ => run.to_handle(&self.scenario.client),
            },
        }
    }
}

/// Request value of [`DssScenario::get_runs_by_date`]: set optional
/// arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ScenarioGetRunsByDate<'a> {
    scenario: &'a DssScenario,
    from_date: String,
    to_date: Option<String>,
    settings: RequestOptions,
}

// Each of its requests gets these settings.
options_setters!(ScenarioGetRunsByDate<'a>, settings);

impl ScenarioGetRunsByDate<'_> {
    /// The day the range ends, `YYYY-MM-DD`, excluded (default: today, in
    /// UTC, when sent).
    pub fn to_date(mut self, to_date: impl Into<String>) -> Self {
        self.to_date = Some(to_date.into());
        self
    }

    /// Sends `GET /projects/{project_key}/scenarios/{id}/get-runs-by-date`
    /// and returns the runs as handles.
    pub fn send(self) -> Result<Vec<DssScenarioRun>> {
        let to_date = self.to_date.unwrap_or_else(|| utc_date(SystemTime::now()));
        let runs = timed!(
            self.scenario.get_runs_by_date_range(self.from_date, to_date),
            &self.settings
        )
        .send()?;
        handles(&self.scenario.client, runs)
    }
}

/// The day `t` falls on in UTC, as `YYYY-MM-DD`.
fn utc_date(t: SystemTime) -> String {
    let (year, month, day) = utc_ymd(t);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The year, month and day `t` falls on in UTC.
pub(crate) fn utc_ymd(t: SystemTime) -> (i64, i64, i64) {
    let secs = t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = i64::try_from(secs / 86_400).unwrap_or(0) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl DssTriggerFire {
    /// The fire as last read (from the answer to `run`, or the last
    /// [`refresh`](Self::refresh)).
    pub fn get_raw(&self) -> &TriggerFire {
        &self.fire
    }

    /// The scenario of this fire (no request).
    fn scenario(&self) -> DssScenario {
        self.client
            .get_project(&self.project_key)
            .get_scenario(&self.scenario_id)
    }

    /// `<trigger id>/<fire id>`: how waits and errors name the fire.
    fn fire_id(&self) -> String {
        format!("{}/{}", self.trigger_id, self.run_id)
    }

    /// Whether DSS cancelled the fire (then no run comes of it), as last
    /// read (no request): dataikuapi's `is_cancelled()`; its
    /// `is_cancelled(refresh=True)` is [`refresh`](Self::refresh) first.
    pub fn is_cancelled(&self) -> bool {
        self.fire.cancelled
    }

    /// Reads the fire again
    /// (`GET /projects/{project_key}/scenarios/trigger/{scenario_id}/{trigger_id}?triggerRunId=..`)
    /// and keeps it; `send` returns whether it was cancelled.
    pub fn refresh(&mut self) -> Pending<'_, bool> {
        Pending::new(
            &crate::api::generated::endpoints::TRIGGER_FIRE_REFRESH,
            move |settings| self.cancelled_with(true, settings),
        )
    }

    fn cancelled_with(&mut self, refresh: bool, settings: &RequestOptions) -> Result<bool> {
        if refresh {
            let scenario = self.scenario();
            let again = timed!(scenario.get_trigger_fire(&self.trigger_id, &self.run_id), settings).send()?;
            self.fire = again.fire;
        }
        Ok(self.fire.cancelled)
    }

    /// The run DSS started for this fire, or `None` while there is none
    /// (`GET /projects/{project_key}/scenarios/{scenario_id}/get-run-for-trigger`
    /// with the fire's trigger id and fire id).
    pub fn get_scenario_run(&self) -> Pending<'_, Option<DssScenarioRun>> {
        Pending::new(
            &crate::api::generated::endpoints::TRIGGER_FIRE_GET_SCENARIO_RUN,
            move |settings| {
                self.run_for_fire(settings)?
                    .map(|r| r.to_handle(&self.client))
                    .transpose()
            },
        )
    }

    fn run_for_fire(&self, settings: &RequestOptions) -> Result<Option<ScenarioRunInfo>> {
        let scenario = self.scenario();
        let details = timed!(scenario.get_run_for_trigger(&self.trigger_id, &self.run_id), settings).send()?;
        Ok(details.scenario_run)
    }

    fn cancelled_error(&self) -> Error {
        Error::RunFailed {
            kind: "scenario trigger",
            id: self.fire_id(),
            outcome: "CANCELLED".into(),
            details: Box::new(as_json(&self.fire)),
        }
    }

    /// Waits until DSS starts the run of this fire, and returns it (maybe
    /// still going); dataikuapi's `wait_for_scenario_run`, sending the same
    /// requests: each poll asks for the fire's run, and every tenth one
    /// reads the fire again first, to see whether it was cancelled.
    ///
    /// A cancelled fire is [`Error::RunFailed`] (kind `scenario trigger`,
    /// id `<trigger id>/<fire id>`, outcome `CANCELLED`), or `Ok(None)` with
    /// `no_fail`. Passing the deadline of the wait options is
    /// [`Error::WaitTimeout`] naming the fire. Progress reports say
    /// `WAITING`, with the fire.
    pub fn wait_for_scenario_run(&mut self) -> Waiting<'_, 'static, Option<DssScenarioRun>> {
        Waiting::new(
            &crate::api::generated::endpoints::TRIGGER_FIRE_WAIT_FOR_SCENARIO_RUN,
            move |no_fail, opts, settings| self.wait_run(no_fail, opts, settings),
        )
    }

    fn wait_run(
        &mut self,
        no_fail: bool,
        mut opts: WaitOptions<'_>,
        settings: &RequestOptions,
    ) -> Result<Option<DssScenarioRun>> {
        let fire_id = self.fire_id();
        let mut polls = 0u32;
        let found = wait_for(&mut opts, "scenario trigger", &fire_id, || {
            polls += 1;
            if polls == 10 {
                polls = 0;
            }
            if self.cancelled_with(polls == 0, settings)? {
                return Ok(Poll::Ready(None));
            }
            match self.run_for_fire(settings)? {
                Some(run) => Ok(Poll::Ready(Some(run))),
                None => Ok(Poll::Pending {
                    state: "WAITING".into(),
                    details: as_json(&self.fire),
                }),
            }
        })?;
        match found {
            Some(run) => Ok(Some(run.to_handle(&self.client)?)),
            None if no_fail => Ok(None),
            None => Err(self.cancelled_error()),
        }
    }
}

impl DssScenarioRun {
    /// The run as last read (dataikuapi's `get_info`).
    pub fn get_info(&self) -> &ScenarioRunInfo {
        &self.run
    }

    /// Reads the run again (`get_details`) and keeps it; `send` returns it.
    pub fn refresh(&mut self) -> Pending<'_, &ScenarioRunInfo> {
        Pending::new(
            &crate::api::generated::endpoints::SCENARIO_RUN_REFRESH,
            move |settings| {
                self.refresh_with(settings)?;
                Ok(&self.run)
            },
        )
    }

    fn refresh_with(&mut self, settings: &RequestOptions) -> Result<()> {
        if let Some(run) = timed!(self.get_details(), settings).send()?.scenario_run {
            self.run = run;
        }
        Ok(())
    }

    /// Whether the run was still going when last read.
    pub fn running(&self) -> bool {
        self.run.running()
    }

    /// How the run ended, as last read; `None` while it runs.
    pub fn outcome(&self) -> Option<ScenarioOutcome> {
        self.run.outcome()
    }

    /// When the run started.
    pub fn start_time(&self) -> Option<SystemTime> {
        self.run.start_time()
    }

    /// When the run ended; `None` while it runs.
    pub fn end_time(&self) -> Option<SystemTime> {
        self.run.end_time()
    }

    /// How long the run took, or has been going for.
    pub fn duration(&self) -> Option<Duration> {
        self.run.duration()
    }

    /// The definition of the trigger that started the run.
    pub fn trigger(&self) -> Option<&Value> {
        self.run.trigger_definition()
    }

    /// Waits for the run to end and returns it as last read; dataikuapi's
    /// `wait_for_completion`, sending the same polls: none if the run had
    /// already ended when last read, else `get_details` until it has.
    ///
    /// A run that ends with anything but `SUCCESS` (`WARNING` included) is
    /// [`Error::RunFailed`] (kind `scenario run`, the run's id, its outcome,
    /// the run as `details`), unless `no_fail` is set. Passing the deadline
    /// of the wait options is [`Error::WaitTimeout`]; the run is left going.
    /// Progress reports say `RUNNING`, with the run.
    pub fn wait_for_completion(&mut self) -> Waiting<'_, 'static, &ScenarioRunInfo> {
        Waiting::new(
            &crate::api::generated::endpoints::SCENARIO_RUN_WAIT_FOR_COMPLETION,
            move |no_fail, opts, settings| self.wait_end(no_fail, opts, settings),
        )
    }

    fn wait_end(
        &mut self,
        no_fail: bool,
        mut opts: WaitOptions<'_>,
        settings: &RequestOptions,
    ) -> Result<&ScenarioRunInfo> {
        if self.run.running() {
            let run_id = self.run_id.clone();
            wait_for(&mut opts, "scenario run", &run_id, || {
                self.refresh_with(settings)?;
                let run = &self.run;
                if run.running() {
                    Ok(Poll::Pending {
                        state: "RUNNING".into(),
                        details: as_json(run),
                    })
                } else {
                    Ok(Poll::Ready(()))
                }
            })?;
        }
        match self.run.failure() {
            Some(e) if !no_fail => Err(e),
            _ => Ok(&self.run),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates() {
        let day = |secs: u64| utc_date(UNIX_EPOCH + Duration::from_secs(secs));
        assert_eq!(day(0), "1970-01-01");
        assert_eq!(day(1_714_557_600), "2024-05-01");
        assert_eq!(day(951_782_400), "2000-02-29");
        assert_eq!(day(1_735_689_599), "2024-12-31");
        assert_eq!(day(1_735_689_600), "2025-01-01");
    }

    #[test]
    fn outcomes() {
        for s in ["SUCCESS", "WARNING", "FAILED", "ABORTED", "SKIPPED", ""] {
            assert_eq!(ScenarioOutcome::parse(s).as_str(), s);
        }
        assert!(ScenarioOutcome::parse("SUCCESS").is_success());
        assert!(!ScenarioOutcome::parse("WARNING").is_success());
    }
}
