//! Notebooks: [`DssJupyterNotebook::unload`] (its sessions read, then one
//! stopped), the query runs of a [`DssNotebookHistory`], and the zones of
//! a [`DssCodeStudioObjectStatus`].

use serde_json::Value;

use crate::api::generated::endpoints::JUPYTER_NOTEBOOK_UNLOAD;
use crate::api::handles::{DssCodeStudioObjectStatus, DssJupyterNotebook, DssNotebookHistory};
use crate::rt::{options_setters, timed, Error, RequestOptions, Result};

impl DssJupyterNotebook {
    /// Stops a kernel session of the notebook: `.send()` reads its sessions
    /// (`GET .../jupyter-notebooks/{notebook_name}/sessions`), then stops
    /// the one given, or the only one (`DELETE .../sessions/{session_id}`),
    /// as dataikuapi does.
    ///
    /// A notebook with no session is [`Error::OperationFailed`] and one with
    /// several, when none is given, [`Error::InvalidArgument`]; nothing is
    /// stopped then.
    pub fn unload(&self) -> JupyterNotebookUnload<'_> {
        JupyterNotebookUnload {
            notebook: self,
            session_id: None,
            opts: RequestOptions::for_method(&JUPYTER_NOTEBOOK_UNLOAD),
        }
    }
}

/// Request value of [`DssJupyterNotebook::unload`]: set optional arguments
/// by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct JupyterNotebookUnload<'a> {
    notebook: &'a DssJupyterNotebook,
    session_id: Option<String>,
    opts: RequestOptions,
}

options_setters!(JupyterNotebookUnload<'a>, opts);

impl JupyterNotebookUnload<'_> {
    /// The session to stop (dataikuapi's default: none, the notebook's only
    /// session).
    pub fn session_id(mut self, session_id: impl Into<String>) -> Self {
        self.session_id = Some(session_id.into());
        self
    }

    /// Reads the sessions, then stops one; returns DSS's answer.
    pub fn send(self) -> Result<Value> {
        let sessions = timed!(self.notebook.get_sessions(), &self.opts).send()?;
        if sessions.is_empty() {
            return Err(Error::OperationFailed {
                at: None,
                endpoint: &JUPYTER_NOTEBOOK_UNLOAD,
                summary: format!(
                    "the notebook `{}` does not run (it has no session)",
                    self.notebook.notebook_name
                ),
                messages: Box::new(Value::Null),
            });
        }
        let session_id = match self.session_id {
            Some(id) => id,
            None if sessions.len() > 1 => {
                return Err(Error::InvalidArgument {
                    name: "session_id",
                    reason: format!("the notebook runs {} sessions: name the one to stop", sessions.len()),
                })
            }
            None => sessions
                .into_iter()
                .next()
                .and_then(|s| s.session_id)
                .ok_or_else(|| Error::InvalidArgument {
                    name: "session_id",
                    reason: "the notebook's session has no id: name the one to stop".into(),
                })?,
        };
        timed!(self.notebook.unload_session(session_id), &self.opts).send()
    }
}

impl DssNotebookHistory {
    /// The runs of one cell's queries, as DSS lists them (none for a cell
    /// with no history): change them through `raw_mut()` (removing a run
    /// from its cell's list deletes it when saved).
    pub fn get_query_runs(&self, cell_id: &str) -> Vec<&Value> {
        self.document
            .raw()
            .get(cell_id)
            .and_then(Value::as_array)
            .map(|runs| runs.iter().collect())
            .unwrap_or_default()
    }
}

impl DssCodeStudioObjectStatus {
    /// The names (ids) of the zones the code studio synchronizes, in order;
    /// the zones themselves are `raw()["syncedZones"]`.
    pub fn get_zones(&self) -> Vec<&str> {
        self.document
            .raw()
            .get("syncedZones")
            .and_then(Value::as_array)
            .map(|zones| {
                zones
                    .iter()
                    .filter_map(|z| z.get("id").and_then(Value::as_str))
                    .collect()
            })
            .unwrap_or_default()
    }
}
