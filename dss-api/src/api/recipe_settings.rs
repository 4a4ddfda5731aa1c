//! Recipe settings: the hand-written local methods of
//! [`DssRecipeSettings`] (its inputs and outputs, its JSON payload, the
//! code environment of a code recipe), over the document it holds.
//!
//! DSS sends a recipe as `{"recipe": {..}, "payload": ".."}`: the payload
//! is text, a code recipe's code or the JSON of a visual recipe's settings.

use serde_json::{json, Map, Value};

use crate::api::generated::endpoints as ep;
use crate::api::handles::DssRecipeSettings;
use crate::api::settings::python_json_dumps;
use crate::rt::{Document, Endpoint, Error, Result};

/// The items of every role of a map of roles (`recipe.inputs`,
/// `recipe.outputs`), in order.
fn role_items(roles: Option<&Value>) -> impl Iterator<Item = &Value> {
    roles
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|roles| roles.values())
        .filter_map(|role| role.get("items").and_then(Value::as_array))
        .flatten()
}

/// The `ref` of an item of a role.
fn item_ref(item: &Value) -> Option<&str> {
    item.get("ref").and_then(Value::as_str)
}

impl DssRecipeSettings {
    /// The payload parsed from its JSON text, keeping the text (`null` when
    /// there is no payload); a payload that is not JSON is an
    /// [`Error::Decode`] naming `endpoint`.
    fn parsed_payload(&self, endpoint: &'static Endpoint) -> Result<Document> {
        match self.document.get("payload") {
            None | Some(Value::Null) => Ok(Document::new(Value::Null)),
            Some(Value::String(text)) => serde_json::from_str(text).map_err(|source| Error::Decode {
                at: None,
                endpoint,
                source,
            }),
            Some(other) => Ok(Document::new(other.clone())),
        }
    }

    /// Changes the JSON payload of a visual recipe (an object; none is
    /// taken as `{}`) and writes it back as dataikuapi does.
    fn edit_payload<T>(
        &mut self,
        endpoint: &'static Endpoint,
        edit: impl FnOnce(&mut Map<String, Value>) -> T,
    ) -> Result<T> {
        let mut payload = self.parsed_payload(endpoint)?;
        if payload.raw().is_null() {
            *payload.raw_mut() = Value::Object(Map::new());
        }
        let Value::Object(map) = payload.raw_mut() else {
            return Err(Error::Decode {
                at: None,
                endpoint,
                source: <serde_json::Error as serde::de::Error>::custom("the recipe's payload is not a JSON object"),
            });
        };
        let out = edit(map);
        self.set_json_payload(payload);
        Ok(out)
    }

    /// The payload of a visual recipe parsed from its JSON text; what is
    /// not changed in it is written back as it was read by
    /// [`set_json_payload`](Self::set_json_payload). `null` when there is
    /// no payload; [`Error::Decode`](crate::Error::Decode) for a payload
    /// that is not JSON (a code recipe's).
    pub fn get_json_payload(&self) -> Result<Document> {
        self.parsed_payload(&ep::RECIPE_SETTINGS_GET_JSON_PAYLOAD)
    }

    /// The payload of a visual recipe, parsed (as
    /// [`get_json_payload`](Self::get_json_payload)).
    pub fn obj_payload(&self) -> Result<Document> {
        self.parsed_payload(&ep::RECIPE_SETTINGS_OBJ_PAYLOAD)
    }

    /// Sets the payload to this JSON as text, written as dataikuapi writes
    /// it (Python's `json.dumps`: `", "` and `": "` between items, strings
    /// in ASCII, floats as Python writes them), members in their order: a
    /// document from [`get_json_payload`](Self::get_json_payload) keeps the
    /// order it was read in, new members after (a
    /// `serde_json::Value` orders its members by name).
    pub fn set_json_payload(&mut self, payload: impl Into<Document>) -> &mut DssRecipeSettings {
        let text = payload.into().to_text();
        let text = python_json_dumps(&text).unwrap_or(text);
        self.document.set("payload", text);
        self
    }

    /// Whether an item of a role of `recipe.inputs` has this `ref`.
    pub fn has_input(&self, input_ref: &str) -> bool {
        role_items(self.document.get("recipe.inputs")).any(|i| item_ref(i) == Some(input_ref))
    }

    /// Whether an item of a role of `recipe.outputs` has this `ref`.
    pub fn has_output(&self, output_ref: &str) -> bool {
        role_items(self.document.get("recipe.outputs")).any(|i| item_ref(i) == Some(output_ref))
    }

    /// Changes the `ref` of the items of `roles_path` that have `current`.
    fn replace_ref(&mut self, roles_path: &str, current: &str, new: &str) -> &mut DssRecipeSettings {
        let has = role_items(self.document.get(roles_path)).any(|i| item_ref(i) == Some(current));
        if !has {
            return self;
        }
        let Some(roles) = self.document.object_mut(roles_path) else {
            return self;
        };
        let items = roles
            .values_mut()
            .filter_map(|role| role.get_mut("items").and_then(Value::as_array_mut))
            .flatten();
        for item in items.filter_map(Value::as_object_mut) {
            if item.get("ref").and_then(Value::as_str) == Some(current) {
                item.insert("ref".to_owned(), Value::from(new));
            }
        }
        self
    }

    /// Changes the `ref` of every input item that has `current_input_ref`
    /// to `new_input_ref`.
    pub fn replace_input(&mut self, current_input_ref: &str, new_input_ref: &str) -> &mut DssRecipeSettings {
        self.replace_ref("recipe.inputs", current_input_ref, new_input_ref)
    }

    /// Changes the `ref` of every output item that has `current_output_ref`
    /// to `new_output_ref`.
    pub fn replace_output(&mut self, current_output_ref: &str, new_output_ref: &str) -> &mut DssRecipeSettings {
        self.replace_ref("recipe.outputs", current_output_ref, new_output_ref)
    }

    /// Pushes `item` to the items of a role of `roles_path` (the role made,
    /// `{"items": []}`, when missing).
    fn add_to_role(&mut self, roles_path: &str, role: &str, item: Value) -> &mut DssRecipeSettings {
        let Some(roles) = self.document.object_mut(roles_path) else {
            return self;
        };
        let role = roles.entry(role.to_owned()).or_insert_with(|| json!({"items": []}));
        if let Value::Object(role) = role {
            let items = role.entry("items").or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(items) = items {
                items.push(item);
            }
        }
        self
    }

    /// Adds `{"ref", "deps"}` to a role of `recipe.inputs` (`deps` an empty
    /// list when `None`).
    pub fn add_input(&mut self, role: &str, r#ref: &str, partition_deps: Option<Value>) -> &mut DssRecipeSettings {
        let deps = partition_deps.unwrap_or_else(|| Value::Array(Vec::new()));
        self.add_to_role("recipe.inputs", role, json!({"ref": r#ref, "deps": deps}))
    }

    /// Adds `{"ref", "appendMode"}` to a role of `recipe.outputs`.
    pub fn add_output(&mut self, role: &str, r#ref: &str, append_mode: bool) -> &mut DssRecipeSettings {
        self.add_to_role("recipe.outputs", role, json!({"ref": r#ref, "appendMode": append_mode}))
    }

    /// The `ref` of every item of every role of `recipe.inputs`.
    pub fn get_flat_input_refs(&self) -> Vec<&str> {
        role_items(self.document.get("recipe.inputs"))
            .filter_map(item_ref)
            .collect()
    }

    /// The `ref` of every item of every role of `recipe.outputs`.
    pub fn get_flat_output_refs(&self) -> Vec<&str> {
        role_items(self.document.get("recipe.outputs"))
            .filter_map(item_ref)
            .collect()
    }

    /// Sets `recipe.params.envSelection`: `{"envMode": "EXPLICIT_ENV",
    /// "envName"}` for a code environment, else `{"envMode": "INHERIT"}`
    /// with `inherit`, else `{"envMode": "USE_BUILTIN_MODE"}` with
    /// `use_builtin`. [`Error::InvalidArgument`](crate::Error::InvalidArgument)
    /// when the recipe has no `envSelection` (it does not choose a code
    /// environment) or none of the three is given, as dataikuapi raises.
    pub fn set_code_env(
        &mut self,
        code_env: Option<&str>,
        inherit: bool,
        use_builtin: bool,
    ) -> Result<&mut DssRecipeSettings> {
        if self.document.get("recipe.params.envSelection").is_none() {
            return Err(Error::InvalidArgument {
                name: "code_env",
                reason: "this kind of recipe does not choose a code environment".into(),
            });
        }
        let selection = match (code_env, inherit, use_builtin) {
            (Some(name), _, _) => json!({"envMode": "EXPLICIT_ENV", "envName": name}),
            (None, true, _) => json!({"envMode": "INHERIT"}),
            (None, false, true) => json!({"envMode": "USE_BUILTIN_MODE"}),
            (None, false, false) => {
                return Err(Error::InvalidArgument {
                    name: "code_env",
                    reason: "give a code env, `inherit` or `use_builtin`".into(),
                })
            }
        };
        if let Some(params) = self.document.object_mut("recipe.params") {
            params.insert("envSelection".to_owned(), selection);
        }
        Ok(self)
    }
}

/// The list member `name` of a payload, made an empty list when missing or
/// not a list.
fn list<'a>(payload: &'a mut Map<String, Value>, name: &str) -> Option<&'a mut Vec<Value>> {
    let member = payload
        .entry(name.to_owned())
        .or_insert_with(|| Value::Array(Vec::new()));
    if !member.is_array() {
        *member = Value::Array(Vec::new());
    }
    member.as_array_mut()
}

/// Pushes `item` to the list member `name` of a payload.
fn push(payload: &mut Map<String, Value>, name: &str, item: Value) {
    if let Some(items) = list(payload, name) {
        items.push(item);
    }
}

/// The aggregations [`DssRecipeSettings::set_column_aggregations`] sets on
/// a column of a grouping recipe (dataikuapi's arguments of
/// `set_column_aggregations`, each `false` by default, and the column's
/// type left as it is unless given).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnAggregations {
    /// The column's type, when set.
    pub r#type: Option<String>,
    /// Minimum.
    pub min: bool,
    /// Maximum.
    pub max: bool,
    /// Count of values.
    pub count: bool,
    /// Count of distinct values.
    pub count_distinct: bool,
    /// Sum.
    pub sum: bool,
    /// Concatenation.
    pub concat: bool,
    /// Standard deviation.
    pub stddev: bool,
    /// Average.
    pub avg: bool,
    /// Most frequent value.
    pub mode: bool,
}

/// The methods of dataikuapi's settings classes of visual recipes
/// (`GroupingRecipeSettings`, `UpsertRecipeSettings`, `SortRecipeSettings`,
/// `PrepareRecipeSettings`, `EmbedDatasetRecipeSettings`): each reads or
/// changes the JSON payload, and a change writes it back as dataikuapi's
/// `save` writes it. A payload that is not a JSON object is an
/// [`Error::Decode`].
impl DssRecipeSettings {
    /// Grouping: removes every grouping key (`keys` empty).
    pub fn clear_grouping_keys(&mut self) -> Result<&mut DssRecipeSettings> {
        self.edit_payload(&ep::RECIPE_SETTINGS_CLEAR_GROUPING_KEYS, |p| {
            p.insert("keys".into(), json!([]));
        })?;
        Ok(self)
    }

    /// Grouping: adds `{"column"}` to the grouping keys (`keys`).
    pub fn add_grouping_key(&mut self, column: &str) -> Result<&mut DssRecipeSettings> {
        self.edit_payload(&ep::RECIPE_SETTINGS_ADD_GROUPING_KEY, |p| {
            push(p, "keys", json!({"column": column}));
        })?;
        Ok(self)
    }

    /// Grouping: counts the records of each group, or not (`globalCount`).
    pub fn set_global_count_enabled(&mut self, enabled: bool) -> Result<&mut DssRecipeSettings> {
        self.edit_payload(&ep::RECIPE_SETTINGS_SET_GLOBAL_COUNT_ENABLED, |p| {
            p.insert("globalCount".into(), Value::Bool(enabled));
        })?;
        Ok(self)
    }

    /// The aggregations of a column (its item of `values`), made
    /// (`{"column"}`) when it has none.
    fn column_settings<'a>(payload: &'a mut Map<String, Value>, column: &str) -> Option<&'a mut Map<String, Value>> {
        let values = list(payload, "values")?;
        let found = values
            .iter()
            .position(|v| v.get("column").and_then(Value::as_str) == Some(column));
        let index = found.unwrap_or_else(|| {
            values.push(json!({"column": column}));
            values.len() - 1
        });
        values.get_mut(index).and_then(Value::as_object_mut)
    }

    /// Grouping: the aggregations of a column (its item of `values`), made
    /// (`{"column"}`) when it has none; change them through
    /// [`set_column_aggregations`](Self::set_column_aggregations) or the
    /// payload.
    pub fn get_or_create_column_settings(&mut self, column: &str) -> Result<Value> {
        self.edit_payload(&ep::RECIPE_SETTINGS_GET_OR_CREATE_COLUMN_SETTINGS, |p| {
            Self::column_settings(p, column).map_or(Value::Null, |c| Value::Object(c.clone()))
        })
    }

    /// Grouping: sets the basic aggregations of a column (made when it has
    /// none): `type` when given, and each of `min`, `max`, `count`,
    /// `countDistinct`, `sum`, `concat`, `stddev`, `avg`, `mode`. Returns
    /// the column's aggregations.
    pub fn set_column_aggregations(&mut self, column: &str, aggregations: &ColumnAggregations) -> Result<Value> {
        self.edit_payload(&ep::RECIPE_SETTINGS_SET_COLUMN_AGGREGATIONS, |p| {
            let Some(c) = Self::column_settings(p, column) else {
                return Value::Null;
            };
            let a = aggregations;
            if let Some(t) = &a.r#type {
                c.insert("type".into(), Value::from(t.as_str()));
            }
            for (name, on) in [
                ("min", a.min),
                ("max", a.max),
                ("count", a.count),
                ("countDistinct", a.count_distinct),
                ("sum", a.sum),
                ("concat", a.concat),
                ("stddev", a.stddev),
                ("avg", a.avg),
                ("mode", a.mode),
            ] {
                c.insert(name.into(), Value::Bool(on));
            }
            Value::Object(c.clone())
        })
    }

    /// Upsert: removes every upsert key (`keys` empty).
    pub fn clear_upsert_keys(&mut self) -> Result<&mut DssRecipeSettings> {
        self.edit_payload(&ep::RECIPE_SETTINGS_CLEAR_UPSERT_KEYS, |p| {
            p.insert("keys".into(), json!([]));
        })?;
        Ok(self)
    }

    /// Upsert: adds `{"column"}` to the upsert keys (`keys`).
    pub fn add_upsert_key(&mut self, column: &str) -> Result<&mut DssRecipeSettings> {
        self.edit_payload(&ep::RECIPE_SETTINGS_ADD_UPSERT_KEY, |p| {
            push(p, "keys", json!({"column": column}));
        })?;
        Ok(self)
    }

    /// Upsert: adds a column computed on the input (`computedColumns`):
    /// `{"mode": "GREL"|"SQL", "name", "type", "expr"}`.
    pub fn add_computed_column(&mut self, computed_column: Value) -> Result<&mut DssRecipeSettings> {
        self.edit_payload(&ep::RECIPE_SETTINGS_ADD_COMPUTED_COLUMN, |p| {
            push(p, "computedColumns", computed_column);
        })?;
        Ok(self)
    }

    /// A member of the JSON payload.
    fn payload_member(&self, endpoint: &'static Endpoint, name: &str) -> Result<Option<Value>> {
        let payload = self.parsed_payload(endpoint)?;
        Ok(payload.raw().get(name).cloned())
    }

    /// Sets a member of the JSON payload.
    fn set_payload_member(
        &mut self,
        endpoint: &'static Endpoint,
        name: &str,
        value: Value,
    ) -> Result<&mut DssRecipeSettings> {
        self.edit_payload(endpoint, |p| {
            p.insert(name.to_owned(), value);
        })?;
        Ok(self)
    }

    /// Sort: whether a row number column is added (`rowNumber`).
    pub fn row_number_column_enabled(&self) -> Result<Option<bool>> {
        let v = self.payload_member(&ep::RECIPE_SETTINGS_ROW_NUMBER_COLUMN_ENABLED, "rowNumber")?;
        Ok(v.as_ref().and_then(Value::as_bool))
    }

    /// Sort: adds a row number column, or not (`rowNumber`).
    pub fn set_row_number_column_enabled(&mut self, enabled: bool) -> Result<&mut DssRecipeSettings> {
        self.set_payload_member(
            &ep::RECIPE_SETTINGS_SET_ROW_NUMBER_COLUMN_ENABLED,
            "rowNumber",
            Value::Bool(enabled),
        )
    }

    /// Sort: whether a rank column is added (`rank`).
    pub fn rank_column_enabled(&self) -> Result<Option<bool>> {
        let v = self.payload_member(&ep::RECIPE_SETTINGS_RANK_COLUMN_ENABLED, "rank")?;
        Ok(v.as_ref().and_then(Value::as_bool))
    }

    /// Sort: adds a rank column, or not (`rank`).
    pub fn set_rank_column_enabled(&mut self, enabled: bool) -> Result<&mut DssRecipeSettings> {
        self.set_payload_member(
            &ep::RECIPE_SETTINGS_SET_RANK_COLUMN_ENABLED,
            "rank",
            Value::Bool(enabled),
        )
    }

    /// Sort: whether a dense rank column is added (`denseRank`).
    pub fn dense_rank_column_enabled(&self) -> Result<Option<bool>> {
        let v = self.payload_member(&ep::RECIPE_SETTINGS_DENSE_RANK_COLUMN_ENABLED, "denseRank")?;
        Ok(v.as_ref().and_then(Value::as_bool))
    }

    /// Sort: adds a dense rank column, or not (`denseRank`).
    pub fn set_dense_rank_column_enabled(&mut self, enabled: bool) -> Result<&mut DssRecipeSettings> {
        self.set_payload_member(
            &ep::RECIPE_SETTINGS_SET_DENSE_RANK_COLUMN_ENABLED,
            "denseRank",
            Value::Bool(enabled),
        )
    }

    /// Sort: removes every sorting key (`orders` empty).
    pub fn clear_sorting_keys(&mut self) -> Result<&mut DssRecipeSettings> {
        self.set_payload_member(&ep::RECIPE_SETTINGS_CLEAR_SORTING_KEYS, "orders", json!([]))
    }

    /// Sort: adds `{"column", "desc"}` to the sorting keys (`orders`;
    /// dataikuapi's default is ascending).
    pub fn add_sorting_key(&mut self, column: &str, ascending: bool) -> Result<&mut DssRecipeSettings> {
        self.edit_payload(&ep::RECIPE_SETTINGS_ADD_SORTING_KEY, |p| {
            push(p, "orders", json!({"column": column, "desc": !ascending}));
        })?;
        Ok(self)
    }

    /// Prepare: the steps of the script (`steps`: `metaType`, `type`,
    /// `params`, `disabled`, `name`); change them through the payload.
    pub fn raw_steps(&self) -> Result<Option<Value>> {
        self.payload_member(&ep::RECIPE_SETTINGS_RAW_STEPS, "steps")
    }

    /// Prepare: adds a processor step of a type with its parameters
    /// (`{"metaType": "PROCESSOR", "type", "params"}` in `steps`).
    pub fn add_processor_step(&mut self, r#type: &str, params: Value) -> Result<&mut DssRecipeSettings> {
        self.edit_payload(&ep::RECIPE_SETTINGS_ADD_PROCESSOR_STEP, |p| {
            push(
                p,
                "steps",
                json!({"metaType": "PROCESSOR", "type": r#type, "params": params}),
            );
        })?;
        Ok(self)
    }

    /// Embed dataset: the column whose text is embedded
    /// (`knowledgeColumn`).
    pub fn embedding_column(&self) -> Result<Option<Value>> {
        self.payload_member(&ep::RECIPE_SETTINGS_EMBEDDING_COLUMN, "knowledgeColumn")
    }

    /// Embed dataset: sets the column whose text is embedded.
    pub fn set_embedding_column(&mut self, column: &str) -> Result<&mut DssRecipeSettings> {
        self.set_payload_member(
            &ep::RECIPE_SETTINGS_SET_EMBEDDING_COLUMN,
            "knowledgeColumn",
            Value::from(column),
        )
    }

    /// Embed dataset: the most records embedded (`maxRecords`).
    pub fn max_records(&self) -> Result<Option<Value>> {
        self.payload_member(&ep::RECIPE_SETTINGS_MAX_RECORDS, "maxRecords")
    }

    /// Embed dataset: sets the most records embedded.
    pub fn set_max_records(&mut self, max_records: i64) -> Result<&mut DssRecipeSettings> {
        self.set_payload_member(
            &ep::RECIPE_SETTINGS_SET_MAX_RECORDS,
            "maxRecords",
            Value::from(max_records),
        )
    }
}
