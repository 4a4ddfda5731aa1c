//! Logs through the `log` facade: one debug line per request (verb, path,
//! status, time, bytes sent and received), trace lines for polls, warnings
//! for retries and refused redirects; never a secret, never a body.

use std::sync::Mutex;
use std::time::Duration;

use dss_api::{DssClient, RetryPolicy, WaitOptions};
use dss_api_tests::{api, server, API_KEY};
use httpmock::Method::{GET, POST};
use serde_json::json;

/// Collects every line logged by dss-api.
struct Capture(Mutex<Vec<String>>);

impl log::Log for Capture {
    fn enabled(&self, m: &log::Metadata<'_>) -> bool {
        m.target().starts_with("dss_api")
    }
    fn log(&self, r: &log::Record<'_>) {
        if self.enabled(r.metadata()) {
            self.0.lock().unwrap().push(format!("{} {}", r.level(), r.args()));
        }
    }
    fn flush(&self) {}
}

static CAPTURE: Capture = Capture(Mutex::new(Vec::new()));

const SECRET_KEY: &str = "gk-SECRET-0123456789";
const PASSWORD: &str = "pw-SECRET-hunter2";
/// A key whose lookup a proxy forcing https redirects, path and all.
const REDIRECTED_KEY: &str = "gk-SECRET-redirected-42";

/// One test, so that the process-wide logger sees only its own calls.
#[test]
fn logs_say_what_happened_and_no_secret() {
    log::set_logger(&CAPTURE).unwrap();
    log::set_max_level(log::LevelFilter::Trace);
    let server = server();
    let key = server.mock(|when, then| {
        when.method(GET)
            .path(api(&format!("/admin/globalAPIKeys/{SECRET_KEY}")));
        then.status(200).json_body(json!({"id": "key-1", "key": SECRET_KEY}));
    });
    let user = server.mock(|when, then| {
        when.method(POST).path(api("/admin/users/"));
        then.status(200).json_body(json!({"login": "bob"}));
    });
    let busy = server.mock(|when, then| {
        when.method(GET).path(api("/plugins/"));
        then.status(503).body("busy");
    });
    let task = server.mock(|when, then| {
        when.method(GET).path(api("/futures/t1"));
        then.status(200)
            .json_body(json!({"jobId": "t1", "alive": false, "hasResult": true, "result": 1}));
    });
    let moved = server.mock(|when, then| {
        when.method(GET).path(api("/projects/"));
        then.status(302)
            .header("location", "https://elsewhere.example/login?token=REDIRECT-SECRET");
    });
    let forced = server.mock(|when, then| {
        when.method(GET)
            .path(api(&format!("/admin/globalAPIKeys/{REDIRECTED_KEY}")));
        then.status(301).header(
            "location",
            format!("https://dss.example/dip/publicapi/admin/globalAPIKeys/{REDIRECTED_KEY}"),
        );
    });
    let escape = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/timeline"));
        then.status(200).json_body(json!({"items": []}));
    });
    let c = DssClient::new(server.base_url(), API_KEY).unwrap();

    let handle = c.get_global_api_key(SECRET_KEY).send().unwrap();
    assert_eq!(handle.id(), "key-1");
    c.create_user("bob", PASSWORD).send().unwrap();
    let retry = RetryPolicy::new().attempts(2).first_backoff(Duration::from_millis(1));
    assert!(c.list_plugins().retry(retry).send().is_err());
    let mut future = c.get_future("t1");
    assert_eq!(future.wait().wait_options(WaitOptions::new()).send().unwrap(), json!(1));
    assert!(c.list_projects().send().is_err());
    c.raw(dss_api::Verb::Get, "/projects")
        .segment("P")
        .segment("timeline")
        .send()
        .unwrap();
    let err = c.get_global_api_key(REDIRECTED_KEY).send().unwrap_err();
    assert_eq!(err.status(), Some(301));
    let shown = format!("{err} {err:?}");
    assert!(shown.contains("unexpected redirect to https://dss.example"), "{shown}");
    assert!(!shown.contains(REDIRECTED_KEY), "{shown}");
    key.assert();
    forced.assert();
    user.assert();
    busy.assert_calls(2);
    task.assert();
    moved.assert();
    escape.assert();

    let lines = CAPTURE.0.lock().unwrap().clone();
    let all = lines.join("\n");
    // One debug line per request (8 requests), with verb, path, status,
    // time and sizes.
    let requests: Vec<&String> = lines
        .iter()
        .filter(|l| l.starts_with("DEBUG") && l.contains(" -> "))
        .collect();
    assert_eq!(requests.len(), 8, "{all}");
    // The escape hatch's line names it.
    assert!(
        requests
            .iter()
            .any(|l| l.contains("DssClient::raw: GET /projects/P/timeline -> 200")),
        "{all}"
    );
    assert!(
        requests.iter().any(|l| l.contains("POST /admin/users/ -> 200 in")
            && l.contains("sent ")
            && l.contains("received 15 bytes")),
        "{all}"
    );
    // A secret in the path is hidden.
    assert!(all.contains("GET /admin/globalAPIKeys/*** -> 200"), "{all}");
    // The retry and the refused redirect are warnings; the poll a trace.
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("WARN") && l.contains("try 1 failed")),
        "{all}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("WARN") && l.contains("refused a redirect to https://elsewhere.example")),
        "{all}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("WARN")
            && l.contains("GET /admin/globalAPIKeys/***: refused a redirect to https://dss.example")),
        "{all}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("TRACE") && l.contains("task t1: poll 1")),
        "{all}"
    );
    // Never a secret, a credential or a body.
    for secret in [
        SECRET_KEY,
        REDIRECTED_KEY,
        PASSWORD,
        API_KEY,
        "bXktYXBpLWtleTo",
        "REDIRECT-SECRET",
        "\"login\"",
    ] {
        assert!(!all.contains(secret), "{secret} appears in the logs:\n{all}");
    }
    dss_api_tests::report(&format!("logs: {} lines captured, none with a secret", lines.len()));
}
