//! Errors that name what happened: the bound that fired (not another
//! one), a write that could not go on (not "no byte arrived"), broken
//! framing (not a slow server), a switch of protocols (not "EOF while
//! parsing").

use std::io::{Read as _, Write as _};
use std::time::{Duration, Instant};

use dss_api::{DssClient, Error, TimeoutPhase, Upload};
use dss_api_tests::raw::{respond_head, RawServer};
use dss_api_tests::threaded::{Next, Server};
use dss_api_tests::API_KEY;

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Answers headers and the start of a body, then nothing for 4 s.
fn stalling_body() -> RawServer {
    RawServer::start(|_, _, out| {
        respond_head(out, 200, "application/json", 1000);
        let _ = out.write_all(b"[{\"id\":");
        let _ = out.flush();
        std::thread::sleep(ms(4000));
    })
}

#[test]
fn a_call_timeout_firing_while_the_body_is_read_is_named_with_its_own_bound() {
    // The client's idle bound is its default, 5 minutes: only the call's
    // own overall timeout can fire.
    let server = stalling_body();
    let c = DssClient::new(&server.url, API_KEY).unwrap();
    let started = Instant::now();
    let err = c.list_plugins().timeout(ms(1200)).send().unwrap_err();
    assert!(started.elapsed() < ms(3500), "{:?}", started.elapsed());
    assert_eq!(err.timeout_phase(), Some(TimeoutPhase::Total), "{err:?}");
    assert!(
        err.to_string().contains("past the overall timeout (bound: 1.2s)"),
        "{err}"
    );

    let server = stalling_body();
    let c = DssClient::new(&server.url, API_KEY).unwrap();
    let stream = c.download_plugin_stream("p").timeout(ms(1200)).send().unwrap();
    let err = stream.copy_to(&mut std::io::sink()).unwrap_err();
    assert_eq!(err.timeout_phase(), Some(TimeoutPhase::Total), "{err:?}");
    assert!(err.to_string().contains("(bound: 1.2s)"), "{err}");

    // The same through the client's own overall timeout.
    let server = stalling_body();
    let c = DssClient::builder(&server.url)
        .api_key(API_KEY)
        .timeout(Some(ms(1300)))
        .build()
        .unwrap();
    let err = c.get_future("j").abort().send().unwrap_err();
    assert!(
        err.to_string().contains("past the overall timeout (bound: 1.3s)"),
        "{err}"
    );
}

#[test]
fn an_upload_the_server_stops_reading_is_a_timeout_while_sending() {
    // Reads the request's head, then neither reads the body nor answers.
    let server = RawServer::start(|_, body, _| {
        let _ = body.read(&mut [0u8; 1]);
        std::thread::sleep(ms(12_000));
    });
    let c = DssClient::builder(&server.url)
        .api_key(API_KEY)
        .idle_timeout(Some(ms(700)))
        .build()
        .unwrap();
    let err = dss_api_tests::within(Duration::from_secs(20), "the idle bound on a write", move || {
        c.install_plugin_from_archive(Upload::from(vec![7u8; 32 << 20])).send()
    })
    .unwrap_err();
    assert_eq!(err.timeout_phase(), Some(TimeoutPhase::Send), "{err:?}");
    let text = err.to_string();
    assert!(
        text.contains("while sending the request (no byte of it could be written) (bound: 700ms)"),
        "{text}"
    );
    assert!(!text.contains("arrived"), "{text}");
}

#[test]
fn a_chunk_size_line_too_long_to_read_is_a_framing_error() {
    // A chunked body whose first chunk-size line never ends, and the
    // connection kept open.
    let server = RawServer::start(|_, _, out| {
        let _ =
            out.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        let _ = out.write_all(&vec![b'1'; 512 << 10]);
        let _ = out.flush();
        std::thread::sleep(ms(4000));
    });
    let c = DssClient::builder(&server.url)
        .api_key(API_KEY)
        .idle_timeout(Some(ms(2500)))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = c.list_plugins().send().unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    let text = err.to_string();
    assert!(
        text.contains("framing is broken") && text.contains("chunk size"),
        "{text}"
    );
    assert!(!text.contains("stalled"), "{text}");
    assert!(started.elapsed() < ms(2000), "seen at once: {:?}", started.elapsed());
}

#[test]
fn a_switch_of_protocols_says_so() {
    // A connection of its own for each call (the connection is held
    // open after the switch).
    let server = Server::start(|_, _, out| {
        let _ = out.write_all(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
        let _ = out.write_all(b"\x81\x05hello");
        let _ = out.flush();
        std::thread::sleep(ms(4000));
        Next::Close
    });
    let c = DssClient::builder(&server.url)
        .api_key(API_KEY)
        .idle_timeout(Some(ms(2500)))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = c.list_plugins().send().unwrap_err();
    assert_eq!(err.status(), Some(101), "{err:?}");
    let text = err.to_string();
    assert!(text.contains("switched the connection to another protocol"), "{text}");
    assert!(!text.contains("EOF"), "{text}");
    assert!(started.elapsed() < ms(2000), "seen at once: {:?}", started.elapsed());
    // A stream and an answer read and dropped say the same.
    let err = c.download_plugin_stream("p").send().unwrap_err();
    assert_eq!(err.status(), Some(101), "{err:?}");
    let err = c.get_future("j").abort().send().unwrap_err();
    assert_eq!(err.status(), Some(101), "{err:?}");
    assert_eq!(server.requests(), 3);
}
