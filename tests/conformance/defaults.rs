//! Conformance with dataikuapi 15.2.0 when only the required arguments are
//! given: every call recorded in `dataikuapi-15.2.0-defaults.json` is made
//! with our client as a user would write it, and the requests our client
//! sends are compared with the recorded ones (verb, path, query, JSON body,
//! multipart parts, auth, number of requests).
//!
//! Most calls run against the shared recorder, which answers with
//! `canned_answer` (every task is already finished). The calls whose Python
//! behaviour depends on a task that is still running when first asked get a
//! server of their own that keeps the task running for as many polls as the
//! recording made.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use dss_api_tests::calls::SAME_CALLS;
use dss_api_tests::{canned_answer, fixture, report, run_conformance_with, CallFn, Received, Recorder};
use serde_json::{json, Value};

const FIXTURE: &str = "conformance/dataikuapi-15.2.0-defaults.json";

/// Drains a download the way dataikuapi's `.content` reads it whole.
fn drain(stream: dss_api::ByteStream) -> anyhow::Result<()> {
    stream.copy_to(&mut std::io::sink())?;
    Ok(())
}

/// A file name in the temp directory, unique to this process.
fn temp_file(tag: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("dss-api-defaults-{}-{tag}", std::process::id()))
}

const TABLE: &[(&str, CallFn)] = &[
    ("list_futures", |c| {
        c.list_futures().send()?;
        Ok(())
    }),
    ("get_root_project_folder", |c| {
        c.get_root_project_folder().send()?;
        Ok(())
    }),
    ("get_project_folder", |c| {
        c.get_project_folder("fld42").send()?;
        Ok(())
    }),
    ("list_project_keys", |c| {
        c.list_project_keys().send()?;
        Ok(())
    }),
    ("create_project", |c| {
        c.create_project("NEWP", "New project", "admin").send()?;
        Ok(())
    }),
    ("download_plugin_stream", |c| {
        drain(c.download_plugin_stream("my-plugin").send()?)
    }),
    ("install_plugin_from_git", |c| {
        c.install_plugin_from_git("https://example.org/p.git").send()?;
        Ok(())
    }),
    ("sql_query", |c| {
        c.sql_query("SELECT 1").send()?;
        Ok(())
    }),
    ("create_user", |c| {
        c.create_user("bob", "pw").send()?;
        Ok(())
    }),
    ("list_users_activity", |c| {
        c.list_users_activity().send()?;
        Ok(())
    }),
    ("create_group", |c| {
        c.create_group("g2").send()?;
        Ok(())
    }),
    ("create_connection", |c| {
        c.create_connection("pg2", "PostgreSQL").send()?;
        Ok(())
    }),
    ("create_code_env", |c| {
        c.create_code_env("PYTHON", "py311", "DESIGN_MANAGED").send()?;
        Ok(())
    }),
    ("create_cluster", |c| {
        c.create_cluster("c2").send()?;
        Ok(())
    }),
    ("get_global_api_key", |c| {
        c.get_global_api_key("secretkey").send()?;
        Ok(())
    }),
    ("create_global_api_key", |c| {
        c.create_global_api_key().send()?;
        Ok(())
    }),
    ("create_personal_api_key", |c| {
        c.create_personal_api_key().send()?;
        Ok(())
    }),
    ("create_personal_api_key_for_user", |c| {
        c.create_personal_api_key_for_user("alice").send()?;
        Ok(())
    }),
    ("create_meaning", |c| {
        c.create_meaning("m2", "Meaning 2", "VALUES_LIST").send()?;
        Ok(())
    }),
    ("log_custom_audit", |c| {
        c.log_custom_audit("my-type").send()?;
        Ok(())
    }),
    ("get_global_usage_summary", |c| {
        c.get_global_usage_summary().send()?;
        Ok(())
    }),
    ("get_resolved_variables", |c| {
        std::env::set_var("DKU_CURRENT_PROJECT_KEY", "DEFPROJ");
        c.get_resolved_variables().send()?;
        Ok(())
    }),
    ("prepare_project_import", |c| {
        c.prepare_project_import(b"PK-export".to_vec())
            .send()?
            .execute()
            .send()?;
        Ok(())
    }),
    ("catalog_index_connections", |c| {
        c.catalog_index_connections().send()?;
        Ok(())
    }),
    ("get_scoring_libs_stream", |c| {
        drain(c.get_scoring_libs_stream().send()?)
    }),
    ("get_auth_info", |c| {
        c.get_auth_info().send()?;
        Ok(())
    }),
    ("get_auth_info_from_browser_headers", |c| {
        c.get_auth_info_from_browser_headers(json!({"Cookie": "x=1"})).send()?;
        Ok(())
    }),
    ("get_ticket_from_browser_headers", |c| {
        c.get_ticket_from_browser_headers(json!({"Cookie": "x=1"})).send()?;
        Ok(())
    }),
    ("perform_instance_sanity_check", |c| {
        c.perform_instance_sanity_check().send()?;
        Ok(())
    }),
    ("create_workspace", |c| {
        c.create_workspace("ws2", "Workspace 2").send()?;
        Ok(())
    }),
    ("DSSFuture.get_state", |c| {
        c.get_future("j1").get_state().send()?;
        Ok(())
    }),
    ("DSSFuture.peek_state", |c| {
        c.get_future("j1").peek_state().send()?;
        Ok(())
    }),
    ("DSSFuture.wait_for_result", |c| {
        c.get_future("j1").wait_for_result().send()?;
        Ok(())
    }),
    ("DSSFuture.get_result", |c| {
        c.get_future("j1").get_result().send()?;
        Ok(())
    }),
    ("DSSFuture.has_result", |c| {
        c.get_future("j1").has_result().send()?;
        Ok(())
    }),
    // Our `iter_rows` sends these two requests, then verifies the query by
    // itself at the end (one more request, on purpose: dataikuapi leaves a
    // mid-stream failure unnoticed unless the caller calls `verify`; see
    // tests/sql.rs). `raw_rows` is exactly what dataikuapi's iter_rows sends.
    ("DSSSQLQuery.iter_rows", |c| {
        let q = c.sql_query("SELECT 1").send()?;
        drain(q.raw_rows().send()?)
    }),
    ("DSSSQLQuery.verify", |c| {
        let q = c.sql_query("SELECT 1").send()?;
        drain(q.raw_rows().send()?)?;
        q.verify().send()?;
        Ok(())
    }),
    // The schema comes with the answer that starts the query: no request.
    ("DSSSQLQuery.get_schema", |c| {
        let q = c.sql_query("SELECT 1").send()?;
        anyhow::ensure!(q.get_schema()[0].name == "a", "schema from the creation answer");
        Ok(())
    }),
    ("TemporaryImportHandle.execute", |c| {
        c.prepare_project_import(b"PK-export".to_vec())
            .send()?
            .execute()
            .send()?;
        Ok(())
    }),
    ("TemporaryImportHandle.execute (settings={})", |c| {
        c.prepare_project_import(b"PK-export".to_vec())
            .send()?
            .execute()
            .settings(json!({}))
            .send()?;
        Ok(())
    }),
    ("download_plugin_to_file", |c| {
        let path = temp_file("plugin.zip");
        let outcome = c
            .download_plugin_to_file("my-plugin", path.to_string_lossy().into_owned())
            .send();
        let _ = std::fs::remove_file(&path);
        outcome?;
        Ok(())
    }),
    ("get_default_project", |c| {
        std::env::set_var("DKU_CURRENT_PROJECT_KEY", "DEFPROJ");
        c.get_default_project()?.get_metadata().send()?;
        Ok(())
    }),
    ("perform_instance_sanity_check (wait=False)", |c| {
        c.perform_instance_sanity_check().start()?;
        Ok(())
    }),
    ("list_running_notebooks (default as_objects=True)", |c| {
        c.list_running_notebooks().send()?;
        Ok(())
    }),
    ("create_personal_api_key_for_user (default)", |c| {
        c.create_personal_api_key_for_user("alice").send()?;
        Ok(())
    }),
    ("get_resolved_variables (project_key given, typed default)", |c| {
        c.get_resolved_variables().project_key("PKEY").send()?;
        Ok(())
    }),
    // These two need a task that keeps running: see `running_task_server`.
    ("DSSFuture.wait_for_result (polling until hasResult)", |c| {
        c.get_future("j-slow").wait_for_result().send()?;
        Ok(())
    }),
    ("perform_instance_sanity_check (server future still running)", |c| {
        c.perform_instance_sanity_check().send()?;
        Ok(())
    }),
];

/// Calls whose recording needs a task that is still running when first
/// polled; `canned_answer` always reports finished tasks.
const RUNNING_TASK_CALLS: &[&str] = &[
    "DSSFuture.wait_for_result (polling until hasResult)",
    "perform_instance_sanity_check (server future still running)",
];

#[test]
fn every_default_call_matches_dataikuapi() {
    // Some calls set DKU_CURRENT_PROJECT_KEY, which cases.rs sets too.
    let _env = crate::cases::ENV.lock().unwrap_or_else(|e| e.into_inner());
    let (compared, failures) = run_conformance_with(FIXTURE, &[SAME_CALLS, TABLE].concat(), |method, expected| {
        RUNNING_TASK_CALLS
            .contains(&method)
            .then(|| running_task_server(expected))
    });
    report(&format!(
        "defaults: compared {compared} calls with dataikuapi's default-argument recordings"
    ));
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(compared, fixture(FIXTURE)["calls"].as_array().unwrap().len());
}

/// A server on which the task the recording polls (`/futures/{id}`, id and
/// number of polls read from the recording) stays running until its last
/// recorded poll. A request starting a task is answered with that task,
/// still running; anything else gets `canned_answer`.
fn running_task_server(expected: &[Value]) -> Recorder {
    let polls: Vec<&str> = expected
        .iter()
        .filter(|r| r["method"] == "GET")
        .filter_map(|r| r["path"].as_str()?.strip_prefix("/futures/"))
        .collect();
    let job_id = polls.first().copied().unwrap_or_default().to_owned();
    let polls_before_done = polls.len().saturating_sub(1);
    let seen = Arc::new(AtomicUsize::new(0));
    Recorder::start(move |r: &Received| {
        let running = json!({"jobId": job_id, "hasResult": false, "alive": true});
        let done = json!({"jobId": job_id, "hasResult": true, "result": {"messages": []}, "alive": false});
        if r.method == "GET" && r.path == format!("/futures/{job_id}") {
            let n = seen.fetch_add(1, Ordering::SeqCst);
            let state = if n < polls_before_done { running } else { done };
            (200, state.to_string())
        } else if r.method == "POST" {
            (200, running.to_string())
        } else {
            canned_answer(r)
        }
    })
}
