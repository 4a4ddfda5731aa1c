//! Recorded dataikuapi calls of this area and the Rust calls that replay
//! them (see `tests/objects.rs`): jobs, the job builder and the job wait
//! (dataikuapi's `DSSJobWaiter(job).wait().wait_options(no_fail).send()` is our `DssJob::wait`).

use std::time::Duration;

use anyhow::{bail, ensure};
use dss_api::{DssClient, Error, JobState, WaitOptions};
use dss_api_tests::CallFn;
use serde_json::json;

/// Polls as fast as the replay answers: the requests are compared, not the
/// sleeps between them.
fn fast() -> WaitOptions<'static> {
    WaitOptions::new()
        .first_interval(Duration::from_millis(1))
        .max_interval(Duration::from_millis(2))
}

/// The recorded failure of a job that ended in `state`.
fn ensure_job_failed(result: dss_api::Result<impl std::fmt::Debug>, state: &str) -> anyhow::Result<()> {
    match result {
        Err(Error::RunFailed { kind, id, outcome, .. }) => {
            ensure!((kind, id.as_str(), outcome.as_str()) == ("job", "job-1", state));
            Ok(())
        }
        other => bail!("a failed job expected, got {other:?}"),
    }
}

fn listed_job_1(c: &DssClient, jobs: &[dss_api::models::JobSummary], state: JobState) -> anyhow::Result<()> {
    ensure!(jobs.len() == 1);
    ensure!(jobs[0].job_state() == state);
    let job = jobs[0].to_handle(c)?;
    ensure!((job.project_key(), job.id()) == ("PKEY", "job-1"));
    Ok(())
}

/// One Rust call per recorded Python call.
pub const CALLS: &[(&str, CallFn)] = &[
    ("DSSClient.list_running_jobs (defaults)", |c| {
        let jobs = c.list_running_jobs().send()?;
        listed_job_1(c, &jobs, JobState::Running)
    }),
    ("DSSClient.list_running_jobs (all args)", |c| {
        // as_type='objects': the items' `to_handle`.
        let jobs = c.list_running_jobs().all_users(false).send()?;
        listed_job_1(c, &jobs, JobState::Running)
    }),
    ("DSSProject.list_jobs (defaults)", |c| {
        let jobs = c.get_project("PKEY").list_jobs().send()?;
        ensure!(jobs[0].end_time().is_some());
        listed_job_1(c, &jobs, JobState::Done)
    }),
    ("DSSProject.list_jobs (all args)", |c| {
        let jobs = c.get_project("PKEY").list_jobs().send()?;
        listed_job_1(c, &jobs, JobState::Done)
    }),
    ("DSSProject.list_running_jobs (defaults)", |c| {
        let jobs = c.get_project("PKEY").list_running_jobs().send()?;
        ensure!(jobs[0].end_time().is_none());
        listed_job_1(c, &jobs, JobState::Running)
    }),
    ("DSSProject.list_running_jobs (all args)", |c| {
        let jobs = c.get_project("PKEY").list_running_jobs().send()?;
        listed_job_1(c, &jobs, JobState::Running)
    }),
    ("DSSProject.get_job", |c| {
        let job = c.get_project("PKEY").get_job("job-1");
        ensure!((job.project_key(), job.id()) == ("PKEY", "job-1"));
        Ok(())
    }),
    ("DSSProject.start_job", |c| {
        let job = c
            .get_project("PKEY")
            .start_job(json!({"type": "NON_RECURSIVE_FORCED_BUILD", "outputs": [{"id": "ds1", "type": "DATASET"}]}))
            .send()?;
        ensure!(job.id() == "job-1");
        Ok(())
    }),
    ("DSSProject.start_job_and_wait (defaults)", |c| {
        let state = c
            .get_project("PKEY")
            .start_job_and_wait(json!({"type": "NON_RECURSIVE_FORCED_BUILD", "outputs": [{"id": "ds1"}]}))
            .wait_options(fast())
            .send()?;
        ensure!(state == JobState::Done);
        Ok(())
    }),
    ("DSSProject.start_job_and_wait (all args, job fails)", |c| {
        let state = c
            .get_project("PKEY")
            .start_job_and_wait(json!({"type": "NON_RECURSIVE_FORCED_BUILD", "outputs": [{"id": "ds1"}]}))
            .no_fail(true)
            .wait_options(fast())
            .send()?;
        ensure!(state == JobState::Failed);
        Ok(())
    }),
    ("DSSProject.start_job_and_wait (job fails)", |c| {
        let result = c
            .get_project("PKEY")
            .start_job_and_wait(json!({"type": "NON_RECURSIVE_FORCED_BUILD", "outputs": [{"id": "ds1"}]}))
            .wait_options(fast())
            .send();
        ensure_job_failed(result, "FAILED")
    }),
    ("JobDefinitionBuilder.get_definition (defaults)", |c| {
        let definition = c.get_project("PKEY").new_job().get_definition();
        ensure!(
            definition
                == json!({"type": "NON_RECURSIVE_FORCED_BUILD", "refreshHiveMetastore": false, "outputs": [],
                          "autoUpdateSchemaBeforeEachRecipeRun": false})
        );
        Ok(())
    }),
    ("JobDefinitionBuilder.start (defaults)", |c| {
        let job = c
            .get_project("PKEY")
            .new_job()
            .with_output("ds1", None, None, None)
            .start()
            .send()?;
        ensure!(job.id() == "job-1");
        Ok(())
    }),
    ("JobDefinitionBuilder.start (all args)", |c| {
        // new_job('RECURSIVE_BUILD') is new_job().with_type('RECURSIVE_BUILD').
        let job = c
            .get_project("PKEY")
            .new_job()
            .with_type("RECURSIVE_BUILD")
            .with_type("RECURSIVE_FORCED_BUILD")
            .with_refresh_metastore(true)
            .with_auto_update_schema_before_each_recipe_run(true)
            .with_output("ds1", Some("DATASET"), Some("PKEY"), Some("2024-05-01"))
            .with_output("fold1", Some("MANAGED_FOLDER"), None, Some("2024-05-01,2024-05-02"))
            .start()
            .send()?;
        ensure!(job.id() == "job-1");
        Ok(())
    }),
    ("JobDefinitionBuilder.start_and_wait (defaults)", |c| {
        let job = c
            .get_project("PKEY")
            .new_job()
            .with_output("ds1", None, None, None)
            .start_and_wait()
            .wait_options(fast())
            .send()?;
        ensure!(job.id() == "job-1");
        Ok(())
    }),
    ("JobDefinitionBuilder.start_and_wait (all args, job fails)", |c| {
        let job = c
            .get_project("PKEY")
            .new_job()
            .with_type("RECURSIVE_BUILD")
            .with_output("ds1", None, None, Some("2024-05-01"))
            .start_and_wait()
            .no_fail(true)
            .wait_options(fast())
            .send()?;
        ensure!(job.id() == "job-1");
        Ok(())
    }),
    ("JobDefinitionBuilder.start_and_wait (job fails)", |c| {
        let result = c
            .get_project("PKEY")
            .new_job()
            .with_output("ds1", None, None, None)
            .start_and_wait()
            .wait_options(fast())
            .send();
        ensure_job_failed(result, "FAILED")
    }),
    ("JobDefinitionBuilder.start_and_wait (running for 3 polls)", |c| {
        let mut states = Vec::new();
        let job = c
            .get_project("PKEY")
            .new_job()
            .with_output("ds1", None, None, None)
            .start_and_wait()
            .wait_options(fast().on_progress(|p| states.push(p.state.to_owned())))
            .send()?;
        ensure!(job.id() == "job-1");
        ensure!(states == ["RUNNING"; 3]);
        Ok(())
    }),
    ("DSSJob.get_status", |c| {
        let status = c.get_project("PKEY").get_job("job-1").get_status().send()?;
        ensure!(status.state() == JobState::Done);
        ensure!(status.end_time() > status.start_time());
        ensure!(status.global_state.as_ref().is_some_and(|g| g["done"] == 1));
        Ok(())
    }),
    ("DSSJob.get_log (defaults)", |c| {
        let log = std::io::read_to_string(c.get_project("PKEY").get_job("job-1").get_log().send()?)?;
        ensure!(log == "[2024/05/01-10:00:00] INFO job log\n");
        Ok(())
    }),
    ("DSSJob.get_log (all args)", |c| {
        let log = c
            .get_project("PKEY")
            .get_job("job-1")
            .get_log()
            .activity("compute_ds1_NP")
            .send()?;
        ensure!(std::io::read_to_string(log)?.ends_with("for compute_ds1_NP\n"));
        Ok(())
    }),
    ("DSSJob.abort", |c| {
        ensure!(c.get_project("PKEY").get_job("job-1").abort().send()? == json!({}));
        Ok(())
    }),
    ("DSSJobWaiter.wait (defaults)", |c| {
        let status = c
            .get_project("PKEY")
            .get_job("job-1")
            .wait()
            .wait_options(fast())
            .send()?;
        ensure!(status.state() == JobState::Done);
        Ok(())
    }),
    ("DSSJobWaiter.wait (all args, job fails)", |c| {
        let status = c
            .get_project("PKEY")
            .get_job("job-1")
            .wait()
            .no_fail(true)
            .wait_options(fast())
            .send()?;
        ensure!(status.state() == JobState::Failed);
        Ok(())
    }),
    ("DSSJobWaiter.wait (job fails)", |c| {
        ensure_job_failed(
            c.get_project("PKEY")
                .get_job("job-1")
                .wait()
                .wait_options(fast())
                .send(),
            "FAILED",
        )
    }),
    ("DSSJobWaiter.wait (job aborted)", |c| {
        ensure_job_failed(
            c.get_project("PKEY")
                .get_job("job-1")
                .wait()
                .wait_options(fast())
                .send(),
            "ABORTED",
        )
    }),
    // A dataset's build is a job of one output, waited for by default.
    ("DSSDataset.build (defaults)", |c| {
        let job = c
            .get_project("PKEY")
            .get_dataset("ds1")
            .build()
            .wait_options(fast())
            .send()?;
        ensure!(job.id() == "job-1");
        Ok(())
    }),
    ("DSSDataset.build (all args)", |c| {
        let job = c
            .get_project("PKEY")
            .get_dataset("ds1")
            .build()
            .job_type("RECURSIVE_BUILD")
            .partitions(json!(["2024-05-01"]))
            .wait(false)
            .no_fail(true)
            .send()?;
        ensure!(job.id() == "job-1");
        Ok(())
    }),
    // dataikuapi raises here although no_fail is set; we return the job
    // (the same requests).
    ("DSSDataset.build (job fails, no_fail=True)", |c| {
        let job = c
            .get_project("PKEY")
            .get_dataset("ds1")
            .build()
            .no_fail(true)
            .wait_options(fast())
            .send()?;
        ensure!(job.id() == "job-1");
        Ok(())
    }),
    ("DSSDataset.build (job fails)", |c| {
        let built = c
            .get_project("PKEY")
            .get_dataset("ds1")
            .build()
            .wait_options(fast())
            .send();
        ensure_job_failed(built, "FAILED")
    }),
];

/// Recorded calls of this area that are not replayed, each with the reason
/// (a deliberate difference, tested in this area's own tests).
pub const NOT_REPLAYED: &[(&str, &str)] = &[];
