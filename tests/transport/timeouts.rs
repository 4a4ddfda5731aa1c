//! Time bounds per phase: a silent server, a stalled body, a trickle, and a
//! call DSS holds open on purpose. The bounds are shortened here; their
//! defaults are checked by the library's own tests.

use std::io::{Read as _, Write as _};
use std::time::{Duration, Instant};

use dss_api::{DssClient, Error, TimeoutPhase};
use dss_api_tests::raw::{respond, respond_head, RawServer};
use dss_api_tests::{within, API_KEY};

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

fn expect_timeout(err: Error, phase: TimeoutPhase, endpoint: &str) {
    assert_eq!(err.timeout_phase(), Some(phase), "{err:?}");
    let text = err.to_string();
    assert!(text.contains(&format!("::{endpoint}`")), "names the method: {text}");
    assert!(!text.contains(API_KEY), "{text}");
}

/// The bound the error reports as the one that fired.
fn bound_of(err: &Error) -> Option<Duration> {
    match err {
        Error::Timeout { limit, .. } => *limit,
        _ => None,
    }
}

#[test]
fn a_server_that_never_answers_is_a_response_timeout() {
    let server = RawServer::start(|_, _, _| std::thread::sleep(ms(3000)));
    let c = DssClient::builder(&server.url)
        .api_key(API_KEY)
        .response_timeout(Some(ms(300)))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = within(ms(2500), "the client's response bound", move || {
        c.list_projects().send().unwrap_err()
    });
    assert!(started.elapsed() < ms(2500), "{:?}", started.elapsed());
    assert_eq!(bound_of(&err), Some(ms(300)), "{err}");
    expect_timeout(err, TimeoutPhase::Response, "list_projects");

    // One request's own bound, on a client whose bound is the default
    // (5 minutes): if it were ignored, the watchdog would fire.
    let c = DssClient::new(&server.url, API_KEY).unwrap();
    let err = within(ms(2500), "the request's response_timeout", move || {
        c.list_projects().response_timeout(ms(100)).send().unwrap_err()
    });
    assert_eq!(bound_of(&err), Some(ms(100)), "{err}");
    expect_timeout(err, TimeoutPhase::Response, "list_projects");
}

#[test]
fn a_request_bound_on_the_whole_call_fires() {
    let server = RawServer::start(|_, _, _| std::thread::sleep(ms(3000)));
    let c = DssClient::new(&server.url, API_KEY).unwrap();
    let err = within(ms(2500), "the request's overall timeout", move || {
        c.list_plugins().timeout(ms(200)).send().unwrap_err()
    });
    assert_eq!(err.timeout_phase(), Some(TimeoutPhase::Total), "{err:?}");
    assert_eq!(bound_of(&err), Some(ms(200)), "{err}");
}

#[test]
fn a_body_that_stalls_is_an_idle_timeout_for_json_and_streams() {
    let stall = || {
        RawServer::start(|_, _, out| {
            respond_head(out, 200, "application/json", 1000);
            let _ = out.write_all(b"[{\"id\":");
            let _ = out.flush();
            std::thread::sleep(ms(3000));
        })
    };
    let server = stall();
    let c = DssClient::builder(&server.url)
        .api_key(API_KEY)
        .idle_timeout(Some(ms(300)))
        .build()
        .unwrap();
    let err = within(ms(2500), "the client's idle bound", move || {
        c.list_plugins().send().unwrap_err()
    });
    assert_eq!(bound_of(&err), Some(ms(300)), "{err}");
    expect_timeout(err, TimeoutPhase::Idle, "list_plugins");

    // A stream, with the request's own idle bound on a default client.
    let server = stall();
    let c = DssClient::new(&server.url, API_KEY).unwrap();
    let err = within(ms(2500), "the request's idle_timeout", move || {
        let stream = c.download_plugin_stream("p").idle_timeout(ms(300)).send().unwrap();
        stream.copy_to(&mut std::io::sink()).unwrap_err()
    });
    assert_eq!(bound_of(&err), Some(ms(300)), "{err}");
    expect_timeout(err, TimeoutPhase::Idle, "download_plugin_stream");
}

#[test]
fn a_trickle_that_keeps_moving_is_not_cut() {
    let server = RawServer::start(|_, _, out| {
        let body = br#"[{"id":"slow","version":"1"}]"#;
        respond_head(out, 200, "application/json", body.len() as u64);
        for b in body.chunks(4) {
            let _ = out.write_all(b);
            let _ = out.flush();
            std::thread::sleep(ms(80));
        }
    });
    let c = DssClient::builder(&server.url)
        .api_key(API_KEY)
        .idle_timeout(Some(ms(400)))
        .build()
        .unwrap();
    let started = Instant::now();
    let plugins = c.list_plugins().send().unwrap();
    assert_eq!(plugins[0].id, "slow");
    // Longer than the idle bound in all, and still read to the end.
    assert!(started.elapsed() > ms(400));
}

#[test]
fn a_call_dss_holds_open_waits_past_the_idle_and_response_bounds() {
    let server = RawServer::start(|_, _, out| {
        std::thread::sleep(ms(900));
        respond(
            out,
            200,
            "application/json",
            br#"{"envName":"e","messages":{"error":false}}"#,
        );
    });
    let c = DssClient::builder(&server.url)
        .api_key(API_KEY)
        .idle_timeout(Some(ms(300)))
        .response_timeout(Some(ms(300)))
        .build()
        .unwrap();
    // `create_code_env` sends `wait=true`: DSS answers when the environment
    // is built. Neither the idle nor the ordinary response bound cut it.
    let env = c.create_code_env("PYTHON", "e", "DESIGN_MANAGED").send().unwrap();
    assert_eq!(env.env_name(), "e");

    // Its own bound still applies.
    let c = DssClient::builder(&server.url)
        .api_key(API_KEY)
        .server_wait_timeout(Some(ms(300)))
        .build()
        .unwrap();
    let err = within(ms(2500), "the server-wait bound", move || {
        c.create_code_env("PYTHON", "e", "DESIGN_MANAGED").send().unwrap_err()
    });
    assert_eq!(bound_of(&err), Some(ms(300)), "{err}");
    expect_timeout(err, TimeoutPhase::Response, "create_code_env");
}

/// Answers a body of `len` bytes one byte every `gap`, forever if `len`
/// is `None` (a chunked body that never ends), until the client hangs up.
fn trickle(len: Option<u64>, gap: Duration) -> RawServer {
    RawServer::start(move |_, _, out| {
        match len {
            Some(len) => respond_head(out, 200, "application/json", len),
            None => {
                let _ =
                    out.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n");
            }
        }
        for i in 0.. {
            if len.is_some_and(|len| i >= len) {
                return;
            }
            std::thread::sleep(gap);
            let sent = match len {
                Some(_) => out.write_all(b" "),
                None => out.write_all(b"1\r\n \r\n"),
            };
            if sent.and_then(|_| out.flush()).is_err() {
                return;
            }
        }
    })
}

fn expect_low_speed(err: Error, endpoint: &str, bound: &str) {
    assert_eq!(err.timeout_phase(), Some(TimeoutPhase::LowSpeed), "{err:?}");
    let text = err.to_string();
    assert!(text.contains(&format!("`{endpoint}`")), "{text}");
    assert!(text.contains("came in too slowly"), "{text}");
    assert!(text.contains(&format!("(bound: {bound})")), "{text}");
}

#[test]
fn an_answer_that_trickles_is_cut_by_the_low_speed_bound() {
    // Each byte well within the idle bound, the whole far too slow.
    let slow_client = |url: &str| {
        DssClient::builder(url)
            .api_key(API_KEY)
            .idle_timeout(Some(ms(1000)))
            .low_speed_limit(100, ms(1500))
            .build()
            .unwrap()
    };
    let server = trickle(Some(10_000), ms(100));
    let c = slow_client(&server.url);
    let started = Instant::now();
    let err = dss_api_tests::within(Duration::from_secs(20), "the low-speed bound", move || {
        c.list_plugins().send().unwrap_err()
    });
    let took = started.elapsed();
    expect_low_speed(err, "DssClient::list_plugins", "100 bytes in 1.5s");
    // Within a second of its window (checked as each byte arrives).
    assert!(took >= ms(1500) && took < ms(2500), "{took:?}");

    // A stream, endless, read by the caller.
    let server = trickle(None, ms(100));
    let c = slow_client(&server.url);
    let err = dss_api_tests::within(Duration::from_secs(20), "the low-speed bound", move || {
        let stream = c.download_plugin_stream("p").send().unwrap();
        stream.copy_to(&mut std::io::sink()).unwrap_err()
    });
    expect_low_speed(err, "DssClient::download_plugin_stream", "100 bytes in 1.5s");

    // An answer read and dropped.
    let server = trickle(Some(10_000), ms(100));
    let c = slow_client(&server.url);
    let err = dss_api_tests::within(Duration::from_secs(20), "the low-speed bound", move || {
        c.get_future("j").abort().send().unwrap_err()
    });
    expect_low_speed(err, "DssFuture::abort", "100 bytes in 1.5s");
}

#[test]
fn the_low_speed_bound_is_set_per_request_and_off_with_zero() {
    // The client's default (1 KiB over 60 s) would not fire in this test;
    // the request's own bound does.
    let server = trickle(Some(10_000), ms(100));
    let c = DssClient::new(&server.url, API_KEY).unwrap();
    let err = dss_api_tests::within(Duration::from_secs(20), "the low-speed bound", move || {
        c.list_plugins().low_speed_limit(50, ms(1200)).send().unwrap_err()
    });
    expect_low_speed(err, "DssClient::list_plugins", "50 bytes in 1.2s");

    // Turned off for one request, a slow but finite answer is read whole.
    let body = br#"[{"id":"slow","version":"1"}]"#;
    let server = RawServer::start(move |_, _, out| {
        respond_head(out, 200, "application/json", body.len() as u64);
        for b in body {
            std::thread::sleep(ms(60));
            let _ = out.write_all(&[*b]);
            let _ = out.flush();
        }
    });
    let c = DssClient::builder(&server.url)
        .api_key(API_KEY)
        .low_speed_limit(1000, ms(500))
        .build()
        .unwrap();
    let plugins = dss_api_tests::within(Duration::from_secs(20), "the low-speed bound", move || {
        c.list_plugins().low_speed_limit(0, ms(500)).send()
    });
    assert_eq!(plugins.unwrap()[0].id, "slow");
}

#[test]
fn a_caller_reading_slowly_is_not_a_slow_answer() {
    // The whole answer arrives at once; the caller takes its time.
    let server = RawServer::start(|_, _, out| {
        respond_head(out, 200, "application/octet-stream", 2000);
        let _ = out.write_all(&[7u8; 2000]);
    });
    let c = DssClient::builder(&server.url)
        .api_key(API_KEY)
        .low_speed_limit(1000, ms(300))
        .build()
        .unwrap();
    let got = dss_api_tests::within(Duration::from_secs(20), "the low-speed bound", move || {
        let mut stream = c.download_plugin_stream("p").send().unwrap();
        let mut got = 0;
        let mut byte = [0u8; 1];
        for _ in 0..8 {
            got += stream.read(&mut byte).unwrap();
            std::thread::sleep(ms(100));
        }
        got + stream.copy_to(&mut std::io::sink()).unwrap() as usize
    });
    assert_eq!(got, 2000);
}
