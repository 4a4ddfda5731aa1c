//! Waiting on work that runs on the server (tasks, jobs, scenario runs),
//! one way everywhere: [`WaitOptions`] says how to poll, [`wait_for`] polls.
//!
//! A wait only reads: it never sends again the request that started the
//! work, and giving up at the deadline leaves the work running (the error
//! names its id, to look it up or abort it later).

use std::fmt;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::error::{Error, Result};

/// A progress callback.
type ProgressFn<'f> = Box<dyn FnMut(&WaitProgress<'_>) + 'f>;

/// How a wait polls.
///
/// Defaults: the first poll at once, then 200 ms between polls, each wait
/// 1.5 times the previous one, at most 5 s between polls, no deadline, no
/// progress callback. (dataikuapi starts at 200 ms, grows by 1.1 and caps at
/// 15 s; the faster growth and lower cap here mean fewer requests early and
/// a quicker reaction to the end of long work.)
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

    /// Wait between the first two polls.
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

    /// Gives up after this long with [`Error::WaitTimeout`], leaving the work
    /// running on the server.
    pub fn deadline(mut self, d: Duration) -> Self {
        self.deadline = Some(d);
        self
    }

    /// Called after each poll that finds the work still running, with its
    /// current state.
    pub fn on_progress(mut self, f: impl FnMut(&WaitProgress<'_>) + 'f) -> Self {
        self.progress = Some(Box::new(f));
        self
    }
}

/// What a progress callback is told after a poll.
#[derive(Debug)]
#[non_exhaustive]
pub struct WaitProgress<'a> {
    /// What is waited for: `task`, `job`, `scenario run`, `scenario trigger`.
    pub kind: &'static str,
    /// Its id.
    pub id: &'a str,
    /// Its state as the server reports it (`RUNNING`, a job's state, ...).
    pub state: &'a str,
    /// Polls so far.
    pub polls: u32,
    /// Time since the wait began.
    pub elapsed: Duration,
    /// The server's details: a task's `progress`, a job's status, a run.
    pub details: &'a Value,
}

/// What one poll found.
#[derive(Debug)]
pub(crate) enum Poll<T> {
    /// The work ended; this is the wait's result.
    Ready(T),
    /// Still running, in this state, with these details.
    Pending { state: String, details: Value },
}

/// Polls until `poll` says the work ended, sleeping between polls as `opts`
/// says. The first poll is at once. A poll's error ends the wait with that
/// error; passing the deadline is [`Error::WaitTimeout`] naming `kind` and
/// `id`.
pub(crate) fn wait_for<T>(
    opts: &mut WaitOptions<'_>,
    kind: &'static str,
    id: &str,
    mut poll: impl FnMut() -> Result<Poll<T>>,
) -> Result<T> {
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
                        kind,
                        id: id.to_owned(),
                        waited: started.elapsed(),
                    });
                }
                sleep = sleep.min(left);
            }
            std::thread::sleep(sleep);
            // Saturating where `Duration::mul_f64` would panic (a huge factor).
            interval = Duration::try_from_secs_f64(interval.as_secs_f64() * opts.factor)
                .unwrap_or(opts.cap)
                .min(opts.cap);
        }
        polls += 1;
        match poll()? {
            Poll::Ready(t) => {
                log::trace!(target: "dss_api", "{kind} {id}: poll {polls} found it ended");
                return Ok(t);
            }
            Poll::Pending { state, details } => {
                log::trace!(target: "dss_api", "{kind} {id}: poll {polls} found it {state}");
                if let Some(cb) = opts.progress.as_mut() {
                    cb(&WaitProgress {
                        kind,
                        id,
                        state: &state,
                        polls,
                        elapsed: started.elapsed(),
                        details: &details,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polls_until_ready_and_reports_progress() {
        let mut n = 0;
        let mut seen = Vec::new();
        let mut opts = WaitOptions::new()
            .first_interval(Duration::from_millis(1))
            .on_progress(|p| seen.push((p.state.to_owned(), p.polls)));
        let out = wait_for(&mut opts, "job", "j1", || {
            n += 1;
            Ok(if n < 3 {
                Poll::Pending {
                    state: "RUNNING".into(),
                    details: Value::Null,
                }
            } else {
                Poll::Ready(n)
            })
        })
        .unwrap();
        drop(opts);
        assert_eq!(out, 3);
        assert_eq!(seen, [("RUNNING".to_owned(), 1), ("RUNNING".to_owned(), 2)]);
    }

    #[test]
    fn any_growth_factor_is_capped_without_panic() {
        let mut opts = WaitOptions::new()
            .first_interval(Duration::from_millis(1))
            .backoff_factor(f64::MAX)
            .max_interval(Duration::from_millis(2));
        let mut n = 0;
        let out = wait_for(&mut opts, "task", "t", || {
            n += 1;
            Ok(if n < 4 {
                Poll::Pending {
                    state: "RUNNING".into(),
                    details: Value::Null,
                }
            } else {
                Poll::Ready(n)
            })
        })
        .unwrap();
        assert_eq!(out, 4);
    }

    #[test]
    fn the_deadline_names_what_was_left_running() {
        let mut opts = WaitOptions::new()
            .first_interval(Duration::from_millis(5))
            .deadline(Duration::from_millis(30));
        let err = wait_for::<()>(&mut opts, "scenario run", "run-9", || {
            Ok(Poll::Pending {
                state: "RUNNING".into(),
                details: Value::Null,
            })
        })
        .unwrap_err();
        match err {
            Error::WaitTimeout { kind, id, waited } => {
                assert_eq!((kind, id.as_str()), ("scenario run", "run-9"));
                assert!(waited >= Duration::from_millis(30));
            }
            other => panic!("{other:?}"),
        }
    }
}
