//! Conformance of the methods written by hand (several requests, a choice
//! of request by argument, a read then handles) with dataikuapi 15.2.0:
//! every recorded case of `fixtures/conformance/dataikuapi-15.2.0-cases.json`
//! whose method is hand-written in the catalog is made again here, against
//! a server giving the recorded answers (those that built the Python object
//! first, then the call's); the requests must match, in order. cases.rs
//! replays the generated methods through the catalog and leaves these out.

use dss_api::catalog;
use dss_api::models::DeploymentHealth;
use dss_api_tests::replay::{expected_requests, replay_call};
use dss_api_tests::{fixture, report, CallFn};
use serde_json::Value;

/// One Rust call per recorded case of a hand-written method.
const TABLE: &[(&str, CallFn)] = &[
    ("DssProjectDeployerDeployment::get_status", |c| {
        let status = c.get_projectdeployer().get_deployment("dep1").get_status().send()?;
        anyhow::ensure!(status.get_health() == DeploymentHealth::Healthy, "{status:?}");
        let info = status.get_light().deployment_basic_info.as_ref();
        anyhow::ensure!(info.and_then(|i| i.bundle_id.as_deref()) == Some("b1"), "{status:?}");
        anyhow::ensure!(status.get_heavy().extra.contains_key("futureMember"), "{status:?}");
        Ok(())
    }),
    ("DssProjectDeployerDeployment::get_update", |c| {
        let update = c.get_projectdeployer().get_deployment("dep1").get_update().send()?;
        anyhow::ensure!(update.log_lines() == Some(vec!["Preparing", "Done"]), "{update:?}");
        Ok(())
    }),
    ("DssProjectDeployerDeployment::get_update (timestamp)", |c| {
        let update = c
            .get_projectdeployer()
            .get_deployment("dep1")
            .get_update()
            .timestamp(1_714_557_600_000)
            .send()?;
        anyhow::ensure!(update.status.as_deref() == Some("SUCCESS"), "{update:?}");
        Ok(())
    }),
    ("DssApiDeployerDeployment::get_status", |c| {
        let status = c.get_apideployer().get_deployment("dep1").get_status().send()?;
        anyhow::ensure!(status.get_health() == DeploymentHealth::Warning, "{status:?}");
        let messages = status.get_health_messages().map(|m| m.messages.len());
        anyhow::ensure!(messages == Some(1), "{status:?}");
        anyhow::ensure!(
            status.get_service_urls()? == ["http://node1:12000/public/api/v1/svc1"],
            "{status:?}"
        );
        Ok(())
    }),
    ("DssApiDeployerDeployment::get_update", |c| {
        let update = c.get_apideployer().get_deployment("dep1").get_update().send()?;
        anyhow::ensure!(update.requester.as_deref() == Some("admin"), "{update:?}");
        Ok(())
    }),
    ("DssApiDeployerDeployment::get_update (timestamp)", |c| {
        c.get_apideployer()
            .get_deployment("dep1")
            .get_update()
            .timestamp(1_714_557_600_000)
            .send()?;
        Ok(())
    }),
    ("DssConnection::list_local_models", |c| {
        let models = c.get_connection("conn1").list_local_models().send()?;
        let ids: Vec<&str> = models.iter().map(|m| m.model_id()).collect();
        anyhow::ensure!(ids == ["m1", "m2"], "{ids:?}");
        Ok(())
    }),
    ("DssProjectFolder::get_parent", |c| {
        let parent = c.get_project_folder("fld2").send()?.get_parent().send()?;
        anyhow::ensure!(parent.as_ref().and_then(|p| p.get_name()) == Some("top"), "{parent:?}");
        Ok(())
    }),
    ("DssProjectFolder::get_path", |c| {
        let path = c.get_project_folder("fld2").send()?.get_path().send()?;
        anyhow::ensure!(path == "/top/sub", "{path}");
        Ok(())
    }),
    ("DssProjectFolder::list_child_folders", |c| {
        let folder = c.get_project_folder("fld2").send()?;
        anyhow::ensure!(folder.list_project_keys() == ["P1", "P2"]);
        let children = folder.list_child_folders().send()?;
        let names: Vec<Option<&str>> = children.iter().map(|f| f.get_name()).collect();
        anyhow::ensure!(names == [Some("a"), Some("b")], "{names:?}");
        Ok(())
    }),
];

/// Whether the recorded call is of a method the catalog says is written
/// by hand (and is no local edit, which settings.rs replays).
fn hand_written(call: &Value) -> bool {
    let owner = call["owner"].as_str().unwrap_or_default();
    let method = call["method"].as_str().unwrap_or_default();
    call.get("edit").is_none()
        && catalog::ENDPOINTS
            .iter()
            .any(|e| e.owner == owner && e.method == method && e.hand_written)
}

#[test]
fn hand_written_methods_send_what_dataikuapi_sends() {
    let fixture = fixture(&dss_api_tests::recording("cases"));
    let calls = fixture["calls"].as_array().expect("calls");
    let mut failures = Vec::new();
    let mut replayed = 0;
    // flows.rs, content_flows.rs, ml_flows.rs and genai.rs replay those of
    // the batch core, of content and collaboration, of machine learning and
    // of the LLM Mesh.
    let ours = |c: &Value| {
        let case = c["case"].as_str().unwrap_or_default();
        hand_written(c)
            && !super::flows::replays(case)
            && !super::content_flows::replays(case)
            && !super::ml_flows::replays(case)
            && !super::genai::replays(case)
    };
    for call in calls.iter().filter(|c| ours(c)) {
        let case = call["case"].as_str().unwrap_or_default();
        let Some((_, f)) = TABLE.iter().find(|(name, _)| *name == case) else {
            failures.push(format!("{case}: recorded, but not in the table"));
            continue;
        };
        let expected = expected_requests(call);
        match replay_call(call, &expected, *f) {
            Ok(()) => replayed += 1,
            Err(failure) => failures.push(failure),
        }
    }
    for (name, _) in TABLE {
        if !calls.iter().any(|c| c["case"] == *name && ours(c)) {
            failures.push(format!("{name}: in the table but not recorded"));
        }
    }
    report(&format!(
        "admin flows: {replayed} recorded calls of hand-written methods made alike"
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
