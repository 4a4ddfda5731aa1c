//! Project standards: [`DssProjectStandards::create_scope`], whose body
//! names the selected items after the selection method;
//! [`DssProjectStandardsScope::is_default`]; and
//! [`DssProject::get_project_standards_last_report`], which reads an
//! empty answer as no report.

use serde_json::{Map, Value};

use crate::api::generated::endpoints::{PROJECT_GET_PROJECT_STANDARDS_LAST_REPORT, PROJECT_STANDARDS_CREATE_SCOPE};
use crate::api::handles::{DssProject, DssProjectStandards, DssProjectStandardsScope};
use crate::api::pending::Pending;
use crate::rt::{options_setters, timed, Error, RequestOptions, Result};

impl DssProjectStandards {
    /// Creates a scope: `.send()` sends `POST
    /// /project-standards/scopes/{name}` with its name, description, checks
    /// and selection method, and the items selected under the member the
    /// method reads (`selectedProjects` for `BY_PROJECT`, `selectedFolders`
    /// for `BY_FOLDER`, `selectedTags` for `BY_TAG`; none for another
    /// method), as dataikuapi does; returns the scope DSS made.
    pub fn create_scope(&self, name: &str) -> ProjectStandardsCreateScope<'_> {
        ProjectStandardsCreateScope {
            standards: self,
            name: name.to_owned(),
            description: String::new(),
            checks: Vec::new(),
            selection_method: "BY_PROJECT".to_owned(),
            items: Vec::new(),
            opts: RequestOptions::for_method(&PROJECT_STANDARDS_CREATE_SCOPE),
        }
    }
}

/// Request value of [`DssProjectStandards::create_scope`]: set optional
/// arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ProjectStandardsCreateScope<'a> {
    standards: &'a DssProjectStandards,
    name: String,
    description: String,
    checks: Vec<String>,
    selection_method: String,
    items: Vec<String>,
    opts: RequestOptions,
}

options_setters!(ProjectStandardsCreateScope<'a>, opts);

impl ProjectStandardsCreateScope<'_> {
    /// The scope's description (dataikuapi's default: empty).
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = description.into();
        self
    }

    /// The ids of the checks the selected projects are held to
    /// (dataikuapi's default: none).
    pub fn checks(mut self, checks: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.checks = checks.into_iter().map(Into::into).collect();
        self
    }

    /// How the scope selects projects: `BY_PROJECT` (dataikuapi's
    /// default), `BY_FOLDER` or `BY_TAG`.
    pub fn selection_method(mut self, selection_method: impl Into<String>) -> Self {
        self.selection_method = selection_method.into();
        self
    }

    /// The items selected: project keys, folder ids or tags, after the
    /// selection method (dataikuapi's default: none).
    pub fn items(mut self, items: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.items = items.into_iter().map(Into::into).collect();
        self
    }

    /// Creates the scope and returns it.
    pub fn send(self) -> Result<DssProjectStandardsScope> {
        let mut scope = Map::new();
        scope.insert("name".to_owned(), Value::from(self.name.as_str()));
        scope.insert("description".to_owned(), Value::from(self.description));
        scope.insert("checks".to_owned(), Value::from(self.checks));
        let member = match self.selection_method.as_str() {
            "BY_PROJECT" => Some("selectedProjects"),
            "BY_FOLDER" => Some("selectedFolders"),
            "BY_TAG" => Some("selectedTags"),
            _ => None,
        };
        scope.insert("selectionMethod".to_owned(), Value::from(self.selection_method));
        if let Some(member) = member {
            scope.insert(member.to_owned(), Value::from(self.items));
        }
        let create = self.standards.create_scope_from(self.name, Value::Object(scope));
        timed!(create, &self.opts).send()
    }
}

impl DssProjectStandardsScope {
    /// Whether it is the default scope: its `selectionMethod` is `ALL`
    /// (no request).
    pub fn is_default(&self) -> bool {
        self.document.get("selectionMethod").and_then(Value::as_str) == Some("ALL")
    }
}

impl DssProject {
    /// Reads the report of the last run of the project standards checks on
    /// the project (`GET /projects/{project_key}/project-standards/last-report`):
    /// `None` when they never ran (DSS answers with nothing). An answer
    /// that is not JSON is [`Error::Decode`].
    pub fn get_project_standards_last_report(&self) -> Pending<'_, Option<Value>> {
        Pending::new(&PROJECT_GET_PROJECT_STANDARDS_LAST_REPORT, move |opts| {
            let text = timed!(self.get_project_standards_last_report_text(), opts).send()?;
            if text.is_empty() {
                return Ok(None);
            }
            serde_json::from_str(&text).map(Some).map_err(|source| Error::Decode {
                at: None,
                endpoint: &PROJECT_GET_PROJECT_STANDARDS_LAST_REPORT,
                source,
            })
        })
    }
}
