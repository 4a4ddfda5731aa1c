//! Waiting on long-running tasks: the hand-written half of [`DssFuture`]
//! (its requests, `abort`, `get_state` and `peek_state`, come from the spec).

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::api::generated::endpoints::{
    FUTURE_FROM_RESP, FUTURE_GET_RESULT, FUTURE_HAS_RESULT, FUTURE_REFRESH, FUTURE_WAIT, FUTURE_WAIT_FOR_RESULT,
};
use crate::api::generated::models::{FutureState, FutureSummary};
use crate::api::handles::DssFuture;
use crate::api::pending::{Pending, Waiting};
use crate::rt::{decode_value, timed, DssClient, Error, RequestOptions, Result, Task};
use crate::transport::wait::{wait_for, Poll, WaitOptions};

impl FutureSummary {
    /// A [`DssFuture`] for this task, holding this item as its last known
    /// state (no request).
    pub fn to_handle(&self, client: &DssClient) -> DssFuture {
        let mut future = client.get_future(&self.job_id);
        future.state = serde_json::to_value(self).and_then(serde_json::from_value).ok();
        future
    }
}

impl DssFuture {
    /// Wraps an answer that describes a task (`{jobId, hasResult, result,
    /// alive, ...}`). When it already holds the result, no request is made
    /// to get it (dataikuapi's `DSSFuture.from_resp`). An answer of another
    /// shape is [`Error::Decode`].
    pub fn from_resp(client: &DssClient, resp: Value) -> Result<DssFuture> {
        let state: FutureState = decode_value(resp, &FUTURE_FROM_RESP)?;
        let mut future = client.get_future(state.job_id.clone().unwrap_or_default());
        future.state = Some(state);
        Ok(future)
    }

    /// The result of an answer that is either a task (`{"jobId", ..}`),
    /// waited for with the default [`WaitOptions`], or the result itself
    /// (`{"result": ..}`, no `jobId`), taken as it is (dataikuapi's
    /// `DSSFuture.get_result_wait_if_needed`, sending the same polls).
    pub fn get_result_wait_if_needed(client: &DssClient, ret: Value) -> Waiting<'_, 'static, Value> {
        Waiting::new(&FUTURE_WAIT_FOR_RESULT, move |no_fail, opts, settings| {
            DssFuture::from_resp(client, ret)?.wait_with(no_fail, opts, settings)
        })
    }

    /// The last state seen (from the answer that started the task, or the
    /// last poll), without a request.
    pub fn last_state(&self) -> Option<&FutureState> {
        self.state.as_ref()
    }

    /// Fetches the state (`peek=false`) and remembers it; `send` returns
    /// it.
    pub fn refresh(&mut self) -> Pending<'_, &FutureState> {
        Pending::new(&FUTURE_REFRESH, move |settings| self.refresh_with(settings))
    }

    fn refresh_with(&mut self, settings: &RequestOptions) -> Result<&FutureState> {
        let state = timed!(self.get_state(), settings).send()?;
        Ok(self.state.insert(state))
    }

    /// Whether the task has a result, asking the server unless a result is
    /// already known.
    pub fn has_result(&mut self) -> Pending<'_, bool> {
        Pending::new(&FUTURE_HAS_RESULT, move |settings| {
            if self.state.as_ref().is_some_and(|s| s.has_result) {
                return Ok(true);
            }
            Ok(self.refresh_with(settings)?.has_result)
        })
    }

    /// The result if the task has one now; `None` while it runs; an error
    /// if it ended without one.
    pub fn get_result(&mut self) -> Pending<'_, Option<Value>> {
        Pending::new(&FUTURE_GET_RESULT, move |settings| {
            if !self.state.as_ref().is_some_and(|s| s.has_result) {
                self.refresh_with(settings)?;
            }
            let Some(state) = self.state.as_ref() else {
                return Ok(None);
            };
            if state.has_result {
                Ok(Some(state.result.clone().unwrap_or(Value::Null)))
            } else if state.alive {
                Ok(None)
            } else {
                Err(self.failure(state))
            }
        })
    }

    /// Waits for the task and returns its result (dataikuapi's name for
    /// [`wait`](Self::wait)).
    pub fn wait_for_result(&mut self) -> Waiting<'_, 'static, Value> {
        Waiting::new(&FUTURE_WAIT_FOR_RESULT, move |no_fail, opts, settings| {
            self.wait_with(no_fail, opts, settings)
        })
    }

    /// Waits for the task and decodes its result as `T`.
    pub fn wait_for_result_as<T: DeserializeOwned>(&mut self) -> Waiting<'_, 'static, T> {
        Waiting::new(&FUTURE_WAIT, move |no_fail, opts, settings| {
            decode_value(self.wait_with(no_fail, opts, settings)?, &FUTURE_WAIT)
        })
    }

    /// Polls until the task ends, then returns its result. Each poll is
    /// `GET /futures/{jobId}?peek=false`, as dataikuapi's; a result already
    /// known (e.g. from the answer that started the task) is returned without
    /// a request. A task that stops without a result is
    /// [`Error::TaskFailed`] with the server's message (with `no_fail`, its
    /// last state, as DSS sent it, is returned instead); passing the
    /// deadline is [`Error::WaitTimeout`] (the task keeps running on the
    /// server).
    pub fn wait(&mut self) -> Waiting<'_, 'static, Value> {
        Waiting::new(&FUTURE_WAIT, move |no_fail, opts, settings| {
            self.wait_with(no_fail, opts, settings)
        })
    }

    fn wait_with(&mut self, no_fail: bool, mut opts: WaitOptions<'_>, settings: &RequestOptions) -> Result<Value> {
        if let Some(state) = self.state.as_ref().filter(|s| s.has_result) {
            return Ok(state.result.clone().unwrap_or(Value::Null));
        }
        if self.job_id.is_empty() {
            // An answer that is no task but holds its result (`{"result":
            // ..}`, what DSS answers when the work was quick): the result,
            // as dataikuapi's `get_result_wait_if_needed` takes it.
            if let Some(result) = self.state.as_ref().and_then(|s| s.result.clone()) {
                return Ok(result);
            }
            return Err(Error::Decode {
                at: None,
                endpoint: &FUTURE_WAIT,
                source: <serde_json::Error as serde::de::Error>::custom(
                    "the task answer has neither a `jobId` nor a result",
                ),
            });
        }
        let job_id = self.job_id.clone();
        let ended = wait_for(&mut opts, "task", &job_id, || {
            let state = timed!(self.get_state(), settings).send()?;
            let state = self.state.insert(state);
            if state.has_result {
                return Ok(Poll::Ready(Ok(state.result.clone().unwrap_or(Value::Null))));
            }
            if !state.alive {
                return Ok(Poll::Ready(Err(state.clone())));
            }
            Ok(Poll::Pending {
                state: "RUNNING".into(),
                details: state.progress.clone().unwrap_or(Value::Null),
            })
        })?;
        match ended {
            Ok(result) => Ok(result),
            Err(state) if no_fail => Ok(serde_json::to_value(&state).unwrap_or(Value::Null)),
            Err(state) => Err(self.failure(&state)),
        }
    }

    fn failure(&self, state: &FutureState) -> Error {
        // The whole state as JSON: what went wrong is in members the model
        // does not name, and this runs once per failed task.
        let full = serde_json::to_value(state).unwrap_or(Value::Null);
        let get = |k: &str| full.get(k);
        let exception = get("exception").or_else(|| get("error"));
        let text = |v: Option<&Value>, k: &str| v.and_then(|e| e.get(k)).and_then(Value::as_str).map(str::to_owned);
        let message = match exception {
            Some(Value::String(s)) => s.clone(),
            Some(e) => {
                let kind = text(Some(e), "clazz").or_else(|| text(Some(e), "errorType"));
                let msg = text(Some(e), "message").or_else(|| text(Some(e), "detailedMessage"));
                match (kind, msg) {
                    (Some(k), Some(m)) => format!("{k}: {m}"),
                    (None, Some(m)) => m,
                    (Some(k), None) => k,
                    (None, None) => e.to_string(),
                }
            }
            None => "the task ended without a result".to_owned(),
        };
        Error::TaskFailed {
            job_id: self.job_id.clone(),
            message,
            state: Box::new(full.clone()),
        }
    }
}

impl Task for DssFuture {
    fn wait_for_result_as<T: DeserializeOwned>(mut self) -> Result<T> {
        DssFuture::wait_for_result_as(&mut self).send()
    }
}
