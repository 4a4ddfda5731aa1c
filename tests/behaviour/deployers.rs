//! Deployer handles: creations return handles named by their argument (as
//! dataikuapi's do), and the handles' calls hit the paths dataikuapi uses.

use dss_api_tests::{api, client, server};
use httpmock::Method::{DELETE, GET, POST, PUT};
use serde_json::json;

#[test]
fn api_deployer_infra_service_and_deployment() {
    let server = server();
    let create_infra = server.mock(|when, then| {
        when.method(POST)
            .path(api("/api-deployer/infras"))
            .json_body(json!({"id": "inf2", "stage": "Dev", "type": "STATIC", "governCheckPolicy": "NO_CHECK"}));
        then.status(200).json_body(json!({"msg": "ok"}));
    });
    let infra_settings = server.mock(|when, then| {
        when.method(GET).path(api("/api-deployer/infras/inf2/settings"));
        then.status(200)
            .json_body(json!({"id": "inf2", "apiNodes": [], "futureMember": 1}));
    });
    let save_infra = server.mock(|when, then| {
        when.method(PUT)
            .path(api("/api-deployer/infras/inf2/settings"))
            .json_body(json!({"id": "inf2", "apiNodes": [{"url": "http://n"}], "futureMember": 1}));
        then.status(204);
    });
    let read_deployment = server.mock(|when, then| {
        when.method(GET).path(api("/api-deployer/deployments/d%201/settings"));
        then.status(200).json_body(json!({"enabled": true}));
    });
    let deployment_settings = server.mock(|when, then| {
        when.method(PUT)
            .path(api("/api-deployer/deployments/d%201/settings"))
            .query_param("ignoreWarnings", "true")
            .json_body(json!({"enabled": false}));
        then.status(204);
    });
    let update = server.mock(|when, then| {
        when.method(POST)
            .path(api("/api-deployer/deployments/d%201/actions/update"));
        then.status(200)
            .json_body(json!({"jobId": "upd-1", "alive": true, "hasResult": false}));
    });
    let delete = server.mock(|when, then| {
        when.method(DELETE)
            .path(api("/api-deployer/deployments/d%201"))
            .query_param("ignorePreDeleteErrors", "false");
        then.status(204);
    });
    let delete_version = server.mock(|when, then| {
        when.method(DELETE)
            .path(api("/api-deployer/services/svc/versions/v%2F1"));
        then.status(204);
    });
    let c = client(&server);
    let deployer = c.get_apideployer();
    let infra = deployer.create_infra("inf2", "Dev", "STATIC").send().unwrap();
    assert_eq!(infra.infra_id(), "inf2");
    let mut settings = infra.get_settings().send().unwrap();
    settings.raw_mut()["apiNodes"] = json!([{"url": "http://n"}]);
    settings.save().send().unwrap();

    let deployment = deployer.get_deployment("d 1");
    let mut settings = deployment.get_settings().send().unwrap();
    settings.set_enabled(false);
    settings.save().ignore_warnings(true).send().unwrap();
    assert_eq!(deployment.start_update().send().unwrap().job_id(), "upd-1");
    deployment.delete().send().unwrap();
    deployer.get_service("svc").delete_version("v/1").send().unwrap();

    for m in [
        create_infra,
        infra_settings,
        save_infra,
        read_deployment,
        deployment_settings,
        update,
        delete,
        delete_version,
    ] {
        m.assert();
    }
}

#[test]
fn project_deployer_creations_return_handles() {
    let server = server();
    let create_project = server.mock(|when, then| {
        when.method(POST)
            .path(api("/project-deployer/projects"))
            .json_body(json!({"publishedProjectKey": "PP2"}));
        then.status(200).json_body(json!({}));
    });
    let create_deployment = server.mock(|when, then| {
        when.method(POST)
            .path(api("/project-deployer/deployments"))
            .query_param("ignoreWarnings", "false")
            .json_body(
                json!({"deploymentId": "d2", "publishedProjectKey": "PP2", "infraId": "inf1", "bundleId": "b1"}),
            );
        then.status(200).json_body(json!({}));
    });
    let delete_bundle = server.mock(|when, then| {
        when.method(DELETE)
            .path(api("/project-deployer/projects/PP2/bundles/b1"));
        then.status(204);
    });
    let heavy = server.mock(|when, then| {
        when.method(GET).path(api("/project-deployer/deployments/d2/status"));
        then.status(200).json_body(json!({"health": "HEALTHY"}));
    });
    let c = client(&server);
    let deployer = c.get_projectdeployer();
    let project = deployer.create_project("PP2").send().unwrap();
    assert_eq!(project.project_key(), "PP2");
    let deployment = deployer.create_deployment("d2", "PP2", "inf1", "b1").send().unwrap();
    assert_eq!(deployment.deployment_id(), "d2");
    project.delete_bundle("b1").send().unwrap();
    let status = deployment.get_heavy_status().send().unwrap();
    assert_eq!(status.health.as_deref(), Some("HEALTHY"));
    assert_eq!(status.health_state(), dss_api::models::DeploymentHealth::Healthy);
    for m in [create_project, create_deployment, delete_bundle, heavy] {
        m.assert();
    }
}
