//! Calls made the same way in both dataikuapi recordings (the 82 calls with
//! the arguments the recording used, and the same 82 with only the required
//! arguments): those without optional arguments. Both conformance tests
//! run them, each with its own table for the rest.

use serde_json::json;

use crate::CallFn;

/// One Rust call per recorded Python call that takes no optional argument.
pub const SAME_CALLS: &[(&str, CallFn)] = &[
    ("list_running_scenarios", |c| {
        c.list_running_scenarios().send()?;
        Ok(())
    }),
    ("get_future", |c| {
        c.get_future("job-7").abort().send()?;
        Ok(())
    }),
    ("list_running_notebooks", |c| {
        c.list_running_notebooks().send()?;
        Ok(())
    }),
    ("list_projects", |c| {
        c.list_projects().send()?;
        Ok(())
    }),
    ("get_project", |c| {
        c.get_project("PKEY").get_metadata().send()?;
        Ok(())
    }),
    ("list_apps", |c| {
        c.list_apps().send()?;
        Ok(())
    }),
    ("get_app", |c| {
        c.get_app("app1").get_manifest().send()?;
        Ok(())
    }),
    ("list_plugins", |c| {
        c.list_plugins().send()?;
        Ok(())
    }),
    ("install_plugin_from_archive", |c| {
        c.install_plugin_from_archive(b"PK-zip-bytes".to_vec()).send()?;
        Ok(())
    }),
    ("install_plugin_from_store", |c| {
        c.install_plugin_from_store("geoip").send()?;
        Ok(())
    }),
    ("get_plugin", |c| {
        c.get_plugin("geoip").get_settings().send()?;
        Ok(())
    }),
    ("list_users", |c| {
        c.list_users().send()?;
        Ok(())
    }),
    ("get_user", |c| {
        c.get_user("alice").get_settings().send()?;
        Ok(())
    }),
    ("get_own_user", |c| {
        c.get_own_user().get_settings().send()?;
        Ok(())
    }),
    ("get_authorization_matrix", |c| {
        c.get_authorization_matrix().send()?;
        Ok(())
    }),
    ("list_groups", |c| {
        c.list_groups().send()?;
        Ok(())
    }),
    ("get_group", |c| {
        c.get_group("g1").get_definition().send()?;
        Ok(())
    }),
    ("list_connections", |c| {
        c.list_connections().send()?;
        Ok(())
    }),
    ("get_connection", |c| {
        c.get_connection("pg").get_definition().send()?;
        Ok(())
    }),
    ("list_code_envs", |c| {
        c.list_code_envs().send()?;
        Ok(())
    }),
    ("get_code_env", |c| {
        c.get_code_env("PYTHON", "py39").get_definition().send()?;
        Ok(())
    }),
    ("list_code_env_usages", |c| {
        c.list_code_env_usages().send()?;
        Ok(())
    }),
    ("list_clusters", |c| {
        c.list_clusters().send()?;
        Ok(())
    }),
    ("get_cluster", |c| {
        c.get_cluster("c1").get_settings().send()?;
        Ok(())
    }),
    ("list_code_studio_templates", |c| {
        c.list_code_studio_templates().send()?;
        Ok(())
    }),
    ("get_code_studio_template", |c| {
        c.get_code_studio_template("t1").get_settings().send()?;
        Ok(())
    }),
    ("list_global_api_keys", |c| {
        c.list_global_api_keys().send()?;
        Ok(())
    }),
    ("list_personal_api_keys", |c| {
        c.list_personal_api_keys().send()?;
        Ok(())
    }),
    ("get_personal_api_key", |c| {
        c.get_personal_api_key("keyid").get_definition().send()?;
        Ok(())
    }),
    ("list_all_personal_api_keys", |c| {
        c.list_all_personal_api_keys().send()?;
        Ok(())
    }),
    ("list_meanings", |c| {
        c.list_meanings().send()?;
        Ok(())
    }),
    ("get_meaning", |c| {
        c.get_meaning("m1").get_definition().send()?;
        Ok(())
    }),
    ("list_logs", |c| {
        c.list_logs().send()?;
        Ok(())
    }),
    ("get_log", |c| {
        c.get_log("backend.log").send()?;
        Ok(())
    }),
    ("get_variables", |c| {
        c.get_variables().send()?;
        Ok(())
    }),
    ("get_global_variables", |c| {
        c.get_global_variables().send()?;
        Ok(())
    }),
    ("set_variables", |c| {
        c.set_variables(json!({"a": "1", "b": 2})).send()?;
        Ok(())
    }),
    ("get_general_settings", |c| {
        c.get_general_settings().send()?;
        Ok(())
    }),
    ("create_project_from_bundle_local_archive", |c| {
        c.create_project_from_bundle_local_archive("/data/bundle.zip").send()?;
        Ok(())
    }),
    ("create_project_from_bundle_archive", |c| {
        c.create_project_from_bundle_archive(b"PK-bundle".to_vec()).send()?;
        Ok(())
    }),
    ("get_apideployer", |c| {
        c.get_apideployer().list_deployments().send()?;
        Ok(())
    }),
    ("get_projectdeployer", |c| {
        c.get_projectdeployer().list_deployments().send()?;
        Ok(())
    }),
    ("push_base_images", |c| {
        c.push_base_images().send()?;
        Ok(())
    }),
    ("apply_kubernetes_namespaces_policies", |c| {
        c.apply_kubernetes_namespaces_policies().send()?;
        Ok(())
    }),
    ("get_instance_info", |c| {
        c.get_instance_info().send()?;
        Ok(())
    }),
    ("get_sanity_check_codes", |c| {
        c.get_sanity_check_codes().send()?;
        Ok(())
    }),
    ("get_licensing_status", |c| {
        c.get_licensing_status().send()?;
        Ok(())
    }),
    ("set_license", |c| {
        c.set_license(r#"{"licenseContent": 1}"#).send()?;
        Ok(())
    }),
    ("get_object_discussions", |c| {
        c.get_object_discussions("PKEY", "DATASET", "ds1")
            .list_discussions()
            .send()?;
        Ok(())
    }),
    ("get_feature_store", |c| {
        c.get_feature_store().list_feature_groups().send()?;
        Ok(())
    }),
    ("list_workspaces", |c| {
        c.list_workspaces().send()?;
        Ok(())
    }),
    ("get_workspace", |c| {
        c.get_workspace("ws1").get_settings().send()?;
        Ok(())
    }),
];
