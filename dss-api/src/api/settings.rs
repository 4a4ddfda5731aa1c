//! What several settings objects do alike, over their [`Document`]:
//! partitioning (datasets, managed folders), the container configurations
//! an image is built for (code environments, code studio templates), and
//! dataikuapi's JSON text for names it builds with `json.dumps` (written
//! in `document`, shared with the runtime's conversions).

use serde_json::{json, Value};

pub(crate) use crate::document::{python_json_dumps, python_json_items};
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

#[cfg(test)]
mod tests {
    use super::*;

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
