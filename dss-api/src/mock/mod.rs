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
//!   [`JobRun::ends_after`] (a build or a recipe run: its job, started
//!   from the definition the call sends, ending in a state after some polls,
//!   with its log), [`ProjectStartJob::ends_after`] (a job started from a
//!   definition), [`Stub::task_finishes_after`] and
//!   [`Stub::task_fails_after`] (the task a request starts, ending with a
//!   result or DSS's exception),
//!   [`FutureGetState::finishes_after`] (a task done after some polls),
//!   [`ScenarioRun::ends_after`] (a scenario run going `RUNNING` then
//!   ending), [`SqlQuery::returns_rows`] (a query, its rows stream and the
//!   check that ends it), [`DatasetIterRows::returns_rows`] (a dataset's
//!   schema, data stream and check), [`MockDss::managed_folder`] (a folder
//!   that keeps the files put into it).
//! - **Calls.** [`Stubbed::calls`] gives each request a stub answered, in
//!   order ([`ReceivedRequest`]: query, headers, body, upload);
//!   [`Stubbed::assert_calls`] checks how many.
//! - **Matching as DSS reads.** A stub matches the verb, the path (`a//b`
//!   as `a/b`), the query in any order (`True` as `true`) and the JSON
//!   body in any member order. When several stubs match a request, the
//!   first one made answers.
//! - **Unmatched requests fail the test.** A request no stub matches is
//!   answered with a diagnostic (an [`Error::Api`] of type
//!   `dss_api.mock.UnmatchedRequest` naming the request, the closest stub
//!   and their first difference), never a 404 DSS would not give; dropping
//!   the mock then panics with the diagnostics ([`MockDss::verify`],
//!   [`MockDss::allow_unmatched`]).
//! - **Credentials.** Like DSS, the mock lets in its client's credential
//!   only (a 401 otherwise); [`MockDss::refuse_credentials`] scripts a
//!   refused one, [`MockDss::accept_any_credential`] turns the check off.
//! - The server is a real one: the client sends everything over HTTP, so
//!   retries, timeouts, streams, uploads and progress callbacks behave as
//!   against DSS.
//!
//! [`FutureGetState::finishes_after`]: crate::requests::FutureGetState::finishes_after
//! [`ScenarioRun::ends_after`]: crate::requests::ScenarioRun::ends_after
//! [`SqlQuery::returns_rows`]: crate::requests::SqlQuery::returns_rows
//! [`DatasetIterRows::returns_rows`]: crate::requests::DatasetIterRows::returns_rows

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use bytes::Bytes;
use httpmock::{HttpMockRequest, HttpMockResponse, MockServer, Then, When};
use serde::Serialize;
use serde_json::{json, Value};

use crate::api::generated::requests::{FutureGetState, ProjectStartJob, ScenarioRun, SqlQuery};
use crate::api::handles::DssSqlQuery;
use crate::catalog::ResultKind;
use crate::error::{Error, Result};
use crate::requests::DatasetIterRows;
use crate::requests::JobRun;
use crate::rt::{Described, DescribedBody, Prepared};
use crate::transport::client::{ClientBuilder, DssClient, ServerClient};

mod answer;
mod folder;
mod route;
mod scripts;

pub use answer::{Answer, ReceivedRequest, UploadedFile};
pub use folder::MockFolder;
pub use route::Stubbed;
use route::{lock, register_described, registry_of, Credential, Registry, Route};
use scripts::now_ms;
pub use scripts::{DatasetRowsStubs, JobStubs, RowsStubs, ScenarioRunStubs, TaskStubs};

/// The API key of the client a [`MockDss`] hands out.
pub const MOCK_API_KEY: &str = "mock-api-key";

/// The name of every generated request value type, each checked (when it
/// is compiled) to have stubs: one per request of
/// [`catalog::ENDPOINTS`](crate::catalog::ENDPOINTS) that the spec
/// generates.
pub const STUBBED_REQUESTS: &[&str] = crate::api::generated::requests::REQUEST_TYPES;

/// A loopback DSS for tests: an HTTP server and a [`DssClient`] pointed at
/// it (see the [module docs](self)). `MockDss` derefs to its client, so
/// `mock.get_project("K")` is the client's.
///
/// Like DSS, it lets in only its client's credential (any other is a 401),
/// and it answers a request no stub matches with a diagnostic (a 500 whose
/// message names the request and the closest stub, with their first
/// difference). Dropping the mock fails the test (it panics, unless the
/// thread is already panicking) when such a request came, as a mock that
/// verifies its expectations does: a forgotten stub cannot pass unseen.
pub type MockDss = Mock<DssClient>;

/// A loopback server of any Dataiku server (an API node, Govern, Fleet
/// Manager, ... or DSS itself: [`MockDss`]) and a client of its type pointed
/// at it, made by [`Mock::start_for`]. It derefs to that client; stubs,
/// credentials and unmatched requests work as [`MockDss`]'s do.
pub struct Mock<C: ServerClient = DssClient> {
    registry: Arc<Registry>,
    client: C,
    allow_unmatched: AtomicBool,
}

impl<C: ServerClient> fmt::Debug for Mock<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mock")
            .field("server", &C::SERVER.client)
            .field("url", &self.url())
            .finish()
    }
}

impl<C: ServerClient> Mock<C> {
    /// Starts a server on a loopback port, and the client `builder` makes
    /// from the server's URL (`|url| ApiNodeClient::builder(url, "svc")`),
    /// with no proxy; when it sets no credential and the server requires
    /// one, the API key [`MOCK_API_KEY`]. The mock lets in the client's
    /// credential only (anyone, when it has none).
    pub fn start_for(builder: impl FnOnce(String) -> ClientBuilder<C>) -> Result<Mock<C>> {
        let registry = Registry::start();
        let mut builder = builder(registry.server.base_url()).no_proxy();
        if !builder.has_credential() && C::SERVER.credential_required {
            builder = builder.api_key(MOCK_API_KEY);
        }
        let any: Arc<dyn std::any::Any + Send + Sync> = registry.clone();
        let client = builder.mock_registry(any).build()?;
        *lock(&registry.credential) = match &client.core().inner.auth {
            Some(auth) => Credential::Only {
                header: auth.header,
                value: auth.value.expose().to_owned(),
            },
            None => Credential::Anyone,
        };
        Ok(Mock {
            registry,
            client,
            allow_unmatched: AtomicBool::new(false),
        })
    }
}

impl MockDss {
    /// Starts a server on a loopback port, and a client for it with the
    /// default settings (API key [`MOCK_API_KEY`], no proxy).
    pub fn start() -> Result<MockDss> {
        MockDss::start_with(|b| b)
    }

    /// [`start`](Self::start), with the client configured by `configure`
    /// (timeouts, retries, headers, another credential, ...; the API key
    /// [`MOCK_API_KEY`] when it sets none); the client still talks to the
    /// mock, which lets in that credential only.
    pub fn start_with(configure: impl FnOnce(ClientBuilder) -> ClientBuilder) -> Result<MockDss> {
        Mock::start_for(|url| configure(DssClient::builder(url)))
    }

    /// A managed folder that keeps what is put into it: `put_file` (and
    /// `upload_folder`) store the uploaded bytes, `get_file` (and its
    /// `_to_file` form) answers them (404 for a missing file),
    /// `list_contents` lists them and `delete_file` removes them. Paths are
    /// read as DSS reads them (`a//b` is `a/b`).
    pub fn managed_folder(&self, project_key: &str, folder_id: &str) -> Result<MockFolder> {
        MockFolder::new(self, project_key, folder_id)
    }
}

impl<C: ServerClient> Mock<C> {
    /// The client, pointed at the mock (also reached through `Deref`).
    pub fn client(&self) -> &C {
        &self.client
    }

    /// The server's URL (`http://127.0.0.1:<port>`), for a client of your
    /// own (which then talks to the mock, but cannot make stubs, and needs
    /// the mock's credential).
    pub fn url(&self) -> String {
        self.registry.server.base_url()
    }

    /// Lets in any request, whatever its credential (or none).
    pub fn accept_any_credential(&self) {
        *lock(&self.registry.credential) = Credential::Anyone;
    }

    /// Lets in only requests with this API key (as DSS reads one: the user
    /// of HTTP basic authentication).
    pub fn accept_api_key(&self, api_key: &str) {
        use base64::Engine as _;
        let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{api_key}:"));
        *lock(&self.registry.credential) = Credential::Only {
            header: "Authorization",
            value: format!("Basic {encoded}"),
        };
    }

    /// Refuses every request with this DSS error (a revoked key, an
    /// expired ticket), until another credential setting.
    pub fn refuse_credentials(&self, status: u16, error_type: &str, message: &str) {
        *lock(&self.registry.credential) = Credential::Refused(Answer::error(status, error_type, message));
    }

    /// The diagnostics of the requests no stub matched, in order.
    pub fn unmatched(&self) -> Vec<String> {
        lock(&self.registry.unmatched).clone()
    }

    /// Checks that every request the mock received was matched by a stub.
    ///
    /// # Panics
    ///
    /// When one was not (this is a test assertion), with the diagnostics.
    pub fn verify(&self) {
        let unmatched = self.unmatched();
        if !unmatched.is_empty() {
            panic!(
                "the mock received {} request(s) no stub matched:\n{}",
                unmatched.len(),
                unmatched.join("\n")
            );
        }
    }

    /// Lets the test end with requests no stub matched (a test of what the
    /// code does with a request DSS would refuse, say): dropping the mock
    /// does not fail then.
    pub fn allow_unmatched(&self) {
        self.allow_unmatched.store(true, Ordering::Relaxed);
    }
}

impl<C: ServerClient> Drop for Mock<C> {
    fn drop(&mut self) {
        if !std::thread::panicking() && !self.allow_unmatched.load(Ordering::Relaxed) {
            self.verify();
        }
    }
}

impl<C: ServerClient> Deref for Mock<C> {
    type Target = C;

    fn deref(&self) -> &C {
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
///
/// A call made of several requests (a build and its wait, a scenario run,
/// a row stream) is not one request value: it is scripted by its own
/// method (`ends_after`, `finishes_after`, `returns_rows`, ...), and
/// stubbing it as one does not compile, with a message saying so:
///
/// ```compile_fail
/// use dss_api::mock::{MockDss, Stub};
///
/// let mock = MockDss::start()?;
/// // error: `JobRun<'_, '_>` cannot be stubbed as one request
/// mock.get_project("P").get_dataset("d").build().returns(())?;
/// # Ok::<_, dss_api::Error>(())
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not the request value of one request: it cannot be stubbed as one",
    note = "a call made of several requests (a build, a wait, a multi-request save) is scripted by its own \
            method: `ends_after`, `finishes_after`, `returns_rows`, ... (see the `dss_api::mock` docs)"
)]
pub trait Stub: Sized {
    /// Answers with `answer` as the method reads it (see the
    /// [module docs](self)): JSON, wrapped in the member the method takes
    /// (`returns(["A"])` for `list_project_keys` answers
    /// `[{"projectKey": "A"}]`), a string as text for text and streamed
    /// results, and nothing for `returns(())` on a method returning `()`.
    fn returns(self, answer: impl Serialize) -> Result<Stubbed>
    where
        Self: Prepared,
    {
        let value = serde_json::to_value(answer).map_err(|source| Error::Encode {
            endpoint: Self::ENDPOINT,
            source,
        })?;
        let answer = shaped(Some(Self::ENDPOINT.result), value);
        self.answers(answer)
    }

    /// Answers with this JSON exactly as given.
    fn returns_json(self, answer: Value) -> Result<Stubbed>
    where
        Self: Prepared,
    {
        self.answers(Answer::json(answer))
    }

    /// Answers with this text (`text/plain`).
    fn returns_text(self, text: impl Into<String>) -> Result<Stubbed>
    where
        Self: Prepared,
    {
        self.answers(Answer::text(text))
    }

    /// Answers with these bytes (`application/octet-stream`).
    fn returns_bytes(self, bytes: impl Into<Vec<u8>>) -> Result<Stubbed>
    where
        Self: Prepared,
    {
        self.answers(Answer::bytes(bytes))
    }

    /// Answers with a DSS error: `status`, and a body with this `errorType`
    /// and `message` (also as `detailedMessage`), as DSS writes them.
    fn fails(self, status: u16, error_type: &str, message: &str) -> Result<Stubbed>
    where
        Self: Prepared,
    {
        self.answers(Answer::error(status, error_type, message))
    }

    /// Answers every call with `answer`.
    fn answers(self, answer: Answer) -> Result<Stubbed>
    where
        Self: Prepared,
    {
        self.responds_with(move |_| answer.clone())
    }

    /// Answers the first call with the first answer, the second with the
    /// second, ..., and every call after the last with the last (a task
    /// polled until it ends, say). No answer at all is
    /// [`Error::InvalidArgument`].
    fn answers_in_turn(self, answers: impl IntoIterator<Item = Answer>) -> Result<Stubbed>
    where
        Self: Prepared,
    {
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
    fn responds_with(self, respond: impl Fn(&ReceivedRequest) -> Answer + Send + Sync + 'static) -> Result<Stubbed>
    where
        Self: Prepared,
    {
        let described = self.described(false)?;
        register_described(described, Box::new(respond))
    }

    /// For a request that starts a task (a method returning a task or
    /// waiting for one, or its [`started`](Self::started) form): answers
    /// with a new task, whose polls (`GET /futures/{job_id}`) say it runs
    /// for the first `polls` of them, then that it ended with `result`. A
    /// wait on it (the method's `send`, or `wait` on the task) returns
    /// `result`.
    fn task_finishes_after(self, polls: usize, result: Value) -> Result<TaskStubs>
    where
        Self: Prepared,
    {
        scripts::task_script(self.described(false)?, |f| f.finishes_after(polls, result))
    }

    /// As [`task_finishes_after`](Self::task_finishes_after), for a task
    /// that fails after `polls` polls with DSS's exception (`error_type`,
    /// `message`): a wait on it is [`Error::TaskFailed`].
    fn task_fails_after(self, polls: usize, error_type: &str, message: &str) -> Result<TaskStubs>
    where
        Self: Prepared,
    {
        scripts::task_script(self.described(false)?, |f| f.fails_after(polls, error_type, message))
    }

    /// The same request as sent by its `.start()` (for the requests that
    /// have one: those that wait for a task by default), to stub the answer
    /// that gives the task.
    fn started(self) -> Started<Self>
    where
        Self: Prepared,
    {
        Started(self)
    }
}

// Implemented by each generated request value (the generator names each
// type), by the escape hatch's, and by a started request; and by the calls
// made of several requests, whose stubbing then fails to compile with the
// message of `Prepared` (pointing at their scripts) rather than a missing
// method.
impl<R: Prepared> Stub for Started<R> {}
impl Stub for crate::requests::RawRequest<'_> {}
impl<T> Stub for crate::requests::Pending<'_, T> {}
impl<T> Stub for crate::requests::Waiting<'_, '_, T> {}
impl Stub for crate::requests::JobRun<'_, '_> {}
impl Stub for crate::requests::JobStartAndWait<'_, '_> {}
impl Stub for crate::requests::ProjectStartJobAndWait<'_, '_> {}
impl Stub for crate::requests::ScenarioRunAndWait<'_, '_> {}
impl Stub for crate::requests::ScenarioGetRunsByDate<'_> {}
impl Stub for crate::requests::ScenarioGetSettings<'_> {}
impl Stub for crate::requests::ScenarioSettingsSave<'_> {}
impl Stub for crate::requests::DatasetIterRows<'_> {}
impl Stub for crate::requests::DatasetComputeMetrics<'_> {}
impl Stub for crate::requests::DatasetRunChecks<'_> {}
impl Stub for crate::requests::ProjectUpdateVariables<'_> {}
impl Stub for crate::requests::SchemaUpdatesApply<'_> {}
impl Stub for crate::requests::ManagedFolderUploadFolder<'_> {}
impl Stub for crate::requests::ManagedFolderComputeMetrics<'_> {}
impl Stub for crate::requests::ManagedFolderSetConnectionAndPath<'_> {}

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

#[cfg(test)]
mod tests {
    use super::answer::multipart_file;
    use super::scripts::tsv;
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

/// The mock of another server, with the client the generator's sample
/// spec declares (`dss-api-derive/tests/fixtures/node.dss`).
#[cfg(test)]
mod other_servers {
    /// A client of another server, end to end: its constructor, base path,
    /// optional credential, handles, `Debug`, catalog entry and mock.
    #[cfg(feature = "mock")]
    #[test]
    fn a_client_of_another_server_sends_under_its_base_path() {
        use super::{Mock, Stub};
        use crate::api::generated::sample;
        use crate::rt::ServerClient;
        use serde_json::json;

        let mock = Mock::start_for(|url| sample::handles::ScoringClient::builder(url, "svc 1")).unwrap();
        let predicted = mock
            .predict_record("ep", json!({"x": 1}))
            .returns(json!({"prediction": 0.5}))
            .unwrap();
        let looked = mock
            .get_endpoint("ep")
            .lookup(json!({"k": 2}))
            .returns(json!({"v": 3}))
            .unwrap();
        let client: &sample::handles::ScoringClient = &mock;
        let p = client.predict_record("ep", json!({"x": 1})).send().unwrap();
        assert_eq!(p.prediction, Some(json!(0.5)));
        assert_eq!(
            client.get_endpoint("ep").lookup(json!({"k": 2})).send().unwrap(),
            json!({"v": 3})
        );
        let call = &predicted.calls()[0];
        assert_eq!(call.path(), "/public/api/v1/svc%201/ep/predict");
        assert_eq!(call.header("authorization"), None, "no credential was given");
        assert_eq!(call.json(), Some(json!({"features": {"x": 1}})));
        looked.assert_calls(1);
        assert_eq!(looked.calls()[0].path(), "/public/api/v1/svc%201/ep/lookup");

        // `first_set`: the first of the dispatch members given, alone.
        let dispatched = mock
            .predict_record("ep2", json!({"x": 2}))
            .generation("g1")
            .dispatch_key("k")
            .returns(json!({"prediction": 1}))
            .unwrap();
        client
            .predict_record("ep2", json!({"x": 2}))
            .generation("g1")
            .dispatch_key("k")
            .send()
            .unwrap();
        assert_eq!(
            dispatched.calls()[0].json(),
            Some(json!({"features": {"x": 2}, "dispatch": {"forcedGeneration": "g1"}}))
        );
        // `body = nonempty(..)`: no body for empty arguments.
        let ran = mock.run("f", json!({})).returns(json!(7)).unwrap();
        assert_eq!(client.run("f", json!({})).send().unwrap(), json!(7));
        assert!(ran.calls()[0].body().is_empty());
        // `answer.results.0`: the first result; none is an error.
        let first = mock
            .get_endpoint("ep")
            .lookup_first(json!({"k": 1}))
            .returns_json(json!({"results": [{"v": 1}, {"v": 2}]}))
            .unwrap();
        let endpoint = client.get_endpoint("ep");
        assert_eq!(endpoint.lookup_first(json!({"k": 1})).send().unwrap(), json!({"v": 1}));
        first.assert_calls(1);
        mock.get_endpoint("ep")
            .lookup_first(json!({"k": 2}))
            .returns_json(json!({"results": []}))
            .unwrap();
        let err = endpoint.lookup_first(json!({"k": 2})).send().unwrap_err();
        assert!(matches!(err, crate::Error::Decode { .. }), "{err:?}");

        // Its escape hatch: under its base path, named after it.
        let escape = mock
            .raw(crate::Verb::Get, "/svc 1/ep/extra")
            .returns(json!({"ok": true}));
        assert!(
            matches!(escape, Err(crate::Error::InvalidArgument { .. })),
            "a space is refused"
        );
        let escape = mock
            .raw(crate::Verb::Get, "/x")
            .segment("svc 1")
            .returns(json!({"ok": true}))
            .unwrap();
        assert_eq!(
            client.raw(crate::Verb::Get, "/x").segment("svc 1").send().unwrap(),
            json!({"ok": true})
        );
        assert_eq!(escape.calls()[0].path(), "/public/api/v1/x/svc%201");
        mock.allow_unmatched();
        let err = client.raw(crate::Verb::Get, "/missing").send().unwrap_err();
        assert_eq!(err.endpoint().unwrap().to_string(), "ScoringClient::raw");
        assert!(
            !err.endpoint().unwrap().dataikuapi,
            "the escape hatch is not dataikuapi's"
        );

        // The credential, when given, and never shown.
        let keyed = sample::handles::ScoringClient::new("http://h:1", "svc", Some("S3CR3T")).unwrap();
        let shown = format!("{keyed:?}");
        assert!(
            shown.contains("\"svc\"") && shown.contains("api_key") && !shown.contains("S3CR3T"),
            "{shown}"
        );
        let open = sample::handles::ScoringClient::new("http://h:1", "svc", None).unwrap();
        assert!(format!("{open:?}").contains("\"none\""));
        assert_eq!(sample::handles::ScoringClient::SERVER.base_path, "/public/api/v1");

        // The catalog names the server of each method.
        let e = sample::catalog::ENDPOINTS
            .iter()
            .find(|e| e.owner == "ScoringClient" && e.method == "predict_record")
            .unwrap();
        assert_eq!(e.server, sample::handles::ScoringClient::SERVER);
        assert!(!e.server.credential_required);
        let h = sample::catalog::ENDPOINTS
            .iter()
            .find(|e| e.method == "lookup")
            .unwrap();
        assert_eq!(h.server.client, "ScoringClient");
    }
}
