//! Conversions that spec entries apply to an argument before sending it
//! (`body { entries = meaning_entries(values) }`). Each takes the argument's
//! JSON value and its name (used in errors) and returns JSON, so the
//! generator treats them all alike. The generator knows their names
//! (`CONVERSIONS` in dss-api-derive's `names.rs`); the expansion checks
//! that its list is [`NAMES`] when it compiles, and a test here that
//! [`NAMES`] is this module's functions.

use serde_json::Value;

use super::{Error, Result};

/// A conversion's signature.
#[cfg(test)]
type Conversion = fn(Value, &'static str) -> Result<Value>;

/// Every conversion, by name.
#[cfg(test)]
const ALL: &[(&str, Conversion)] = &[
    ("meaning_entries", meaning_entries),
    ("meaning_mappings", meaning_mappings),
    ("parse_json", parse_json),
    ("import_settings", import_settings),
    ("nonempty", nonempty),
    ("json_text", json_text),
    ("python_json", python_json),
    ("confirmed", confirmed),
    ("bulk_users", bulk_users),
    ("first_set", first_set),
    ("records_with_features", records_with_features),
    ("records_with_data", records_with_data),
    ("absolute_path", absolute_path),
];

/// The names of the conversions, as the spec calls them.
pub const NAMES: &[&str] = &[
    "meaning_entries",
    "meaning_mappings",
    "parse_json",
    "import_settings",
    "nonempty",
    "json_text",
    "python_json",
    "confirmed",
    "bulk_users",
    "first_set",
    "records_with_features",
    "records_with_data",
    "absolute_path",
];

/// Meaning values: a bare string `"a"` becomes `{"value": "a"}`; objects
/// are sent as given; unset stays `null`.
pub fn meaning_entries(values: Value, name: &'static str) -> Result<Value> {
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
        _ => Err(Error::InvalidArgument {
            name,
            reason: "must be a JSON array".into(),
        }),
    }
}

/// Meaning mappings: each `{from, to}` keeps `from` and turns a bare string
/// `to` into `{"value": to}`; unset stays `null`.
pub fn meaning_mappings(mappings: Value, name: &'static str) -> Result<Value> {
    match mappings {
        Value::Null => Ok(Value::Null),
        Value::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for m in items {
                let Value::Object(mut m) = m else {
                    return Err(Error::InvalidArgument {
                        name,
                        reason: "each mapping must be an object with `from` and `to`".into(),
                    });
                };
                let from = m.remove("from").unwrap_or(Value::Null);
                let to = m.remove("to").unwrap_or(Value::Null);
                let to = match meaning_entries(Value::Array(vec![to]), name)? {
                    Value::Array(mut v) => v.pop().unwrap_or(Value::Null),
                    other => other,
                };
                let mut entry = serde_json::Map::new();
                entry.insert("from".into(), from);
                entry.insert("to".into(), to);
                out.push(Value::Object(entry));
            }
            Ok(Value::Array(out))
        }
        _ => Err(Error::InvalidArgument {
            name,
            reason: "must be a JSON array".into(),
        }),
    }
}

/// Text holding a JSON document, parsed (refused before sending when it is
/// not JSON).
pub fn parse_json(text: Value, name: &'static str) -> Result<Value> {
    match text {
        Value::String(s) => serde_json::from_str(&s).map_err(|e| Error::InvalidArgument {
            name,
            reason: format!("not valid JSON: {e}"),
        }),
        other => Ok(other),
    }
}

/// Import settings: DSS cannot read an empty object, so unset or `{}` is
/// sent as `{"_": "_"}`, as dataikuapi does.
pub fn import_settings(settings: Value, name: &'static str) -> Result<Value> {
    match settings {
        Value::Null => Ok(serde_json::json!({"_": "_"})),
        Value::Object(m) if m.is_empty() => Ok(serde_json::json!({"_": "_"})),
        Value::Object(m) => Ok(Value::Object(m)),
        _ => Err(Error::InvalidArgument {
            name,
            reason: "must be a JSON object".into(),
        }),
    }
}

/// `null` for what Python treats as false (`null`, `false`, `0`, `""`,
/// `[]`, `{}`), the value otherwise: with `member? = nonempty(arg)`, the
/// member is left out where dataikuapi writes `if arg: body[..] = arg`.
pub fn nonempty(value: Value, _name: &'static str) -> Result<Value> {
    let empty = match &value {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
    };
    Ok(if empty { Value::Null } else { value })
}

/// A value as the JSON text Python's `json.dumps` writes for it (`", "`
/// and `": "` between items, strings in ASCII): what dataikuapi sends for a
/// dictionary or a list it passes as a query parameter. Unset stays `null`
/// (the parameter is left out).
/// The JSON text of a value as Python's `json.dumps` writes it with its
/// defaults (dataikuapi puts such text in some query parameters): `", "`
/// between items, `": "` after keys, members in their order, every
/// character past ASCII escaped as `\uXXXX`; unset is the text `null`
/// (sent, as dataikuapi sends it).
pub fn json_text(value: Value, name: &'static str) -> Result<Value> {
    if value.is_null() {
        return Ok(Value::String("null".into()));
    }
    python_json(value, name)
}

/// The JSON text of a value as Python's `json.dumps` writes it (see
/// [`json_text`]); unset stays `null`, which leaves a query parameter out.
pub fn python_json(value: Value, name: &'static str) -> Result<Value> {
    if value.is_null() {
        return Ok(Value::Null);
    }
    crate::document::python_json_dumps(&value.to_string())
        .map(Value::String)
        .map_err(|e| Error::InvalidArgument {
            name,
            reason: format!("cannot be written as JSON: {e}"),
        })
}

/// A confirmation: `true` is sent as it is; `false` refuses the call
/// before anything is sent, where dataikuapi raises unless told it is
/// meant (`i_know_what_i_am_doing=True`). Unset stays `null`.
pub fn confirmed(value: Value, name: &'static str) -> Result<Value> {
    match value {
        Value::Bool(true) | Value::Null => Ok(value),
        _ => Err(Error::InvalidArgument {
            name,
            reason: "must be set to true to confirm what this call destroys".into(),
        }),
    }
}

/// Users to create in bulk, each completed as dataikuapi completes it
/// before sending: the members it fills in when missing (`login` and
/// `displayName` empty, `sourceType` `LOCAL`, `groups` empty, `userProfile`
/// `DATA_SCIENTIST`, `email` null) are added after the user's own, and
/// `groups: null` becomes empty. Unset stays `null`.
pub fn bulk_users(users: Value, name: &'static str) -> Result<Value> {
    let refuse = |reason: &str| Error::InvalidArgument {
        name,
        reason: reason.to_owned(),
    };
    let items = match users {
        Value::Null => return Ok(Value::Null),
        Value::Array(items) => items,
        _ => return Err(refuse("must be a JSON array of users")),
    };
    let mut out = Vec::with_capacity(items.len());
    for user in items {
        let Value::Object(mut user) = user else {
            return Err(refuse("each user must be a JSON object"));
        };
        for (key, default) in [
            ("login", Value::from("")),
            ("displayName", Value::from("")),
            ("sourceType", Value::from("LOCAL")),
            ("groups", Value::Array(Vec::new())),
            ("userProfile", Value::from("DATA_SCIENTIST")),
            ("email", Value::Null),
        ] {
            user.entry(key).or_insert(default);
        }
        if user.get("groups").is_some_and(Value::is_null) {
            user.insert("groups".into(), Value::Array(Vec::new()));
        }
        out.push(Value::Object(user));
    }
    Ok(Value::Array(out))
}

/// The first member of an object that is not `null`, alone in an object
/// of its own; `null` when every member is (or the value is unset). With
/// `member? = first_set({ a = x, b = y })`, the member is `{"a": x}` when
/// `x` is set, else `{"b": y}` when `y` is, else left out: dataikuapi's
/// `if x is not None: .. elif y is not None: ..`.
pub fn first_set(value: Value, name: &'static str) -> Result<Value> {
    match value {
        Value::Null => Ok(Value::Null),
        Value::Object(members) => Ok(members
            .into_iter()
            .find(|(_, v)| !v.is_null())
            .map(|(k, v)| Value::Object([(k, v)].into_iter().collect()))
            .unwrap_or(Value::Null)),
        _ => Err(Error::InvalidArgument {
            name,
            reason: "must be a JSON object".into(),
        }),
    }
}

/// A list of records each of which must hold `member`, sent as it is; a
/// record without it refuses the call before anything is sent, as
/// dataikuapi does. Unset stays `null`.
fn records_with(records: Value, member: &str, name: &'static str) -> Result<Value> {
    let refuse = || Error::InvalidArgument {
        name,
        reason: format!("each record must be a JSON object with a `{member}` member"),
    };
    match &records {
        Value::Null => {}
        Value::Array(items) => {
            if !items.iter().all(|r| r.get(member).is_some()) {
                return Err(refuse());
            }
        }
        _ => return Err(refuse()),
    }
    Ok(records)
}

/// Records to score: each must hold `features` (see [`records_with`]).
pub fn records_with_features(records: Value, name: &'static str) -> Result<Value> {
    records_with(records, "features", name)
}

/// Records to look up: each must hold `data` (see [`records_with`]).
pub fn records_with_data(records: Value, name: &'static str) -> Result<Value> {
    records_with(records, "data", name)
}

/// A local path made absolute as Python's `os.path.abspath` makes it: a
/// relative path is taken from the current directory, then `.` and empty
/// segments are dropped and `..` removes the segment before it. Unset
/// stays `null`.
pub fn absolute_path(value: Value, name: &'static str) -> Result<Value> {
    let path = match value {
        Value::Null => return Ok(Value::Null),
        Value::String(s) => s,
        _ => {
            return Err(Error::InvalidArgument {
                name,
                reason: "must be a string".into(),
            })
        }
    };
    let full = if path.starts_with('/') {
        path
    } else {
        let cwd = std::env::current_dir().map_err(|e| Error::InvalidArgument {
            name,
            reason: format!("is relative and the current directory cannot be read: {e}"),
        })?;
        format!("{}/{path}", cwd.to_string_lossy())
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in full.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    Ok(Value::String(format!("/{}", parts.join("/"))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_conversions() {
        let names: Vec<&str> = ALL.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, NAMES);
        for (name, f) in ALL {
            assert!(f(Value::Null, "x").is_ok(), "{name} refuses an unset value");
        }
    }
    use serde_json::json;

    #[test]
    fn meaning_entries_wraps_strings() {
        let v = meaning_entries(json!(["a", {"value": "b", "color": "#fff"}]), "values").unwrap();
        assert_eq!(v, json!([{"value": "a"}, {"value": "b", "color": "#fff"}]));
        assert_eq!(meaning_entries(Value::Null, "values").unwrap(), Value::Null);
        let e = meaning_entries(json!("x"), "values").unwrap_err().to_string();
        assert!(e.contains("`values`"), "{e}");
    }

    #[test]
    fn meaning_mappings_wrap_targets() {
        let v = meaning_mappings(
            json!([{"from": "a", "to": "b"}, {"from": "c", "to": {"value": "d", "color": "#000"}}]),
            "mappings",
        )
        .unwrap();
        assert_eq!(
            v,
            json!([{"from": "a", "to": {"value": "b"}}, {"from": "c", "to": {"value": "d", "color": "#000"}}])
        );
        assert!(meaning_mappings(json!(["x"]), "mappings").is_err());
    }

    #[test]
    fn first_set_keeps_the_first_member_given() {
        let both = json!({"forcedGeneration": "g1", "dispatchKey": "k"});
        assert_eq!(first_set(both, "d").unwrap(), json!({"forcedGeneration": "g1"}));
        let second = json!({"forcedGeneration": null, "dispatchKey": "k"});
        assert_eq!(first_set(second, "d").unwrap(), json!({"dispatchKey": "k"}));
        let none = json!({"forcedGeneration": null, "dispatchKey": null});
        assert_eq!(first_set(none, "d").unwrap(), Value::Null);
        assert!(first_set(json!(1), "d").is_err());
    }

    #[test]
    fn records_must_hold_their_member() {
        let ok = json!([{"features": {"a": 1}}, {"features": {}, "context": {}}]);
        assert_eq!(records_with_features(ok.clone(), "records").unwrap(), ok);
        let e = records_with_features(json!([{"features": {}}, {"data": {}}]), "records").unwrap_err();
        assert!(e.to_string().contains("`features`"), "{e}");
        assert!(records_with_data(json!([{"features": {}}]), "records").is_err());
        assert!(records_with_data(json!({"data": {}}), "records").is_err());
    }

    #[test]
    fn absolute_path_is_python_abspath() {
        assert_eq!(absolute_path(json!("/a/./b//c/../d"), "p").unwrap(), json!("/a/b/d"));
        assert_eq!(absolute_path(json!("/.."), "p").unwrap(), json!("/"));
        let cwd = std::env::current_dir().unwrap();
        assert_eq!(
            absolute_path(json!("x/y.zip"), "p").unwrap(),
            json!(cwd.join("x/y.zip").to_string_lossy())
        );
    }

    #[test]
    fn import_settings_never_empty() {
        assert_eq!(import_settings(Value::Null, "settings").unwrap(), json!({"_": "_"}));
        assert_eq!(import_settings(json!({}), "settings").unwrap(), json!({"_": "_"}));
        assert_eq!(
            import_settings(json!({"targetProjectKey": "K"}), "settings").unwrap(),
            json!({"targetProjectKey": "K"})
        );
    }

    #[test]
    fn nonempty_is_python_truthiness() {
        for empty in [
            json!(null),
            json!(false),
            json!(0),
            json!(0.0),
            json!(""),
            json!([]),
            json!({}),
        ] {
            assert_eq!(nonempty(empty, "x").unwrap(), Value::Null);
        }
        for full in [json!(true), json!(1), json!("a"), json!([0]), json!({"a": null})] {
            assert_eq!(nonempty(full.clone(), "x").unwrap(), full);
        }
    }

    #[test]
    fn json_text_is_pythons_json_dumps_and_sends_null() {
        let text = |v: Value| json_text(v, "x").unwrap();
        assert_eq!(text(Value::Null), json!("null"));
        assert_eq!(text(json!(["a", "b"])), json!("[\"a\", \"b\"]"));
        assert_eq!(text(json!("é😀")), json!("\"\\u00e9\\ud83d\\ude00\""));
    }

    #[test]
    fn python_json_is_json_dumps_text() {
        assert_eq!(
            python_json(json!({"a": [1, "é"], "b": {"c": null}}), "x").unwrap(),
            json!(r#"{"a": [1, "\u00e9"], "b": {"c": null}}"#)
        );
        assert_eq!(python_json(json!([]), "x").unwrap(), json!("[]"));
        assert_eq!(python_json(Value::Null, "x").unwrap(), Value::Null);
    }

    #[test]
    fn bulk_users_are_completed_as_dataikuapi_completes_them() {
        let users = bulk_users(
            json!([{"login": "a", "password": "p", "groups": null}, {"displayName": "B", "email": "b@x"}]),
            "users",
        )
        .unwrap();
        assert_eq!(
            users,
            json!([
                {"login": "a", "password": "p", "groups": [], "displayName": "", "sourceType": "LOCAL",
                 "userProfile": "DATA_SCIENTIST", "email": null},
                {"displayName": "B", "email": "b@x", "login": "", "sourceType": "LOCAL", "groups": [],
                 "userProfile": "DATA_SCIENTIST"}
            ])
        );
        let keys: Vec<&String> = users[1].as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            ["displayName", "email", "login", "sourceType", "groups", "userProfile"]
        );
        assert!(bulk_users(json!({"login": "a"}), "users").is_err());
        assert!(bulk_users(json!(["a"]), "users").is_err());
    }

    #[test]
    fn confirmed_refuses_false() {
        assert_eq!(confirmed(json!(true), "x").unwrap(), json!(true));
        let e = confirmed(json!(false), "sure").unwrap_err().to_string();
        assert!(e.contains("`sure`"), "{e}");
    }

    #[test]
    fn parse_json_refuses_bad_text() {
        assert_eq!(parse_json(json!("{\"a\": 1}"), "license").unwrap(), json!({"a": 1}));
        let e = parse_json(json!("{oops"), "license").unwrap_err().to_string();
        assert!(e.contains("`license`"), "{e}");
    }
}
