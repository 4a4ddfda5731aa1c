//! What several settings objects do alike, over their [`Document`]:
//! partitioning (datasets, managed folders), the container configurations
//! an image is built for (code environments, code studio templates), and
//! dataikuapi's JSON text for names it builds with `json.dumps`.

use serde_json::value::RawValue;
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
            for (name, value) in crate::document::members(text)? {
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
