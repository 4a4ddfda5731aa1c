//! Time bounds per phase: a silent server, a stalled body, a trickle, and a
//! call DSS holds open on purpose. The bounds are shortened here; their
//! defaults are checked by the library's own tests.

use std::io::Write as _;
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
