//! Recipes: `run` reads the flow graph, builds the recipe's first output
//! with a job and waits for it; a recipe the graph cannot run starts no
//! job; schema updates are applied output by output, after checking them
//! all.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use dss_api::{Error, WaitOptions};
use dss_api_tests::{api, client, server, Recorder};
use httpmock::Method::{GET, POST};
use serde_json::{json, Value};

fn fast() -> WaitOptions<'static> {
    WaitOptions::new()
        .first_interval(Duration::from_millis(2))
        .max_interval(Duration::from_millis(10))
}

fn graph(output_type: &str, successors: Value) -> Value {
    json!({"nodes": {
        "ds1": {"ref": "ds1", "type": "COMPUTABLE_DATASET", "predecessors": [], "successors": ["rec1"]},
        "rec1": {"ref": "rec1", "type": "RUNNABLE_RECIPE", "predecessors": ["ds1"], "successors": successors},
        "out_key": {"ref": "out1", "type": output_type, "predecessors": ["rec1"], "successors": []},
        "other": {"ref": "other", "type": "COMPUTABLE_DATASET", "predecessors": ["rec1"], "successors": []}
    }})
}

/// A server with that flow graph, whose job `job-1` runs for one poll and
/// ends `final_state`.
fn flow_server(graph: Value, final_state: &'static str) -> Recorder {
    let polls = Arc::new(AtomicUsize::new(0));
    Recorder::start(move |r| {
        let body = match (r.method.as_str(), r.path.as_str()) {
            ("GET", "/projects/P/flow/graph/") => graph.clone(),
            ("POST", "/projects/P/jobs/") => json!({"projectKey": "P", "id": "job-1"}),
            ("GET", "/projects/P/jobs/job-1/") => {
                let state = if polls.fetch_add(1, Ordering::SeqCst) == 0 {
                    "RUNNING"
                } else {
                    final_state
                };
                json!({"baseStatus": {"state": state}})
            }
            _ => return (404, "{}".into()),
        };
        (200, body.to_string())
    })
}

#[test]
fn run_builds_the_first_output_and_waits_for_the_job() {
    let recorder = flow_server(graph("COMPUTABLE_FOLDER", json!(["out_key", "other"])), "DONE");
    let c = recorder.client();
    let mut states = Vec::new();
    let job = c
        .get_project("P")
        .get_recipe("rec1")
        .run()
        .job_type("RECURSIVE_BUILD")
        .partitions("2024-05-01|EU")
        .wait_options(fast().on_progress(|p| states.push((p.kind, p.state.to_owned()))))
        .send()
        .unwrap();
    assert_eq!((job.project_key(), job.id()), ("P", "job-1"));
    assert_eq!(states, [("job", "RUNNING".to_owned())]);
    let got = recorder.take();
    let calls: Vec<(&str, &str)> = got.iter().map(|r| (r.method.as_str(), r.path.as_str())).collect();
    assert_eq!(
        calls,
        [
            ("GET", "/projects/P/flow/graph/"),
            ("POST", "/projects/P/jobs/"),
            ("GET", "/projects/P/jobs/job-1/"),
            ("GET", "/projects/P/jobs/job-1/"),
        ]
    );
    // The node's `ref`, with the job type of a folder.
    assert_eq!(
        got[1].json().unwrap(),
        json!({"type": "RECURSIVE_BUILD", "refreshHiveMetastore": false, "autoUpdateSchemaBeforeEachRecipeRun": false,
               "outputs": [{"type": "MANAGED_FOLDER", "id": "out1", "projectKey": null, "partition": "2024-05-01|EU"}]})
    );
    recorder.mock().assert_calls(4);
}

#[test]
fn run_without_waiting_starts_the_job_only() {
    let recorder = flow_server(graph("COMPUTABLE_SAVED_MODEL", json!(["out_key"])), "DONE");
    let c = recorder.client();
    let job = c.get_project("P").get_recipe("rec1").run().wait(false).send().unwrap();
    assert_eq!(job.id(), "job-1");
    let got = recorder.take();
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].json().unwrap()["outputs"][0]["type"], "SAVED_MODEL");
    recorder.mock().assert_calls(2);
}

#[test]
fn a_failed_job_of_a_recipe_run_is_an_error_unless_no_fail() {
    let recorder = flow_server(graph("COMPUTABLE_DATASET", json!(["out_key"])), "FAILED");
    let c = recorder.client();
    let err = c
        .get_project("P")
        .get_recipe("rec1")
        .run()
        .wait_options(fast())
        .send()
        .unwrap_err();
    assert!(
        matches!(&err, Error::RunFailed { kind: "job", id, outcome, .. } if id == "job-1" && outcome == "FAILED"),
        "{err:?}"
    );
    recorder.mock().assert_calls(4);
    let recorder = flow_server(graph("COMPUTABLE_DATASET", json!(["out_key"])), "FAILED");
    let c = recorder.client();
    let job = c
        .get_project("P")
        .get_recipe("rec1")
        .run()
        .no_fail(true)
        .wait_options(fast())
        .send()
        .unwrap();
    assert_eq!(job.id(), "job-1");
    assert_eq!(recorder.take().len(), 4);
    recorder.mock().assert_calls(4);
}

#[test]
fn a_recipe_the_graph_cannot_run_starts_no_job() {
    let cases = [
        (
            "missing",
            graph("COMPUTABLE_DATASET", json!(["out_key"])),
            "not in the project's flow graph",
        ),
        ("rec1", graph("COMPUTABLE_DATASET", json!([])), "has no output"),
        (
            "rec1",
            graph("COMPUTABLE_DATASET", json!(["gone"])),
            "output gone of recipe rec1 is not in",
        ),
        (
            "rec1",
            graph("LABELING_TASK", json!(["out_key"])),
            "is a LABELING_TASK, which a job cannot build",
        ),
    ];
    for (name, graph, message) in cases {
        let recorder = flow_server(graph, "DONE");
        let c = recorder.client();
        let err = c.get_project("P").get_recipe(name).run().send().unwrap_err();
        assert!(
            matches!(err, Error::OperationFailed { endpoint, .. } if endpoint.to_string() == "DssRecipe::run"),
            "{err:?}"
        );
        assert!(err.to_string().contains(message), "{err}");
        let got = recorder.take();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].path, "/projects/P/flow/graph/");
        recorder.mock().assert_calls(1);
    }
}

#[test]
fn schema_updates_are_applied_one_output_at_a_time() {
    let server = server();
    let compute = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/recipes/rec1/schema-update"));
        then.status(200)
            .json_body(json!({"totalIncompatibilities": 2, "computables": [
                {"type": "DATASET", "datasetName": "ds2", "id": "P.ds2", "newSchema": {"columns": [{"name": "a"}]}},
                {"type": "MANAGED_FOLDER", "id": "f1", "newSchema": {"columns": []}}
            ]}));
    });
    let dataset = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/recipes/rec1/actions/updateOutputSchema"))
            .json_body(json!({"computableType": "DATASET", "computableId": "ds2",
                              "newSchema": {"columns": [{"name": "a"}]},
                              "dropAndRecreate": false, "synchronizeMetastore": true}));
        then.status(200).json_body(json!({"n": 1}));
    });
    let folder = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/recipes/rec1/actions/updateOutputSchema"))
            .json_body(json!({"computableType": "MANAGED_FOLDER", "computableId": "f1",
                              "newSchema": {"columns": []},
                              "dropAndRecreate": false, "synchronizeMetastore": true}));
        then.status(200).json_body(json!({"n": 2}));
    });
    let c = client(&server);
    let updates = c
        .get_project("P")
        .get_recipe("rec1")
        .compute_schema_updates()
        .send()
        .unwrap();
    assert!(updates.any_action_required());
    let answers = updates.apply().drop_and_recreate(false).send().unwrap();
    assert_eq!(answers, [json!({"n": 1}), json!({"n": 2})]);
    compute.assert();
    dataset.assert();
    folder.assert();
}

#[test]
fn schema_updates_with_an_incomplete_output_send_nothing() {
    let server = server();
    let compute = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/recipes/rec1/schema-update"));
        then.status(200)
            .json_body(json!({"totalIncompatibilities": 2, "computables": [
                {"type": "DATASET", "datasetName": "ds2", "newSchema": {"columns": []}},
                {"type": "DATASET", "datasetName": "ds3"}
            ]}));
    });
    let apply = server.mock(|when, then| {
        when.method(POST);
        then.status(200).json_body(json!({}));
    });
    let c = client(&server);
    let updates = c
        .get_project("P")
        .get_recipe("rec1")
        .compute_schema_updates()
        .send()
        .unwrap();
    let err = updates.apply().send().unwrap_err();
    assert!(err.to_string().contains("output 1 (ds3)"), "{err}");
    compute.assert();
    apply.assert_calls(0);
}
