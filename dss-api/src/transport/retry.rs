//! Opt-in retries of requests that are safe to repeat.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::endpoint::Endpoint;
use crate::error::Error;

/// A callback told about each retry.
type RetryFn = Arc<dyn Fn(&RetryEvent<'_>) + Send + Sync>;

/// When and how often to send a request again after a failure that may be
/// temporary. Off unless set, on the client
/// ([`ClientBuilder::retry`](crate::ClientBuilder::retry)) or on one request
/// (`.retry(policy)`).
///
/// Only requests that are safe to repeat are retried: `GET`, `PUT` and
/// `DELETE` (the polls of waits included), and the `POST`s the endpoint
/// table marks idempotent; never a `POST` that starts or creates something.
/// An upload is retried only when its body can be produced again (a file
/// path or bytes, not a one-shot reader).
///
/// Retried failures: the connection could not be made (refused, connect
/// timeout), it was reset or closed before any answer, and the HTTP
/// statuses 429, 502, 503 and 504. A `Retry-After` header on 429 and 503 is
/// honoured (within the total cap). Nothing else is retried: other 4xx, a
/// timeout waiting for the answer, an answer cut in the middle.
///
/// Defaults: 3 tries in all, 500 ms before the second, doubling up to 30 s
/// between tries, full jitter (each wait drawn between half and all of its
/// value), and at most 2 minutes spent waiting between tries.
///
/// ```no_run
/// use std::time::Duration;
/// use dss_api::{DssClient, RetryPolicy};
///
/// let client = DssClient::builder("http://localhost:11200")
///     .api_key("some_key")
///     .retry(RetryPolicy::new().attempts(5).on_retry(|e| eprintln!("retrying: {e}")))
///     .build()?;
/// let projects = client.list_projects().send()?;
/// // One request without retries:
/// let keys = client.list_project_keys().no_retry().send()?;
/// # Ok::<_, dss_api::Error>(())
/// ```
#[derive(Clone)]
pub struct RetryPolicy {
    attempts: u32,
    first: Duration,
    factor: f64,
    max_backoff: Duration,
    max_total: Duration,
    jitter: bool,
    on_retry: Option<RetryFn>,
}

impl fmt::Debug for RetryPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryPolicy")
            .field("attempts", &self.attempts)
            .field("first", &self.first)
            .field("factor", &self.factor)
            .field("max_backoff", &self.max_backoff)
            .field("max_total", &self.max_total)
            .field("jitter", &self.jitter)
            .field("on_retry", &self.on_retry.is_some())
            .finish()
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 3,
            first: Duration::from_millis(500),
            factor: 2.0,
            max_backoff: Duration::from_secs(30),
            max_total: Duration::from_secs(120),
            jitter: true,
            on_retry: None,
        }
    }
}

impl RetryPolicy {
    /// The defaults (see the type's docs).
    pub fn new() -> Self {
        Self::default()
    }

    /// Tries in all, the first included (at least 1; 1 means no retry).
    pub fn attempts(mut self, n: u32) -> Self {
        self.attempts = n.max(1);
        self
    }

    /// Wait before the first retry.
    pub fn first_backoff(mut self, d: Duration) -> Self {
        self.first = d;
        self
    }

    /// Growth of the wait between tries (clamped to at least 1.0).
    pub fn backoff_factor(mut self, factor: f64) -> Self {
        self.factor = if factor.is_finite() { factor.max(1.0) } else { 1.0 };
        self
    }

    /// Longest wait between two tries.
    pub fn max_backoff(mut self, d: Duration) -> Self {
        self.max_backoff = d;
        self
    }

    /// Most time spent waiting between tries, over the whole request: a
    /// retry that would go past it is not made.
    pub fn max_total(mut self, d: Duration) -> Self {
        self.max_total = d;
        self
    }

    /// Whether each wait is drawn at random between half and all of its
    /// value (on by default), so that many clients do not retry in step.
    pub fn jitter(mut self, yes: bool) -> Self {
        self.jitter = yes;
        self
    }

    /// Called before each retry (after the failure, before the wait).
    pub fn on_retry(mut self, f: impl Fn(&RetryEvent<'_>) + Send + Sync + 'static) -> Self {
        self.on_retry = Some(Arc::new(f));
        self
    }

    /// The wait before try number `next` (2 for the first retry), with the
    /// wait the server asked for, if any, taking precedence.
    pub(crate) fn backoff(&self, next: u32, asked: Option<Duration>) -> Duration {
        if let Some(d) = asked {
            return d;
        }
        let exp = i32::try_from(next.saturating_sub(2)).unwrap_or(i32::MAX);
        let base = grow(self.first, self.factor.powi(exp).min(1e9)).min(self.max_backoff);
        if self.jitter {
            // Between half and all of the wait.
            let frac = 0.5 + 0.5 * (crate::util::random_u64() % 10_000) as f64 / 10_000.0;
            base.mul_f64(frac)
        } else {
            base
        }
    }

    /// Whether another try may be made after `tried` tries, with `spent`
    /// already waited and `wait` to wait now.
    /// A wait so long that adding it overflows (a server's `Retry-After`
    /// can say anything) is past any cap.
    pub(crate) fn allows(&self, tried: u32, spent: Duration, wait: Duration) -> bool {
        tried < self.attempts && spent.checked_add(wait).is_some_and(|total| total <= self.max_total)
    }

    pub(crate) fn notify(&self, event: &RetryEvent<'_>) {
        if let Some(f) = &self.on_retry {
            f(event);
        }
    }
}

/// What a retry callback is told.
#[derive(Debug)]
#[non_exhaustive]
pub struct RetryEvent<'a> {
    /// The method whose request is retried.
    pub endpoint: &'static Endpoint,
    /// The try that failed (1 for the first).
    pub attempt: u32,
    /// The wait before the next try.
    pub wait: Duration,
    /// Why: the failure of that try.
    pub error: &'a Error,
}

impl fmt::Display for RetryEvent<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` try {} failed ({}); trying again in {:?}",
            self.endpoint, self.attempt, self.error, self.wait
        )
    }
}

/// `d` times `factor` (finite, at least 1), saturating at `Duration::MAX`
/// where `Duration::mul_f64` would panic.
fn grow(d: Duration, factor: f64) -> Duration {
    Duration::try_from_secs_f64(d.as_secs_f64() * factor).unwrap_or(Duration::MAX)
}

/// Reads a `Retry-After` value: seconds, or an HTTP date (the wait until
/// then; a date in the past is no wait).
pub(crate) fn parse_retry_after(v: &str) -> Option<Duration> {
    let v = v.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = httpdate::parse_http_date(v).ok()?;
    Some(at.duration_since(SystemTime::now()).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_is_capped_and_jittered() {
        let p = RetryPolicy::new().jitter(false).max_backoff(Duration::from_secs(3));
        assert_eq!(p.backoff(2, None), Duration::from_millis(500));
        assert_eq!(p.backoff(3, None), Duration::from_secs(1));
        assert_eq!(p.backoff(5, None), Duration::from_secs(3));
        assert_eq!(p.backoff(9999, None), Duration::from_secs(3));
        assert_eq!(p.backoff(2, Some(Duration::from_secs(7))), Duration::from_secs(7));
        // Any first wait and factor: capped, never a panic.
        let huge = RetryPolicy::new()
            .jitter(false)
            .first_backoff(Duration::MAX)
            .backoff_factor(f64::MAX);
        assert_eq!(huge.backoff(2, None), Duration::from_secs(30));
        assert_eq!(huge.backoff(50, None), Duration::from_secs(30));
        let j = RetryPolicy::new();
        for _ in 0..100 {
            let d = j.backoff(3, None);
            assert!(d >= Duration::from_millis(500) && d <= Duration::from_secs(1), "{d:?}");
        }
    }

    #[test]
    fn tries_and_total_are_capped() {
        let p = RetryPolicy::new().attempts(3).max_total(Duration::from_secs(10));
        assert!(p.allows(1, Duration::ZERO, Duration::from_secs(1)));
        assert!(!p.allows(3, Duration::ZERO, Duration::from_secs(1)));
        assert!(!p.allows(1, Duration::from_secs(9), Duration::from_secs(2)));
        // A Retry-After of u64::MAX seconds after a wait: no overflow.
        assert!(!p.allows(1, Duration::from_secs(1), Duration::from_secs(u64::MAX)));
        let unbounded = RetryPolicy::new().max_total(Duration::MAX);
        assert!(!unbounded.allows(1, Duration::from_secs(1), Duration::MAX));
        assert_eq!(RetryPolicy::new().attempts(0).attempts, 1);
    }

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        assert_eq!(parse_retry_after(" 12 "), Some(Duration::from_secs(12)));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), Some(Duration::ZERO));
        let later = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(30));
        let d = parse_retry_after(&later).unwrap();
        assert!(d > Duration::from_secs(25) && d <= Duration::from_secs(30), "{d:?}");
        assert_eq!(parse_retry_after("soon"), None);
    }
}
