//! Recipe settings: the hand-written local methods of
//! [`DssRecipeSettings`] (its inputs and outputs, its JSON payload, the
//! code environment of a code recipe), over the document it holds.
//!
//! DSS sends a recipe as `{"recipe": {..}, "payload": ".."}`: the payload
//! is text, a code recipe's code or the JSON of a visual recipe's settings.

use serde_json::{json, Value};

use crate::api::handles::DssRecipeSettings;
use crate::rt::{Document, Error, Result};

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
    /// there is no payload).
    fn parsed_payload(&self) -> Result<Document> {
        match self.document.get("payload") {
            None | Some(Value::Null) => Ok(Document::new(Value::Null)),
            Some(Value::String(text)) => serde_json::from_str(text).map_err(|source| Error::Decode {
                endpoint: &crate::api::generated::endpoints::RECIPE_SETTINGS_GET_JSON_PAYLOAD,
                source,
            }),
            Some(other) => Ok(Document::new(other.clone())),
        }
    }

    /// The payload of a visual recipe parsed from its JSON text; what is
    /// not changed in it is written back as it was read by
    /// [`set_json_payload`](Self::set_json_payload). `null` when there is
    /// no payload; [`Error::Decode`](crate::Error::Decode) for a payload
    /// that is not JSON (a code recipe's).
    pub fn get_json_payload(&self) -> Result<Document> {
        self.parsed_payload()
    }

    /// The payload of a visual recipe, parsed (as
    /// [`get_json_payload`](Self::get_json_payload)).
    pub fn obj_payload(&self) -> Result<Document> {
        self.parsed_payload()
    }

    /// Sets the payload to this JSON as text: a document from
    /// [`get_json_payload`](Self::get_json_payload) writes what was not
    /// changed as it was read and the rest compactly, a value is written
    /// compactly. (dataikuapi writes the whole payload anew, with spaces
    /// after `,` and `:`; DSS reads both alike.)
    pub fn set_json_payload(&mut self, payload: impl Into<Document>) -> &mut DssRecipeSettings {
        self.document.set("payload", payload.into().to_text());
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
