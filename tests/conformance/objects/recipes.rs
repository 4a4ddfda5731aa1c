//! Recorded dataikuapi calls of this area and the Rust calls that replay
//! them (see `tests/objects.rs`): recipes, their settings and schema
//! updates, and `run` (flow graph, then a job through the job builder).

use std::time::Duration;

use anyhow::{bail, ensure};
use dss_api::{DssRecipe, Error, JobState, WaitOptions};
use dss_api_tests::CallFn;
use serde_json::json;

/// Polls as fast as the replay answers: the requests are compared, not the
/// sleeps between them.
fn fast() -> WaitOptions<'static> {
    WaitOptions::new()
        .first_interval(Duration::from_millis(1))
        .max_interval(Duration::from_millis(2))
}

fn rec1(c: &dss_api::DssClient) -> DssRecipe {
    c.get_project("PKEY").get_recipe("rec1")
}

/// One Rust call per recorded Python call.
pub const CALLS: &[(&str, CallFn)] = &[
    ("DSSProject.list_recipes (defaults)", |c| {
        let list = c.get_project("PKEY").list_recipes().send()?;
        ensure!(list.len() == 1 && list[0].name == "rec1" && list[0].r#type.as_deref() == Some("python"));
        Ok(())
    }),
    ("DSSProject.list_recipes (all args)", |c| {
        // as_type='objects': the items' `to_handle`.
        let list = c.get_project("PKEY").list_recipes().send()?;
        let recipe = list[0].to_handle(c);
        ensure!((recipe.project_key(), recipe.recipe_name()) == ("PKEY", "rec1"));
        Ok(())
    }),
    ("DSSProject.get_recipe", |c| {
        ensure!(rec1(c).recipe_name() == "rec1");
        Ok(())
    }),
    ("DSSProject.create_recipe", |c| {
        let recipe = c
            .get_project("PKEY")
            .create_recipe(
                json!({"type": "python", "name": "rec1",
                       "inputs": {"main": {"items": [{"ref": "ds1"}]}},
                       "outputs": {"main": {"items": [{"ref": "ds2", "appendMode": false}]}}}),
                json!({"script": "print(1)"}),
            )
            .send()?;
        ensure!(recipe.recipe_name() == "rec1");
        Ok(())
    }),
    ("DSSRecipe.get_settings", |c| {
        let settings = rec1(c).get_settings().send()?;
        ensure!(settings.r#type() == Some("python"));
        ensure!(settings.get_code() == Some("# recipe code\nimport dataiku\n"));
        Ok(())
    }),
    ("DSSRecipeSettings.save", |c| {
        let settings = rec1(c).get_settings().send()?;
        ensure!(settings.save().send()? == json!({"msg": "recipe saved"}));
        Ok(())
    }),
    ("DSSRecipeSettings.save (payload changed)", |c| {
        let mut settings = rec1(c).get_settings().send()?;
        settings.set_payload("print(2)");
        settings.save().send()?;
        Ok(())
    }),
    ("DSSRecipeSettings.save (json payload)", |c| {
        let mut settings = rec1(c).get_settings().send()?;
        settings.set_json_payload(json!({"a": 1}));
        settings.save().send()?;
        Ok(())
    }),
    ("DSSRecipe.delete", |c| {
        rec1(c).delete().send()?;
        Ok(())
    }),
    ("DSSRecipe.get_status", |c| {
        let status = rec1(c).get_status().send()?;
        ensure!(status["selectedEngine"] == json!({"type": "DSS", "label": "DSS"}));
        ensure!(status["allMessagesForFrontend"]["maxSeverity"].is_null());
        Ok(())
    }),
    ("DSSRecipe.compute_schema_updates", |c| {
        let updates = rec1(c).compute_schema_updates().send()?;
        ensure!(updates.any_action_required());
        ensure!(updates.updates().computables[0].dataset_name.as_deref() == Some("ds2"));
        Ok(())
    }),
    ("RequiredSchemaUpdates.apply", |c| {
        let answers = rec1(c).compute_schema_updates().send()?.apply().send()?;
        ensure!(answers == [json!({"msg": "schema updated"})]);
        Ok(())
    }),
    ("RequiredSchemaUpdates.apply (no drop, no metastore)", |c| {
        let updates = rec1(c).compute_schema_updates().send()?;
        let answers = updates
            .apply()
            .drop_and_recreate(false)
            .synchronize_metastore(false)
            .send()?;
        ensure!(answers.len() == 1);
        Ok(())
    }),
    ("DSSRecipe.run (defaults)", |c| {
        let job = rec1(c).run().wait_options(fast()).send()?;
        ensure!(job.id() == "job-1");
        Ok(())
    }),
    ("DSSRecipe.run (all args)", |c| {
        let job = rec1(c)
            .run()
            .job_type("RECURSIVE_BUILD")
            .partitions("2024-05-01")
            .wait(false)
            .no_fail(true)
            .send()?;
        ensure!(job.id() == "job-1");
        Ok(())
    }),
    ("DSSRecipe.run (job fails, no_fail=True)", |c| {
        let job = rec1(c).run().no_fail(true).wait_options(fast()).send()?;
        ensure!(job.id() == "job-1");
        Ok(())
    }),
    ("DSSRecipe.run (job fails)", |c| {
        match rec1(c).run().wait_options(fast()).send() {
            Err(Error::RunFailed { kind, id, outcome, .. }) => {
                ensure!((kind, id.as_str()) == ("job", "job-1"));
                ensure!(JobState::parse(&outcome) == JobState::Failed);
                Ok(())
            }
            other => bail!("a failed job expected, got {other:?}"),
        }
    }),
    ("DSSRecipe.run (folder output)", |c| {
        let job = rec1(c).run().wait_options(fast()).send()?;
        ensure!(job.id() == "job-1");
        Ok(())
    }),
];

/// Why the recipe creators are not replayed.
const NO_CREATORS: &str = "dataikuapi's recipe creators (`new_recipe`, SingleOutputRecipeCreator, \
     CodeRecipeCreator) are not implemented: build the prototype and creation settings as JSON and call \
     `create_recipe`, which sends the creators' final request";

/// Recorded calls of this area that are not replayed, each with the reason
/// (a deliberate difference, tested in this area's own tests).
pub const NOT_REPLAYED: &[(&str, &str)] = &[
    ("DSSProject.new_recipe (defaults)", NO_CREATORS),
    (
        "SingleOutputRecipeCreator.create (sync, with_new_output defaults)",
        NO_CREATORS,
    ),
    ("SingleOutputRecipeCreator.create (sync, all args)", NO_CREATORS),
    (
        "SingleOutputRecipeCreator.create (sync, new output folder)",
        NO_CREATORS,
    ),
    ("SingleOutputRecipeCreator.create (sync, existing output)", NO_CREATORS),
    ("CodeRecipeCreator.create (python, defaults)", NO_CREATORS),
    ("CodeRecipeCreator.create (python, all args)", NO_CREATORS),
    ("CodeRecipeCreator.create (python, no script)", NO_CREATORS),
];
