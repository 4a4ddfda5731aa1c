//! Conformance from data: every call recorded in
//! `fixtures/conformance/dataikuapi-<version>-cases.json` for the spec's
//! version (see `dss_api_tests::recording`; one per method of the catalog
//! that dataikuapi has, made with only its required arguments, and a few
//! variants) is made again through `dss_api::catalog::call`, by
//! owner and method name, with the recorded arguments, against a server that
//! gives the recorded answers in order; the requests must match (verb,
//! decoded path, query, JSON body with its nulls, multipart parts, auth, the
//! number of requests). No line of Rust per method: a method added to the
//! spec and recorded is checked. A call dataikuapi refuses before sending
//! (`"refused": true`) must be refused here too, with nothing sent.
//!
//! Coverage: every sending method of the catalog that is a dataikuapi method
//! must have a passing defaults case, except the methods of [`NO_CASE`],
//! each with its reason. The test prints the count per owner.

use std::collections::BTreeMap;

use dss_api::catalog;
use dss_api_tests::replay::replay_server;
use dss_api_tests::{compare, fixture, report};
use serde_json::{Map, Value};

/// Sending methods of the catalog with no recorded defaults case, and why.
/// Each is covered otherwise, as its reason says.
pub const NO_CASE: &[(&str, &str)] = &[
    (
        "DssProject::create_prediction_ml_task",
        "dataikuapi waits for the guess by default: replayed by ml_flows.rs as the creation then `wait_guess_complete`; the `(no wait)` case here",
    ),
    (
        "DssProject::create_clustering_ml_task",
        "dataikuapi waits for the guess by default: replayed by ml_flows.rs as the creation then `wait_guess_complete`; the `(no wait)` case here",
    ),
    (
        "DssProject::create_timeseries_forecasting_ml_task",
        "dataikuapi waits for the guess by default: replayed by ml_flows.rs as the creation then `wait_guess_complete`; the `(no wait)` case here",
    ),
    (
        "DssProject::create_multi_target_prediction_ml_task",
        "dataikuapi waits for the guess by default: replayed by ml_flows.rs as the creation then `wait_guess_complete`; the `(no wait)` case here",
    ),
    (
        "DssProject::create_causal_prediction_ml_task",
        "dataikuapi waits for the guess by default: replayed by ml_flows.rs as the creation then `wait_guess_complete`; the `(no wait)` case here",
    ),
    (
        "DssDataset::create_prediction_ml_task",
        "dataikuapi waits for the guess by default: replayed by ml_flows.rs as the creation then `wait_guess_complete`; the `(no wait)` case here",
    ),
    (
        "DssDataset::create_clustering_ml_task",
        "dataikuapi waits for the guess by default: replayed by ml_flows.rs as the creation then `wait_guess_complete`; the `(no wait)` case here",
    ),
    (
        "DssDataset::create_timeseries_forecasting_ml_task",
        "dataikuapi waits for the guess by default: replayed by ml_flows.rs as the creation then `wait_guess_complete`; the `(no wait)` case here",
    ),
    (
        "DssDataset::create_multi_target_prediction_ml_task",
        "dataikuapi waits for the guess by default: replayed by ml_flows.rs as the creation then `wait_guess_complete`; the `(no wait)` case here",
    ),
    (
        "DssDataset::create_causal_prediction_ml_task",
        "dataikuapi waits for the guess by default: replayed by ml_flows.rs as the creation then `wait_guess_complete`; the `(no wait)` case here",
    ),
    (
        "DssAnalysis::create_prediction_ml_task",
        "dataikuapi waits for the guess by default: replayed by ml_flows.rs as the creation then `wait_guess_complete`; the `(no wait)` case here",
    ),
    (
        "DssAnalysis::create_clustering_ml_task",
        "dataikuapi waits for the guess by default: replayed by ml_flows.rs as the creation then `wait_guess_complete`; the `(no wait)` case here",
    ),
    (
        "DssAnalysis::create_timeseries_forecasting_ml_task",
        "dataikuapi waits for the guess by default: replayed by ml_flows.rs as the creation then `wait_guess_complete`; the `(no wait)` case here",
    ),
    (
        "DssAnalysis::create_multi_target_prediction_ml_task",
        "dataikuapi waits for the guess by default: replayed by ml_flows.rs as the creation then `wait_guess_complete`; the `(no wait)` case here",
    ),
    (
        "DssAnalysis::create_causal_prediction_ml_task",
        "dataikuapi waits for the guess by default: replayed by ml_flows.rs as the creation then `wait_guess_complete`; the `(no wait)` case here",
    ),
    (
        "DssClient::download_plugin_to_writer",
        "no dataikuapi method: the writer form of download_plugin_to_file (same request, replayed in calls.rs)",
    ),
    (
        "DssProject::create_managed_dataset",
        "dataikuapi's new_managed_dataset(..).create(): replayed in objects/datasets.rs",
    ),
    (
        "DssProject::save_app_manifest",
        "dataikuapi saves through DSSAppManifest.save() after a read",
    ),
    (
        "DssSqlQuery::raw_rows",
        "the stream of iter_rows, which reads it and verifies it: replayed in calls.rs",
    ),
    (
        "DssManagedFolder::get_file_to_file",
        "no dataikuapi method: get_file saved to a file (same request as get_file)",
    ),
    (
        "RequiredSchemaUpdates::update_output_schema",
        "one request of RequiredSchemaUpdates.apply(): replayed in objects/recipes.rs",
    ),
    (
        "DssApiDeployerDeployment::get_light_status",
        "one of the two requests of dataikuapi's get_status(): replayed in objects",
    ),
    (
        "DssApiDeployerDeployment::get_heavy_status",
        "one of the two requests of dataikuapi's get_status(): replayed in objects",
    ),
    (
        "DssProjectDeployerDeployment::get_light_status",
        "one of the two requests of dataikuapi's get_status(): replayed by flows.rs",
    ),
    (
        "DssProjectDeployerDeployment::get_heavy_status",
        "one of the two requests of dataikuapi's get_status(): replayed by flows.rs",
    ),
    (
        "DssDataQualityRuleSet::create_rule",
        "dataikuapi's `config` defaults to None, then is refused before sending: required here; recorded with one as `(config)`",
    ),
    (
        "DssScenarioRun::get_details",
        "a run handle is built from a run's answer, never from ids alone: replayed in objects/scenarios.rs",
    ),
    (
        "DssScenarioRun::get_log",
        "a run handle is built from a run's answer, never from ids alone: replayed in objects/scenarios.rs",
    ),
    (
        "DssScenarioRun::get_report",
        "a run handle is built from a run's answer, never from ids alone: replayed in flows.rs",
    ),
    (
        "DssScenarioRun::get_step_run_report",
        "a run handle is built from a run's answer, never from ids alone: replayed in flows.rs",
    ),
];

/// Recorded cases whose requests differ from dataikuapi's on purpose, and
/// why; each is tested for what it sends instead.
pub const DIFFERENT: &[(&str, &str)] = &[
    (
        "DssNotebook::unload",
        "dataikuapi lists the notebook's sessions first to find one when none is given; here the session is a required argument, so the list is not read (behaviour/ tests the DELETE)",
    ),
    (
        "DssNotebook::unload (session_id)",
        "dataikuapi lists the notebook's sessions even when the session is given; the DELETE alone is sent here",
    ),
    (
        "DssDataset::move_to_zone (zone id)",
        "dataikuapi reads the zone first when given its id, only to take the id from the answer; the POST alone is sent here (the case given the zone object is the same)",
    ),
    (
        "DssLibraryFile::read",
        "dataikuapi writes the file's path (`/python/utils.py`) after `contents/`, giving `contents//python/..`; one slash here (flows.rs replays it so)",
    ),
    ("DssLibraryFile::write", "as DssLibraryFile::read"),
    (
        "DssMlTask::get_trained_model_details",
        "dataikuapi also reads the model's snippet, only to wrap both in an object of its own by the kind of model; the details alone are read here (get_trained_model_snippet reads the snippets)",
    ),
    ("DssLibraryFile::delete", "as DssLibraryFile::read"),
    ("DssLibraryFolder::delete", "as DssLibraryFile::read"),
    (
        "DssApiDeployerDeployment::delete",
        "dataikuapi reads the deployment's status to refuse deleting an enabled one without asking DSS; DSS refuses it itself, so the DELETE alone is sent",
    ),
];

/// Why a sending method has no defaults case, if it may not have one.
fn excused(id: &str) -> Option<&'static str> {
    NO_CASE.iter().find(|(m, _)| *m == id).map(|(_, why)| *why)
}

/// Query values that are new at each call (read-session ids, today's date
/// in a default) are checked for their shape by calls.rs; none occurs in a
/// single-request defaults case, so nothing is normalised here.
fn args_of(call: &Value) -> Map<String, Value> {
    let mut args: Map<String, Value> = call
        .get("rust_args")
        .or_else(|| call.get("args"))
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    if call["start"].as_bool() == Some(true) {
        // dataikuapi's `wait=False` is `.start()` here.
        args.remove("wait");
    }
    // A local path the call writes to goes to the temporary directory, not
    // to the working directory of the tests.
    for value in args.values_mut() {
        if let Some(name) = value.get("$path").and_then(Value::as_str) {
            let path = std::env::temp_dir().join(format!("dss-api-cases-{}-{name}", std::process::id()));
            *value = Value::String(path.to_string_lossy().into_owned());
        }
    }
    // A document (settings, info) is what the request that made it
    // answered: the last of the recorded setup.
    let owner = call["owner"].as_str().unwrap_or_default();
    let is_document = catalog::HANDLES.iter().any(|h| h.name == owner && h.document);
    if let Some(answer) = call["setup"]
        .as_array()
        .and_then(|s| s.last())
        .map(|r| &r["answer"]["json"])
    {
        if is_document {
            args.insert("$document".into(), answer.clone());
        }
    }
    args
}

/// Serialises the tests that set process-wide environment variables.
pub static ENV: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[test]
fn recorded_cases_are_sent_alike_and_cover_the_catalog() {
    let fixture = fixture(&dss_api_tests::recording("cases"));
    let calls = fixture["calls"].as_array().expect("calls");
    let mut failures = Vec::new();
    let mut passed: BTreeMap<String, bool> = BTreeMap::new();
    let mut different = 0;
    let mut skipped = 0;
    for call in calls {
        let case = call["case"].as_str().unwrap_or_default();
        let owner = call["owner"].as_str().unwrap_or_default();
        let method = call["method"].as_str().unwrap_or_default();
        let ids: Vec<&str> = call["ids"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let hand_written = catalog::ENDPOINTS
            .iter()
            .any(|e| e.owner == owner && e.method == method && e.hand_written);
        if excused(case).is_some()
            || call.get("edit").is_some()
            || hand_written
            || super::flows::replays(case)
            || super::content_flows::replays(case)
            || super::ml_flows::replays(case)
            || super::genai::replays(case)
        {
            // Replayed elsewhere: see NO_CASE; a case that changes a
            // settings object with its local methods first is replayed by
            // settings.rs, which makes the same changes in Rust; the cases
            // of hand-written methods, flows and builders by flows.rs and
            // admin_flows.rs.
            skipped += 1;
            continue;
        }
        let start = call["start"].as_bool().unwrap_or(false);
        let expected = call["requests"].as_array().cloned().unwrap_or_default();
        let server = replay_server(&expected);
        let env: Vec<(String, String)> = call["env"]
            .as_object()
            .map(|e| {
                e.iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
                    .collect()
            })
            .unwrap_or_default();
        let _env = (!env.is_empty()).then(|| ENV.lock().unwrap_or_else(|e| e.into_inner()));
        for (k, v) in &env {
            std::env::set_var(k, v);
        }
        let result = catalog::call(&server.client(), owner, &ids, method, args_of(call), start);
        for (k, _) in &env {
            std::env::remove_var(k);
        }
        let received = server.take();
        for path in args_of(call).values().filter_map(Value::as_str) {
            if path.contains("dss-api-cases-") {
                let _ = std::fs::remove_file(path);
            }
        }
        let mut diffs = compare(&expected, &received);
        let refused = call["refused"].as_bool() == Some(true);
        match result {
            // dataikuapi refused this call before sending: so must we.
            Ok(()) if refused => diffs.push("dataikuapi refuses this call before sending; it was sent here".into()),
            Err(_) if refused => {}
            Ok(()) => {}
            Err(e) => diffs.push(format!("the call failed: {e}")),
        }
        if diffs.is_empty() {
            passed.insert(case.to_owned(), true);
        } else if DIFFERENT.iter().any(|(c, _)| *c == case) {
            different += 1;
        } else {
            failures.push(format!(
                "{case} ({}):\n    {}",
                call["python"].as_str().unwrap_or_default(),
                diffs.join("\n    ")
            ));
        }
    }
    // The files the calls wrote (see `args_of`).
    let prefix = format!("dss-api-cases-{}-", std::process::id());
    for entry in std::fs::read_dir(std::env::temp_dir()).into_iter().flatten().flatten() {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    // Coverage of the catalog: each sending dataikuapi method by its
    // defaults case (`Owner::method`).
    let mut by_owner: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut missing = Vec::new();
    let mut excused_count = 0;
    for e in catalog::ENDPOINTS {
        if e.request.is_none() || e.hand_written || !e.dataikuapi {
            continue;
        }
        let id = e.to_string();
        let entry = by_owner.entry(e.owner).or_default();
        entry.1 += 1;
        if passed.contains_key(&id) {
            entry.0 += 1;
        } else if excused(&id).is_some() || DIFFERENT.iter().any(|(c, _)| *c == id) {
            excused_count += 1;
        } else {
            missing.push(id);
        }
    }
    let covered: usize = by_owner.values().map(|(c, _)| c).sum();
    let total: usize = by_owner.values().map(|(_, t)| t).sum();
    let per_owner: Vec<String> = by_owner.iter().map(|(o, (c, t))| format!("{o} {c}/{t}")).collect();
    report(&format!(
        "conformance cases: {} recorded calls replayed, {} matched, {different} different on purpose (see DIFFERENT), {skipped} replayed elsewhere; catalog coverage {covered}/{total} sending dataikuapi methods by their defaults case ({excused_count} excused, see NO_CASE): {}",
        calls.len(),
        passed.len(),
        per_owner.join(", ")
    ));
    for (id, _) in NO_CASE {
        assert!(
            catalog::ENDPOINTS.iter().any(|e| e.to_string() == *id),
            "NO_CASE names {id}, which the catalog does not have"
        );
        assert!(
            !passed.contains_key(*id),
            "{id} is replayed here now: take it out of NO_CASE"
        );
    }
    assert!(
        failures.is_empty(),
        "{} case(s) differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        missing.is_empty(),
        "sending methods with no recorded defaults case (record one, or say why in NO_CASE): {missing:?}"
    );
}
