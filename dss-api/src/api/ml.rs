//! Machine learning: the hand-written halves of [`DssMlTask`] (the waits for
//! its guess and its training, `train`, `ensemble`, the ids of its models),
//! [`DssSavedModel`] (its active version, a version's details, the ML task
//! it came from, its zone) and [`DssDataset`]'s analyses, over the requests
//! of `spec/ml_tasks.dss` and `spec/ml_saved_models.dss`.

use serde_json::{json, Value};

use crate::api::generated::endpoints::{
    DATASET_DELETE_ANALYSES, DATASET_LIST_ANALYSES, ML_TASK_ENSEMBLE, ML_TASK_GET_TRAINED_MODELS_IDS, ML_TASK_TRAIN,
    ML_TASK_WAIT_GUESS_COMPLETE, ML_TASK_WAIT_TRAIN_COMPLETE, SAVED_MODEL_GET_ACTIVE_VERSION,
    SAVED_MODEL_GET_ORIGIN_ML_TASK, SAVED_MODEL_GET_VERSION_DETAILS,
};
use crate::api::generated::models::{MlTaskStatus, SavedModelVersion};
use crate::api::handles::{DssDataset, DssFlowZone, DssMlTask, DssSavedModel};
use crate::api::pending::{Pending, Waiting};
use crate::rt::{decode_value, timed, DssClient, Endpoint, Error, RequestOptions, Result};
use crate::transport::wait::{wait_for, Poll, WaitOptions};

/// What an ML task's wait waits for: its guess or its training.
#[derive(Clone, Copy)]
enum Phase {
    Guess,
    Train,
}

impl Phase {
    /// The status member saying the phase goes on, and the state the
    /// progress callback is told meanwhile.
    fn member_and_state(self) -> (&'static str, &'static str) {
        match self {
            Phase::Guess => ("guessing", "GUESSING"),
            Phase::Train => ("training", "TRAINING"),
        }
    }
}

/// The train states of a model that mean its training did not succeed.
const FAILED_STATES: &[&str] = &["FAILED", "ABORTED"];

/// The first model of a status whose training failed: its id and state.
fn failed_model(status: &Value) -> Option<(String, String)> {
    status.get("fullModelIds")?.as_array()?.iter().find_map(|m| {
        let state = m.pointer("/trainInfo/state")?.as_str()?;
        FAILED_STATES.contains(&state).then(|| {
            (
                m.get("id").and_then(Value::as_str).unwrap_or_default().to_owned(),
                state.to_owned(),
            )
        })
    })
}

impl DssMlTask {
    /// The task's name in errors and progress reports:
    /// `analysis_id/mltask_id`.
    fn wait_id(&self) -> String {
        format!("{}/{}", self.analysis_id, self.mltask_id)
    }

    /// Polls the status until `phase` is over (its member is `false`; as
    /// dataikuapi, a status that does not say is not over), and returns
    /// the last status, raw and typed.
    fn wait_phase(
        &self,
        phase: Phase,
        endpoint: &'static Endpoint,
        opts: &mut WaitOptions<'_>,
        settings: &RequestOptions,
    ) -> Result<(MlTaskStatus, Value)> {
        let (member, state) = phase.member_and_state();
        let kind = match phase {
            Phase::Guess => "ML task guess",
            Phase::Train => "ML task training",
        };
        wait_for(opts, kind, &self.wait_id(), || {
            let raw: Value = timed!(self.get_status(), settings).send_as()?;
            if raw.get(member).and_then(Value::as_bool) == Some(false) {
                let status: MlTaskStatus = decode_value(raw.clone(), endpoint)?;
                Ok(Poll::Ready((status, raw)))
            } else {
                Ok(Poll::Pending {
                    state: state.to_owned(),
                    details: raw,
                })
            }
        })
    }

    /// The end of a training: the status, or [`Error::RunFailed`] when a
    /// model's training failed and `no_fail` is not set.
    fn check_training(&self, no_fail: bool, status: MlTaskStatus, raw: Value) -> Result<MlTaskStatus> {
        match failed_model(&raw) {
            Some((model, state)) if !no_fail => Err(Error::RunFailed {
                kind: "ML task training",
                id: self.wait_id(),
                outcome: format!("{state} (model {model})"),
                details: Box::new(raw),
            }),
            _ => Ok(status),
        }
    }

    /// Waits until DSS has guessed the task's settings (dataikuapi's
    /// `wait_guess_complete`): polls [`get_status`](Self::get_status)
    /// (`GET .../models/lab/{analysisId}/{mlTaskId}/status`) until its
    /// `guessing` is `false`, and returns that last status. The progress
    /// callback is told `GUESSING` with the status meanwhile. Passing the
    /// deadline of the wait options is [`Error::WaitTimeout`] naming the
    /// task (`analysis_id/mltask_id`); the guess goes on. A guess does not
    /// fail, so `no_fail` changes nothing.
    pub fn wait_guess_complete(&self) -> Waiting<'_, 'static, MlTaskStatus> {
        Waiting::new(&ML_TASK_WAIT_GUESS_COMPLETE, move |_no_fail, mut opts, settings| {
            self.wait_phase(Phase::Guess, &ML_TASK_WAIT_GUESS_COMPLETE, &mut opts, settings)
                .map(|(status, _)| status)
        })
    }

    /// Waits until the task's training session ends (dataikuapi's
    /// `wait_train_complete`): polls [`get_status`](Self::get_status) until
    /// its `training` is `false` (the progress callback is told `TRAINING`
    /// meanwhile), and returns that last status.
    ///
    /// A status listing a model whose `trainInfo.state` is `FAILED` or
    /// `ABORTED` is then [`Error::RunFailed`] naming the task
    /// (`analysis_id/mltask_id`), the state and the model, unless
    /// `no_fail` (dataikuapi returns in every case). Passing the deadline
    /// is [`Error::WaitTimeout`]; the training goes on.
    pub fn wait_train_complete(&self) -> Waiting<'_, 'static, MlTaskStatus> {
        Waiting::new(&ML_TASK_WAIT_TRAIN_COMPLETE, move |no_fail, mut opts, settings| {
            let (status, raw) = self.wait_phase(Phase::Train, &ML_TASK_WAIT_TRAIN_COMPLETE, &mut opts, settings)?;
            self.check_training(no_fail, status, raw)
        })
    }

    /// Trains the task's models (dataikuapi's `train`, with its defaults):
    /// starts a session ([`start_train`](Self::start_train), `POST
    /// .../train`), waits for it as
    /// [`wait_train_complete`](Self::wait_train_complete) does (a failed
    /// model is an error unless `no_fail`), and returns the ids of the
    /// models of that session, read from the last status. To name the
    /// session, call `start_train` then `wait_train_complete`.
    pub fn train(&self) -> Waiting<'_, 'static, Vec<String>> {
        Waiting::new(&ML_TASK_TRAIN, move |no_fail, mut opts, settings| {
            let started: Value = timed!(self.start_train(), settings).send()?;
            let session = started.get("sessionId").and_then(Value::as_str).map(str::to_owned);
            let (status, raw) = self.wait_phase(Phase::Train, &ML_TASK_TRAIN, &mut opts, settings)?;
            let status = self.check_training(no_fail, status, raw)?;
            Ok(model_ids(&status, session.as_deref()))
        })
    }

    /// Trains an ensemble of trained models (dataikuapi's `ensemble`):
    /// starts it ([`start_ensembling`](Self::start_ensembling), `POST
    /// .../ensemble`), waits for the training as
    /// [`wait_train_complete`](Self::wait_train_complete) does, and returns
    /// the new model's id.
    ///
    /// As dataikuapi, an empty list of models or a method other than
    /// `AVERAGE`, `PROBA_AVERAGE`, `MEDIAN`, `VOTE`, `LINEAR_MODEL` or
    /// `LOGISTIC_MODEL` is refused before anything is sent
    /// ([`Error::InvalidArgument`]).
    pub fn ensemble<'a>(&'a self, model_ids: &[&str], method: &str) -> Waiting<'a, 'static, String> {
        let model_ids: Vec<String> = model_ids.iter().map(|s| (*s).to_owned()).collect();
        let method = method.to_owned();
        Waiting::new(&ML_TASK_ENSEMBLE, move |no_fail, mut opts, settings| {
            check_ensembling(&model_ids, &method)?;
            let id = timed!(self.start_ensembling(model_ids, method), settings).send()?;
            let (status, raw) = self.wait_phase(Phase::Train, &ML_TASK_ENSEMBLE, &mut opts, settings)?;
            self.check_training(no_fail, status, raw)?;
            Ok(id)
        })
    }

    /// The ids of the models trained by the task (dataikuapi's
    /// `get_trained_models_ids`): its status is read
    /// ([`get_status`](Self::get_status)), and the `id` of each of its
    /// `fullModelIds` taken, of every session, or only of `session_id`
    /// (an item's `fullModelId.sessionId`). dataikuapi's `algorithm` filter
    /// is not offered (it fails on Python 3): read the models' snippets
    /// ([`get_trained_model_snippet`](Self::get_trained_model_snippet)) for
    /// their algorithms.
    pub fn get_trained_models_ids(&self, session_id: Option<&str>) -> Pending<'_, Vec<String>> {
        let session_id = session_id.map(str::to_owned);
        Pending::new(&ML_TASK_GET_TRAINED_MODELS_IDS, move |settings| {
            let status = timed!(self.get_status(), settings).send()?;
            Ok(model_ids(&status, session_id.as_deref()))
        })
    }
}

impl DssMlTask {
    /// A handle on the ML task that trained a model, named by the model's
    /// full id (`A-{project}-{analysis}-{mltask}-s{n}-pp{n}-m{n}`, with
    /// `-base` or `-part-{partition}` after `pp{n}` for a partitioned
    /// model), in `project_key` when given, else in the project the id
    /// names (dataikuapi's `from_full_model_id`; no request). An id of
    /// another shape is [`Error::InvalidArgument`] (dataikuapi returns an
    /// exception object instead of raising it).
    pub fn from_full_model_id(client: &DssClient, fmi: &str, project_key: Option<&str>) -> Result<DssMlTask> {
        let (project, analysis_id, mltask_id) = parse_full_model_id(fmi).ok_or_else(|| Error::InvalidArgument {
            name: "fmi",
            reason: format!("`{fmi}` is not the full id of a model of an ML task"),
        })?;
        Ok(client
            .get_project(project_key.unwrap_or(project))
            .get_ml_task(analysis_id, mltask_id))
    }
}

/// The models of a status, of one session or all.
fn model_ids(status: &MlTaskStatus, session_id: Option<&str>) -> Vec<String> {
    status
        .full_model_ids
        .iter()
        .filter(|m| match session_id {
            None => true,
            Some(s) => {
                m.full_model_id
                    .as_ref()
                    .and_then(|f| f.get("sessionId"))
                    .and_then(Value::as_str)
                    == Some(s)
            }
        })
        .map(|m| m.id.clone())
        .collect()
}

/// dataikuapi's checks of an ensembling's arguments, made before sending.
fn check_ensembling(model_ids: &[String], method: &str) -> Result<()> {
    const METHODS: &[&str] = &[
        "AVERAGE",
        "PROBA_AVERAGE",
        "MEDIAN",
        "VOTE",
        "LINEAR_MODEL",
        "LOGISTIC_MODEL",
    ];
    if model_ids.is_empty() {
        return Err(Error::InvalidArgument {
            name: "model_ids",
            reason: "the list of models to put together is empty".into(),
        });
    }
    if !METHODS.contains(&method) {
        return Err(Error::InvalidArgument {
            name: "method",
            reason: format!("`{method}` is not an ensembling method (one of {})", METHODS.join(", ")),
        });
    }
    Ok(())
}

impl DssSavedModel {
    /// The active version (dataikuapi's `get_active_version`): the versions
    /// are listed ([`list_versions`](Self::list_versions), `GET
    /// .../savedmodels/{id}/versions`) and the first one marked `active`
    /// returned; `None` when none is.
    pub fn get_active_version(&self) -> Pending<'_, Option<SavedModelVersion>> {
        Pending::new(&SAVED_MODEL_GET_ACTIVE_VERSION, move |settings| {
            let versions = timed!(self.list_versions(), settings).send()?;
            Ok(versions.into_iter().find(|v| v.active))
        })
    }

    /// The details of one version (dataikuapi's `get_version_details`,
    /// sending the same two requests): `GET .../versions/{versionId}/details`
    /// then `GET .../versions/{versionId}/snippet`, answered together as
    /// `{"details": .., "snippet": ..}` (dataikuapi wraps them in an object
    /// of its own by the kind of model).
    pub fn get_version_details(&self, version_id: impl Into<String>) -> Pending<'_, Value> {
        let version_id = version_id.into();
        Pending::new(&SAVED_MODEL_GET_VERSION_DETAILS, move |settings| {
            let details = timed!(self.get_version_details_only(version_id.as_str()), settings).send()?;
            let snippet = timed!(self.get_version_snippet(version_id.as_str()), settings).send()?;
            Ok(json!({ "details": details, "snippet": snippet }))
        })
    }

    /// The ML task the saved model was last deployed from (dataikuapi's
    /// `get_origin_ml_task`): the settings are read
    /// ([`get_settings`](Self::get_settings)) and their `lastExportedFrom`,
    /// a full model id (`A-PROJECT-analysis-mltask-s1-pp1-m1`), gives the
    /// analysis and the task, in this saved model's project. `None` when
    /// the settings name no model; a full model id of another shape is
    /// [`Error::Decode`] (dataikuapi returns an exception object instead
    /// of raising it).
    pub fn get_origin_ml_task(&self) -> Pending<'_, Option<DssMlTask>> {
        Pending::new(&SAVED_MODEL_GET_ORIGIN_ML_TASK, move |settings| {
            let read = timed!(self.get_settings(), settings).send()?;
            let Some(fmi) = read.raw().get("lastExportedFrom").and_then(Value::as_str) else {
                return Ok(None);
            };
            let (_, analysis_id, mltask_id) = parse_full_model_id(fmi).ok_or_else(|| Error::Decode {
                at: None,
                endpoint: &SAVED_MODEL_GET_ORIGIN_ML_TASK,
                source: <serde_json::Error as serde::de::Error>::custom(format!("`{fmi}` is not a full model id")),
            })?;
            Ok(Some(
                self.client
                    .get_project(&self.project_key)
                    .get_ml_task(analysis_id, mltask_id),
            ))
        })
    }

    /// The zone holding the saved model (dataikuapi's `get_zone`): see
    /// [`DssProjectFlow::get_zone_of_object`](crate::DssProjectFlow::get_zone_of_object).
    pub fn get_zone(&self) -> Pending<'_, DssFlowZone> {
        Pending::new(&crate::api::generated::endpoints::SAVED_MODEL_GET_ZONE, move |opts| {
            let flow = self.client.get_project(&self.project_key).get_flow();
            timed!(flow.get_zone_of_object("SAVED_MODEL", &self.sm_id, None), opts).send()
        })
    }
}

/// The analysis and ML task ids of a full model id of an analysis
/// (`A-{project}-{analysis}-{mltask}-s{n}-pp{n}[-part-{p}|-base]-m{n}`),
/// as dataikuapi's pattern reads it (each id made of word characters).
fn parse_full_model_id(fmi: &str) -> Option<(&str, &str, &str)> {
    let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_');
    let digits = |s: &str, prefix: &str| {
        s.strip_prefix(prefix)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let parts: Vec<&str> = fmi.strip_prefix("A-")?.split('-').collect();
    let [project, analysis, mltask, session, pp, rest @ ..] = parts.as_slice() else {
        return None;
    };
    let ok_head = word(project) && word(analysis) && word(mltask) && digits(session, "s") && digits(pp, "pp");
    let ok_tail = match rest {
        [m] => digits(m, "m"),
        ["base", m] => digits(m, "m"),
        ["part", p, m] => word(p) && digits(m, "m"),
        _ => false,
    };
    (ok_head && ok_tail).then_some((project, analysis, mltask))
}

impl DssDataset {
    /// The project's visual analyses whose input is this dataset
    /// (dataikuapi's `list_analyses`): the project's list is read
    /// ([`DssProject::list_analyses`](crate::DssProject::list_analyses),
    /// `GET /projects/{projectKey}/lab/`) and the items whose
    /// `inputDataset` is this dataset kept.
    pub fn list_analyses(&self) -> Pending<'_, Vec<Value>> {
        Pending::new(&DATASET_LIST_ANALYSES, move |settings| self.analyses(settings))
    }

    /// The analyses of this dataset, read with `settings`.
    fn analyses(&self, settings: &RequestOptions) -> Result<Vec<Value>> {
        let project = self.client.get_project(&self.project_key);
        let all: Value = timed!(project.list_analyses(), settings).send()?;
        let items = match all {
            Value::Array(items) => items,
            _ => Vec::new(),
        };
        Ok(items
            .into_iter()
            .filter(|a| a.get("inputDataset").and_then(Value::as_str) == Some(self.dataset_name.as_str()))
            .collect())
    }

    /// Deletes every visual analysis of this dataset (dataikuapi's
    /// `delete_analyses`): the analyses are listed as
    /// [`list_analyses`](Self::list_analyses) does, then each one is
    /// deleted (`DELETE /projects/{projectKey}/lab/{analysisId}/`), in
    /// order; the first failure stops there. An item without an
    /// `analysisId` is [`Error::Decode`].
    pub fn delete_analyses(&self) -> Pending<'_, ()> {
        Pending::new(&DATASET_DELETE_ANALYSES, move |settings| {
            let project = self.client.get_project(&self.project_key);
            for item in self.analyses(settings)? {
                let id = item
                    .get("analysisId")
                    .and_then(Value::as_str)
                    .ok_or_else(|| Error::Decode {
                        at: None,
                        endpoint: &DATASET_DELETE_ANALYSES,
                        source: <serde_json::Error as serde::de::Error>::custom(
                            "an analysis of the list has no `analysisId`",
                        ),
                    })?;
                timed!(project.get_analysis(id).delete(), settings).send()?;
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_model_ids_are_read_as_dataikuapi_reads_them() {
        assert_eq!(
            parse_full_model_id("A-PKEY-an1-mt1-s1-pp1-m1"),
            Some(("PKEY", "an1", "mt1"))
        );
        assert_eq!(
            parse_full_model_id("A-PKEY-an1-mt1-s12-pp3-base-m7"),
            Some(("PKEY", "an1", "mt1"))
        );
        assert_eq!(
            parse_full_model_id("A-PKEY-an1-mt1-s1-pp1-part-p_2-m1"),
            Some(("PKEY", "an1", "mt1"))
        );
        assert_eq!(parse_full_model_id("S-PKEY-sm1-v1"), None);
        assert_eq!(parse_full_model_id("A-PKEY-an1-mt1-s1-pp1"), None);
        assert_eq!(parse_full_model_id("A-PKEY-an1-mt1-sx-pp1-m1"), None);
    }

    #[test]
    fn a_task_is_named_by_a_full_model_id() {
        let client = DssClient::new("http://localhost:1", "k").unwrap();
        let task = DssMlTask::from_full_model_id(&client, "A-PKEY-an1-mt1-s1-pp1-m1", None).unwrap();
        assert_eq!(
            (task.project_key(), task.analysis_id(), task.mltask_id()),
            ("PKEY", "an1", "mt1")
        );
        let task = DssMlTask::from_full_model_id(&client, "A-PKEY-an1-mt1-s1-pp1-m1", Some("OTHER")).unwrap();
        assert_eq!(task.project_key(), "OTHER");
        let err = DssMlTask::from_full_model_id(&client, "S-PKEY-sm1-v1", None).unwrap_err();
        assert!(matches!(err, Error::InvalidArgument { name: "fmi", .. }), "{err:?}");
    }

    #[test]
    fn a_failed_model_is_found_in_a_status() {
        let status = json!({"fullModelIds": [
            {"id": "m1", "trainInfo": {"state": "DONE"}},
            {"id": "m2", "trainInfo": {"state": "FAILED"}},
        ]});
        assert_eq!(failed_model(&status), Some(("m2".into(), "FAILED".into())));
        assert_eq!(failed_model(&json!({"fullModelIds": [{"id": "m1"}]})), None);
        assert_eq!(failed_model(&json!({})), None);
    }

    #[test]
    fn ensembling_arguments_are_checked() {
        assert!(check_ensembling(&[], "AVERAGE").is_err());
        assert!(check_ensembling(&["m1".into()], "MEAN").is_err());
        assert!(check_ensembling(&["m1".into()], "VOTE").is_ok());
    }
}
