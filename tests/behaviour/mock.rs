//! `dss_api::mock`: the real client against the embedded mock, for every
//! kind of endpoint (JSON, a member of each item, text, nothing, streams,
//! saved files, uploads multipart and raw, tasks started and waited for,
//! scenario runs, SQL and dataset rows, handles built from answers,
//! errors), each stub
//! asserted: how often, and with what. And the count: a stub for every
//! request of the catalog.

use std::collections::BTreeSet;
use std::io::Read;
use std::time::Duration;

use dss_api::catalog::ENDPOINTS;
use dss_api::mock::{Answer, MockDss, Stub, STUBBED_REQUESTS};
use dss_api::{DssClient, Error, RowValue, Upload, WaitOptions};
use dss_api_tests::report;
use serde_json::{json, Value};

type R = Result<(), Error>;

const UNKNOWN: &str = "com.dataiku.dip.exceptions.UnknownObjectException";

fn fast() -> WaitOptions<'static> {
    WaitOptions::new()
        .first_interval(Duration::from_millis(5))
        .max_interval(Duration::from_millis(20))
}

/// Every request value the spec generates has stubs: the mock's list (each
/// entry compiles only for a type implementing `Stub`'s requirements) is
/// exactly the catalog's requests, name for name.
#[test]
fn every_request_of_the_catalog_has_a_stub() {
    let catalog: BTreeSet<&str> = ENDPOINTS
        .iter()
        .filter(|e| !e.hand_written)
        .filter_map(|e| e.request.map(|r| r.request_type))
        .collect();
    let sending = ENDPOINTS
        .iter()
        .filter(|e| !e.hand_written && e.request.is_some())
        .count();
    let stubbed: BTreeSet<&str> = STUBBED_REQUESTS.iter().copied().collect();
    assert_eq!(stubbed.len(), STUBBED_REQUESTS.len(), "a request type is listed twice");
    assert_eq!(catalog.len(), sending, "two endpoints share a request type");
    let missing: Vec<_> = catalog.difference(&stubbed).collect();
    let extra: Vec<_> = stubbed.difference(&catalog).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}, extra {extra:?}"
    );
    report(&format!(
        "mock: {} request value types have stubs; the catalog has {} endpoints, {} sending a request \
         ({} hand-written methods and {} handle builders send none of their own)",
        STUBBED_REQUESTS.len(),
        ENDPOINTS.len(),
        sending,
        ENDPOINTS.iter().filter(|e| e.hand_written).count(),
        ENDPOINTS
            .iter()
            .filter(|e| !e.hand_written && e.request.is_none())
            .count(),
    ));
}

#[test]
fn json_answers_typed_and_open() -> R {
    let mock = MockDss::start()?;
    let projects = mock.list_projects().returns(json!([
        {"projectKey": "SALES", "name": "Sales", "shortDesc": "kept in extra"},
        {"projectKey": "HR"},
    ]))?;
    let meta = mock
        .get_project("SALES")
        .get_metadata()
        .returns(json!({"label": "Sales", "tags": ["a"]}))?;

    let list = mock.list_projects().send()?;
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].project_key, "SALES");
    assert_eq!(list[0].name.as_deref(), Some("Sales"));
    assert_eq!(
        list[0].extra.get::<String>("shortDesc").unwrap().as_deref(),
        Some("kept in extra")
    );
    assert_eq!(mock.get_project("SALES").get_metadata().send()?["tags"], json!(["a"]));

    projects.assert_calls(1);
    let call = projects.last_call().unwrap();
    assert_eq!((call.method(), call.path()), ("GET", "/dip/publicapi/projects/"));
    assert_eq!(call.query_param("includeLocation"), Some("false"));
    assert_eq!(call.header("authorization"), Some("Basic bW9jay1hcGkta2V5Og=="));
    meta.assert_calls(1);
    Ok(())
}

/// A stub matches the request as sent, optional arguments included: the
/// same method with another argument is another request, which no stub
/// answers (a diagnostic from the mock, an `Error::Api` for the client,
/// never a 404 DSS would not give).
#[test]
fn stubs_match_exactly_what_is_sent() -> R {
    let mock = MockDss::start()?;
    let with_location = mock
        .list_projects()
        .include_location(true)
        .returns(json!([{"projectKey": "A"}]))?;
    let odd = mock
        .get_project("a/b c?")
        .get_metadata()
        .returns(json!({"label": "odd"}))?;
    let body = mock
        .get_project("P")
        .set_metadata(json!({"label": "exact", "n": null}))
        .returns(())?;

    assert_eq!(mock.list_projects().include_location(true).send()?.len(), 1);
    let e = mock.list_projects().send().unwrap_err();
    assert_unmatched(
        &e,
        "the query: the stub expects includeLocation=true, the request has includeLocation=false",
    );
    assert_eq!(mock.get_project("a/b c?").get_metadata().send()?["label"], "odd");
    mock.get_project("P")
        .set_metadata(json!({"n": null, "label": "exact"}))
        .send()?;
    let e = mock
        .get_project("P")
        .set_metadata(json!({"label": "exact"}))
        .send()
        .unwrap_err();
    assert_unmatched(&e, "the JSON body: the stub expects");

    with_location.assert_calls(1);
    odd.assert_calls(1);
    assert_eq!(odd.calls()[0].path(), "/dip/publicapi/projects/a%2Fb%20c%3F/metadata");
    body.assert_calls(1);
    assert_eq!(body.calls()[0].json(), Some(json!({"label": "exact", "n": null})));
    assert_eq!(
        body.request(),
        r#"`DssProject::set_metadata`: PUT /dip/publicapi/projects/P/metadata with the JSON body {"label":"exact","n":null}"#
    );
    assert_eq!(mock.unmatched().len(), 2);
    mock.allow_unmatched();
    Ok(())
}

#[test]
fn members_of_each_item_text_and_nothing() -> R {
    let mock = MockDss::start()?;
    let keys = mock.list_project_keys().returns(["SALES", "HR"])?;
    let log = mock
        .get_code_env("PYTHON", "py")
        .get_log("build.log")
        .returns("line 1\nline 2\n")?;
    let deleted = mock.get_user("bob").delete().returns(())?;

    assert_eq!(mock.list_project_keys().send()?, ["SALES", "HR"]);
    assert_eq!(
        mock.get_code_env("PYTHON", "py").get_log("build.log").send()?,
        "line 1\nline 2\n"
    );
    mock.get_user("bob").delete().send()?;

    keys.assert_calls(1);
    assert!(keys.calls()[0].query().is_empty());
    log.assert_calls(1);
    deleted.assert_calls(1);
    assert_eq!(deleted.calls()[0].method(), "DELETE");
    assert!(deleted.calls()[0].body().is_empty());
    Ok(())
}

#[test]
fn errors_are_typed() -> R {
    let mock = MockDss::start()?;
    let missing = mock
        .get_project("NOPE")
        .get_metadata()
        .fails(404, UNKNOWN, "Project NOPE does not exist")?;
    let busy = mock
        .list_plugins()
        .answers(Answer::error(503, "Busy", "try later").header("Retry-After", "1"))?;

    let e = mock.get_project("NOPE").get_metadata().send().unwrap_err();
    assert!(e.is_not_found(), "{e}");
    let Error::Api(api) = &e else { panic!("{e:?}") };
    assert_eq!(api.error_type(), Some(UNKNOWN));
    assert_eq!(api.message(), Some("Project NOPE does not exist"));
    let e = mock.list_plugins().send().unwrap_err();
    assert!(e.is_retryable(), "{e}");

    missing.assert_calls(1);
    busy.assert_calls(1);
    Ok(())
}

#[test]
fn streams_and_saved_files() -> R {
    let mock = MockDss::start()?;
    let data: Vec<u8> = (0..300_000u32).map(|i| (i % 256) as u8).collect();
    let folder = mock.get_project("P").get_managed_folder("F");
    let file = folder.get_file("dir/a b.bin").returns_bytes(data.clone())?;
    let plugin = mock
        .download_plugin_to_file("geo", "unused.zip")
        .returns_bytes(data.clone())?;

    let mut stream = folder.get_file("dir/a b.bin").send()?;
    let mut got = Vec::new();
    stream.read_to_end(&mut got).unwrap();
    assert!(got == data);
    let path = std::env::temp_dir().join(format!("dss-api-mock-{}.zip", std::process::id()));
    // The local path is not sent: any stub of the request answers.
    let n = mock.download_plugin_to_file("geo", &path).send()?;
    assert_eq!(n, data.len() as u64);
    assert!(std::fs::read(&path).unwrap() == data);
    std::fs::remove_file(&path).unwrap();

    file.assert_calls(1);
    assert_eq!(
        file.calls()[0].path(),
        "/dip/publicapi/projects/P/managedfolders/F/contents/dir/a%20b.bin"
    );
    plugin.assert_calls(1);
    Ok(())
}

/// Uploads: the stub is made with any content (the request's shape is
/// what it matches); the bytes the client sent are read back from the
/// calls.
#[test]
fn uploads_are_received() -> R {
    let mock = MockDss::start()?;
    let folder = mock.get_project("P").get_managed_folder("F");
    let put = folder
        .put_file("in/data.csv", Vec::new())
        .returns(json!({"path": "/in/data.csv", "size": 11}))?;
    let bundle = mock
        .create_project_from_bundle_archive(Vec::new())
        .returns(json!({"projectKey": "IMPORTED"}))?;
    let raw = mock
        .get_plugin("dev")
        .put_file("python-lib/x.py", Vec::new())
        .returns(())?;

    let item = folder.put_file("in/data.csv", b"a,b\n1,2\n3,4".to_vec()).send()?;
    assert_eq!(item.size, Some(11));
    let archive = std::env::temp_dir().join(format!("dss-api-mock-bundle-{}.zip", std::process::id()));
    std::fs::write(&archive, b"PK-bundle").unwrap();
    mock.create_project_from_bundle_archive(Upload::path(&archive)).send()?;
    std::fs::remove_file(&archive).unwrap();
    mock.get_plugin("dev")
        .put_file("python-lib/x.py", Upload::reader(&b"print(1)"[..]))
        .send()?;

    put.assert_calls(1);
    let file = put.calls()[0].upload().expect("a multipart upload");
    assert_eq!(
        (file.filename.as_str(), file.content.as_slice()),
        ("", &b"a,b\n1,2\n3,4"[..])
    );
    bundle.assert_calls(1);
    let file = bundle.calls()[0].upload().expect("a multipart upload");
    assert_eq!(file.content, b"PK-bundle");
    raw.assert_calls(1);
    assert_eq!(raw.calls()[0].body(), b"print(1)");
    assert!(raw.calls()[0].upload().is_none());
    Ok(())
}

/// A task: the request that starts it (`.start()`, stubbed through
/// `started()`), then polls until it ends; the server-wait form is another
/// request.
#[test]
fn tasks_start_and_finish_after_polls() -> R {
    let mock = MockDss::start()?;
    let create = mock.create_code_env("PYTHON", "py", "DESIGN_MANAGED");
    let start = create
        .started()
        .returns_json(json!({"jobId": "job-7", "hasResult": false, "alive": true}))?;
    let waiting = mock
        .create_code_env("PYTHON", "py", "DESIGN_MANAGED")
        .returns(json!({"envName": "py", "messages": {"error": false, "messages": []}}))?;
    let polls = mock
        .get_future("job-7")
        .get_state()
        .finishes_after(3, json!({"envName": "py"}))?;

    let mut task = mock.create_code_env("PYTHON", "py", "DESIGN_MANAGED").start()?;
    assert_eq!(task.job_id(), "job-7");
    let seen = std::cell::Cell::new(0);
    let result = task
        .wait()
        .wait_options(fast().on_progress(|p| {
            assert_eq!(p.state, "RUNNING");
            seen.set(p.polls);
        }))
        .send()?;
    assert_eq!(result, json!({"envName": "py"}));
    assert_eq!(seen.get(), 3);
    let env = mock.create_code_env("PYTHON", "py", "DESIGN_MANAGED").send()?;
    assert_eq!(env.env_name(), "py");

    start.assert_calls(1);
    assert_eq!(start.calls()[0].query_param("wait"), Some("false"));
    assert_eq!(
        start.calls()[0].json(),
        Some(json!({"deploymentMode": "DESIGN_MANAGED"}))
    );
    waiting.assert_calls(1);
    assert_eq!(waiting.calls()[0].query_param("wait"), Some("true"));
    polls.assert_calls(4);
    assert!(polls.calls().iter().all(|c| c.query_param("peek") == Some("false")));
    Ok(())
}

#[test]
fn a_scenario_run_goes_running_then_ends() -> R {
    let mock = MockDss::start()?;
    let scenario = mock.get_project("P").get_scenario("nightly");
    let script = scenario
        .run()
        .params(json!({"day": "2024-05-01"}))
        .ends_after(2, "SUCCESS")?;

    let mut states = Vec::new();
    let run = scenario
        .run_and_wait()
        .params(json!({"day": "2024-05-01"}))
        .wait_options(fast().on_progress(|p| states.push(p.state.to_owned())))
        .send()?;
    assert_eq!(run.outcome().map(|o| o.to_string()).as_deref(), Some("SUCCESS"));
    assert_eq!(run.run_id(), script.run_id);
    assert_eq!(states, ["RUNNING", "RUNNING"]);

    script.run.assert_calls(1);
    assert_eq!(script.run.calls()[0].json(), Some(json!({"day": "2024-05-01"})));
    script.run_for_trigger.assert_calls(3);
    let poll = &script.run_for_trigger.calls()[0];
    assert_eq!(poll.query_param("triggerId"), Some("manual"));
    assert_eq!(poll.query_param("triggerRunId"), Some(script.fire_id.as_str()));
    script.trigger_fire.assert_calls(0);

    // Another run ending in failure, followed by hand.
    let failing = scenario.run().ends_after(0, "FAILED")?;
    let mut fire = scenario.run().send()?;
    let mut run = fire
        .wait_for_scenario_run()
        .wait_options(fast())
        .send()?
        .expect("a run");
    let e = run.wait_for_completion().wait_options(fast()).send().unwrap_err();
    assert!(
        matches!(&e, Error::RunFailed { outcome, .. } if outcome == "FAILED"),
        "{e}"
    );
    failing.run.assert_calls(1);
    failing.run_for_trigger.assert_calls(1);
    failing.details.assert_calls(0);
    Ok(())
}

#[test]
fn sql_rows_stream_and_are_verified() -> R {
    let mock = MockDss::start()?;
    let rows: Vec<Vec<Value>> = (0..1000)
        .map(|i| {
            vec![
                json!(i),
                json!(format!("name\t{i}")),
                if i % 2 == 0 { Value::Null } else { json!(1.5) },
            ]
        })
        .collect();
    let script = mock
        .sql_query("SELECT * FROM t")
        .connection("pg")
        .returns_rows(&[("id", "bigint"), ("name", "string"), ("x", "double")], rows)?;

    let query = mock.sql_query("SELECT * FROM t").connection("pg").send()?;
    assert_eq!(query.query_id(), script.query_id);
    assert_eq!(query.schema().len(), 3);
    let got: Vec<Vec<RowValue>> = query.iter_rows().send()?.collect::<Result<_, _>>()?;
    assert_eq!(got.len(), 1000);
    assert_eq!(
        got[7],
        [RowValue::Int(7), RowValue::Str("name\t7".into()), RowValue::Float(1.5)]
    );
    assert_eq!(got[8][2], RowValue::Null);

    script.start.assert_calls(1);
    let sent = script.start.calls()[0].json().unwrap();
    assert_eq!(
        (sent["query"].as_str(), sent["connection"].as_str()),
        (Some("SELECT * FROM t"), Some("pg"))
    );
    script.stream.assert_calls(1);
    script.finish.assert_calls(1);
    Ok(())
}

/// A dataset's rows: the schema, the data stream (whatever read session id
/// the client makes up) and the check at the end, for that same session.
#[test]
fn dataset_rows_stream_and_are_verified() -> R {
    let mock = MockDss::start()?;
    let dataset = mock.get_project("P").get_dataset("orders");
    let rows = (0..500).map(|i| vec![json!(format!("c{i}")), json!(i * 2)]);
    let script = dataset
        .iter_rows()
        .columns(["customer", "total"])
        .returns_rows(&[("total", "bigint"), ("customer", "string"), ("day", "date")], rows)?;

    let read = dataset.iter_rows().columns(["customer", "total"]).send()?;
    let names: Vec<&str> = read.columns().iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["customer", "total"]);
    let session = read.read_session_id().to_owned();
    let got: Vec<Vec<RowValue>> = read.collect::<Result<_, _>>()?;
    assert_eq!(got.len(), 500);
    assert_eq!(got[21], [RowValue::Str("c21".into()), RowValue::Int(42)]);
    // Without the columns asked for, it is another request; a check of
    // another read session fails.
    let e = dataset.iter_rows().send().unwrap_err();
    assert_unmatched(&e, "the query: the stub expects columns=customer&columns=total");
    mock.allow_unmatched();
    assert!(dataset
        .finish_streaming("another-read")
        .send()
        .unwrap_err()
        .is_not_found());

    script.schema.assert_calls(1);
    script.stream.assert_calls(1);
    let opened = script.stream.calls()[0].clone();
    assert_eq!(opened.query_param("readSessionId"), Some(session.as_str()));
    assert_eq!(opened.query_param("format"), Some("tsv-excel-noheader"));
    script.finish.assert_calls(2);
    assert_eq!(
        script.finish.calls()[0].query_param("readSessionId"),
        Some(session.as_str())
    );
    Ok(())
}

/// Handles built from answers: a member of the answer names the object.
#[test]
fn handles_from_answers() -> R {
    let mock = MockDss::start()?;
    let folder = mock
        .get_project_folder("f-1")
        .returns(json!({"id": "f-1", "name": "Finance", "childrenIds": []}))?;
    let created = mock
        .create_project("NEW", "New project", "admin")
        .description("d")
        .returns(json!({"projectKey": "NEW"}))?;

    assert_eq!(mock.get_project_folder("f-1").send()?.project_folder_id(), "f-1");
    let project = mock
        .create_project("NEW", "New project", "admin")
        .description("d")
        .send()?;
    assert_eq!(project.project_key(), "NEW");

    folder.assert_calls(1);
    created.assert_calls(1);
    let body = created.calls()[0].json().unwrap();
    assert_eq!(
        (body["projectKey"].as_str(), body["description"].as_str()),
        (Some("NEW"), Some("d"))
    );
    Ok(())
}

/// A folder that keeps its files: what goes up comes back down.
#[test]
fn a_folder_keeps_its_files() -> R {
    let mock = MockDss::start()?;
    let files = mock.managed_folder("P", "F")?;
    files.insert("/seed.txt", b"seeded".to_vec());
    let folder = mock.get_project("P").get_managed_folder("F");

    let dir = std::env::temp_dir().join(format!("dss-api-mock-dir-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("a.txt"), b"alpha").unwrap();
    std::fs::write(dir.join("sub/b c.txt"), b"beta").unwrap();
    let written = folder.upload_folder("up", &dir).send()?;
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(written.len(), 2);
    assert_eq!(files.paths(), ["seed.txt", "up/a.txt", "up/sub/b c.txt"]);
    assert_eq!(files.file("up/sub/b c.txt").as_deref(), Some(&b"beta"[..]));

    let listed: Vec<String> = folder.list_contents().send()?.into_iter().map(|i| i.path).collect();
    assert_eq!(listed, ["/seed.txt", "/up/a.txt", "/up/sub/b c.txt"]);
    let mut back = Vec::new();
    folder.get_file("/up/a.txt").send()?.copy_to(&mut back)?;
    assert_eq!(back, b"alpha");
    folder.delete_file("seed.txt").send()?;
    assert!(folder.get_file("seed.txt").send().unwrap_err().is_not_found());
    assert_eq!(files.paths(), ["up/a.txt", "up/sub/b c.txt"]);

    files.uploads().assert_calls(2);
    files.listings().assert_calls(1);
    files.downloads().assert_calls(2);
    files.deletions().assert_calls(1);
    Ok(())
}

#[test]
fn answers_in_turn_and_computed() -> R {
    let mock = MockDss::start()?;
    let turns = mock
        .list_plugins()
        .answers_in_turn([Answer::error(503, "Busy", "busy"), Answer::json(json!([{"id": "geo"}]))])?;
    let echo = mock
        .get_user("x")
        .get_settings()
        .responds_with(|req| Answer::json(json!({"login": "x", "asked": req.path()})))?;

    assert!(mock.list_plugins().send().is_err());
    assert_eq!(mock.list_plugins().send()?[0].id, "geo");
    assert_eq!(mock.list_plugins().send()?[0].id, "geo");
    assert_eq!(
        mock.get_user("x").get_settings().send()?.raw()["asked"],
        "/dip/publicapi/admin/users/x"
    );

    turns.assert_calls(3);
    echo.assert_calls(1);
    assert!(mock.list_plugins().answers_in_turn([]).is_err());
    // Two stubs of one request: the first made answers.
    let second = mock.list_plugins().returns(json!([{"id": "second"}]))?;
    assert_eq!(mock.list_plugins().send()?[0].id, "geo");
    turns.assert_calls(4);
    second.assert_calls(0);
    // A removed stub answers nothing more: the next one does.
    turns.remove();
    assert_eq!(mock.list_plugins().send()?[0].id, "second");
    second.remove();
    assert_unmatched(
        &mock.list_plugins().send().unwrap_err(),
        "no stub of the mock matches GET /dip/publicapi/plugins/",
    );
    mock.allow_unmatched();
    turns.assert_calls(4);
    second.assert_calls(1);
    Ok(())
}

/// Stubs need the mock's client; a client of your own still talks to the
/// mock, and the client's settings (retries here) apply to it.
#[test]
fn clients_of_the_mock() -> R {
    let mock = MockDss::start_with(|b| b.retry(dss_api::RetryPolicy::new().first_backoff(Duration::from_millis(1))))?;
    let other = DssClient::new(mock.url(), "another-key")?;
    let e = other.list_plugins().returns(json!([])).unwrap_err();
    assert!(matches!(e, Error::Config(_)), "{e}");

    let plugins = mock
        .list_plugins()
        .answers_in_turn([Answer::error(503, "Busy", "busy"), Answer::json(json!([]))])?;
    assert!(mock.list_plugins().send()?.is_empty(), "retried past the 503");
    // Like DSS, the mock lets in its client's key only.
    let refused = other.list_plugins().send().unwrap_err();
    assert_eq!(refused.status(), Some(401), "{refused}");
    plugins.assert_calls(2);
    mock.accept_any_credential();
    assert!(other.list_plugins().send()?.is_empty());
    plugins.assert_calls(3);
    assert_eq!(
        plugins.calls()[2].header("authorization"),
        Some("Basic YW5vdGhlci1rZXk6")
    );
    // A refused credential can be scripted, and lifted.
    mock.refuse_credentials(
        403,
        "com.dataiku.dip.exceptions.UnauthorizedException",
        "API key revoked",
    );
    let e = mock.list_plugins().send().unwrap_err();
    assert_eq!(
        (e.status(), e.api().and_then(|a| a.message())),
        (Some(403), Some("API key revoked"))
    );
    mock.accept_api_key(dss_api::mock::MOCK_API_KEY);
    assert!(mock.list_plugins().send()?.is_empty());
    assert!(other.list_plugins().send().unwrap_err().status() == Some(401));
    plugins.assert_calls(4);
    Ok(())
}

/// A request no stub matches fails the test when the mock is dropped, with
/// the diagnostic, even when the code under test swallowed the error.
#[test]
#[should_panic(expected = "no stub of the mock matches GET /dip/publicapi/projects/P/metadata")]
fn an_unmatched_request_fails_the_test_when_the_mock_is_dropped() {
    let mock = MockDss::start().unwrap();
    let _ = mock.get_project("P").get_metadata().send();
    drop(mock);
}

/// A forgotten stub is not a 404: `exists` (false only on a 404) does not
/// answer `false` from a stub nobody made.
#[test]
fn a_forgotten_stub_is_not_an_absent_object() {
    let mock = MockDss::start().unwrap();
    let e = mock.get_project("P").get_dataset("d").exists().send().unwrap_err();
    assert_unmatched(&e, "the mock has no stub");
    mock.allow_unmatched();
}

/// Requests as dataikuapi sends them (the headers it was recorded sending,
/// for an API key and for an internal ticket) are let in by a mock whose
/// client has that credential, and refused with a changed one.
#[test]
fn dataikuapi_traffic_is_let_in_with_the_right_credential_only() -> R {
    let auth = dss_api_tests::fixture("conformance/dataikuapi-15.2.0-auth.json");
    let mut checked = 0;
    for call in auth.as_array().into_iter().flatten() {
        let constructor = call["constructor"].as_str().unwrap_or_default();
        let Some(headers) = call["headers"].as_object() else {
            continue;
        };
        let quoted = |name: &str| {
            constructor
                .split(&format!("{name}='"))
                .nth(1)
                .and_then(|rest| rest.split('\'').next())
                .map(str::to_owned)
        };
        let mock = match (quoted("api_key"), quoted("internal_ticket")) {
            (Some(key), _) => MockDss::start_with(|b| b.api_key(key))?,
            (None, Some(ticket)) => MockDss::start_with(|b| b.internal_ticket(ticket))?,
            _ => continue,
        };
        let plugins = mock.list_plugins().returns(json!([]))?;
        let recorded: Vec<(String, String)> = headers
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
            .collect();
        assert_eq!(raw_get(&mock.url(), &recorded), 200, "{constructor}");
        let tampered: Vec<(String, String)> = recorded
            .iter()
            .map(|(k, v)| match k.as_str() {
                "authorization" | "x-dku-apiticket" => (k.clone(), format!("{v}x")),
                _ => (k.clone(), v.clone()),
            })
            .collect();
        assert_eq!(raw_get(&mock.url(), &tampered), 401, "{constructor}");
        plugins.assert_calls(1);
        checked += 1;
    }
    assert_eq!(checked, 3, "the recorded API key, ticket and extra-header cases");
    Ok(())
}

/// The status of `GET /dip/publicapi/plugins/` sent with exactly these
/// headers (as another client would send it).
fn raw_get(base: &str, headers: &[(String, String)]) -> u16 {
    raw_request(base, "/dip/publicapi/plugins/", headers).0
}

/// The status and body of a GET of `path` sent with exactly these headers.
fn raw_request(base: &str, path: &str, headers: &[(String, String)]) -> (u16, String) {
    use std::io::{Read, Write};
    let host = base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    let mut req = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    stream.write_all(req.as_bytes()).unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    let status = answer.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// The error a request no stub matched gets: the mock's diagnostic, which
/// holds `says`.
fn assert_unmatched(e: &dss_api::Error, says: &str) {
    assert_eq!(e.status(), Some(500), "{e}");
    assert_eq!(e.error_type(), Some("dss_api.mock.UnmatchedRequest"), "{e}");
    assert!(e.to_string().contains(says), "{e}");
}

/// A mock folder reads paths as DSS does: `in//a.txt` is `in/a.txt`.
#[test]
fn folder_paths_are_read_as_dss_reads_them() -> R {
    let mock = MockDss::start()?;
    let folder = mock.managed_folder("P", "F")?;
    folder.insert("in/a.txt", b"hello".to_vec());
    // This client refuses an empty segment before sending; dataikuapi sends
    // it (`contents//in//a.txt` when given `/in//a.txt`).
    let auth = {
        use base64::Engine as _;
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{}:", dss_api::mock::MOCK_API_KEY))
        )
    };
    let (status, body) = raw_request(
        &mock.url(),
        "/dip/publicapi/projects/P/managedfolders/F/contents//in//a.txt",
        &[("authorization".into(), auth)],
    );
    assert_eq!((status, body.as_str()), (200, "hello"));
    folder.downloads().assert_calls(1);
    Ok(())
}

/// The escape hatch is stubbed like any request value: by what it sends
/// (verb, path, query, JSON body), answered as JSON.
#[test]
fn raw_requests_are_stubbed_like_the_others() -> R {
    use dss_api::Verb;
    let mock = MockDss::start()?;
    let timeline = mock
        .raw(Verb::Get, "/projects")
        .segment("P")
        .segment("timeline")
        .query("itemCount", "5")
        .returns(json!({"items": [1]}))?;
    let posted = mock
        .raw(Verb::Post, "/projects/P/tags")
        .json(json!({"tags": ["a"]}))
        .returns(())?;

    let answer = mock
        .raw(Verb::Get, "/projects")
        .segment("P")
        .segment("timeline")
        .query("itemCount", "5")
        .send()?;
    assert_eq!(answer, json!({"items": [1]}));
    assert_eq!(
        mock.raw(Verb::Post, "/projects/P/tags")
            .json(json!({"tags": ["a"]}))
            .send()?,
        Value::Null
    );
    // Another query is another request: the mock's diagnostic, not a 404.
    mock.allow_unmatched();
    let e = mock
        .raw(Verb::Get, "/projects/P/timeline")
        .query("itemCount", "6")
        .send()
        .unwrap_err();
    assert_unmatched(&e, "the query");
    timeline.assert_calls(1);
    assert_eq!(timeline.calls()[0].path(), "/dip/publicapi/projects/P/timeline");
    posted.assert_calls(1);
    assert_eq!(posted.calls()[0].json(), Some(json!({"tags": ["a"]})));
    Ok(())
}

/// Dataset rows read into a type their columns cannot give: one error
/// from `send_as`, before any row, naming the method, the field and the
/// columns.
#[test]
fn dataset_rows_into_a_type_the_columns_cannot_give_fail_once() -> R {
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)] // read by serde only
    struct Order {
        customer: String,
        totl: i64,
    }
    let mock = MockDss::start()?;
    let dataset = mock.get_project("P").get_dataset("orders");
    let rows = (0..3).map(|i| vec![json!(format!("c{i}")), json!(i)]);
    let script = dataset
        .iter_rows()
        .returns_rows(&[("customer", "string"), ("total", "bigint")], rows)?;
    let e = dataset.iter_rows().send_as::<Order>().unwrap_err();
    assert!(matches!(e, dss_api::Error::Decode { .. }), "{e:?}");
    assert_eq!(e.endpoint().unwrap().to_string(), "DssDataset::iter_rows");
    let text = e.to_string();
    assert!(
        text.contains("missing field `totl`") && text.contains("(customer, total)"),
        "{text}"
    );
    script.stream.assert_calls(1);
    // The rows were never read: no check of the read session was sent.
    script.finish.assert_calls(0);
    Ok(())
}
