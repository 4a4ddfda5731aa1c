//! The error type of every call.

use std::fmt;

use crate::endpoint::Endpoint;

/// Everything that can go wrong with a call.
///
/// API errors keep what DSS said (`errorType`, `message`,
/// `detailedMessage`) and the raw body. Every error from a call names the
/// method (`DssProject::get_metadata`) and the request (verb, host and path;
/// a secret segment as `***`); an HTTP error reads the same way whether DSS
/// sent its error document or a bare body. No variant ever holds a
/// credential.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// DSS answered with an HTTP error status (4xx or 5xx), or with a
    /// status this client does not follow: a redirect (3xx, named by its
    /// site only) or a switch of protocols (101).
    Api(Box<ApiError>),
    /// The request did not complete: connection refused, TLS failure, reset,
    /// malformed HTTP, a connection cut while the answer was read, ...
    /// (the `source` field is what ureq reported).
    Transport {
        /// The method that made the call.
        endpoint: &'static Endpoint,
        /// The request that failed.
        at: Option<Box<Site>>,
        /// What ureq reported.
        source: ureq::Error,
    },
    /// A time bound expired: connecting, waiting for the answer, no byte
    /// arriving while reading a body or none written while sending one,
    /// an answer coming in slower than the low-speed bound, the whole
    /// call. The phase and the bound say which.
    Timeout {
        /// The method that made the call.
        endpoint: &'static Endpoint,
        /// The request that timed out.
        at: Option<Box<Site>>,
        /// What was being waited for.
        phase: TimeoutPhase,
        /// The bound that expired, when known.
        limit: Option<std::time::Duration>,
        /// What ureq reported.
        source: ureq::Error,
    },
    /// An answer read into memory (JSON or text) was larger than the
    /// client's limit. Nothing was decoded.
    BodyTooLarge {
        /// The method that made the call.
        endpoint: &'static Endpoint,
        /// The request whose answer it was.
        at: Option<Box<Site>>,
        /// The limit, in bytes.
        limit: u64,
    },
    /// A line of a row stream (SQL query or dataset rows) was longer than
    /// the client's limit for one row. It was skipped, after the rows
    /// before it; the rows after it still come.
    RowTooLarge {
        /// The method whose rows these are.
        endpoint: &'static Endpoint,
        /// The request whose answer it was.
        at: Option<Box<Site>>,
        /// The row's number, counting from 1.
        row: u64,
        /// The limit, in bytes (a line's end included).
        limit: u64,
    },
    /// The answer was not what the endpoint promises (bad JSON, wrong shape,
    /// a missing member, which the message names).
    Decode {
        /// The method whose answer failed to decode.
        endpoint: &'static Endpoint,
        /// The request whose answer it was, when the answer came from one.
        at: Option<Box<Site>>,
        /// The decoding error.
        source: serde_json::Error,
    },
    /// A request body could not be written as JSON (a map with non-string
    /// keys in a caller's type, say). Nothing was sent.
    Encode {
        /// The method whose request failed to encode.
        endpoint: &'static Endpoint,
        /// The encoding error.
        source: serde_json::Error,
    },
    /// The server answered with success but reported that the operation
    /// failed (`messages.error`), or returned nothing where a result was due.
    OperationFailed {
        /// The method that made the call.
        endpoint: &'static Endpoint,
        /// The request whose answer said so, when one did.
        at: Option<Box<Site>>,
        /// A one-line summary of the server's messages.
        summary: String,
        /// The server's `messages.messages` list, as sent.
        messages: Box<serde_json::Value>,
    },
    /// Reading or writing a local file or stream failed.
    Io {
        /// What was being done.
        context: &'static str,
        /// The local file, when there is one.
        path: Option<std::path::PathBuf>,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The client could not be configured (no credential, bad URL, bad
    /// certificate, missing environment variable, ...).
    Config(String),
    /// An argument cannot be sent as given (an empty path segment, a header
    /// value with a line break, ...); nothing was sent.
    InvalidArgument {
        /// The argument's name.
        name: &'static str,
        /// Why it was refused.
        reason: String,
    },
    /// A long-running task ended in failure.
    TaskFailed {
        /// The task's id.
        job_id: String,
        /// The server's message (`errorType: message` when known).
        message: String,
        /// The task's last state, as the server sent it.
        state: Box<serde_json::Value>,
    },
    /// Work started on the server (a task, a job, a scenario run) ended
    /// without success: FAILED, ABORTED, a warning outcome where success was
    /// required, a cancelled trigger.
    RunFailed {
        /// What ran: `job`, `scenario run`, `scenario trigger`, ...
        kind: &'static str,
        /// Its id.
        id: String,
        /// How it ended (`FAILED`, `ABORTED`, `WARNING`, `CANCELLED`, ...).
        outcome: String,
        /// The server's last word on it (a job status, a run), as sent.
        details: Box<serde_json::Value>,
    },
    /// Waiting passed its deadline. The work is left running on the server;
    /// its id is kept here to look it up or abort it.
    WaitTimeout {
        /// What was waited for: `task`, `job`, `scenario run`, ...
        kind: &'static str,
        /// Its id.
        id: String,
        /// How long the client waited.
        waited: std::time::Duration,
    },
    /// A streamed SQL query failed on the server after rows were read, or its
    /// stream ended early (cut, or not readable as rows). A stream that
    /// stalls past the idle bound is [`Error::Timeout`], as every other
    /// answer is.
    QueryFailed {
        /// The query's id.
        query_id: String,
        /// What went wrong.
        message: String,
    },
    /// An LLM of the LLM Mesh answered a query with a failure (dataikuapi's
    /// `LLMException`): a completion whose `ok` is false, read through an
    /// accessor that needs its result, or an error event of a streamed
    /// completion.
    LlmFailed {
        /// DSS's message (`errorMessage`).
        message: String,
        /// DSS's code for it (`errorCode`), when given.
        code: Option<String>,
        /// DSS's kind of failure (`errorType`), when given.
        error_type: Option<String>,
        /// Where it arose (`errorSource`), when given.
        origin: Option<String>,
    },
}

/// Each error says what happened in one line. Where the cause is another
/// error whose text that line already carries (a transport failure, a
/// decoding error, an I/O error), `source()` does not repeat it, so that a
/// printed chain (anyhow's `{:#}`, `Caused by:`) shows each cause once; the
/// cause itself is in the variant's `source` field.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => write!(f, "{e}"),
            Error::Transport { endpoint, at, source } => {
                write!(
                    f,
                    "transport error calling `{endpoint}`{}: {}",
                    site_text(at),
                    transport_text(source)
                )
            }
            Error::Timeout {
                endpoint,
                at,
                phase,
                limit,
                source,
            } => write!(
                f,
                "timeout calling `{endpoint}`{} {phase}{}",
                site_text(at),
                bound_text(*phase, *limit, source)
            ),
            Error::BodyTooLarge { endpoint, at, limit } => write!(
                f,
                "the answer of `{endpoint}`{} is larger than the {} limit for answers read into memory \
                 (raise it with ClientBuilder::max_body_size)",
                site_text(at),
                size(*limit)
            ),
            Error::RowTooLarge {
                endpoint,
                at,
                row,
                limit,
            } => write!(
                f,
                "row {row} of the answer of `{endpoint}`{} is longer than the {} limit for one row and was \
                 skipped (raise it with ClientBuilder::max_row_size)",
                site_text(at),
                size(*limit)
            ),
            Error::Decode { endpoint, at, source } => {
                write!(f, "cannot decode the answer of `{endpoint}`{}: {source}", site_text(at))
            }
            Error::Encode { endpoint, source } => {
                write!(f, "cannot encode the request body of `{endpoint}`: {source}")
            }
            Error::OperationFailed {
                endpoint, at, summary, ..
            } => write!(f, "`{endpoint}`{} failed: {summary}", site_text(at)),
            Error::Io { context, path, source } => match path {
                Some(p) => write!(f, "I/O error {context} `{}`: {source}", p.display()),
                None => write!(f, "I/O error {context}: {source}"),
            },
            Error::Config(m) => write!(f, "configuration error: {m}"),
            Error::InvalidArgument { name, reason } => write!(f, "invalid argument `{name}`: {reason}"),
            Error::TaskFailed { job_id, message, .. } => write!(f, "task {job_id} failed: {message}"),
            Error::RunFailed { kind, id, outcome, .. } => write!(f, "{kind} {id} ended with {outcome}"),
            Error::WaitTimeout { kind, id, waited } => {
                write!(
                    f,
                    "{kind} {id} still running after the {waited:?} deadline (left running)"
                )
            }
            Error::QueryFailed { query_id, message } => write!(f, "SQL query {query_id} failed: {message}"),
            Error::LlmFailed { message, code, .. } => match code {
                Some(code) => write!(f, "LLM query failed ({code}): {message}"),
                None => write!(f, "LLM query failed: {message}"),
            },
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            // The timeout's line names the phase and the bound; ureq's own
            // words are the cause.
            Error::Timeout { source, .. } => Some(source),
            // The cause of the cause, when there is one: the line already
            // says what the cause itself says.
            Error::Transport { source, .. } => std::error::Error::source(source),
            Error::Decode { source, .. } | Error::Encode { source, .. } => std::error::Error::source(source),
            Error::Io { source, .. } => source.get_ref().and_then(|inner| inner.source()),
            _ => None,
        }
    }
}

/// An HTTP error answer from DSS: the status, what DSS said, and the body.
/// Read it through its accessors (more may be added).
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiError {
    endpoint: &'static Endpoint,
    at: Option<Box<Site>>,
    status: u16,
    error_type: Option<String>,
    message: Option<String>,
    detailed_message: Option<String>,
    body: String,
    retry_after: Option<std::time::Duration>,
}

impl ApiError {
    /// The method that made the call.
    pub fn endpoint(&self) -> &'static Endpoint {
        self.endpoint
    }

    /// The request DSS answered (verb, host and path).
    pub fn site(&self) -> Option<&Site> {
        self.at.as_deref()
    }

    /// The HTTP status code.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// DSS's `errorType` (a Java exception class name), when the body was a
    /// DSS error document.
    pub fn error_type(&self) -> Option<&str> {
        self.error_type.as_deref()
    }

    /// DSS's short `message`.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// DSS's `detailedMessage`.
    pub fn detailed_message(&self) -> Option<&str> {
        self.detailed_message.as_deref()
    }

    /// The raw body (possibly HTML or empty), at most 64 KiB of it.
    pub fn body(&self) -> &str {
        &self.body
    }

    /// How long the server asked to wait before trying again (its
    /// `Retry-After` header, on 429 and 503 answers).
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        self.retry_after
    }

    /// Builds an API error from a status and body, reading DSS's error
    /// document when the body is one.
    pub(crate) fn from_body(
        endpoint: &'static Endpoint,
        status: u16,
        body: String,
        retry_after: Option<std::time::Duration>,
    ) -> ApiError {
        let doc: Option<serde_json::Map<String, serde_json::Value>> = serde_json::from_str(&body).ok();
        let member = |k: &str| {
            doc.as_ref()
                .and_then(|d| d.get(k))
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        };
        ApiError {
            endpoint,
            at: None,
            status,
            error_type: member("errorType"),
            message: member("message"),
            detailed_message: member("detailedMessage"),
            body,
            retry_after,
        }
    }
}

impl ApiError {
    /// Replaces each of `secrets` by `***` in everything the server said.
    fn hide(&mut self, secrets: &[String]) {
        for text in [
            Some(&mut self.body),
            self.error_type.as_mut(),
            self.message.as_mut(),
            self.detailed_message.as_mut(),
        ]
        .into_iter()
        .flatten()
        {
            if let Some(clean) = hidden(text, secrets) {
                *text = clean;
            }
        }
    }
}

/// `text` with each of `secrets` replaced by `***`, or `None` when it holds
/// none of them.
fn hidden(text: &str, secrets: &[String]) -> Option<String> {
    let mut out: Option<String> = None;
    for secret in secrets.iter().filter(|s| !s.is_empty()) {
        let current = out.as_deref().unwrap_or(text);
        if current.contains(secret.as_str()) {
            out = Some(current.replace(secret.as_str(), "***"));
        }
    }
    out
}

/// The same shape whether DSS sent its JSON error or a bare body: status,
/// method and request, then what DSS said (`errorType: detailedMessage`,
/// as dataikuapi shows it), or the start of the body.
impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "HTTP {} from `{}`{}",
            self.status,
            self.endpoint,
            site_text(&self.at)
        )?;
        let detail = self.detailed_message.as_deref().or(self.message.as_deref());
        match (&self.error_type, detail) {
            (Some(t), Some(d)) => write!(f, ": {t}: {d}"),
            (Some(t), None) => write!(f, ": {t}"),
            (None, Some(d)) => write!(f, ": {d}"),
            (None, None) => {
                let snippet: String = self.body.chars().take(200).collect();
                let snippet = snippet.trim();
                if snippet.is_empty() {
                    f.write_str(" (empty body)")
                } else {
                    write!(f, ": {snippet}")
                }
            }
        }
    }
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("endpoint", &self.endpoint)
            .field("at", &self.at)
            .field("status", &self.status)
            .field("error_type", &self.error_type)
            .field("message", &self.message)
            .field("detailed_message", &self.detailed_message)
            .field("body_len", &self.body.len())
            .finish()
    }
}

impl Error {
    /// The method whose call failed (`DssDataset::delete`), when the error
    /// comes from a call: its identity in the catalog.
    pub fn endpoint(&self) -> Option<&'static Endpoint> {
        match self {
            Error::Api(e) => Some(e.endpoint),
            Error::Transport { endpoint, .. }
            | Error::Timeout { endpoint, .. }
            | Error::BodyTooLarge { endpoint, .. }
            | Error::Decode { endpoint, .. }
            | Error::Encode { endpoint, .. }
            | Error::OperationFailed { endpoint, .. } => Some(endpoint),
            _ => None,
        }
    }

    /// The HTTP status of an API error.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status),
            _ => None,
        }
    }

    /// DSS's `errorType` of an API error (e.g.
    /// `com.dataiku.dip.server.controllers.NotFoundException`).
    pub fn error_type(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.error_type.as_deref(),
            _ => None,
        }
    }

    /// The API error details, if this is one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// Whether this is an HTTP 404 answer.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404)
    }

    /// Whether trying the same call again later may succeed: connection
    /// failures and resets before an answer, a connect timeout, and HTTP
    /// 429, 502, 503 and 504 (the failures a [`RetryPolicy`](crate::RetryPolicy)
    /// retries, for requests that are safe to repeat).
    pub fn is_retryable(&self) -> bool {
        retryable(self).0
    }

    /// For a timeout, what was being waited for.
    pub fn timeout_phase(&self) -> Option<TimeoutPhase> {
        match self {
            Error::Timeout { phase, .. } => Some(*phase),
            _ => None,
        }
    }

    /// A transport error, or a timeout when ureq reports one (`limit` gives
    /// the bound of each phase, when known).
    pub(crate) fn transport_with(
        endpoint: &'static Endpoint,
        source: ureq::Error,
        limit: impl Fn(TimeoutPhase) -> Option<std::time::Duration>,
    ) -> Error {
        match source {
            ureq::Error::Timeout(t) => {
                let phase = TimeoutPhase::of(t);
                Error::Timeout {
                    at: None,
                    endpoint,
                    phase,
                    limit: limit(phase),
                    source,
                }
            }
            ureq::Error::BodyExceedsLimit(limit) => Error::BodyTooLarge {
                at: None,
                endpoint,
                limit,
            },
            source => Error::Transport {
                at: None,
                endpoint,
                source,
            },
        }
    }

    /// An error while reading an answer's body. Every byte read there comes
    /// from the connection, so the error is the transport's: ureq's own
    /// errors keep their meaning (a timeout stays a timeout), and a plain
    /// I/O error, which is how ureq hands over a connection cut in the
    /// middle of a body, is [`Error::Transport`], as the same cut is when a
    /// JSON answer is read.
    pub(crate) fn reading(endpoint: &'static Endpoint, e: std::io::Error, bounds: &PhaseBounds) -> Error {
        if let Some(slow) = e.get_ref().and_then(|i| i.downcast_ref::<TooSlow>()) {
            return Error::Timeout {
                at: None,
                endpoint,
                phase: TimeoutPhase::LowSpeed,
                limit: Some(slow.window),
                source: ureq::Error::Io(e),
            };
        }
        if !e.get_ref().is_some_and(|inner| inner.is::<ureq::Error>()) {
            return Error::Transport {
                at: None,
                endpoint,
                source: ureq::Error::Io(e),
            };
        }
        let kind = e.kind();
        let plain = |e: std::io::Error| Error::Transport {
            at: None,
            endpoint,
            source: ureq::Error::Io(e),
        };
        match e.into_inner().map(|inner| inner.downcast::<ureq::Error>()) {
            Some(Ok(source)) => Error::transport_with(endpoint, *source, |phase| bounds.of(phase)),
            Some(Err(other)) => plain(std::io::Error::new(kind, other)),
            None => plain(std::io::Error::from(kind)),
        }
    }

    /// Whether an error from reading an answer's body is a time bound
    /// expiring (which [`reading`](Self::reading) makes a timeout).
    pub(crate) fn is_timeout(e: &std::io::Error) -> bool {
        let inner = e.get_ref();
        inner.is_some_and(|i| i.is::<TooSlow>())
            || inner
                .and_then(|i| i.downcast_ref::<ureq::Error>())
                .is_some_and(|u| matches!(u, ureq::Error::Timeout(_)))
    }

    /// This error with every one of `secrets` (a call's secret path
    /// segments, in each form a server may write them back) replaced by
    /// `***` wherever the server's words are kept: an API error's body and
    /// messages, a decoding error's text (serde quotes the text it could
    /// not read), a transport error's text. Other errors hold no server
    /// text and are returned as they are.
    pub(crate) fn hiding(self, secrets: &[String]) -> Error {
        if secrets.is_empty() {
            return self;
        }
        match self {
            Error::Api(mut e) => {
                e.hide(secrets);
                Error::Api(e)
            }
            Error::Decode { endpoint, at, source } => match hidden(&source.to_string(), secrets) {
                Some(text) => Error::Decode {
                    at,
                    endpoint,
                    source: <serde_json::Error as serde::de::Error>::custom(text),
                },
                None => Error::Decode { at, endpoint, source },
            },
            Error::Transport { endpoint, at, source } => match hidden(&source.to_string(), secrets) {
                Some(text) => Error::Transport {
                    at,
                    endpoint,
                    source: ureq::Error::Io(std::io::Error::other(text)),
                },
                None => Error::Transport { at, endpoint, source },
            },
            other => other,
        }
    }

    pub(crate) fn io(context: &'static str, source: std::io::Error) -> Error {
        Error::Io {
            path: None,
            context,
            source,
        }
    }

    /// An I/O error on the local file `path`.
    pub(crate) fn io_at(context: &'static str, path: &std::path::Path, source: std::io::Error) -> Error {
        Error::Io {
            path: Some(path.to_path_buf()),
            context,
            source,
        }
    }

    /// The request this error comes from (verb, host and path), when it
    /// comes from one.
    pub fn site(&self) -> Option<&Site> {
        match self {
            Error::Api(e) => e.at.as_deref(),
            Error::Transport { at, .. }
            | Error::Timeout { at, .. }
            | Error::BodyTooLarge { at, .. }
            | Error::RowTooLarge { at, .. }
            | Error::Decode { at, .. }
            | Error::OperationFailed { at, .. } => at.as_deref(),
            _ => None,
        }
    }

    /// An I/O error without a path, as the error of the local file `path`.
    pub(crate) fn on_file(self, path: &std::path::Path) -> Error {
        match self {
            Error::Io {
                path: None,
                context,
                source,
            } => Error::io_at(context, path, source),
            other => other,
        }
    }

    /// This error, naming `site` as the request it comes from unless it
    /// names one already.
    pub(crate) fn located(mut self, site: &Site) -> Error {
        let slot = match &mut self {
            Error::Api(e) => &mut e.at,
            Error::Transport { at, .. }
            | Error::Timeout { at, .. }
            | Error::BodyTooLarge { at, .. }
            | Error::RowTooLarge { at, .. }
            | Error::Decode { at, .. }
            | Error::OperationFailed { at, .. } => at,
            _ => return self,
        };
        if slot.is_none() {
            *slot = Some(Box::new(site.clone()));
        }
        self
    }
}

/// What a transport error says: ureq's own words, except where they would
/// mislead. ureq reports a body whose chunked framing it cannot read
/// because one of its lines (a chunk size) is longer than its read buffer
/// as "body data reading stalled", which reads like a slow server.
fn transport_text(source: &ureq::Error) -> String {
    match source {
        ureq::Error::BodyStalled => "the answer's framing is broken: a line of its chunked encoding \
             (a chunk size) is longer than the client's read buffer"
            .to_owned(),
        other => other.to_string(),
    }
}

/// ` (GET https://host/dip/publicapi/...)`: the request an error comes
/// from, when known.
fn site_text(at: &Option<Box<Site>>) -> String {
    at.as_ref().map(|s| format!(" ({s})")).unwrap_or_default()
}

/// The request a call error comes from: its verb and URL (the host and the
/// path as sent, a secret segment shown as `***`, without the query).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    verb: crate::endpoint::Verb,
    url: String,
}

impl Site {
    pub(crate) fn new(verb: crate::endpoint::Verb, url: String) -> Site {
        Site { verb, url }
    }

    /// The request's verb.
    pub fn verb(&self) -> crate::endpoint::Verb {
        self.verb
    }

    /// The URL called: host and path as sent (secret segments as `***`),
    /// without the query.
    pub fn url(&self) -> &str {
        &self.url
    }
}

impl fmt::Display for Site {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.verb, self.url)
    }
}

/// Whether a failed try may be retried, and the wait the server asked for.
pub(crate) fn retryable(err: &Error) -> (bool, Option<std::time::Duration>) {
    match err {
        Error::Api(e) => match e.status() {
            429 | 503 => (true, e.retry_after()),
            502 | 504 => (true, None),
            _ => (false, None),
        },
        Error::Transport { source, .. } => (transport_failure_before_answer(source), None),
        Error::Timeout { phase, .. } => (*phase == TimeoutPhase::Connect, None),
        _ => (false, None),
    }
}

/// Connection failures and resets that happen before an answer: the request
/// did not get an answer, so a safe request can be sent again.
fn transport_failure_before_answer(e: &ureq::Error) -> bool {
    use std::io::ErrorKind::*;
    match e {
        ureq::Error::ConnectionFailed => true,
        ureq::Error::Io(io) => matches!(
            io.kind(),
            ConnectionRefused | ConnectionReset | ConnectionAborted | BrokenPipe | UnexpectedEof | NotConnected
        ),
        _ => false,
    }
}

/// A size as people write it: in MiB or KiB when it is a whole number of
/// them, in bytes otherwise (a limit of 64 KiB is not "0 MiB").
fn size(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    match bytes {
        0 => "0-byte".to_owned(),
        b if b % MIB == 0 => format!("{} MiB", b / MIB),
        b if b % KIB == 0 => format!("{} KiB", b / KIB),
        b => format!("{b}-byte"),
    }
}

/// The bound of each phase of one call (as the client's settings and the
/// call's own make it), so that a timeout names the bound that fired.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PhaseBounds {
    pub(crate) connect: Option<std::time::Duration>,
    pub(crate) response: Option<std::time::Duration>,
    /// No byte read, or none written, for this long.
    pub(crate) idle: Option<std::time::Duration>,
    /// The whole answer (calls DSS holds open read theirs under one bound).
    pub(crate) body: Option<std::time::Duration>,
    pub(crate) total: Option<std::time::Duration>,
    /// The least an answer must deliver over a window, when bounded.
    pub(crate) low_speed: Option<LowSpeed>,
}

/// The low-speed bound: an answer delivering fewer than `bytes` over any
/// `window` of waiting for it is cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LowSpeed {
    pub(crate) bytes: u64,
    pub(crate) window: std::time::Duration,
}

impl LowSpeed {
    /// The bound, or none for `0` bytes or a zero window.
    pub(crate) fn new(bytes: u64, window: std::time::Duration) -> Option<LowSpeed> {
        (bytes > 0 && !window.is_zero()).then_some(LowSpeed { bytes, window })
    }
}

/// An answer came in slower than its [`LowSpeed`] bound (what a read
/// reports, inside an `io::Error` of kind `TimedOut`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct TooSlow {
    pub(crate) bytes: u64,
    pub(crate) window: std::time::Duration,
}

impl fmt::Display for TooSlow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "fewer than {} bytes arrived in {:?} of waiting (the low-speed bound)",
            self.bytes, self.window
        )
    }
}

impl std::error::Error for TooSlow {}

/// The bound a timeout error names: the duration, or for the low-speed
/// bound, the bytes and the window.
fn bound_text(phase: TimeoutPhase, limit: Option<std::time::Duration>, source: &ureq::Error) -> String {
    let slow = match source {
        ureq::Error::Io(e) => e.get_ref().and_then(|i| i.downcast_ref::<TooSlow>()),
        _ => None,
    };
    match (phase, slow, limit) {
        (TimeoutPhase::LowSpeed, Some(slow), _) => {
            format!(" (bound: {} bytes in {:?})", slow.bytes, slow.window)
        }
        (_, _, Some(l)) => format!(" (bound: {l:?})"),
        (_, _, None) => String::new(),
    }
}

impl PhaseBounds {
    /// The bound of `phase`, when known.
    pub(crate) fn of(&self, phase: TimeoutPhase) -> Option<std::time::Duration> {
        match phase {
            TimeoutPhase::Connect => self.connect,
            TimeoutPhase::Response => self.response,
            TimeoutPhase::Idle | TimeoutPhase::Send => self.idle,
            TimeoutPhase::Body => self.body,
            TimeoutPhase::Total => self.total,
            TimeoutPhase::LowSpeed => self.low_speed.map(|l| l.window),
        }
    }
}

/// What a call was waiting for when a time bound expired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeoutPhase {
    /// Resolving the host and opening the connection (TLS included).
    Connect,
    /// Sending the request: no byte of it could be written for the idle
    /// bound (the server stopped reading it).
    Send,
    /// Waiting for the answer to begin (its status and headers).
    Response,
    /// Reading an answer during which no byte arrived for the idle bound.
    Idle,
    /// Reading a whole answer.
    Body,
    /// The whole call, past the overall timeout.
    Total,
    /// Reading an answer that came in slower than the low-speed bound:
    /// fewer than its bytes over its window of waiting.
    LowSpeed,
}

impl TimeoutPhase {
    fn of(t: ureq::Timeout) -> TimeoutPhase {
        use ureq::Timeout as T;
        match t {
            T::Resolve | T::Connect => TimeoutPhase::Connect,
            T::SendRequest | T::SendBody | T::Await100 | T::PerWrite => TimeoutPhase::Send,
            T::RecvResponse => TimeoutPhase::Response,
            T::RecvBody => TimeoutPhase::Body,
            T::PerRead => TimeoutPhase::Idle,
            _ => TimeoutPhase::Total,
        }
    }
}

impl fmt::Display for TimeoutPhase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TimeoutPhase::Connect => "while connecting",
            TimeoutPhase::Send => "while sending the request (no byte of it could be written)",
            TimeoutPhase::Response => "while waiting for the answer",
            TimeoutPhase::Idle => "while no byte arrived (idle)",
            TimeoutPhase::Body => "while reading the answer",
            TimeoutPhase::Total => "past the overall timeout",
            TimeoutPhase::LowSpeed => "while the answer came in too slowly",
        })
    }
}

/// `Result` with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use std::io;
    use std::time::Duration;

    use super::*;
    use crate::endpoint::testing::GET;

    #[test]
    fn the_body_limit_reads_as_it_was_set() {
        let text = |limit| {
            Error::BodyTooLarge {
                endpoint: &GET,
                at: None,
                limit,
            }
            .to_string()
        };
        assert!(text(256 << 20).contains("the 256 MiB limit"), "{}", text(256 << 20));
        assert!(text(64 * 1024).contains("the 64 KiB limit"), "{}", text(64 * 1024));
        assert!(
            text(1536 * 1024).contains("the 1536 KiB limit"),
            "{}",
            text(1536 * 1024)
        );
        assert!(text(1000).contains("the 1000-byte limit"), "{}", text(1000));
        assert!(text(0).contains("the 0-byte limit"), "{}", text(0));
    }

    #[test]
    fn a_connection_cut_while_reading_a_body_is_a_transport_error() {
        // What ureq hands over when the peer closes before the body's end.
        let cut = io::Error::new(io::ErrorKind::UnexpectedEof, "Peer disconnected");
        match Error::reading(&GET, cut, &PhaseBounds::default()) {
            Error::Transport {
                endpoint,
                source: ureq::Error::Io(e),
                ..
            } if *endpoint == GET => assert_eq!(e.kind(), io::ErrorKind::UnexpectedEof),
            other => panic!("{other:?}"),
        }
        // ureq's own errors keep their meaning.
        let stalled = io::Error::other(ureq::Error::Timeout(ureq::Timeout::PerRead));
        let bounds = PhaseBounds {
            idle: Some(Duration::from_millis(300)),
            total: Some(Duration::from_secs(2)),
            ..PhaseBounds::default()
        };
        let err = Error::reading(&GET, stalled, &bounds);
        assert_eq!(err.timeout_phase(), Some(TimeoutPhase::Idle), "{err:?}");
        assert!(err.to_string().contains("(bound: 300ms)"), "{err}");
        // The bound named is the one that fired.
        let past = io::Error::other(ureq::Error::Timeout(ureq::Timeout::Global));
        let err = Error::reading(&GET, past, &bounds);
        assert_eq!(err.timeout_phase(), Some(TimeoutPhase::Total), "{err:?}");
        assert!(
            err.to_string().contains("past the overall timeout (bound: 2s)"),
            "{err}"
        );
        let written = Error::transport_with(&GET, ureq::Error::Timeout(ureq::Timeout::PerWrite), |p| bounds.of(p));
        assert_eq!(written.timeout_phase(), Some(TimeoutPhase::Send));
        assert!(
            written
                .to_string()
                .contains("while sending the request (no byte of it could be written) (bound: 300ms)"),
            "{written}"
        );
        let stalled = Error::transport_with(&GET, ureq::Error::BodyStalled, |_| None);
        assert!(stalled.to_string().contains("framing is broken"), "{stalled}");
        let failed = io::Error::other(ureq::Error::ConnectionFailed);
        assert!(matches!(
            Error::reading(&GET, failed, &PhaseBounds::default()),
            Error::Transport {
                source: ureq::Error::ConnectionFailed,
                ..
            }
        ));
    }
}
