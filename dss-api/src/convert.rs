//! Conversions that spec entries apply to an argument before sending it
//! (`body { entries = meaning_entries(values) }`). Each takes and returns
//! JSON, so the generator treats them all alike.

use serde_json::Value;

use crate::error::{Error, Result};

/// Meaning values: a bare string `"a"` becomes `{"value": "a"}`; objects
/// are sent as given; unset stays `null`.
pub(crate) fn meaning_entries(values: Value) -> Result<Value> {
    match values {
        Value::Null => Ok(Value::Null),
        Value::Array(items) => Ok(Value::Array(
            items
                .into_iter()
                .map(|v| match v {
                    Value::String(s) => {
                        let mut m = serde_json::Map::new();
                        m.insert("value".into(), Value::String(s));
                        Value::Object(m)
                    }
                    other => other,
                })
                .collect(),
        )),
        _ => Err(Error::InvalidArgument { name: "values", reason: "must be a JSON array".into() }),
    }
}

/// An unset list becomes `[]` (dataikuapi's `x or []`).
pub(crate) fn string_list_or_empty(v: Value) -> Result<Value> {
    Ok(match v {
        Value::Null => Value::Array(Vec::new()),
        other => other,
    })
}

/// An unset object becomes `{}` (dataikuapi's `x or {}`).
pub(crate) fn object_or_empty(v: Value) -> Result<Value> {
    Ok(match v {
        Value::Null => Value::Object(serde_json::Map::new()),
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn meaning_entries_wraps_strings() {
        let v = meaning_entries(json!(["a", {"value": "b", "color": "#fff"}])).unwrap();
        assert_eq!(v, json!([{"value": "a"}, {"value": "b", "color": "#fff"}]));
        assert_eq!(meaning_entries(Value::Null).unwrap(), Value::Null);
        assert!(meaning_entries(json!("x")).is_err());
    }
}
