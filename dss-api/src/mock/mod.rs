//! An embedded DSS for your tests (feature `mock`): a loopback HTTP server
//! ([`httpmock`]) and a [`DssClient`] pointed at it, with stubs written
//! like the calls they answer.
//!
//! A stub is made from the request value of the method itself
//! (`mock.list_projects()`, `mock.get_project("K").get_metadata()`, ...),
//! so it matches exactly what the client sends for that call: the verb,
//! the path as encoded, the query, and the JSON body (a multipart upload
//! by its file name; the bytes of an upload are what the test reads back).
//! The [`Stub`] trait gives every generated request value its
//! `returns(..)`, `fails(..)`, ...; what they give back ([`Stubbed`])
//! tells how often and with what the stub was called.
//!
//! ```
//! use dss_api::mock::{MockDss, Stub};
//! use serde_json::json;
//!
//! let mock = MockDss::start()?;
//! let keys = mock.list_project_keys().returns(["SALES", "HR"])?;
//! let meta = mock.get_project("SALES").get_metadata().returns(json!({"label": "Sales"}))?;
//! let save = mock.get_project("SALES").set_metadata(json!({"label": "Sales 2"})).returns(())?;
//! let gone = mock.get_project("OLD").get_metadata().fails(404, "com.dataiku.dip.exceptions.UnknownObjectException", "Project OLD does not exist")?;
//!
//! // The code under test gets a `&DssClient`: the mock's (`MockDss` derefs to it).
//! let client: &dss_api::DssClient = &mock;
//! assert_eq!(client.list_project_keys().send()?, ["SALES", "HR"]);
//! let mut label = client.get_project("SALES").get_metadata().send()?;
//! label["label"] = json!("Sales 2");
//! client.get_project("SALES").set_metadata(label).send()?;
//! assert!(client.get_project("OLD").get_metadata().send().unwrap_err().is_not_found());
//!
//! keys.assert_calls(1);
//! meta.assert_calls(1);
//! assert_eq!(save.calls()[0].json(), Some(json!({"label": "Sales 2"})));
//! gone.assert_calls(1);
//! # Ok::<_, dss_api::Error>(())
//! ```
//!
//! - **Answers.** `returns(x)` answers what the method reads, as JSON: for
//!   a method that takes a member of each item (`list_project_keys` reads
//!   `projectKey`), `returns(["A"])` answers `[{"projectKey": "A"}]`; for
//!   text and byte streams a string is sent as it is; for `()` results,
//!   `returns(())` answers nothing. `returns_json`, `returns_text` and
//!   `returns_bytes` send exactly what they are given; `fails(status,
//!   error_type, message)` answers a DSS error, which the client turns into
//!   [`Error::Api`]. [`Answer`]s, in turn or computed from the request
//!   ([`Stub::answers_in_turn`], [`Stub::responds_with`]), script anything
//!   else.
//! - **Scripts** for the calls that take several requests:
//!   [`FutureGetState::finishes_after`] (a task done after some polls),
//!   [`ScenarioRun::ends_after`] (a scenario run going `RUNNING` then
//!   ending), [`SqlQuery::returns_rows`] (a query, its rows stream and the
//!   check that ends it), [`DatasetIterRows::returns_rows`] (a dataset's
//!   schema, data stream and check), [`MockDss::managed_folder`] (a folder
//!   that keeps the files put into it).
//! - **Calls.** [`Stubbed::calls`] gives each request a stub answered, in
//!   order ([`ReceivedRequest`]: query, headers, body, upload);
//!   [`Stubbed::assert_calls`] checks how many.
//! - A request no stub matches is answered 404 by the server (the client
//!   reports it as [`Error::Api`], with the server's explanation). When
//!   several stubs match a request, the first one made answers.
//! - The server is a real one: the client sends everything over HTTP, so
//!   retries, timeouts, streams, uploads and progress callbacks behave as
//!   against DSS. [`MockDss::server`] gives the [`httpmock::MockServer`]
//!   for anything the stubs do not cover.
//!
//! [`FutureGetState::finishes_after`]: crate::requests::FutureGetState::finishes_after
//! [`ScenarioRun::ends_after`]: crate::requests::ScenarioRun::ends_after
//! [`SqlQuery::returns_rows`]: crate::requests::SqlQuery::returns_rows
//! [`DatasetIterRows::returns_rows`]: crate::requests::DatasetIterRows::returns_rows

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Deref;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use bytes::Bytes;
use httpmock::{HttpMockRequest, HttpMockResponse, MockServer, Then, When};
use serde::Serialize;
use serde_json::{json, Value};

use crate::api::generated::requests::{FutureGetState, ScenarioRun, SqlQuery};
use crate::api::handles::DssSqlQuery;
use crate::catalog::ResultKind;
use crate::error::{Error, Result};
use crate::requests::DatasetIterRows;
use crate::rt::{Described, DescribedBody, Prepared};
use crate::transport::client::{ClientBuilder, DssClient};

/// The API key of the client a [`MockDss`] hands out.
pub const MOCK_API_KEY: &str = "mock-api-key";

/// The name of every generated request value type, each checked (when it
/// is compiled) to have stubs: one per request of
/// [`catalog::ENDPOINTS`](crate::catalog::ENDPOINTS) that the spec
/// generates.
pub const STUBBED_REQUESTS: &[&str] = crate::api::generated::requests::REQUEST_TYPES;

/// A loopback DSS for tests: an HTTP server and a [`DssClient`] pointed at
/// it (see the [module docs](self)). `MockDss` derefs to its client, so
/// `mock.get_project("K")` is the client's. Dropping it (and every
/// [`Stubbed`] of it) stops the server.
pub struct MockDss {
    server: Arc<MockServer>,
    client: DssClient,
}

impl fmt::Debug for MockDss {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockDss").field("url", &self.server.base_url()).finish()
    }
}

impl MockDss {
    /// Starts a server on a loopback port, and a client for it with the
    /// default settings (API key [`MOCK_API_KEY`], no proxy).
    pub fn start() -> Result<MockDss> {
        MockDss::start_with(|b| b)
    }

    /// [`start`](Self::start), with the client configured by `configure`
    /// (timeouts, retries, headers, ...); the client still talks to the
    /// mock.
    pub fn start_with(configure: impl FnOnce(ClientBuilder) -> ClientBuilder) -> Result<MockDss> {
        let server = Arc::new(MockServer::start());
        let builder = DssClient::builder(server.base_url()).api_key(MOCK_API_KEY).no_proxy();
        let client = configure(builder).mock_server(server.clone()).build()?;
        Ok(MockDss { server, client })
    }

    /// The client, pointed at the mock (also reached through `Deref`).
    pub fn client(&self) -> &DssClient {
        &self.client
    }

    /// The server's URL (`http://127.0.0.1:<port>`), for a client of your
    /// own (which then talks to the mock, but cannot make stubs).
    pub fn url(&self) -> String {
        self.server.base_url()
    }

    /// The underlying server, for mocks the stubs do not cover.
    pub fn server(&self) -> &MockServer {
        &self.server
    }

    /// A managed folder that keeps what is put into it: `put_file` (and
    /// `upload_folder`) store the uploaded bytes, `get_file` (and its
    /// `_to_file` form) answers them (404 for a missing file),
    /// `list_contents` lists them and `delete_file` removes them.
    pub fn managed_folder(&self, project_key: &str, folder_id: &str) -> Result<MockFolder> {
        MockFolder::new(self, project_key, folder_id)
    }
}

impl Deref for MockDss {
    type Target = DssClient;

    fn deref(&self) -> &DssClient {
        &self.client
    }
}

/// Stubs made from a request value: implemented for every request value
/// generated from the spec (the request types of [`crate::requests`] that
/// send one request; see [`STUBBED_REQUESTS`]), whose client must be a
/// [`MockDss`]'s. Each method registers the stub on that mock and returns
/// it as [`Stubbed`].
///
/// A stub matches the request exactly as the request value would send it:
/// the verb, the path (as encoded), the whole query, and the JSON body
/// (or, for an upload, its file name; for a bodiless request, no body).
/// The optional arguments set on the request value are part of it, as in
/// the call: `mock.list_projects().include_location(true)` answers only
/// that call.
///
/// It fails ([`Error::Config`]) when the request value's client is not a
/// mock's, and as `send` would when the request cannot be prepared (an
/// empty id, say).
pub trait Stub: Prepared {
    /// Answers with `answer` as the method reads it (see the
    /// [module docs](self)): JSON, wrapped in the member the method takes
    /// (`returns(["A"])` for `list_project_keys` answers
    /// `[{"projectKey": "A"}]`), a string as text for text and streamed
    /// results, and nothing for `returns(())` on a method returning `()`.
    fn returns(self, answer: impl Serialize) -> Result<Stubbed> {
        let value = serde_json::to_value(answer).map_err(|source| Error::Encode {
            endpoint: Self::ENDPOINT,
            source,
        })?;
        let answer = shaped(Some(Self::ENDPOINT.result), value);
        self.answers(answer)
    }

    /// Answers with this JSON exactly as given.
    fn returns_json(self, answer: Value) -> Result<Stubbed> {
        self.answers(Answer::json(answer))
    }

    /// Answers with this text (`text/plain`).
    fn returns_text(self, text: impl Into<String>) -> Result<Stubbed> {
        self.answers(Answer::text(text))
    }

    /// Answers with these bytes (`application/octet-stream`).
    fn returns_bytes(self, bytes: impl Into<Vec<u8>>) -> Result<Stubbed> {
        self.answers(Answer::bytes(bytes))
    }

    /// Answers with a DSS error: `status`, and a body with this `errorType`
    /// and `message` (also as `detailedMessage`), as DSS writes them.
    fn fails(self, status: u16, error_type: &str, message: &str) -> Result<Stubbed> {
        self.answers(Answer::error(status, error_type, message))
    }

    /// Answers every call with `answer`.
    fn answers(self, answer: Answer) -> Result<Stubbed> {
        self.responds_with(move |_| answer.clone())
    }

    /// Answers the first call with the first answer, the second with the
    /// second, ..., and every call after the last with the last (a task
    /// polled until it ends, say). No answer at all is
    /// [`Error::InvalidArgument`].
    fn answers_in_turn(self, answers: impl IntoIterator<Item = Answer>) -> Result<Stubbed> {
        let answers: Vec<Answer> = answers.into_iter().collect();
        let Some(last) = answers.last().cloned() else {
            return Err(Error::InvalidArgument {
                name: "answers",
                reason: "at least one answer is needed".into(),
            });
        };
        let served = AtomicU64::new(0);
        self.responds_with(move |_| {
            let i = served.fetch_add(1, Ordering::Relaxed);
            usize::try_from(i)
                .ok()
                .and_then(|i| answers.get(i))
                .cloned()
                .unwrap_or_else(|| last.clone())
        })
    }

    /// Answers each call with what `respond` computes from the request.
    fn responds_with(self, respond: impl Fn(&ReceivedRequest) -> Answer + Send + Sync + 'static) -> Result<Stubbed> {
        let described = self.described(false)?;
        register_described(described, Box::new(respond))
    }

    /// The same request as sent by its `.start()` (for the requests that
    /// have one: those that wait for a task by default), to stub the answer
    /// that gives the task.
    fn started(self) -> Started<Self> {
        Started(self)
    }
}

impl<T: Prepared> Stub for T {}

/// A request value as its `.start()` sends it (see [`Stub::started`]).
#[derive(Debug)]
pub struct Started<R>(R);

impl<R: Prepared> Prepared for Started<R> {
    const REQUEST_TYPE: &'static str = R::REQUEST_TYPE;
    const ENDPOINT: &'static crate::rt::Endpoint = R::ENDPOINT;

    fn described(self, _start: bool) -> Result<Described> {
        self.0.described(true)
    }

    // A started request answers with a task: no reshaping by the result
    // kind of `send`.
}

/// `value` as the answer a method of this result kind reads.
fn shaped(kind: Option<ResultKind>, value: Value) -> Answer {
    match (kind, value) {
        (
            Some(ResultKind::Member {
                member,
                each_item: true,
                ..
            }),
            Value::Array(items),
        ) => Answer::json(Value::Array(items.into_iter().map(|v| nest(member, v)).collect())),
        (
            Some(ResultKind::Member {
                member,
                each_item: false,
                ..
            }),
            v,
        ) => Answer::json(nest(member, v)),
        (Some(ResultKind::Nothing), Value::Null) => Answer::empty(),
        (
            Some(ResultKind::Text | ResultKind::Stream | ResultKind::SavedToFile | ResultKind::CopiedToWriter),
            Value::String(s),
        ) => Answer::text(s),
        (_, v) => Answer::json(v),
    }
}

/// `{"a": {"b": value}}` for the member `a.b`.
fn nest(member: &str, value: Value) -> Value {
    member.rsplit('.').fold(value, |v, key| json!({ key: v }))
}

/// A canned HTTP answer of a stub: status, content type and body.
#[derive(Clone)]
pub struct Answer {
    status: u16,
    content_type: Option<&'static str>,
    headers: Vec<(String, String)>,
    body: Bytes,
}

impl fmt::Debug for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Answer")
            .field("status", &self.status)
            .field("content_type", &self.content_type)
            .field("body_len", &self.body.len())
            .finish_non_exhaustive()
    }
}

impl Answer {
    /// 200 with this JSON.
    pub fn json(value: Value) -> Answer {
        Answer {
            status: 200,
            content_type: Some("application/json"),
            headers: Vec::new(),
            body: Bytes::from(value.to_string()),
        }
    }

    /// 200 with this text.
    pub fn text(text: impl Into<String>) -> Answer {
        Answer {
            status: 200,
            content_type: Some("text/plain; charset=utf-8"),
            headers: Vec::new(),
            body: Bytes::from(text.into()),
        }
    }

    /// 200 with these bytes; shared by every call it answers (a large
    /// download is held once).
    pub fn bytes(bytes: impl Into<Vec<u8>>) -> Answer {
        Answer {
            status: 200,
            content_type: Some("application/octet-stream"),
            headers: Vec::new(),
            body: Bytes::from(bytes.into()),
        }
    }

    /// 200 with no body.
    pub fn empty() -> Answer {
        Answer {
            status: 200,
            content_type: None,
            headers: Vec::new(),
            body: Bytes::new(),
        }
    }

    /// A DSS error: `status`, with `errorType`, `message` and
    /// `detailedMessage` as DSS writes them.
    pub fn error(status: u16, error_type: &str, message: &str) -> Answer {
        let body = json!({"errorType": error_type, "message": message, "detailedMessage": message});
        Answer::json(body).status(status)
    }

    /// The same answer with another status.
    pub fn status(mut self, status: u16) -> Answer {
        self.status = status;
        self
    }

    /// The same answer with one more header (`Retry-After`, say).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Answer {
        self.headers.push((name.into(), value.into()));
        self
    }

    fn into_response(self) -> HttpMockResponse {
        let mut b = HttpMockResponse::builder().status(self.status);
        if let Some(ct) = self.content_type {
            b = b.header("content-type", ct);
        }
        for (k, v) in self.headers {
            b = b.header(k, v);
        }
        b.body(self.body).build()
    }
}

/// A request a stub answered, as the server received it.
#[derive(Clone)]
pub struct ReceivedRequest {
    method: String,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Bytes,
}

impl fmt::Debug for ReceivedRequest {
    // Headers are left out: they carry the credential.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReceivedRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("body_len", &self.body.len())
            .finish_non_exhaustive()
    }
}

impl ReceivedRequest {
    fn from_request(req: &HttpMockRequest) -> ReceivedRequest {
        ReceivedRequest {
            method: req.method_str().to_owned(),
            path: req.uri().path().to_owned(),
            query: req.query_params(),
            headers: req
                .headers_vec()
                .iter()
                .map(|(k, v)| (k.to_ascii_lowercase(), v.clone()))
                .collect(),
            body: req.body_bytes(),
        }
    }

    /// The HTTP verb.
    pub fn method(&self) -> &str {
        &self.method
    }

    /// The path as sent (percent-encoded), `/dip/publicapi/...`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The query parameters, decoded, in order.
    pub fn query(&self) -> &[(String, String)] {
        &self.query
    }

    /// The first value of a query parameter, decoded.
    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// A header's value (the name is case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str())
    }

    /// The body as received.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// The body as JSON, if it is JSON.
    pub fn json(&self) -> Option<Value> {
        serde_json::from_slice(&self.body).ok()
    }

    /// The file of a `multipart/form-data` upload (its part `file`), if the
    /// body is one. A raw upload (the file as the body) is [`body`](Self::body).
    pub fn upload(&self) -> Option<UploadedFile> {
        let ct = self.header("content-type")?;
        let boundary = ct.split("boundary=").nth(1)?.trim_matches('"');
        multipart_file(&self.body, boundary)
    }
}

/// The file part of a multipart upload, as received.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct UploadedFile {
    /// The part's file name (`""` for managed folder files, as dataikuapi
    /// sends them).
    pub filename: String,
    /// The file's bytes.
    pub content: Vec<u8>,
}

impl fmt::Debug for UploadedFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UploadedFile")
            .field("filename", &self.filename)
            .field("len", &self.content.len())
            .finish()
    }
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// The part named `file` of a multipart body; `None` if the body is not
/// well formed or has no such part.
fn multipart_file(body: &[u8], boundary: &str) -> Option<UploadedFile> {
    let delimiter = format!("\r\n--{boundary}").into_bytes();
    // The first delimiter has no line end before it.
    let mut at = find(body, &delimiter[2..], 0)? + delimiter.len() - 2;
    loop {
        if body.get(at..at + 2)? == b"--" {
            return None;
        }
        let head_start = at + 2;
        let head_end = find(body, b"\r\n\r\n", head_start)?;
        let head = String::from_utf8_lossy(&body[head_start..head_end]).into_owned();
        let content_start = head_end + 4;
        let content_end = find(body, &delimiter, content_start)?;
        let attr = |key: &str| {
            let pat = format!("{key}=\"");
            let i = head.find(&pat)? + pat.len();
            let j = head[i..].find('"')? + i;
            Some(head[i..j].to_owned())
        };
        if attr("name").as_deref() == Some("file") {
            return Some(UploadedFile {
                filename: attr("filename").unwrap_or_default(),
                content: body[content_start..content_end].to_vec(),
            });
        }
        at = content_end + delimiter.len();
    }
}

type Responder = Box<dyn Fn(&ReceivedRequest) -> Answer + Send + Sync>;

/// Which requests a stub answers.
enum Route {
    /// Exactly this request; the query parameter `vary`, if any, may have
    /// any value (or be absent): it is made up anew by each call.
    Exact {
        verb: &'static str,
        path: String,
        query: String,
        vary: Option<&'static str>,
        body: BodyMatch,
    },
    /// Any path under `prefix` (for a folder's files).
    Under { verb: &'static str, prefix: String },
}

enum BodyMatch {
    None,
    Json(Value),
    Multipart(String),
    Any,
}

impl Route {
    fn of(d: &Described) -> Route {
        let body = match &d.body {
            DescribedBody::None => BodyMatch::None,
            DescribedBody::Json(bytes) => match serde_json::from_slice(bytes) {
                Ok(v) => BodyMatch::Json(v),
                Err(_) => BodyMatch::Any,
            },
            DescribedBody::Multipart { filename, .. } => {
                BodyMatch::Multipart(crate::transport::stream::part_filename(filename))
            }
            DescribedBody::Raw => BodyMatch::Any,
        };
        Route::Exact {
            verb: d.verb.as_str(),
            path: d.path.clone(),
            query: d.query.clone(),
            vary: None,
            body,
        }
    }

    /// The same route, letting the query parameter `name` vary.
    fn varying(mut self, name: &'static str) -> Route {
        if let Route::Exact { vary, query, .. } = &mut self {
            *vary = Some(name);
            *query = without(query, Some(name));
        }
        self
    }

    fn describe(&self) -> String {
        match self {
            Route::Exact {
                verb,
                path,
                query,
                vary,
                ..
            } => {
                let mut what = format!("{verb} {path}");
                if !query.is_empty() {
                    what = format!("{what}?{query}");
                }
                if let Some(name) = vary {
                    what = format!("{what} (any {name})");
                }
                what
            }
            Route::Under { verb, prefix } => format!("{verb} {prefix}*"),
        }
    }

    fn apply(self, when: When) -> When {
        match self {
            Route::Exact {
                verb,
                path,
                query,
                vary,
                body,
            } => {
                let when = when
                    .method(verb)
                    .path(path)
                    .is_true(move |req| without(req.uri().query().unwrap_or_default(), vary) == query);
                match body {
                    BodyMatch::None => when.is_true(|req| req.body_ref().is_empty()),
                    BodyMatch::Json(v) => when.json_body(v),
                    BodyMatch::Multipart(filename) => when
                        .header_includes("content-type", "multipart/form-data")
                        .body_includes(format!("name=\"file\"; filename=\"{filename}\"")),
                    BodyMatch::Any => when,
                }
            }
            Route::Under { verb, prefix } => when.method(verb).path_prefix(prefix),
        }
    }
}

/// A raw query string without the parameter `name` (as encoded).
fn without(query: &str, name: Option<&str>) -> String {
    let Some(name) = name else {
        return query.to_owned();
    };
    query
        .split('&')
        .filter(|pair| pair.split('=').next() != Some(name))
        .collect::<Vec<_>>()
        .join("&")
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Registers a stub for a described request on its client's mock.
fn register_described(d: Described, respond: Responder) -> Result<Stubbed> {
    let server = mock_of(&d)?;
    Ok(register(&server, Route::of(&d), respond))
}

/// The mock server of a described request's client.
fn mock_of(d: &Described) -> Result<Arc<MockServer>> {
    d.client.inner.mock.clone().ok_or_else(|| {
        Error::Config(format!(
            "cannot stub `{}`: its client was not made by MockDss (use the mock's client, or `mock.client()`)",
            d.endpoint
        ))
    })
}

fn register(server: &Arc<MockServer>, route: Route, respond: Responder) -> Stubbed {
    let calls: Arc<Mutex<Vec<ReceivedRequest>>> = Arc::default();
    let log = calls.clone();
    let what = route.describe();
    let mock = server.mock(move |when: When, then: Then| {
        let _ = route.apply(when);
        then.respond_with(move |req: &HttpMockRequest| {
            let received = ReceivedRequest::from_request(req);
            let answer = respond(&received);
            lock(&log).push(received);
            answer.into_response()
        });
    });
    Stubbed {
        server: server.clone(),
        id: mock.id(),
        what,
        calls,
    }
}

/// A stub on a [`MockDss`], with the requests it answered.
pub struct Stubbed {
    server: Arc<MockServer>,
    id: usize,
    what: String,
    calls: Arc<Mutex<Vec<ReceivedRequest>>>,
}

impl fmt::Debug for Stubbed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Stubbed")
            .field("request", &self.what)
            .field("calls", &self.call_count())
            .finish()
    }
}

impl Stubbed {
    /// The requests this stub answered, in order.
    pub fn calls(&self) -> Vec<ReceivedRequest> {
        lock(&self.calls).clone()
    }

    /// How many requests this stub answered.
    pub fn call_count(&self) -> usize {
        lock(&self.calls).len()
    }

    /// The last request this stub answered.
    pub fn last_call(&self) -> Option<ReceivedRequest> {
        lock(&self.calls).last().cloned()
    }

    /// Checks that this stub answered exactly `n` requests.
    ///
    /// # Panics
    ///
    /// When it did not (this is a test assertion), naming the request.
    pub fn assert_calls(&self, n: usize) {
        let got = self.call_count();
        assert!(
            got == n,
            "the stub of `{}` was called {got} time(s), not {n}",
            self.what
        );
    }

    /// The request this stub answers, as `VERB /path?query`.
    pub fn request(&self) -> &str {
        &self.what
    }

    /// Removes the stub: it answers nothing more (its calls stay readable).
    pub fn remove(&self) {
        httpmock::Mock::new(self.id, &self.server).delete();
    }
}

/// A fresh id for what a script makes up (query ids, trigger fires, runs).
fn next_id(kind: &str) -> String {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    format!("mock-{kind}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// Milliseconds since the Unix epoch.
fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

impl FutureGetState<'_> {
    /// Scripts a long task (`GET /futures/{job_id}`, as waits poll it): the
    /// first `polls` polls answer that it runs (`alive`, no result, a
    /// `progress`), every later one that it ended with `result`.
    pub fn finishes_after(self, polls: usize, result: Value) -> Result<Stubbed> {
        let job_id = self.__owner.job_id.clone();
        let running = (0..polls).map(|i| {
            Answer::json(json!({
                "jobId": job_id,
                "alive": true,
                "hasResult": false,
                "progress": {"states": [{"name": "running", "target": polls, "cur": i}]},
            }))
        });
        let done = Answer::json(json!({"jobId": job_id, "alive": false, "hasResult": true, "result": result}));
        self.answers_in_turn(running.chain([done]))
    }
}

/// The stubs of a scripted scenario run ([`ScenarioRun::ends_after`]).
#[derive(Debug)]
#[non_exhaustive]
pub struct ScenarioRunStubs {
    /// `POST .../scenarios/{id}/run`: answers the trigger fire.
    pub run: Stubbed,
    /// `GET .../get-run-for-trigger`: the run, going then ended.
    pub run_for_trigger: Stubbed,
    /// `GET .../scenarios/trigger/{id}/manual`: the fire read again (not
    /// cancelled).
    pub trigger_fire: Stubbed,
    /// `GET .../scenarios/{id}/{run_id}/`: the run's details, ended.
    pub details: Stubbed,
    /// The id of the trigger fire.
    pub fire_id: String,
    /// The id of the run.
    pub run_id: String,
}

impl ScenarioRun<'_> {
    /// Scripts a scenario run asked with this request (its parameters
    /// included), as DSS goes through it: `run` answers a trigger fire
    /// (trigger `manual`), the fire's run is `RUNNING` for the first
    /// `polls` polls of `get-run-for-trigger`, then ended with `outcome`
    /// (`SUCCESS`, `WARNING`, `FAILED`, `ABORTED`); reading the fire again
    /// finds it not cancelled; the run's details are the ended run. This is
    /// what `run_and_wait`, `wait_for_scenario_run` and
    /// `wait_for_completion` read.
    pub fn ends_after(self, polls: usize, outcome: &str) -> Result<ScenarioRunStubs> {
        let scenario = self.__owner.clone();
        let (key, id) = (scenario.project_key.clone(), scenario.id.clone());
        let fire_id = next_id("fire");
        let run_id = next_id("run");
        let start = now_ms();
        let fire = json!({
            "runId": fire_id,
            "trigger": {"id": "manual", "type": "manual", "name": "Asked through the API"},
            "scenarioId": id,
            "projectKey": key,
            "cancelled": false,
            "timestamp": start,
        });
        let run_info = |ended: bool| {
            let mut run = json!({
                "runId": run_id,
                "scenario": {"projectKey": key, "id": id},
                "trigger": {"runId": fire_id, "trigger": {"id": "manual", "type": "manual"}, "cancelled": false},
                "start": start,
                "end": 0,
            });
            if ended {
                run["end"] = json!(start + 1000);
                run["result"] = json!({"outcome": outcome, "type": "SCENARIO_DONE"});
            }
            json!({"scenarioRun": run, "stepRuns": []})
        };
        let going = (0..polls).map(|_| Answer::json(run_info(false)));
        let ended = Answer::json(run_info(true));
        let run = self.returns_json(fire.clone())?;
        let run_for_trigger = scenario
            .get_run_for_trigger("manual", fire_id.as_str())
            .answers_in_turn(going.chain([ended.clone()]))?;
        let trigger_fire = scenario
            .get_trigger_fire("manual", fire_id.as_str())
            .returns_json(fire)?;
        let details = scenario.get_run(run_id.as_str()).answers(ended)?;
        Ok(ScenarioRunStubs {
            run,
            run_for_trigger,
            trigger_fire,
            details,
            fire_id,
            run_id,
        })
    }
}

/// The stubs of a scripted query ([`SqlQuery::returns_rows`]).
#[derive(Debug)]
#[non_exhaustive]
pub struct RowsStubs {
    /// `POST /sql/queries/`: answers the query id and the schema.
    pub start: Stubbed,
    /// `GET /sql/queries/{id}/stream`: the rows.
    pub stream: Stubbed,
    /// `GET /sql/queries/{id}/finish-streaming`: the check at the end.
    pub finish: Stubbed,
    /// The query id.
    pub query_id: String,
}

impl SqlQuery<'_> {
    /// Scripts this query (its text and options as set) and its result:
    /// starting it answers a query id and `columns` (name, DSS type:
    /// `bigint`, `string`, ...); its stream holds `rows` in DSS's TSV
    /// (JSON strings, numbers and booleans as text, `null` as an empty
    /// field); the check that ends the stream succeeds. This is what
    /// `iter_rows` reads.
    pub fn returns_rows(
        self,
        columns: &[(&str, &str)],
        rows: impl IntoIterator<Item = Vec<Value>>,
    ) -> Result<RowsStubs> {
        let client = self.__owner.clone();
        let query_id = next_id("query");
        let schema: Vec<Value> = columns.iter().map(|(n, t)| json!({"name": n, "type": t})).collect();
        let start = self.returns_json(json!({"queryId": query_id, "schema": schema}))?;
        let query = DssSqlQuery {
            client,
            query_id: query_id.clone(),
            schema: Vec::new(),
        };
        let stream = query.raw_rows().returns_bytes(tsv(rows))?;
        let finish = query.verify().returns(())?;
        Ok(RowsStubs {
            start,
            stream,
            finish,
            query_id,
        })
    }
}

/// The stubs of a scripted dataset read ([`DatasetIterRows::returns_rows`]).
#[derive(Debug)]
#[non_exhaustive]
pub struct DatasetRowsStubs {
    /// `GET .../datasets/{name}/schema`: the columns.
    pub schema: Stubbed,
    /// `GET .../datasets/{name}/data/`: the rows, whatever the read's
    /// session id.
    pub stream: Stubbed,
    /// `GET .../datasets/{name}/finish-streaming/`: succeeds for a read
    /// session the stream was opened with, and answers 404 for any other.
    pub finish: Stubbed,
}

impl DatasetIterRows<'_> {
    /// Scripts a read of the dataset's rows as this request value asks for
    /// them (its partitions and columns as set): the schema has `columns`
    /// (name, DSS type), the data stream holds `rows` in DSS's TSV (as
    /// [`SqlQuery::returns_rows`] writes them), and the check that ends
    /// the read succeeds for the read session the stream was opened with
    /// (each read makes up its own id, so the stream answers any). This is
    /// what `iter_rows().send()` reads.
    pub fn returns_rows(
        self,
        columns: &[(&str, &str)],
        rows: impl IntoIterator<Item = Vec<Value>>,
    ) -> Result<DatasetRowsStubs> {
        let dataset = self.dataset;
        let schema: Vec<Value> = columns.iter().map(|(n, t)| json!({"name": n, "type": t})).collect();
        let schema = dataset.get_schema().returns_json(json!({"columns": schema}))?;
        let mut raw = dataset.raw_rows();
        if let Some(p) = self.partitions {
            raw = raw.partitions(p);
        }
        if let Some(c) = self.columns {
            raw = raw.columns(c);
        }
        let raw = raw.described(false)?;
        let server = mock_of(&raw)?;
        let sessions: Arc<Mutex<Vec<String>>> = Arc::default();
        let opened = sessions.clone();
        let body = Answer::bytes(tsv(rows));
        let stream = register(
            &server,
            Route::of(&raw).varying("readSessionId"),
            Box::new(move |req| {
                if let Some(id) = req.query_param("readSessionId") {
                    lock(&opened).push(id.to_owned());
                }
                body.clone()
            }),
        );
        let finish = dataset.finish_streaming("any").described(false)?;
        let finish = register(
            &server,
            Route::of(&finish).varying("readSessionId"),
            Box::new(move |req| {
                let id = req.query_param("readSessionId").unwrap_or_default();
                if lock(&sessions).iter().any(|s| s == id) {
                    Answer::empty()
                } else {
                    Answer::error(
                        404,
                        "com.dataiku.dip.exceptions.UnknownObjectException",
                        &format!("no read session {id}"),
                    )
                }
            }),
        );
        Ok(DatasetRowsStubs { schema, stream, finish })
    }
}

/// Rows as DSS's `tsv-excel-noheader`: tab-separated, one row per line, a
/// field holding a tab, a line end or a quote in quotes (quotes doubled).
pub(crate) fn tsv(rows: impl IntoIterator<Item = Vec<Value>>) -> Vec<u8> {
    let mut out = String::new();
    for row in rows {
        for (i, v) in row.iter().enumerate() {
            if i > 0 {
                out.push('\t');
            }
            let text = match v {
                Value::Null => String::new(),
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            if text.contains(['\t', '\n', '\r', '"']) {
                out.push('"');
                out.push_str(&text.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(&text);
            }
        }
        out.push('\n');
    }
    out.into_bytes()
}

/// A managed folder on a [`MockDss`] that keeps its files (see
/// [`MockDss::managed_folder`]).
pub struct MockFolder {
    files: Arc<Mutex<BTreeMap<String, Bytes>>>,
    list: Stubbed,
    get: Stubbed,
    put: Stubbed,
    delete: Stubbed,
}

impl fmt::Debug for MockFolder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockFolder")
            .field("files", &self.paths())
            .finish_non_exhaustive()
    }
}

/// A folder path from the encoded segments after `contents/`.
fn folder_path(encoded: &str) -> String {
    encoded
        .split('/')
        .map(|s| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

impl MockFolder {
    fn new(mock: &MockDss, project_key: &str, folder_id: &str) -> Result<MockFolder> {
        let folder = mock.get_project(project_key).get_managed_folder(folder_id);
        let files: Arc<Mutex<BTreeMap<String, Bytes>>> = Arc::default();
        let item = |path: &str, len: usize| json!({"path": format!("/{path}"), "size": len, "lastModified": now_ms()});

        let listed = files.clone();
        let list = folder.list_contents().responds_with(move |_| {
            let items: Vec<Value> = lock(&listed).iter().map(|(p, b)| item(p, b.len())).collect();
            Answer::json(json!({"items": items}))
        })?;
        let prefix = format!("{}/", folder.list_contents().described(false)?.path);

        let (read, strip) = (files.clone(), prefix.clone());
        let get = register(
            &mock.server,
            Route::Under {
                verb: "GET",
                prefix: prefix.clone(),
            },
            Box::new(move |req| {
                let path = folder_path(req.path().strip_prefix(strip.as_str()).unwrap_or_default());
                match lock(&read).get(&path) {
                    Some(bytes) => Answer {
                        status: 200,
                        content_type: Some("application/octet-stream"),
                        headers: Vec::new(),
                        body: bytes.clone(),
                    },
                    None => Answer::error(
                        404,
                        "com.dataiku.dip.exceptions.UnknownObjectException",
                        &format!("File /{path} does not exist"),
                    ),
                }
            }),
        );

        let (written, strip) = (files.clone(), prefix.clone());
        let put = register(
            &mock.server,
            Route::Under {
                verb: "POST",
                prefix: prefix.clone(),
            },
            Box::new(move |req| {
                let path = folder_path(req.path().strip_prefix(strip.as_str()).unwrap_or_default());
                match req.upload() {
                    Some(file) => {
                        let len = file.content.len();
                        lock(&written).insert(path.clone(), Bytes::from(file.content));
                        Answer::json(item(&path, len))
                    }
                    None => Answer::error(
                        400,
                        "com.dataiku.dip.exceptions.BadRequestException",
                        "expected a multipart upload with a part named `file`",
                    ),
                }
            }),
        );

        let (removed, strip) = (files.clone(), prefix.clone());
        let delete = register(
            &mock.server,
            Route::Under { verb: "DELETE", prefix },
            Box::new(move |req| {
                let path = folder_path(req.path().strip_prefix(strip.as_str()).unwrap_or_default());
                match lock(&removed).remove(&path) {
                    Some(_) => Answer::empty(),
                    None => Answer::error(
                        404,
                        "com.dataiku.dip.exceptions.UnknownObjectException",
                        &format!("File /{path} does not exist"),
                    ),
                }
            }),
        );
        Ok(MockFolder {
            files,
            list,
            get,
            put,
            delete,
        })
    }

    /// Puts a file into the folder (as if uploaded before the test).
    pub fn insert(&self, path: &str, content: impl Into<Vec<u8>>) {
        let path = path.trim_start_matches('/').to_owned();
        lock(&self.files).insert(path, Bytes::from(content.into()));
    }

    /// A file's content, if the folder has it (`path` relative to the
    /// folder's root; a leading `/` is dropped).
    pub fn file(&self, path: &str) -> Option<Vec<u8>> {
        lock(&self.files).get(path.trim_start_matches('/')).map(|b| b.to_vec())
    }

    /// The paths of its files, sorted (without a leading `/`).
    pub fn paths(&self) -> Vec<String> {
        lock(&self.files).keys().cloned().collect()
    }

    /// The stub of `list_contents`.
    pub fn listings(&self) -> &Stubbed {
        &self.list
    }

    /// The stub of file downloads (`get_file`, `get_file_to_file`).
    pub fn downloads(&self) -> &Stubbed {
        &self.get
    }

    /// The stub of file uploads (`put_file`, `upload_folder`).
    pub fn uploads(&self) -> &Stubbed {
        &self.put
    }

    /// The stub of `delete_file`.
    pub fn deletions(&self) -> &Stubbed {
        &self.delete
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_take_the_shape_the_method_reads() {
        let each = Some(ResultKind::Member {
            ty: "Vec<String>",
            member: "projectKey",
            each_item: true,
        });
        let a = shaped(each, json!(["A", "B"]));
        assert_eq!(&a.body[..], br#"[{"projectKey":"A"},{"projectKey":"B"}]"#);
        let one = Some(ResultKind::Member {
            ty: "String",
            member: "a.b",
            each_item: false,
        });
        assert_eq!(&shaped(one, json!("x")).body[..], br#"{"a":{"b":"x"}}"#);
        assert!(shaped(Some(ResultKind::Nothing), Value::Null).body.is_empty());
        assert_eq!(&shaped(Some(ResultKind::Text), json!("hi")).body[..], b"hi");
        assert_eq!(
            &shaped(Some(ResultKind::Json("Value")), json!("hi")).body[..],
            b"\"hi\""
        );
    }

    #[test]
    fn a_varying_parameter_is_left_out() {
        assert_eq!(without("a=1&s=x&b=2", Some("s")), "a=1&b=2");
        assert_eq!(without("s=x", Some("s")), "");
        assert_eq!(without("sx=1&s=2", Some("s")), "sx=1");
        assert_eq!(without("a=1&s=x", None), "a=1&s=x");
    }

    #[test]
    fn tsv_quotes_what_needs_it() {
        let out = tsv([vec![json!(1), json!("a\tb"), Value::Null, json!("say \"hi\"")]]);
        assert_eq!(out, b"1\t\"a\tb\"\t\t\"say \"\"hi\"\"\"\n");
    }

    #[test]
    fn multipart_files_are_found() {
        let body = b"--XX\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nzz\r\n--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.zip\"\r\n\r\nAB\r\nC\r\n--XX--\r\n";
        let f = multipart_file(body, "XX").unwrap();
        assert_eq!((f.filename.as_str(), f.content.as_slice()), ("a.zip", &b"AB\r\nC"[..]));
        assert!(multipart_file(b"garbage", "XX").is_none());
    }
}
