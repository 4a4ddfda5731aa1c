//! Datasets where we differ from dataikuapi on purpose, and what the
//! recordings do not show: `exists` takes only a 404 for "absent",
//! partitions of metric paths are never empty, a metric is named by its id,
//! the dataset name is one encoded path segment, and deleting before a
//! managed creation stays in the caller's hands.

use dss_api::Error;
use dss_api_tests::{api, client, server};
use httpmock::Method::{DELETE, GET, POST};
use serde_json::json;

#[test]
fn exists_is_false_on_404_only() {
    let server = server();
    let here = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/datasets/here/metadata"));
        then.status(200).json_body(json!({"label": "here", "tags": []}));
    });
    let missing = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/datasets/gone/metadata"));
        then.status(404)
            .json_body(json!({"errorType": "UnknownObjectException", "message": "Dataset P.gone does not exist"}));
    });
    let forbidden = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/datasets/secret/metadata"));
        then.status(403)
            .json_body(json!({"errorType": "UnauthorizedException", "message": "no read right"}));
    });
    let broken = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/datasets/broken/metadata"));
        then.status(500)
            .json_body(json!({"errorType": "java.lang.NullPointerException", "message": "boom"}));
    });
    let c = client(&server);
    let project = c.get_project("P");
    assert!(project.get_dataset("here").exists().send().unwrap());
    assert!(!project.get_dataset("gone").exists().send().unwrap());
    // dataikuapi answers `False` for these two; they are errors here.
    let err = project.get_dataset("secret").exists().send().unwrap_err();
    assert_eq!(err.status(), Some(403));
    let shown = err.to_string();
    assert!(
        shown.starts_with("HTTP 403 from `DssDataset::exists` (GET http://127.0.0.1:")
            && shown
                .ends_with("/dip/publicapi/projects/P/datasets/secret/metadata): UnauthorizedException: no read right"),
        "{shown}"
    );
    let err = project.get_dataset("broken").exists().send().unwrap_err();
    assert_eq!(err.status(), Some(500));
    here.assert();
    missing.assert();
    forbidden.assert();
    broken.assert();
}

#[test]
fn exists_does_not_answer_for_an_unreachable_server() {
    // A port nothing listens on: dataikuapi would say the dataset is absent.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let c = dss_api::DssClient::new(url, "k").unwrap();
    let err = c.get_project("P").get_dataset("ds").exists().send().unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
}

#[test]
fn an_overwrite_that_cannot_check_existence_deletes_nothing() {
    // dataikuapi's create(overwrite=True) takes this failure for "absent"
    // and goes on; written out here, the error stops the caller first.
    let server = server();
    let check = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/datasets/ds1/metadata"));
        then.status(503).body("unavailable");
    });
    let delete = server.mock(|when, then| {
        when.method(DELETE).path(api("/projects/P/datasets/ds1"));
        then.status(204);
    });
    let create = server.mock(|when, then| {
        when.method(POST).path(api("/projects/P/datasets/managed"));
        then.status(200).json_body(json!({}));
    });
    let c = client(&server);
    let project = c.get_project("P");
    let overwrite = || -> dss_api::Result<dss_api::DssDataset> {
        let ds = project.get_dataset("ds1");
        if ds.exists().send()? {
            ds.delete().drop_data(true).send()?;
        }
        project.create_managed_dataset("ds1").connection("fs").send()
    };
    let err = overwrite().unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert!(err.is_retryable());
    check.assert();
    delete.assert_calls(0);
    create.assert_calls(0);
}

#[test]
fn a_metric_is_looked_up_by_its_id() {
    // dataikuapi crashes on a metric given as a dict (`{"metricId": ..}`);
    // here the metric is its id, a string.
    let server = server();
    let history = server.mock(|when, then| {
        when.method(GET)
            .path(api("/projects/P/datasets/ds1/metrics/history/NP"))
            .query_param("metricLookup", "col_stats:MIN:a b&c");
        then.status(200)
            .json_body(json!({"metricId": "col_stats:MIN:a b&c", "values": []}));
    });
    let metric = json!({"metricId": "col_stats:MIN:a b&c", "type": "col_stats"});
    let answer = client(&server)
        .get_project("P")
        .get_dataset("ds1")
        .get_metric_history(metric["metricId"].as_str().unwrap())
        .send()
        .unwrap();
    assert_eq!(answer["values"], json!([]));
    history.assert();
}

#[test]
fn an_empty_partition_in_a_metrics_path_is_refused_before_sending() {
    // dataikuapi sends `NP` for an empty partition; `NP` is the default
    // here, and an empty one is an argument error.
    let server = server();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!({}));
    });
    let c = client(&server);
    let ds = c.get_project("P").get_dataset("ds1");
    for err in [
        ds.get_last_metric_values().partition("").send().unwrap_err(),
        ds.get_metric_history("records:COUNT_RECORDS")
            .partition("")
            .send()
            .unwrap_err(),
    ] {
        assert!(
            matches!(err, Error::InvalidArgument { name: "partition", .. }),
            "{err:?}"
        );
    }
    any.assert_calls(0);
}

#[test]
fn a_partition_and_a_dataset_name_are_one_encoded_segment_each() {
    let server = server();
    let last = server.mock(|when, then| {
        when.method(GET)
            .path(api("/projects/P/datasets/a%2Fb%20c/metrics/last/2024%2F05"));
        then.status(200).json_body(json!({"metrics": []}));
    });
    let c = client(&server);
    c.get_project("P")
        .get_dataset("a/b c")
        .get_last_metric_values()
        .partition("2024/05")
        .send()
        .unwrap();
    last.assert();
}

#[test]
fn run_checks_with_an_empty_list_sends_it() {
    // Unset: no body, the checks set up on the dataset run. An empty list
    // is sent as it is (as dataikuapi does).
    let server = server();
    let configured = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/datasets/ds1/actions/runChecks"))
            .query_param("partition", "ALL")
            .body("");
        then.status(200).json_body(json!({"results": []}));
    });
    let listed = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/datasets/ds1/actions/runChecks"))
            .query_param("partition", "")
            .json_body(json!([]));
        then.status(200).json_body(json!({"results": []}));
    });
    let c = client(&server);
    let ds = c.get_project("P").get_dataset("ds1");
    ds.run_checks().partition("ALL").send().unwrap();
    ds.run_checks().checks(Vec::<String>::new()).send().unwrap();
    configured.assert();
    listed.assert();
}

#[test]
fn compute_metrics_sends_no_body_without_ids_or_probes() {
    let server = server();
    let configured = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/datasets/ds1/actions/computeMetrics"))
            .query_param("partition", "")
            .body("");
        then.status(200).json_body(json!({"partition": "NP", "computed": []}));
    });
    let c = client(&server);
    let report = c
        .get_project("P")
        .get_dataset("ds1")
        .compute_metrics()
        .timeout(std::time::Duration::from_secs(30))
        .send()
        .unwrap();
    assert_eq!(report["partition"], "NP");
    configured.assert();
}

#[test]
fn rename_returns_a_handle_under_the_new_name() {
    let server = server();
    let rename = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/actions/renameDataset"))
            .json_body(json!({"oldName": "old", "newName": "new"}));
        then.status(204);
    });
    let c = client(&server);
    let old = c.get_project("P").get_dataset("old");
    let new = old.rename("new").send().unwrap();
    assert_eq!((new.project_key(), new.dataset_name()), ("P", "new"));
    assert_eq!(old.dataset_name(), "old", "the old handle is left as it was");
    let err = new.rename("new").send().unwrap_err();
    assert!(err.to_string().contains("already named `new`"), "{err}");
    rename.assert();
}

#[test]
fn garbage_in_a_typed_answer_is_a_decode_error() {
    let server = server();
    let schema = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/datasets/ds1/schema"));
        then.status(200).json_body(json!({"columns": [{"type": "int"}]}));
    });
    let list = server.mock(|when, then| {
        when.method(GET)
            .path(api("/projects/P/datasets/"))
            .query_param("foreign", "false");
        then.status(200).body("<html>login</html>");
    });
    let c = client(&server);
    let project = c.get_project("P");
    let err = project.get_dataset("ds1").get_schema().send().unwrap_err();
    assert!(
        matches!(
            err,
            Error::Decode { endpoint, .. } if endpoint.to_string() == "DssDataset::get_schema"
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("name"), "{err}");
    let err = project.list_datasets().send().unwrap_err();
    assert!(
        matches!(
            err,
            Error::Decode { endpoint, .. } if endpoint.to_string() == "DssProject::list_datasets"
        ),
        "{err:?}"
    );
    schema.assert();
    list.assert();
}

#[test]
fn a_schema_read_and_saved_back_keeps_what_the_model_does_not_name() {
    let server = server();
    let sent = json!({
        "columns": [{"name": "id", "type": "bigint", "comment": "key", "meaning": "Integer"}],
        "userModified": true,
        "future": {"x": 1}
    });
    let get = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/datasets/ds1/schema"));
        then.status(200).json_body(sent.clone());
    });
    let put = server.mock(|when, then| {
        when.method(httpmock::Method::PUT)
            .path(api("/projects/P/datasets/ds1/schema"))
            .json_body(sent.clone());
        then.status(200).json_body(json!({"msg": "ok"}));
    });
    let c = client(&server);
    let ds = c.get_project("P").get_dataset("ds1");
    let schema = ds.get_schema().send().unwrap();
    assert_eq!(schema.columns[0].r#type, "bigint");
    ds.set_schema(serde_json::to_value(&schema).unwrap()).send().unwrap();
    get.assert();
    put.assert();
}

#[test]
fn the_settings_of_compute_metrics_and_run_checks_reach_their_request() {
    let server = server();
    let slow = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/datasets/ds1/actions/computeMetricsFromIds"))
            .query_param("partition", "ALL")
            .json_body(json!({"metricIds": ["records:COUNT_RECORDS"]}));
        then.status(200)
            .delay(std::time::Duration::from_secs(3))
            .json_body(json!({}));
    });
    let slow_checks = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/datasets/ds1/actions/runChecks"))
            .query_param("partition", "")
            .body("");
        then.status(200)
            .delay(std::time::Duration::from_secs(3))
            .json_body(json!({}));
    });
    let c = client(&server);
    let ds = c.get_project("P").get_dataset("ds1");
    let bound = std::time::Duration::from_millis(300);
    let err = ds
        .compute_metrics()
        .partition("ALL")
        .metric_ids(["records:COUNT_RECORDS"])
        .response_timeout(bound)
        .no_retry()
        .send()
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    let err = ds.run_checks().timeout(bound).send().unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    slow.assert();
    slow_checks.assert();
}
