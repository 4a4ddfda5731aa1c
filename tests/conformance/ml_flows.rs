//! Conformance of the machine learning methods written by hand (the waits
//! of an ML task, the reads made of a status or of a list) and of the ML
//! task creations, which dataikuapi follows by default with a wait for the
//! guess: every such recorded case of
//! `fixtures/conformance/dataikuapi-15.2.0-cases.json` is made again here
//! with the Rust calls doing the same (a creation then
//! `wait_guess_complete`), against a server giving the recorded answers;
//! the requests must match, in order.

use std::time::Duration;

use anyhow::ensure;
use dss_api::{DssClient, WaitOptions};
use dss_api_tests::replay::{expected_requests, replay_call};
use dss_api_tests::{fixture, report, CallFn};

/// Waits that poll at once, for replays.
fn fast() -> WaitOptions<'static> {
    WaitOptions::new().first_interval(Duration::from_millis(1))
}

/// A task created, then its guess waited for.
fn guessed(task: dss_api::DssMlTask) -> anyhow::Result<()> {
    let status = task.wait_guess_complete().wait_options(fast()).send()?;
    ensure!(status.guessing == Some(false), "{status:?}");
    ensure!(task.analysis_id() == "an1" && task.mltask_id() == "mt1", "{task:?}");
    Ok(())
}

/// The project, dataset and analysis of the cases.
fn project(c: &DssClient) -> dss_api::DssProject {
    c.get_project("PKEY")
}

const TABLE: &[(&str, CallFn)] = &[
    ("DssProject::create_prediction_ml_task", |c| {
        guessed(project(c).create_prediction_ml_task("ds1", "y").send()?)
    }),
    ("DssProject::create_clustering_ml_task", |c| {
        guessed(project(c).create_clustering_ml_task("ds1").send()?)
    }),
    ("DssProject::create_timeseries_forecasting_ml_task", |c| {
        guessed(
            project(c)
                .create_timeseries_forecasting_ml_task("ds1", "y", "t")
                .send()?,
        )
    }),
    ("DssProject::create_multi_target_prediction_ml_task", |c| {
        guessed(
            project(c)
                .create_multi_target_prediction_ml_task("ds1", ["y1", "y2"])
                .send()?,
        )
    }),
    ("DssProject::create_causal_prediction_ml_task", |c| {
        guessed(project(c).create_causal_prediction_ml_task("ds1", "y", "t").send()?)
    }),
    ("DssDataset::create_prediction_ml_task", |c| {
        guessed(project(c).get_dataset("ds1").create_prediction_ml_task("y").send()?)
    }),
    ("DssDataset::create_clustering_ml_task", |c| {
        guessed(project(c).get_dataset("ds1").create_clustering_ml_task().send()?)
    }),
    ("DssDataset::create_timeseries_forecasting_ml_task", |c| {
        guessed(
            project(c)
                .get_dataset("ds1")
                .create_timeseries_forecasting_ml_task("y", "t")
                .send()?,
        )
    }),
    ("DssDataset::create_multi_target_prediction_ml_task", |c| {
        guessed(
            project(c)
                .get_dataset("ds1")
                .create_multi_target_prediction_ml_task(["y1"])
                .send()?,
        )
    }),
    ("DssDataset::create_causal_prediction_ml_task", |c| {
        guessed(
            project(c)
                .get_dataset("ds1")
                .create_causal_prediction_ml_task("y", "t")
                .send()?,
        )
    }),
    ("DssAnalysis::create_prediction_ml_task", |c| {
        guessed(project(c).get_analysis("an1").create_prediction_ml_task("y").send()?)
    }),
    ("DssAnalysis::create_clustering_ml_task", |c| {
        guessed(project(c).get_analysis("an1").create_clustering_ml_task().send()?)
    }),
    ("DssAnalysis::create_timeseries_forecasting_ml_task", |c| {
        guessed(
            project(c)
                .get_analysis("an1")
                .create_timeseries_forecasting_ml_task("y", "t")
                .send()?,
        )
    }),
    ("DssAnalysis::create_multi_target_prediction_ml_task", |c| {
        guessed(
            project(c)
                .get_analysis("an1")
                .create_multi_target_prediction_ml_task(["y1"])
                .send()?,
        )
    }),
    ("DssAnalysis::create_causal_prediction_ml_task", |c| {
        guessed(
            project(c)
                .get_analysis("an1")
                .create_causal_prediction_ml_task("y", "t")
                .send()?,
        )
    }),
    ("DssDataset::list_analyses", |c| {
        let items = project(c).get_dataset("ds1").list_analyses().send()?;
        let ids: Vec<&str> = items.iter().filter_map(|a| a["analysisId"].as_str()).collect();
        ensure!(ids == ["an1", "an3"], "{ids:?}");
        Ok(())
    }),
    ("DssDataset::delete_analyses", |c| {
        project(c).get_dataset("ds1").delete_analyses().send()?;
        Ok(())
    }),
    ("DssMlTask::wait_guess_complete", |c| {
        let status = project(c)
            .get_ml_task("an1", "mt1")
            .wait_guess_complete()
            .wait_options(fast())
            .send()?;
        ensure!(status.guessing == Some(false), "{status:?}");
        Ok(())
    }),
    ("DssMlTask::wait_train_complete", |c| {
        let status = project(c)
            .get_ml_task("an1", "mt1")
            .wait_train_complete()
            .wait_options(fast())
            .send()?;
        ensure!(status.training == Some(false), "{status:?}");
        Ok(())
    }),
    ("DssMlTask::get_trained_models_ids", |c| {
        let ids = project(c)
            .get_ml_task("an1", "mt1")
            .get_trained_models_ids(None)
            .send()?;
        ensure!(ids == ["m1", "m2"], "{ids:?}");
        Ok(())
    }),
    ("DssSavedModel::get_active_version", |c| {
        let active = project(c).get_saved_model("sm1").get_active_version().send()?;
        ensure!(active.as_ref().map(|v| v.id.as_str()) == Some("v2"), "{active:?}");
        Ok(())
    }),
    ("DssSavedModel::get_version_details", |c| {
        let both = project(c).get_saved_model("sm1").get_version_details("v1").send()?;
        ensure!(both["snippet"]["predictionType"] == "REGRESSION", "{both}");
        Ok(())
    }),
    ("DssSavedModel::get_origin_ml_task", |c| {
        let task = project(c).get_saved_model("sm1").get_origin_ml_task().send()?;
        let task = task.ok_or_else(|| anyhow::anyhow!("no ML task"))?;
        ensure!(task.analysis_id() == "an1" && task.mltask_id() == "mt1", "{task:?}");
        Ok(())
    }),
];

/// Whether cases.rs and admin_flows.rs leave this recorded case to this
/// file.
pub fn replays(case: &str) -> bool {
    TABLE.iter().any(|(name, _)| *name == case)
}

#[test]
fn ml_calls_are_sent_as_dataikuapi_sends_them() {
    let fixture = fixture(&dss_api_tests::recording("cases"));
    let calls = fixture["calls"].as_array().expect("calls");
    let mut failures = Vec::new();
    let mut same = 0;
    for (case, f) in TABLE {
        let Some(call) = calls.iter().find(|c| c["case"] == *case) else {
            failures.push(format!("{case}: in the table but not recorded"));
            continue;
        };
        let expected = expected_requests(call);
        match replay_call(call, &expected, *f) {
            Ok(()) => same += 1,
            Err(failure) => failures.push(failure),
        }
    }
    report(&format!("ml flows: {same} calls sent as dataikuapi sends them"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
