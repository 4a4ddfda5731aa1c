//! The error type of every call.

use std::fmt;

/// Everything that can go wrong with a call.
///
/// API errors keep what DSS said (`errorType`, `message`,
/// `detailedMessage`) and the raw body; their `Display` reads like
/// dataikuapi's `"errorType: detailedMessage"`. No variant ever holds a
/// credential.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// DSS answered with an HTTP error status (4xx or 5xx).
    #[error("{0}")]
    Api(Box<ApiError>),
    /// The request did not complete: connection refused, TLS failure, reset,
    /// malformed HTTP, ...
    #[error("transport error calling `{endpoint}`: {source}")]
    Transport {
        /// The method that made the call.
        endpoint: &'static str,
        /// What ureq reported.
        #[source]
        source: ureq::Error,
    },
    /// A connect, read or overall timeout expired.
    #[error("timeout calling `{endpoint}`: {source}")]
    Timeout {
        /// The method that made the call.
        endpoint: &'static str,
        /// What ureq reported.
        #[source]
        source: ureq::Error,
    },
    /// The answer was not what the endpoint promises (bad JSON, wrong shape,
    /// a missing member, which the message names).
    #[error("cannot decode the answer of `{endpoint}`: {source}")]
    Decode {
        /// The method whose answer failed to decode.
        endpoint: &'static str,
        /// The decoding error.
        #[source]
        source: serde_json::Error,
    },
    /// A request body could not be written as JSON (a map with non-string
    /// keys in a caller's type, say). Nothing was sent.
    #[error("cannot encode the request body of `{endpoint}`: {source}")]
    Encode {
        /// The method whose request failed to encode.
        endpoint: &'static str,
        /// The encoding error.
        #[source]
        source: serde_json::Error,
    },
    /// The server answered with success but reported that the operation
    /// failed (`messages.error`), or returned nothing where a result was due.
    #[error("`{endpoint}` failed: {summary}")]
    OperationFailed {
        /// The method that made the call.
        endpoint: &'static str,
        /// A one-line summary of the server's messages.
        summary: String,
        /// The server's `messages.messages` list, as sent.
        messages: Box<serde_json::Value>,
    },
    /// Reading or writing a local file or stream failed.
    #[error("I/O error in `{context}`: {source}")]
    Io {
        /// What was being done.
        context: &'static str,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The client could not be configured (no credential, bad URL, bad
    /// certificate, missing environment variable, ...).
    #[error("configuration error: {0}")]
    Config(String),
    /// An argument cannot be sent as given (an empty path segment, a header
    /// value with a line break, ...); nothing was sent.
    #[error("invalid argument `{name}`: {reason}")]
    InvalidArgument {
        /// The argument's name.
        name: &'static str,
        /// Why it was refused.
        reason: String,
    },
    /// A long-running task ended in failure.
    #[error("task {job_id} failed: {message}")]
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
    #[error("{kind} {id} ended with {outcome}")]
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
    #[error("{kind} {id} still running after the {waited:?} deadline (left running)")]
    WaitTimeout {
        /// What was waited for: `task`, `job`, `scenario run`, ...
        kind: &'static str,
        /// Its id.
        id: String,
        /// How long the client waited.
        waited: std::time::Duration,
    },
    /// A streamed SQL query failed on the server after rows were read, or its
    /// stream ended early.
    #[error("SQL query {query_id} failed: {message}")]
    QueryFailed {
        /// The query's id.
        query_id: String,
        /// What went wrong.
        message: String,
    },
}

/// An HTTP error answer from DSS: the status, what DSS said, and the body.
/// Read it through its accessors (more may be added).
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiError {
    endpoint: &'static str,
    status: u16,
    error_type: Option<String>,
    message: Option<String>,
    detailed_message: Option<String>,
    body: String,
}

impl ApiError {
    /// The method that made the call.
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
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

    /// Builds an API error from a status and body, reading DSS's error
    /// document when the body is one.
    pub(crate) fn from_body(endpoint: &'static str, status: u16, body: String) -> ApiError {
        let doc: Option<serde_json::Map<String, serde_json::Value>> = serde_json::from_str(&body).ok();
        let member = |k: &str| {
            doc.as_ref()
                .and_then(|d| d.get(k))
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        };
        ApiError {
            endpoint,
            status,
            error_type: member("errorType"),
            message: member("message"),
            detailed_message: member("detailedMessage"),
            body,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let detail = self.detailed_message.as_deref().or(self.message.as_deref());
        match (&self.error_type, detail) {
            (Some(t), Some(d)) => write!(f, "{t}: {d}"),
            (Some(t), None) => write!(f, "{t}: HTTP {}", self.status),
            (None, Some(d)) => write!(f, "HTTP {}: {d}", self.status),
            (None, None) => {
                let snippet: String = self.body.chars().take(200).collect();
                let snippet = snippet.trim();
                if snippet.is_empty() {
                    write!(f, "HTTP {} from `{}` (empty body)", self.status, self.endpoint)
                } else {
                    write!(f, "HTTP {} from `{}`: {snippet}", self.status, self.endpoint)
                }
            }
        }
    }
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("endpoint", &self.endpoint)
            .field("status", &self.status)
            .field("error_type", &self.error_type)
            .field("message", &self.message)
            .field("detailed_message", &self.detailed_message)
            .field("body_len", &self.body.len())
            .finish()
    }
}

impl Error {
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

    /// Whether trying the same call again later may succeed: timeouts,
    /// connection failures, and HTTP 408, 429, 502, 503 and 504.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Timeout { .. } => true,
            Error::Transport { source, .. } => matches!(
                source,
                ureq::Error::Io(_) | ureq::Error::ConnectionFailed | ureq::Error::HostNotFound
            ),
            Error::Api(e) => matches!(e.status, 408 | 429 | 502 | 503 | 504),
            _ => false,
        }
    }

    pub(crate) fn transport(endpoint: &'static str, source: ureq::Error) -> Error {
        match source {
            ureq::Error::Timeout(_) => Error::Timeout { endpoint, source },
            source => Error::Transport { endpoint, source },
        }
    }

    pub(crate) fn io(context: &'static str, source: std::io::Error) -> Error {
        Error::Io { context, source }
    }
}

/// `Result` with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
