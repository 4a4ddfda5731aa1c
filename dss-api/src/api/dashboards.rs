//! Dashboards: the hand-written [`DssProject::create_dashboard`], which
//! completes the settings given (or dataikuapi's default, a dashboard with
//! no page) with the name before the generated `create_dashboard_from`
//! sends them.

use serde_json::{json, Value};

use crate::api::handles::{DssDashboard, DssProject};
use crate::rt::{options_setters, timed, Error, RequestOptions, Result};

impl DssProject {
    /// Creates a dashboard: `.send()` sends `POST
    /// /projects/{project_key}/dashboards/` with the settings (by default
    /// `{"pages": []}`) and the name, and returns a handle on the dashboard
    /// DSS made.
    pub fn create_dashboard(&self, dashboard_name: &str) -> ProjectCreateDashboard<'_> {
        ProjectCreateDashboard {
            project: self,
            dashboard_name: dashboard_name.to_owned(),
            settings: None,
            opts: RequestOptions::for_method(&crate::api::generated::endpoints::PROJECT_CREATE_DASHBOARD),
        }
    }
}

/// Request value of [`DssProject::create_dashboard`]: set optional
/// arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ProjectCreateDashboard<'a> {
    project: &'a DssProject,
    dashboard_name: String,
    settings: Option<Value>,
    opts: RequestOptions,
}

options_setters!(ProjectCreateDashboard<'a>, opts);

impl ProjectCreateDashboard<'_> {
    /// The new dashboard's settings, a JSON object (its pages, ...); its
    /// `name` is replaced by the dashboard's name (dataikuapi's default:
    /// none, a dashboard with no page, `{"pages": []}`).
    pub fn settings(mut self, settings: impl Into<Value>) -> Self {
        self.settings = Some(settings.into());
        self
    }

    /// Creates the dashboard and returns a handle on it. Settings that are
    /// not a JSON object are refused before sending.
    pub fn send(self) -> Result<DssDashboard> {
        let mut settings = match self.settings {
            None | Some(Value::Null) => json!({"pages": []}),
            Some(Value::Object(map)) => Value::Object(map),
            Some(_) => {
                return Err(Error::InvalidArgument {
                    name: "settings",
                    reason: "must be a JSON object".into(),
                })
            }
        };
        if let Some(map) = settings.as_object_mut() {
            map.insert("name".to_owned(), Value::from(self.dashboard_name));
        }
        timed!(self.project.create_dashboard_from(settings), &self.opts).send()
    }
}
