//! Uploads and early answers: a server that refuses an upload at once
//! (a 401, a 413) without reading it, and keeps the connection open, is
//! heard at once, with its status and DSS's message; the body is not
//! sent. Large uploads ask for the server's go-ahead
//! (`Expect: 100-continue`) and wait for it a second at most.

use std::io::{BufReader, Read as _, Write as _};
use std::net::TcpListener;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use dss_api::{DssClient, Error, Upload};
use dss_api_tests::raw::{read_head, RawRequest};
use dss_api_tests::{report, API_KEY};

/// What a refusing server saw: each request's head, and the bytes of body
/// that arrived after it answered.
#[derive(Default)]
struct Seen {
    heads: Mutex<Vec<RawRequest>>,
    body_bytes: AtomicU64,
}

/// A server that answers 401 as soon as it has a request's head, never
/// reads the body, and keeps the connection open for 10 s (counting what
/// of the body has arrived half a second after its answer).
fn refusing_server() -> (String, Arc<Seen>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Seen::default());
    let shared = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let seen = shared.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let Some(req) = read_head(&mut reader) else { return };
                seen.heads.lock().unwrap().push(req);
                let body = br#"{"errorType":"com.dataiku.dip.exceptions.UnauthorizedException","message":"Not authenticated: bad API key"}"#;
                // The whole answer in one write, as DSS sends it: it then
                // reaches the client in one piece.
                let mut answer = format!(
                    "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                    body.len()
                )
                .into_bytes();
                answer.extend_from_slice(body);
                let mut out = stream;
                let _ = out.write_all(&answer);
                let _ = out.flush();
                // Whatever has come half a second later is body the client
                // should not have sent; then the connection stays open,
                // unread.
                std::thread::sleep(Duration::from_millis(500));
                let _ = reader.get_ref().set_nonblocking(true);
                let mut buf = [0u8; 64 << 10];
                while let Ok(n) = reader.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    seen.body_bytes.fetch_add(n as u64, Ordering::SeqCst);
                }
                std::thread::sleep(Duration::from_secs(10));
            });
        }
    });
    (url, seen)
}

/// An upload made with a client, its answer dropped.
type UploadCall = Box<dyn FnOnce(&DssClient) -> Result<(), Error> + Send>;

fn expect_refusal(err: &Error, endpoint: &str) {
    assert_eq!(err.status(), Some(401), "{err:?}");
    assert_eq!(err.api().unwrap().message(), Some("Not authenticated: bad API key"));
    assert_eq!(err.api().unwrap().endpoint().to_string(), endpoint);
}

#[test]
fn an_early_refusal_of_a_large_upload_is_heard_at_once_with_default_bounds() {
    let (url, seen) = refusing_server();
    let file = std::env::temp_dir().join(format!("dss-api-early-{}.zip", std::process::id()));
    std::fs::write(&file, vec![3u8; 8 << 20]).unwrap();
    let calls: Vec<(&str, UploadCall)> = vec![
        (
            "DssClient::install_plugin_from_archive",
            Box::new(|c| {
                c.install_plugin_from_archive(Upload::from(vec![7u8; 64 << 20]))
                    .send()
                    .map(|_| ())
            }),
        ),
        (
            "DssClient::install_plugin_from_archive",
            Box::new({
                let file = file.clone();
                move |c| c.install_plugin_from_archive(file.as_path()).send().map(|_| ())
            }),
        ),
        (
            "DssPlugin::put_file",
            Box::new(|c| {
                // A raw body of unknown length, sent chunked.
                let reader = std::io::repeat(5).take(64 << 20);
                c.get_plugin("p").put_file("big.bin", Upload::reader(reader)).send()
            }),
        ),
    ];
    for (endpoint, call) in calls {
        let c = DssClient::new(&url, API_KEY).unwrap();
        let started = Instant::now();
        let err = dss_api_tests::within(Duration::from_secs(30), "the early answer to the upload", move || {
            call(&c).unwrap_err()
        });
        let took = started.elapsed();
        expect_refusal(&err, endpoint);
        report(&format!("uploads: early 401 to {endpoint} heard after {took:?}"));
        assert!(took < Duration::from_secs(3), "{endpoint}: {took:?}");
    }
    std::fs::remove_file(&file).unwrap();
    let heads = seen.heads.lock().unwrap();
    assert_eq!(heads.len(), 3);
    for head in heads.iter() {
        assert_eq!(head.header("expect"), Some("100-continue"), "{head:?}");
    }
    // Let the server look for a body sent anyway.
    std::thread::sleep(Duration::from_millis(800));
    assert_eq!(
        seen.body_bytes.load(Ordering::SeqCst),
        0,
        "no byte of any body was sent"
    );
}

#[test]
fn a_small_upload_does_not_ask_and_a_refusal_is_read_after_it() {
    let (url, seen) = refusing_server();
    let c = DssClient::new(&url, API_KEY).unwrap();
    let err = dss_api_tests::within(Duration::from_secs(30), "the early answer to the upload", move || {
        c.install_plugin_from_archive(Upload::from(vec![7u8; 50_000]))
            .send()
            .unwrap_err()
    });
    expect_refusal(&err, "DssClient::install_plugin_from_archive");
    assert_eq!(seen.heads.lock().unwrap()[0].header("expect"), None);
}

#[test]
fn a_server_that_does_not_answer_the_question_gets_the_body_after_a_second() {
    // Reads the whole body without ever sending `100 Continue`.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let received = Arc::new(AtomicU64::new(0));
    let count = received.clone();
    std::thread::spawn(move || {
        let Ok((stream, _)) = listener.accept() else { return };
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let Some(req) = read_head(&mut reader) else { return };
        assert_eq!(req.header("expect"), Some("100-continue"));
        let len: u64 = req.header("content-length").unwrap().parse().unwrap();
        let n = std::io::copy(&mut reader.take(len), &mut std::io::sink()).unwrap();
        count.store(n, Ordering::SeqCst);
        let mut out = stream;
        let _ = out.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
    });
    let c = DssClient::new(&url, API_KEY).unwrap();
    dss_api_tests::within(Duration::from_secs(30), "the early answer to the upload", move || {
        c.install_plugin_from_archive(Upload::from(vec![7u8; 2 << 20]))
            .send()
            .unwrap()
    });
    assert!(
        received.load(Ordering::SeqCst) > 2 << 20,
        "the whole multipart body arrived"
    );
}
