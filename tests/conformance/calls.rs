//! Conformance with dataikuapi 15.2.0: every call recorded in
//! `fixtures/conformance/dataikuapi-15.2.0-calls.json` is made with our
//! client against a recording server, and the requests must match (verb,
//! decoded path, query set, JSON body with its nulls, multipart parts, basic
//! auth, and the number of requests). The auth cases of
//! `dataikuapi-15.2.0-auth.json` are checked by `tests/client.rs` and again
//! here, all in one place.

use dss_api::{DssClient, Error};
use dss_api_tests::calls::SAME_CALLS;
use dss_api_tests::{run_conformance, CallFn, Recorder};
use serde_json::json;

/// One Rust call per recorded Python call, same arguments (with
/// `SAME_CALLS`, the calls that take no optional argument).
const TABLE: &[(&str, CallFn)] = &[
    ("list_futures", |c| {
        c.list_futures().all_users(true).send()?;
        Ok(())
    }),
    ("get_root_project_folder", |c| {
        let f = c.get_root_project_folder().send()?;
        anyhow::ensure!(f.project_folder_id() == "ROOT");
        Ok(())
    }),
    ("get_project_folder", |c| {
        let f = c.get_project_folder("fld42").send()?;
        anyhow::ensure!(f.project_folder_id() == "fld42");
        Ok(())
    }),
    ("list_project_keys", |c| {
        let keys = c.list_project_keys().send()?;
        anyhow::ensure!(keys == ["PKEY"]);
        Ok(())
    }),
    ("create_project", |c| {
        let p = c
            .create_project("NEWP", "New project", "admin")
            .description("d")
            .project_folder_id("fld42")
            .send()?;
        anyhow::ensure!(p.project_key() == "NEWP");
        Ok(())
    }),
    ("download_plugin_stream", |c| {
        let mut s = c.download_plugin_stream("my-plugin").send()?;
        std::io::copy(&mut s, &mut std::io::sink())?;
        Ok(())
    }),
    ("install_plugin_from_git", |c| {
        c.install_plugin_from_git("https://example.org/p.git")
            .checkout("dev")
            .subpath("sub")
            .send()?;
        Ok(())
    }),
    ("sql_query", |c| {
        let q = c
            .sql_query("SELECT 1")
            .connection("pg")
            .pre_queries(["SET a=1"])
            .send()?;
        anyhow::ensure!(q.query_id() == "q-1");
        Ok(())
    }),
    ("create_user", |c| {
        let u = c
            .create_user("bob", "pw")
            .display_name("Bob")
            .groups(["g1"])
            .profile("READER")
            .send()?;
        anyhow::ensure!(u.login() == "bob");
        Ok(())
    }),
    ("list_users_activity", |c| {
        c.list_users_activity().enabled_users_only(true).send()?;
        Ok(())
    }),
    ("create_group", |c| {
        c.create_group("g2").description("desc").send()?;
        Ok(())
    }),
    ("create_connection", |c| {
        c.create_connection("pg2", "PostgreSQL")
            .params(json!({"host": "h"}))
            .usable_by("ALLOWED")
            .allowed_groups(["g1"])
            .send()?;
        Ok(())
    }),
    ("create_code_env", |c| {
        let env = c
            .create_code_env("PYTHON", "py311", "DESIGN_MANAGED")
            .params(json!({"pythonInterpreter": "PYTHON311"}))
            .send()?;
        anyhow::ensure!(env.env_name() == "py311");
        Ok(())
    }),
    ("create_cluster", |c| {
        let cl = c
            .create_cluster("c2")
            .cluster_type("manual")
            .params(json!({"a": 1}))
            .cluster_architecture("KUBERNETES")
            .send()?;
        anyhow::ensure!(cl.cluster_id() == "c2");
        Ok(())
    }),
    ("get_global_api_key", |c| {
        let k = c.get_global_api_key("secretkey").send()?;
        anyhow::ensure!(k.id() == "key-id-1" && k.key() == "secretkey");
        Ok(())
    }),
    ("create_global_api_key", |c| {
        let k = c
            .create_global_api_key()
            .label("l")
            .description("d")
            .admin(true)
            .send()?;
        anyhow::ensure!(k.id() == "key-id-1" && k.key() == "s3cr3t");
        Ok(())
    }),
    ("create_personal_api_key", |c| {
        let k = c.create_personal_api_key().label("l").description("d").send()?;
        anyhow::ensure!(k.key.as_deref() == Some("s3cr3t"));
        Ok(())
    }),
    ("create_personal_api_key_for_user", |c| {
        let k = c
            .create_personal_api_key_for_user("alice")
            .label("l")
            .description("d")
            .send()?;
        anyhow::ensure!(k.id() == "key-id-1");
        Ok(())
    }),
    ("create_meaning", |c| {
        c.create_meaning("m2", "Meaning 2", "VALUES_LIST")
            .description("d")
            .values(json!(["a", {"value": "b", "color": "#fff"}]))
            .normalization_mode("LOWERCASE")
            .detectable(true)
            .send()?;
        Ok(())
    }),
    ("log_custom_audit", |c| {
        c.log_custom_audit("my-type").custom_params(json!({"k": "v"})).send()?;
        Ok(())
    }),
    ("get_global_usage_summary", |c| {
        c.get_global_usage_summary().with_per_project(true).send()?;
        Ok(())
    }),
    ("get_resolved_variables", |c| {
        c.get_resolved_variables().project_key("PKEY").typed(true).send()?;
        Ok(())
    }),
    ("prepare_project_import", |c| {
        let import = c.prepare_project_import(b"PK-export".to_vec()).send()?;
        import.execute().settings(json!({"targetProjectKey": "IMP"})).send()?;
        Ok(())
    }),
    ("catalog_index_connections", |c| {
        c.catalog_index_connections()
            .connection_names(["pg"])
            .indexing_mode("SCAN")
            .send()?;
        Ok(())
    }),
    ("get_scoring_libs_stream", |c| {
        let mut s = c.get_scoring_libs_stream().send()?;
        std::io::copy(&mut s, &mut std::io::sink())?;
        Ok(())
    }),
    ("get_auth_info", |c| {
        c.get_auth_info().with_secrets(true).send()?;
        Ok(())
    }),
    ("get_auth_info_from_browser_headers", |c| {
        c.get_auth_info_from_browser_headers(json!({"Cookie": "x=1"}))
            .with_secrets(true)
            .send()?;
        Ok(())
    }),
    ("get_ticket_from_browser_headers", |c| {
        let t = c.get_ticket_from_browser_headers(json!({"Cookie": "x=1"})).send()?;
        anyhow::ensure!(t == "tkt-9");
        Ok(())
    }),
    ("perform_instance_sanity_check", |c| {
        c.perform_instance_sanity_check().exclusion_list(["INST-1"]).send()?;
        Ok(())
    }),
    ("create_workspace", |c| {
        c.create_workspace("ws2", "Workspace 2")
            .description("d")
            .color("#112233")
            .send()?;
        Ok(())
    }),
];

#[test]
fn every_recorded_call_matches_dataikuapi() {
    let (compared, failures) = run_conformance(
        "conformance/dataikuapi-15.2.0-calls.json",
        &[SAME_CALLS, TABLE].concat(),
    );
    dss_api_tests::report(&format!(
        "conformance: compared {compared} calls with dataikuapi 15.2.0's recordings"
    ));
    assert!(
        failures.is_empty(),
        "{} of the recorded calls differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(compared, 82);
}

#[test]
fn auth_cases_match_dataikuapi() {
    let cases = dss_api_tests::fixture("conformance/dataikuapi-15.2.0-auth.json");
    let cases = cases.as_array().unwrap();
    let recorder = Recorder::start(dss_api_tests::canned_answer);
    let base = recorder.server.base_url();
    let clients = [
        DssClient::new(&base, "my-api-key"),
        DssClient::builder(&base).internal_ticket("tkt-123").build(),
        DssClient::builder(&base)
            .api_key("k2")
            .header("X-Trace", "abc")
            .header("X-Team", "data")
            .build(),
    ];
    let mut checked = 0;
    for (case, client) in cases.iter().zip(clients) {
        client.unwrap().list_plugins().send().unwrap();
        let got = recorder.take();
        assert_eq!(got.len(), 1);
        assert_eq!(
            format!("{} {}", got[0].method, got[0].raw_path),
            case["request"].as_str().unwrap()
        );
        for (name, value) in case["headers"].as_object().unwrap() {
            assert_eq!(
                got[0].header(name),
                value.as_str(),
                "{}: header {name}",
                case["constructor"]
            );
        }
        if case["headers"].get("authorization").is_none() {
            assert_eq!(got[0].header("authorization"), None, "{}", case["constructor"]);
        }
        checked += 1;
    }
    let no_auth = &cases[3];
    assert!(no_auth["error"]
        .as_str()
        .unwrap()
        .contains("Authentication is required"));
    let err = DssClient::builder(&base).build().unwrap_err();
    assert!(
        matches!(err, Error::Config(_)) && err.to_string().contains("authentication is required"),
        "{err}"
    );
    checked += 1;
    recorder.mock().assert_calls(3);
    dss_api_tests::report(&format!("conformance: compared {checked} auth cases"));
    assert_eq!(checked, 4);
}
