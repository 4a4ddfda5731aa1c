//! Recorded dataikuapi calls of this area and the Rust calls that replay
//! them (see `tests/objects.rs`): scenarios, their trigger fires and runs,
//! and the waits that follow a fire to its own run.
//!
//! Two calls are replayed although our result differs on purpose (the
//! requests are the same; the entries check our result):
//!
//! - `DSSScenario.run_and_wait (cancelled, no_fail=True)`: dataikuapi
//!   crashes (`AttributeError`) after its requests; ours returns `None`.
//! - `DSSScenario.get_last_successful_run (last finished run failed)`:
//!   dataikuapi returns the newest finished run without looking at its
//!   outcome (here a failed one); ours checks the outcome and finds none.

use std::time::{Duration, UNIX_EPOCH};

use anyhow::{bail, ensure};
use dss_api::{DssClient, DssScenario, Error, ScenarioOutcome, WaitOptions};
use dss_api_tests::CallFn;
use serde_json::json;

const RUN: &str = "2024-05-01-10-00-00-001";
const OLD_RUN: &str = "2024-04-30-10-00-00-000";

/// Polls as fast as the replay answers: the requests are compared, not the
/// sleeps between them.
fn fast() -> WaitOptions<'static> {
    WaitOptions::new()
        .first_interval(Duration::from_millis(1))
        .max_interval(Duration::from_millis(2))
}

fn sc1(c: &DssClient) -> DssScenario {
    c.get_project("PKEY").get_scenario("sc1")
}

/// The error of a run that ended with `outcome`.
fn ensure_run_failed<T: std::fmt::Debug>(result: dss_api::Result<T>, outcome: &str) -> anyhow::Result<()> {
    match result {
        Err(Error::RunFailed {
            kind,
            id,
            outcome: got,
            details,
        }) => {
            ensure!((kind, id.as_str(), got.as_str()) == ("scenario run", RUN, outcome));
            ensure!(details["result"]["outcome"] == outcome);
            Ok(())
        }
        other => bail!("a failed run expected, got {other:?}"),
    }
}

/// The error of a cancelled trigger fire.
fn ensure_cancelled<T: std::fmt::Debug>(result: dss_api::Result<T>) -> anyhow::Result<()> {
    match result {
        Err(Error::RunFailed {
            kind,
            id,
            outcome,
            details,
        }) => {
            ensure!((kind, id.as_str(), outcome.as_str()) == ("scenario trigger", "manual/tf-1", "CANCELLED"));
            ensure!(details["cancelled"] == true);
            Ok(())
        }
        other => bail!("a cancelled trigger fire expected, got {other:?}"),
    }
}

/// One Rust call per recorded Python call.
pub const CALLS: &[(&str, CallFn)] = &[
    ("DSSProject.list_scenarios (defaults)", |c| {
        let list = c.get_project("PKEY").list_scenarios().send()?;
        ensure!(list.len() == 1 && list[0].id == "sc1" && list[0].running == Some(false));
        Ok(())
    }),
    ("DSSProject.list_scenarios (all args)", |c| {
        // as_type='objects': the items' `to_handle`.
        let list = c.get_project("PKEY").list_scenarios().send()?;
        let scenario = list[0].to_handle(c);
        ensure!((scenario.project_key(), scenario.id()) == ("PKEY", "sc1"));
        Ok(())
    }),
    ("DSSProject.get_scenario", |c| {
        ensure!(sc1(c).id() == "sc1");
        Ok(())
    }),
    ("DSSProject.create_scenario (defaults)", |c| {
        let scenario = c
            .get_project("PKEY")
            .create_scenario("My scenario", "step_based")
            .send()?;
        ensure!(scenario.id() == "sc1");
        Ok(())
    }),
    ("DSSProject.create_scenario (all args)", |c| {
        let scenario = c
            .get_project("PKEY")
            .create_scenario("My scenario", "custom_python")
            .definition(json!({"params": {}, "active": true}))
            .send()?;
        ensure!(scenario.id() == "sc1");
        Ok(())
    }),
    ("DSSScenario.run (defaults)", |c| {
        let fire = sc1(c).run().send()?;
        ensure!((fire.trigger_id(), fire.run_id()) == ("manual", "tf-1"));
        ensure!(!fire.get_raw().cancelled);
        Ok(())
    }),
    ("DSSScenario.run (all args)", |c| {
        let fire = sc1(c).run().params(json!({"p1": "v1", "n": 2})).send()?;
        ensure!(fire.get_raw().params == Some(json!({"p1": "v1", "n": 2})));
        Ok(())
    }),
    ("DSSScenario.run_and_wait (defaults)", |c| {
        let run = sc1(c).run_and_wait().wait_options(fast()).send()?;
        ensure!(run.run_id() == RUN && run.outcome() == Some(ScenarioOutcome::Success));
        Ok(())
    }),
    ("DSSScenario.run_and_wait (all args, run fails)", |c| {
        let run = sc1(c)
            .run_and_wait()
            .params(json!({"p1": "v1"}))
            .no_fail(true)
            .wait_options(fast())
            .send()?;
        ensure!(run.outcome() == Some(ScenarioOutcome::Failed));
        Ok(())
    }),
    ("DSSScenario.run_and_wait (run fails)", |c| {
        ensure_run_failed(sc1(c).run_and_wait().wait_options(fast()).send(), "FAILED")
    }),
    ("DSSScenario.run_and_wait (run already finished on first sight)", |c| {
        let run = sc1(c).run_and_wait().wait_options(fast()).send()?;
        ensure!(run.outcome() == Some(ScenarioOutcome::Success));
        Ok(())
    }),
    ("DSSScenario.run_and_wait (slow start: trigger fire refreshed)", |c| {
        let mut states = Vec::new();
        let run = sc1(c)
            .run_and_wait()
            .wait_options(fast().on_progress(|p| states.push(p.state.to_owned())))
            .send()?;
        ensure!(run.run_id() == RUN);
        // 11 polls without a run, then one that finds it running.
        let mut want = vec!["WAITING"; 11];
        want.push("RUNNING");
        ensure!(states == want, "{states:?}");
        Ok(())
    }),
    ("DSSScenario.run_and_wait (cancelled)", |c| {
        ensure_cancelled(sc1(c).run_and_wait().wait_options(fast()).send())
    }),
    ("DSSScenario.run_and_wait (cancelled, no_fail=True)", |c| {
        // dataikuapi crashes here, after the same requests; there is no
        // run to return, so it is an error even with no_fail.
        ensure_cancelled(sc1(c).run_and_wait().no_fail(true).wait_options(fast()).send())
    }),
    ("DSSScenario.abort", |c| {
        ensure!(sc1(c).abort().send()? == json!({}));
        Ok(())
    }),
    ("DSSScenario.get_status", |c| {
        let status = sc1(c).get_status().send()?;
        ensure!(!status.running);
        ensure!(status.next_run_time() == Some(UNIX_EPOCH + Duration::from_millis(1_714_644_000_000)));
        Ok(())
    }),
    ("DSSScenario.get_settings (step based)", |c| {
        let settings = sc1(c).get_settings().send()?;
        ensure!(settings.is_step_based() && settings.code().is_none());
        ensure!(settings.raw_steps().is_some_and(|s| s[0]["id"] == "build_0"));
        Ok(())
    }),
    ("DSSScenarioSettings.save (step based)", |c| {
        let mut settings = sc1(c).get_settings().send()?;
        settings.set_active(false);
        settings.save().send()?;
        Ok(())
    }),
    ("DSSScenario.get_settings (script)", |c| {
        let settings = c.get_project("PKEY").get_scenario("sc2").get_settings().send()?;
        ensure!(settings.get_raw()["type"] == "custom_python" && !settings.is_step_based());
        ensure!(settings.code() == Some("# scenario script\nprint('hello')\n"));
        Ok(())
    }),
    ("PythonScriptBasedScenarioSettings.save (script)", |c| {
        let mut settings = c.get_project("PKEY").get_scenario("sc2").get_settings().send()?;
        settings.set_code("print(42)")?;
        settings.save().send()?;
        Ok(())
    }),
    ("DSSScenario.get_last_runs (defaults)", |c| {
        let runs = sc1(c).get_last_runs().send()?;
        ensure!(runs.len() == 2 && runs[0].running() && runs[0].outcome().is_none());
        ensure!(runs[1].run_id == OLD_RUN && runs[1].outcome() == Some(ScenarioOutcome::Success));
        Ok(())
    }),
    ("DSSScenario.get_last_runs (all args)", |c| {
        let runs = sc1(c).get_last_runs().limit(5).only_finished_runs(true).send()?;
        ensure!(runs.len() == 1 && runs[0].run_id == OLD_RUN);
        Ok(())
    }),
    ("DSSScenario.get_runs_by_date (defaults)", |c| {
        let runs = sc1(c).get_runs_by_date("2024-05-01").send()?;
        ensure!(runs.len() == 1 && runs[0].run_id() == OLD_RUN);
        Ok(())
    }),
    ("DSSScenario.get_runs_by_date (all args)", |c| {
        // Python gives datetimes; their day is what is sent.
        let runs = sc1(c).get_runs_by_date("2024-05-01").to_date("2024-05-02").send()?;
        ensure!(runs.len() == 1);
        Ok(())
    }),
    ("DSSScenario.get_runs_by_date (string dates)", |c| {
        let runs = sc1(c).get_runs_by_date("2024-05-01").to_date("2024-05-02").send()?;
        ensure!(runs[0].outcome() == Some(ScenarioOutcome::Success));
        Ok(())
    }),
    ("DSSScenario.get_run", |c| {
        let run = sc1(c).get_run(RUN).send()?;
        ensure!(run.run_id() == RUN && run.running());
        Ok(())
    }),
    ("DSSScenario.get_current_run", |c| {
        let run = sc1(c).get_current_run().send()?;
        ensure!(run.is_some_and(|r| r.run_id() == RUN && r.running()));
        Ok(())
    }),
    ("DSSScenario.get_last_finished_run", |c| {
        let run = sc1(c).get_last_finished_run().send()?;
        ensure!(run.is_some_and(|r| r.run_id() == OLD_RUN));
        Ok(())
    }),
    ("DSSScenario.get_last_successful_run", |c| {
        let run = sc1(c).get_last_successful_run().send()?;
        ensure!(run.is_some_and(|r| r.run_id() == OLD_RUN && r.outcome() == Some(ScenarioOutcome::Success)));
        Ok(())
    }),
    ("DSSScenario.get_last_successful_run (last finished run failed)", |c| {
        // dataikuapi returns the failed run; we check the outcome.
        ensure!(sc1(c).get_last_successful_run().send()?.is_none());
        Ok(())
    }),
    ("DSSScenario.delete", |c| {
        ensure!(sc1(c).delete().send()? == json!({}));
        Ok(())
    }),
    ("DSSTriggerFire.wait_for_scenario_run (defaults)", |c| {
        let run = sc1(c)
            .run()
            .send()?
            .wait_for_scenario_run()
            .wait_options(fast())
            .send()?;
        ensure!(run.is_some_and(|r| r.run_id() == RUN && r.running()));
        Ok(())
    }),
    ("DSSTriggerFire.wait_for_scenario_run (all args)", |c| {
        let run = sc1(c)
            .run()
            .send()?
            .wait_for_scenario_run()
            .no_fail(true)
            .wait_options(fast())
            .send()?;
        ensure!(run.is_some_and(|r| r.run_id() == RUN));
        Ok(())
    }),
    ("DSSTriggerFire.wait_for_scenario_run (slow start)", |c| {
        let run = sc1(c)
            .run()
            .send()?
            .wait_for_scenario_run()
            .wait_options(fast())
            .send()?;
        ensure!(run.is_some_and(|r| r.run_id() == RUN));
        Ok(())
    }),
    ("DSSTriggerFire.wait_for_scenario_run (cancelled)", |c| {
        ensure_cancelled(sc1(c).run().send()?.wait_for_scenario_run().wait_options(fast()).send())
    }),
    ("DSSTriggerFire.wait_for_scenario_run (cancelled, no_fail=True)", |c| {
        let mut fire = sc1(c).run().send()?;
        ensure!(fire
            .wait_for_scenario_run()
            .no_fail(true)
            .wait_options(fast())
            .send()?
            .is_none());
        ensure!(fire.get_raw().cancelled);
        Ok(())
    }),
    ("DSSTriggerFire.get_scenario_run", |c| {
        let run = sc1(c).run().send()?.get_scenario_run().send()?;
        ensure!(run.is_some_and(|r| r.run_id() == RUN));
        Ok(())
    }),
    ("DSSTriggerFire.get_scenario_run (no run yet)", |c| {
        ensure!(sc1(c).run().send()?.get_scenario_run().send()?.is_none());
        Ok(())
    }),
    ("DSSTriggerFire.is_cancelled (defaults)", |c| {
        ensure!(!sc1(c).run().send()?.is_cancelled());
        Ok(())
    }),
    ("DSSTriggerFire.is_cancelled (all args)", |c| {
        ensure!(!sc1(c).run().send()?.refresh().send()?);
        Ok(())
    }),
    ("DSSScenarioRun.refresh", |c| {
        let mut run = sc1(c).get_run(RUN).send()?;
        ensure!(run.running());
        run.refresh().send()?;
        ensure!(run.outcome() == Some(ScenarioOutcome::Success));
        Ok(())
    }),
    ("DSSScenarioRun.get_details", |c| {
        let details = sc1(c).get_run(RUN).send()?.get_details().send()?;
        ensure!(details.scenario_run.is_some_and(|r| r.run_id == RUN));
        ensure!(details.step_runs.len() == 1);
        ensure!(details.step_runs[0]["result"]["outcome"] == "SUCCESS");
        ensure!(details.step_runs[0]["additionalReportItems"][0]["jobId"] == "job-1");
        Ok(())
    }),
    ("DSSScenarioRun.wait_for_completion (defaults)", |c| {
        let mut run = sc1(c).get_run(RUN).send()?;
        let info = run.wait_for_completion().wait_options(fast()).send()?;
        ensure!(!info.running());
        ensure!(run.outcome() == Some(ScenarioOutcome::Success));
        Ok(())
    }),
    ("DSSScenarioRun.wait_for_completion (all args, run fails)", |c| {
        let mut run = sc1(c).get_run(RUN).send()?;
        run.wait_for_completion().no_fail(true).wait_options(fast()).send()?;
        ensure!(run.outcome() == Some(ScenarioOutcome::Failed));
        Ok(())
    }),
    ("DSSScenarioRun.wait_for_completion (run fails)", |c| {
        let mut run = sc1(c).get_run(RUN).send()?;
        ensure_run_failed(run.wait_for_completion().wait_options(fast()).send(), "FAILED")
    }),
    ("DSSScenarioRun.wait_for_completion (running for 3 polls)", |c| {
        let mut run = sc1(c).get_run(RUN).send()?;
        let mut polls = 0;
        run.wait_for_completion()
            .wait_options(fast().on_progress(|p| polls = p.polls))
            .send()?;
        ensure!(polls == 2 && !run.running());
        Ok(())
    }),
    ("DSSScenarioRun.get_log (defaults)", |c| {
        let run = sc1(c).get_run(RUN).send()?;
        let log = std::io::read_to_string(run.get_log().send()?)?;
        ensure!(log == "[2024/05/01-10:00:00] INFO scenario log\n");
        Ok(())
    }),
    ("DSSScenarioRun.get_log (all args)", |c| {
        let run = sc1(c).get_run(RUN).send()?;
        let log = std::io::read_to_string(run.get_log().step_id("build_0").send()?)?;
        ensure!(log.ends_with("of step build_0\n"));
        Ok(())
    }),
    ("DSSScenarioRun.properties (finished run)", |c| {
        let run = sc1(c).get_run(RUN).send()?;
        ensure!(run.run_id() == RUN && !run.running());
        ensure!(run.outcome() == Some(ScenarioOutcome::Success));
        ensure!(run.start_time() == Some(UNIX_EPOCH + Duration::from_secs(1_714_557_600)));
        ensure!(run.end_time() == Some(UNIX_EPOCH + Duration::from_secs(1_714_557_660)));
        ensure!(run.duration() == Some(Duration::from_secs(60)));
        ensure!(run.trigger().is_some_and(|t| t["id"] == "manual"));
        Ok(())
    }),
    ("DSSScenarioRun.properties (running run)", |c| {
        let run = sc1(c).get_run(RUN).send()?;
        ensure!(run.run_id() == RUN && run.running());
        ensure!(run.start_time() == Some(UNIX_EPOCH + Duration::from_secs(1_714_557_600)));
        Ok(())
    }),
    ("DSSScenarioRun.outcome (running run)", |c| {
        // dataikuapi raises ValueError; the outcome is `None` while it runs.
        ensure!(sc1(c).get_run(RUN).send()?.outcome().is_none());
        Ok(())
    }),
    ("DSSScenarioRun.end_time (running run)", |c| {
        // dataikuapi raises ValueError; the end time is `None` while it runs.
        ensure!(sc1(c).get_run(RUN).send()?.end_time().is_none());
        Ok(())
    }),
];

/// Recorded calls of this area that are not replayed, each with the reason
/// (a deliberate difference, tested in this area's own tests).
pub const NOT_REPLAYED: &[(&str, &str)] = &[];
