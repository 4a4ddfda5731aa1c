//! Macros: the hand-written half of [`DssMacro`], the wait for a run (its
//! requests, `run`, `get_status`, `get_result`, `abort`, come from the spec).

use serde_json::Value;

use crate::api::handles::DssMacro;
use crate::api::pending::Waiting;
use crate::rt::{Error, RequestOptions, Result};
use crate::transport::wait::{wait_for, Poll, WaitOptions};

impl DssMacro {
    /// Waits for a run of the macro started with `run().wait(false)`:
    /// polls [`get_status`](Self::get_status) (`GET
    /// .../runnables/{runnableType}/state/{runId}`) until the state's
    /// `running` is no longer `true`, and returns that last state. A state
    /// with an `exception` (or `error`) member is the run's failure:
    /// [`Error::RunFailed`] naming the run, unless `no_fail`. Passing the
    /// deadline of the wait options is [`Error::WaitTimeout`]; the run goes on.
    pub fn wait_for_run(&self, run_id: impl Into<String>) -> Waiting<'_, 'static, Value> {
        let run_id = run_id.into();
        Waiting::new(
            &crate::api::generated::endpoints::MACRO_WAIT_FOR_RUN,
            move |no_fail, opts, settings| self.wait_run(&run_id, no_fail, opts, settings),
        )
    }

    fn wait_run(
        &self,
        run_id: &str,
        no_fail: bool,
        mut opts: WaitOptions<'_>,
        settings: &RequestOptions,
    ) -> Result<Value> {
        let state = wait_for(&mut opts, "macro run", run_id, || {
            let state: Value = crate::rt::timed!(self.get_status(run_id), settings).send()?;
            if state.get("running").and_then(Value::as_bool) == Some(true) {
                return Ok(Poll::Pending {
                    state: "RUNNING".to_owned(),
                    details: state,
                });
            }
            Ok(Poll::Ready(state))
        })?;
        let failure = ["exception", "error"]
            .iter()
            .find_map(|k| state.get(*k).filter(|v| !v.is_null()));
        match failure {
            Some(_) if !no_fail => Err(Error::RunFailed {
                kind: "macro run",
                id: run_id.to_owned(),
                outcome: "FAILED".to_owned(),
                details: Box::new(state),
            }),
            _ => Ok(state),
        }
    }
}
