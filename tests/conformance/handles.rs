//! Conformance of handle methods with dataikuapi 15.2.0: every call
//! recorded in `dataikuapi-15.2.0-handles.json` (one-request handle methods,
//! settings read then saved back, `as_objects` / `as_type` chains, and
//! "create, then use the handle" chains) is made with our client, and the
//! requests it sends are compared with the recorded ones (verb, decoded
//! path, query set, JSON body with its nulls, auth, number of requests).
//!
//! Most calls run against the shared recorder, which answers with
//! `canned_answer`. A call whose later requests (or whose result) depend on
//! what the recording's server answered, where `canned_answer` answers
//! something else, gets a server of its own answering as the recording's
//! did (`recording_answer`, a port of `recsrv.py`'s `answer`).
//!
//! Recorded calls our API cannot make would be listed in `NOT_REPLAYED`
//! (none today), with the reason; the test fails if that list is not exactly
//! the set of recorded calls missing from the table.

use std::collections::BTreeSet;

use dss_api_tests::{canned_answer, fixture, report, run_conformance_with, CallFn, Received, Recorder};
use serde_json::{json, Value};

const FIXTURE: &str = "conformance/dataikuapi-15.2.0-handles.json";

/// Recorded calls that our API cannot make, and why. Kept out of the table.
const NOT_REPLAYED: &[(&str, &str)] = &[];

/// Calls that get a server answering as the recording's did: their chain
/// (or the result they check) depends on an answer `canned_answer` gives
/// differently.
const RECORDING_SERVER_CALLS: &[&str] = &[
    // `canned_answer` gives a folder's settings an `id`; saved back, it
    // would be sent.
    "DSSProjectFolderSettings.save",
    "DSSProjectFolder.create_sub_folder",
    "DSSProject.get_project_folder",
    "DSSApp.list_instance_keys",
    // The discussion made is named by the answer's `id`.
    "DSSObjectDiscussions.create_discussion",
    "DSSApp.create_instance",
    "DSSAppManifest.save (PROJECT_ app)",
    "DSSCodeEnvSettings.save",
    "DSSGlobalApiKey.get_definition",
    "DSSGlobalApiKey.set_definition",
    "DSSGlobalApiKeyDefinition.save",
    "DSSGlobalApiKey.delete",
    "DSSNotebook.get_state (listed notebook: no request)",
    "DSSNotebook.unload",
    "DSSInstanceVariables.save",
    "get_ticket",
    "DSSFuture (as_objects) from list_futures",
    "list_users (as_objects) -> DSSUser.get_settings",
    "list_connections(as_type='objects') -> DSSConnection.get_definition",
    "list_code_envs(as_objects=True) -> DSSCodeEnv.get_definition",
    "list_global_api_keys(as_type='objects') -> DSSGlobalApiKey.get_definition",
    "list_personal_api_keys(as_type='objects') -> DSSPersonalApiKey.get_definition",
    "list_code_studio_templates(as_type='objects') -> get_settings",
    "list_apps(as_type='objects') -> DSSApp.get_manifest",
    "list_workspaces(as_objects=True) -> DSSWorkspace.get_settings",
    "create_global_api_key -> get_definition (id from answer)",
    "create_personal_api_key(as_type='object') -> get_definition",
    "create_code_env(wait=False) -> DSSFuture.get_state",
];

/// One Rust call per recorded Python call, same arguments.
const TABLE: &[(&str, CallFn)] = &[
    ("DSSFuture.abort", |c| {
        c.get_future("j1").abort().send()?;
        Ok(())
    }),
    // Project folders: the handle comes from `get_project_folder` (one GET).
    ("DSSProjectFolder.get_settings", |c| {
        c.get_project_folder("fld42").send()?.get_settings().send()?;
        Ok(())
    }),
    ("DSSProjectFolderSettings.save", |c| {
        let folder = c.get_project_folder("fld42").send()?;
        folder.get_settings().send()?.save().send()?;
        Ok(())
    }),
    ("DSSProjectFolder.delete", |c| {
        c.get_project_folder("fld42").send()?.delete().send()?;
        Ok(())
    }),
    ("DSSProjectFolder.create_sub_folder", |c| {
        let sub = c.get_project_folder("fld42").send()?.create_sub_folder("sub").send()?;
        anyhow::ensure!(
            sub.project_folder_id() == "fld43",
            "the handle uses the id of the answer"
        );
        Ok(())
    }),
    ("DSSProjectFolder.move_to", |c| {
        let folder = c.get_project_folder("fld42").send()?;
        let root = c.get_root_project_folder().send()?;
        folder.move_to(root.project_folder_id()).send()?;
        Ok(())
    }),
    ("DSSProjectFolder.move_project_to", |c| {
        let folder = c.get_project_folder("fld42").send()?;
        let root = c.get_root_project_folder().send()?;
        folder.move_project_to("PKEY", root.project_folder_id()).send()?;
        Ok(())
    }),
    ("DSSProjectFolder.create_project", |c| {
        let folder = c.get_project_folder("fld42").send()?;
        let project = folder.create_project("NEWP", "New project", "admin").send()?;
        anyhow::ensure!(project.project_key() == "NEWP");
        Ok(())
    }),
    // Projects.
    ("DSSProject.get_summary", |c| {
        c.get_project("PKEY").get_summary().send()?;
        Ok(())
    }),
    ("DSSProject.set_metadata", |c| {
        c.get_project("PKEY")
            .set_metadata(json!({"label": "L", "tags": []}))
            .send()?;
        Ok(())
    }),
    ("DSSProject.get_settings", |c| {
        c.get_project("PKEY").get_settings().send()?;
        Ok(())
    }),
    ("DSSProject.get_permissions", |c| {
        c.get_project("PKEY").get_permissions().send()?;
        Ok(())
    }),
    ("DSSProject.set_permissions", |c| {
        c.get_project("PKEY")
            .set_permissions(json!({"owner": "admin", "permissions": []}))
            .send()?;
        Ok(())
    }),
    ("DSSProject.get_variables", |c| {
        c.get_project("PKEY").get_variables().send()?;
        Ok(())
    }),
    ("DSSProject.set_variables", |c| {
        c.get_project("PKEY")
            .set_variables(json!({"standard": {}, "local": {}}))
            .send()?;
        Ok(())
    }),
    ("DSSProject.get_tags", |c| {
        c.get_project("PKEY").get_tags().send()?;
        Ok(())
    }),
    ("DSSProject.set_tags", |c| {
        c.get_project("PKEY").set_tags().send()?;
        Ok(())
    }),
    ("DSSProject.get_project_folder", |c| {
        let folder = c.get_project("PKEY").get_project_folder().send()?;
        anyhow::ensure!(
            folder.project_folder_id() == "fld42",
            "the handle uses the id of the answer"
        );
        Ok(())
    }),
    ("DSSProject.delete", |c| {
        c.get_project("PKEY").delete().send()?;
        Ok(())
    }),
    // Apps.
    ("DSSApp.list_instances", |c| {
        c.get_app("app1").list_instances().send()?;
        Ok(())
    }),
    ("DSSApp.list_instance_keys", |c| {
        let keys = c.get_app("app1").list_instance_keys().send()?;
        anyhow::ensure!(keys == ["APP1_INST"], "{keys:?}");
        Ok(())
    }),
    ("DSSApp.create_instance", |c| {
        c.get_app("app1").create_instance("INST", "Instance").send()?;
        Ok(())
    }),
    // dataikuapi saves the manifest of app `PROJECT_{key}` into project `key`.
    ("DSSAppManifest.save (PROJECT_ app)", |c| {
        let manifest = c.get_app("PROJECT_PKEY").get_manifest().send()?;
        anyhow::ensure!(manifest.project_key() == "PKEY");
        manifest.save().send()?;
        Ok(())
    }),
    // Plugins.
    ("DSSPlugin.get_project_settings", |c| {
        c.get_plugin("geoip").get_project_settings("PKEY").send()?;
        Ok(())
    }),
    ("DSSPluginSettings.save", |c| {
        c.get_plugin("geoip").get_settings().send()?.save().send()?;
        Ok(())
    }),
    ("DSSPlugin.list_usages", |c| {
        c.get_plugin("geoip").list_usages().send()?;
        Ok(())
    }),
    ("DSSPlugin.delete", |c| {
        c.get_plugin("geoip").delete().send()?;
        Ok(())
    }),
    ("DSSPlugin.update_from_store", |c| {
        c.get_plugin("geoip").update_from_store().send()?;
        Ok(())
    }),
    ("DSSPlugin.update_from_git", |c| {
        c.get_plugin("geoip")
            .update_from_git("https://example.org/p.git")
            .send()?;
        Ok(())
    }),
    ("DSSPlugin.list_files", |c| {
        c.get_plugin("geoip").list_files().send()?;
        Ok(())
    }),
    ("DSSPlugin.rename_file", |c| {
        c.get_plugin("geoip").rename_file("python-lib/a.py", "b.py").send()?;
        Ok(())
    }),
    ("DSSPlugin.put_file", |c| {
        c.get_plugin("geoip")
            .put_file("python-lib/a.py", b"print(1)".to_vec())
            .send()?;
        Ok(())
    }),
    ("DSSPlugin.move_file", |c| {
        c.get_plugin("geoip")
            .move_file("python-lib/a.py", "python-lib/x/a.py")
            .send()?;
        Ok(())
    }),
    // Users and groups.
    ("DSSUser.delete", |c| {
        c.get_user("alice").delete().send()?;
        Ok(())
    }),
    ("DSSUser.get_activity", |c| {
        c.get_user("alice").get_activity().send()?;
        Ok(())
    }),
    ("DSSUser.get_info", |c| {
        c.get_user("alice").get_info().send()?;
        Ok(())
    }),
    ("DSSUserSettings.save", |c| {
        c.get_user("alice").get_settings().send()?.save().send()?;
        Ok(())
    }),
    ("DSSUser.get_definition", |c| {
        c.get_user("alice").get_definition().send()?;
        Ok(())
    }),
    ("DSSUser.set_definition", |c| {
        c.get_user("alice").set_definition(json!({"login": "alice"})).send()?;
        Ok(())
    }),
    ("DSSOwnUserSettings.save", |c| {
        c.get_own_user().get_settings().send()?.save().send()?;
        Ok(())
    }),
    ("DSSGroup.delete", |c| {
        c.get_group("g1").delete().send()?;
        Ok(())
    }),
    ("DSSGroup.set_definition", |c| {
        c.get_group("g1").set_definition(json!({"name": "g1"})).send()?;
        Ok(())
    }),
    // Connections.
    ("DSSConnection.delete", |c| {
        c.get_connection("pg").delete().send()?;
        Ok(())
    }),
    ("DSSConnection.get_settings", |c| {
        c.get_connection("pg").get_settings().send()?;
        Ok(())
    }),
    ("DSSConnectionSettings.save", |c| {
        c.get_connection("pg").get_settings().send()?.save().send()?;
        Ok(())
    }),
    ("DSSConnection.set_definition", |c| {
        c.get_connection("pg").set_definition(json!({"name": "pg"})).send()?;
        Ok(())
    }),
    ("DSSConnection.get_info", |c| {
        c.get_connection("pg").get_info().send()?;
        Ok(())
    }),
    ("DSSConnection.test", |c| {
        c.get_connection("pg").test().send()?;
        Ok(())
    }),
    // Code environments.
    ("DSSCodeEnv.delete", |c| {
        c.get_code_env("PYTHON", "py39").delete().send()?;
        Ok(())
    }),
    ("DSSCodeEnv.set_definition", |c| {
        c.get_code_env("PYTHON", "py39")
            .set_definition(json!({"envName": "py39"}))
            .send()?;
        Ok(())
    }),
    ("DSSCodeEnv.get_settings", |c| {
        c.get_code_env("PYTHON", "py39").get_settings().send()?;
        Ok(())
    }),
    ("DSSCodeEnvSettings.save", |c| {
        c.get_code_env("PYTHON", "py39").get_settings().send()?.save().send()?;
        Ok(())
    }),
    ("DSSCodeEnv.list_usages", |c| {
        c.get_code_env("PYTHON", "py39").list_usages().send()?;
        Ok(())
    }),
    ("DSSCodeEnv.list_logs", |c| {
        c.get_code_env("PYTHON", "py39").list_logs().send()?;
        Ok(())
    }),
    ("DSSCodeEnv.get_log", |c| {
        c.get_code_env("PYTHON", "py39").get_log("build.log").send()?;
        Ok(())
    }),
    ("DSSCodeEnv.update_packages", |c| {
        c.get_code_env("PYTHON", "py39").update_packages().send()?;
        Ok(())
    }),
    // Clusters.
    ("DSSCluster.delete", |c| {
        c.get_cluster("c1").delete().send()?;
        Ok(())
    }),
    ("DSSCluster.get_definition", |c| {
        c.get_cluster("c1").get_definition().send()?;
        Ok(())
    }),
    ("DSSCluster.set_definition", |c| {
        c.get_cluster("c1").set_definition(json!({"name": "c1"})).send()?;
        Ok(())
    }),
    ("DSSClusterSettings.save", |c| {
        c.get_cluster("c1").get_settings().send()?.save().send()?;
        Ok(())
    }),
    ("DSSCluster.get_status", |c| {
        c.get_cluster("c1").get_status().send()?;
        Ok(())
    }),
    ("DSSCluster.start", |c| {
        c.get_cluster("c1").start().send()?;
        Ok(())
    }),
    ("DSSCluster.stop", |c| {
        c.get_cluster("c1").stop().send()?;
        Ok(())
    }),
    // Code studio templates.
    ("DSSCodeStudioTemplate.delete", |c| {
        c.get_code_studio_template("t1").delete().send()?;
        Ok(())
    }),
    ("DSSCodeStudioTemplate.build", |c| {
        c.get_code_studio_template("t1").build().send()?;
        Ok(())
    }),
    ("DSSCodeStudioTemplateSettings.save", |c| {
        c.get_code_studio_template("t1").get_settings().send()?.save().send()?;
        Ok(())
    }),
    // API keys: a global key's handle uses the id the lookup answered with.
    ("DSSGlobalApiKey.get_definition", |c| {
        c.get_global_api_key("secretkey").send()?.get_definition().send()?;
        Ok(())
    }),
    ("DSSGlobalApiKey.set_definition", |c| {
        c.get_global_api_key("secretkey")
            .send()?
            .set_definition(json!({"label": "x"}))
            .send()?;
        Ok(())
    }),
    ("DSSGlobalApiKeyDefinition.save", |c| {
        let key = c.get_global_api_key("secretkey").send()?;
        let definition = key.get_definition().send()?;
        key.set_definition(definition).send()?;
        Ok(())
    }),
    ("DSSGlobalApiKey.delete", |c| {
        c.get_global_api_key("secretkey").send()?.delete().send()?;
        Ok(())
    }),
    ("DSSPersonalApiKey.set_definition", |c| {
        c.get_personal_api_key("keyid")
            .set_definition(json!({"label": "x"}))
            .send()?;
        Ok(())
    }),
    ("DSSPersonalApiKey.delete", |c| {
        c.get_personal_api_key("keyid").delete().send()?;
        Ok(())
    }),
    ("DSSMeaning.set_definition", |c| {
        c.get_meaning("m1").set_definition(json!({"id": "m1"})).send()?;
        Ok(())
    }),
    // Workspaces.
    ("DSSWorkspace.delete", |c| {
        c.get_workspace("ws1").delete().send()?;
        Ok(())
    }),
    ("DSSWorkspace.list_objects", |c| {
        c.get_workspace("ws1").list_objects().send()?;
        Ok(())
    }),
    ("DSSWorkspace.add_object (dict)", |c| {
        c.get_workspace("ws1")
            .add_object(json!({"htmlLink": {"name": "n", "url": "u", "description": "d"}}))
            .send()?;
        Ok(())
    }),
    ("DSSWorkspaceSettings.save", |c| {
        c.get_workspace("ws1").get_settings().send()?.save().send()?;
        Ok(())
    }),
    // Deployers.
    ("DSSAPIDeployer.list_stages", |c| {
        c.get_apideployer().list_stages().send()?;
        Ok(())
    }),
    ("DSSAPIDeployer.list_infras", |c| {
        c.get_apideployer().list_infras().send()?;
        Ok(())
    }),
    ("DSSAPIDeployer.list_services", |c| {
        c.get_apideployer().list_services().send()?;
        Ok(())
    }),
    ("DSSAPIDeployer.create_infra", |c| {
        c.get_apideployer().create_infra("inf2", "Dev", "STATIC").send()?;
        Ok(())
    }),
    ("DSSAPIDeployer.create_service", |c| {
        c.get_apideployer().create_service("svc2").send()?;
        Ok(())
    }),
    ("DSSAPIDeployer.create_deployment", |c| {
        c.get_apideployer()
            .create_deployment("d2", "svc1", "inf1", "v1")
            .send()?;
        Ok(())
    }),
    ("DSSProjectDeployer.list_stages", |c| {
        c.get_projectdeployer().list_stages().send()?;
        Ok(())
    }),
    ("DSSProjectDeployer.list_infras", |c| {
        c.get_projectdeployer().list_infras().send()?;
        Ok(())
    }),
    ("DSSProjectDeployer.list_projects", |c| {
        c.get_projectdeployer().list_projects().send()?;
        Ok(())
    }),
    ("DSSProjectDeployer.create_project", |c| {
        c.get_projectdeployer().create_project("PP2").send()?;
        Ok(())
    }),
    ("DSSProjectDeployer.create_infra", |c| {
        c.get_projectdeployer().create_infra("inf2", "Dev").send()?;
        Ok(())
    }),
    ("DSSProjectDeployer.create_deployment", |c| {
        c.get_projectdeployer()
            .create_deployment("d2", "PP", "inf1", "b1")
            .send()?;
        Ok(())
    }),
    // Discussions.
    ("DSSObjectDiscussions.create_discussion", |c| {
        c.get_object_discussions("PKEY", "DATASET", "ds1")
            .create_discussion("topic", "hello")
            .send()?;
        Ok(())
    }),
    ("DSSObjectDiscussions.get_discussion", |c| {
        c.get_object_discussions("PKEY", "DATASET", "ds1")
            .get_discussion("disc1")
            .send()?;
        Ok(())
    }),
    // A listed notebook's state is the list item itself: no request.
    ("DSSNotebook.get_state (listed notebook: no request)", |c| {
        let notebooks = c.list_running_notebooks().send()?;
        let first = notebooks.first().ok_or_else(|| anyhow::anyhow!("no notebook listed"))?;
        anyhow::ensure!(first.name == "nb1" && first.active_sessions.as_ref().is_some_and(|s| s.len() == 1));
        Ok(())
    }),
    // dataikuapi picks the listed notebook's only session; here the caller does.
    ("DSSNotebook.unload", |c| {
        let notebooks = c.list_running_notebooks().send()?;
        let first = notebooks.first().ok_or_else(|| anyhow::anyhow!("no notebook listed"))?;
        let session = first
            .active_sessions
            .as_ref()
            .and_then(|s| s.first())
            .and_then(|s| s["sessionId"].as_str())
            .ok_or_else(|| anyhow::anyhow!("no session listed"))?;
        first.to_handle(c).unload(session).send()?;
        Ok(())
    }),
    // Instance-wide settings.
    ("DSSInstanceVariables.save", |c| {
        let mut variables = c.get_global_variables().send()?;
        anyhow::ensure!(variables.is_object(), "{variables}");
        variables["x"] = json!(1);
        c.set_variables(variables).send()?;
        Ok(())
    }),
    ("DSSGeneralSettings.save", |c| {
        c.get_general_settings().send()?.save().send()?;
        Ok(())
    }),
    ("get_ticket", |c| {
        let ticket = c.get_ticket().send()?;
        anyhow::ensure!(ticket == "ticket-xyz", "{ticket}");
        Ok(())
    }),
    // as_objects / as_type: list items converted into handles.
    ("DSSFuture (as_objects) from list_futures", |c| {
        let futures = c.list_futures().send()?;
        let first = futures.first().ok_or_else(|| anyhow::anyhow!("no task listed"))?;
        first.to_handle(c).peek_state().send()?;
        Ok(())
    }),
    ("list_users (as_objects) -> DSSUser.get_settings", |c| {
        let users = c.list_users().send()?;
        let first = users.first().ok_or_else(|| anyhow::anyhow!("no user listed"))?;
        first.to_handle(c).get_settings().send()?;
        Ok(())
    }),
    // `as_type='objects'` names each connection by its key in the answer.
    (
        "list_connections(as_type='objects') -> DSSConnection.get_definition",
        |c| {
            let connections = c.list_connections().send()?;
            let name = connections
                .keys()
                .next()
                .ok_or_else(|| anyhow::anyhow!("no connection listed"))?;
            c.get_connection(name).get_definition().send()?;
            Ok(())
        },
    ),
    ("list_code_envs(as_objects=True) -> DSSCodeEnv.get_definition", |c| {
        let envs = c.list_code_envs().send()?;
        let first = envs.first().ok_or_else(|| anyhow::anyhow!("no code env listed"))?;
        first.to_handle(c).get_definition().send()?;
        Ok(())
    }),
    (
        "list_global_api_keys(as_type='objects') -> DSSGlobalApiKey.get_definition",
        |c| {
            let keys = c.list_global_api_keys().send()?;
            let first = keys.first().ok_or_else(|| anyhow::anyhow!("no key listed"))?;
            first.to_handle(c).get_definition().send()?;
            Ok(())
        },
    ),
    (
        "list_personal_api_keys(as_type='objects') -> DSSPersonalApiKey.get_definition",
        |c| {
            let keys = c.list_personal_api_keys().send()?;
            let first = keys.first().ok_or_else(|| anyhow::anyhow!("no key listed"))?;
            first.to_handle(c).get_definition().send()?;
            Ok(())
        },
    ),
    ("list_code_studio_templates(as_type='objects') -> get_settings", |c| {
        let templates = c.list_code_studio_templates().send()?;
        let first = templates.first().ok_or_else(|| anyhow::anyhow!("no template listed"))?;
        first.to_handle(c).get_settings().send()?;
        Ok(())
    }),
    ("list_apps(as_type='objects') -> DSSApp.get_manifest", |c| {
        let apps = c.list_apps().send()?;
        let first = apps.first().ok_or_else(|| anyhow::anyhow!("no app listed"))?;
        first.to_handle(c).get_manifest().send()?;
        Ok(())
    }),
    ("list_workspaces(as_objects=True) -> DSSWorkspace.get_settings", |c| {
        let workspaces = c.list_workspaces().send()?;
        let first = workspaces
            .first()
            .ok_or_else(|| anyhow::anyhow!("no workspace listed"))?;
        first.to_handle(c).get_settings().send()?;
        Ok(())
    }),
    // Create, then use the handle (its id from the answer where dataikuapi's is).
    ("create_cluster -> DSSCluster.get_settings (id from answer)", |c| {
        let cluster = c.create_cluster("c2").send()?;
        anyhow::ensure!(cluster.cluster_id() == "c2");
        cluster.get_settings().send()?;
        Ok(())
    }),
    ("create_global_api_key -> get_definition (id from answer)", |c| {
        c.create_global_api_key().send()?.get_definition().send()?;
        Ok(())
    }),
    ("create_personal_api_key(as_type='object') -> get_definition", |c| {
        let key = c.create_personal_api_key().send()?;
        key.to_handle(c).get_definition().send()?;
        Ok(())
    }),
    ("create_code_env(wait=False) -> DSSFuture.get_state", |c| {
        let future = c.create_code_env("PYTHON", "py311", "DESIGN_MANAGED").start()?;
        future.get_state().send()?;
        Ok(())
    }),
];

/// Whether `path` has the shape of `pattern`, where a `*` segment stands for
/// one non-empty segment (the `[^/]+` of `recsrv.py`'s regular expressions).
fn shaped(path: &str, pattern: &str) -> bool {
    let (p, q): (Vec<&str>, Vec<&str>) = (path.split('/').collect(), pattern.split('/').collect());
    p.len() == q.len() && p.iter().zip(&q).all(|(a, b)| a == b || (*b == "*" && !a.is_empty()))
}

/// The last segment of a path.
fn last(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or_default()
}

/// What the recording's server (`recsrv.py`'s `answer`) answered, for the
/// requests of the handle recording; the branches for requests that no
/// handle call makes (SQL, downloads, uploads, sanity check, polled
/// long tasks) are left out.
fn recording_answer(r: &Received) -> (u16, String) {
    let (m, p) = (r.method.as_str(), r.path.as_str());
    let finished = |job_id: &str| json!({"jobId": job_id, "hasResult": true, "result": {}, "alive": false});
    let folder = |id: &str, parent: Value| json!({"id": id, "name": id, "parentId": parent, "childrenIds": [], "projectKeys": []});
    let list = |p: &str| -> Option<Value> {
        Some(match p {
            "/admin/notebooks/" => {
                json!([{"projectKey": "PKEY", "name": "nb1", "activeSessions": [{"sessionId": "s1"}]}])
            }
            "/projects/" => json!([{"projectKey": "PKEY", "name": "P"}]),
            "/apps/" => json!([{"appId": "app1", "label": "App 1"}]),
            "/plugins/" => json!([{"id": "geoip"}]),
            "/admin/users/" | "/admin/users-activity" => json!([{"login": "alice"}]),
            "/admin/groups/" => json!([{"name": "g1"}]),
            "/admin/code-envs/" => json!([{"envLang": "PYTHON", "envName": "py39"}]),
            "/admin/code-envs/usages" | "/admin/sanity-check/codes" => json!([]),
            "/admin/clusters/" => json!([{"id": "c1", "name": "c1"}]),
            "/admin/code-studios/" => json!([{"id": "t1", "label": "T1"}]),
            "/admin/global-api-keys/" => json!([{"id": "gk1", "key": "secretkey"}]),
            "/personal-api-keys/" => json!([{"id": "pk1", "key": "pkey1"}]),
            "/admin/personal-api-keys/" => json!([{"id": "pk1", "key": "pkey1", "user": "alice"}]),
            "/meanings/" => json!([{"id": "m1"}]),
            "/workspaces/" => json!([{"workspaceKey": "ws1"}]),
            "/api-deployer/deployments" | "/project-deployer/deployments" => {
                json!([{"deploymentBasicInfo": {"id": "d1"}}])
            }
            "/feature-store/feature-groups" => json!([{"projectKey": "PKEY", "name": "fg1"}]),
            "/api-deployer/infras" | "/project-deployer/infras" => json!([{"infraBasicInfo": {"id": "inf1"}}]),
            "/api-deployer/services" => json!([{"serviceBasicInfo": {"id": "svc1"}}]),
            "/project-deployer/projects" => json!([{"projectBasicInfo": {"id": "PP"}}]),
            "/workspaces/ws1/objects" => json!([{"id": "obj1"}]),
            "/apps/app1/instances/" => json!([{"projectKey": "APP1_INST"}]),
            _ => return None,
        })
    };
    let body = if m == "GET" && p == "/futures/" {
        json!([{"jobId": "j1", "hasResult": false, "alive": true}])
    } else if shaped(p, "/futures/*") {
        if m == "DELETE" {
            return (204, String::new());
        }
        finished(last(p))
    } else if let Some(items) = list(p).filter(|_| m == "GET") {
        items
    } else if m == "GET" && p == "/admin/connections/" {
        json!({"pg": {"name": "pg", "type": "PostgreSQL"}})
    } else if m == "GET" && shaped(p, "/projects/*/discussions/*/*/") {
        json!([{"id": "disc1", "topic": "t"}])
    } else if m == "GET" && shaped(p, "/project-folders/*") {
        folder(last(p), Value::Null)
    } else if m == "POST" && p == "/admin/clusters/" {
        json!({"id": "c2"})
    } else if m == "POST" && p == "/admin/code-studios/" {
        json!({"id": "t2"})
    } else if m == "POST" && p == "/admin/global-api-keys/" {
        json!({"id": "gk2", "key": "newsecret"})
    } else if m == "POST" && (p == "/personal-api-keys/" || p == "/admin/personal-api-keys/") {
        json!({"id": "pk2", "key": "newpkey"})
    } else if m == "GET" && p.starts_with("/admin/globalAPIKeys/") {
        json!({"id": "gk1", "key": last(p)})
    } else if m == "POST" && shaped(p, "/admin/code-envs/*/*") {
        if r.query
            .iter()
            .any(|(k, v)| k == "wait" && v.eq_ignore_ascii_case("false"))
        {
            json!({"jobId": "j1", "hasResult": false, "alive": true})
        } else {
            json!({"envName": last(p), "messages": {"error": false, "messages": []}})
        }
    } else if m == "GET" && shaped(p, "/admin/global-api-keys/*") {
        json!({"id": last(p), "key": "secretkey", "label": "l"})
    } else if m == "POST" && shaped(p, "/projects/*/discussions/*/*/") {
        json!({"id": "disc2", "topic": "t", "replies": []})
    } else if m == "POST" && shaped(p, "/apps/*/instances") {
        finished("j1")
    } else if m == "POST" && shaped(p, "/project-folders/*/children") {
        let name = r.query.iter().find(|(k, _)| k == "name").map(|(_, v)| v.as_str());
        let mut sub = folder("fld43", json!("fld42"));
        sub["name"] = json!(name);
        sub
    } else if m == "GET" && shaped(p, "/project-folders/locate-project/*") {
        json!({"id": "fld42", "name": "fld42", "childrenIds": [], "projectKeys": []})
    } else if m == "GET" && shaped(p, "/projects/*/notebooks/") {
        json!({"projectKey": "PKEY", "name": "nb1", "activeSessions": [{"sessionId": "s1"}]})
    } else if m == "GET" && shaped(p, "/plugins/*/actions/listUsages") {
        json!({"usages": [], "missingTypes": []})
    } else if m == "POST" && p == "/auth/ticket-from-browser-headers" {
        json!({"msg": "ticket-xyz"})
    } else if m == "POST" && p == "/auth/ticket" {
        json!({"ticket": "ticket-xyz"})
    } else if m == "GET" && p == "/instance-info" {
        json!({"nodeId": "n1", "nodeName": "node", "nodeType": "design"})
    } else if m == "GET" && shaped(p, "/admin/code-envs/*/*") {
        json!({"envLang": "PYTHON", "envName": last(p), "deploymentMode": "DESIGN_MANAGED"})
    } else {
        json!({})
    };
    (200, body.to_string())
}

#[test]
fn every_recorded_handle_call_matches_dataikuapi() {
    let recorded: Vec<Value> = fixture(FIXTURE)["calls"].as_array().expect("calls").clone();
    let recorded_names: BTreeSet<&str> = recorded.iter().filter_map(|c| c["method"].as_str()).collect();
    assert_eq!(recorded_names.len(), recorded.len(), "recorded call names are unique");
    for name in RECORDING_SERVER_CALLS {
        assert!(
            recorded_names.contains(name),
            "{name}: given its own server but not recorded"
        );
    }

    let (compared, failures) = run_conformance_with(FIXTURE, TABLE, |method, _| {
        RECORDING_SERVER_CALLS
            .contains(&method)
            .then(|| Recorder::start(recording_answer))
    });

    // The recorded calls missing from the table must be exactly NOT_REPLAYED.
    let missing_suffix = ": no Rust call in the table";
    let missing: BTreeSet<&str> = failures.iter().filter_map(|f| f.strip_suffix(missing_suffix)).collect();
    let not_replayed: BTreeSet<&str> = NOT_REPLAYED.iter().map(|(m, _)| *m).collect();
    let mismatches: Vec<&String> = failures.iter().filter(|f| !f.ends_with(missing_suffix)).collect();
    report(&format!(
        "handles: compared {compared} calls with dataikuapi 15.2.0's handle recordings"
    ));
    if !not_replayed.is_empty() {
        report(&format!("handles: not replayed: {not_replayed:?}"));
    }
    assert_eq!(
        missing, not_replayed,
        "NOT_REPLAYED must list exactly the recorded calls missing from the table"
    );
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n")
    );
    assert_eq!(compared + NOT_REPLAYED.len(), recorded.len());
}

/// `recording_answer` agrees with `canned_answer` wherever a call that reads
/// an object and sends it back runs on the shared server, so that what it
/// sends back is what dataikuapi sent back (the folder's settings, which
/// differ, are read from a server of their own).
#[test]
fn shared_server_answers_settings_reads_as_the_recording_did() {
    let get = |path: &str| Received {
        method: "GET".into(),
        raw_path: format!("/dip/publicapi{path}"),
        path: path.into(),
        query: Vec::new(),
        headers: Vec::new(),
        body: Vec::new(),
    };
    for path in [
        "/project-folders/fld42",
        "/plugins/geoip/settings",
        "/admin/users/alice",
        "/current-user",
        "/admin/connections/pg",
        "/admin/clusters/c1",
        "/admin/code-studios/t1",
        "/workspaces/ws1",
        "/admin/general-settings",
    ] {
        let parse = |(status, text): (u16, String)| (status, serde_json::from_str::<Value>(&text).unwrap());
        let canned = parse(canned_answer(&get(path)));
        let recorded = parse(recording_answer(&get(path)));
        if path == "/project-folders/fld42" {
            // Only the id is read from a folder's answer.
            assert_eq!(canned.1["id"], recorded.1["id"], "{path}");
        } else {
            assert_eq!(canned, recorded, "{path}");
        }
    }
}
