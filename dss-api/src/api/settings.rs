//! What several settings objects do alike, over their [`Document`]:
//! partitioning (datasets, managed folders), the container configurations
//! an image is built for (code environments, code studio templates), and
//! dataikuapi's JSON text for names it builds with `json.dumps`.

use serde_json::{json, Value};

use crate::rt::Document;

/// Pushes `item` to the list at `path` (made a list first when it is not
/// one).
pub(crate) fn push_to(doc: &mut Document, path: &str, item: Value) {
    if let Some(list) = doc.list_mut(path) {
        list.push(item);
    }
}

/// Makes the object unpartitioned (`partitioning.dimensions` empty).
pub(crate) fn remove_partitioning(doc: &mut Document) {
    doc.set("partitioning", json!({"dimensions": []}));
}

/// Adds a discrete (value) partitioning dimension.
pub(crate) fn add_discrete_dimension(doc: &mut Document, dim_name: &str) {
    push_to(
        doc,
        "partitioning.dimensions",
        json!({"name": dim_name, "type": "value"}),
    );
}

/// Adds a time partitioning dimension of a period (`YEAR`, `MONTH`, `DAY`,
/// `HOUR`).
pub(crate) fn add_time_dimension(doc: &mut Document, dim_name: &str, period: &str) {
    push_to(
        doc,
        "partitioning.dimensions",
        json!({"name": dim_name, "type": "time", "params": {"period": period}}),
    );
}

/// The boolean at `path`, `false` when it is absent or not a boolean (what
/// dataikuapi's `settings.get(.., False)` gives).
pub(crate) fn flag(doc: &Document, path: &str) -> bool {
    doc.get(path).and_then(Value::as_bool).unwrap_or(false)
}

/// The text at `path`, `default` when it is absent or not text.
pub(crate) fn text_or<'a>(doc: &'a Document, path: &str, default: &'a str) -> &'a str {
    doc.get(path).and_then(Value::as_str).unwrap_or(default)
}

/// Sets which configurations an image is built for, as dataikuapi does:
/// `all_path` to `all`, and unless `all`, `list_path` to the names (left as
/// it was with `all`).
pub(crate) fn set_built_confs(doc: &mut Document, all_path: &str, list_path: &str, configs: &[&str], all: bool) {
    doc.set(all_path, all);
    if !all {
        doc.set(list_path, configs.to_vec());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_json_items_are_written_as_json_dumps_writes_them() {
        assert_eq!(
            python_json_items(&["PLUGIN", "p", "é\"\\\n", "😀", "\u{1}"]),
            r#""PLUGIN", "p", "\u00e9\"\\\n", "\ud83d\ude00", "\u0001""#
        );
    }

    #[test]
    fn built_confs_keep_the_list_when_all() {
        let mut d = Document::new(json!({"containerConfs": ["a"]}));
        set_built_confs(&mut d, "allContainerConfs", "containerConfs", &["b"], true);
        assert_eq!(d.raw(), &json!({"containerConfs": ["a"], "allContainerConfs": true}));
        set_built_confs(&mut d, "allContainerConfs", "containerConfs", &["b", "c"], false);
        assert_eq!(
            d.raw(),
            &json!({"containerConfs": ["b", "c"], "allContainerConfs": false})
        );
    }
}
