//! One client shared by 64 threads, 1,000 calls each, against a loopback
//! keep-alive server that echoes each request: every answer must be the
//! one to its own request (nothing lost, nothing crossed between threads or
//! connections).
//!
//! The connection pool: `ClientBuilder::max_idle_connections` (default 32)
//! is how many idle connections the client keeps for reuse, all to the DSS
//! host. With more threads calling at once than that, the extra
//! connections are opened as needed and closed after use; the test prints
//! how many connections the server saw, and a second test shows the limit
//! at work with bursts of 64 calls held open at once.

use std::io::Write as _;
use std::net::TcpStream;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use dss_api::DssClient;
use dss_api_tests::report;
use dss_api_tests::threaded::{respond_keep_alive, Next, RawRequest, Server};
use serde_json::{json, Value};

const THREADS: usize = 64;
const CALLS: usize = 1_000;

/// Answers every request with what identifies it: method, target (path
/// and query, as sent) and body.
fn echo_server() -> Server {
    Server::start(|req: &RawRequest, body: &[u8], out: &mut TcpStream| {
        let body = if body.is_empty() {
            "null".to_owned()
        } else {
            String::from_utf8_lossy(body).into_owned()
        };
        // The target is percent-encoded ASCII: no JSON escaping needed.
        let answer = format!(
            r#"{{"method":"{}","target":"{}","body":{body}}}"#,
            req.method, req.target
        );
        let mut out_buf = Vec::with_capacity(answer.len() + 96);
        let _ = write!(
            out_buf,
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{answer}",
            answer.len()
        );
        let _ = out.write_all(&out_buf);
        Next::KeepAlive
    })
}

/// Call `i` of thread `t`: one of four endpoints, with ids unique to the
/// call. Returns the answer and the echo it must be.
fn one_call(client: &DssClient, t: usize, i: usize) -> (Value, Value) {
    let id = format!("t{t}-c{i}");
    let api = "/dip/publicapi";
    match i % 4 {
        0 => {
            let got = client.get_project(&id).get_metadata().send().unwrap();
            (
                got,
                json!({"method": "GET", "target": format!("{api}/projects/{id}/metadata"), "body": null}),
            )
        }
        1 => {
            let got = client.get_user(&id).get_settings().send().unwrap().into_raw();
            (
                got,
                json!({"method": "GET", "target": format!("{api}/admin/users/{id}"), "body": null}),
            )
        }
        2 => {
            let n = (t * CALLS + i) as i64;
            let got = client.get_project(&id).get_timeline().item_count(n).send().unwrap();
            (
                got,
                json!({"method": "GET", "target": format!("{api}/projects/{id}/timeline?itemCount={n}"), "body": null}),
            )
        }
        _ => {
            let settings = json!({"login": id, "thread": t, "call": i});
            let got = client.get_user(&id).set_definition(settings.clone()).send().unwrap();
            (
                got,
                json!({"method": "PUT", "target": format!("{api}/admin/users/{id}"), "body": settings}),
            )
        }
    }
}

/// Runs the load on a fresh server; returns the calls whose answer matched,
/// the first mismatches, the seconds taken, and the requests and
/// connections the server saw.
fn run() -> (usize, Vec<String>, f64, usize, usize) {
    let server = echo_server();
    let client = DssClient::builder(&server.url).api_key("k").no_proxy().build().unwrap();
    let started = Instant::now();
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let client = client.clone();
            std::thread::spawn(move || {
                let mut checked = 0;
                let mut wrong = Vec::new();
                for i in 0..CALLS {
                    let (got, want) = one_call(&client, t, i);
                    if got == want {
                        checked += 1;
                    } else if wrong.len() < 5 {
                        wrong.push(format!("thread {t} call {i}: expected {want}, got {got}"));
                    }
                }
                (checked, wrong)
            })
        })
        .collect();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for h in handles {
        let (c, w) = h.join().expect("a calling thread panicked");
        checked += c;
        wrong.extend(w);
    }
    let secs = started.elapsed().as_secs_f64();
    (checked, wrong, secs, server.requests(), server.connections())
}

#[test]
fn one_client_shared_by_64_threads_loses_and_crosses_nothing() {
    let total = THREADS * CALLS;
    let (checked, wrong, secs, requests, connections) = run();
    report(&format!(
        "threads: {THREADS} threads x {CALLS} calls = {total}: {checked} answers matched their request, {} lost \
         or crossed, {:.0} calls/s ({secs:.1} s), {connections} connections with the default pool (32 idle kept)",
        total - checked,
        total as f64 / secs
    ));
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert_eq!(checked, total);
    assert_eq!(requests, total, "the server saw exactly one request per call");
    assert!(connections >= 1);
}

/// A server that holds every answer until [`THREADS`] requests are in, so
/// that each burst of calls has that many connections open at once.
fn gated_server() -> Server {
    let arrived = Arc::new((Mutex::new(0usize), Condvar::new()));
    Server::start(move |_req: &RawRequest, _body: &[u8], out: &mut TcpStream| {
        let (count, cv) = &*arrived;
        let mut n = count.lock().unwrap();
        *n += 1;
        let burst_end = n.div_ceil(THREADS) * THREADS;
        cv.notify_all();
        let (_n, _timeout) = cv
            .wait_timeout_while(n, Duration::from_secs(10), |n| *n < burst_end)
            .unwrap();
        respond_keep_alive(out, 200, "application/json", b"{}");
        Next::KeepAlive
    })
}

/// Two bursts of [`THREADS`] calls at once; returns the connections the
/// server saw after each.
fn bursts(max_idle: Option<usize>) -> (usize, usize) {
    let server = gated_server();
    let mut builder = DssClient::builder(&server.url).api_key("k").no_proxy();
    if let Some(n) = max_idle {
        builder = builder.max_idle_connections(n);
    }
    let client = builder.build().unwrap();
    let burst = || {
        let handles: Vec<_> = (0..THREADS)
            .map(|t| {
                let client = client.clone();
                std::thread::spawn(move || client.get_user(format!("u{t}")).get_settings().send().unwrap())
            })
            .collect();
        for h in handles {
            assert_eq!(h.join().unwrap().into_raw(), json!({}));
        }
        server.connections()
    };
    (burst(), burst())
}

/// The pool keeps `max_idle_connections` idle connections (default 32):
/// after 64 calls at once, 32 connections are kept and the next 64 calls
/// at once open 32 more; with a pool of 64, all are kept.
#[test]
fn the_pool_keeps_max_idle_connections() {
    let (first, second) = bursts(None);
    let (first_64, second_64) = bursts(Some(THREADS));
    report(&format!(
        "threads: two bursts of {THREADS} calls at once: {first} then {second} connections with the default pool \
         (32 idle kept), {first_64} then {second_64} with max_idle_connections({THREADS})"
    ));
    assert_eq!((first, second), (THREADS, THREADS + THREADS - 32));
    assert_eq!((first_64, second_64), (THREADS, THREADS));
}
