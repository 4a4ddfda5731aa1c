//! The escape hatch (`DssClient::raw`) over the real transport: the path
//! as given with encoded segments, the query, headers and bodies, the
//! client's credential, per-request bounds, the retry policy (by verb, or
//! as declared), typed errors naming `DssClient::raw`, and no secret in
//! its `Debug`.

use std::io::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use dss_api::{DssClient, Error, RetryPolicy, TimeoutPhase, Upload, Verb};
use dss_api_tests::raw::{respond, RawServer};
use dss_api_tests::{api, client, server, API_KEY};
use httpmock::Method::{GET, POST};
use serde_json::{json, Value};

#[test]
fn a_raw_get_sends_the_path_encoded_segments_query_and_headers_with_the_credential() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(api("/projects/MY%20KEY/things/a%2Fb/x%20y/z.txt"))
            .query_param("itemCount", "10")
            .query_param("tag", "a&b")
            .header("x-extra", "1")
            .header_exists("authorization");
        then.status(200).json_body(json!({"items": [1, 2]}));
    });
    let answer = client(&server)
        .raw(Verb::Get, "/projects")
        .segment("MY KEY")
        .segment("things")
        .segment("a/b")
        .segments("x y/z.txt")
        .query("itemCount", "10")
        .query("tag", "a&b")
        .header("X-Extra", "1")
        .send()
        .unwrap();
    mock.assert();
    assert_eq!(answer, json!({"items": [1, 2]}));
}

#[test]
fn raw_bodies_and_answers_of_every_kind() {
    let server = server();
    let post = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/timeline/"))
            .json_body(json!({"a": [1, "x"]}));
        then.status(200).json_body(json!({"count": 3}));
    });
    let put = server.mock(|when, then| {
        when.method(httpmock::Method::PUT)
            .path(api("/plugins/p/contents/f.bin"))
            .body("raw bytes");
        then.status(204);
    });
    let form = server.mock(|when, then| {
        when.method(POST)
            .path(api("/plugins/actions/installFromZip"))
            .header_exists("content-type")
            .body_includes("filename=\"p.zip\"")
            .body_includes("ZIPDATA");
        then.status(200).body("installed");
    });
    let c = client(&server);
    #[derive(serde::Deserialize)]
    struct Count {
        count: u32,
    }
    let typed: Count = c
        .raw(Verb::Post, "/projects/P/timeline/")
        .json(json!({"a": [1, "x"]}))
        .send_as()
        .unwrap();
    assert_eq!(typed.count, 3);
    let empty: Value = c
        .raw(Verb::Put, "/plugins/p/contents/f.bin")
        .body(Upload::from(b"raw bytes".to_vec()))
        .send()
        .unwrap();
    assert_eq!(empty, Value::Null, "an empty answer is null");
    let dir = std::env::temp_dir().join(format!("dss-api-raw-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let zip = dir.join("p.zip");
    std::fs::write(&zip, "ZIPDATA").unwrap();
    let text = c
        .raw(Verb::Post, "/plugins/actions/installFromZip")
        .upload(zip.as_path())
        .send_text()
        .unwrap();
    assert_eq!(text, "installed");
    std::fs::remove_dir_all(&dir).unwrap();
    post.assert();
    put.assert();
    form.assert();
}

#[test]
fn raw_errors_are_typed_and_name_the_escape_hatch() {
    let server = server();
    let missing = server.mock(|when, then| {
        when.method(GET).path(api("/nowhere/x"));
        then.status(404).json_body(json!({
            "errorType": "com.dataiku.dip.exceptions.UnknownObjectException",
            "message": "no such thing"
        }));
    });
    let garbage = server.mock(|when, then| {
        when.method(GET).path(api("/garbage"));
        then.status(200).body("{not json");
    });
    let c = client(&server);
    let err = c.raw(Verb::Get, "/nowhere").segment("x").send().unwrap_err();
    assert!(err.is_not_found(), "{err:?}");
    assert_eq!(err.endpoint().unwrap().to_string(), "DssClient::raw");
    assert_eq!(
        err.error_type(),
        Some("com.dataiku.dip.exceptions.UnknownObjectException")
    );
    let err = c.raw(Verb::Get, "/garbage").send().unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert!(err.to_string().contains("DssClient::raw"), "{err}");
    missing.assert();
    garbage.assert();
    // Refused before anything is sent: a path that is not one, an empty
    // segment, a header HTTP cannot carry, a body that is not JSON.
    for (what, result) in [
        ("no leading slash", c.raw(Verb::Get, "projects").send()),
        ("a space", c.raw(Verb::Get, "/a b").send()),
        ("a query in the path", c.raw(Verb::Get, "/a?b=1").send()),
        ("an empty segment", c.raw(Verb::Get, "/a").segment("").send()),
        (
            "a bad header",
            c.raw(Verb::Get, "/a").header("X-A", "line\nbreak").send(),
        ),
    ] {
        assert!(
            matches!(result, Err(Error::InvalidArgument { .. })),
            "{what}: {result:?}"
        );
    }
    let bad_json: std::collections::BTreeMap<(u8, u8), u8> = [((1, 2), 3)].into();
    let err = c.raw(Verb::Post, "/a").json(bad_json).send().unwrap_err();
    assert!(matches!(err, Error::Encode { .. }), "{err:?}");
    // Its Debug shows the method and verb, not what it carries.
    let shown = format!(
        "{:?}",
        c.raw(Verb::Get, "/keys").segment("S3CR3T").header("X-Token", "T0K3N")
    );
    assert!(
        shown.contains("DssClient::raw") && !shown.contains("S3CR3T") && !shown.contains("T0K3N"),
        "{shown}"
    );
}

/// A server answering 503 to the first request, then `{}`; counts them.
fn busy_once() -> (RawServer, Arc<AtomicUsize>) {
    let seen = Arc::new(AtomicUsize::new(0));
    let n = seen.clone();
    let server = RawServer::start(move |_req, body, out| {
        let _ = std::io::copy(body, &mut std::io::sink());
        if n.fetch_add(1, Ordering::SeqCst) == 0 {
            let _ = write!(
                out,
                "HTTP/1.1 503 Busy\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
        } else {
            respond(out, 200, "application/json", b"{}");
        }
    });
    (server, seen)
}

#[test]
fn raw_requests_are_retried_by_their_verb_or_as_declared() {
    let client = |server: &RawServer| {
        DssClient::builder(&server.url)
            .api_key(API_KEY)
            .retry(RetryPolicy::new().first_backoff(Duration::from_millis(5)).jitter(false))
            .build()
            .unwrap()
    };
    // A GET is safe to repeat: retried.
    let (server, seen) = busy_once();
    client(&server).raw(Verb::Get, "/x").send().unwrap();
    assert_eq!(seen.load(Ordering::SeqCst), 2);
    // A POST is not, unless declared so.
    let (server, seen) = busy_once();
    let err = client(&server).raw(Verb::Post, "/x").send().unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(seen.load(Ordering::SeqCst), 1);
    let (server, seen) = busy_once();
    client(&server).raw(Verb::Post, "/x").idempotent(true).send().unwrap();
    assert_eq!(seen.load(Ordering::SeqCst), 2);
    // And a GET declared unsafe is not retried.
    let (server, seen) = busy_once();
    assert!(client(&server).raw(Verb::Get, "/x").idempotent(false).send().is_err());
    assert_eq!(seen.load(Ordering::SeqCst), 1);
}

#[test]
fn a_raw_request_has_its_own_time_bounds() {
    // A server that never answers.
    let server = RawServer::start(|_req, body, _out| {
        let _ = std::io::copy(body, &mut std::io::sink());
        std::thread::sleep(Duration::from_secs(10));
    });
    let c = DssClient::new(&server.url, API_KEY).unwrap();
    let err = dss_api_tests::within(
        Duration::from_secs(5),
        "the raw request's response_timeout",
        move || {
            c.raw(Verb::Get, "/slow")
                .response_timeout(Duration::from_millis(300))
                .send()
                .unwrap_err()
        },
    );
    assert_eq!(err.timeout_phase(), Some(TimeoutPhase::Response), "{err:?}");
    assert!(err.to_string().contains("DssClient::raw"), "{err}");
}
