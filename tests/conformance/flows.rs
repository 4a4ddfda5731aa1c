//! Conformance of the hand-written flows and builders of the batch core
//! (flow zones of an object, documentation, schema propagation, managed
//! dataset creation, recipe creators, tables imports, test scenarios,
//! waiters, detection, document templates): every recorded case of
//! `fixtures/conformance/dataikuapi-15.2.0-cases.json` named in [`TABLE`]
//! is made again here with the Rust methods of the same names (builders
//! set up as the case's `edit` set up dataikuapi's), against a server
//! giving the recorded answers (the setup's reads, then the call's); the
//! requests must match, in order. The cases of a method the catalog can
//! call by name are replayed by `cases.rs`, which leaves these alone.

use std::time::Duration;

use anyhow::ensure;
use dss_api::{
    DssClient, DssJobWaiter, DssRecipeCreator, DssScenarioRunWaiter, JobState, NewOutput, NewOutputDataset,
    TestAndDetectResult, WaitOptions,
};
use dss_api_tests::replay::{expected_requests, replay_call};
use dss_api_tests::{fixture, report, CallFn};
use serde_json::json;

const RUN: &str = "2024-05-01-10-00-00-001";

/// Polls as fast as the replay answers: the requests are compared, not the
/// sleeps between them.
fn fast() -> WaitOptions<'static> {
    WaitOptions::new()
        .first_interval(Duration::from_millis(1))
        .max_interval(Duration::from_millis(2))
}

fn flow(c: &DssClient) -> dss_api::DssProjectFlow {
    c.get_project("PKEY").get_flow()
}

fn new_recipe(c: &DssClient, t: &str, name: Option<&str>) -> DssRecipeCreator {
    c.get_project("PKEY").new_recipe(t, name)
}

/// Creates the recipe a creator case sets up, checking the name DSS gave.
fn create(creator: DssRecipeCreator, name: &str) -> anyhow::Result<()> {
    let recipe = creator.create().send()?;
    ensure!(recipe.recipe_name() == name, "{recipe:?}");
    Ok(())
}

fn fs() -> NewOutput {
    NewOutput::new()
}

/// Flow zones, documentation, schema propagation, replacing an input.
const FLOW: &[(&str, CallFn)] = &[
    ("DssProjectFlow::list_zones", |c| {
        let zones = flow(c).list_zones().send()?;
        ensure!(zones.len() == 2 && zones[0].id() == "z1" && zones[1].name() == Some("Default"));
        Ok(())
    }),
    ("DssProjectFlow::get_zone_of_object", |c| {
        let zone = flow(c).get_zone_of_object("DATASET", "ds1", None).send()?;
        ensure!(zone.id() == "z1");
        Ok(())
    }),
    (
        "DssProjectFlow::get_zone_of_object (in no zone: the default zone)",
        |c| {
            let zone = flow(c).get_zone_of_object("MANAGED_FOLDER", "fold9", None).send()?;
            ensure!(zone.id() == "default");
            Ok(())
        },
    ),
    ("DssProjectFlow::get_zone_of_object (another project's)", |c| {
        let zone = flow(c).get_zone_of_object("DATASET", "ds1", Some("OTHER")).send()?;
        ensure!(zone.id() == "default");
        Ok(())
    }),
    ("DssDataset::get_zone", |c| {
        ensure!(c.get_project("PKEY").get_dataset("ds1").get_zone().send()?.id() == "z1");
        Ok(())
    }),
    ("DssStreamingEndpoint::get_zone", |c| {
        let zone = c.get_project("PKEY").get_streaming_endpoint("se1").get_zone().send()?;
        ensure!(zone.id() == "z2", "{}", zone.id());
        Ok(())
    }),
    ("DssManagedFolder::get_zone", |c| {
        ensure!(
            c.get_project("PKEY")
                .get_managed_folder("fold1")
                .get_zone()
                .send()?
                .id()
                == "default"
        );
        Ok(())
    }),
    ("DssProjectFlow::generate_documentation", |c| {
        let task = flow(c).generate_documentation().send()?;
        ensure!(task.job_id() == "fut-1");
        Ok(())
    }),
    ("DssProjectFlow::generate_documentation (template in a folder)", |c| {
        flow(c)
            .generate_documentation()
            .folder_id("fold1")
            .path("/templates/flow.docx")
            .send()?;
        Ok(())
    }),
    ("DssProjectFlow::replace_input_computable", |c| {
        let changed = flow(c).replace_input_computable("ds1", "ds9").send()?;
        ensure!(changed.len() == 1 && changed[0].recipe_name() == "rec1");
        Ok(())
    }),
    (
        "DssProjectFlow::replace_input_computable (another project's input)",
        |c| {
            flow(c)
                .replace_input_computable("ds1", "OTHER.ds9")
                .r#type("DATASET")
                .send()?;
            Ok(())
        },
    ),
    ("DssSchemaPropagationRunBuilder::start", |c| {
        flow(c).new_schema_propagation("ds1").start()?;
        Ok(())
    }),
    ("DssSchemaPropagationRunBuilder::start (options)", |c| {
        let mut b = flow(c).new_schema_propagation("OTHER.ds1");
        b.set_auto_rebuild(false)
            .set_default_partitioning_value("day", "2024-05-01")
            .set_partition_for_computable("PKEY.ds2", "2024-05-02")
            .stop_at("rec3")
            .mark_recipe_as_ok("rec4")
            .set_grouping_update_options(None, true, true, json!({}))
            .set_window_update_options(Some("win1"), true, false, json!({}))
            .set_join_update_options(Some("join1"), true, true, json!({"a": true}));
        b.start()?;
        Ok(())
    }),
    ("DssFlowZoneSettings::save (name and color)", |c| {
        let zone = flow(c).get_zone("z1").send()?;
        let mut s = zone.get_settings();
        s.set_name("Renamed").set_color("#ff0000");
        s.save().send()?;
        Ok(())
    }),
];

/// Managed datasets through the creation helper.
const DATASETS: &[(&str, CallFn)] = &[
    ("DssManagedDatasetCreationHelper::create", |c| {
        let ds = c.get_project("PKEY").new_managed_dataset("ds9").create().send()?;
        ensure!(ds.dataset_name() == "ds9");
        Ok(())
    }),
    ("DssManagedDatasetCreationHelper::create (store, partitioning)", |c| {
        c.get_project("PKEY")
            .new_managed_dataset("ds9")
            .with_store_into("filesystem_managed", Some("Filesystem"), Some("PARQUET_HIVE"))
            .with_copy_partitioning_from("ds1", "DATASET")
            .create()
            .send()?;
        Ok(())
    }),
    (
        "DssManagedDatasetCreationHelper::create (folder partitioning, connection only)",
        |c| {
            c.get_project("PKEY")
                .new_managed_dataset("ds9")
                .with_store_into("s3", None, None)
                .with_copy_partitioning_from("fold1", "MANAGED_FOLDER")
                .create()
                .send()?;
            Ok(())
        },
    ),
    (
        "DssManagedDatasetCreationHelper::create (overwrite an existing dataset)",
        |c| {
            let helper = c.get_project("PKEY").new_managed_dataset("ds1");
            helper.create().overwrite(true).send()?;
            Ok(())
        },
    ),
    ("DssManagedDatasetCreationHelper::create (overwrite, none there)", |c| {
        let helper = c.get_project("PKEY").new_managed_dataset("missing");
        helper.create().overwrite(true).send()?;
        Ok(())
    }),
    ("DssManagedDatasetCreationHelper::already_exists", |c| {
        ensure!(c
            .get_project("PKEY")
            .new_managed_dataset("ds1")
            .already_exists()
            .send()?);
        Ok(())
    }),
    ("DssManagedDatasetCreationHelper::already_exists (missing)", |c| {
        ensure!(!c
            .get_project("PKEY")
            .new_managed_dataset("missing")
            .already_exists()
            .send()?);
        Ok(())
    }),
];

/// Recipe creators, one per creator class and option.
const CREATORS: &[(&str, CallFn)] = &[
    ("DssRecipeCreator::create (grouping)", |c| {
        let r = new_recipe(c, "grouping", Some("rec2"))
            .with_input("ds1", None, None)
            .with_new_output("ds2", "filesystem_managed", fs().format("CSV_ESCAPING_NOGZIP_FORHIVE"))
            .with_group_key("region");
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (grouping, no name, existing output)", |c| {
        let r = new_recipe(c, "grouping", None)
            .with_input("ds1", None, None)
            .with_existing_output("ds2", false);
        create(r, "rec1")
    }),
    ("DssRecipeCreator::create (sync, overwriting its new output)", |c| {
        let out = fs()
            .r#type("PostgreSQL")
            .overwrite(true)
            .override_sql_schema("staging")
            .partitioning_option_id("copy:dataset:ds1")
            .append(true);
        let r = new_recipe(c, "sync", Some("rec2"))
            .with_input("ds1", Some("OTHER"), None)
            .with_new_output("ds1", "pg", out);
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (sync, new output there is none of)", |c| {
        let r = new_recipe(c, "sync", Some("rec2"))
            .with_input("ds1", None, None)
            .with_new_output("missing", "filesystem_managed", fs().overwrite(true));
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (window, raw mode)", |c| {
        let r = new_recipe(c, "window", Some("rec2"))
            .with_input("ds1", None, None)
            .with_output("ds2", true, None)
            .set_raw_mode();
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (upsert)", |c| {
        let r = new_recipe(c, "upsert", Some("rec2"))
            .with_input("ds1", None, None)
            .with_output("ds2", false, None)
            .with_upsert_key("id");
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (sort)", |c| {
        let r = new_recipe(c, "sort", Some("rec2"))
            .with_input("ds1", None, None)
            .with_new_output("ds2", "filesystem_managed", fs());
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (topn)", |c| {
        let r = new_recipe(c, "topn", Some("rec2"))
            .with_input("ds1", None, None)
            .with_output("ds2", false, Some("main"));
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (distinct)", |c| {
        let r = new_recipe(c, "distinct", Some("rec2"))
            .with_input("ds1", None, None)
            .with_output("ds2", false, None);
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (prepare)", |c| {
        let r = new_recipe(c, "prepare", Some("rec2"))
            .with_input("ds1", None, None)
            .with_new_output("ds2", "filesystem_managed", fs());
        create(r, "rec2")
    }),
    (
        "DssRecipeCreator::create (pivot, csync, download, sampling: single output)",
        |c| {
            let r = new_recipe(c, "pivot", Some("rec2"))
                .with_input("ds1", None, None)
                .with_output("ds2", false, None);
            create(r, "rec2")
        },
    ),
    ("DssRecipeCreator::create (sampling, folder output)", |c| {
        let out = fs().object_type("MANAGED_FOLDER").r#type("Filesystem");
        let r = new_recipe(c, "sampling", Some("rec2"))
            .with_input("ds1", None, None)
            .with_new_output("fold2", "filesystem_folders", out);
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (download)", |c| {
        let r = new_recipe(c, "download", Some("rec2"))
            .with_input("fold1", None, None)
            .with_new_output("ds2", "filesystem_managed", fs());
        create(r, "rec2")
    }),
    (
        "DssRecipeCreator::create (extract_failed_rows, output in a role)",
        |c| {
            let r = new_recipe(c, "extract_failed_rows", Some("rec2"))
                .with_input("ds1", None, None)
                .with_output("ds2", false, Some("main"));
            create(r, "rec2")
        },
    ),
    ("DssRecipeCreator::create (join)", |c| {
        let r = new_recipe(c, "join", Some("rec2"))
            .with_input("ds1", None, None)
            .with_input("ds3", Some("OTHER"), None)
            .with_new_output("ds2", "filesystem_managed", fs());
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (stack)", |c| {
        let r = new_recipe(c, "vstack", Some("rec2"))
            .with_input("ds1", None, None)
            .with_input("ds3", None, None)
            .with_output("ds2", false, None);
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (fuzzy join)", |c| {
        let r = new_recipe(c, "fuzzyjoin", Some("rec2"))
            .with_input("ds1", None, None)
            .with_input("ds3", None, None)
            .with_new_output("ds2", "filesystem_managed", fs());
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (geo join)", |c| {
        let r = new_recipe(c, "geojoin", Some("rec2"))
            .with_input("ds1", None, None)
            .with_input("ds3", None, None)
            .with_output("ds2", false, None);
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (split)", |c| {
        let r = new_recipe(c, "split", Some("rec2"))
            .with_input("ds1", None, None)
            .with_new_output("ds2", "filesystem_managed", fs().format("CSV"))
            .with_new_output("ds3", "filesystem_managed", fs().overwrite(true))
            .with_existing_output("ds4", true);
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (python code)", |c| {
        let r = new_recipe(c, "python", Some("rec2"))
            .with_input("ds1", None, None)
            .with_output("ds2", false, None)
            .with_script("print(1)");
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (r code, no script)", |c| {
        let r = new_recipe(c, "r", Some("rec2"))
            .with_input("ds1", None, Some("main"))
            .with_output("ds2", false, Some("out"));
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (sql_script, new output dataset)", |c| {
        let out = NewOutputDataset::new().r#type("PostgreSQL").format("SQL");
        let r = new_recipe(c, "sql_script", Some("rec2"))
            .with_input("ds1", None, None)
            .with_new_output_dataset("ds2", "pg", out)
            .with_script("INSERT INTO ds2 SELECT * FROM ds1");
        create(r, "rec2")
    }),
    (
        "DssRecipeCreator::create (python, new output dataset, overwritten, partitioned as a folder)",
        |c| {
            let out = NewOutputDataset::new()
                .copy_partitioning_from(Some("folder:fold1"))
                .overwrite(true)
                .append(true);
            let r = new_recipe(c, "python", Some("rec2"))
                .with_new_output_dataset("ds1", "filesystem_managed", out)
                .with_script("pass");
            create(r, "rec2")
        },
    ),
    (
        "DssRecipeCreator::create (pyspark, new output dataset before any input)",
        |c| {
            let r = new_recipe(c, "pyspark", Some("rec2"))
                .with_new_output_dataset("ds2", "hdfs", NewOutputDataset::new())
                .with_input("ds1", None, None);
            create(r, "rec2")
        },
    ),
    ("DssRecipeCreator::create (shell, no partitioning copied)", |c| {
        let out = NewOutputDataset::new().copy_partitioning_from(None);
        let r = new_recipe(c, "shell", Some("rec2"))
            .with_input("ds1", None, None)
            .with_new_output_dataset("ds2", "filesystem_managed", out);
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (generate_features)", |c| {
        let r = new_recipe(c, "generate_features", Some("rec2"))
            .with_input("ds1", None, None)
            .with_output("ds2", false, None);
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (export)", |c| {
        let r = new_recipe(c, "export", Some("rec2"))
            .with_input("ds1", None, None)
            .with_output("fold1", false, None);
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (sql_query)", |c| {
        let r = new_recipe(c, "sql_query", Some("rec2"))
            .with_input("ds1", None, None)
            .with_new_output("ds2", "pg", fs());
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (set_name, build)", |c| {
        let r = new_recipe(c, "csync", None)
            .set_name("rec3")
            .with_input("ds1", None, None)
            .with_output("ds2", false, None);
        ensure!(r.build().send()?.recipe_name() == "rec3");
        Ok(())
    }),
    ("DssRecipeCreator::create (from a dataset: grouping)", |c| {
        let ds = c.get_project("PKEY").get_dataset("ds1");
        let r = ds
            .new_recipe("grouping", Some("rec2"))
            .with_new_output("ds2", "filesystem_managed", fs())
            .with_group_key("k");
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (from a dataset: join)", |c| {
        let ds = c.get_project("PKEY").get_dataset("ds1");
        let r = ds
            .new_recipe("join", None)
            .with_input("ds3", None, None)
            .with_output("ds2", false, None);
        create(r, "rec1")
    }),
    ("DssRecipeCreator::create (from a dataset: code recipe)", |c| {
        let ds = c.get_project("PKEY").get_dataset("ds1");
        let r = ds
            .new_code_recipe("r", Some("x <- 1"), Some("rec2"))
            .with_output("ds2", false, None);
        create(r, "rec2")
    }),
    ("DssRecipeCreator::create (from a dataset: python code recipe)", |c| {
        let ds = c.get_project("PKEY").get_dataset("ds1");
        let r = ds
            .new_code_recipe("python", Some("print(1)"), None)
            .with_output("ds2", false, None);
        create(r, "rec1")
    }),
];

/// Tables imports, test scenarios, waiters, detection, templates.
const OTHERS: &[(&str, CallFn)] = &[
    ("TablesImportDefinition::prepare", |c| {
        let mut import = c.get_project("PKEY").init_tables_import();
        import
            .add_sql_table("pg", "public", "customers", None)
            .add_sql_table("sf", "PUBLIC", "ORDERS", Some("DB1"))
            .add_hive_table("default", "logs")
            .add_iceberg_table("ice", "ns1", "events")
            .add_elasticsearch_index_or_alias("es", "logs");
        let prepared = import.prepare().wait_options(fast()).send()?;
        ensure!(prepared.candidates()["sourceTables"][0]["name"] == "customers");
        Ok(())
    }),
    ("TablesPreparedImport::execute", |c| {
        let import = c.get_project("PKEY").init_tables_import();
        let prepared = import.prepare().wait_options(fast()).send()?;
        ensure!(prepared.execute()?.job_id() == "fut-1");
        Ok(())
    }),
    ("DssProject::list_test_scenarios", |c| {
        let tests = c.get_project("PKEY").list_test_scenarios().send()?;
        ensure!(tests.len() == 1 && tests[0].id() == "sc1");
        Ok(())
    }),
    ("DssScenarioRun::get_report", |c| {
        let run = c.get_project("PKEY").get_scenario("sc1").get_run(RUN).send()?;
        let text = std::io::read_to_string(run.get_report().send()?)?;
        ensure!(text.contains("testsuite"));
        Ok(())
    }),
    ("DssScenarioRun::get_step_run_report", |c| {
        let run = c.get_project("PKEY").get_scenario("sc1").get_run(RUN).send()?;
        std::io::copy(&mut run.get_step_run_report("build_0").send()?, &mut std::io::sink())?;
        ensure!(run.get_end_time().is_some() && run.get_duration() == Some(Duration::from_secs(60)));
        Ok(())
    }),
    ("DssScenario::get_average_duration", |c| {
        let mean = c
            .get_project("PKEY")
            .get_scenario("sc1")
            .get_average_duration()
            .send()?;
        ensure!(mean == Some(Duration::from_secs(120)), "{mean:?}");
        Ok(())
    }),
    ("DssScenario::get_average_duration (too few runs)", |c| {
        let scenario = c.get_project("PKEY").get_scenario("sc1");
        ensure!(scenario.get_average_duration().limit(5).send()?.is_none());
        Ok(())
    }),
    ("DssScenarioRunWaiter::wait", |c| {
        let scenario = c.get_project("PKEY").get_scenario("sc1");
        let run = scenario.get_run(RUN).send()?;
        let fire = scenario.get_trigger_fire("manual", "tf-1").send()?;
        let run = DssScenarioRunWaiter::from((&run, &fire))
            .wait()
            .wait_options(fast())
            .send()?;
        ensure!(run.outcome().is_some_and(|o| o.is_success()));
        Ok(())
    }),
    ("DssScenarioRunWaiter::wait (a failed run, no_fail)", |c| {
        let scenario = c.get_project("PKEY").get_scenario("sc1");
        let run = scenario.get_run(RUN).send()?;
        let fire = scenario.get_trigger_fire("manual", "tf-1").send()?;
        let run = DssScenarioRunWaiter::from((&run, &fire))
            .wait()
            .no_fail(true)
            .wait_options(fast())
            .send()?;
        ensure!(run.outcome().is_some_and(|o| o.as_str() == "FAILED"));
        Ok(())
    }),
    ("DssJobWaiter::wait", |c| {
        let job = c.get_project("PKEY").get_job("job-1");
        ensure!(DssJobWaiter::from(&job).wait().wait_options(fast()).send()? == JobState::Done);
        Ok(())
    }),
    ("DssJobWaiter::wait (a failed job, no_fail)", |c| {
        let job = c.get_project("PKEY").get_job("job-1");
        ensure!(
            DssJobWaiter::from(&job)
                .wait()
                .no_fail(true)
                .wait_options(fast())
                .send()?
                == JobState::Failed
        );
        Ok(())
    }),
    ("DssProject::move_to_folder", |c| {
        // dataikuapi takes the folder object, read first.
        let folder = c.get_project_folder("fld2").send()?;
        c.get_project("PKEY")
            .move_to_folder(folder.project_folder_id())
            .send()?;
        Ok(())
    }),
    ("DssProject::render_document_template (jinja text)", |c| {
        let answer = c
            .get_project("PKEY")
            .render_document_template("JINJA", json!({"name": "Ann"}))
            .template_str("Hello {{ name }}")
            .output_format("TEXT")
            .send()?;
        ensure!(answer["ok"] == true);
        Ok(())
    }),
    ("DssProject::render_document_template (word bytes to pdf)", |c| {
        c.get_project("PKEY")
            .render_document_template("DOCX_JINJA", json!({"n": 1}))
            .template_bytes(b"PK\x03\x04docx".to_vec())
            .output_format("PDF")
            .send()?;
        Ok(())
    }),
    ("DssDataset::test_and_detect", |c| {
        let result = c.get_project("PKEY").get_dataset("ds1").test_and_detect().send()?;
        ensure!(matches!(result, TestAndDetectResult::Task(t) if t.job_id() == "fut-1"));
        Ok(())
    }),
    ("DssDataset::test_and_detect (file-based, infer types)", |c| {
        let ds = c.get_project("PKEY").get_dataset("ds1");
        ds.test_and_detect().infer_storage_types(true).send()?;
        Ok(())
    }),
    ("DssDataset::test_and_detect (SQL)", |c| {
        let result = c.get_project("PKEY").get_dataset("ds1").test_and_detect().send()?;
        ensure!(matches!(result, TestAndDetectResult::Detected(v) if v["connectionOK"] == true));
        Ok(())
    }),
    ("DssDataset::test_and_detect (Elasticsearch)", |c| {
        c.get_project("PKEY").get_dataset("ds1").test_and_detect().send()?;
        Ok(())
    }),
    ("DssDataset::test_and_detect (plugin, infer types)", |c| {
        let ds = c.get_project("PKEY").get_dataset("ds1");
        ds.test_and_detect().infer_storage_types(true).send()?;
        Ok(())
    }),
    ("DssDataset::autodetect_settings", |c| {
        let ds = c.get_project("PKEY").get_dataset("ds1");
        let settings = ds.autodetect_settings().wait_options(fast()).send()?;
        ensure!(settings.raw()["formatParams"]["separator"] == ";");
        ensure!(settings.raw()["schema"]["columns"][0]["name"] == "a");
        Ok(())
    }),
    ("DssDataset::autodetect_settings (SQL)", |c| {
        let settings = c.get_project("PKEY").get_dataset("ds1").autodetect_settings().send()?;
        ensure!(settings.raw()["schema"]["columns"][0]["type"] == "int");
        Ok(())
    }),
    ("DssDataset::autodetect_settings (plugin, infer types)", |c| {
        let ds = c.get_project("PKEY").get_dataset("ds1");
        let settings = ds.autodetect_settings().infer_storage_types(true).send()?;
        ensure!(settings.raw()["schema"]["columns"][0]["name"] == "c");
        Ok(())
    }),
];

/// Every case replayed here.
pub fn table() -> impl Iterator<Item = &'static (&'static str, CallFn)> {
    FLOW.iter().chain(DATASETS).chain(CREATORS).chain(OTHERS)
}

/// Whether a recorded case is replayed here.
pub fn replays(case: &str) -> bool {
    table().any(|(name, _)| *name == case)
}

#[test]
fn hand_written_flows_send_what_dataikuapi_sends() {
    let fixture = fixture(&dss_api_tests::recording("cases"));
    let calls = fixture["calls"].as_array().expect("calls");
    let mut failures = Vec::new();
    let mut replayed = 0;
    for (name, f) in table() {
        let Some(call) = calls.iter().find(|c| c["case"] == *name) else {
            failures.push(format!("{name}: in the table but not recorded"));
            continue;
        };
        let expected = expected_requests(call);
        match replay_call(call, &expected, *f) {
            Ok(()) => replayed += 1,
            Err(failure) => failures.push(failure),
        }
    }
    report(&format!(
        "flows: {replayed} recorded calls of hand-written flows and builders made with the same methods and sent alike"
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
