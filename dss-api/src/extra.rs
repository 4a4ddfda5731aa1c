//! PLACEHOLDER: minimal unknown-member store, replaced by the full `Extra`.

use serde::de::MapAccess;
use serde::ser::SerializeMap;
use serde_json::value::RawValue;

/// The members of a JSON object that a model does not name, kept as raw
/// JSON text in the order received.
#[derive(Debug, Clone, Default)]
pub struct Extra {
    members: Vec<(String, Box<RawValue>)>,
}

impl PartialEq for Extra {
    fn eq(&self, other: &Self) -> bool {
        self.members.len() == other.members.len()
            && self
                .members
                .iter()
                .zip(&other.members)
                .all(|(a, b)| a.0 == b.0 && a.1.get() == b.1.get())
    }
}

impl Extra {
    /// An empty set of members.
    pub fn new() -> Extra {
        Extra::default()
    }

    /// The member names, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.members.iter().map(|(k, _)| k.as_str())
    }

    /// Parses one member (`None` when absent).
    pub fn get<T: serde::de::DeserializeOwned>(&self, name: &str) -> Result<Option<T>, serde_json::Error> {
        match self.members.iter().rev().find(|(k, _)| k == name) {
            Some((_, v)) => serde_json::from_str(v.get()).map(Some),
            None => Ok(None),
        }
    }

    /// Reads the value of an unknown member (for generated visitors).
    pub fn push_from<'de, A: MapAccess<'de>>(&mut self, key: String, map: &mut A) -> Result<(), A::Error> {
        let v: Box<RawValue> = map.next_value()?;
        self.members.push((key, v));
        Ok(())
    }

    /// Writes every member into an open map (for generated serializers).
    pub fn serialize_into<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        for (k, v) in &self.members {
            map.serialize_entry(k, v)?;
        }
        Ok(())
    }
}
