//! Shared helpers for the integration tests: a mock server, a client
//! pointed at it, a recorder that keeps every request it receives, and the
//! fixtures (copied into this repository from the recordings of dataikuapi).

pub mod calls;
pub mod proxy;
pub mod raw;
pub mod replay;
pub mod threaded;

use std::sync::{Arc, Mutex};

use dss_api::DssClient;
use httpmock::{HttpMockRequest, HttpMockResponse, MockServer};
use serde_json::Value;

/// The API key the conformance recordings were made with.
pub const API_KEY: &str = "my-api-key";

/// `Authorization` header value for [`API_KEY`].
pub const BASIC_AUTH: &str = "Basic bXktYXBpLWtleTo=";

/// Starts a mock server.
pub fn server() -> MockServer {
    MockServer::start()
}

/// A client with [`API_KEY`] for `server`.
pub fn client(server: &MockServer) -> DssClient {
    DssClient::new(server.base_url(), API_KEY).expect("client")
}

/// Path prefix of the public API.
pub fn api(path: &str) -> String {
    format!("/dip/publicapi{path}")
}

/// Reads a fixture file of `tests/fixtures/`.
pub fn fixture(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The name, under `tests/fixtures/`, of the recording of `kind` (`cases`
/// or `objects`) that the conformance tests replay:
/// `conformance/dataikuapi-<version>-<kind>.json`, for the spec's version
/// of dataikuapi (the one of `tools/dataikuapi-<version>-surface.json`),
/// or for `DATAIKUAPI_VERSION` when it is set, to replay what
/// `tools/follow-release VERSION` recorded before the spec moves to it.
pub fn recording(kind: &str) -> String {
    let version = std::env::var("DATAIKUAPI_VERSION").unwrap_or_else(|_| spec_dataikuapi());
    format!("conformance/dataikuapi-{version}-{kind}.json")
}

/// The dataikuapi version the spec follows: the one whose surface is
/// `tools/dataikuapi-<version>-surface.json` (there is one such file).
pub fn spec_dataikuapi() -> String {
    let tools = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tools");
    let versions: Vec<String> = std::fs::read_dir(&tools)
        .unwrap_or_else(|e| panic!("{}: {e}", tools.display()))
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            Some(
                name.strip_prefix("dataikuapi-")?
                    .strip_suffix("-surface.json")?
                    .to_owned(),
            )
        })
        .collect();
    match versions.as_slice() {
        [version] => version.clone(),
        _ => panic!("tools/ should hold one dataikuapi-<version>-surface.json, the spec's version's: {versions:?}"),
    }
}

/// One multipart part as received.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// Form field name.
    pub name: String,
    /// File name, if any.
    pub filename: Option<String>,
    /// Content.
    pub content: Vec<u8>,
}

/// A request as the server received it.
#[derive(Debug, Clone)]
pub struct Received {
    /// HTTP method.
    pub method: String,
    /// Raw (still percent-encoded) path.
    pub raw_path: String,
    /// Decoded path, without the `/dip/publicapi` prefix when present.
    pub path: String,
    /// Decoded query pairs, sorted.
    pub query: Vec<(String, String)>,
    /// Headers, names lowercased.
    pub headers: Vec<(String, String)>,
    /// Raw body.
    pub body: Vec<u8>,
}

impl Received {
    fn from_request(req: &HttpMockRequest) -> Received {
        let uri = req.uri();
        let raw_path = uri.path().to_owned();
        let decoded = decode(&raw_path);
        let path = decoded.strip_prefix("/dip/publicapi").unwrap_or(&decoded).to_owned();
        let mut query: Vec<(String, String)> = uri
            .query()
            .unwrap_or("")
            .split('&')
            .filter(|s| !s.is_empty())
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                (decode(&k.replace('+', " ")), decode(&v.replace('+', " ")))
            })
            .collect();
        query.sort();
        let headers = req
            .headers_vec()
            .iter()
            .map(|(k, v)| (k.to_ascii_lowercase(), v.clone()))
            .collect();
        Received {
            method: req.method_str().to_owned(),
            raw_path,
            path,
            query,
            headers,
            body: req.body_vec(),
        }
    }

    /// A header's value (name case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str())
    }

    /// The body parsed as JSON, if it is JSON.
    pub fn json(&self) -> Option<Value> {
        if self.body.is_empty() {
            return None;
        }
        serde_json::from_slice(&self.body).ok()
    }

    /// The multipart parts, if the body is `multipart/form-data`.
    pub fn multipart(&self) -> Option<Vec<Part>> {
        let ct = self.header("content-type")?;
        let boundary = ct.split("boundary=").nth(1)?.trim_matches('"').to_owned();
        parse_multipart(&self.body, &boundary)
    }
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Parses a multipart body; `None` if it is malformed.
pub fn parse_multipart(body: &[u8], boundary: &str) -> Option<Vec<Part>> {
    let delim = format!("--{boundary}").into_bytes();
    let mut parts = Vec::new();
    let mut pos = find(body, &delim, 0)? + delim.len();
    loop {
        if body.get(pos..pos + 2)? == b"--" {
            return Some(parts);
        }
        pos += 2; // CRLF after the delimiter
        let head_end = find(body, b"\r\n\r\n", pos)?;
        let head = String::from_utf8_lossy(&body[pos..head_end]).into_owned();
        let content_start = head_end + 4;
        let mut next_delim = delim.clone();
        next_delim.splice(0..0, b"\r\n".iter().copied());
        let end = find(body, &next_delim, content_start)?;
        let attr = |key: &str| {
            let pat = format!("{key}=\"");
            let i = head.find(&pat)? + pat.len();
            let j = head[i..].find('"')? + i;
            Some(head[i..j].to_owned())
        };
        parts.push(Part {
            name: attr("name")?,
            filename: attr("filename"),
            content: body[content_start..end].to_vec(),
        });
        pos = end + next_delim.len();
    }
}

/// An answer of a [`Recorder`]: status, content type and body.
#[derive(Debug, Clone)]
pub struct Answer {
    /// HTTP status.
    pub status: u16,
    /// `Content-Type`, if any.
    pub content_type: Option<String>,
    /// Body.
    pub body: Vec<u8>,
}

type Responder = dyn Fn(&Received) -> Answer + Send + Sync;

/// A mock server that answers every request through one closure and keeps
/// every request it receives, in order.
pub struct Recorder {
    /// The server.
    pub server: MockServer,
    received: Arc<Mutex<Vec<Received>>>,
    mock_id: usize,
}

impl Recorder {
    /// Starts a server answering with `respond(request) -> (status, JSON text)`.
    pub fn start(respond: impl Fn(&Received) -> (u16, String) + Send + Sync + 'static) -> Recorder {
        Recorder::start_with(move |r| {
            let (status, body) = respond(r);
            Answer {
                status,
                content_type: Some("application/json".into()),
                body: body.into_bytes(),
            }
        })
    }

    /// Starts a server answering with any status, content type and body.
    pub fn start_with(respond: impl Fn(&Received) -> Answer + Send + Sync + 'static) -> Recorder {
        let server = MockServer::start();
        let received: Arc<Mutex<Vec<Received>>> = Arc::default();
        let log = received.clone();
        let respond: Arc<Responder> = Arc::new(respond);
        let mock = server.mock(move |when, then| {
            when.any_request();
            then.respond_with(move |req: &HttpMockRequest| {
                let r = Received::from_request(req);
                let answer = respond(&r);
                log.lock().unwrap().push(r);
                let mut b = HttpMockResponse::builder().status(answer.status);
                if let Some(ct) = &answer.content_type {
                    b = b.header("content-type", ct.as_str());
                }
                b.body(answer.body).build()
            });
        });
        let mock_id = mock.id();
        Recorder {
            server,
            received,
            mock_id,
        }
    }

    /// A client for this server.
    pub fn client(&self) -> DssClient {
        client(&self.server)
    }

    /// Takes the requests received so far.
    pub fn take(&self) -> Vec<Received> {
        std::mem::take(&mut *self.received.lock().unwrap())
    }

    /// The catch-all mock (to assert how often it was called).
    pub fn mock(&self) -> httpmock::Mock<'_> {
        httpmock::Mock::new(self.mock_id, &self.server)
    }
}

/// A plausible DSS answer for any request, so that every method can run
/// against a [`Recorder`]: ids where the client reads them, task states for
/// tasks, lists where lists are expected, `{}` elsewhere.
pub fn canned_answer(r: &Received) -> (u16, String) {
    let p = r.path.as_str();
    let m = r.method.as_str();
    let done_task = r#"{"jobId": "job-1", "hasResult": true, "result": {"messages": []}, "alive": false}"#;
    let body = match (m, p) {
        ("POST", "/sql/queries/") => {
            r#"{"queryId": "q-1", "schema": [{"name": "a", "type": "int"}, {"name": "b", "type": "string"}]}"#
                .to_owned()
        }
        ("POST", "/projects/import/upload") => r#"{"id": "imp-1"}"#.to_owned(),
        ("POST", "/admin/clusters/") => r#"{"id": "c2", "messages": {"error": false, "messages": []}}"#.to_owned(),
        ("POST", "/admin/global-api-keys/")
        | ("POST", "/admin/personal-api-keys/")
        | ("POST", "/personal-api-keys/") => r#"{"id": "key-id-1", "key": "s3cr3t", "label": "l"}"#.to_owned(),
        ("POST", "/auth/ticket-from-browser-headers") => r#"{"msg": "tkt-9"}"#.to_owned(),
        ("GET", "/projects/") if r.query.is_empty() => r#"[{"projectKey": "PKEY"}]"#.to_owned(),
        ("GET", "/admin/connections/") => "{}".to_owned(),
        ("GET", "/admin/users-activity") | ("GET", "/admin/sanity-check/codes") => "[]".to_owned(),
        ("GET", "/project-folders/ROOT") => r#"{"id": "ROOT", "name": "/"}"#.to_owned(),
        _ if m == "GET" && p.starts_with("/project-folders/") => {
            format!(r#"{{"id": "{}"}}"#, p.rsplit('/').next().unwrap_or_default())
        }
        _ if m == "GET" && p.starts_with("/admin/globalAPIKeys/") => r#"{"id": "key-id-1"}"#.to_owned(),
        _ if m == "GET" && p.starts_with("/personal-api-keys/") && !p.ends_with('/') => {
            format!(
                r#"{{"id": "{}", "label": "l"}}"#,
                p.rsplit('/').next().unwrap_or_default()
            )
        }
        _ if m == "GET" && p.starts_with("/futures/") && p.len() > "/futures/".len() => done_task.to_owned(),
        ("GET", "/futures/") => "[]".to_owned(),
        _ if m == "GET" && p.starts_with("/sql/queries/") && p.ends_with("/stream") => "1\tx\n2\ty\n".to_owned(),
        _ if p.starts_with("/plugins/actions/install")
            || p.starts_with("/admin/container-exec/")
            || p == "/admin/sanity-check/run" =>
        {
            done_task.to_owned()
        }
        _ if m == "GET" && p.ends_with('/') => "[]".to_owned(),
        _ => "{}".to_owned(),
    };
    (200, body)
}

fn show(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// Compares what the server received with what dataikuapi sent (the
/// `requests` array of one recorded call): verb, decoded path, query set,
/// JSON body (`null` members included), multipart parts, basic auth, and
/// the number of requests. Returns every difference found.
pub fn compare(expected: &[Value], received: &[Received]) -> Vec<String> {
    let mut diffs = Vec::new();
    if expected.len() != received.len() {
        diffs.push(format!(
            "{} request(s) expected, {} received: {:?}",
            expected.len(),
            received.len(),
            received
                .iter()
                .map(|r| format!("{} {}", r.method, r.path))
                .collect::<Vec<_>>()
        ));
    }
    for (i, (e, r)) in expected.iter().zip(received).enumerate() {
        let at = format!("request {i} ({} {})", r.method, r.path);
        if e["method"] != r.method.as_str() {
            diffs.push(format!("{at}: method {} expected", e["method"]));
        }
        if e["path"] != r.path.as_str() {
            diffs.push(format!("{at}: path {} expected", e["path"]));
        }
        let mut want: Vec<(String, String)> = e["query"]
            .as_array()
            .map(|q| {
                q.iter()
                    .map(|kv| {
                        (
                            kv[0].as_str().unwrap_or("").to_owned(),
                            kv[1].as_str().unwrap_or("").to_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        want.sort();
        if want != r.query {
            diffs.push(format!("{at}: query {:?} expected, got {:?}", want, r.query));
        }
        if let Some(parts) = e.get("multipart") {
            let got = r.multipart();
            let got: Option<Vec<Value>> = got.map(|ps| {
                ps.iter()
                    .map(|p| {
                        serde_json::json!({
                            "name": p.name,
                            "filename": p.filename,
                            "content": String::from_utf8_lossy(&p.content),
                        })
                    })
                    .collect()
            });
            if got.as_ref() != parts.as_array() {
                diffs.push(format!("{at}: multipart {} expected, got {:?}", show(parts), got));
            }
        } else if let Some(body) = e.get("body") {
            match r.json() {
                Some(got) if &got == body => {}
                Some(got) => diffs.push(format!("{at}: body {} expected, got {}", show(body), show(&got))),
                None => diffs.push(format!(
                    "{at}: JSON body {} expected, got {:?}",
                    show(body),
                    String::from_utf8_lossy(&r.body)
                )),
            }
        } else if let Some(raw) = e.get("raw_body") {
            if raw.as_str().map(str::as_bytes) != Some(r.body.as_slice()) {
                diffs.push(format!(
                    "{at}: raw body {raw} expected, got {:?}",
                    String::from_utf8_lossy(&r.body)
                ));
            }
        } else if !r.body.is_empty() {
            diffs.push(format!(
                "{at}: no body expected, got {:?}",
                String::from_utf8_lossy(&r.body)
            ));
        }
        if e["auth"] == "basic" && r.header("authorization") != Some(BASIC_AUTH) {
            diffs.push(format!(
                "{at}: basic auth expected, got {:?}",
                r.header("authorization")
            ));
        }
    }
    diffs
}

/// One way of making a recorded call with our client.
pub type CallFn = fn(&DssClient) -> anyhow::Result<()>;

/// Runs every recorded call of `fixture` (a conformance file) through the
/// matching entry of `table` against a [`Recorder`] answering with
/// [`canned_answer`], compares the requests, and returns (calls compared,
/// failures). A recorded method missing from the table, or a table entry
/// without a recording, is a failure too.
pub fn run_conformance(fixture_name: &str, table: &[(&str, CallFn)]) -> (usize, Vec<String>) {
    run_conformance_with(fixture_name, table, |_, _| None)
}

/// [`run_conformance`], where `server_for(method, expected_requests)` may
/// give a call a server of its own (e.g. one whose task keeps running for
/// as many polls as the recording made).
pub fn run_conformance_with(
    fixture_name: &str,
    table: &[(&str, CallFn)],
    server_for: impl Fn(&str, &[Value]) -> Option<Recorder>,
) -> (usize, Vec<String>) {
    let fixture = fixture(fixture_name);
    let calls = fixture["calls"].as_array().expect("calls").clone();
    let shared = Recorder::start(canned_answer);
    let mut failures = Vec::new();
    let mut compared = 0;
    let mut shared_requests = 0;
    for call in &calls {
        let method = call["method"].as_str().unwrap_or_default();
        let Some((_, f)) = table.iter().find(|(name, _)| *name == method) else {
            failures.push(format!("{method}: no Rust call in the table"));
            continue;
        };
        let expected = call["requests"].as_array().cloned().unwrap_or_default();
        let own = server_for(method, &expected);
        let recorder = own.as_ref().unwrap_or(&shared);
        let outcome = f(&recorder.client());
        let received = recorder.take();
        if own.is_none() {
            shared_requests += received.len();
        }
        let mut diffs = compare(&expected, &received);
        if let Err(e) = outcome {
            diffs.push(format!("the call failed: {e:#}"));
        }
        if diffs.is_empty() {
            compared += 1;
        } else {
            failures.push(format!(
                "{method} ({}):\n    {}",
                call["python"].as_str().unwrap_or(""),
                diffs.join("\n    ")
            ));
        }
    }
    for (name, _) in table {
        if !calls.iter().any(|c| c["method"] == *name) {
            failures.push(format!("{name}: in the table but not recorded"));
        }
    }
    shared.mock().assert_calls(shared_requests);
    (compared, failures)
}

/// Prints a line that shows even when the test harness captures output
/// (it writes to the process's stderr directly), e.g. how many calls a
/// conformance test compared.
pub fn report(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// Runs `f` on a thread of its own and gives its result, failing the test
/// (instead of hanging it) if it has not returned within `limit`: for the
/// tests of time bounds, where an ignored bound would otherwise wait for
/// the next one or forever. `what` says which bound should have fired.
pub fn within<T: Send + 'static>(limit: std::time::Duration, what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(limit) {
        Ok(v) => v,
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
            panic!("the call panicked (see above) before {what} fired")
        }
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => panic!("no answer within {limit:?}: {what} did not fire"),
    }
}
