//! `send_as::<T>()`: every request with a JSON answer also decodes into the
//! caller's own type (or a `serde_json::Value`), with the same errors as
//! `send()`.

use dss_api::Error;
use dss_api_tests::{api, client, server};
use httpmock::Method::{GET, POST};
use serde::Deserialize;
use serde_json::{json, Value};

/// What a script reading the projects list might name: one member.
#[derive(Deserialize, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
struct MyProject {
    project_key: String,
}

#[test]
fn a_list_decodes_into_the_callers_type_or_a_value() {
    let server = server();
    let list = server.mock(|when, then| {
        when.method(GET).path(api("/projects/"));
        then.status(200)
            .json_body(json!([{"projectKey": "A", "name": "a", "tags": ["t"]}, {"projectKey": "B"}]));
    });
    let c = client(&server);
    let mine: Vec<MyProject> = c.list_projects().send_as().unwrap();
    assert_eq!(
        mine,
        [
            MyProject {
                project_key: "A".into()
            },
            MyProject {
                project_key: "B".into()
            }
        ]
    );
    let raw: Value = c.list_projects().send_as().unwrap();
    assert_eq!(raw[0]["tags"], json!(["t"]));
    // A `T from answer[].member` method's send_as decodes the whole answer.
    let whole: Vec<Value> = c.list_project_keys().send_as().unwrap();
    assert_eq!(whole.len(), 2);
    list.assert_calls(3);
}

#[test]
fn a_mismatch_is_a_decode_error_naming_the_method() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET).path(api("/projects/"));
        then.status(200).json_body(json!({"not": "a list"}));
    });
    let err = client(&server).list_projects().send_as::<Vec<MyProject>>().unwrap_err();
    match &err {
        Error::Decode { endpoint, .. } => assert_eq!(endpoint.to_string(), "DssClient::list_projects"),
        other => panic!("{other:?}"),
    }
    mock.assert();
}

#[test]
fn a_failure_reported_in_the_answer_is_still_an_error() {
    // `create_global_api_key` checks `messages`: send_as does too.
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(POST).path(api("/admin/global-api-keys/"));
        then.status(200)
            .json_body(json!({"messages": {"error": true, "messages": [{"message": "no admin rights"}]}}));
    });
    let err = client(&server).create_global_api_key().send_as::<Value>().unwrap_err();
    assert!(matches!(err, Error::OperationFailed { .. }), "{err:?}");
    assert!(err.to_string().contains("no admin rights"), "{err}");
    mock.assert();
}

#[test]
fn a_handle_result_can_be_read_as_its_answer() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path(api("/sql/queries/"))
            .json_body_includes(r#"{"query": "SELECT 1"}"#);
        then.status(200)
            .json_body(json!({"queryId": "q1", "schema": [{"name": "a", "type": "int"}], "extra": 1}));
    });
    let answer: Value = client(&server).sql_query("SELECT 1").send_as().unwrap();
    assert_eq!(answer["extra"], json!(1));
    mock.assert();
}
