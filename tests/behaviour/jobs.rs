//! Jobs: starting and waiting (success, failure, abort, `no_fail`, a
//! deadline, progress), the job builder's definition, lists, logs, and
//! answers that are not what a job status should be.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use dss_api::{Error, JobState, WaitOptions};
use dss_api_tests::{api, client, server, Received, Recorder};
use httpmock::Method::GET;
use serde_json::{json, Value};

fn fast() -> WaitOptions<'static> {
    WaitOptions::new()
        .first_interval(Duration::from_millis(2))
        .max_interval(Duration::from_millis(10))
}

fn status(state: &str) -> Value {
    json!({"baseStatus": {"def": {"id": "job-1", "projectKey": "P", "type": "NON_RECURSIVE_FORCED_BUILD"},
                          "state": state, "jobStartTime": 1_714_557_600_000_i64, "jobEndTime": 0},
           "globalState": {"done": 0, "running": 1, "total": 1}})
}

/// A server where `POST /projects/P/jobs/` starts `job-1`, whose status is
/// each of `states` in turn, then the last one for ever.
fn job_server(states: &[&str]) -> (Recorder, Arc<AtomicUsize>) {
    let states: Vec<Value> = states.iter().map(|s| status(s)).collect();
    let polls = Arc::new(AtomicUsize::new(0));
    let seen = polls.clone();
    let recorder = Recorder::start(move |r| match (r.method.as_str(), r.path.as_str()) {
        ("POST", "/projects/P/jobs/") => (200, json!({"projectKey": "P", "id": "job-1"}).to_string()),
        ("GET", "/projects/P/jobs/job-1/") => {
            let n = seen.fetch_add(1, Ordering::SeqCst);
            let s = &states[n.min(states.len() - 1)];
            (200, s.to_string())
        }
        _ => (404, json!({"errorType": "NotFound", "message": r.path}).to_string()),
    });
    (recorder, polls)
}

/// Every request after the first is a poll of `job-1`'s status.
fn assert_polls_only(requests: &[Received]) {
    for r in requests {
        assert_eq!((r.method.as_str(), r.path.as_str()), ("GET", "/projects/P/jobs/job-1/"));
        assert!(r.query.is_empty() && r.body.is_empty());
    }
}

#[test]
fn a_job_started_and_waited_for_reports_progress_and_ends_done() {
    let (recorder, polls) = job_server(&["NOT_STARTED", "RUNNING", "RUNNING", "DONE"]);
    let c = recorder.client();
    let mut seen = Vec::new();
    let job = c
        .get_project("P")
        .new_job()
        .with_output("ds1", Some("DATASET"), None, Some("2024-05-01"))
        .start_and_wait()
        .wait_options(fast().on_progress(|p| seen.push((p.kind, p.id.to_owned(), p.state.to_owned(), p.polls))))
        .send()
        .unwrap();
    assert_eq!(job.id(), "job-1");
    assert_eq!(
        seen,
        [
            ("job", "job-1".to_owned(), "NOT_STARTED".to_owned(), 1),
            ("job", "job-1".to_owned(), "RUNNING".to_owned(), 2),
            ("job", "job-1".to_owned(), "RUNNING".to_owned(), 3),
        ]
    );
    assert_eq!(polls.load(Ordering::SeqCst), 4);
    let got = recorder.take();
    assert_eq!(got.len(), 5);
    assert_eq!(
        (got[0].method.as_str(), got[0].path.as_str()),
        ("POST", "/projects/P/jobs/")
    );
    assert_eq!(
        got[0].json().unwrap(),
        json!({"type": "NON_RECURSIVE_FORCED_BUILD", "refreshHiveMetastore": false,
               "autoUpdateSchemaBeforeEachRecipeRun": false,
               "outputs": [{"type": "DATASET", "id": "ds1", "projectKey": null, "partition": "2024-05-01"}]})
    );
    assert_polls_only(&got[1..]);
    recorder.mock().assert_calls(5);
}

#[test]
fn a_failed_job_is_an_error_naming_the_job_and_its_state() {
    let (recorder, _) = job_server(&["RUNNING", "FAILED"]);
    let c = recorder.client();
    let err = c
        .get_project("P")
        .get_job("job-1")
        .wait()
        .wait_options(fast())
        .send()
        .unwrap_err();
    match &err {
        Error::RunFailed {
            kind,
            id,
            outcome,
            details,
        } => {
            assert_eq!((*kind, id.as_str(), outcome.as_str()), ("job", "job-1", "FAILED"));
            assert_eq!(details["baseStatus"]["state"], "FAILED");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(err.to_string(), "job job-1 ended with FAILED");
    assert_polls_only(&recorder.take());
    recorder.mock().assert_calls(2);
}

#[test]
fn an_aborted_job_is_an_error_too() {
    let (recorder, _) = job_server(&["RUNNING", "RUNNING", "ABORTED"]);
    let c = recorder.client();
    let err = c
        .get_project("P")
        .start_job_and_wait(json!({"type": "RECURSIVE_BUILD", "outputs": [{"id": "ds1"}]}))
        .wait_options(fast())
        .send()
        .unwrap_err();
    assert!(
        matches!(&err, Error::RunFailed { kind: "job", id, outcome, .. } if id == "job-1" && outcome == "ABORTED"),
        "{err:?}"
    );
    let got = recorder.take();
    assert_eq!(
        got[0].json().unwrap(),
        json!({"type": "RECURSIVE_BUILD", "outputs": [{"id": "ds1"}]})
    );
    assert_polls_only(&got[1..]);
    recorder.mock().assert_calls(4);
}

#[test]
fn no_fail_returns_the_final_state_of_a_failed_job() {
    let (recorder, _) = job_server(&["RUNNING", "FAILED"]);
    let c = recorder.client();
    let state = c
        .get_project("P")
        .start_job_and_wait(json!({"type": "NON_RECURSIVE_FORCED_BUILD", "outputs": [{"id": "ds1"}]}))
        .no_fail(true)
        .wait_options(fast())
        .send()
        .unwrap();
    assert_eq!(state, JobState::Failed);
    let status = c
        .get_project("P")
        .get_job("job-1")
        .wait()
        .no_fail(true)
        .wait_options(fast())
        .send()
        .unwrap();
    assert_eq!(status.state(), JobState::Failed);
    assert_eq!(
        status.start_time(),
        Some(std::time::UNIX_EPOCH + Duration::from_secs(1_714_557_600))
    );
    assert_eq!(status.end_time(), None);
    let got = recorder.take();
    assert_eq!(got[0].method, "POST");
    assert_polls_only(&got[1..]);
    recorder.mock().assert_calls(4);
}

#[test]
fn a_job_past_its_deadline_is_left_running_and_named() {
    let (recorder, polls) = job_server(&["RUNNING"]);
    let c = recorder.client();
    let started = Instant::now();
    let err = c
        .get_project("P")
        .new_job()
        .with_output("ds1", None, None, None)
        .start_and_wait()
        .wait_options(fast().deadline(Duration::from_millis(120)))
        .send()
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5));
    match err {
        Error::WaitTimeout { kind, id, waited } => {
            assert_eq!((kind, id.as_str()), ("job", "job-1"));
            assert!(waited >= Duration::from_millis(120));
        }
        other => panic!("{other:?}"),
    }
    let n = polls.load(Ordering::SeqCst);
    assert!(n >= 3, "polled {n} times");
    let got = recorder.take();
    // Started once, then only polls: no abort, no second start.
    assert_eq!(got.iter().filter(|r| r.method == "POST").count(), 1);
    assert_polls_only(&got[1..]);
    recorder.mock().assert_calls(n + 1);
}

#[test]
fn a_status_without_a_state_keeps_the_wait_going() {
    // dataikuapi reads a missing state as "" and polls on.
    let answers = [json!({}), json!({"baseStatus": null}), status("DONE")];
    let n = Arc::new(AtomicUsize::new(0));
    let seen = n.clone();
    let recorder = Recorder::start(move |_| {
        let i = seen.fetch_add(1, Ordering::SeqCst);
        (200, answers[i.min(2)].to_string())
    });
    let c = recorder.client();
    let mut states = Vec::new();
    let status = c
        .get_project("P")
        .get_job("job-1")
        .wait()
        .wait_options(fast().on_progress(|p| states.push(p.state.to_owned())))
        .send()
        .unwrap();
    assert_eq!(status.state(), JobState::Done);
    assert_eq!(states, ["", ""]);
    assert_polls_only(&recorder.take());
    recorder.mock().assert_calls(3);
}

#[test]
fn a_status_that_is_not_a_status_is_a_decode_error() {
    let recorder = Recorder::start(|_| (200, r#"{"baseStatus": {"state": 7}}"#.into()));
    let c = recorder.client();
    let err = c
        .get_project("P")
        .get_job("job-1")
        .wait()
        .wait_options(fast())
        .send()
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Decode { endpoint, .. } if endpoint.to_string() == "DssJob::wait"
        ),
        "{err:?}"
    );
    assert_polls_only(&recorder.take());
    recorder.mock().assert_calls(1);
}

#[test]
fn the_builder_writes_dataikuapi_s_definition() {
    let server = server();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(500);
    });
    let c = client(&server);
    let builder = c
        .get_project("P")
        .new_job()
        .with_type("RECURSIVE_BUILD")
        .with_refresh_metastore(true)
        .with_output("ds1", None, None, None)
        .with_output("m1", Some("SAVED_MODEL"), Some("OTHER"), Some("a|b,c|d"));
    assert_eq!(
        builder.get_definition(),
        json!({"type": "RECURSIVE_BUILD", "refreshHiveMetastore": true, "autoUpdateSchemaBeforeEachRecipeRun": false,
               "outputs": [{"type": null, "id": "ds1", "projectKey": null, "partition": null},
                           {"type": "SAVED_MODEL", "id": "m1", "projectKey": "OTHER", "partition": "a|b,c|d"}]})
    );
    // Building the definition sends nothing.
    any.assert_calls(0);
}

#[test]
fn lists_logs_and_items_to_handles() {
    let server = server();
    let running = server.mock(|when, then| {
        when.method(GET)
            .path(api("/jobs/running/"))
            .query_param("allUsers", "true");
        then.status(200).json_body(json!([
            {"jobId": "j-top", "projectKey": "TOP", "def": {"id": "j-def", "projectKey": "DEF"}, "state": "RUNNING"},
            {"def": {"id": "j-def", "projectKey": "DEF"}, "state": "WAITING_FOR_SLOT"},
            {"state": "RUNNING"}
        ]));
    });
    let log = server.mock(|when, then| {
        when.method(GET)
            .path(api("/projects/P/jobs/a%2Fb/log"))
            .query_param("activity", "compute_ds1_NP");
        then.status(200).body("line 1\nline 2\n");
    });
    let c = client(&server);
    let jobs = c.list_running_jobs().send().unwrap();
    let top = jobs[0].to_handle(&c).unwrap();
    assert_eq!((top.project_key(), top.id()), ("TOP", "j-top"));
    let from_def = jobs[1].to_handle(&c).unwrap();
    assert_eq!((from_def.project_key(), from_def.id()), ("DEF", "j-def"));
    assert_eq!(jobs[1].job_state(), JobState::Unknown("WAITING_FOR_SLOT".into()));
    assert!(matches!(jobs[2].to_handle(&c), Err(Error::Decode { .. })));
    running.assert();
    let text = std::io::read_to_string(
        c.get_project("P")
            .get_job("a/b")
            .get_log()
            .activity("compute_ds1_NP")
            .send()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(text, "line 1\nline 2\n");
    log.assert();
}
