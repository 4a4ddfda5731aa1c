//! Conformance of the project's working objects (datasets, scenarios and
//! their runs, jobs, managed folders, recipes, bundles) with dataikuapi
//! (the spec's version, see `dss_api_tests::recording`): every call
//! recorded in `fixtures/conformance/dataikuapi-<version>-objects.json` is
//! made with our client against a server that answers with the recorded
//! answers, and the requests must match (verb, decoded path, query set,
//! JSON body, multipart parts, auth, number of requests, order). Waits are
//! compared as the sequence of requests they send.
//!
//! Each area has its table in `tests/objects/`; calls it does not replay on
//! purpose are in its `NOT_REPLAYED`, each with its reason (and a test of
//! our behaviour among the area's tests).

mod bundles;
mod datasets;
mod folders;
mod jobs;
mod project;
mod recipes;
mod scenarios;

use dss_api_tests::replay::{recorded_calls, run_replay};
use dss_api_tests::{report, CallFn};

fn check(area: &str, table: &[(&str, CallFn)]) {
    let outcome = run_replay(&dss_api_tests::recording("objects"), table);
    let counts: Vec<String> = outcome.compared.iter().map(|(k, v)| format!("{k} {v}")).collect();
    report(&format!(
        "objects/{area}: {} calls compared ({})",
        outcome.total(),
        counts.join(", ")
    ));
    assert!(
        outcome.failures.is_empty(),
        "{} of {} calls differ:\n{}",
        outcome.failures.len(),
        table.len(),
        outcome.failures.join("\n")
    );
    assert_eq!(outcome.total(), table.len());
}

#[test]
fn project() {
    check("project", project::CALLS);
}

#[test]
fn bundles() {
    check("bundles", bundles::CALLS);
}

#[test]
fn datasets() {
    check("datasets", datasets::CALLS);
}

#[test]
fn folders() {
    check("folders", folders::CALLS);
}

#[test]
fn jobs() {
    check("jobs", jobs::CALLS);
}

#[test]
fn scenarios() {
    check("scenarios", scenarios::CALLS);
}

#[test]
fn recipes() {
    check("recipes", recipes::CALLS);
}

/// Every recorded call is in exactly one table or one `NOT_REPLAYED` list.
#[test]
fn every_recorded_call_is_replayed_or_listed() {
    let tables: [&[(&str, CallFn)]; 7] = [
        project::CALLS,
        bundles::CALLS,
        datasets::CALLS,
        folders::CALLS,
        jobs::CALLS,
        scenarios::CALLS,
        recipes::CALLS,
    ];
    let skipped: Vec<(&str, &str)> = [
        project::NOT_REPLAYED,
        bundles::NOT_REPLAYED,
        datasets::NOT_REPLAYED,
        folders::NOT_REPLAYED,
        jobs::NOT_REPLAYED,
        scenarios::NOT_REPLAYED,
        recipes::NOT_REPLAYED,
    ]
    .concat();
    let mut problems = Vec::new();
    let recorded = recorded_calls(&dss_api_tests::recording("objects"));
    for name in &recorded {
        let n = tables.iter().flat_map(|t| t.iter()).filter(|(m, _)| m == name).count()
            + skipped.iter().filter(|(m, _)| m == name).count();
        if n != 1 {
            problems.push(format!("{name}: in {n} tables"));
        }
    }
    for (name, _) in &skipped {
        if !recorded.iter().any(|r| r == name) {
            problems.push(format!("{name}: listed as not replayed but not recorded"));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    report(&format!(
        "objects: {} recorded calls, {} replayed, {} not replayed on purpose",
        recorded.len(),
        recorded.len() - skipped.len(),
        skipped.len()
    ));
    for (name, why) in &skipped {
        report(&format!("  not replayed: {name}: {why}"));
    }
}
