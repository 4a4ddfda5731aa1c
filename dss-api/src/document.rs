//! [`Document`]: a JSON object read from DSS (settings, info) that is
//! written back as it was read except where it was changed. A leaf: it
//! imports nothing of the crate.

use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

/// A JSON document as DSS sent it (a dataset's settings, a connection's
/// info, ...), to read and change as a `serde_json::Value` and to send back
/// whole.
///
/// Nothing is lost on the way back: every member is sent, those the client
/// does not know included, and what was not changed is sent exactly as DSS
/// wrote it, byte for byte (the same member order, numbers written as they
/// came: `1.50` stays `1.50`, `1.0E10` stays `1.0E10`); only the members
/// changed are written anew (compactly), and new members come after the
/// others. (An object that repeats a member name, which JSON parsers read
/// as its last value, keeps the repetition only while it is unchanged.)
///
/// Its `Debug` shows the names of its top-level members only: settings hold
/// credentials.
#[derive(Clone, Default)]
pub struct Document {
    /// The text DSS sent, when the document was read.
    original: Option<Box<RawValue>>,
    value: Value,
}

impl Document {
    /// A document from JSON text, kept to be written back as it was.
    pub(crate) fn from_text(text: Box<RawValue>) -> Result<Document, serde_json::Error> {
        let value = serde_json::from_str(text.get())?;
        Ok(Document {
            original: Some(text),
            value,
        })
    }

    /// A document made here rather than read (written as it is).
    pub fn new(value: Value) -> Document {
        Document { original: None, value }
    }

    /// The whole document.
    pub fn raw(&self) -> &Value {
        &self.value
    }

    /// The whole document, to change anything in it.
    pub fn raw_mut(&mut self) -> &mut Value {
        &mut self.value
    }

    /// The whole document, as a value of its own.
    pub fn into_raw(self) -> Value {
        self.value
    }

    /// The member at `path` (names joined by `.` for nested objects:
    /// `params.connection`), if there is one.
    pub fn get(&self, path: &str) -> Option<&Value> {
        path.split('.').try_fold(&self.value, |v, k| v.get(k))
    }

    /// Sets the member at `path` (names joined by `.`), making the objects
    /// on the way when they are missing (or replacing what is not an
    /// object there).
    pub fn set(&mut self, path: &str, value: impl Into<Value>) {
        let mut at = &mut self.value;
        for key in path.split('.') {
            if !at.is_object() {
                *at = Value::Object(Map::new());
            }
            at = match at {
                Value::Object(map) => map.entry(key.to_owned()).or_insert(Value::Null),
                other => other,
            };
        }
        *at = value.into();
    }

    /// The list at `path` (names joined by `.`), made an empty list first
    /// when it is missing or not a list, to push to.
    pub fn list_mut(&mut self, path: &str) -> Option<&mut Vec<Value>> {
        if !self.get(path).is_some_and(Value::is_array) {
            self.set(path, Value::Array(Vec::new()));
        }
        path.split('.')
            .try_fold(&mut self.value, |v, k| v.get_mut(k))
            .and_then(Value::as_array_mut)
    }

    /// The object at `path` (names joined by `.`), made an empty object
    /// first when it is missing or not an object, to change members whose
    /// names may hold a `.` (a connection's name, say).
    pub fn object_mut(&mut self, path: &str) -> Option<&mut Map<String, Value>> {
        if !self.get(path).is_some_and(Value::is_object) {
            self.set(path, Value::Object(Map::new()));
        }
        path.split('.')
            .try_fold(&mut self.value, |v, k| v.get_mut(k))
            .and_then(Value::as_object_mut)
    }

    /// The document as JSON text: what was not changed as it was read.
    pub fn to_text(&self) -> String {
        let mut out = String::with_capacity(self.original.as_ref().map_or(256, |o| o.get().len() + 64));
        write(self.original.as_deref(), &self.value, &mut out);
        out
    }
}

/// Writes `current`, taking the text of `original` for every part that did
/// not change.
fn write(original: Option<&RawValue>, current: &Value, out: &mut String) {
    let Some(original) = original else {
        out.push_str(&current.to_string());
        return;
    };
    let text = original.get();
    if serde_json::from_str::<Value>(text).is_ok_and(|was| &was == current) {
        // Unchanged: as it was, spaces and repeated names included.
        out.push_str(text);
        return;
    }
    match current {
        Value::Object(map) if text.trim_start().starts_with('{') => write_object(text, map, out),
        Value::Array(items) if text.trim_start().starts_with('[') => write_array(text, items, out),
        _ => out.push_str(&current.to_string()),
    }
}

/// An object: the members it had, in their order (each as it was, unless
/// changed), then the new ones.
fn write_object(text: &str, map: &Map<String, Value>, out: &mut String) {
    let Ok(Members(members)) = serde_json::from_str::<Members<'_>>(text) else {
        out.push_str(&Value::Object(map.clone()).to_string());
        return;
    };
    out.push('{');
    let mut first = true;
    let mut written: Vec<&str> = Vec::with_capacity(members.len());
    let mut comma = |out: &mut String| {
        if !std::mem::take(&mut first) {
            out.push(',');
        }
    };
    for (key, raw) in &members {
        let (Some(value), false) = (map.get(key.as_str()), written.contains(&key.as_str())) else {
            continue;
        };
        written.push(key);
        comma(out);
        out.push_str(&Value::String(key.clone()).to_string());
        out.push(':');
        write(Some(raw), value, out);
    }
    for (key, value) in map {
        if written.contains(&key.as_str()) {
            continue;
        }
        comma(out);
        out.push_str(&Value::String(key.clone()).to_string());
        out.push(':');
        out.push_str(&value.to_string());
    }
    out.push('}');
}

/// An array of the same length: item by item; otherwise written anew.
fn write_array(text: &str, items: &[Value], out: &mut String) {
    match serde_json::from_str::<Vec<&RawValue>>(text) {
        Ok(was) if was.len() == items.len() => {
            out.push('[');
            for (i, (raw, item)) in was.iter().zip(items).enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(Some(raw), item, out);
            }
            out.push(']');
        }
        _ => out.push_str(&Value::Array(items.to_vec()).to_string()),
    }
}

/// The members of the JSON object `text`, in the order written, each
/// value's text borrowed (a repeated name is there each time).
pub(crate) fn members(text: &str) -> Result<Vec<(String, &RawValue)>, serde_json::Error> {
    serde_json::from_str::<Members<'_>>(text).map(|m| m.0)
}

/// An object's members in order, each value's text borrowed.
struct Members<'a>(Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for Members<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Members<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members<'a>, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, &'de RawValue>()? {
                    out.push((k, v));
                }
                Ok(Members(out))
            }
        }
        deserializer.deserialize_map(V(std::marker::PhantomData))
    }
}

impl fmt::Debug for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Names<'a>(&'a Map<String, Value>);
        impl fmt::Debug for Names<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_list().entries(self.0.keys()).finish()
            }
        }
        match &self.value {
            Value::Object(map) => f.debug_struct("Document").field("members", &Names(map)).finish(),
            _ => f.debug_struct("Document").finish_non_exhaustive(),
        }
    }
}

impl PartialEq for Document {
    /// Equal when they hold the same value (whatever text they were read from).
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl Serialize for Document {
    /// The document's text ([`to_text`](Document::to_text)), as it is.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match RawValue::from_string(self.to_text()) {
            Ok(raw) => raw.serialize(serializer),
            Err(_) => self.value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Document {
    /// Reads a document, keeping its text (from serde_json's parser; from
    /// other sources, the value as it is written out).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        Document::from_text(raw).map_err(serde::de::Error::custom)
    }
}

impl From<Value> for Document {
    fn from(value: Value) -> Document {
        Document::new(value)
    }
}

/// A string as Python's `json.dumps` writes it (ASCII only: other
/// characters as `\uXXXX` escapes, in lowercase hexadecimal, with
/// surrogate pairs beyond the first plane).
pub(crate) fn python_json_string(s: &str, out: &mut String) {
    use std::fmt::Write as _;
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
        }
    }
    out.push('"');
}

/// The strings as dataikuapi writes a list of them with `json.dumps`,
/// without the brackets (`"a", "b"`): how it names the per-user
/// credential of a plugin preset.
pub(crate) fn python_json_items(items: &[&str]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        python_json_string(item, &mut out);
    }
    out
}

/// JSON text as Python's `json.dumps` writes the value `json.loads` reads
/// from it (how dataikuapi writes a recipe's JSON payload back): members in
/// the order written (a repeated name keeps its first place and its last
/// value), `", "` and `": "` between items, strings in ASCII, integers as
/// written, other numbers as Python's `repr` of the float.
pub(crate) fn python_json_dumps(text: &str) -> Result<String, serde_json::Error> {
    let raw: &RawValue = serde_json::from_str(text)?;
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    python_write(raw, &mut out)?;
    Ok(out)
}

fn python_write(raw: &RawValue, out: &mut String) -> Result<(), serde_json::Error> {
    let text = raw.get().trim();
    match text.as_bytes().first() {
        Some(b'{') => {
            let mut members: Vec<(String, &RawValue)> = Vec::new();
            for (name, value) in self::members(text)? {
                match members.iter_mut().find(|(n, _)| *n == name) {
                    Some(member) => member.1 = value,
                    None => members.push((name, value)),
                }
            }
            out.push('{');
            for (i, (name, value)) in members.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                python_json_string(name, out);
                out.push_str(": ");
                python_write(value, out)?;
            }
            out.push('}');
        }
        Some(b'[') => {
            let items: Vec<&RawValue> = serde_json::from_str(text)?;
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                python_write(item, out)?;
            }
            out.push(']');
        }
        Some(b'"') => python_json_string(&serde_json::from_str::<String>(text)?, out),
        Some(b't' | b'f' | b'n') => out.push_str(text),
        _ if !text.contains(['.', 'e', 'E']) => {
            // An integer: Python keeps its digits (`-0` is `0`).
            out.push_str(if text == "-0" { "0" } else { text });
        }
        _ => python_float(serde_json::from_str::<f64>(text)?, out),
    }
    Ok(())
}

/// A float as Python's `repr` writes it: the shortest digits that read
/// back the same, positional from 1e-4 to 1e16 (with `.0` when whole),
/// else `d.ddde+XX`.
fn python_float(x: f64, out: &mut String) {
    use std::fmt::Write as _;
    if !x.is_finite() {
        out.push_str(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        return;
    }
    // Rust's `{:e}` gives the shortest digits too: `-1.25e-7`.
    let sci = format!("{x:e}");
    let (mantissa, exponent) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let (sign, mantissa) = mantissa.strip_prefix('-').map_or(("", mantissa), |m| ("-", m));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exponent: i64 = exponent.parse().unwrap_or(0);
    // The decimal point's place: the value is 0.DIGITS times 10^point.
    let point = exponent + 1;
    let len = i64::try_from(digits.len()).unwrap_or(i64::MAX);
    out.push_str(sign);
    if point <= -4 || point > 16 {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let _ = write!(out, "e{}{:02}", if exponent < 0 { '-' } else { '+' }, exponent.abs());
    } else if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', usize::try_from(-point).unwrap_or(0)));
        out.push_str(&digits);
    } else if point >= len {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', usize::try_from(point - len).unwrap_or(0)));
        out.push_str(".0");
    } else {
        let (whole, fraction) = digits.split_at(usize::try_from(point).unwrap_or(0));
        out.push_str(whole);
        out.push('.');
        out.push_str(fraction);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc(text: &str) -> Document {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn unchanged_is_written_as_read() {
        for text in [
            r#"{"b":1.50,"a":{"z":1.0E10,"y":"é\u00e9"},"n":null,"l":[1,2.0,{"k":[]}],"dup":1,"dup":2}"#,
            r#"{ "spaced" : [ 1 , 2 ] , "x" : true }"#,
            r#"[1,{"a":1}]"#,
            r#"{}"#,
        ] {
            assert_eq!(doc(text).to_text(), text);
        }
    }

    #[test]
    fn a_change_rewrites_only_what_changed() {
        let text = r#"{"type":"Filesystem","params":{"connection":"c1","path":"/p","extra":1.50},"schema":{"columns":[{"name":"a","type":"string","x":1.0E10}]},"unknown":{"deep":[1,2.50]}}"#;
        let mut d = doc(text);
        d.set("params.connection", "c2");
        d.raw_mut()["added"] = json!({"k": 1});
        let out = d.to_text();
        assert_eq!(
            out,
            r#"{"type":"Filesystem","params":{"connection":"c2","path":"/p","extra":1.50},"schema":{"columns":[{"name":"a","type":"string","x":1.0E10}]},"unknown":{"deep":[1,2.50]},"added":{"k":1}}"#
        );
        // A removed member is gone; the rest stays.
        d.raw_mut().as_object_mut().unwrap().remove("unknown");
        assert!(!d.to_text().contains("unknown"));
        assert!(d.to_text().contains(r#""extra":1.50"#));
    }

    #[test]
    fn arrays_changing_length_are_written_anew_and_paths_are_made() {
        let mut d = doc(r#"{"l":[1.50,2]}"#);
        d.raw_mut()["l"].as_array_mut().unwrap().push(json!(3));
        assert_eq!(d.to_text(), r#"{"l":[1.5,2,3]}"#);
        let mut d = doc(r#"{"a":5}"#);
        d.set("a.b.c", true);
        assert_eq!(d.get("a.b.c"), Some(&json!(true)));
        assert_eq!(d.to_text(), r#"{"a":{"b":{"c":true}}}"#);
        assert_eq!(Document::new(json!({"x": 1})).to_text(), r#"{"x":1}"#);
    }

    #[test]
    fn object_mut_makes_the_object_and_takes_dotted_names() {
        let mut d = doc(r#"{"credentials":null,"x":1}"#);
        if let Some(map) = d.object_mut("credentials") {
            map.insert("conn.with.dots".into(), json!({"type": "BASIC"}));
        }
        assert_eq!(
            d.to_text(),
            r#"{"credentials":{"conn.with.dots":{"type":"BASIC"}},"x":1}"#
        );
        assert!(d.object_mut("x.y").is_some());
        assert_eq!(d.get("x"), Some(&json!({"y": {}})));
    }

    #[test]
    fn debug_shows_member_names_only() {
        let d = doc(r#"{"password":"hunter2","login":"bob"}"#);
        let shown = format!("{d:?}");
        assert!(!shown.contains("hunter2") && !shown.contains("bob"), "{shown}");
        assert!(shown.contains("password") && shown.contains("login"), "{shown}");
    }

    #[test]
    fn serializes_as_its_text() {
        let d = doc(r#"{"x":1.50}"#);
        assert_eq!(serde_json::to_string(&d).unwrap(), r#"{"x":1.50}"#);
    }

    #[test]
    fn python_json_items_are_written_as_json_dumps_writes_them() {
        assert_eq!(
            python_json_items(&["PLUGIN", "p", "é\"\\\n", "😀", "\u{1}"]),
            r#""PLUGIN", "p", "\u00e9\"\\\n", "\ud83d\ude00", "\u0001""#
        );
    }

    #[test]
    fn python_json_dumps_writes_as_json_dumps_does() {
        // Each pair: the text, then `json.dumps(json.loads(text))` as
        // CPython 3.11 writes it.
        for (text, python) in [
            (
                r#"{"b":1,"a":[1.50,2,{"k":"é"}],"n":null,"t":true}"#,
                r#"{"b": 1, "a": [1.5, 2, {"k": "\u00e9"}], "n": null, "t": true}"#,
            ),
            (r#"{"a":1,"b":2,"a":3}"#, r#"{"a": 3, "b": 2}"#),
            ("[]", "[]"),
            ("{}", "{}"),
            ("-0", "0"),
            ("12345678901234567890", "12345678901234567890"),
            (
                "[1E2, 1e16, 1e15, 0.0001, 0.00001, 123.456, -0.0, 2.5e-7, 1.7976931348623157e308]",
                "[100.0, 1e+16, 1000000000000000.0, 0.0001, 1e-05, 123.456, -0.0, 2.5e-07, 1.7976931348623157e+308]",
            ),
            (r#""tab\tquote\"""#, r#""tab\tquote\"""#),
        ] {
            assert_eq!(python_json_dumps(text).unwrap(), python, "{text}");
        }
    }
}
