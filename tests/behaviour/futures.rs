//! Long-running tasks: waiting through several polls, failure, deadline,
//! abort, progress, and answers that already hold the result.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use dss_api::{DssClient, Error, WaitOptions};
use dss_api_tests::{api, client, server, Recorder};
use httpmock::Method::{DELETE, GET, POST};
use serde_json::json;

fn fast() -> WaitOptions<'static> {
    WaitOptions::new()
        .first_interval(Duration::from_millis(5))
        .max_interval(Duration::from_millis(20))
}

/// A server whose task `job-1` runs for `running` polls, then ends with
/// `last` (a state document).
fn task_server(running: usize, last: serde_json::Value) -> (Recorder, Arc<AtomicUsize>) {
    let polls = Arc::new(AtomicUsize::new(0));
    let seen = polls.clone();
    let recorder = Recorder::start(move |r| match (r.method.as_str(), r.path.as_str()) {
        ("POST", "/plugins/actions/installFromStore") => (
            200,
            json!({"jobId": "job-1", "hasResult": false, "alive": true}).to_string(),
        ),
        ("GET", "/futures/job-1") => {
            let n = seen.fetch_add(1, Ordering::SeqCst) + 1;
            if n <= running {
                (
                    200,
                    json!({"jobId": "job-1", "alive": true, "hasResult": false, "progress": {"states": [{"done": n}]}})
                        .to_string(),
                )
            } else {
                (200, last.to_string())
            }
        }
        _ => (404, "{}".into()),
    });
    (recorder, polls)
}

#[test]
fn a_task_that_finishes_after_several_polls() {
    let (recorder, polls) = task_server(
        3,
        json!({"jobId": "job-1", "alive": false, "hasResult": true, "result": {"installed": "geoip"}}),
    );
    let c = recorder.client();
    let mut task = c.install_plugin_from_store("geoip").send().unwrap();
    assert_eq!(task.job_id(), "job-1");
    let mut progress = Vec::new();
    let result = task
        .wait()
        .wait_options(fast().on_progress(|p| progress.push(p.details["states"][0]["done"].as_u64().unwrap())))
        .send()
        .unwrap();
    assert_eq!(result, json!({"installed": "geoip"}));
    assert_eq!(polls.load(Ordering::SeqCst), 4);
    assert_eq!(progress, vec![1, 2, 3]);
    let got = recorder.take();
    assert_eq!(got.len(), 5);
    assert!(got[1..]
        .iter()
        .all(|r| r.path == "/futures/job-1" && r.query == [("peek".to_owned(), "false".to_owned())]));
    recorder.mock().assert_calls(5);
    // The result is remembered: asking again sends nothing.
    assert_eq!(task.get_result().send().unwrap(), Some(json!({"installed": "geoip"})));
    assert!(task.has_result().send().unwrap());
    assert_eq!(recorder.take().len(), 0);
}

#[test]
fn a_task_that_fails_is_an_error_with_the_server_message() {
    let (recorder, _) = task_server(
        1,
        json!({"jobId": "job-1", "alive": false, "hasResult": false,
               "exception": {"clazz": "com.dataiku.PluginException", "message": "no such plugin in store"}}),
    );
    let c = recorder.client();
    let mut task = c.install_plugin_from_store("nope").send().unwrap();
    let err = task.wait().wait_options(fast()).send().unwrap_err();
    match &err {
        Error::TaskFailed { job_id, message, state } => {
            assert_eq!(job_id, "job-1");
            assert_eq!(message, "com.dataiku.PluginException: no such plugin in store");
            assert_eq!(state["exception"]["message"], "no such plugin in store");
        }
        other => panic!("{other:?}"),
    }
    recorder.mock().assert_calls(3);
}

#[test]
fn an_http_error_while_polling_is_an_api_error() {
    let server = server();
    let state = server.mock(|when, then| {
        when.method(GET).path(api("/futures/gone"));
        then.status(404)
            .json_body(json!({"errorType": "UnknownFuture", "message": "no such future"}));
    });
    let c = client(&server);
    let err = c.get_future("gone").wait_for_result().send().unwrap_err();
    assert_eq!(err.status(), Some(404));
    let shown = err.to_string();
    assert!(
        shown.starts_with("HTTP 404 from `DssFuture::wait_for_result` (GET http://127.0.0.1:")
            && shown.ends_with("/dip/publicapi/futures/gone): UnknownFuture: no such future"),
        "{shown}"
    );
    state.assert();
}

#[test]
fn a_task_that_passes_its_deadline_keeps_running_and_gives_its_id() {
    let (recorder, polls) = task_server(usize::MAX, json!({}));
    let c = recorder.client();
    let mut task = c.install_plugin_from_store("slow").send().unwrap();
    let started = Instant::now();
    let err = task
        .wait()
        .wait_options(fast().deadline(Duration::from_millis(150)))
        .send()
        .unwrap_err();
    let waited = started.elapsed();
    match err {
        Error::WaitTimeout {
            kind,
            id,
            waited: reported,
        } => {
            assert_eq!((kind, id.as_str()), ("task", "job-1"));
            assert!(reported >= Duration::from_millis(150));
        }
        other => panic!("{other:?}"),
    }
    assert!(waited < Duration::from_secs(5), "gave up in time: {waited:?}");
    let n = polls.load(Ordering::SeqCst);
    assert!(n >= 3, "polled {n} times");
    // No abort was sent: the task is left running.
    assert!(recorder.take().iter().all(|r| r.method != "DELETE"));
    recorder.mock().assert_calls(n + 1);
}

#[test]
fn abort_sends_delete() {
    let server = server();
    let start = server.mock(|when, then| {
        when.method(POST)
            .path(api("/admin/container-exec/actions/push-base-images"));
        then.status(200)
            .json_body(json!({"jobId": "push-1", "alive": true, "hasResult": false}));
    });
    let abort = server.mock(|when, then| {
        when.method(DELETE).path(api("/futures/push-1"));
        then.status(204);
    });
    let c = client(&server);
    let task = c.push_base_images().send().unwrap();
    task.abort().send().unwrap();
    start.assert();
    abort.assert();
}

#[test]
fn an_answer_that_holds_the_result_needs_no_request() {
    let server = server();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(500);
    });
    let c = DssClient::new(server.base_url(), "k").unwrap();
    let mut task = dss_api::DssFuture::from_resp(
        &c,
        json!({"jobId": "done-1", "hasResult": true, "alive": false, "result": [1, 2]}),
    )
    .unwrap();
    assert!(task.has_result().send().unwrap());
    assert_eq!(task.get_result().send().unwrap(), Some(json!([1, 2])));
    assert_eq!(task.wait_for_result().send().unwrap(), json!([1, 2]));
    assert_eq!(any.calls(), 0);

    // Without a job id and without a result, waiting is a clear error.
    let mut odd = dss_api::DssFuture::from_resp(&c, json!({"hasResult": false})).unwrap();
    assert!(matches!(odd.wait_for_result().send(), Err(Error::Decode { .. })));
    assert_eq!(any.calls(), 0);
}

#[test]
fn sanity_check_waits_by_default_and_start_does_not() {
    let (recorder, _) = {
        let polls = Arc::new(AtomicUsize::new(0));
        let seen = polls.clone();
        let r = Recorder::start(move |r| match (r.method.as_str(), r.path.as_str()) {
            ("POST", "/admin/sanity-check/run") => (
                200,
                json!({"jobId": "sc-1", "alive": true, "hasResult": false}).to_string(),
            ),
            ("GET", "/futures/sc-1") if seen.fetch_add(1, Ordering::SeqCst) == 0 => (
                200,
                json!({"jobId": "sc-1", "alive": true, "hasResult": false}).to_string(),
            ),
            _ => (
                200,
                json!({"jobId": "sc-1", "alive": false, "hasResult": true, "result": {"messages": [{"code": "X"}]}})
                    .to_string(),
            ),
        });
        (r, polls)
    };
    let c = recorder.client();
    let messages = c
        .perform_instance_sanity_check()
        .exclusion_list(["INST-1"])
        .send()
        .unwrap();
    assert_eq!(messages["messages"][0]["code"], "X");
    let got = recorder.take();
    assert_eq!(got.len(), 3, "start, then two polls");
    assert_eq!(got[0].json(), Some(json!(["INST-1"])));

    let task = c.perform_instance_sanity_check().start().unwrap();
    assert_eq!(task.job_id(), "sc-1");
    assert_eq!(recorder.take().len(), 1, "start() does not wait");
    recorder.mock().assert_calls(4);
}

#[test]
fn list_items_become_futures_holding_their_state() {
    let server = server();
    let list = server.mock(|when, then| {
        when.method(GET).path(api("/futures/"));
        then.status(200)
            .json_body(json!([{"jobId": "j9", "alive": false, "hasResult": true, "result": 5}]));
    });
    let c = client(&server);
    let items = c.list_futures().send().unwrap();
    let mut task = items[0].to_handle(&c);
    assert_eq!(task.wait_for_result().send().unwrap(), json!(5));
    list.assert();
}

#[test]
fn create_code_env_start_asks_the_server_not_to_wait() {
    let server = server();
    let start = server.mock(|when, then| {
        when.method(POST)
            .path(api("/admin/code-envs/PYTHON/py311"))
            .query_param("wait", "false")
            .query_param_count(".*", ".*", 1)
            .json_body(json!({"deploymentMode": "DESIGN_MANAGED"}));
        then.status(200)
            .json_body(json!({"jobId": "env-1", "alive": true, "hasResult": false}));
    });
    let failed = server.mock(|when, then| {
        when.method(POST)
            .path(api("/admin/code-envs/PYTHON/bad"))
            .query_param("wait", "true");
        then.status(200)
            .json_body(json!({"messages": {"error": true, "messages": [{"message": "pip failed"}]}}));
    });
    let c = client(&server);
    let task = c.create_code_env("PYTHON", "py311", "DESIGN_MANAGED").start().unwrap();
    assert_eq!(task.job_id(), "env-1");
    start.assert();
    // With the server waiting (the default), a failure it reports is an error.
    let err = c.create_code_env("PYTHON", "bad", "DESIGN_MANAGED").send().unwrap_err();
    assert!(
        matches!(
            err,
            Error::OperationFailed { endpoint, .. } if endpoint.to_string() == "DssClient::create_code_env"
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("pip failed"), "{err}");
    failed.assert();
}
