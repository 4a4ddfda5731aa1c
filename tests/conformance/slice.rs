//! The first slice (futures, projects, plugins): each call hits exactly the
//! method, path, query and body that dataikuapi 15.2.0 sends, and decodes
//! the answer.

use dss_api_tests::{api, client, server, BASIC_AUTH};
use httpmock::Method::{DELETE, GET, POST};
use serde_json::json;

#[test]
fn list_futures_sends_recorded_query_and_decodes() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(api("/futures/"))
            .query_param("withScenarios", "false")
            .query_param("withNotScenarios", "true")
            .query_param("allUsers", "true")
            .query_param_count(".*", ".*", 3)
            .header("authorization", BASIC_AUTH);
        then.status(200).json_body(json!([
            {"jobId": "j1", "alive": true, "payload": {"x": 1}, "startTime": 17}
        ]));
    });
    let futures = client(&server).list_futures().all_users(true).send().unwrap();
    mock.assert();
    assert_eq!(futures.len(), 1);
    assert_eq!(futures[0].job_id, "j1");
    assert_eq!(futures[0].alive, Some(true));
    assert_eq!(futures[0].extra.get::<u64>("startTime").unwrap(), Some(17));
}

#[test]
fn list_futures_defaults_to_own_tasks() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET).path(api("/futures/")).query_param("allUsers", "false");
        then.status(200).json_body(json!([]));
    });
    assert!(client(&server).list_futures().send().unwrap().is_empty());
    mock.assert();
}

#[test]
fn list_running_scenarios_flips_the_scenario_flags() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(api("/futures/"))
            .query_param("withScenarios", "true")
            .query_param("withNotScenarios", "false")
            .query_param("allUsers", "false")
            .query_param_count(".*", ".*", 3);
        then.status(200)
            .json_body(json!([{"jobId": "s1", "payload": {"scenarioId": "S"}}]));
    });
    let runs = client(&server).list_running_scenarios().send().unwrap();
    mock.assert();
    assert_eq!(runs[0].payload, Some(json!({"scenarioId": "S"})));
}

#[test]
fn get_future_is_a_handle_and_abort_deletes() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(DELETE)
            .path(api("/futures/job-7"))
            .query_param_count(".*", ".*", 0);
        then.status(204);
    });
    let c = client(&server);
    let future = c.get_future("job-7");
    assert_eq!(future.job_id(), "job-7");
    assert_eq!(mock.calls(), 0, "building a handle sends nothing");
    future.abort().send().unwrap();
    mock.assert();
}

#[test]
fn future_state_and_peek() {
    let server = server();
    let state = server.mock(|when, then| {
        when.method(GET)
            .path(api("/futures/job-7"))
            .query_param("peek", "false");
        then.status(200)
            .json_body(json!({"jobId": "job-7", "alive": false, "hasResult": true, "result": {"n": 3}}));
    });
    let peek = server.mock(|when, then| {
        when.method(GET).path(api("/futures/job-7")).query_param("peek", "true");
        then.status(200)
            .json_body(json!({"jobId": "job-7", "alive": true, "hasResult": false, "progress": {"p": 1}}));
    });
    let c = client(&server);
    let f = c.get_future("job-7");
    let s = f.get_state().send().unwrap();
    assert!(s.has_result && !s.alive);
    assert_eq!(s.result, Some(json!({"n": 3})));
    let p = f.peek_state().send().unwrap();
    assert!(p.alive);
    assert_eq!(p.progress, Some(json!({"p": 1})));
    state.assert();
    peek.assert();
}

#[test]
fn list_project_keys() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(api("/projects/"))
            .query_param_count(".*", ".*", 0);
        then.status(200)
            .json_body(json!([{"projectKey": "A", "name": "a"}, {"projectKey": "B"}]));
    });
    let keys = client(&server).list_project_keys().send().unwrap();
    mock.assert();
    assert_eq!(keys, vec!["A", "B"]);
}

#[test]
fn list_projects_keeps_unknown_members() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(api("/projects/"))
            .query_param("includeLocation", "false")
            .query_param_count(".*", ".*", 1);
        then.status(200)
            .json_body(json!([{"projectKey": "P", "name": "Proj", "tags": ["t"]}]));
    });
    let c = client(&server);
    let projects = c.list_projects().send().unwrap();
    mock.assert();
    assert_eq!(projects[0].project_key, "P");
    assert_eq!(projects[0].name.as_deref(), Some("Proj"));
    assert_eq!(
        projects[0].extra.get::<Vec<String>>("tags").unwrap(),
        Some(vec!["t".to_owned()])
    );
    assert_eq!(projects[0].to_handle(&c).project_key(), "P");
    // Written back, it is the same document.
    assert_eq!(
        serde_json::to_value(&projects[0]).unwrap(),
        json!({"projectKey": "P", "name": "Proj", "tags": ["t"]})
    );
}

#[test]
fn get_project_metadata() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET).path(api("/projects/PKEY/metadata"));
        then.status(200).json_body(json!({"label": "L", "tags": []}));
    });
    let meta = client(&server).get_project("PKEY").get_metadata().send().unwrap();
    mock.assert();
    assert_eq!(meta["label"], "L");
}

#[test]
fn create_project_sends_recorded_body() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/"))
            .query_param("projectFolderId", "fld42")
            .query_param_count(".*", ".*", 1)
            .header("content-type", "application/json")
            .json_body(json!({
                "projectKey": "NEWP", "name": "New project", "owner": "admin", "settings": null,
                "description": "d", "permissions": [], "tags": []
            }));
        then.status(200).json_body(json!({"msg": "Created project NEWP"}));
    });
    let project = client(&server)
        .create_project("NEWP", "New project", "admin")
        .description("d")
        .project_folder_id("fld42")
        .send()
        .unwrap();
    mock.assert();
    assert_eq!(project.project_key(), "NEWP");
}

#[test]
fn create_project_defaults_send_nulls_and_no_folder() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/"))
            .query_param_count(".*", ".*", 0)
            .json_body(json!({
                "projectKey": "P2", "name": "n", "owner": "o", "settings": null,
                "description": null, "permissions": [], "tags": []
            }));
        then.status(200).json_body(json!({}));
    });
    client(&server).create_project("P2", "n", "o").send().unwrap();
    mock.assert();
}

#[test]
fn list_plugins_and_plugin_settings() {
    let server = server();
    let list = server.mock(|when, then| {
        when.method(GET).path(api("/plugins/"));
        then.status(200)
            .json_body(json!([{"id": "geoip", "version": "1.0", "meta": {"label": "GeoIP"}}]));
    });
    let settings = server.mock(|when, then| {
        when.method(GET).path(api("/plugins/geoip/settings"));
        then.status(200).json_body(json!({"config": {"a": 1}}));
    });
    let c = client(&server);
    let plugins = c.list_plugins().send().unwrap();
    assert_eq!(plugins[0].id, "geoip");
    assert_eq!(plugins[0].version.as_deref(), Some("1.0"));
    assert_eq!(
        plugins[0].extra.get::<serde_json::Value>("meta").unwrap().unwrap()["label"],
        "GeoIP"
    );
    let plugin = plugins[0].to_handle(&c);
    assert_eq!(plugin.plugin_id(), "geoip");
    assert_eq!(plugin.get_settings().send().unwrap().raw()["config"]["a"], 1);
    list.assert();
    settings.assert();
}

#[test]
fn project_import_with_typed_settings() {
    let server = server();
    let upload = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/import/upload"))
            .body_includes("filename=\"tmp-import.zip\"");
        then.status(200).json_body(json!({"id": "imp-7"}));
    });
    let process = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/import/imp-7/process"))
            .json_body(json!({
                "targetProjectKey": "COPY",
                "remapping": {
                    "connections": [{"source": "pg_prod", "target": "pg_test"}],
                    "codeEnvs": [{"source": "py39", "target": "py311"}]
                }
            }));
        then.status(200).json_body(json!({"success": true}));
    });
    let empty = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/import/imp-7/process"))
            .json_body(json!({"_": "_"}));
        then.status(200).json_body(json!({"success": true}));
    });
    let c = client(&server);
    let import = c.prepare_project_import(b"PK-export".to_vec()).send().unwrap();
    assert_eq!(import.import_id(), "imp-7");
    let settings = dss_api::models::ImportSettings::new()
        .target_project_key("COPY")
        .remap_connection("pg_prod", "pg_test")
        .remap_code_env("py39", "py311");
    let outcome = import.execute().settings(settings.to_json().unwrap()).send().unwrap();
    assert_eq!(outcome["success"], true);
    // No settings, or empty ones, go out as {"_": "_"} (DSS cannot read {}).
    import.execute().send().unwrap();
    import.execute().settings(json!({})).send().unwrap();
    upload.assert();
    process.assert();
    empty.assert_calls(2);
}

#[test]
fn get_timeline_the_readme_example() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(api("/projects/PKEY/timeline"))
            .query_param("itemCount", "10")
            .query_param_count(".*", ".*", 1);
        then.status(200).json_body(json!({"createdBy": "admin", "items": []}));
    });
    let timeline = client(&server)
        .get_project("PKEY")
        .get_timeline()
        .item_count(10)
        .send()
        .unwrap();
    mock.assert();
    assert_eq!(timeline["createdBy"], "admin");
}
