//! Calling a method of the catalog by name, with JSON arguments (feature
//! `dynamic`): what the generated `dispatch` of each spec file reads its
//! arguments from. The conformance tests replay dataikuapi's recorded calls
//! this way, one recording per method, without a line of code per method;
//! a tool can drive any endpoint from data the same way.

use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::transport::stream::Upload;

/// The arguments of a call by name: required ones must be there, optional
/// ones are set when present; an argument the method does not take is an
/// error once the call is built ([`finish`](Self::finish)).
///
/// Values are JSON; an upload is `{"$file": {"name": .., "text": ..}}` (or
/// `"base64"` in place of `"text"`), a local path to write to is
/// `{"$path": "p"}` (any string works too), a writer is `{"$writer": true}`
/// (the answer is copied into a sink).
#[derive(Debug, Default)]
pub struct DynArgs {
    args: Map<String, Value>,
}

fn invalid(name: &'static str, reason: impl Into<String>) -> Error {
    Error::InvalidArgument {
        name,
        reason: reason.into(),
    }
}

impl DynArgs {
    /// The arguments, by name.
    pub fn new(args: Map<String, Value>) -> DynArgs {
        DynArgs { args }
    }

    fn take(&mut self, name: &'static str) -> Option<Value> {
        self.args.remove(name)
    }

    fn required(&mut self, name: &'static str) -> Result<Value> {
        self.take(name)
            .ok_or_else(|| invalid(name, "is required and was not given"))
    }

    fn string_of(name: &'static str, v: Value) -> Result<String> {
        match v {
            Value::String(s) => Ok(s),
            Value::Number(n) => Ok(n.to_string()),
            Value::Object(mut o) if o.contains_key("$path") => {
                Self::string_of(name, o.remove("$path").unwrap_or_default())
            }
            other => Err(invalid(name, format!("must be a string, not {other}"))),
        }
    }

    fn bool_of(name: &'static str, v: Value) -> Result<bool> {
        v.as_bool()
            .ok_or_else(|| invalid(name, format!("must be a boolean, not {v}")))
    }

    fn int_of(name: &'static str, v: Value) -> Result<i64> {
        v.as_i64()
            .ok_or_else(|| invalid(name, format!("must be an integer, not {v}")))
    }

    fn strings_of(name: &'static str, v: Value) -> Result<Vec<String>> {
        match v {
            Value::Array(items) => items.into_iter().map(|i| Self::string_of(name, i)).collect(),
            Value::Null => Ok(Vec::new()),
            single => Ok(vec![Self::string_of(name, single)?]),
        }
    }

    fn upload_of(name: &'static str, v: Value) -> Result<Upload> {
        use base64::Engine as _;
        let file = v
            .get("$file")
            .ok_or_else(|| invalid(name, "must be {\"$file\": {..}}"))?;
        let bytes = match (file.get("text"), file.get("base64")) {
            (Some(Value::String(t)), _) => t.clone().into_bytes(),
            (_, Some(Value::String(b))) => base64::engine::general_purpose::STANDARD
                .decode(b)
                .map_err(|e| invalid(name, format!("bad base64: {e}")))?,
            _ => return Err(invalid(name, "an upload needs `text` or `base64`")),
        };
        let upload = Upload::from(bytes);
        Ok(match file.get("name").and_then(Value::as_str) {
            Some(n) => upload.file_name(n),
            None => upload,
        })
    }

    /// A required string argument.
    pub fn str(&mut self, name: &'static str) -> Result<String> {
        Self::string_of(name, self.required(name)?)
    }
    /// A required boolean argument.
    #[allow(dead_code)] // when the spec has a required argument of this type
    pub fn bool(&mut self, name: &'static str) -> Result<bool> {
        Self::bool_of(name, self.required(name)?)
    }
    /// A required integer argument.
    #[allow(dead_code)] // when the spec has a required argument of this type
    pub fn int(&mut self, name: &'static str) -> Result<i64> {
        Self::int_of(name, self.required(name)?)
    }
    /// A required JSON argument.
    pub fn json(&mut self, name: &'static str) -> Result<Value> {
        self.required(name)
    }
    /// A required list of strings.
    pub fn strings(&mut self, name: &'static str) -> Result<Vec<String>> {
        Self::strings_of(name, self.required(name)?)
    }
    /// A required upload.
    pub fn file(&mut self, name: &'static str) -> Result<Upload> {
        Self::upload_of(name, self.required(name)?)
    }
    /// A required writer: present, and what it is does not matter (the
    /// answer goes to a sink).
    pub fn writer(&mut self, name: &'static str) -> Result<()> {
        self.required(name).map(drop)
    }

    /// An optional string argument, when given.
    pub fn opt_str(&mut self, name: &'static str) -> Result<Option<String>> {
        self.take(name).map(|v| Self::string_of(name, v)).transpose()
    }
    /// An optional boolean argument, when given.
    pub fn opt_bool(&mut self, name: &'static str) -> Result<Option<bool>> {
        self.take(name).map(|v| Self::bool_of(name, v)).transpose()
    }
    /// An optional integer argument, when given.
    pub fn opt_int(&mut self, name: &'static str) -> Result<Option<i64>> {
        self.take(name).map(|v| Self::int_of(name, v)).transpose()
    }
    /// An optional JSON argument, when given.
    pub fn opt_json(&mut self, name: &'static str) -> Result<Option<Value>> {
        Ok(self.take(name))
    }
    /// An optional list of strings, when given.
    pub fn opt_strings(&mut self, name: &'static str) -> Result<Option<Vec<String>>> {
        self.take(name).map(|v| Self::strings_of(name, v)).transpose()
    }

    /// The document of a document handle (`$document`), or an empty object.
    pub fn document(&mut self) -> Result<crate::document::Document> {
        match self.args.remove("$document") {
            Some(v) => Ok(crate::document::Document::new(v)),
            None => Ok(crate::document::Document::new(Value::Object(Map::new()))),
        }
    }

    /// Fails if an argument was given that the method does not take.
    pub fn finish(&self, endpoint: &'static crate::endpoint::Endpoint) -> Result<()> {
        match self.args.keys().next() {
            None => Ok(()),
            Some(extra) => Err(Error::Config(format!(
                "`{endpoint}` takes no argument `{extra}` (given: {:?})",
                self.args.keys().collect::<Vec<_>>()
            ))),
        }
    }
}

/// The handle's identifier fields, by position; a wrong count is an error
/// naming the handle.
pub fn ids<const N: usize>(handle: &'static str, ids: &[&str]) -> Result<[String; N]> {
    if ids.len() != N {
        return Err(Error::Config(format!(
            "`{handle}` is named by {N} identifier(s), {} given: {ids:?}",
            ids.len()
        )));
    }
    Ok(std::array::from_fn(|i| ids[i].to_owned()))
}
