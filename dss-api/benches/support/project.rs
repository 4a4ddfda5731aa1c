//! A model written by hand in the shape the proc macro is to generate for
//! every model: a `Deserialize` visitor that matches the named members
//! directly and hands every other member to [`Extra`] as raw JSON text (the
//! object is never buffered), and a `Serialize` that writes the named
//! members, then the others. Everything that is not a list of the model's
//! members lives in `Extra`'s "for generated models" methods.
//!
//! Shared by `dss-api`'s unit tests (`extra.rs`) and the decode benchmark.

use std::fmt;

use dss_api::models::Extra;
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;

/// A project as listed.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    /// The project's key (required).
    pub project_key: String,
    /// Display name.
    pub name: Option<String>,
    /// Owner login.
    pub owner_login: Option<String>,
    /// Every other member, as sent.
    pub extra: Extra,
}

impl<'de> serde::Deserialize<'de> for Project {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = Project;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a Project object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Project, A::Error> {
                let mut project_key = None;
                let mut name = None;
                let mut owner_login = None;
                let mut extra = Extra::new();
                while let Some(key) = Extra::next_key(&mut map)? {
                    match &*key {
                        "projectKey" => project_key = Some(Extra::next_member(&mut map, "projectKey")?),
                        "name" => name = extra.next_optional(&mut map, "name")?,
                        "ownerLogin" => owner_login = extra.next_optional(&mut map, "ownerLogin")?,
                        _ => extra.push_from(key.into_owned(), &mut map)?,
                    }
                }
                Ok(Project {
                    project_key: project_key.ok_or_else(|| de::Error::missing_field("projectKey"))?,
                    name,
                    owner_login,
                    extra,
                })
            }
        }
        deserializer.deserialize_map(Members)
    }
}

impl serde::Serialize for Project {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("projectKey", &self.project_key)?;
        self.extra.serialize_optional(&mut map, "name", &self.name)?;
        self.extra
            .serialize_optional(&mut map, "ownerLogin", &self.owner_login)?;
        self.extra.serialize_into(&mut map)?;
        map.end()
    }
}
