//! The hand-written local methods of the settings objects: what each reads
//! and sets, as dataikuapi does, where the recorded conformance cases do
//! not go (defaults of absent members, errors, the cases that send
//! nothing). What they send once saved is compared with dataikuapi's own
//! requests in `conformance/settings.rs`.

use dss_api::models::{ColumnAggregations, ImpersonationRule, ImpersonationRuleFilter};
use dss_api::{DssClient, Error};
use dss_api_tests::Recorder;
use serde_json::{json, Value};

/// A server answering every GET with `answer` and anything else with `{}`.
fn answering(answer: Value) -> Recorder {
    let text = answer.to_string();
    Recorder::start(move |r| {
        let body = if r.method == "GET" {
            text.clone()
        } else {
            "{}".to_owned()
        };
        (200, body)
    })
}

/// The document a settings object would send now, as JSON.
fn sent(text: String) -> Value {
    serde_json::from_str(&text).unwrap()
}

#[test]
fn code_env_getters_give_dataikuapis_defaults() {
    let server = answering(json!({"envName": "e", "deploymentMode": "DESIGN_MANAGED"}));
    let mut s = server
        .client()
        .get_code_env("PYTHON", "e")
        .get_settings()
        .send()
        .unwrap();
    assert_eq!((s.env_lang(), s.env_name()), ("PYTHON", "e"));
    assert_eq!(s.get_required_packages(), "");
    assert_eq!(s.get_required_conda_spec(), "");
    assert!(!s.get_built_for_all_container_confs());
    assert!(!s.built_for_all_spark_kubernetes_confs());
    assert!(s.get_built_container_confs().is_empty());
    assert_eq!(s.get_cache_busting_location(), "AFTER_START_DOCKERFILE");
    assert_eq!(s.get_dockerfile_fragment("dockerfileAtStart"), "");
    assert_eq!(s.get_container_runtime_additions(), None);
    // `all` keeps the list as it was; otherwise the list is set.
    s.set_built_container_confs(&["a"], false)
        .set_built_container_confs(&["b"], true);
    assert_eq!(s.get_built_container_confs(), ["a"]);
    assert!(s.get_built_for_all_container_confs());
    s.set_required_packages(&["x==1", "y"])
        .set_dockerfile_fragment("RUN y", "dockerfileAtStart");
    assert_eq!(s.get_required_packages(), "x==1\ny");
    assert_eq!(s.get_dockerfile_fragment("dockerfileAtStart"), "RUN y");
    // A design node's settings have no versions.
    let err = s.get_version(None).unwrap_err();
    assert!(
        matches!(err, Error::InvalidArgument { name: "version_id", .. }),
        "{err:?}"
    );
}

#[test]
fn code_env_versions_of_an_automation_node() {
    let server = answering(
        json!({"deploymentMode": "AUTOMATION_VERSIONED", "versions": [{"versionId": "v1", "specPackageList": "a"}]}),
    );
    let mut s = server
        .client()
        .get_code_env("PYTHON", "e")
        .get_settings()
        .send()
        .unwrap();
    let err = s.get_version(None).unwrap_err();
    assert!(err.to_string().contains("v1"), "the versions are listed: {err}");
    assert!(s.get_version(Some("v9")).is_err());
    let mut v = s.get_version(Some("v1")).unwrap();
    assert_eq!(v.get_required_packages(), "a");
    v.set_required_conda_spec(&["c"]);
    assert_eq!(v.get_raw()["specCondaEnvironment"], "c");

    // A single-version environment's version is `currentVersion`, made
    // only when changed.
    let server = answering(json!({"deploymentMode": "AUTOMATION_SINGLE"}));
    let mut s = server
        .client()
        .get_code_env("PYTHON", "e")
        .get_settings()
        .send()
        .unwrap();
    assert_eq!(s.get_version(None).unwrap().get_required_packages(), "");
    assert!(s.raw().get("currentVersion").is_none(), "reading changes nothing");
    s.get_version(None).unwrap().set_required_packages(&["p"]);
    assert_eq!(s.raw()["currentVersion"], json!({"specPackageList": "p"}));
    let server = answering(json!({"deploymentMode": "PLUGIN_MANAGED", "noVersion": {"specPackageList": "n"}}));
    let mut s = server
        .client()
        .get_code_env("PYTHON", "e")
        .get_settings()
        .send()
        .unwrap();
    assert_eq!(s.get_version(None).unwrap().get_required_packages(), "n");
}

#[test]
fn connection_readability_and_usability() {
    let server = answering(
        json!({"usableBy": "ALLOWED", "allowedGroups": ["g"], "detailsReadability": {"readableBy": "ALLOWED", "allowedGroups": ["r"]}}),
    );
    let mut s = server.client().get_connection("c").get_settings().send().unwrap();
    assert_eq!(s.usable_by_allowed_groups(), ["g"]);
    s.set_usability(true, &["ignored"]);
    assert_eq!(s.usable_by(), Some("ALL"));
    assert_eq!(s.usable_by_allowed_groups(), ["g"], "with `all`, the groups stay");
    let r = s.details_readability();
    assert_eq!((r.readable_by(), r.allowed_groups()), (Some("ALLOWED"), vec!["r"]));
    let r = r.set_readability(false, &[]);
    assert_eq!(r.readable_by(), Some("NONE"));
    assert_eq!(r.allowed_groups(), ["r"]);
    assert_eq!(r.set_readability(true, &["x"]).readable_by(), Some("ALL"));
}

#[test]
fn connection_and_user_info_read_their_members() {
    let server =
        answering(json!({"type": "EC2", "credentialsMode": "GLOBAL", "resolvedAWSCredential": {"accessKey": "A"}}));
    let info = server.client().get_connection("c").get_info().send().unwrap();
    assert_eq!(info.get_type(), Some("EC2"));
    assert_eq!(info.get_credential_mode(), Some("GLOBAL"));
    assert_eq!(info.get_aws_credential().unwrap()["accessKey"], "A");
    assert_eq!(
        info.get_basic_credential(),
        None,
        "dataikuapi raises; here it is absent"
    );
    let server =
        answering(json!({"login": "u", "displayName": "U", "groups": ["a", "b"], "email": "u@x", "enabled": true}));
    let info = server.client().get_user("u").get_info().send().unwrap();
    assert_eq!(info.login(), "u");
    assert_eq!((info.display_name(), info.email()), (Some("U"), Some("u@x")));
    assert_eq!((info.groups(), info.enabled()), (vec!["a", "b"], Some(true)));
}

#[test]
fn impersonation_rules_are_filtered_as_dataikuapi_filters_them() {
    let server = answering(json!({"impersonation": {
        "userRules": [
            {"type": "SINGLE_MAPPING", "scope": "PROJECT", "projectKey": "P", "dssUser": "alice", "targetUnix": "a"},
            {"type": "IDENTITY", "scope": "GLOBAL", "targetUnix": "a"},
        ],
        "groupRules": [{"type": "SINGLE_MAPPING", "dssGroup": "g", "targetUnix": "a"}],
    }}));
    let mut s = server.client().get_general_settings().send().unwrap();
    let all = s.get_impersonation_rules(&ImpersonationRuleFilter::new());
    assert_eq!(all.iter().filter(|r| r.is_user()).count(), 2);
    assert!(matches!(all[2], ImpersonationRule::Group(g) if g["dssGroup"] == "g"));
    // `unix_user` applies to both kinds, `project_key` to user rules only,
    // `dss_group` to group rules only.
    assert_eq!(
        s.get_impersonation_rules(&ImpersonationRuleFilter::new().unix_user("a"))
            .len(),
        3
    );
    let by_project = s.get_impersonation_rules(&ImpersonationRuleFilter::new().project_key("P"));
    assert_eq!(
        by_project.len(),
        2,
        "the group rule is not filtered by project: {by_project:?}"
    );
    let users = ImpersonationRuleFilter::new().is_user(true).rule_type("IDENTITY");
    assert_eq!(s.get_impersonation_rules(&users)[0].raw()["scope"], "GLOBAL");
    s.remove_impersonation_rules(&ImpersonationRuleFilter::new().is_user(false));
    assert_eq!(s.raw()["impersonation"]["groupRules"], json!([]));
    assert_eq!(s.get_impersonation_rules(&ImpersonationRuleFilter::new()).len(), 2);
}

#[test]
fn user_settings_secrets_credentials_and_preferences() {
    let server = answering(
        json!({"login": "u", "creationDate": 1_700_000_000_000_i64, "preferences": {"uiLanguage": "ja", "dailyDigestsEmails": true}}),
    );
    let mut s = server.client().get_user("u").get_settings().send().unwrap();
    assert_eq!(s.creation_date(), Some(1_700_000_000_000));
    let before = s.document().to_text();
    s.remove_secret("none").remove_connection_credential("none");
    assert_eq!(
        s.document().to_text(),
        before,
        "removing what is not there changes nothing"
    );
    {
        let mut p = s.preferences();
        assert_eq!(p.ui_language(), Some("ja"));
        assert_eq!(p.daily_digests_emails(), Some(true));
        assert_eq!(p.scenario_run_notifications(), None);
        p.set_scenario_run_notifications(true);
    }
    s.add_secret("k", "v1").add_secret("k", "v2");
    s.set_basic_plugin_credential("p", "s", "é", "x", "l", "pw");
    let doc = sent(s.document().to_text());
    assert_eq!(doc["secrets"], json!([{"name": "k", "value": "v2", "secret": true}]));
    assert_eq!(doc["preferences"]["scenarioRunNotifications"], true);
    // The key dataikuapi makes with json.dumps: ASCII, `", "` between ids.
    assert!(doc["credentials"].get(r#""PLUGIN", "p", "s", "\u00e9", "x""#).is_some());
}

#[test]
fn plugin_parameter_sets_and_presets() {
    let server = answering(json!({
        "accessibleParameterSetDescs": [{"id": "ps", "elementType": "t", "desc": {"params": [{"name": "a", "defaultValue": null}]}}],
        "presets": [{"name": "p1", "type": "t"}, {"name": "p2", "type": "u"}],
    }));
    let c = server.client();
    let mut s = c.get_plugin("plg").get_project_settings("P").send().unwrap();
    assert_eq!((s.plugin_id(), s.project_key()), ("plg", "P"));
    assert_eq!(s.list_parameter_set_names(), ["ps"]);
    let sets = s.list_parameter_sets();
    assert_eq!(sets.len(), 1);
    // Project-level settings have no `parameterSets`: its settings are its
    // element type.
    assert_eq!(sets[0].settings(), &json!({"type": "t"}));
    assert_eq!(sets[0].list_preset_names(), ["p1"]);
    assert!(!sets[0].definable_inline());
    assert!(s.get_parameter_set("nope").is_none());
    let mut set = s.get_parameter_set_mut("ps").unwrap();
    assert!(set.create_preset("p1", false).is_err(), "a preset of that name exists");
    let made = set.create_preset("p3", true).unwrap();
    assert_eq!(made["config"], json!({}), "a null default is not set");
    made["config"]["a"] = json!(1);
    assert!(set.delete_preset("p2").is_err(), "p2 is of another parameter set");
    set.delete_preset("p1").unwrap();
    let names = s.get_parameter_set("ps").unwrap().list_preset_names();
    assert_eq!(names, ["p3"]);
    assert_eq!(
        s.get_parameter_set("ps").unwrap().get_preset("p3").unwrap()["config"]["a"],
        1
    );
}

#[test]
fn recipe_payload_roles_and_code_env() {
    let payload = r#"{"keys": [1.50, 2], "mode": "x"}"#;
    let server = answering(json!({
        "recipe": {"type": "grouping", "inputs": {"main": {"items": [{"ref": "a"}]}, "other": {"items": [{"ref": "b"}]}}, "outputs": {"main": {"items": [{"ref": "c"}]}}, "params": {}},
        "payload": payload,
    }));
    let mut s = server
        .client()
        .get_project("P")
        .get_recipe("r")
        .get_settings()
        .send()
        .unwrap();
    assert_eq!(s.r#type(), Some("grouping"));
    assert!(s.has_input("b") && !s.has_input("c") && s.has_output("c"));
    assert_eq!(s.get_flat_input_refs(), ["a", "b"]);
    assert_eq!(s.get_flat_output_refs(), ["c"]);
    // The JSON payload is written back as dataikuapi writes it (Python's
    // json.dumps), members in their order.
    let mut p = s.get_json_payload().unwrap();
    p.raw_mut()["mode"] = json!("y");
    p.raw_mut()["added"] = json!({"z": 1, "a": "é"});
    s.set_json_payload(p);
    assert_eq!(
        s.get_payload(),
        Some(r#"{"keys": [1.5, 2], "mode": "y", "added": {"z": 1, "a": "\u00e9"}}"#)
    );
    s.set_json_payload(json!({"k": 1}));
    assert_eq!(s.str_payload(), Some(r#"{"k": 1}"#));
    // A grouping recipe chooses no code environment.
    let err = s.set_code_env(Some("e"), false, false).unwrap_err();
    assert!(matches!(err, Error::InvalidArgument { .. }), "{err:?}");
    // A code recipe's payload is not JSON.
    s.set_code("print(1)");
    assert!(matches!(s.get_json_payload(), Err(Error::Decode { .. })));
    s.raw_mut()["recipe"]["params"]["envSelection"] = json!({"envMode": "INHERIT"});
    assert!(s.set_code_env(None, false, false).is_err(), "none of the three given");
    s.set_code_env(None, true, true).unwrap();
    assert_eq!(s.get_code_env_settings(), Some(&json!({"envMode": "INHERIT"})));
}

#[test]
fn visual_recipe_helpers_read_and_change_the_json_payload() {
    let payload = r#"{"rowNumber":true,"steps":[],"knowledgeColumn":"t","values":[{"column":"v","sum":true}]}"#;
    let server = answering(json!({"recipe": {"type": "sort"}, "payload": payload}));
    let mut s = server
        .client()
        .get_project("P")
        .get_recipe("r")
        .get_settings()
        .send()
        .unwrap();
    assert_eq!(s.row_number_column_enabled().unwrap(), Some(true));
    assert_eq!(s.rank_column_enabled().unwrap(), None);
    assert_eq!(s.raw_steps().unwrap(), Some(json!([])));
    assert_eq!(s.embedding_column().unwrap(), Some(json!("t")));
    assert_eq!(s.max_records().unwrap(), None);
    assert_eq!(s.get_payload(), Some(payload), "reading changes nothing");
    // A column without aggregations gets `{"column"}`, once.
    assert_eq!(s.get_or_create_column_settings("x").unwrap(), json!({"column": "x"}));
    s.get_or_create_column_settings("x").unwrap();
    let aggregations = ColumnAggregations {
        max: true,
        ..Default::default()
    };
    let v = s.set_column_aggregations("v", &aggregations).unwrap();
    assert_eq!(v["sum"], false, "every basic aggregation is set, off unless asked");
    assert_eq!(v["max"], true);
    let values = s.get_json_payload().unwrap().raw()["values"].clone();
    assert_eq!(values.as_array().unwrap().len(), 2);
    // A payload that is not JSON (a code recipe's) is an error, and stays.
    s.set_code("print(1)");
    assert!(matches!(s.add_grouping_key("a"), Err(Error::Decode { .. })));
    assert!(s.row_number_column_enabled().is_err());
    assert_eq!(s.get_code(), Some("print(1)"));
}

#[test]
fn scenario_run_as_and_default_trigger_dates() {
    let server = answering(
        json!({"type": "step_based", "versionTag": {"lastModifiedBy": {"login": "v"}}, "creationTag": {"lastModifiedBy": {"login": "c"}}}),
    );
    let mut s = server
        .client()
        .get_project("P")
        .get_scenario("s")
        .get_settings()
        .send()
        .unwrap();
    assert_eq!(s.effective_run_as(), Some("v"));
    s.set_run_as(Some("r"));
    assert_eq!((s.run_as(), s.effective_run_as()), (Some("r"), Some("r")));
    s.set_run_as(None);
    assert_eq!(
        s.effective_run_as(),
        None,
        "a null run-as is taken as it is, as dataikuapi does"
    );
    s.add_daily_trigger();
    s.add_monthly_trigger();
    let triggers = s.raw_triggers().unwrap().as_array().unwrap();
    let daily = triggers[0]["params"]["startingFrom"].as_str().unwrap();
    let monthly = triggers[1]["params"]["startingFrom"].as_str().unwrap();
    assert!(daily.ends_with("T00:00:00.000+0000"), "{daily}");
    assert_eq!(&monthly[4..], "-01-01T00:00:00.000+0000", "January 1st this year");
    assert_eq!(&daily[..4], &monthly[..4]);
    assert_eq!(triggers[0]["params"]["frequency"], "Daily");
    assert_eq!(triggers[1]["params"]["monthlyRunOn"], "ON_THE_DAY");
}

#[test]
fn folder_connection_changes_look_the_new_connection_up_once() {
    let server = Recorder::start(|r| {
        let body = match (r.method.as_str(), r.path.as_str()) {
            ("GET", "/connections/ssh1/info") => json!({"type": "SSH"}),
            ("GET", _) => json!({"type": "SFTP", "params": {"connection": "c0", "path": "/p"}}),
            _ => json!({}),
        };
        (200, body.to_string())
    });
    let c: DssClient = server.client();
    let mut s = c
        .get_project("P")
        .get_managed_folder("f")
        .get_settings()
        .send()
        .unwrap();
    // The same connection, or none: no lookup.
    s.set_connection_and_path(Some("c0"), None).send().unwrap();
    s.set_connection_and_path(None, Some("/q")).send().unwrap();
    assert_eq!(server.take().len(), 1, "the read only");
    // An SSH connection keeps an SFTP folder SFTP.
    s.set_connection_and_path(Some("ssh1"), None).send().unwrap();
    let got = server.take();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].query, [("contextualProjectKey".to_owned(), "P".to_owned())]);
    assert_eq!(s.r#type(), Some("SFTP"));
    assert_eq!(s.get_raw_params(), Some(&json!({"connection": "ssh1", "path": "/q"})));
}

#[test]
fn deployer_nodes_and_versions() {
    let server = answering(json!({"apiNodes": [{"url": "u1"}, {"url": "u2"}, {"url": "u1"}], "type": "STATIC"}));
    let c = server.client();
    let mut s = c.get_apideployer().get_infra("i").get_settings().send().unwrap();
    assert_eq!(s.get_type(), Some("STATIC"));
    s.remove_apinode("u1");
    assert_eq!(s.raw()["apiNodes"], json!([{"url": "u2"}]));
    let mut d = c
        .get_projectdeployer()
        .get_deployment("d")
        .get_settings()
        .send()
        .unwrap();
    d.set_bundle_id("b9");
    assert_eq!(d.bundle_id(), Some("b9"));
    assert_eq!(d.published_project_key(), None);
}
