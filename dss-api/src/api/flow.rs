//! The flow of a project: the hand-written half of [`DssProjectFlow`]
//! (listing zones, finding an object's zone, replacing an input in every
//! recipe, generating the documentation, schema propagation) and of
//! [`DssFlowZone`] (its settings), over the requests of `spec/flow.dss`.

use serde_json::{Map, Value};

use crate::api::handles::{
    DssDataset, DssFlowZone, DssFlowZoneSettings, DssFuture, DssManagedFolder, DssProjectFlow, DssStreamingEndpoint,
};
use crate::api::pending::Pending;
use crate::rt::{options_setters, timed, Document, Endpoint, Error, RequestOptions, Result};

/// An object of the flow as DSS refers to it in zones
/// (`{"objectId", "objectType"}`, with `projectKey` first for an object of
/// another project than the flow's), in dataikuapi's order.
fn smart_ref(flow_project: &str, object_type: &str, object_id: &str, object_project: Option<&str>) -> Value {
    let mut r = Map::new();
    if let Some(p) = object_project.filter(|p| *p != flow_project) {
        r.insert("projectKey".into(), Value::from(p));
    }
    r.insert("objectId".into(), Value::from(object_id));
    r.insert("objectType".into(), Value::from(object_type));
    Value::Object(r)
}

/// `PROJECT.id` names an object of another project; `id` one of this
/// project (dataikuapi's `AnyLoc.from_ref`: the text before the first dot
/// and up to the second).
pub(crate) fn split_ref<'r>(context_project: &'r str, r: &'r str) -> (&'r str, &'r str) {
    match r.split_once('.') {
        Some((project, rest)) => (project, rest.split('.').next().unwrap_or(rest)),
        None => (context_project, r),
    }
}

fn decode_error(endpoint: &'static Endpoint, what: String) -> Error {
    Error::Decode {
        at: None,
        endpoint,
        source: <serde_json::Error as serde::de::Error>::custom(what),
    }
}

impl DssProjectFlow {
    /// Reads every zone of the flow (`GET /projects/{project_key}/flow/zones`),
    /// each as DSS describes it. A zone without an `id` is [`Error::Decode`].
    pub fn list_zones(&self) -> Pending<'_, Vec<DssFlowZone>> {
        Pending::new(
            &crate::api::generated::endpoints::PROJECT_FLOW_LIST_ZONES,
            move |opts| self.zones_with(opts),
        )
    }

    fn zones_with(&self, settings: &RequestOptions) -> Result<Vec<DssFlowZone>> {
        let zones = timed!(self.list_zone_documents(), settings).send()?;
        zones
            .into_iter()
            .map(|zone| {
                let id = zone
                    .get("id")
                    .and_then(Value::as_str)
                    .map(str::to_owned)
                    .ok_or_else(|| {
                        decode_error(
                            &crate::api::generated::endpoints::PROJECT_FLOW_LIST_ZONES,
                            "a zone of the flow has no `id`".into(),
                        )
                    })?;
                Ok(DssFlowZone {
                    client: self.client.clone(),
                    project_key: self.project_key.clone(),
                    id,
                    document: Document::new(zone),
                })
            })
            .collect()
    }

    /// The zone holding an object of the flow (dataikuapi's
    /// `get_zone_of_object`, sending the same requests): reads every zone
    /// (`list_zones`) and takes the first whose `items` hold the object,
    /// else reads the default zone (`get_default_zone`).
    ///
    /// The object is its type (`DATASET`, `MANAGED_FOLDER`, `RECIPE`, ...;
    /// see [`add_item`](DssFlowZone::add_item)), its id, and its project
    /// when it is not the flow's (dataikuapi takes the object itself). An
    /// item matches when it names the same members with the same values,
    /// in any order (dataikuapi compares their JSON text).
    pub fn get_zone_of_object(
        &self,
        object_type: &str,
        object_id: &str,
        object_project_key: Option<&str>,
    ) -> Pending<'_, DssFlowZone> {
        let wanted = smart_ref(&self.project_key, object_type, object_id, object_project_key);
        Pending::new(
            &crate::api::generated::endpoints::PROJECT_FLOW_GET_ZONE_OF_OBJECT,
            move |opts| self.zone_holding(&wanted, opts),
        )
    }

    /// The zone whose items hold `wanted`, else the default zone.
    fn zone_holding(&self, wanted: &Value, settings: &RequestOptions) -> Result<DssFlowZone> {
        for zone in self.zones_with(settings)? {
            let holds = zone
                .document
                .get("items")
                .and_then(Value::as_array)
                .is_some_and(|items| items.contains(wanted));
            if holds {
                return Ok(zone);
            }
        }
        timed!(self.get_default_zone(), settings).send()
    }

    /// Replaces an input by another in every recipe of the flow that reads
    /// it (dataikuapi's `replace_input_computable`, sending the same
    /// requests); `send` returns the recipes changed.
    ///
    /// `new_ref` may name an object of another project (`PROJECT.name`):
    /// that project's settings are read and saved first, exposing the
    /// object to this project (as an object of type `type`, `DATASET` by
    /// default). Then the recipes are listed, and each one reading
    /// `current_ref` is read, changed
    /// ([`DssRecipeSettings::replace_input`](crate::DssRecipeSettings::replace_input))
    /// and saved.
    pub fn replace_input_computable(
        &self,
        current_ref: impl Into<String>,
        new_ref: impl Into<String>,
    ) -> FlowReplaceInputComputable<'_> {
        FlowReplaceInputComputable {
            flow: self,
            current_ref: current_ref.into(),
            new_ref: new_ref.into(),
            object_type: "DATASET".to_owned(),
            settings: RequestOptions::for_method(
                &crate::api::generated::endpoints::PROJECT_FLOW_REPLACE_INPUT_COMPUTABLE,
            ),
        }
    }

    /// Starts generating the documentation of the flow (dataikuapi's
    /// `generate_documentation`): from DSS's default template, or, with
    /// both [`folder_id`](FlowGenerateDocumentation::folder_id) and
    /// [`path`](FlowGenerateDocumentation::path), from a template file of
    /// a managed folder; `send` returns the task, whose result names the
    /// document (`exportId`) for `download_documentation_stream`.
    pub fn generate_documentation(&self) -> FlowGenerateDocumentation<'_> {
        FlowGenerateDocumentation {
            flow: self,
            folder_id: None,
            path: None,
            settings: RequestOptions::for_method(
                &crate::api::generated::endpoints::PROJECT_FLOW_GENERATE_DOCUMENTATION,
            ),
        }
    }

    /// A schema propagation from a dataset (`PROJECT.name` for one of
    /// another project), with dataikuapi's options (rebuild on, nothing
    /// excluded), to set up then [`start`](DssSchemaPropagationRunBuilder::start).
    /// No request.
    pub fn new_schema_propagation(&self, dataset_name: &str) -> DssSchemaPropagationRunBuilder {
        DssSchemaPropagationRunBuilder {
            flow: self.clone(),
            dataset_name: dataset_name.to_owned(),
            by_type: Map::new(),
            by_name: Map::new(),
            default_partitions: Map::new(),
            partitions_by_computable: Map::new(),
            excluded_recipes: Vec::new(),
            ok_recipes: Vec::new(),
            auto_rebuild: true,
        }
    }
}

/// Request value of [`DssProjectFlow::replace_input_computable`]: set
/// optional arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct FlowReplaceInputComputable<'a> {
    flow: &'a DssProjectFlow,
    current_ref: String,
    new_ref: String,
    object_type: String,
    settings: RequestOptions,
}

// Each of its requests gets these settings.
options_setters!(FlowReplaceInputComputable<'a>, settings);

impl FlowReplaceInputComputable<'_> {
    /// The type of the new input, as it is exposed when it is in another
    /// project (dataikuapi's `type`, default `DATASET`).
    pub fn r#type(mut self, object_type: impl Into<String>) -> Self {
        self.object_type = object_type.into();
        self
    }

    /// Exposes the new input when needed, then replaces the input in each
    /// recipe reading it; returns the recipes changed.
    pub fn send(self) -> Result<Vec<crate::DssRecipe>> {
        let flow = self.flow;
        let client = &flow.client;
        let (new_project, new_id) = split_ref(&flow.project_key, &self.new_ref);
        if new_project != flow.project_key {
            let source = client.get_project(new_project);
            let mut project_settings = timed!(source.get_settings(), &self.settings).send()?;
            project_settings.add_exposed_object(&self.object_type, new_id, &flow.project_key);
            timed!(project_settings.save(), &self.settings).send()?;
        }
        let project = client.get_project(&flow.project_key);
        let recipes: Vec<Value> = timed!(project.list_recipes(), &self.settings).send_as()?;
        let mut changed = Vec::new();
        for item in &recipes {
            let Some(name) = item.get("name").and_then(Value::as_str) else {
                continue;
            };
            if !reads(item, &self.current_ref) {
                continue;
            }
            let recipe = project.get_recipe(name);
            let mut recipe_settings = timed!(recipe.get_settings(), &self.settings).send()?;
            recipe_settings.replace_input(&self.current_ref, &self.new_ref);
            timed!(recipe_settings.save(), &self.settings).send()?;
            changed.push(recipe);
        }
        Ok(changed)
    }
}

/// Whether a recipe, as listed, reads `input_ref` in any role.
fn reads(recipe: &Value, input_ref: &str) -> bool {
    recipe.get("inputs").and_then(Value::as_object).is_some_and(|roles| {
        roles.values().any(|role| {
            role.get("items").and_then(Value::as_array).is_some_and(|items| {
                items
                    .iter()
                    .any(|i| i.get("ref").and_then(Value::as_str) == Some(input_ref))
            })
        })
    })
}

/// Request value of [`DssProjectFlow::generate_documentation`]: set
/// optional arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct FlowGenerateDocumentation<'a> {
    flow: &'a DssProjectFlow,
    folder_id: Option<String>,
    path: Option<String>,
    settings: RequestOptions,
}

// Its request gets these settings.
options_setters!(FlowGenerateDocumentation<'a>, settings);

impl FlowGenerateDocumentation<'_> {
    /// The managed folder holding the template (with `path`; unset by
    /// default: DSS's default template).
    pub fn folder_id(mut self, folder_id: impl Into<String>) -> Self {
        self.folder_id = Some(folder_id.into());
        self
    }

    /// The path of the template (a `.docx` file) in the folder (with
    /// `folder_id`; unset by default).
    pub fn path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Starts the generation and returns its task. A folder without a path,
    /// or a path without a folder, is [`Error::InvalidArgument`], and
    /// nothing is sent (as dataikuapi, an empty one counts as none there).
    pub fn send(self) -> Result<DssFuture> {
        let given = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.is_empty());
        if given(&self.folder_id) != given(&self.path) {
            return Err(Error::InvalidArgument {
                name: "folder_id",
                reason: "a template in a folder needs both the folder's id and the template's path".into(),
            });
        }
        match (self.folder_id, self.path) {
            (None, None) => timed!(self.flow.generate_documentation_from_default_template(), &self.settings).send(),
            (folder_id, path) => {
                let request = self.flow.generate_documentation_from_folder_template(
                    folder_id.unwrap_or_default(),
                    path.unwrap_or_default(),
                );
                timed!(request, &self.settings).send()
            }
        }
    }
}

/// A schema propagation being set up (dataikuapi's
/// `DSSSchemaPropagationRunBuilder`), from
/// [`DssProjectFlow::new_schema_propagation`]: set the options, then
/// [`start`](Self::start) it. The options are sent as dataikuapi builds
/// them ([`settings`](Self::settings)).
#[derive(Debug, Clone)]
#[must_use = "a schema propagation does nothing until it is started"]
pub struct DssSchemaPropagationRunBuilder {
    flow: DssProjectFlow,
    dataset_name: String,
    by_type: Map<String, Value>,
    by_name: Map<String, Value>,
    default_partitions: Map<String, Value>,
    partitions_by_computable: Map<String, Value>,
    excluded_recipes: Vec<String>,
    ok_recipes: Vec<String>,
    auto_rebuild: bool,
}

impl DssSchemaPropagationRunBuilder {
    /// The options as they will be sent (`recipeUpdateOptions`,
    /// `defaultPartitionValuesByDimension`, `partitionsByComputable`,
    /// `excludedRecipes`, `markAsOkRecipes`, `autoRebuild`).
    pub fn settings(&self) -> Value {
        let mut update_options = Map::new();
        update_options.insert("byType".into(), Value::Object(self.by_type.clone()));
        update_options.insert("byName".into(), Value::Object(self.by_name.clone()));
        let mut settings = Map::new();
        settings.insert("recipeUpdateOptions".into(), Value::Object(update_options));
        settings.insert(
            "defaultPartitionValuesByDimension".into(),
            Value::Object(self.default_partitions.clone()),
        );
        settings.insert(
            "partitionsByComputable".into(),
            Value::Object(self.partitions_by_computable.clone()),
        );
        settings.insert("excludedRecipes".into(), self.excluded_recipes.clone().into());
        settings.insert("markAsOkRecipes".into(), self.ok_recipes.clone().into());
        settings.insert("autoRebuild".into(), Value::Bool(self.auto_rebuild));
        Value::Object(settings)
    }

    /// Whether to rebuild the datasets whose schema changes (default `true`).
    pub fn set_auto_rebuild(&mut self, auto_rebuild: bool) -> &mut Self {
        self.auto_rebuild = auto_rebuild;
        self
    }

    /// The partition value of a dimension to use where DSS needs one.
    pub fn set_default_partitioning_value(&mut self, dimension: &str, value: &str) -> &mut Self {
        self.default_partitions.insert(dimension.into(), value.into());
        self
    }

    /// The partition to use for one dataset or folder (by its full id,
    /// `PROJECT.name`).
    pub fn set_partition_for_computable(&mut self, full_id: &str, partition: &str) -> &mut Self {
        self.partitions_by_computable.insert(full_id.into(), partition.into());
        self
    }

    /// Stops the propagation at a recipe (it is not updated).
    pub fn stop_at(&mut self, recipe_name: &str) -> &mut Self {
        self.excluded_recipes.push(recipe_name.to_owned());
        self
    }

    /// Marks a recipe as needing no update.
    pub fn mark_recipe_as_ok(&mut self, name: &str) -> &mut Self {
        self.ok_recipes.push(name.to_owned());
        self
    }

    /// Sets the update options of every recipe of a type (`recipe` `None`)
    /// or of the recipe named.
    fn update_options(&mut self, recipe_type: &str, recipe: Option<&str>, options: Map<String, Value>) -> &mut Self {
        match recipe {
            None => self.by_type.insert(recipe_type.into(), Value::Object(options)),
            Some(name) => self.by_name.insert(name.into(), Value::Object(options)),
        };
        self
    }

    /// How grouping recipes are updated: every one (`recipe` `None`) or
    /// the one named. dataikuapi's defaults: remove missing aggregates and
    /// keys, no new aggregates (`{}`).
    pub fn set_grouping_update_options(
        &mut self,
        recipe: Option<&str>,
        remove_missing_aggregates: bool,
        remove_missing_keys: bool,
        new_aggregates: Value,
    ) -> &mut Self {
        let mut o = Map::new();
        o.insert("removeMissingAggregates".into(), remove_missing_aggregates.into());
        o.insert("removeMissingKeys".into(), remove_missing_keys.into());
        o.insert("newAggregates".into(), new_aggregates);
        self.update_options("grouping", recipe, o)
    }

    /// How window recipes are updated: every one (`recipe` `None`) or the
    /// one named. dataikuapi's defaults: remove missing aggregates and
    /// window columns, no new aggregates (`{}`).
    pub fn set_window_update_options(
        &mut self,
        recipe: Option<&str>,
        remove_missing_aggregates: bool,
        remove_missing_in_window: bool,
        new_aggregates: Value,
    ) -> &mut Self {
        let mut o = Map::new();
        o.insert("removeMissingAggregates".into(), remove_missing_aggregates.into());
        o.insert("removeMissingInWindow".into(), remove_missing_in_window.into());
        o.insert("newAggregates".into(), new_aggregates);
        self.update_options("window", recipe, o)
    }

    /// How join recipes are updated: every one (`recipe` `None`) or the one
    /// named. dataikuapi's defaults: remove missing join conditions and
    /// values, no new selected columns (`{}`).
    pub fn set_join_update_options(
        &mut self,
        recipe: Option<&str>,
        remove_missing_join_conditions: bool,
        remove_missing_join_values: bool,
        new_selected_columns: Value,
    ) -> &mut Self {
        let mut o = Map::new();
        o.insert(
            "removeMissingJoinConditions".into(),
            remove_missing_join_conditions.into(),
        );
        o.insert("removeMissingJoinValues".into(), remove_missing_join_values.into());
        o.insert("newSelectedColumns".into(), new_selected_columns);
        self.update_options("join", recipe, o)
    }

    /// Starts the propagation
    /// (`POST /projects/{project_key}/flow/tools/propagate-schema/`) and
    /// returns its task.
    pub fn start(&self) -> Result<DssFuture> {
        let (project_key, id) = split_ref(&self.flow.project_key, &self.dataset_name);
        let mut source = Map::new();
        source.insert("projectKey".into(), project_key.into());
        source.insert("id".into(), id.into());
        self.flow
            .start_schema_propagation(self.settings(), Value::Array(vec![Value::Object(source)]))
            .send()
    }
}

impl DssFlowZone {
    /// The zone's settings, its name and color, to change and
    /// [`save`](DssFlowZoneSettings::save): the zone as last read (no
    /// request).
    pub fn get_settings(&self) -> DssFlowZoneSettings {
        DssFlowZoneSettings {
            client: self.client.clone(),
            project_key: self.project_key.clone(),
            id: self.id.clone(),
            document: self.document.clone(),
        }
    }
}

impl DssDataset {
    /// The zone holding the dataset (dataikuapi's `get_zone`): see
    /// [`DssProjectFlow::get_zone_of_object`].
    pub fn get_zone(&self) -> Pending<'_, DssFlowZone> {
        Pending::new(&crate::api::generated::endpoints::DATASET_GET_ZONE, move |opts| {
            let flow = self.client.get_project(&self.project_key).get_flow();
            timed!(flow.get_zone_of_object("DATASET", &self.dataset_name, None), opts).send()
        })
    }
}

impl DssManagedFolder {
    /// The zone holding the folder (dataikuapi's `get_zone`): see
    /// [`DssProjectFlow::get_zone_of_object`].
    pub fn get_zone(&self) -> Pending<'_, DssFlowZone> {
        Pending::new(
            &crate::api::generated::endpoints::MANAGED_FOLDER_GET_ZONE,
            move |opts| {
                let flow = self.client.get_project(&self.project_key).get_flow();
                timed!(flow.get_zone_of_object("MANAGED_FOLDER", &self.odb_id, None), opts).send()
            },
        )
    }
}

impl DssStreamingEndpoint {
    /// The zone holding the streaming endpoint (dataikuapi's `get_zone`):
    /// see [`DssProjectFlow::get_zone_of_object`].
    pub fn get_zone(&self) -> Pending<'_, DssFlowZone> {
        Pending::new(
            &crate::api::generated::endpoints::STREAMING_ENDPOINT_GET_ZONE,
            move |opts| {
                let flow = self.client.get_project(&self.project_key).get_flow();
                timed!(
                    flow.get_zone_of_object("STREAMING_ENDPOINT", &self.streaming_endpoint_name, None),
                    opts
                )
                .send()
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn refs_split_like_dataikuapi() {
        assert_eq!(split_ref("P", "ds"), ("P", "ds"));
        assert_eq!(split_ref("P", "Q.ds"), ("Q", "ds"));
        assert_eq!(split_ref("P", "Q.ds.x"), ("Q", "ds"));
    }

    #[test]
    fn smart_refs_name_other_projects_only() {
        assert_eq!(
            smart_ref("P", "DATASET", "ds", None),
            json!({"objectId": "ds", "objectType": "DATASET"})
        );
        assert_eq!(
            smart_ref("P", "DATASET", "ds", Some("P")),
            json!({"objectId": "ds", "objectType": "DATASET"})
        );
        assert_eq!(
            smart_ref("P", "RECIPE", "r", Some("Q")),
            json!({"projectKey": "Q", "objectId": "r", "objectType": "RECIPE"})
        );
    }
}
