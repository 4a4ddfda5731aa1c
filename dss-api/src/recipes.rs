//! Recipes: the hand-written half of [`DssRecipe`] (`run`, which finds the
//! recipe's output in the flow graph and builds it with a job) and of
//! [`RequiredSchemaUpdates`] (`apply`), over the requests of
//! `spec/recipes.dss` and `spec/jobs.dss`.

use std::fmt;

use serde_json::Value;

use crate::api::handles::{DssJob, DssRecipe, RequiredSchemaUpdates};
use crate::api::models::SchemaUpdates;
use crate::rt::{options_setters, Error, RequestOptions, Result};
use crate::wait::WaitOptions;

/// A generated request value with this call's own settings (time bounds,
/// retries), which apply to each of its requests.
macro_rules! timed {
    ($request:expr, $settings:expr) => {
        $request.request_options(::core::clone::Clone::clone($settings))
    };
}

/// The job output type of each kind of flow node a recipe can build, as
/// dataikuapi's `run` maps them.
const OUTPUT_TYPES: &[(&str, &str)] = &[
    ("COMPUTABLE_DATASET", "DATASET"),
    ("COMPUTABLE_FOLDER", "MANAGED_FOLDER"),
    ("COMPUTABLE_SAVED_MODEL", "SAVED_MODEL"),
    ("COMPUTABLE_STREAMING_ENDPOINT", "STREAMING_ENDPOINT"),
    ("COMPUTABLE_MODEL_EVALUATION_STORE", "MODEL_EVALUATION_STORE"),
    ("COMPUTABLE_RETRIEVABLE_KNOWLEDGE", "RETRIEVABLE_KNOWLEDGE"),
];

impl DssRecipe {
    /// Runs the recipe: reads the project's flow graph
    /// (`GET /projects/{project_key}/flow/graph/`), takes the recipe's first
    /// output there, and builds it with a job of type `job_type` (default
    /// `NON_RECURSIVE_FORCED_BUILD`); `send` returns the job, once it has
    /// ended unless `wait(false)` (dataikuapi's `run`, sending the same
    /// requests).
    ///
    /// A recipe missing from the graph, without an output, or whose output
    /// is not something a job builds is [`Error::OperationFailed`], after
    /// the graph was read and before any job starts. With `wait`, a job
    /// that fails or is aborted is [`Error::RunFailed`] unless `no_fail`;
    /// see [`DssJob::wait`].
    pub fn run(&self) -> RecipeRun<'_, 'static> {
        RecipeRun {
            recipe: self,
            job_type: "NON_RECURSIVE_FORCED_BUILD".into(),
            partitions: None,
            wait: true,
            no_fail: false,
            options: WaitOptions::default(),
            settings: RequestOptions::default(),
        }
    }
}

/// Request value of [`DssRecipe::run`]: set optional arguments by name,
/// then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct RecipeRun<'a, 'f> {
    recipe: &'a DssRecipe,
    job_type: String,
    partitions: Option<String>,
    wait: bool,
    no_fail: bool,
    options: WaitOptions<'f>,
    settings: RequestOptions,
}

// Each of its requests gets these settings.
options_setters!(RecipeRun<'a, 'f>, settings);

impl<'a> RecipeRun<'a, '_> {
    /// The kind of build (default `NON_RECURSIVE_FORCED_BUILD`; see
    /// [`JobDefinitionBuilder::with_type`](crate::JobDefinitionBuilder::with_type)).
    pub fn job_type(mut self, job_type: impl Into<String>) -> Self {
        self.job_type = job_type.into();
        self
    }

    /// The partitions to build, when the output is partitioned:
    /// comma-separated, each a pipe-separated list of dimension values
    /// (default: none named).
    pub fn partitions(mut self, partitions: impl Into<String>) -> Self {
        self.partitions = Some(partitions.into());
        self
    }

    /// Wait for the job to end (default `true`); `false` returns the job
    /// once started.
    pub fn wait(mut self, wait: bool) -> Self {
        self.wait = wait;
        self
    }

    /// Return the job even if it failed or was aborted (default `false`).
    pub fn no_fail(mut self, no_fail: bool) -> Self {
        self.no_fail = no_fail;
        self
    }

    /// How to wait: poll intervals, a deadline, a progress callback.
    pub fn wait_options<'g>(self, options: WaitOptions<'g>) -> RecipeRun<'a, 'g> {
        RecipeRun {
            recipe: self.recipe,
            job_type: self.job_type,
            partitions: self.partitions,
            wait: self.wait,
            no_fail: self.no_fail,
            options,
            settings: self.settings,
        }
    }

    /// Reads the graph, starts the job, waits for it unless told not to,
    /// and returns it.
    pub fn send(self) -> Result<DssJob> {
        let project = self.recipe.client.get_project(&self.recipe.project_key);
        let flow = project.get_flow();
        let graph = timed!(flow.get_graph(), &self.settings).send()?;
        let name = &self.recipe.recipe_name;
        let failed = |summary: String| Error::OperationFailed {
            endpoint: "run",
            summary,
            messages: Box::new(Value::Null),
        };
        let node = graph
            .nodes
            .get(name)
            .ok_or_else(|| failed(format!("recipe {name} is not in the project's flow graph")))?;
        let first = node
            .successors
            .first()
            .ok_or_else(|| failed(format!("recipe {name} has no output to build")))?;
        let output = graph.nodes.get(first).ok_or_else(|| {
            failed(format!(
                "the output {first} of recipe {name} is not in the project's flow graph"
            ))
        })?;
        let object_type = OUTPUT_TYPES
            .iter()
            .find(|(node_type, _)| *node_type == output.r#type)
            .map(|(_, job_type)| *job_type)
            .ok_or_else(|| {
                failed(format!(
                    "the output {first} of recipe {name} is a {}, which a job cannot build",
                    output.r#type
                ))
            })?;
        let builder = project.new_job().with_type(self.job_type).with_output(
            output.r#ref.as_str(),
            Some(object_type),
            None,
            self.partitions.as_deref(),
        );
        if self.wait {
            timed!(
                builder
                    .start_and_wait()
                    .no_fail(self.no_fail)
                    .wait_options(self.options),
                &self.settings
            )
            .send()
        } else {
            timed!(project.start_job(builder.get_definition()), &self.settings).send()
        }
    }
}

impl RequiredSchemaUpdates {
    /// The changes as DSS computed them.
    pub fn updates(&self) -> &SchemaUpdates {
        &self.updates
    }

    /// Whether any output needs a change (`totalIncompatibilities > 0`).
    pub fn any_action_required(&self) -> bool {
        self.updates.total_incompatibilities > 0
    }

    /// Applies the changes: one `update_output_schema` request
    /// (`POST .../actions/updateOutputSchema`) per output to update, in
    /// order, as dataikuapi's; `send` returns DSS's answers. Nothing is sent
    /// when there is nothing to update.
    pub fn apply(&self) -> SchemaUpdatesApply<'_> {
        SchemaUpdatesApply {
            updates: self,
            drop_and_recreate: true,
            synchronize_metastore: true,
            settings: RequestOptions::default(),
        }
    }
}

/// Request value of [`RequiredSchemaUpdates::apply`]: set optional
/// arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
pub struct SchemaUpdatesApply<'a> {
    updates: &'a RequiredSchemaUpdates,
    drop_and_recreate: bool,
    synchronize_metastore: bool,
    settings: RequestOptions,
}

// Each of its requests gets these settings.
options_setters!(SchemaUpdatesApply<'a>, settings);

impl fmt::Debug for SchemaUpdatesApply<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequiredSchemaUpdates::apply")
            .field("updates", self.updates)
            .field("drop_and_recreate", &self.drop_and_recreate)
            .field("synchronize_metastore", &self.synchronize_metastore)
            .finish_non_exhaustive()
    }
}

impl SchemaUpdatesApply<'_> {
    /// Drop and recreate outputs' data where a change needs it (default
    /// `true`).
    pub fn drop_and_recreate(mut self, drop_and_recreate: bool) -> Self {
        self.drop_and_recreate = drop_and_recreate;
        self
    }

    /// Update the Hive metastore too (default `true`).
    pub fn synchronize_metastore(mut self, synchronize_metastore: bool) -> Self {
        self.synchronize_metastore = synchronize_metastore;
        self
    }

    /// Sends one request per output to update, and returns DSS's answers in
    /// order. Every output is checked first: one without its id (a
    /// dataset's name for a `DATASET`) or its new schema is
    /// [`Error::Decode`], and then nothing is sent.
    pub fn send(self) -> Result<Vec<Value>> {
        let mut planned = Vec::with_capacity(self.updates.updates.computables.len());
        for (i, c) in self.updates.updates.computables.iter().enumerate() {
            let by_name = (c.r#type == "DATASET")
                .then_some(c.dataset_name.as_deref())
                .flatten()
                .filter(|n| !n.is_empty());
            let Some(id) = by_name.or(c.id.as_deref()) else {
                return Err(decode_error(format!("output {i} of the schema updates has no id")));
            };
            let Some(schema) = c.new_schema.clone() else {
                return Err(decode_error(format!(
                    "output {i} ({id}) of the schema updates has no new schema"
                )));
            };
            planned.push((c.r#type.as_str(), id, schema));
        }
        let mut answers = Vec::with_capacity(planned.len());
        for (computable_type, id, schema) in planned {
            let request = self
                .updates
                .update_output_schema(computable_type, id, schema)
                .drop_and_recreate(self.drop_and_recreate)
                .synchronize_metastore(self.synchronize_metastore);
            answers.push(timed!(request, &self.settings).send()?);
        }
        Ok(answers)
    }
}

fn decode_error(what: String) -> Error {
    Error::Decode {
        endpoint: "compute_schema_updates",
        source: <serde_json::Error as serde::de::Error>::custom(what),
    }
}
