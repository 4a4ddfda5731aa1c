//! Deployments through their life, by hand-written code: the status read
//! in two requests and typed (unknown health kept), the choice of request
//! of `get_update`, an update started and waited for, the service URLs of an
//! API deployment; and a macro run waited for by its id.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use dss_api::models::DeploymentHealth;
use dss_api::{Error, WaitOptions};
use dss_api_tests::Recorder;
use serde_json::json;

fn fast() -> WaitOptions<'static> {
    WaitOptions::new()
        .first_interval(Duration::from_millis(5))
        .max_interval(Duration::from_millis(20))
}

#[test]
fn a_deployment_is_updated_waited_for_and_its_status_typed() {
    let polls = Arc::new(AtomicUsize::new(0));
    let seen = polls.clone();
    let recorder = Recorder::start(move |r| {
        match (r.method.as_str(), r.path.as_str()) {
        ("POST", "/project-deployer/deployments/d 1/actions/update") => (
            200,
            json!({"jobId": "upd-1", "alive": true, "hasResult": false}).to_string(),
        ),
        ("GET", "/futures/upd-1") => {
            let done = seen.fetch_add(1, Ordering::SeqCst) >= 1;
            let state = if done {
                json!({"jobId": "upd-1", "alive": false, "hasResult": true, "result": {"anyMessage": false}})
            } else {
                json!({"jobId": "upd-1", "alive": true, "hasResult": false})
            };
            (200, state.to_string())
        }
        ("GET", "/project-deployer/deployments/d 1") => (
            200,
            json!({"deploymentBasicInfo": {"id": "d 1", "bundleId": "b2", "newMember": 1}}).to_string(),
        ),
        ("GET", "/project-deployer/deployments/d 1/status") => (
            200,
            json!({"health": "DEGRADED_SOMEHOW", "healthMessages": {"maxSeverity": "WARNING", "messages": [{"title": "t"}]}})
                .to_string(),
        ),
        _ => (404, "{}".into()),
    }
    });
    let c = recorder.client();
    let deployment = c.get_projectdeployer().get_deployment("d 1");
    let result = deployment
        .start_update()
        .send()
        .unwrap()
        .wait()
        .wait_options(fast())
        .send()
        .unwrap();
    assert_eq!(result, json!({"anyMessage": false}));
    let status = deployment.get_status().send().unwrap();
    // A health this client does not know is kept as DSS wrote it.
    assert_eq!(status.get_health(), DeploymentHealth::Other("DEGRADED_SOMEHOW".into()));
    assert!(!status.get_health().is_working());
    assert_eq!(status.get_health_messages().unwrap().messages.len(), 1);
    let info = status.get_light().deployment_basic_info.as_ref().unwrap();
    assert_eq!(info.bundle_id.as_deref(), Some("b2"));
    assert!(info.extra.contains_key("newMember"));
    let sent: Vec<(String, String)> = recorder.take().into_iter().map(|r| (r.method, r.raw_path)).collect();
    assert_eq!(
        sent,
        [
            (
                "POST",
                "/dip/publicapi/project-deployer/deployments/d%201/actions/update"
            ),
            ("GET", "/dip/publicapi/futures/upd-1"),
            ("GET", "/dip/publicapi/futures/upd-1"),
            ("GET", "/dip/publicapi/project-deployer/deployments/d%201"),
            ("GET", "/dip/publicapi/project-deployer/deployments/d%201/status"),
        ]
        .map(|(m, p)| (m.to_owned(), p.to_owned()))
    );
}

#[test]
fn get_update_reads_the_last_update_or_the_one_named() {
    let recorder = Recorder::start(|r| match r.path.as_str() {
        "/api-deployer/deployments/d1/last-update" => (200, json!({"status": "SUCCESS"}).to_string()),
        "/api-deployer/deployments/d1/update/42" => (
            200,
            json!({"status": "FAILED", "logs": {"lines": ["boom"]}}).to_string(),
        ),
        _ => (404, "{}".into()),
    });
    let c = recorder.client();
    let d = c.get_apideployer().get_deployment("d1");
    let last = d.get_update().send().unwrap();
    assert_eq!(last.status.as_deref(), Some("SUCCESS"));
    assert_eq!(last.log_lines(), None);
    let old = d
        .get_update()
        .timestamp(42)
        .timeout(Duration::from_secs(5))
        .send()
        .unwrap();
    assert_eq!(old.log_lines(), Some(vec!["boom"]));
    let paths: Vec<String> = recorder.take().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        [
            "/api-deployer/deployments/d1/last-update",
            "/api-deployer/deployments/d1/update/42"
        ]
    );
}

#[test]
fn an_api_deployment_with_no_url_yet_says_so() {
    let recorder = Recorder::start(|r| match r.path.as_str() {
        "/api-deployer/deployments/d1" => (
            200,
            json!({"deploymentBasicInfo": {"publishedServiceId": "pub", "deployedServiceId": "dep"}}).to_string(),
        ),
        "/api-deployer/deployments/d1/status" => (200, json!({"health": "UNKNOWN"}).to_string()),
        _ => (404, "{}".into()),
    });
    let c = recorder.client();
    let status = c.get_apideployer().get_deployment("d1").get_status().send().unwrap();
    assert_eq!(status.get_health(), DeploymentHealth::Unknown);
    let e = status.get_service_urls().unwrap_err();
    assert!(matches!(e, Error::Decode { .. }), "{e}");
    assert!(e.to_string().contains("deployment d1"), "{e}");
    assert_eq!(recorder.take().len(), 2);
}

#[test]
fn a_public_url_serves_the_deployed_service() {
    let recorder = Recorder::start(|r| match r.path.as_str() {
        "/api-deployer/deployments/d1" => (
            200,
            json!({"deploymentBasicInfo": {"publishedServiceId": "pub", "deployedServiceId": "dep"}}).to_string(),
        ),
        "/api-deployer/deployments/d1/status" => (
            200,
            json!({"health": "HEALTHY", "publicURL": "https://k8s.example"}).to_string(),
        ),
        _ => (404, "{}".into()),
    });
    let c = recorder.client();
    let status = c.get_apideployer().get_deployment("d1").get_status().send().unwrap();
    assert_eq!(
        status.get_service_urls().unwrap(),
        ["https://k8s.example/public/api/v1/dep"]
    );
    assert_eq!(recorder.take().len(), 2);
}

/// A macro run started without waiting, `running` for two polls, then
/// ended as `last`.
fn macro_server(last: serde_json::Value) -> Recorder {
    let polls = Arc::new(AtomicUsize::new(0));
    Recorder::start(move |r| match (r.method.as_str(), r.path.as_str()) {
        ("POST", "/projects/P/runnables/pyrunnable_m") => (200, json!({"runId": "run-9"}).to_string()),
        ("GET", "/projects/P/runnables/pyrunnable_m/state/run-9") => {
            if polls.fetch_add(1, Ordering::SeqCst) < 2 {
                (200, json!({"running": true}).to_string())
            } else {
                (200, last.to_string())
            }
        }
        _ => (404, "{}".into()),
    })
}

#[test]
fn a_macro_run_is_waited_for_by_its_id() {
    let recorder = macro_server(json!({"running": false, "progress": {}}));
    let c = recorder.client();
    let m = c.get_project("P").get_macro("pyrunnable_m");
    let run_id = m.run().params(json!({"n": 1})).wait(false).send().unwrap();
    assert_eq!(run_id, "run-9");
    let mut states = Vec::new();
    let last = m
        .wait_for_run(&run_id)
        .wait_options(fast().on_progress(|p| states.push(p.state.to_owned())))
        .send()
        .unwrap();
    assert_eq!(last["running"], false);
    assert_eq!(states, ["RUNNING", "RUNNING"]);
    let sent = recorder.take();
    assert_eq!(sent.len(), 4);
    assert_eq!(sent[0].query, [("wait".to_owned(), "false".to_owned())]);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&sent[0].body).unwrap(),
        json!({"params": {"n": 1}, "adminParams": {}})
    );
    assert!(sent[1..].iter().all(|r| r.method == "GET"));
}

#[test]
fn a_failed_macro_run_is_an_error_unless_told_not_to_fail() {
    let failed = json!({"running": false, "exception": {"message": "no such connection"}});
    let recorder = macro_server(failed.clone());
    let c = recorder.client();
    let m = c.get_project("P").get_macro("pyrunnable_m");
    let e = m.wait_for_run("run-9").wait_options(fast()).send().unwrap_err();
    match &e {
        Error::RunFailed { kind, id, details, .. } => {
            assert_eq!((*kind, id.as_str()), ("macro run", "run-9"));
            assert_eq!(**details, failed);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(recorder.take().len(), 3);
    let recorder = macro_server(failed.clone());
    let c = recorder.client();
    let m = c.get_project("P").get_macro("pyrunnable_m");
    assert_eq!(
        m.wait_for_run("run-9")
            .no_fail(true)
            .wait_options(fast())
            .send()
            .unwrap(),
        failed
    );
    assert_eq!(recorder.take().len(), 3);
}
