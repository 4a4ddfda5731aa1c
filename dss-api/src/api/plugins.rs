//! Plugins: the parameter sets and presets of [`DssPluginSettings`] and
//! [`DssPluginProjectSettings`], read and changed in the document each
//! holds.
//!
//! A parameter set is described in `accessibleParameterSetDescs` (by
//! `id`), set up in `parameterSets` (by `name`; project-level settings
//! have none, its `type` is then the description's `elementType`), and its
//! presets are the items of `presets` of that `type`.

use std::borrow::Cow;

use serde_json::{json, Map, Value};

use crate::api::handles::{DssPluginProjectSettings, DssPluginSettings};
use crate::rt::{Document, Error, Result};

/// The items of the list at `path` (none when it is not a list).
fn items<'a>(doc: &'a Document, path: &str) -> &'a [Value] {
    doc.get(path)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// The text member `name` of an item (`""` when absent).
fn text<'a>(item: &'a Value, name: &str) -> &'a str {
    item.get(name).and_then(Value::as_str).unwrap_or_default()
}

/// The ids of the parameter sets the settings describe.
fn set_names(doc: &Document) -> Vec<&str> {
    items(doc, "accessibleParameterSetDescs")
        .iter()
        .map(|d| text(d, "id"))
        .collect()
}

/// The description and the settings of a parameter set (`None` when it is
/// not described); the settings are `{"type": elementType}` when the
/// settings have none of it.
fn description_and_settings<'a>(doc: &'a Document, name: &str) -> Option<(&'a Value, Cow<'a, Value>)> {
    let desc = items(doc, "accessibleParameterSetDescs")
        .iter()
        .rfind(|d| text(d, "id") == name)?;
    let settings = items(doc, "parameterSets")
        .iter()
        .rfind(|s| text(s, "name") == name)
        .map_or_else(
            || Cow::Owned(json!({"type": desc.get("elementType").cloned().unwrap_or(Value::Null)})),
            Cow::Borrowed,
        );
    Some((desc, settings))
}

/// A parameter set, read from the settings.
fn parameter_set<'a>(doc: &'a Document, name: &str) -> Option<PluginParameterSet<'a>> {
    let (desc, settings) = description_and_settings(doc, name)?;
    let kind = settings.get("type").cloned().unwrap_or(Value::Null);
    let presets = items(doc, "presets")
        .iter()
        .filter(|p| p.get("type") == Some(&kind))
        .collect();
    Some(PluginParameterSet {
        desc,
        settings,
        presets,
    })
}

/// A parameter set, to change in the settings.
fn parameter_set_mut<'a>(doc: &'a mut Document, name: &str) -> Option<PluginParameterSetMut<'a>> {
    let (desc, settings) = description_and_settings(doc, name)?;
    let desc = desc.clone();
    let kind = settings.get("type").cloned().unwrap_or(Value::Null);
    Some(PluginParameterSetMut {
        doc,
        name: name.to_owned(),
        desc,
        kind,
    })
}

/// The same local methods on both kinds of plugin settings.
macro_rules! parameter_set_methods {
    ($ty:ident) => {
        impl $ty {
            /// The ids of the parameter sets
            /// (`accessibleParameterSetDescs[].id`).
            pub fn list_parameter_set_names(&self) -> Vec<&str> {
                set_names(&self.document)
            }

            /// Every parameter set the settings describe, in their order.
            pub fn list_parameter_sets(&self) -> Vec<PluginParameterSet<'_>> {
                set_names(&self.document)
                    .into_iter()
                    .filter_map(|name| parameter_set(&self.document, name))
                    .collect()
            }

            /// The parameter set of this id, with its settings and
            /// presets; `None` when the settings do not describe it.
            pub fn get_parameter_set(&self, parameter_set_name: &str) -> Option<PluginParameterSet<'_>> {
                parameter_set(&self.document, parameter_set_name)
            }

            /// The parameter set of this id, to change; `None` when the
            /// settings do not describe it.
            pub fn get_parameter_set_mut(&mut self, parameter_set_name: &str) -> Option<PluginParameterSetMut<'_>> {
                parameter_set_mut(&mut self.document, parameter_set_name)
            }
        }
    };
}

parameter_set_methods!(DssPluginSettings);
parameter_set_methods!(DssPluginProjectSettings);

/// A parameter set of a plugin, read from its settings
/// ([`DssPluginSettings::get_parameter_set`]; dataikuapi's
/// `DSSPluginParameterSet` and `DSSPluginProjectParameterSet`).
#[derive(Debug, Clone)]
pub struct PluginParameterSet<'a> {
    desc: &'a Value,
    settings: Cow<'a, Value>,
    presets: Vec<&'a Value>,
}

impl<'a> PluginParameterSet<'a> {
    /// Its description: `id`, `elementType`, and its parameters in `desc`.
    pub fn desc(&self) -> &'a Value {
        self.desc
    }

    /// Its settings: who may define its presets, and where (not its
    /// presets).
    pub fn settings(&self) -> &Value {
        &self.settings
    }

    /// The names of its presets.
    pub fn list_preset_names(&self) -> Vec<&'a str> {
        self.presets.iter().map(|p| text(p, "name")).collect()
    }

    /// Its presets: `name`, `config` (a value per parameter),
    /// `pluginConfig`, permissions.
    pub fn list_presets(&self) -> &[&'a Value] {
        &self.presets
    }

    /// Its preset of this name, if any.
    pub fn get_preset(&self, preset_name: &str) -> Option<&'a Value> {
        self.presets.iter().copied().find(|p| text(p, "name") == preset_name)
    }

    /// Whether its presets may be defined in the forms of datasets,
    /// recipes, ... (`defaultPermission.definableInline`, `false` when
    /// unset).
    pub fn definable_inline(&self) -> bool {
        self.permission("definableInline")
    }

    /// Whether its presets may be defined in projects
    /// (`defaultPermission.definableAtProjectLevel`, `false` when unset).
    pub fn definable_at_project_level(&self) -> bool {
        self.permission("definableAtProjectLevel")
    }

    fn permission(&self, name: &str) -> bool {
        self.settings
            .get("defaultPermission")
            .and_then(|p| p.get(name))
            .and_then(Value::as_bool)
            .unwrap_or(false)
    }
}

/// A parameter set of a plugin, to change in its settings
/// ([`DssPluginSettings::get_parameter_set_mut`]): its permissions and
/// presets. Changes are made in the plugin's settings, which `save` sends.
#[derive(Debug)]
pub struct PluginParameterSetMut<'a> {
    doc: &'a mut Document,
    name: String,
    desc: Value,
    /// The `type` of its presets.
    kind: Value,
}

impl PluginParameterSetMut<'_> {
    /// The parameter set as it is now, to read.
    pub fn get(&self) -> Option<PluginParameterSet<'_>> {
        parameter_set(self.doc, &self.name)
    }

    /// Sets a member of `defaultPermission` of its item of
    /// `parameterSets`; nothing when the settings have no such item
    /// (project-level ones).
    fn set_permission(&mut self, name: &str, value: bool) -> &mut Self {
        let Some(sets) = self
            .doc
            .raw_mut()
            .get_mut("parameterSets")
            .and_then(Value::as_array_mut)
        else {
            return self;
        };
        let item = sets.iter_mut().rfind(|s| text(s, "name") == self.name);
        if let Some(Value::Object(item)) = item {
            let permission = item
                .entry("defaultPermission")
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(permission) = permission {
                permission.insert(name.to_owned(), Value::Bool(value));
            }
        }
        self
    }

    /// Lets its presets be defined in the forms of datasets, recipes, ...,
    /// or not.
    pub fn set_definable_inline(&mut self, definable: bool) -> &mut Self {
        self.set_permission("definableInline", definable)
    }

    /// Lets its presets be defined in projects, or not.
    pub fn set_definable_at_project_level(&mut self, definable: bool) -> &mut Self {
        self.set_permission("definableAtProjectLevel", definable)
    }

    /// Its preset of this name, to change (`config`, ...), if any.
    pub fn get_preset_mut(&mut self, preset_name: &str) -> Option<&mut Value> {
        let kind = &self.kind;
        self.doc
            .raw_mut()
            .get_mut("presets")
            .and_then(Value::as_array_mut)?
            .iter_mut()
            .find(|p| p.get("type") == Some(kind) && text(p, "name") == preset_name)
    }

    /// Adds a preset of this name (an error when it has one already):
    /// empty (`config`, `pluginConfig`, `defaultPermission` empty objects,
    /// no `permissions`), or with each parameter's default value when
    /// `with_defaults` (dataikuapi's default: without). Returns it, to fill
    /// in.
    pub fn create_preset(&mut self, preset_name: &str, with_defaults: bool) -> Result<&mut Value> {
        if self.get().is_some_and(|s| s.get_preset(preset_name).is_some()) {
            return Err(Error::InvalidArgument {
                name: "preset_name",
                reason: format!("parameter set `{}` has a preset `{preset_name}` already", self.name),
            });
        }
        let defaults = |params: &str| -> Map<String, Value> {
            if !with_defaults {
                return Map::new();
            }
            let params = self
                .desc
                .get("desc")
                .and_then(|d| d.get(params))
                .and_then(Value::as_array);
            params
                .map(Vec::as_slice)
                .unwrap_or_default()
                .iter()
                .filter_map(|p| {
                    let value = p.get("defaultValue").filter(|v| !v.is_null())?;
                    Some((text(p, "name").to_owned(), value.clone()))
                })
                .collect()
        };
        let preset = json!({
            "name": preset_name,
            "type": self.kind,
            "config": defaults("params"),
            "pluginConfig": defaults("pluginParams"),
            "defaultPermission": {},
            "permissions": [],
        });
        crate::api::settings::push_to(self.doc, "presets", preset);
        self.get_preset_mut(preset_name).ok_or_else(|| Error::InvalidArgument {
            name: "preset_name",
            reason: format!("the preset `{preset_name}` could not be added"),
        })
    }

    /// Removes its preset of this name (an error when it has none).
    pub fn delete_preset(&mut self, preset_name: &str) -> Result<&mut Self> {
        let kind = &self.kind;
        let presets = self.doc.raw_mut().get_mut("presets").and_then(Value::as_array_mut);
        let found = presets.and_then(|presets| {
            let i = presets
                .iter()
                .position(|p| p.get("type") == Some(kind) && text(p, "name") == preset_name)?;
            Some(presets.remove(i))
        });
        match found {
            Some(_) => Ok(self),
            None => Err(Error::InvalidArgument {
                name: "preset_name",
                reason: format!("preset `{preset_name}` not found"),
            }),
        }
    }
}
