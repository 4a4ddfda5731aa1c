//! A release with dss-api: export a bundle of a project on the design node,
//! publish it to the Project Deployer, point a deployment at it, update the
//! deployment and wait for the update, then read the deployment's status;
//! when the update fails or the deployment is not healthy, print the
//! update's log.
//!
//! ```text
//! cargo run -p dss-api-examples --example release
//! ```
//!
//! By default it runs against the embedded mock DSS (`dss_api::mock`),
//! scripted with two deployments: one the release goes through, one whose
//! update fails (to show what a failed release prints); it exits 0 when
//! both went as scripted. Against a real DSS it changes things, so it only
//! does so when told what to release, besides the credentials that
//! `DssClient::from_env` finds (`DKU_DSS_URL` + `DKU_API_KEY`, or
//! `~/.dataiku/config.json`):
//!
//! - `DSS_RELEASE_PROJECT`: the project to release (on the design node);
//! - `DSS_RELEASE_DEPLOYMENT`: the Project Deployer deployment to update;
//! - `DSS_RELEASE_BUNDLE` (optional): the new bundle's id (default:
//!   `release-<seconds since the Unix epoch>`);
//! - `DSS_RELEASE_DEPLOYER_URL` and `DSS_RELEASE_DEPLOYER_API_KEY`
//!   (optional): the deployer node, when it is not the design node.
//!
//! It then exits 1 when the release fails.

use std::io::Write;
use std::time::Duration;

use anyhow::{ensure, Context};
use dss_api::mock::{Answer, MockDss, Stub};
use dss_api::DssProjectDeployerDeployment;
use dss_api::{DssClient, Error, WaitOptions};
use serde_json::json;

/// What to release, and where.
struct Release<'a> {
    design: &'a DssClient,
    deployer: &'a DssClient,
    project_key: &'a str,
    deployment_id: &'a str,
    bundle_id: &'a str,
}

fn main() -> anyhow::Result<()> {
    env_logger::init();
    let project = std::env::var("DSS_RELEASE_PROJECT").ok();
    let deployment = std::env::var("DSS_RELEASE_DEPLOYMENT").ok();
    match (DssClient::from_env(), project, deployment) {
        (Ok(design), Some(project_key), Some(deployment_id)) => {
            let deployer = match (
                std::env::var("DSS_RELEASE_DEPLOYER_URL"),
                std::env::var("DSS_RELEASE_DEPLOYER_API_KEY"),
            ) {
                (Ok(url), Ok(key)) => DssClient::new(url, key)?,
                _ => design.clone(),
            };
            let bundle_id = std::env::var("DSS_RELEASE_BUNDLE").unwrap_or_else(|_| {
                let secs = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs());
                format!("release-{secs}")
            });
            println!("Releasing {project_key} as bundle {bundle_id} to deployment {deployment_id}.\n");
            let release = Release {
                design: &design,
                deployer: &deployer,
                project_key: &project_key,
                deployment_id: &deployment_id,
                bundle_id: &bundle_id,
            };
            if !run_release(&release)? {
                std::process::exit(1);
            }
            Ok(())
        }
        (Ok(_), _, _) => {
            println!("DSS credentials found, but no DSS_RELEASE_PROJECT and DSS_RELEASE_DEPLOYMENT to release:");
            println!("running the release against the embedded mock DSS (dss_api::mock) instead.\n");
            mock_release()
        }
        (Err(why), _, _) => {
            println!("No DSS credentials ({why}).");
            println!("Running the release against the embedded mock DSS (dss_api::mock) instead.\n");
            mock_release()
        }
    }
}

/// The release, against any DSS: `Ok(true)` when the deployment is
/// updated and working, `Ok(false)` (after printing the update's log) when
/// the update failed or the deployment is not healthy.
fn run_release(r: &Release<'_>) -> anyhow::Result<bool> {
    let project = r.design.get_project(r.project_key);
    println!("1. export bundle {} of {}", r.bundle_id, r.project_key);
    project
        .export_bundle(r.bundle_id)
        .release_notes("released by the dss-api release example")
        .send()
        .context("exporting the bundle")?;

    println!("2. publish it to the Project Deployer");
    let published = project
        .publish_bundle(r.bundle_id)
        .send()
        .context("publishing the bundle")?;
    if let Some(key) = published.get("publishedProjectKey").and_then(|k| k.as_str()) {
        println!("   published into {key}");
    }

    println!("3. point deployment {} at it", r.deployment_id);
    let deployment = r.deployer.get_projectdeployer().get_deployment(r.deployment_id);
    let mut settings = deployment.get_settings().send()?;
    println!("   it deployed bundle {}", settings.bundle_id().unwrap_or("(none)"));
    settings.set_bundle_id(r.bundle_id);
    settings.save().send()?;

    println!("4. update the deployment and wait for it");
    let mut update = deployment.start_update().send()?;
    let waited = update
        .wait()
        .wait_options(
            WaitOptions::new()
                .first_interval(Duration::from_millis(200))
                .max_interval(Duration::from_secs(5))
                .deadline(Duration::from_secs(30 * 60))
                .on_progress(|p| {
                    print!(
                        "\r   update {}: {} (poll {}, {:.1?})   ",
                        p.id, p.state, p.polls, p.elapsed
                    );
                    let _ = std::io::stdout().flush();
                }),
        )
        .send();
    println!();
    match waited {
        Ok(_) => println!("   the update ended"),
        Err(Error::TaskFailed { message, .. }) => {
            println!("   the update FAILED: {message}");
            print_update_log(&deployment)?;
            return Ok(false);
        }
        Err(e) => return Err(e.into()),
    }

    println!("5. read the deployment's status");
    let status = deployment.get_status().send()?;
    let health = status.get_health();
    println!("   health: {health}");
    for message in status
        .get_health_messages()
        .map(|m| m.messages.as_slice())
        .unwrap_or_default()
    {
        let title = message.get("title").and_then(|t| t.as_str()).unwrap_or_default();
        println!("   - {title}");
    }
    if !health.is_working() {
        println!("   the deployment does not work after the update");
        print_update_log(&deployment)?;
        return Ok(false);
    }
    println!("   released {} to {}", r.bundle_id, r.deployment_id);
    Ok(true)
}

/// Prints the log of the deployment's last update.
fn print_update_log(deployment: &DssProjectDeployerDeployment) -> anyhow::Result<()> {
    let update = deployment.get_update().send()?;
    println!(
        "   log of the last update ({}):",
        update.status.as_deref().unwrap_or("no status")
    );
    for line in update.log_lines().unwrap_or_default() {
        println!("   | {line}");
    }
    Ok(())
}

/// Two releases against a mock DSS scripted for them: one goes through,
/// the other's update fails and its log is printed.
fn mock_release() -> anyhow::Result<()> {
    let mock = MockDss::start()?;
    println!("mock DSS listening at {}", mock.url());
    let project = mock.get_project("SALES");
    let export = project
        .export_bundle("v2")
        .release_notes("released by the dss-api release example")
        .returns(json!({"bundleId": "v2"}))?;
    let publish = project
        .publish_bundle("v2")
        .returns(json!({"publishedProjectKey": "SALES", "bundleId": "v2"}))?;
    let good = script_deployment(&mock, "sales-prod", true)?;
    let bad = script_deployment(&mock, "sales-broken", false)?;

    let release = |deployment_id| Release {
        design: mock.client(),
        deployer: mock.client(),
        project_key: "SALES",
        deployment_id,
        bundle_id: "v2",
    };
    println!("\n== a release that goes through");
    ensure!(
        run_release(&release("sales-prod"))?,
        "the first release should have gone through"
    );
    println!("\n== a release whose update fails");
    ensure!(
        !run_release(&release("sales-broken"))?,
        "the second release should have failed"
    );

    // What the mock was asked.
    export.assert_calls(2);
    publish.assert_calls(2);
    for (script, log_reads) in [(&good, 0), (&bad, 1)] {
        script.save.assert_calls(1);
        script.update.assert_calls(1);
        script.last_update.assert_calls(log_reads);
    }
    good.light.assert_calls(1);
    good.heavy.assert_calls(1);
    bad.light.assert_calls(0);
    println!("\nWhat the mock was asked:");
    let stubs = [
        &export,
        &publish,
        &good.save,
        &good.update,
        &good.polls,
        &good.heavy,
        &bad.update,
        &bad.polls,
        &bad.last_update,
    ];
    for stub in stubs {
        println!("   {:>2} x {}", stub.call_count(), stub.request());
    }
    Ok(())
}

/// The stubs of one scripted deployment.
struct DeploymentScript {
    save: dss_api::mock::Stubbed,
    update: dss_api::mock::Stubbed,
    polls: dss_api::mock::Stubbed,
    light: dss_api::mock::Stubbed,
    heavy: dss_api::mock::Stubbed,
    last_update: dss_api::mock::Stubbed,
}

/// Scripts a deployment of `SALES` deploying bundle `v1`, saved with `v2`,
/// whose update runs for two polls then ends (`works`) or fails.
fn script_deployment(mock: &MockDss, id: &str, works: bool) -> anyhow::Result<DeploymentScript> {
    let deployment = mock.get_projectdeployer().get_deployment(id);
    deployment
        .get_settings()
        .returns(json!({"id": id, "publishedProjectKey": "SALES", "infraId": "automation", "bundleId": "v1"}))?;
    // The save is stubbed with the very settings the release sends.
    let mut settings = deployment.get_settings().send()?;
    settings.set_bundle_id("v2");
    let save = settings.save().returns(())?;
    let job_id = format!("update-{id}");
    let update = deployment
        .start_update()
        .returns_json(json!({"jobId": job_id, "alive": true, "hasResult": false}))?;
    let task = mock.get_future(&job_id);
    let state = task.get_state();
    let polls = if works {
        state.finishes_after(2, json!({"anyMessage": false}))?
    } else {
        let running = json!({"jobId": job_id, "alive": true, "hasResult": false});
        let failed = json!({"jobId": job_id, "alive": false, "hasResult": false,
                            "exception": {"message": "scenario check_data failed on the automation node"}});
        state.answers_in_turn([
            Answer::json(running.clone()),
            Answer::json(running),
            Answer::json(failed),
        ])?
    };
    let light = deployment.get_light_status().returns(json!({
        "deploymentBasicInfo": {"id": id, "publishedProjectKey": "SALES", "bundleId": "v2", "infraId": "automation"}
    }))?;
    let heavy = deployment.get_heavy_status().returns(json!({
        "health": "HEALTHY",
        "healthMessages": {"maxSeverity": "INFO", "messages": [{"severity": "INFO", "title": "all scenarios activated"}]}
    }))?;
    let last_update = deployment.get_last_update().returns(json!({
        "status": if works { "SUCCESS" } else { "FAILED" },
        "logs": {"lines": ["Preloading bundle v2", "Activating bundle v2", "ERROR: scenario check_data failed"]}
    }))?;
    Ok(DeploymentScript {
        save,
        update,
        polls,
        light,
        heavy,
        last_update,
    })
}
