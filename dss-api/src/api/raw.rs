//! The escape hatch: a request on any path of a server's API, for the
//! endpoints the spec does not have yet. It goes through the same request
//! core as every generated method (credential, time bounds, retry policy,
//! typed errors, log line, progress, redaction of secret segments), and
//! the mock stubs it like the others.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::endpoint::{Endpoint, Verb};
use crate::rt::{options_setters, ByteStream, Call, DssClient, Error, RequestOptions, Result, Upload};

impl DssClient {
    /// A request on any path of the public API, for an endpoint the spec
    /// does not have: `path` is under the API prefix (`/projects/`), as it
    /// is sent; identifiers go in with [`segment`](RawRequest::segment),
    /// which encodes them as generated methods do.
    ///
    /// ```no_run
    /// use dss_api::{DssClient, Verb};
    ///
    /// let client = DssClient::new("http://localhost:11200", "some_key")?;
    /// let timeline = client
    ///     .raw(Verb::Get, "/projects")
    ///     .segment("MY PROJECT")
    ///     .segment("timeline")
    ///     .query("itemCount", "10")
    ///     .send()?;
    /// # Ok::<_, dss_api::Error>(())
    /// ```
    pub fn raw(&self, verb: Verb, path: &str) -> RawRequest<'_> {
        RawRequest::new(self, &crate::api::generated::endpoints::RAW, verb, path)
    }
}

/// A piece of path after the literal part.
#[derive(Debug)]
enum Step {
    /// One segment, encoded.
    Segment(String),
    /// Several segments, each encoded, the slashes kept.
    Segments(String),
}

/// The body of a raw request.
enum Body {
    None,
    Json(Value),
    /// A multipart form with one part named `file`.
    Form(Upload),
    /// The bytes as they are.
    Bytes(Upload),
    /// A body that could not be encoded: the error, reported by `send`.
    Invalid(Error),
}

/// A request on any path, made by `raw` on a client: set the query,
/// headers and body, then send it and read the answer the way it comes
/// (`send` for JSON, `send_as`, `send_text`, `send_stream`, `send_empty`).
/// The per-request settings of every request value (time bounds, retries,
/// progress) apply. A request is retried (when a retry policy is set) if
/// its verb is safe to repeat (`GET`, `PUT`, `DELETE`), unless
/// [`idempotent`](Self::idempotent) says otherwise.
pub struct RawRequest<'c> {
    client: &'c DssClient,
    endpoint: &'static Endpoint,
    verb: Verb,
    path: String,
    steps: Vec<Step>,
    query: Vec<(String, Vec<String>)>,
    headers: Vec<(String, String)>,
    body: Body,
    idempotent: Option<bool>,
    opts: RequestOptions,
}

impl std::fmt::Debug for RawRequest<'_> {
    /// The method and verb only: segments, query values, headers and body
    /// may hold secrets.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RawRequest")
            .field("endpoint", &self.endpoint)
            .field("verb", &self.verb)
            .finish_non_exhaustive()
    }
}

options_setters!(RawRequest<'c>, opts);

impl<'c> RawRequest<'c> {
    /// The request `verb path` on `client`'s server, named `endpoint` in
    /// errors and logs (the `raw` of the client's type).
    pub(crate) fn new(client: &'c DssClient, endpoint: &'static Endpoint, verb: Verb, path: &str) -> Self {
        RawRequest {
            client,
            endpoint,
            verb,
            path: path.to_owned(),
            steps: Vec::new(),
            query: Vec::new(),
            headers: Vec::new(),
            body: Body::None,
            idempotent: None,
            opts: RequestOptions::default(),
        }
    }

    /// Appends `/` and one path segment, percent-encoded so that it stays
    /// one segment whatever it holds (`a/b` is sent as `a%2Fb`); an empty
    /// segment is refused when sending.
    pub fn segment(mut self, value: impl Into<String>) -> Self {
        self.steps.push(Step::Segment(value.into()));
        self
    }

    /// Appends `/` and a path of several segments (`a b/c.txt`): each is
    /// encoded, the slashes between them kept, leading slashes dropped.
    pub fn segments(mut self, path: impl Into<String>) -> Self {
        self.steps.push(Step::Segments(path.into()));
        self
    }

    /// Adds a query parameter (encoded); a parameter added twice is sent
    /// twice, in order.
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), vec![value.into()]));
        self
    }

    /// Adds a header to this request (after the client's own). A name or
    /// value HTTP cannot carry is refused when sending.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Sends `body` as JSON. A value that cannot be written as JSON is
    /// [`Error::Encode`] when sending.
    pub fn json(mut self, body: impl serde::Serialize) -> Self {
        self.body = match serde_json::to_value(body) {
            Ok(v) => Body::Json(v),
            Err(source) => Body::Invalid(Error::Encode {
                endpoint: self.endpoint,
                source,
            }),
        };
        self
    }

    /// Sends a file as a `multipart/form-data` form with one part named
    /// `file` (the upload's file name, or `file`), as DSS's upload
    /// endpoints take it.
    pub fn upload(mut self, file: impl Into<Upload>) -> Self {
        self.body = Body::Form(file.into());
        self
    }

    /// Sends these bytes (a file, a reader) as the body, as they are.
    pub fn body(mut self, bytes: impl Into<Upload>) -> Self {
        self.body = Body::Bytes(bytes.into());
        self
    }

    /// Declares the request safe (or not) to send twice, whatever its verb
    /// says: a retry policy then repeats it (or never does).
    pub fn idempotent(mut self, yes: bool) -> Self {
        self.idempotent = Some(yes);
        self
    }

    /// The call, ready to send.
    fn prepare(self) -> Result<Call<'c>> {
        let mut call = Call::new(self.client, self.endpoint);
        call.set_verb(self.verb);
        if let Some(yes) = self.idempotent {
            call.set_idempotent(yes);
        }
        call.path_text("path", &self.path)?;
        for step in &self.steps {
            call.lit("/");
            match step {
                Step::Segment(v) => call.segment("segment", v, false)?,
                Step::Segments(v) => call.segments("segments", v, false)?,
            }
        }
        for (name, values) in &self.query {
            call.query(name, values.clone());
        }
        for (name, value) in &self.headers {
            call.header(name, value)?;
        }
        match self.body {
            Body::None => {}
            Body::Json(v) => call.json(&v)?,
            Body::Form(upload) => call.upload_named(upload),
            Body::Bytes(upload) => call.raw(upload),
            Body::Invalid(e) => return Err(e),
        }
        call.options(self.opts);
        Ok(call)
    }

    /// Sends the request and reads the answer as JSON; an empty answer is
    /// `Value::Null`.
    pub fn send(self) -> Result<Value> {
        let endpoint = self.endpoint;
        let text = self.prepare()?.send_text()?;
        if text.trim().is_empty() {
            return Ok(Value::Null);
        }
        serde_json::from_str(&text).map_err(|source| Error::Decode {
            at: None,
            endpoint,
            source,
        })
    }

    /// Sends the request and decodes the JSON answer into the caller's own
    /// type.
    pub fn send_as<T: DeserializeOwned>(self) -> Result<T> {
        self.prepare()?.send_json()
    }

    /// Sends the request and returns the answer as text.
    pub fn send_text(self) -> Result<String> {
        self.prepare()?.send_text()
    }

    /// Sends the request and returns a reader over the answer's body (read
    /// as it arrives, under the idle and low-speed bounds of every stream).
    pub fn send_stream(self) -> Result<ByteStream> {
        self.prepare()?.send_stream()
    }

    /// Sends the request and discards the answer.
    pub fn send_empty(self) -> Result<()> {
        self.prepare()?.send_empty()
    }
}

#[cfg(feature = "mock")]
impl crate::rt::Prepared for RawRequest<'_> {
    const REQUEST_TYPE: &'static str = "RawRequest";
    const ENDPOINT: &'static Endpoint = &crate::api::generated::endpoints::RAW;

    fn described(self, _start: bool) -> Result<crate::rt::Described> {
        Ok(self.prepare()?.describe())
    }
}
