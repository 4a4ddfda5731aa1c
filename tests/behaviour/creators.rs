//! Creating recipes and managed datasets: what a recipe creator may do
//! follows the creator of its type, a refusal sends nothing, what its
//! outputs ask for goes first and a failure there stops before the recipe;
//! the managed dataset helper's settings, and an overwrite that cannot tell
//! whether the dataset exists.

use dss_api::{DssRecipeCreator, Error, NewOutput, NewOutputDataset};
use dss_api_tests::Recorder;
use serde_json::json;

/// A server that creates any recipe and dataset, knows dataset `ds1`, and
/// answers anything else 404.
fn dss() -> Recorder {
    Recorder::start(|r| match (r.method.as_str(), r.path.as_str()) {
        ("POST", "/projects/P/recipes/") => (200, json!({"name": "rec2"}).to_string()),
        ("POST", "/projects/P/datasets/managed") => (200, "{}".into()),
        ("GET", "/projects/P/datasets/ds1/metadata") => (200, "{}".into()),
        ("DELETE", "/projects/P/datasets/ds1") => (204, String::new()),
        ("GET", "/projects/P/datasets/broken/metadata") => (500, r#"{"errorType": "Boom"}"#.into()),
        _ => (404, r#"{"errorType": "NotFound"}"#.into()),
    })
}

fn refused(creator: DssRecipeCreator, method: &str, recorder: &Recorder) -> String {
    let err = creator.create().send().unwrap_err();
    let Error::InvalidArgument { name, reason } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*name, method, "{reason}");
    assert!(recorder.take().is_empty(), "a refused creator sends nothing");
    reason.clone()
}

#[test]
fn a_method_the_type_does_not_have_is_refused_before_sending() {
    let recorder = dss();
    let p = recorder.client().get_project("P");
    let sync = p.new_recipe("sync", Some("r")).with_input("ds1", None, None);
    let reason = refused(sync.clone().with_group_key("k"), "with_group_key", &recorder);
    assert!(reason.contains("`sync`"), "{reason}");
    refused(sync.clone().with_upsert_key("k"), "with_upsert_key", &recorder);
    refused(sync.clone().with_script("x"), "with_script", &recorder);
    refused(
        sync.clone().with_new_output_dataset("o", "c", NewOutputDataset::new()),
        "with_new_output_dataset",
        &recorder,
    );
    let code = p.new_recipe("python", None);
    refused(
        code.clone().with_new_output("o", "c", NewOutput::new()),
        "with_new_output",
        &recorder,
    );
    refused(code.with_existing_output("o", false), "with_existing_output", &recorder);
    let join = p.new_recipe("join", None);
    refused(
        join.clone().with_input("ds1", None, Some("main")),
        "with_input",
        &recorder,
    );
    refused(join.with_output("o", false, Some("main")), "with_output", &recorder);
    recorder.mock().assert_calls(0);
}

#[test]
fn one_output_dataset_only_and_unknown_types_are_refused() {
    let recorder = dss();
    let p = recorder.client().get_project("P");
    let twice = p
        .new_recipe("grouping", None)
        .with_new_output("o1", "c", NewOutput::new())
        .with_existing_output("o2", false);
    refused(twice, "with_existing_output", &recorder);
    let twice = p
        .new_recipe("sort", None)
        .with_output("o1", false, None)
        .with_new_output("o2", "c", NewOutput::new());
    refused(twice, "with_new_output", &recorder);
    for t in ["prediction_scoring", "prompt", "my_custom_recipe"] {
        let reason = refused(p.new_recipe(t, None), "type", &recorder);
        assert!(reason.contains("create_recipe"), "{reason}");
    }
    recorder.mock().assert_calls(0);
}

#[test]
fn the_prototype_and_settings_are_dataikuapis() {
    let recorder = dss();
    let p = recorder.client().get_project("P");
    let join = p
        .new_recipe("join", Some("j"))
        .with_input("a", None, None)
        .with_input("b", Some("OTHER"), None)
        .with_input("c", Some("P"), None)
        .with_existing_output("o", true);
    assert_eq!(
        join.get_recipe_proto(),
        json!({"inputs": {}, "outputs": {"main": {"items": [{"ref": "o", "appendMode": true}]}},
               "type": "join", "name": "j"})
    );
    assert_eq!(
        join.get_creation_settings(),
        json!({"createOutputDataset": false, "outputDatasetSettings": null, "createOutputFolder": null,
               "outputFolderSettings": null, "virtualInputs": ["a", "OTHER.b", "c"]})
    );
    let code = p
        .new_recipe("r", None)
        .with_input("in", None, Some("extra"))
        .with_new_output_dataset("out", "fs", NewOutputDataset::new());
    assert_eq!(
        code.get_creation_settings(),
        json!({"partitioningOptionId": "copy:dataset:in", "script": null})
    );
    assert!(recorder.take().is_empty(), "setting up sends nothing");
}

#[test]
fn outputs_are_prepared_in_order_then_the_recipe_is_created() {
    let recorder = dss();
    let p = recorder.client().get_project("P");
    let recipe = p
        .new_recipe("python", Some("rec2"))
        .with_input("ds0", None, None)
        .with_new_output_dataset("ds1", "fs", NewOutputDataset::new().overwrite(true))
        .with_new_output_dataset("ds9", "fs", NewOutputDataset::new().format("CSV"))
        .with_script("pass")
        .create()
        .send()
        .unwrap();
    assert_eq!(recipe.recipe_name(), "rec2");
    let got = recorder.take();
    let calls: Vec<(&str, &str)> = got.iter().map(|r| (r.method.as_str(), r.path.as_str())).collect();
    assert_eq!(
        calls,
        [
            ("GET", "/projects/P/datasets/ds1/metadata"),
            ("DELETE", "/projects/P/datasets/ds1"),
            ("POST", "/projects/P/datasets/managed"),
            ("POST", "/projects/P/datasets/managed"),
            ("POST", "/projects/P/recipes/"),
        ]
    );
    assert_eq!(got[1].query, [("dropData".to_owned(), "true".to_owned())]);
    assert_eq!(
        got[3].json().unwrap(),
        json!({"name": "ds9", "creationSettings": {"specificSettings": {"formatOptionId": "CSV"}, "connectionId": "fs"}})
    );
    let body = got[4].json().unwrap();
    assert_eq!(body["recipePrototype"]["projectKey"], "P");
    assert_eq!(
        body["creationSettings"],
        json!({"partitioningOptionId": "copy:dataset:ds0", "script": "pass"})
    );
}

#[test]
fn a_failed_existence_check_stops_before_the_recipe() {
    let recorder = dss();
    let p = recorder.client().get_project("P");
    let err = p
        .new_recipe("sync", None)
        .with_input("ds0", None, None)
        .with_new_output("broken", "fs", NewOutput::new().overwrite(true))
        .create()
        .send()
        .unwrap_err();
    assert_eq!(err.status(), Some(500), "{err:?}");
    let got = recorder.take();
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].path, "/projects/P/datasets/broken/metadata");
}

#[test]
fn the_managed_dataset_helper_overwrites_only_what_exists() {
    let recorder = dss();
    let p = recorder.client().get_project("P");
    let helper = p
        .new_managed_dataset("ds1")
        .with_store_into("fs", Some("Filesystem"), None)
        .with_store_into("fs2", None, Some("CSV"))
        .with_copy_partitioning_from("f1", "MANAGED_FOLDER");
    assert_eq!(
        helper.get_creation_settings(),
        json!({"specificSettings": {"formatOptionId": "CSV"}, "connectionId": "fs2", "typeOptionId": "Filesystem",
               "partitioningOptionId": "copy:folder:f1"})
    );
    assert!(recorder.take().is_empty());
    let ds = helper.create().overwrite(true).send().unwrap();
    assert_eq!(ds.dataset_name(), "ds1");
    let got = recorder.take();
    let methods: Vec<&str> = got.iter().map(|r| r.method.as_str()).collect();
    assert_eq!(methods, ["GET", "DELETE", "POST"]);
    assert_eq!(
        got[2].json().unwrap()["creationSettings"],
        helper.get_creation_settings()
    );
    // Without overwrite, the creation alone; a server error while checking
    // is an error, not "missing" (dataikuapi would then create over it).
    helper.create().send().unwrap();
    assert_eq!(recorder.take().len(), 1);
    let err = p
        .new_managed_dataset("broken")
        .create()
        .overwrite(true)
        .send()
        .unwrap_err();
    assert_eq!(err.status(), Some(500));
    assert_eq!(recorder.take().len(), 1);
    assert!(!p.new_managed_dataset("nothere").already_exists().send().unwrap());
    assert_eq!(recorder.take()[0].path, "/projects/P/datasets/nothere/metadata");
}
