//! Shared helpers for the integration tests: a mock server, a client
//! pointed at it, a recorder that keeps every request it receives, and the
//! fixtures (copied into this repository from the recordings of dataikuapi).

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

type Responder = dyn Fn(&Received) -> (u16, String) + Send + Sync;

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
        let server = MockServer::start();
        let received: Arc<Mutex<Vec<Received>>> = Arc::default();
        let log = received.clone();
        let respond: Arc<Responder> = Arc::new(respond);
        let mock = server.mock(move |when, then| {
            when.any_request();
            then.respond_with(move |req: &HttpMockRequest| {
                let r = Received::from_request(req);
                let (status, body) = respond(&r);
                log.lock().unwrap().push(r);
                HttpMockResponse::builder()
                    .status(status)
                    .header("content-type", "application/json")
                    .body(body)
                    .build()
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
