//! Endpoints with a secret in their path (a global API key looked up by
//! the key itself, an API node's admin key deleted by the key itself): every error such a call can end with, whatever the
//! server answers, shows neither the secret nor the client's credential.
//! The servers here echo the path back in every way servers do: a proxy
//! forcing https redirects to the same path, a Java error page repeats
//! it, an error document names the key, a malformed answer quotes it.

use std::io::Write as _;
use std::net::TcpStream;
use std::time::Duration;

use base64::Engine as _;
use dss_api::catalog::ENDPOINTS;
use dss_api::{ApiNodeAdminClient, ClientBuilder, DssClient, Error, ServerClient};
use dss_api_tests::threaded::{Next, RawRequest, Server};
use percent_encoding::percent_decode_str;

/// A secret-path call: the method's name, whether it reads its answer (a
/// call that answers nothing takes any 200 as done), and the call made
/// with `secret` by a client of its server, built for the URL with the API
/// key.
type SecretCall = (&'static str, bool, fn(&str, &str, &str) -> Result<(), Error>);

/// Every method whose path holds a secret, each called with the secret, on
/// whichever server it belongs to.
const SECRET_PATH_CALLS: &[SecretCall] = &[
    ("get_global_api_key", true, |url, api_key, key| {
        bounded(DssClient::builder(url), api_key)
            .get_global_api_key(key)
            .send()
            .map(|_| ())
    }),
    ("delete_key", false, |url, api_key, key| {
        bounded(ApiNodeAdminClient::builder(url), api_key)
            .auth()
            .delete_key(key)
            .send()
    }),
];

/// A client of any server for these tests: the API key, no proxy, short
/// bounds.
fn bounded<C: ServerClient>(builder: ClientBuilder<C>, api_key: &str) -> C {
    builder
        .api_key(api_key)
        .no_proxy()
        .response_timeout(Some(Duration::from_millis(500)))
        .idle_timeout(Some(Duration::from_millis(500)))
        .build()
        .unwrap()
}

/// One way a server answers a request whose path holds the secret: its
/// name, the answer it writes (given the request and its own URL), and
/// the text the error must hold.
struct Fault {
    name: &'static str,
    answer: fn(&RawRequest, &str, &mut TcpStream),
    says: &'static str,
    /// Whether the server answers 200 (an error only for a call that
    /// reads its answer).
    success: bool,
}

fn answer(out: &mut TcpStream, status: &str, headers: &str, body: &[u8]) {
    let _ = write!(
        out,
        "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = out.write_all(body);
}

/// The request's path, decoded (what a server shows when it echoes the
/// path it understood).
fn decoded(req: &RawRequest) -> String {
    percent_decode_str(&req.target).decode_utf8_lossy().into_owned()
}

/// The request's raw target with its escapes in lowercase hex.
fn lower_hex(req: &RawRequest) -> String {
    let mut out = String::new();
    let mut left = 0;
    for c in req.target.chars() {
        if c == '%' {
            left = 2;
            out.push(c);
        } else if left > 0 {
            left -= 1;
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The last segment of the request's path (the key), decoded.
fn key(req: &RawRequest) -> String {
    let raw = req.target.rsplit('/').next().unwrap_or_default();
    percent_decode_str(raw).decode_utf8_lossy().into_owned()
}

const FAULTS: &[Fault] = &[
    Fault {
        name: "a proxy forcing https redirects to the same path",
        answer: |req, url, out| {
            let host = url.trim_start_matches("http://");
            let location = format!("Location: https://{host}{}\r\n", req.target);
            answer(out, "301 Moved Permanently", &location, b"");
        },
        says: "unexpected redirect to https://127.0.0.1:",
        success: false,
    },
    Fault {
        name: "a relative redirect to the same path, with a query",
        answer: |req, _, out| {
            let location = format!("Location: {}?from={}\r\n", req.target, req.target);
            let page = format!("<a href=\"{}\">moved</a>", decoded(req));
            answer(out, "302 Found", &location, page.as_bytes());
        },
        says: "unexpected redirect to http://127.0.0.1:",
        success: false,
    },
    Fault {
        name: "a redirect holding the path in its user information",
        answer: |req, _, out| {
            let user = req.target.rsplit('/').next().unwrap_or_default();
            let location = format!(
                "Location: https://{user}:{user}@elsewhere.example:8443{}\r\n",
                req.target
            );
            answer(out, "307 Temporary Redirect", &location, b"");
        },
        says: "unexpected redirect to https://elsewhere.example:8443",
        success: false,
    },
    Fault {
        name: "a Java error page repeating the path",
        answer: |req, _, out| {
            let page = format!(
                "<html><body><h2>HTTP ERROR 404</h2><p>Problem accessing {}. Reason: <pre>Not Found: {}</pre></p></body></html>",
                req.target,
                decoded(req)
            );
            answer(out, "404 Not Found", "Content-Type: text/html\r\n", page.as_bytes());
        },
        says: "HTTP 404",
        success: false,
    },
    Fault {
        name: "an error document naming the key",
        answer: |req, _, out| {
            let key = key(req);
            let doc = serde_json::json!({
                "errorType": format!("NotFound: {key}"),
                "message": format!("Global API key {key} does not exist"),
                "detailedMessage": format!("No key at {}", lower_hex(req)),
            });
            let body = serde_json::to_vec(&doc).unwrap();
            answer(out, "404 Not Found", "Content-Type: application/json\r\n", &body);
        },
        says: "NotFound: ***: No key at /",
        success: false,
    },
    Fault {
        name: "a 502 page repeating the path in lowercase escapes",
        answer: |req, _, out| {
            let page = format!("upstream failed for {}", lower_hex(req));
            answer(out, "502 Bad Gateway", "Content-Type: text/plain\r\n", page.as_bytes());
        },
        says: "HTTP 502",
        success: false,
    },
    Fault {
        name: "an answer whose id holds the path",
        answer: |req, _, out| {
            let body = serde_json::to_vec(&serde_json::json!({"id": {"path": decoded(req)}})).unwrap();
            answer(out, "200 OK", "Content-Type: application/json\r\n", &body);
        },
        says: "is not a string",
        success: true,
    },
    Fault {
        name: "malformed JSON after the key",
        answer: |req, _, out| {
            let body = format!(
                "{{\"key\": {}, \"id\": nope}}",
                serde_json::to_string(&decoded(req)).unwrap()
            );
            answer(out, "200 OK", "Content-Type: application/json\r\n", body.as_bytes());
        },
        says: "cannot decode",
        success: true,
    },
    Fault {
        name: "the connection closed before any answer",
        answer: |_, _, _| {},
        says: "transport error",
        success: false,
    },
    Fault {
        name: "no answer at all",
        answer: |_, _, out| {
            let _ = out.set_read_timeout(Some(Duration::from_secs(5)));
            let _ = std::io::Read::read(out, &mut [0u8; 1]);
        },
        says: "timeout",
        success: false,
    },
    Fault {
        name: "bytes that are not HTTP, the path among them",
        answer: |req, _, out| {
            let _ = write!(out, "SSH-2.0 {} {}\r\n\r\n", req.target, decoded(req));
        },
        says: "transport error",
        success: false,
    },
];

#[test]
fn the_catalog_marks_exactly_the_endpoints_with_a_secret_in_their_path() {
    let marked: Vec<&str> = ENDPOINTS
        .iter()
        .filter(|e| e.request.is_some_and(|r| r.secret_path))
        .map(|e| e.method)
        .collect();
    let called: Vec<&str> = SECRET_PATH_CALLS.iter().map(|(name, _, _)| *name).collect();
    assert_eq!(marked, called, "every secret-path endpoint is called by the test below");
    let unmarked = ENDPOINTS
        .iter()
        .find(|e| e.owner == "DssClient" && e.method == "get_global_api_key")
        .and_then(|e| e.request)
        .unwrap();
    assert!(unmarked.secret_path);
    assert!(
        !ENDPOINTS
            .iter()
            .find(|e| e.owner == "DssClient" && e.method == "list_projects")
            .and_then(|e| e.request)
            .unwrap()
            .secret_path
    );
}

#[test]
fn no_error_of_a_secret_path_call_shows_the_secret() {
    let api_key = "API-KEY-SECRET-7f3a";
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{api_key}:"));
    // A key that needs escaping, so that every form of it is tried.
    let secret = "gk/S3CR3T&k<e>y\"é-51c7";
    let encoded = percent_encoding::utf8_percent_encode(secret, percent_encoding::NON_ALPHANUMERIC).to_string();
    let forms = [
        secret.to_owned(),
        encoded.clone(),
        encoded.to_ascii_lowercase(),
        "S3CR3T".to_owned(),
        api_key.to_owned(),
        basic.clone(),
        basic.trim_end_matches('=').to_owned(),
    ];
    let mut checked = 0;
    let mut failures = Vec::new();
    for (method, reads_answer, call) in SECRET_PATH_CALLS {
        for fault in FAULTS.iter().filter(|f| *reads_answer || !f.success) {
            let play = fault.answer;
            let server = Server::start(move |req, _, out| {
                let url = format!("http://{}", out.local_addr().unwrap());
                play(req, &url, out);
                Next::Close
            });
            let err = match call(&server.url, api_key, secret) {
                Ok(()) => {
                    failures.push(format!("{method}, {}: no error", fault.name));
                    continue;
                }
                Err(e) => e,
            };
            assert!(
                server.requests() >= 1,
                "{method}, {}: the server was not asked",
                fault.name
            );
            let mut shown = format!("{err}\n{err:?}\n{err:#?}");
            if let Some(api) = err.api() {
                shown.push_str(api.body());
            }
            for form in &forms {
                if shown.contains(form.as_str()) {
                    failures.push(format!("{method}, {}: shows {form:?}:\n{shown}", fault.name));
                }
            }
            if !err.to_string().contains(fault.says) {
                failures.push(format!(
                    "{method}, {}: does not say {:?}: {err}",
                    fault.name, fault.says
                ));
            }
            checked += 1;
        }
    }
    dss_api_tests::report(&format!(
        "secrets: {checked} errors of {} secret-path endpoint(s) checked, {} showing a secret",
        SECRET_PATH_CALLS.len(),
        failures.len()
    ));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
