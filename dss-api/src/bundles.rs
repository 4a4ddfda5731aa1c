//! Bundles: the hand-written `activate_bundle` of [`DssProject`] (the other
//! bundle requests come from `spec/bundles.dss`).
//!
//! dataikuapi sends `{"scenariosActiveOnActivation": ..}` only when the
//! scenarios given are truthy in Python's sense (not `None`, not empty), and
//! `{}` otherwise. The spec language can leave a member out when an
//! argument is unset, not when it is set but empty, so this method builds
//! the body and sends it with the generated
//! [`activate_bundle_with_options`](DssProject::activate_bundle_with_options).

use std::time::Duration;

use serde_json::{Map, Value};

use crate::api::handles::DssProject;
use crate::rt::Result;

impl DssProject {
    /// Activates a bundle imported on this automation node; returns DSS's
    /// report (`aborted`, `neededReloads`, `scenariosActivated`, messages):
    /// `POST /projects/{project_key}/bundles/imported/{bundle_id}/actions/activate`.
    ///
    /// The body is `{"scenariosActiveOnActivation": ..}` when scenarios are
    /// given and not empty, and `{}` otherwise, as dataikuapi sends it.
    pub fn activate_bundle(&self, bundle_id: impl Into<String>) -> ProjectActivateBundle<'_> {
        ProjectActivateBundle {
            project: self,
            bundle_id: bundle_id.into(),
            scenarios_to_enable: None,
            timeout: None,
        }
    }
}

/// Request value of [`DssProject::activate_bundle`]: set optional arguments
/// by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ProjectActivateBundle<'a> {
    project: &'a DssProject,
    bundle_id: String,
    scenarios_to_enable: Option<Value>,
    timeout: Option<Duration>,
}

impl ProjectActivateBundle<'_> {
    /// Scenarios to enable or disable on activation, sent as given:
    /// dataikuapi documents an object of scenario id to `true`/`false`
    /// (`json!({"sc1": true})`); a list of ids (`vec!["sc1"]`) is sent as a
    /// list. Unset by default; `null`, `false`, `0`, `""`, `[]` and `{}`
    /// send no scenarios at all (an empty body `{}`), as in dataikuapi.
    pub fn scenarios_to_enable(mut self, scenarios: impl Into<Value>) -> Self {
        self.scenarios_to_enable = Some(scenarios.into());
        self
    }

    /// Overrides the client's overall timeout for this one request.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sends the request and returns DSS's report.
    pub fn send(self) -> Result<Value> {
        let request = self
            .project
            .activate_bundle_with_options(self.bundle_id)
            .options(activation_options(self.scenarios_to_enable));
        match self.timeout {
            Some(t) => request.timeout(t),
            None => request,
        }
        .send()
    }
}

/// The activation body: the scenarios when they are truthy in Python's
/// sense, else nothing.
fn activation_options(scenarios: Option<Value>) -> Value {
    let mut options = Map::new();
    if let Some(scenarios) = scenarios.filter(truthy) {
        options.insert("scenariosActiveOnActivation".into(), scenarios);
    }
    Value::Object(options)
}

/// Python's truth value of a JSON value.
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn scenarios_are_sent_only_when_truthy() {
        assert_eq!(activation_options(None), json!({}));
        for empty in [json!(null), json!([]), json!({}), json!(false), json!(0), json!("")] {
            assert_eq!(activation_options(Some(empty)), json!({}));
        }
        assert_eq!(
            activation_options(Some(json!(["sc1"]))),
            json!({"scenariosActiveOnActivation": ["sc1"]})
        );
        assert_eq!(
            activation_options(Some(json!({"sc1": false}))),
            json!({"scenariosActiveOnActivation": {"sc1": false}})
        );
    }
}
