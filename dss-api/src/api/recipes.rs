//! Recipes: the hand-written half of [`DssRecipe`] (finding the output
//! `run` builds in the flow graph; the job itself is `jobs.rs`'s) and of
//! [`RequiredSchemaUpdates`] (`apply`), over the requests of
//! `spec/recipes.dss` and `spec/jobs.dss`.

use std::fmt;

use serde_json::Value;

use crate::api::generated::models::SchemaUpdates;
use crate::api::handles::{DssRecipe, RequiredSchemaUpdates};
use crate::rt::{options_setters, timed, Error, RequestOptions, Result};

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
    /// The output [`run`](Self::run) builds: the recipe's first successor in
    /// the project's flow graph (`GET /projects/{project_key}/flow/graph/`),
    /// as its id and the job output type of its kind of node.
    pub(crate) fn output_to_build(&self, settings: &RequestOptions) -> Result<(String, &'static str)> {
        let project = self.client.get_project(&self.project_key);
        let flow = project.get_flow();
        let graph = timed!(flow.get_graph(), settings).send()?;
        let name = &self.recipe_name;
        let failed = |summary: String| Error::OperationFailed {
            at: None,
            endpoint: &crate::api::generated::endpoints::RECIPE_RUN,
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
        Ok((output.r#ref.clone(), object_type))
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
            settings: RequestOptions::for_method(&crate::api::generated::endpoints::REQUIRED_SCHEMA_UPDATES_APPLY),
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
        at: None,
        endpoint: &crate::api::generated::endpoints::RECIPE_COMPUTE_SCHEMA_UPDATES,
        source: <serde_json::Error as serde::de::Error>::custom(what),
    }
}
