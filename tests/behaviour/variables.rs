//! `update_variables`: one read, a merge into one set of variables that
//! keeps everything else, one write; a set the project does not have, or
//! variables that are not an object, fail without writing anything.

use dss_api::Error;
use dss_api_tests::{api, client, server};
use httpmock::Method::{GET, PUT};
use serde_json::json;

#[test]
fn update_variables_merges_into_one_set() {
    let server = server();
    let read = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/variables/"));
        then.status(200).json_body(json!({
            "standard": {"keep": 1, "change": "old", "nested": {"a": 1}},
            "local": {"l": "loc"},
            "futureMember": true
        }));
    });
    let write_standard = server.mock(|when, then| {
        when.method(PUT).path(api("/projects/P/variables/")).json_body(json!({
            "standard": {"keep": 1, "change": "new", "nested": {"b": 2}, "added": [1, 2]},
            "local": {"l": "loc"},
            "futureMember": true
        }));
        then.status(204);
    });
    let write_local = server.mock(|when, then| {
        when.method(PUT).path(api("/projects/P/variables/")).json_body(json!({
            "standard": {"keep": 1, "change": "old", "nested": {"a": 1}},
            "local": {"l": "loc", "l2": null},
            "futureMember": true
        }));
        then.status(204);
    });
    let c = client(&server);
    let project = c.get_project("P");
    // A member given replaces the whole value (no deep merge), as in dataikuapi.
    project
        .update_variables(json!({"change": "new", "nested": {"b": 2}, "added": [1, 2]}))
        .send()
        .unwrap();
    project
        .update_variables(json!({"l2": null}))
        .variable_type("local")
        .send()
        .unwrap();
    read.assert_calls(2);
    write_standard.assert_calls(1);
    write_local.assert_calls(1);
}

#[test]
fn update_variables_fails_without_writing() {
    let server = server();
    let read = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/variables/"));
        then.status(200).json_body(json!({"standard": {}, "local": {}}));
    });
    let write = server.mock(|when, then| {
        when.method(PUT).path(api("/projects/P/variables/"));
        then.status(204);
    });
    let c = client(&server);
    let project = c.get_project("P");

    // A set the project does not have: an error naming it, not a panic.
    let err = project
        .update_variables(json!({"x": 1}))
        .variable_type("standrad")
        .send()
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::InvalidArgument {
                name: "variable_type",
                ..
            }
        ),
        "{err:?}"
    );
    let text = err.to_string();
    assert!(
        text.contains("`standrad`") && text.contains("`standard`") && text.contains("`local`"),
        "{text}"
    );

    // Variables that are not an object are refused before any request.
    let err = project.update_variables(json!(["x"])).send().unwrap_err();
    assert!(
        matches!(err, Error::InvalidArgument { name: "variables", .. }),
        "{err:?}"
    );

    read.assert_calls(1);
    write.assert_calls(0);
}
