//! Scenarios: `run_and_wait` follows its own trigger fire to its own run
//! (even with another run of the scenario going on), a cancelled fire, a
//! failed or warning outcome, deadlines before and after the run exists
//! (the error names what was left going; nothing is sent twice), the other
//! waits, settings with a script, runs by date, and garbage answers.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use dss_api::{Error, ScenarioOutcome, WaitOptions};
use dss_api_tests::{api, client, server, Received, Recorder};
use httpmock::Method::{GET, PUT};
use serde_json::{json, Value};

const RUN_PATH: &str = "/projects/P/scenarios/sc1/get-run-for-trigger";

fn fast() -> WaitOptions<'static> {
    WaitOptions::new()
        .first_interval(Duration::from_millis(2))
        .max_interval(Duration::from_millis(10))
}

fn fire(run_id: &str, cancelled: bool) -> Value {
    json!({"runId": run_id, "trigger": {"id": "manual", "type": "manual", "name": "API run"},
           "scenarioId": "sc1", "projectKey": "P", "cancelled": cancelled, "params": {}})
}

fn run(run_id: &str, fire_id: &str, outcome: Option<&str>) -> Value {
    let mut r = json!({"runId": run_id, "scenario": {"projectKey": "P", "id": "sc1"},
                       "trigger": {"runId": fire_id, "trigger": {"id": "manual"}, "cancelled": false},
                       "start": 1_714_557_600_000_i64, "end": 0});
    if let Some(o) = outcome {
        r["end"] = json!(1_714_557_660_000_i64);
        r["result"] = json!({"outcome": o, "type": "SCENARIO_DONE"});
    }
    r
}

/// How the scenario's server behaves: the fire `tf-2` is answered to the
/// run request; its run `R2` appears at poll `appears` of
/// `get-run-for-trigger` and ends with `outcome` at poll `ends`; the fire
/// is cancelled from its `cancelled_at`-th read (never by default). All the
/// while another run, `R1` of fire `tf-1`, is going on: it is what
/// `get-last-runs` and the fire `tf-1` would answer.
struct Script {
    appears: usize,
    ends: usize,
    outcome: &'static str,
    cancelled_at: usize,
}

impl Default for Script {
    fn default() -> Self {
        Script {
            appears: 3,
            ends: 5,
            outcome: "SUCCESS",
            cancelled_at: usize::MAX,
        }
    }
}

fn scenario_server(script: Script) -> Recorder {
    let run_polls = Arc::new(AtomicUsize::new(0));
    let fire_reads = Arc::new(AtomicUsize::new(0));
    Recorder::start(move |r: &Received| {
        let q = |k: &str| r.query.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        let body = match (r.method.as_str(), r.path.as_str()) {
            ("POST", "/projects/P/scenarios/sc1/run") => fire("tf-2", false),
            ("GET", RUN_PATH) if q("triggerRunId") == Some("tf-1") => {
                json!({"scenarioRun": run("R1", "tf-1", None), "stepRuns": []})
            }
            ("GET", RUN_PATH) => {
                let n = run_polls.fetch_add(1, Ordering::SeqCst) + 1;
                if n < script.appears {
                    json!({})
                } else if n < script.ends {
                    json!({"scenarioRun": run("R2", "tf-2", None), "stepRuns": []})
                } else {
                    json!({"scenarioRun": run("R2", "tf-2", Some(script.outcome)), "stepRuns": []})
                }
            }
            ("GET", "/projects/P/scenarios/trigger/sc1/manual") => {
                let n = fire_reads.fetch_add(1, Ordering::SeqCst) + 1;
                fire(q("triggerRunId").unwrap_or_default(), n >= script.cancelled_at)
            }
            ("GET", "/projects/P/scenarios/sc1/get-last-runs") => json!([run("R1", "tf-1", None)]),
            _ => return (404, json!({"errorType": "NotFound", "message": r.path}).to_string()),
        };
        (200, body.to_string())
    })
}

/// Checks that the requests were one run request, then only polls of fire
/// `tf-2`'s run and reads of that fire (`fire_reads` of them).
fn assert_followed_own_fire(got: &[Received], polls: usize, fire_reads: usize) {
    assert_eq!(got.len(), 1 + polls + fire_reads, "{got:#?}");
    assert_eq!(
        (got[0].method.as_str(), got[0].path.as_str()),
        ("POST", "/projects/P/scenarios/sc1/run")
    );
    let own = [
        ("triggerId".to_owned(), "manual".to_owned()),
        ("triggerRunId".to_owned(), "tf-2".to_owned()),
    ];
    let mut seen_polls = 0;
    let mut seen_reads = 0;
    for r in &got[1..] {
        assert_eq!(r.method, "GET");
        if r.path == RUN_PATH {
            assert_eq!(r.query, own);
            seen_polls += 1;
        } else {
            assert_eq!(r.path, "/projects/P/scenarios/trigger/sc1/manual");
            assert_eq!(r.query, [("triggerRunId".to_owned(), "tf-2".to_owned())]);
            seen_reads += 1;
        }
    }
    assert_eq!((seen_polls, seen_reads), (polls, fire_reads));
}

#[test]
fn run_and_wait_waits_for_its_own_run_while_another_one_goes_on() {
    let recorder = scenario_server(Script::default());
    let c = recorder.client();
    let scenario = c.get_project("P").get_scenario("sc1");
    // Another run of the scenario is going on (what "the last run" is).
    let current = scenario.get_current_run().send().unwrap().unwrap();
    assert_eq!(current.run_id(), "R1");
    recorder.take();

    let mut progress = Vec::new();
    let run = scenario
        .run_and_wait()
        .params(json!({"day": "2024-05-01"}))
        .wait_options(fast().on_progress(|p| progress.push((p.kind, p.id.to_owned(), p.state.to_owned()))))
        .send()
        .unwrap();
    assert_eq!(run.run_id(), "R2");
    assert_eq!(run.outcome(), Some(ScenarioOutcome::Success));
    assert_eq!(run.duration(), Some(Duration::from_secs(60)));
    let k = "scenario trigger";
    let id = "manual/tf-2".to_owned();
    assert_eq!(
        progress,
        [
            (k, id.clone(), "WAITING".to_owned()),
            (k, id.clone(), "WAITING".to_owned()),
            (k, id.clone(), "RUNNING".to_owned()),
            (k, id, "RUNNING".to_owned()),
        ]
    );
    let got = recorder.take();
    assert_eq!(got[0].json(), Some(json!({"day": "2024-05-01"})));
    assert_followed_own_fire(&got, 5, 0);
    recorder.mock().assert_calls(2 + 5);
}

#[test]
fn a_cancelled_fire_is_an_error_or_none_with_no_fail() {
    // Never a run; the fire is cancelled from its first read, which is at
    // the tenth poll.
    let script = || Script {
        appears: usize::MAX,
        ends: usize::MAX,
        cancelled_at: 1,
        ..Script::default()
    };
    let recorder = scenario_server(script());
    let c = recorder.client();
    let scenario = c.get_project("P").get_scenario("sc1");
    let err = scenario.run_and_wait().wait_options(fast()).send().unwrap_err();
    match &err {
        Error::RunFailed {
            kind,
            id,
            outcome,
            details,
        } => {
            assert_eq!(
                (*kind, id.as_str(), outcome.as_str()),
                ("scenario trigger", "manual/tf-2", "CANCELLED")
            );
            assert_eq!(details["cancelled"], true);
        }
        other => panic!("{other:?}"),
    }
    assert_followed_own_fire(&recorder.take(), 9, 1);
    recorder.mock().assert_calls(11);

    let recorder = scenario_server(script());
    let c = recorder.client();
    // Even with no_fail: there is no run to return.
    let err = c
        .get_project("P")
        .get_scenario("sc1")
        .run_and_wait()
        .no_fail(true)
        .wait_options(fast())
        .send()
        .unwrap_err();
    assert!(
        matches!(
            &err,
            Error::RunFailed {
                kind: "scenario trigger",
                ..
            }
        ),
        "{err:?}"
    );
    assert_followed_own_fire(&recorder.take(), 9, 1);
    recorder.mock().assert_calls(11);
}

#[test]
fn a_fire_read_again_every_tenth_poll_until_the_run_comes() {
    let recorder = scenario_server(Script {
        appears: 25,
        ends: 25,
        ..Script::default()
    });
    let c = recorder.client();
    let run = c
        .get_project("P")
        .get_scenario("sc1")
        .run_and_wait()
        .wait_options(fast().max_interval(Duration::from_millis(2)))
        .send()
        .unwrap();
    assert_eq!(run.run_id(), "R2");
    let got = recorder.take();
    // Reads of the fire before polls 10 and 20.
    assert_followed_own_fire(&got, 25, 2);
    assert_eq!(got[10].path, "/projects/P/scenarios/trigger/sc1/manual");
    assert_eq!(got[21].path, "/projects/P/scenarios/trigger/sc1/manual");
    recorder.mock().assert_calls(28);
}

#[test]
fn a_failed_or_warning_outcome_is_an_error_unless_no_fail() {
    for outcome in ["FAILED", "WARNING", "ABORTED"] {
        let recorder = scenario_server(Script {
            outcome,
            ..Script::default()
        });
        let c = recorder.client();
        let err = c
            .get_project("P")
            .get_scenario("sc1")
            .run_and_wait()
            .wait_options(fast())
            .send()
            .unwrap_err();
        match &err {
            Error::RunFailed {
                kind,
                id,
                outcome: got,
                details,
            } => {
                assert_eq!((*kind, id.as_str(), got.as_str()), ("scenario run", "R2", outcome));
                assert_eq!(details["result"]["outcome"], outcome);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(err.to_string(), format!("scenario run R2 ended with {outcome}"));
        assert_followed_own_fire(&recorder.take(), 5, 0);
        recorder.mock().assert_calls(6);
    }
    let recorder = scenario_server(Script {
        outcome: "WARNING",
        ..Script::default()
    });
    let c = recorder.client();
    let run = c
        .get_project("P")
        .get_scenario("sc1")
        .run_and_wait()
        .no_fail(true)
        .wait_options(fast())
        .send()
        .unwrap();
    assert_eq!(run.outcome(), Some(ScenarioOutcome::Warning));
    assert_followed_own_fire(&recorder.take(), 5, 0);
    recorder.mock().assert_calls(6);
}

#[test]
fn a_deadline_names_the_fire_before_its_run_exists_and_the_run_after() {
    // No run yet when the deadline passes: the fire is named.
    let recorder = scenario_server(Script {
        appears: usize::MAX,
        ends: usize::MAX,
        ..Script::default()
    });
    let c = recorder.client();
    let err = c
        .get_project("P")
        .get_scenario("sc1")
        .run_and_wait()
        .wait_options(fast().deadline(Duration::from_millis(100)))
        .send()
        .unwrap_err();
    match err {
        Error::WaitTimeout { kind, id, waited } => {
            assert_eq!((kind, id.as_str()), ("scenario trigger", "manual/tf-2"));
            assert!(waited >= Duration::from_millis(100));
        }
        other => panic!("{other:?}"),
    }
    let got = recorder.take();
    let polls = got.iter().filter(|r| r.path == RUN_PATH).count();
    assert!(polls >= 3, "{polls} polls");
    // Asked to run once; nothing aborted.
    assert_followed_own_fire(&got, polls, got.len() - 1 - polls);
    recorder.mock().assert_calls(got.len());

    // The run exists and goes on past the deadline: the run is named.
    let recorder = scenario_server(Script {
        appears: 2,
        ends: usize::MAX,
        ..Script::default()
    });
    let c = recorder.client();
    let err = c
        .get_project("P")
        .get_scenario("sc1")
        .run_and_wait()
        .wait_options(fast().deadline(Duration::from_millis(100)))
        .send()
        .unwrap_err();
    assert!(
        matches!(&err, Error::WaitTimeout { kind: "scenario run", id, .. } if id == "R2"),
        "{err:?}"
    );
    assert!(err.to_string().contains("left running"), "{err}");
    let got = recorder.take();
    let polls = got.iter().filter(|r| r.path == RUN_PATH).count();
    assert_followed_own_fire(&got, polls, got.len() - 1 - polls);
    recorder.mock().assert_calls(got.len());
}

#[test]
fn wait_for_scenario_run_then_wait_for_completion() {
    let recorder = scenario_server(Script::default());
    let c = recorder.client();
    let mut fire = c.get_project("P").get_scenario("sc1").run().send().unwrap();
    assert_eq!((fire.trigger_id(), fire.run_id()), ("manual", "tf-2"));
    let run = fire
        .wait_for_scenario_run()
        .wait_options(fast())
        .send()
        .unwrap()
        .unwrap();
    assert!(run.running());
    assert_eq!(run.end_time(), None);
    assert_followed_own_fire(&recorder.take(), 3, 0);

    // `wait_for_completion` polls the run's details.
    let details = Arc::new(Mutex::new(vec![
        json!({"scenarioRun": run_json("R2", None)}),
        json!({"scenarioRun": run_json("R2", None)}),
        json!({"scenarioRun": run_json("R2", Some("SUCCESS"))}),
    ]));
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/scenarios/sc1/R2/"));
        then.respond_with(move |_: &httpmock::HttpMockRequest| {
            let mut d = details.lock().unwrap();
            let next = if d.len() > 1 { d.remove(0) } else { d[0].clone() };
            httpmock::HttpMockResponse::builder()
                .status(200)
                .header("content-type", "application/json")
                .body(next.to_string())
                .build()
        });
    });
    let c = client(&server);
    let mut run = c.get_project("P").get_scenario("sc1").get_run("R2").send().unwrap();
    let mut states = Vec::new();
    let info = run
        .wait_for_completion()
        .wait_options(fast().on_progress(|p| states.push((p.kind, p.state.to_owned()))))
        .send()
        .unwrap();
    assert_eq!(info.outcome(), Some(ScenarioOutcome::Success));
    assert_eq!(states, [("scenario run", "RUNNING".to_owned())]);
    // get_run, then two polls; a finished run is not polled again.
    mock.assert_calls(3);
    run.wait_for_completion().wait_options(fast()).send().unwrap();
    mock.assert_calls(3);
}

fn run_json(run_id: &str, outcome: Option<&str>) -> Value {
    run(run_id, "tf-2", outcome)
}

#[test]
fn settings_of_a_script_scenario_carry_its_script() {
    let server = server();
    let read = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/scenarios/sc2"));
        then.status(200)
            .json_body(json!({"id": "sc2", "type": "custom_python", "active": true, "params": {}}));
    });
    let payload = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/scenarios/sc2/payload"));
        then.status(200)
            .json_body(json!({"script": "print(1)", "extension": "py"}));
    });
    let save = server.mock(|when, then| {
        when.method(PUT)
            .path(api("/projects/P/scenarios/sc2"))
            .json_body(json!({"id": "sc2", "type": "custom_python", "active": false, "params": {}}));
        then.status(200).json_body(json!({"msg": "saved"}));
    });
    let save_script = server.mock(|when, then| {
        when.method(PUT)
            .path(api("/projects/P/scenarios/sc2/payload"))
            .json_body(json!({"script": "print(2)"}));
        then.status(200).json_body(json!({"msg": "saved"}));
    });
    let c = client(&server);
    let mut settings = c.get_project("P").get_scenario("sc2").get_settings().send().unwrap();
    assert_eq!(settings.code(), Some("print(1)"));
    settings.set_active(false);
    settings.set_code("print(2)").unwrap();
    settings.save().send().unwrap();
    read.assert();
    payload.assert();
    save.assert();
    save_script.assert();
}

#[test]
fn settings_without_a_type_or_with_a_bad_script_are_decode_errors() {
    let server = server();
    let no_type = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/scenarios/a"));
        then.status(200).json_body(json!({"id": "a"}));
    });
    let script = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/scenarios/b"));
        then.status(200).json_body(json!({"id": "b", "type": "custom_python"}));
    });
    let bad_payload = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/scenarios/b/payload"));
        then.status(200).json_body(json!({"script": 42}));
    });
    let c = client(&server);
    let err = c.get_project("P").get_scenario("a").get_settings().send().unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    let err = c.get_project("P").get_scenario("b").get_settings().send().unwrap_err();
    assert!(err.to_string().contains("not text"), "{err}");
    no_type.assert();
    script.assert();
    bad_payload.assert();
}

#[test]
fn a_step_based_scenario_has_no_script_to_set() {
    let server = server();
    let read = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/scenarios/s"));
        then.status(200).json_body(json!({"id": "s", "type": "step_based"}));
    });
    let c = client(&server);
    let mut settings = c.get_project("P").get_scenario("s").get_settings().send().unwrap();
    assert!(settings.is_step_based());
    assert!(matches!(
        settings.set_code("x"),
        Err(Error::InvalidArgument { name: "code", .. })
    ));
    read.assert_calls(1);
}

/// The day `t` falls on in UTC, counted the slow way.
fn day_of(t: SystemTime) -> String {
    let mut days = t.duration_since(UNIX_EPOCH).unwrap().as_secs() / 86_400;
    let mut year = 1970;
    let leap = |y: u64| (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    while days >= if leap(year) { 366 } else { 365 } {
        days -= if leap(year) { 366 } else { 365 };
        year += 1;
    }
    let months = [
        31,
        if leap(year) { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let mut month = 0;
    while days >= months[month] {
        days -= months[month];
        month += 1;
    }
    format!("{year:04}-{:02}-{:02}", month + 1, days + 1)
}

#[test]
fn runs_by_date_end_today_by_default() {
    let recorder = Recorder::start(|_| (200, json!([run("R1", "tf-1", Some("SUCCESS"))]).to_string()));
    let c = recorder.client();
    let before = day_of(SystemTime::now());
    let runs = c
        .get_project("P")
        .get_scenario("sc1")
        .get_runs_by_date("2024-05-01")
        .send()
        .unwrap();
    let after = day_of(SystemTime::now());
    assert_eq!(runs[0].run_id(), "R1");
    let got = recorder.take();
    assert_eq!(got.len(), 1);
    assert_eq!(
        (got[0].method.as_str(), got[0].path.as_str()),
        ("GET", "/projects/P/scenarios/sc1/get-runs-by-date")
    );
    let [(from_key, from), (to_key, to_date)] = &got[0].query[..] else {
        panic!("{:?}", got[0].query);
    };
    assert_eq!(
        (from_key.as_str(), from.as_str(), to_key.as_str()),
        ("fromDate", "2024-05-01", "toDate")
    );
    assert!(
        *to_date == before || *to_date == after,
        "{to_date} is not today ({before})"
    );
    recorder.mock().assert_calls(1);
}

#[test]
fn the_last_successful_run_is_the_newest_finished_with_success() {
    let server = server();
    let last = server.mock(|when, then| {
        when.method(GET)
            .path(api("/projects/P/scenarios/sc1/get-last-runs"))
            .query_param("limit", "10")
            .query_param("onlyFinishedRuns", "true");
        then.status(200).json_body(json!([
            run("R3", "t3", Some("FAILED")),
            run("R2", "t2", Some("WARNING")),
            run("R1", "t1", Some("SUCCESS")),
        ]));
    });
    let c = client(&server);
    let found = c
        .get_project("P")
        .get_scenario("sc1")
        .get_last_successful_run()
        .send()
        .unwrap()
        .unwrap();
    assert_eq!(found.run_id(), "R1");
    last.assert();
}

#[test]
fn a_fire_without_its_trigger_is_a_decode_error() {
    let server = server();
    let run = server.mock(|when, then| {
        when.method(httpmock::Method::POST)
            .path(api("/projects/P/scenarios/sc1/run"))
            .json_body(json!({}));
        then.status(200).json_body(json!({"runId": "tf-1"}));
    });
    let c = client(&server);
    let err = c
        .get_project("P")
        .get_scenario("sc1")
        .run_and_wait()
        .send()
        .unwrap_err();
    assert!(
        matches!(err, Error::Decode { endpoint, .. } if endpoint.to_string() == "DssScenario::run"),
        "{err:?}"
    );
    run.assert_calls(1);
}
