//! Waiting on long-running tasks: the hand-written half of [`DssFuture`]
//! (its requests, `abort`, `get_state` and `peek_state`, come from the spec).

use std::fmt;
use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::models::FutureState;
use crate::DssFuture;

/// A progress callback.
type ProgressFn<'f> = Box<dyn FnMut(&Value) + 'f>;

/// How [`DssFuture::wait`] polls.
///
/// Defaults: first poll after 200 ms, each wait 1.5 times the previous one,
/// at most 5 s between polls, no deadline, no progress callback.
pub struct WaitOptions<'f> {
    first: Duration,
    factor: f64,
    cap: Duration,
    deadline: Option<Duration>,
    progress: Option<ProgressFn<'f>>,
}

impl fmt::Debug for WaitOptions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WaitOptions")
            .field("first", &self.first)
            .field("factor", &self.factor)
            .field("cap", &self.cap)
            .field("deadline", &self.deadline)
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

impl Default for WaitOptions<'_> {
    fn default() -> Self {
        WaitOptions {
            first: Duration::from_millis(200),
            factor: 1.5,
            cap: Duration::from_secs(5),
            deadline: None,
            progress: None,
        }
    }
}

impl<'f> WaitOptions<'f> {
    /// The defaults (see the type's docs).
    pub fn new() -> Self {
        Self::default()
    }

    /// Wait before the first poll.
    pub fn first_interval(mut self, d: Duration) -> Self {
        self.first = d;
        self
    }

    /// Longest wait between two polls.
    pub fn max_interval(mut self, d: Duration) -> Self {
        self.cap = d;
        self
    }

    /// Growth of the wait between polls (clamped to at least 1.0).
    pub fn backoff_factor(mut self, factor: f64) -> Self {
        self.factor = if factor.is_finite() { factor.max(1.0) } else { 1.0 };
        self
    }

    /// Gives up after this long with [`Error::WaitTimeout`], leaving the task
    /// running on the server.
    pub fn deadline(mut self, d: Duration) -> Self {
        self.deadline = Some(d);
        self
    }

    /// Called with the state's `progress` member after each poll that has one.
    pub fn on_progress(mut self, f: impl FnMut(&Value) + 'f) -> Self {
        self.progress = Some(Box::new(f));
        self
    }
}

impl DssFuture {
    /// Wraps an answer that describes a task (`{jobId, hasResult, result,
    /// alive, ...}`). When it already holds the result, no request is made
    /// to get it (dataikuapi's `DSSFuture.from_resp`).
    pub fn from_resp(client: crate::DssClient, resp: Value) -> std::result::Result<DssFuture, serde_json::Error> {
        let state: FutureState = serde_json::from_value(resp)?;
        Ok(DssFuture {
            client,
            job_id: state.job_id.clone().unwrap_or_default(),
            state: Some(state),
        })
    }

    /// The last state seen (from the answer that started the task, or the
    /// last poll), without a request.
    pub fn last_state(&self) -> Option<&FutureState> {
        self.state.as_ref()
    }

    /// Fetches the state (`peek=false`) and remembers it.
    pub fn refresh(&mut self) -> Result<&FutureState> {
        let state = self.get_state().send()?;
        Ok(self.state.insert(state))
    }

    /// Whether the task has a result, asking the server unless a result is
    /// already known.
    pub fn has_result(&mut self) -> Result<bool> {
        if self.state.as_ref().is_some_and(|s| s.has_result) {
            return Ok(true);
        }
        Ok(self.refresh()?.has_result)
    }

    /// The result if the task has one now; `Ok(None)` while it runs; an
    /// error if it ended without one.
    pub fn get_result(&mut self) -> Result<Option<Value>> {
        if !self.state.as_ref().is_some_and(|s| s.has_result) {
            self.refresh()?;
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
    }

    /// Waits for the task with the default [`WaitOptions`] and returns its
    /// result.
    pub fn wait_for_result(&mut self) -> Result<Value> {
        self.wait(WaitOptions::default())
    }

    /// Waits with the defaults and decodes the result as `T`.
    pub fn wait_for_result_as<T: DeserializeOwned>(&mut self) -> Result<T> {
        let v = self.wait_for_result()?;
        crate::request::decode_value(v, "wait_for_result")
    }

    /// Polls until the task ends, then returns its result. Each poll is
    /// `GET /futures/{jobId}?peek=false`, as dataikuapi's; a result already
    /// known (e.g. from the answer that started the task) is returned without
    /// a request. A task that stops without a result is
    /// [`Error::TaskFailed`] with the server's message; passing the deadline
    /// is [`Error::WaitTimeout`] (the task keeps running on the server).
    pub fn wait(&mut self, mut opts: WaitOptions<'_>) -> Result<Value> {
        if let Some(state) = self.state.as_ref().filter(|s| s.has_result) {
            return Ok(state.result.clone().unwrap_or(Value::Null));
        }
        if self.job_id.is_empty() {
            return Err(Error::Decode {
                endpoint: "wait_for_result",
                source: <serde_json::Error as serde::de::Error>::custom(
                    "the task answer has neither a `jobId` nor a result",
                ),
            });
        }
        let started = Instant::now();
        let mut interval = opts.first;
        let mut polls = 0u32;
        loop {
            if polls > 0 {
                let mut sleep = interval;
                if let Some(deadline) = opts.deadline {
                    let left = deadline.saturating_sub(started.elapsed());
                    if left.is_zero() {
                        return Err(Error::WaitTimeout {
                            job_id: self.job_id.clone(),
                            waited: started.elapsed(),
                        });
                    }
                    sleep = sleep.min(left);
                }
                std::thread::sleep(sleep);
                interval = interval.mul_f64(opts.factor).min(opts.cap);
            }
            polls += 1;
            let state = self.get_state().send()?;
            if let (Some(cb), Some(p)) = (opts.progress.as_mut(), state.progress.as_ref()) {
                cb(p);
            }
            let state = self.state.insert(state);
            if state.has_result {
                return Ok(state.result.clone().unwrap_or(Value::Null));
            }
            if !state.alive {
                let state = state.clone();
                return Err(self.failure(&state));
            }
        }
    }

    fn failure(&self, state: &FutureState) -> Error {
        let get = |k: &str| state.extra.get::<Value>(k).ok().flatten();
        let exception = get("exception").or_else(|| get("error"));
        let text = |v: Option<&Value>, k: &str| v.and_then(|e| e.get(k)).and_then(Value::as_str).map(str::to_owned);
        let message = match &exception {
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
            state: Box::new(serde_json::to_value(state).unwrap_or(Value::Null)),
        }
    }
}
