//! Conformance of the settings objects' local methods with dataikuapi
//! (the spec's version, see `dss_api_tests::recording`): every recorded
//! case of `fixtures/conformance/dataikuapi-<version>-cases.json` that
//! changes a settings object before its method (`edit`: dataikuapi's
//! setters, then `save`) is made again here with our methods of the same names, against a
//! server giving the recorded answers (the read, any request the changes
//! send, the save); the requests must match, the saved body included. The
//! plain `save` cases are replayed by cases.rs, through the catalog.

use dss_api::models::{ColumnAggregations, ImpersonationRuleFilter};
use dss_api::DssClient;
use dss_api_tests::replay::{expected_requests, replay_call};
use dss_api_tests::{fixture, report, CallFn};
use serde_json::json;

/// One Rust call per recorded case with `edit`, making the same changes.
const TABLE: &[(&str, CallFn)] = &[
    ("DssKnowledgeBankSettings::save (vector index type)", |c| {
        let kb = c.get_project("PKEY").get_knowledge_bank("kb1");
        let mut s = kb.get_settings().send()?;
        anyhow::ensure!(s.vector_store_type() == Some("CHROMA"));
        s.set_vector_index_type("HNSW");
        s.save().send()?;
        Ok(())
    }),
    ("DssCodeEnvSettings::save (packages and images)", |c| {
        let mut s = c.get_code_env("PYTHON", "env1").get_settings().send()?;
        s.set_required_packages(&["dash==2.0.0", "bokeh<2.0"])
            .set_required_conda_spec(&["numpy", "scipy"])
            .set_built_container_confs(&["c1", "c2"], false)
            .set_built_spark_kubernetes_confs(&[], true)
            .set_cache_busting_location("END")
            .set_dockerfile_fragment("RUN echo 1", "dockerfileAtEnd")
            .add_container_runtime_addition("BASIC_GPU_ENABLING");
        s.save().send()?;
        Ok(())
    }),
    ("DssCodeEnvSettings::save (automation version)", |c| {
        let mut s = c.get_code_env("PYTHON", "env1").get_settings().send()?;
        s.get_version(Some("v2"))?.set_required_packages(&["pandas"]);
        s.save().send()?;
        Ok(())
    }),
    ("DssCodeStudioTemplateSettings::save (container confs)", |c| {
        let mut s = c.get_code_studio_template("tpl1").get_settings().send()?;
        s.set_built_container_confs(&["c1"], false);
        s.save().send()?;
        Ok(())
    }),
    ("DssConnectionSettings::save (usability and readability)", |c| {
        let mut s = c.get_connection("conn1").get_settings().send()?;
        s.set_usability(false, &["g1", "g2"])
            .set_allow_write(false)
            .set_allow_managed_datasets(true);
        s.details_readability().set_readability(false, &["g3"]);
        s.save().send()?;
        Ok(())
    }),
    ("DssUserSettings::save (secrets, credentials, preferences)", |c| {
        let mut s = c.get_user("u1").get_settings().send()?;
        s.add_secret("s1", "v1")
            .add_secret("s2", "v2")
            .remove_secret("s2")
            .set_basic_connection_credential("pg.main", "bob", "pw")
            .remove_connection_credential("old")
            .set_basic_plugin_credential("plg1", "ps1", "pr1", "creds", "bob", "pw")
            .set_oauth2_plugin_credential("plg1", "ps1", "pr2", "tok", "refresh")
            .remove_plugin_credential("plg1", "ps1", "pr0", "creds")
            .set_enabled(false);
        s.preferences().set_ui_language("fr").set_mention_emails(false);
        s.save().send()?;
        Ok(())
    }),
    ("DssOwnUserSettings::save (secret and credential)", |c| {
        let mut s = c.get_own_user().get_settings().send()?;
        s.add_secret("token", "abc")
            .set_basic_connection_credential("pg", "admin", "pw");
        s.save().send()?;
        Ok(())
    }),
    ("DssGeneralSettings::save (impersonation rules)", |c| {
        let mut s = c.get_general_settings().send()?;
        s.add_impersonation_rule(json!({"scope": "GLOBAL", "type": "IDENTITY"}), true)
            .add_impersonation_rule(
                json!({"type": "SINGLE_MAPPING", "dssGroup": "g2", "targetUnix": "u2"}),
                false,
            )
            .remove_impersonation_rules(&ImpersonationRuleFilter::new().dss_user("alice"))
            .remove_impersonation_rules(&ImpersonationRuleFilter::new().dss_group("g1"));
        s.save().send()?;
        Ok(())
    }),
    ("DssApiDeployerInfraSettings::save (api nodes)", |c| {
        let mut s = c.get_apideployer().get_infra("infra1").get_settings().send()?;
        s.add_apinode("http://n2:12000", "key2", None)
            .add_apinode("http://n3:12000", "key3", Some("n3"))
            .remove_apinode("http://n1:12000");
        s.save().send()?;
        Ok(())
    }),
    (
        "DssApiDeployerDeploymentSettings::save (enabled, single version)",
        |c| {
            let mut s = c.get_apideployer().get_deployment("dep1").get_settings().send()?;
            s.set_enabled(true).set_single_version("v3");
            s.save().send()?;
            Ok(())
        },
    ),
    ("DssProjectDeployerDeploymentSettings::save (bundle_id)", |c| {
        let mut s = c.get_projectdeployer().get_deployment("dep1").get_settings().send()?;
        s.set_bundle_id("b2");
        s.save().send()?;
        Ok(())
    }),
    ("DssManagedFolderSettings::save (partitioning and tags)", |c| {
        let mut s = folder(c)?;
        s.add_discrete_partitioning_dimension("country")
            .add_time_partitioning_dimension("day", "DAY")
            .add_time_partitioning_dimension("m", "MONTH")
            .set_partitioning_file_pattern("/%{country}/%Y/.*")
            .set_tags(["t1"])
            .set_description("d")
            .set_short_description("s")
            .set_custom_fields(json!({"k": "v"}));
        s.save().send()?;
        Ok(())
    }),
    ("DssManagedFolderSettings::save (remove_partitioning)", |c| {
        let mut s = folder(c)?;
        s.remove_partitioning();
        s.save().send()?;
        Ok(())
    }),
    ("DssManagedFolderSettings::save (set_connection_and_path)", |c| {
        let mut s = folder(c)?;
        s.set_connection_and_path(Some("s3conn"), Some("/bucket/path")).send()?;
        anyhow::ensure!(s.r#type() == Some("S3"), "{:?}", s.raw());
        s.save().send()?;
        Ok(())
    }),
    ("DssPluginSettings::save (code env, parameter set, presets)", |c| {
        let mut s = c.get_plugin("plg1").get_settings().send()?;
        s.set_code_env("py39");
        let mut set = s
            .get_parameter_set_mut("ps1")
            .ok_or_else(|| anyhow::anyhow!("no parameter set ps1"))?;
        set.set_definable_inline(true).set_definable_at_project_level(false);
        set.create_preset("new", true)?;
        set.delete_preset("old")?;
        s.save().send()?;
        Ok(())
    }),
    (
        "DssProjectSettings::save (code envs, container, clusters, exposed)",
        |c| {
            let mut s = c.get_project("PKEY").get_settings().send()?;
            s.set_python_code_env(Some("py311"))
                .set_r_code_env(None)
                .set_container_exec_config(Some("k8s-conf"))
                .set_k8s_cluster(Some("k8s1"), None)
                .set_cluster(Some("hadoop1"), Some("hadoop0"))
                .add_exposed_object("DATASET", "ds1", "OTHER")
                .add_exposed_object("DATASET", "ds1", "OTHER")
                .add_exposed_object("DATASET", "ds1", "THIRD");
            s.save().send()?;
            Ok(())
        },
    ),
    ("DssProjectSettings::save (local execution, inherited clusters)", |c| {
        let mut s = c.get_project("PKEY").get_settings().send()?;
        s.set_container_exec_config(None)
            .set_k8s_cluster(None, None)
            .set_cluster(None, None);
        s.save().send()?;
        Ok(())
    }),
    ("DssProjectFolderSettings::save (name and owner)", |c| {
        let mut s = c.get_project_folder("fld1").send()?.get_settings().send()?;
        s.set_name("Renamed").set_owner("bob");
        s.save().send()?;
        Ok(())
    }),
    ("DssRecipeSettings::save (code, env, roles, tags)", |c| {
        let mut s = c.get_project("PKEY").get_recipe("rec1").get_settings().send()?;
        s.set_code("print(1)");
        s.set_code_env(Some("py39"), false, false)?
            .add_input("main", "ds3", None)
            .add_input("extra", "ds4", Some(json!([{"out": 0}])))
            .add_output("main", "ds5", true)
            .replace_input("ds1", "ds6")
            .replace_output("ds2", "ds7")
            .set_tags(["t1", "t2"])
            .set_description("desc");
        s.save().send()?;
        Ok(())
    }),
    ("DssRecipeSettings::save (builtin code env)", |c| {
        let mut s = c.get_project("PKEY").get_recipe("rec1").get_settings().send()?;
        s.set_code_env(None, false, true)?;
        s.save().send()?;
        Ok(())
    }),
    ("DssRecipeSettings::save (grouping)", |c| {
        let mut s = rec1(c)?;
        s.clear_grouping_keys()?
            .add_grouping_key("b")?
            .set_global_count_enabled(true)?;
        let v = ColumnAggregations {
            r#type: Some("double".into()),
            min: true,
            avg: true,
            ..Default::default()
        };
        s.set_column_aggregations("v", &v)?;
        let w = ColumnAggregations {
            count_distinct: true,
            ..Default::default()
        };
        s.set_column_aggregations("w", &w)?;
        s.get_or_create_column_settings("x")?;
        s.save().send()?;
        Ok(())
    }),
    ("DssRecipeSettings::save (upsert)", |c| {
        let mut s = rec1(c)?;
        s.clear_upsert_keys()?
            .add_upsert_key("id")?
            .add_computed_column(json!({"mode": "GREL", "name": "c", "type": "string", "expr": "concat(a, \"é\")"}))?;
        s.save().send()?;
        Ok(())
    }),
    ("DssRecipeSettings::save (sort)", |c| {
        let mut s = rec1(c)?;
        s.set_row_number_column_enabled(true)?
            .set_rank_column_enabled(false)?
            .set_dense_rank_column_enabled(true)?
            .clear_sorting_keys()?
            .add_sorting_key("a", true)?
            .add_sorting_key("b", false)?;
        s.save().send()?;
        Ok(())
    }),
    ("DssRecipeSettings::save (prepare)", |c| {
        let mut s = rec1(c)?;
        s.add_processor_step("ColumnRenamer", json!({"renamings": [{"from": "a", "to": "b"}]}))?;
        s.save().send()?;
        Ok(())
    }),
    ("DssRecipeSettings::save (embed dataset)", |c| {
        let mut s = rec1(c)?;
        s.set_embedding_column("text")?.set_max_records(20)?;
        s.save().send()?;
        Ok(())
    }),
    ("DssRecipeSettings::save (json payload)", |c| {
        let mut s = rec1(c)?;
        let mut p = s.get_json_payload()?;
        p.raw_mut()["c"] = json!([1, 2.5e-7, 1e16]);
        p.raw_mut()["b"] = json!("ü");
        s.set_json_payload(p);
        s.save().send()?;
        Ok(())
    }),
    (
        "DssWorkspaceSettings::save (name, color, description, permissions)",
        |c| {
            let mut s = c.get_workspace("ws1").get_settings().send()?;
            s.set_display_name("WS")
                .set_color("#00ff00")
                .set_description("d")
                .set_permissions(json!([{"group": "g1", "admin": false, "write": true, "read": true}]));
            s.save().send()?;
            Ok(())
        },
    ),
    ("DssScenarioSettings::save (triggers, run as)", |c| {
        let mut s = c.get_project("PKEY").get_scenario("sc1").get_settings().send()?;
        s.set_active(false).set_run_as(Some("bob"));
        s.add_periodic_trigger(5).add_periodic_trigger(30);
        s.add_hourly_trigger()
            .minute_of_hour(15)
            .year(2024)
            .month(5)
            .day(2)
            .starting_hour(3)
            .repeat_every(2)
            .timezone("Europe/Paris");
        s.add_daily_trigger().year(2024).month(5).day(2);
        s.add_daily_trigger()
            .hour(4)
            .minute(30)
            .days(&["Monday", "Friday"])
            .year(2024)
            .month(6)
            .day(3)
            .repeat_every(2);
        s.add_monthly_trigger()
            .day(5)
            .hour(1)
            .minute(10)
            .year(2025)
            .month(2)
            .run_on("LAST_WEEK")
            .repeat_every(3)
            .timezone("UTC");
        s.save().send()?;
        Ok(())
    }),
    ("DssScenarioSettings::save (script)", |c| {
        let mut s = c.get_project("PKEY").get_scenario("sc2").get_settings().send()?;
        s.set_code("print(42)")?.set_run_as(None);
        s.save().send()?;
        Ok(())
    }),
    ("DssApiServiceSettings::save (endpoints added)", |c| {
        let mut s = c.get_project("PKEY").get_api_service("svc1").get_settings().send()?;
        s.add_prediction_endpoint("ep1", "sm1")
            .add_multitarget_prediction_endpoint("ep2", "sm2")
            .add_clustering_endpoint("ep3", "sm3")
            .add_forecasting_endpoint("ep4", "sm4")
            .add_causal_prediction_endpoint("ep5", "sm5", true);
        s.save().send()?;
        Ok(())
    }),
    ("DssSsoSettings::save (changed)", |c| {
        let mut s = c.get_sso_settings().send()?;
        s.set_protocol("OPENID")
            .set_sso_enabled(true)
            .set_spnego_mode("PREAUTH_KEYTAB")
            .set_remapping_rules(json!([{"ruleFrom": "^(.*)@example.com$", "ruleTo": "$1"}]))
            .set_openid_params(json!({"clientId": "c2", "clientSecret": "s"}))
            .set_saml_sp_params(json!({"entityId": "e2"}))
            .set_auto_provision_users_at_login_time(true)
            .set_auto_sync_users_at_login_time(true)
            .set_default_user_profile("READER")
            .set_group_profiles(json!([{"group": "g1", "profile": "DATA_SCIENTIST"}]))
            .set_authorized_groups(["g1", "g2"]);
        s.save().send()?;
        Ok(())
    }),
    ("DssLdapSettings::save (changed)", |c| {
        let mut s = c.get_ldap_settings().send()?;
        s.set_url("ldaps://ldap.example.com:636/dc=example,dc=com")
            .set_use_tls(true)
            .set_bind_dn("cn=dss")
            .set_bind_password("pw")
            .set_user_filter("(uid={USERNAME})")
            .set_display_name_attribute("cn")
            .set_email_attribute("mail")
            .set_enable_groups(true)
            .set_group_filter("(member={USERDN})")
            .set_group_name_attribute("cn")
            .set_authorized_groups(["g1", "g2"])
            .set_enabled(true)
            .set_auto_import_users(true)
            .set_auto_sync_users_at_login_time(true)
            .set_allow_on_demand_users_sync(true)
            .set_default_user_profile("READER")
            .set_group_profiles(json!([]))
            .set_authentication_enabled(true)
            .set_all_groups_filter("(objectClass=group)")
            .set_all_users_filter("(objectClass=person)")
            .set_username_attribute("uid")
            .set_group_membership_attribute("member")
            .set_allow_on_demand_users_provisioning(true)
            .set_group_membership_user_attribute("dn")
            .set_remapping_rules(json!([{"ruleFrom": "a", "ruleTo": "b"}]));
        s.save().send()?;
        Ok(())
    }),
    ("DssAzureAdSettings::save (changed)", |c| {
        let mut s = c.get_azure_ad_settings().send()?;
        s.set_use_global_proxy(true)
            .set_credential_method("OAUTH2_CLIENT_SECRET")
            .set_credentials_client_id("cid")
            .set_credentials_client_secret("cs")
            .set_credentials_tenant_id("tid")
            .set_user_query_filter("uf")
            .set_group_query_filter("gf")
            .set_groups_limit(50)
            .set_enabled(true)
            .set_auto_provision_users_at_login_time(true)
            .set_auto_sync_users_at_login_time(true)
            .set_allow_on_demand_users_sync(true)
            .set_default_user_profile("READER")
            .set_group_profiles(json!([]))
            .set_authorized_groups(["g1"])
            .set_allow_on_demand_users_provisioning(true)
            .set_login_attribute_ref("upn")
            .set_remapping_rules(json!([]));
        s.save().send()?;
        Ok(())
    }),
    ("DssPermissionsCheckRequest::execute_raw (items)", |c| {
        let mut check = c.new_permission_check();
        check
            .with_item("DATASET", "PKEY", "ds1")
            .with_item("PROJECT", "PKEY", "PKEY");
        check.execute_raw().send()?;
        Ok(())
    }),
    ("MessagingChannelCreator::create (smtp)", |c| {
        let channel = c
            .new_messaging_channel("smtp")?
            .with_id("mail1")
            .with_host("smtp.example.com")
            .with_port(587)
            .with_tls(true)
            .with_ssl(false)
            .with_login("mailer")
            .with_password("pw")
            .with_sender("dss@example.com")
            .with_current_user_as_sender(false)
            .with_authorized_domains(&["example.com", "example.org"])
            .with_permissions(&["g1"], &["u1"])
            .create()
            .send()?;
        anyhow::ensure!(channel.id() == "mail1");
        Ok(())
    }),
    ("MessagingChannelCreator::create (slack)", |c| {
        c.new_messaging_channel("slack")?
            .with_mode("WEBHOOK")
            .with_webhook_url("https://hooks.slack.example/x")
            .with_proxy(true)
            .create()
            .send()?;
        Ok(())
    }),
    ("DssWikiSettings::save (move, home)", |c| {
        let mut s = c.get_project("PKEY").get_wiki().get_settings().send()?;
        s.move_article_in_taxonomy("art2", Some("art3"))?
            .move_article_in_taxonomy("art1", None)?
            .set_home_article_id("art3");
        s.save().send()?;
        Ok(())
    }),
    ("DssWikiArticleData::save (body, name)", |c| {
        let article = c.get_project("PKEY").get_wiki().get_article("art1").send()?;
        let mut d = article.get_data().send()?;
        d.set_body("# New body").set_name("Renamed");
        d.save().send()?;
        Ok(())
    }),
    ("DssDashboardSettings::save (tags, descriptions)", |c| {
        let mut s = c.get_project("PKEY").get_dashboard("dash1").get_settings().send()?;
        s.set_tags(["t1"])
            .set_description("d")
            .set_short_description("s")
            .set_custom_fields(json!({"k": "v"}));
        s.save().send()?;
        Ok(())
    }),
    ("DssInsightSettings::save (tags, description)", |c| {
        let mut s = c.get_project("PKEY").get_insight("ins1").get_settings().send()?;
        s.set_tags(["t2"]).set_description("about");
        s.save().send()?;
        Ok(())
    }),
    ("DssSqlNotebookContent::save (connection, cells)", |c| {
        let mut s = c.get_project("PKEY").get_sql_notebook("sql1").get_content().send()?;
        s.set_connection("pg2")
            .set_cells(json!([{"id": "c2", "code": "SELECT 2"}]));
        s.save().send()?;
        Ok(())
    }),
    ("DssStreamingEndpointSettings::save (connection, topic, column)", |c| {
        let mut s = streaming_endpoint(c)?;
        s.set_connection_and_topic(None, Some("t2"))
            .set_connection_and_topic(Some("k2"), None)
            .add_raw_schema_column(json!({"name": "c", "type": "double"}));
        s.save().send()?;
        Ok(())
    }),
    ("DssStreamingEndpointSettings::save (url)", |c| {
        let mut s = streaming_endpoint(c)?;
        s.set_url("https://example.org/sse");
        s.save().send()?;
        Ok(())
    }),
    ("DssStatisticsWorksheetSettings::save (card, sampling)", |c| {
        let worksheet = c.get_project("PKEY").get_dataset("ds1").get_statistics_worksheet("ws1");
        let mut s = worksheet.get_settings().send()?;
        s.add_card(json!({"type": "bivariate_header", "xColumns": [], "yColumns": []}))
            .set_sampling_settings(json!({"samplingMethod": "HEAD_SEQUENTIAL", "maxRecords": 1000}));
        s.save().send()?;
        Ok(())
    }),
    (
        "DssProjectStandardsCheck::save (name, description, params, tags)",
        |c| {
            let mut s = c.get_project_standards().get_check("chk1").send()?;
            s.set_name("Renamed")
                .set_description("d")
                .set_check_params(json!({"max": 3}))
                .set_tags(["t"]);
            s.save().send()?;
            Ok(())
        },
    ),
    ("DssProjectStandardsScope::save (selection)", |c| {
        let mut s = c.get_project_standards().get_scope("s1").send()?;
        s.set_description("d")
            .set_selection_method("BY_FOLDER")
            .set_selected_folders(["f1"])
            .set_selected_projects(Vec::<String>::new())
            .set_selected_tags(["x"])
            .set_checks(["chk1", "chk2"]);
        s.save().send()?;
        Ok(())
    }),
];

/// The settings of the streaming endpoint the cases read.
fn streaming_endpoint(c: &DssClient) -> dss_api::Result<dss_api::DssStreamingEndpointSettings> {
    c.get_project("PKEY")
        .get_streaming_endpoint("se1")
        .get_settings()
        .send()
}

/// The settings of the recipe the cases read.
fn rec1(c: &DssClient) -> dss_api::Result<dss_api::DssRecipeSettings> {
    c.get_project("PKEY").get_recipe("rec1").get_settings().send()
}

/// The settings of the managed folder the cases read.
fn folder(c: &DssClient) -> dss_api::Result<dss_api::DssManagedFolderSettings> {
    c.get_project("PKEY").get_managed_folder("fold1").get_settings().send()
}

#[test]
fn local_changes_then_save_are_sent_as_dataikuapi_sends_them() {
    let fixture = fixture(&dss_api_tests::recording("cases"));
    let calls = fixture["calls"].as_array().expect("calls");
    let mut failures = Vec::new();
    let mut replayed = 0;
    // The builders' cases (recipe creators, ...) are flows.rs's, the LLM
    // queries' genai.rs's.
    for call in calls.iter().filter(|c| {
        let case = c["case"].as_str().unwrap_or_default();
        c.get("edit").is_some() && !super::flows::replays(case) && !super::genai::replays(case)
    }) {
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
        if !calls.iter().any(|c| c["case"] == *name && c.get("edit").is_some()) {
            failures.push(format!("{name}: in the table but not recorded"));
        }
    }
    report(&format!(
        "settings: {replayed} recorded changes of settings objects made with the same methods and saved alike"
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
