//! Retries: opt-in, only for requests that are safe to repeat, only on
//! failures that may be temporary, visible to the caller, and bounded.

use std::io::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use dss_api::{DssClient, Error, RetryPolicy, Upload};
use dss_api_tests::raw::{respond, RawServer};
use dss_api_tests::API_KEY;

/// A policy that retries fast (no jitter, short waits) and records each
/// retry's attempt number and error.
fn fast(log: &Arc<Mutex<Vec<(u32, String)>>>) -> RetryPolicy {
    let log = log.clone();
    RetryPolicy::new()
        .attempts(4)
        .first_backoff(Duration::from_millis(10))
        .jitter(false)
        .on_retry(move |e| log.lock().unwrap().push((e.attempt, e.error.to_string())))
}

/// A server whose `n`-th request (from 0) gets `script[n]`: `close` drops
/// the connection without answering, a number answers with that status (and
/// `Retry-After: 1` for 503 and 429), `ok` answers `[]`.
fn scripted(script: &'static [&'static str]) -> (RawServer, Arc<AtomicUsize>) {
    let seen = Arc::new(AtomicUsize::new(0));
    let n = seen.clone();
    let server = RawServer::start(move |_req, body, out| {
        let _ = std::io::copy(body, &mut std::io::sink());
        let i = n.fetch_add(1, Ordering::SeqCst);
        match script.get(i).copied().unwrap_or("ok") {
            "close" => {
                let _ = out.shutdown(std::net::Shutdown::Both);
            }
            "ok" => respond(out, 200, "application/json", b"[]"),
            status => {
                let status: u16 = status.parse().unwrap();
                let retry_after = if matches!(status, 429 | 503) {
                    "Retry-After: 1\r\n"
                } else {
                    ""
                };
                let body = br#"{"errorType":"Busy","message":"try later"}"#;
                let _ = write!(
                    out,
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n{retry_after}Content-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = out.write_all(body);
            }
        }
    });
    (server, seen)
}

fn client(server: &RawServer, policy: RetryPolicy) -> DssClient {
    DssClient::builder(&server.url)
        .api_key(API_KEY)
        .retry(policy)
        .build()
        .unwrap()
}

#[test]
fn a_get_recovers_from_a_dropped_connection_and_a_503_with_retry_after() {
    let (server, seen) = scripted(&["close", "503", "ok"]);
    let log = Arc::default();
    let started = Instant::now();
    let plugins = client(&server, fast(&log)).list_plugins().send().unwrap();
    assert!(plugins.is_empty());
    assert_eq!(seen.load(Ordering::SeqCst), 3);
    let log = log.lock().unwrap();
    assert_eq!(log.len(), 2, "{log:?}");
    assert_eq!(log[0].0, 1);
    assert_eq!(log[1].0, 2);
    assert!(log[1].1.contains("try later"), "{log:?}");
    // The 503 asked for one second: it was honoured.
    assert!(started.elapsed() >= Duration::from_secs(1));
}

#[test]
fn a_post_that_starts_work_is_sent_exactly_once() {
    let (server, seen) = scripted(&["503", "ok"]);
    let log = Arc::default();
    let err = client(&server, fast(&log))
        .install_plugin_from_store("geoip")
        .send()
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(seen.load(Ordering::SeqCst), 1);
    assert!(log.lock().unwrap().is_empty());
}

#[test]
fn a_post_the_spec_marks_idempotent_is_retried() {
    let (server, seen) = scripted(&["502", "close"]);
    let log = Arc::default();
    // `get_ticket` only reads: POST /auth/ticket is marked `idempotent`.
    let c = client(&server, fast(&log));
    let err = c.get_ticket().send().unwrap_err();
    // The third try got `[]`, which has no `ticket`: the retries happened.
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert_eq!(seen.load(Ordering::SeqCst), 3);
    assert_eq!(log.lock().unwrap().len(), 2);
}

#[test]
fn other_client_errors_are_never_retried() {
    for status in ["400", "401", "403", "404", "409", "500"] {
        let script: &'static [&'static str] = Box::leak(Box::new([status, "ok"]));
        let (server, seen) = scripted(script);
        let log = Arc::default();
        let err = client(&server, fast(&log)).list_plugins().send().unwrap_err();
        assert_eq!(err.status(), Some(status.parse().unwrap()));
        assert_eq!(seen.load(Ordering::SeqCst), 1, "{status}");
        assert!(!err.is_retryable(), "{status}");
    }
}

#[test]
fn attempts_and_the_total_wait_are_capped() {
    let (server, seen) = scripted(&["502", "502", "502", "502", "502", "ok"]);
    let log = Arc::default();
    let err = client(&server, fast(&log).attempts(3))
        .list_plugins()
        .send()
        .unwrap_err();
    assert_eq!(err.status(), Some(502));
    assert_eq!(seen.load(Ordering::SeqCst), 3);

    // A wait the server asks for beyond the total cap is not made.
    let (server, seen) = scripted(&["429", "ok"]);
    let log = Arc::default();
    let started = Instant::now();
    let err = client(&server, fast(&log).max_total(Duration::from_millis(500)))
        .list_plugins()
        .send()
        .unwrap_err();
    assert_eq!(err.status(), Some(429));
    assert_eq!(err.api().unwrap().retry_after(), Some(Duration::from_secs(1)));
    assert_eq!(seen.load(Ordering::SeqCst), 1);
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[test]
fn one_request_can_opt_out_or_in() {
    let (server, seen) = scripted(&["503", "ok"]);
    let log = Arc::default();
    let err = client(&server, fast(&log))
        .list_plugins()
        .no_retry()
        .send()
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(seen.load(Ordering::SeqCst), 1);

    // A client without retries, one request with them.
    let (server, seen) = scripted(&["504", "ok"]);
    let c = DssClient::new(&server.url, API_KEY).unwrap();
    let log = Arc::default();
    c.list_plugins().retry(fast(&log)).send().unwrap();
    assert_eq!(seen.load(Ordering::SeqCst), 2);
    assert_eq!(log.lock().unwrap().len(), 1);
}

#[test]
fn retries_are_off_by_default() {
    let (server, seen) = scripted(&["503", "ok"]);
    let err = DssClient::new(&server.url, API_KEY)
        .unwrap()
        .list_plugins()
        .send()
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert!(err.is_retryable());
    assert_eq!(seen.load(Ordering::SeqCst), 1);
}

#[test]
fn an_upload_is_sent_again_only_if_its_body_can_be_made_again() {
    // Writing a plugin file creates or replaces it: the POST is marked
    // idempotent, so bytes (which can be sent again) are retried...
    let (server, seen) = scripted(&["503", "ok"]);
    let log = Arc::default();
    let c = client(&server, fast(&log));
    c.get_plugin("p").put_file("a.txt", b"bytes".to_vec()).send().unwrap();
    assert_eq!(seen.load(Ordering::SeqCst), 2);

    // ...but a one-shot reader is sent once.
    let (server, seen) = scripted(&["503", "ok"]);
    let log = Arc::default();
    let c = client(&server, fast(&log));
    let err = c
        .get_plugin("p")
        .put_file(
            "a.txt",
            Upload::reader_with_len(std::io::Cursor::new(b"one-shot".to_vec()), 8),
        )
        .send()
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(seen.load(Ordering::SeqCst), 1);
    assert!(log.lock().unwrap().is_empty());
}

#[test]
fn a_retry_after_beyond_any_duration_is_no_retry_and_no_panic() {
    // A wait of a second first, so that the time already waited plus the
    // wait asked for next overflows a Duration.
    let seen = Arc::new(AtomicUsize::new(0));
    let n = seen.clone();
    let server = RawServer::start(move |_req, _body, out| {
        let (status, retry_after) = match n.fetch_add(1, Ordering::SeqCst) {
            0 => (502, None),
            _ => (503, Some(u64::MAX)),
        };
        let header = retry_after.map(|s| format!("Retry-After: {s}\r\n")).unwrap_or_default();
        let _ = write!(
            out,
            "HTTP/1.1 {status} X\r\n{header}Content-Length: 0\r\nConnection: close\r\n\r\n"
        );
    });
    let policy = RetryPolicy::new()
        .attempts(5)
        .first_backoff(Duration::from_secs(1))
        .jitter(false);
    let started = Instant::now();
    let result = std::thread::spawn({
        let c = client(&server, policy);
        move || c.list_plugins().send().map_err(|e| e.status())
    })
    .join();
    let Ok(result) = result else {
        panic!("the client panicked on a huge Retry-After");
    };
    assert_eq!(result.unwrap_err(), Some(503));
    assert_eq!(seen.load(Ordering::SeqCst), 2);
    assert!(started.elapsed() < Duration::from_secs(5));
}
