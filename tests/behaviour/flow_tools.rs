//! The hand-written flows of the batch core: zones and the zone of an
//! object, documentation, schema propagation, replacing an input, tables
//! imports (and listings answered at once), detection by dataset type,
//! document templates, test scenarios, waiters, and the query values made
//! by conversions and `concat`.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use dss_api::{DssFuture, DssJobWaiter, DssScenarioRunWaiter, Error, TestAndDetectResult, WaitOptions};
use dss_api_tests::{Received, Recorder};
use serde_json::{json, Value};

fn fast() -> WaitOptions<'static> {
    WaitOptions::new()
        .first_interval(Duration::from_millis(2))
        .max_interval(Duration::from_millis(5))
}

fn calls(got: &[Received]) -> Vec<(String, String)> {
    got.iter().map(|r| (r.method.clone(), r.path.clone())).collect()
}

fn call(m: &str, p: &str) -> (String, String) {
    (m.to_owned(), p.to_owned())
}

fn zone(id: &str, items: Value) -> Value {
    json!({"id": id, "name": format!("Zone {id}"), "color": "#000000", "items": items, "shared": []})
}

#[test]
fn the_zone_of_an_object_matches_items_in_any_member_order() {
    let recorder = Recorder::start(|r| match r.path.as_str() {
        "/projects/P/flow/zones" => {
            let z1 = zone("z1", json!([{"objectType": "DATASET", "objectId": "ds1"}]));
            let z2 = zone(
                "z2",
                json!([{"objectType": "RECIPE", "objectId": "r", "projectKey": "Q"}]),
            );
            (200, json!([z1, z2]).to_string())
        }
        "/projects/P/flow/zones/default" => (200, zone("default", json!([])).to_string()),
        _ => (404, "{}".into()),
    });
    let flow = recorder.client().get_project("P").get_flow();
    assert_eq!(
        flow.get_zone_of_object("DATASET", "ds1", Some("P"))
            .send()
            .unwrap()
            .id(),
        "z1"
    );
    assert_eq!(
        flow.get_zone_of_object("RECIPE", "r", Some("Q")).send().unwrap().id(),
        "z2"
    );
    assert_eq!(
        calls(&recorder.take()),
        [
            call("GET", "/projects/P/flow/zones"),
            call("GET", "/projects/P/flow/zones")
        ]
    );
    // Not in a zone: the default zone, read.
    let zone = flow.get_zone_of_object("RECIPE", "r", None).send().unwrap();
    assert_eq!((zone.id(), zone.name()), ("default", Some("Zone default")));
    assert_eq!(
        calls(&recorder.take()),
        [
            call("GET", "/projects/P/flow/zones"),
            call("GET", "/projects/P/flow/zones/default")
        ]
    );
}

#[test]
fn a_zone_without_an_id_is_a_decode_error() {
    let recorder = Recorder::start(|_| (200, json!([{"name": "no id"}]).to_string()));
    let err = recorder
        .client()
        .get_project("P")
        .get_flow()
        .list_zones()
        .send()
        .unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert_eq!(calls(&recorder.take()), [call("GET", "/projects/P/flow/zones")]);
}

#[test]
fn zone_settings_are_the_zone_as_read_and_save_sends_it_changed() {
    let recorder = Recorder::start(|r| match r.method.as_str() {
        "GET" => (200, zone("z1", json!([])).to_string()),
        _ => (204, String::new()),
    });
    let zone = recorder
        .client()
        .get_project("P")
        .get_flow()
        .get_zone("z1")
        .send()
        .unwrap();
    let mut settings = zone.get_settings();
    assert_eq!(recorder.take().len(), 1, "get_settings sends nothing");
    settings.set_name("Renamed");
    settings.save().send().unwrap();
    let got = recorder.take();
    assert_eq!(calls(&got), [call("PUT", "/projects/P/flow/zones/z1")]);
    let mut expected = zone.raw().clone();
    expected["name"] = json!("Renamed");
    assert_eq!(got[0].json().unwrap(), expected);
}

#[test]
fn documentation_from_a_folder_needs_both_its_id_and_path() {
    let recorder = Recorder::start(|_| (200, json!({"jobId": "f1", "hasResult": false}).to_string()));
    let flow = recorder.client().get_project("P").get_flow();
    let err = flow.generate_documentation().folder_id("fold1").send().unwrap_err();
    assert!(
        matches!(err, Error::InvalidArgument { name: "folder_id", .. }),
        "{err:?}"
    );
    assert!(recorder.take().is_empty());
    let task = flow
        .generate_documentation()
        .folder_id("f")
        .path("/t.docx")
        .send()
        .unwrap();
    assert_eq!(task.job_id(), "f1");
    let got = recorder.take();
    assert_eq!(
        calls(&got),
        [call(
            "POST",
            "/projects/P/flow/documentation/generate-with-template-in-folder"
        )]
    );
    assert_eq!(
        got[0].query,
        [("folderId".into(), "f".into()), ("path".into(), "/t.docx".into())]
    );
}

#[test]
fn schema_propagation_sends_its_options_and_source() {
    let recorder = Recorder::start(|_| (200, json!({"jobId": "f1", "hasResult": false}).to_string()));
    let flow = recorder.client().get_project("P").get_flow();
    let mut builder = flow.new_schema_propagation("Q.ds1");
    builder
        .set_auto_rebuild(false)
        .stop_at("r1")
        .set_grouping_update_options(Some("g1"), false, true, json!({"c": ["SUM"]}));
    let sent = builder.settings();
    assert!(recorder.take().is_empty());
    builder.start().unwrap();
    let got = recorder.take();
    assert_eq!(calls(&got), [call("POST", "/projects/P/flow/tools/propagate-schema/")]);
    let body = got[0].json().unwrap();
    assert_eq!(body["sources"], json!([{"projectKey": "Q", "id": "ds1"}]));
    assert_eq!(body["options"], sent);
    assert_eq!(
        sent["recipeUpdateOptions"]["byName"]["g1"],
        json!({"removeMissingAggregates": false, "removeMissingKeys": true, "newAggregates": {"c": ["SUM"]}})
    );
    assert_eq!(
        (sent["autoRebuild"].clone(), sent["excludedRecipes"].clone()),
        (json!(false), json!(["r1"]))
    );
}

#[test]
fn replacing_an_input_changes_only_the_recipes_reading_it() {
    let recorder = Recorder::start(|r| {
        match (r.method.as_str(), r.path.as_str()) {
        ("GET", "/projects/P/recipes/") => (
            200,
            json!([{"name": "a", "inputs": {"main": {"items": [{"ref": "old"}]}}},
                   {"name": "b", "inputs": {"other": {"items": [{"ref": "x"}]}}},
                   {"name": "c"}])
            .to_string(),
        ),
        ("GET", "/projects/P/recipes/a") => (
            200,
            json!({"recipe": {"name": "a", "inputs": {"main": {"items": [{"ref": "old", "deps": []}]}}}, "payload": ""})
                .to_string(),
        ),
        _ => (200, "{}".into()),
    }
    });
    let flow = recorder.client().get_project("P").get_flow();
    let changed = flow.replace_input_computable("old", "new").send().unwrap();
    assert_eq!(changed.iter().map(|r| r.recipe_name()).collect::<Vec<_>>(), ["a"]);
    let got = recorder.take();
    assert_eq!(
        calls(&got),
        [
            call("GET", "/projects/P/recipes/"),
            call("GET", "/projects/P/recipes/a"),
            call("PUT", "/projects/P/recipes/a"),
        ]
    );
    assert_eq!(
        got[2].json().unwrap()["recipe"]["inputs"]["main"]["items"][0]["ref"],
        "new"
    );
}

#[test]
fn a_tables_import_follows_its_task_by_id_then_executes_the_candidates() {
    let polls = Arc::new(AtomicUsize::new(0));
    let seen = polls.clone();
    let recorder = Recorder::start(move |r| match r.path.as_str() {
        "/futures/prep-1" => {
            let done = seen.fetch_add(1, Ordering::SeqCst) > 0;
            let state = if done {
                json!({"jobId": "prep-1", "hasResult": true, "result": {"sourceTables": []}})
            } else {
                json!({"jobId": "prep-1", "hasResult": false, "alive": true})
            };
            (200, state.to_string())
        }
        p if p.ends_with("/prepare-from-keys") => (200, json!({"jobId": "prep-1", "hasResult": true}).to_string()),
        _ => (200, json!({"jobId": "exec-1", "hasResult": false}).to_string()),
    });
    let project = recorder.client().get_project("P");
    let mut import = project.init_tables_import();
    import.add_hive_table("db", "t").add_sql_table("pg", "s", "t2", None);
    assert_eq!(
        import.keys()[0],
        json!({"connectionName": "@virtual(hive-jdbc):db", "name": "t"})
    );
    let mut prepared = import.prepare().wait_options(fast()).send().unwrap();
    assert_eq!(polls.load(Ordering::SeqCst), 2);
    prepared.candidates_mut()["sourceTables"] = json!([{"name": "t2"}]);
    assert_eq!(prepared.execute().unwrap().job_id(), "exec-1");
    let got = recorder.take();
    assert_eq!(got.len(), 4);
    assert_eq!(got[0].json().unwrap()["keys"][1]["catalog"], Value::Null);
    assert_eq!(got[3].json().unwrap(), json!({"sourceTables": [{"name": "t2"}]}));
    // A preparation answer without a task is a decode error.
    let recorder = Recorder::start(|_| (200, "{}".into()));
    let project = recorder.client().get_project("P");
    let err = project.init_tables_import().prepare().send().unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert_eq!(recorder.take().len(), 1);
}

#[test]
fn a_listing_answered_at_once_is_not_polled_and_hive_names_are_made_here() {
    let recorder = Recorder::start(|_| {
        (
            200,
            json!({"result": {"tables": [{"databaseName": "db", "table": "t"}]}}).to_string(),
        )
    });
    let project = recorder.client().get_project("P");
    let listed = project.list_hive_tables("db").send().unwrap();
    assert_eq!(listed.tables[0].database_name.as_deref(), Some("db"));
    let got = recorder.take();
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].query,
        [("connectionName".into(), "@virtual(hive-jdbc):db".into())]
    );
    let result = DssFuture::get_result_wait_if_needed(&recorder.client(), json!({"result": [1]}))
        .send()
        .unwrap();
    assert_eq!(result, json!([1]));
    assert!(recorder.take().is_empty());
}

#[test]
fn search_queries_carry_json_text_as_python_writes_it() {
    let recorder = Recorder::start(|_| (200, json!({"hasResult": true, "result": {"rows": []}}).to_string()));
    let ds = recorder.client().get_project("P").get_dataset("ds");
    ds.search_data_elastic("q").send().unwrap();
    ds.search_data_elastic("q")
        .start_row(5)
        .sort_columns(json!(["é", "b"]))
        .send()
        .unwrap();
    let got = recorder.take();
    let q = |i: usize, k: &str| got[i].query.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    assert_eq!(q(0, "sortColumns").as_deref(), Some("null"));
    assert_eq!(q(0, "partitions").as_deref(), Some("null"));
    assert_eq!(q(1, "sortColumns").as_deref(), Some("[\"\\u00e9\", \"b\"]"));
    assert_eq!(
        (q(1, "start").as_deref(), q(1, "size").as_deref()),
        (Some("5"), Some("128"))
    );
}

fn typed_dataset(dataset_type: &'static str, answer: Value) -> Recorder {
    Recorder::start(move |r| match r.method.as_str() {
        "GET" if r.path.starts_with("/futures/") => (
            200,
            json!({"jobId": "d1", "hasResult": true, "result": answer}).to_string(),
        ),
        "GET" => (200, json!({"type": dataset_type, "params": {}, "keep": 1}).to_string()),
        _ if dataset_type == "HDFS" => (200, json!({"jobId": "d1", "hasResult": false}).to_string()),
        _ => (200, answer.to_string()),
    })
}

#[test]
fn detection_goes_by_the_dataset_type() {
    let recorder = typed_dataset("Teradata", json!({"schemaDetection": {"newSchema": {"columns": []}}}));
    let ds = recorder.client().get_project("P").get_dataset("ds");
    let result = ds.test_and_detect().infer_storage_types(true).send().unwrap();
    assert!(matches!(result, TestAndDetectResult::Detected(_)), "{result:?}");
    let got = recorder.take();
    assert_eq!(
        got[1].path,
        "/projects/P/datasets/ds/actions/testAndDetectSettings/externalSQL"
    );
    assert!(got[1].body.is_empty(), "no body for a SQL dataset");
    let recorder = typed_dataset("Kafka", json!({}));
    let ds = recorder.client().get_project("P").get_dataset("ds");
    let err = ds.test_and_detect().send().unwrap_err();
    assert!(
        matches!(&err, Error::OperationFailed { summary, .. } if summary.contains("Kafka")),
        "{err:?}"
    );
    assert_eq!(recorder.take().len(), 1, "the settings' read only");
}

#[test]
fn autodetection_sets_format_and_schema_or_fails_with_the_answer() {
    let detected = json!({"format": {"ok": true, "type": "csv", "params": {"separator": "\t"},
                                      "schemaDetection": {"newSchema": {"columns": [{"name": "x"}]}}}});
    let recorder = typed_dataset("HDFS", detected);
    let ds = recorder.client().get_project("P").get_dataset("ds");
    let settings = ds.autodetect_settings().wait_options(fast()).send().unwrap();
    assert_eq!(settings.raw()["formatType"], "csv");
    assert_eq!(settings.raw()["keep"], 1);
    assert_eq!(settings.raw()["schema"]["columns"][0]["name"], "x");
    let got = recorder.take();
    let methods: Vec<&str> = got.iter().map(|r| r.method.as_str()).collect();
    assert_eq!(methods, ["GET", "GET", "POST", "GET"]);
    assert_eq!(
        got[2].json().unwrap(),
        json!({"detectPossibleFormats": true, "inferStorageTypes": false})
    );
    let recorder = typed_dataset("HDFS", json!({"format": {"ok": false}}));
    let ds = recorder.client().get_project("P").get_dataset("ds");
    let err = ds.autodetect_settings().wait_options(fast()).send().unwrap_err();
    let Error::OperationFailed { messages, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(**messages, json!({"format": {"ok": false}}));
    assert_eq!(recorder.take().len(), 4);
}

#[test]
fn a_document_template_is_checked_before_it_is_sent() {
    let recorder = Recorder::start(|_| (200, json!({"ok": true}).to_string()));
    let p = recorder.client().get_project("P");
    let refusals = [
        p.render_document_template("JINJA", json!({})).template_str("t"),
        p.render_document_template("MARKDOWN", json!({}))
            .template_str("t")
            .output_format("TEXT"),
        p.render_document_template("DOCX_JINJA", json!({}))
            .template_str("t")
            .output_format("PDF"),
        p.render_document_template("JINJA", json!({}))
            .template_str("t")
            .output_format("HTML"),
    ];
    for r in refusals {
        let err = r.send().unwrap_err();
        assert!(matches!(err, Error::InvalidArgument { .. }), "{err:?}");
    }
    assert!(recorder.take().is_empty());
    let custom = json!({"type": "managed_folder", "managedFolderId": "f", "filePath": "/t.docx"});
    p.render_document_template("DOCX_JINJA", json!({"a": 1}))
        .template_ref(custom.clone())
        .template_bytes(b"ignored".to_vec())
        .output_format("DOCX")
        .output_ref(json!({"type": "managed_folder", "managedFolderId": "f", "filePath": "/out.docx"}))
        .send()
        .unwrap();
    let got = recorder.take();
    let body = got[0].json().unwrap();
    assert_eq!(body["templateRef"], custom);
    assert_eq!(body["destinationRef"]["filePath"], "/out.docx");
    assert_eq!(
        (body["templateType"].clone(), body["outputFormat"].clone()),
        (json!("DOCX_JINJA"), json!("DOCX"))
    );
}

#[test]
fn moving_a_project_finds_its_folder_first() {
    let recorder = Recorder::start(|r| match r.path.as_str() {
        "/project-folders/locate-project/P" => (200, json!({"id": "cur"}).to_string()),
        _ => (204, String::new()),
    });
    recorder
        .client()
        .get_project("P")
        .move_to_folder("dest")
        .send()
        .unwrap();
    let got = recorder.take();
    assert_eq!(
        calls(&got),
        [
            call("GET", "/project-folders/locate-project/P"),
            call("POST", "/project-folders/cur/projects/P/move")
        ]
    );
    assert_eq!(got[1].query, [("destination".into(), "dest".into())]);
}

fn run(outcome: Option<&str>) -> Value {
    let mut r = json!({"runId": "r1", "scenario": {"projectKey": "P", "id": "s"}, "start": 1000, "end": 0});
    if let Some(o) = outcome {
        r["result"] = json!({"outcome": o});
        r["end"] = json!(61_000);
    }
    r
}

/// A scenario whose run appears at the second read of its fire, and ends
/// `outcome` at the third.
fn scenario_dss(outcome: &'static str) -> Recorder {
    let reads = Arc::new(AtomicUsize::new(0));
    Recorder::start(move |r| match r.path.as_str() {
        "/projects/P/scenarios/s/get-run-for-trigger" => match reads.fetch_add(1, Ordering::SeqCst) {
            0 => (200, "{}".into()),
            1 => (200, json!({"scenarioRun": run(None)}).to_string()),
            _ => (200, json!({"scenarioRun": run(Some(outcome))}).to_string()),
        },
        "/projects/P/scenarios/s/run" => (200, json!({"runId": "tf", "trigger": {"id": "manual"}}).to_string()),
        _ => (404, "{}".into()),
    })
}

#[test]
fn a_run_waiter_follows_the_fire_until_the_run_ends() {
    let recorder = scenario_dss("FAILED");
    let scenario = recorder.client().get_project("P").get_scenario("s");
    let fire = scenario.run().send().unwrap();
    let err = DssScenarioRunWaiter::from(&fire)
        .wait()
        .wait_options(fast())
        .send()
        .unwrap_err();
    assert!(
        matches!(&err, Error::RunFailed { outcome, .. } if outcome == "FAILED"),
        "{err:?}"
    );
    let got = recorder.take();
    assert_eq!(got.len(), 4, "the run, then three reads of the fire's run");
    assert!(got[1..].iter().all(|r| r.query
        == [
            ("triggerId".to_owned(), "manual".to_owned()),
            ("triggerRunId".to_owned(), "tf".to_owned())
        ]));
    // With no_fail, the failed run; a run already ended is not read again.
    let recorder = scenario_dss("FAILED");
    let scenario = recorder.client().get_project("P").get_scenario("s");
    let fire = scenario.run().send().unwrap();
    let mut waiter = DssScenarioRunWaiter::from(&fire);
    let ended = waiter.wait().no_fail(true).wait_options(fast()).send().unwrap();
    assert_eq!(ended.get_duration(), Some(Duration::from_secs(60)));
    let again = waiter.wait().no_fail(true).wait_options(fast()).send().unwrap();
    assert_eq!(again.run_id(), "r1");
    assert_eq!(recorder.take().len(), 4);
}

#[test]
fn a_job_waiter_returns_the_final_state() {
    let polls = Arc::new(AtomicUsize::new(0));
    let recorder = Recorder::start(move |_| {
        let state = if polls.fetch_add(1, Ordering::SeqCst) == 0 {
            "RUNNING"
        } else {
            "ABORTED"
        };
        (200, json!({"baseStatus": {"state": state}}).to_string())
    });
    let job = recorder.client().get_project("P").get_job("j");
    let waiter = DssJobWaiter::from(&job);
    let err = waiter.wait().wait_options(fast()).send().unwrap_err();
    assert!(matches!(&err, Error::RunFailed { kind: "job", .. }), "{err:?}");
    assert_eq!(
        waiter.wait().no_fail(true).wait_options(fast()).send().unwrap(),
        dss_api::JobState::Aborted
    );
    let got = recorder.take();
    assert_eq!(got.len(), 3);
    assert!(got.iter().all(|r| r.path == "/projects/P/jobs/j/"));
}

#[test]
fn test_scenarios_and_average_durations() {
    let recorder = Recorder::start(|r| match r.path.as_str() {
        "/projects/P/scenarios/" => (
            200,
            json!([{"id": "a", "markedAsTest": true}, {"id": "b", "markedAsTest": "yes"}, {"id": "c"}]).to_string(),
        ),
        _ => (200, json!([run(Some("SUCCESS")), run(Some("FAILED"))]).to_string()),
    });
    let p = recorder.client().get_project("P");
    let tests: Vec<String> = p
        .list_test_scenarios()
        .send()
        .unwrap()
        .iter()
        .map(|s| s.id().to_owned())
        .collect();
    assert_eq!(tests, ["a"]);
    let s = p.get_scenario("s");
    assert_eq!(
        s.get_average_duration().limit(2).send().unwrap(),
        Some(Duration::from_secs(60))
    );
    assert_eq!(
        s.get_average_duration().send().unwrap(),
        None,
        "two runs of the three asked for"
    );
    let got = recorder.take();
    assert_eq!(got.len(), 3);
    assert_eq!(
        got[1].query,
        [
            ("limit".to_owned(), "2".to_owned()),
            ("onlyFinishedRuns".to_owned(), "true".to_owned())
        ]
    );
}
