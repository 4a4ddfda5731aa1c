//! A pooled connection the server closed is not an error: servers (and
//! the load balancers and proxies before DSS) close keep-alive connections
//! idle for a while. A request that fails on such a connection before any
//! answer is sent again once on a fresh connection when it is safe to send
//! twice, whatever the retry policy; one that is not is never sent again.

use std::collections::HashSet;
use std::io::{BufReader, Write as _};
use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use dss_api::{DssClient, Error, RetryPolicy};
use dss_api_tests::threaded::{read_body, read_head, respond_keep_alive, Next, Server};
use dss_api_tests::{report, API_KEY};
use serde_json::json;

/// A keep-alive server that closes a connection idle for 300 ms, as nginx
/// does on its keep-alive timeout; counts connections and requests.
fn closing_when_idle() -> (String, Arc<AtomicUsize>, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (connections, requests) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let (conns, reqs) = (connections.clone(), requests.clone());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            conns.fetch_add(1, Ordering::SeqCst);
            let reqs = reqs.clone();
            std::thread::spawn(move || {
                let _ = stream.set_read_timeout(Some(Duration::from_millis(300)));
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut out = stream;
                // Ends when no request comes within 300 ms: the connection
                // is dropped, closed.
                while let Some(req) = read_head(&mut reader) {
                    let _ = read_body(&req, &mut reader);
                    reqs.fetch_add(1, Ordering::SeqCst);
                    respond_keep_alive(&mut out, 200, "application/json", b"[]");
                    let _ = out.flush();
                }
            });
        }
    });
    (url, connections, requests)
}

#[test]
fn a_client_calling_every_half_second_a_server_closing_idle_connections_after_300_ms() {
    let (url, connections, requests) = closing_when_idle();
    // No retry policy: only the re-send on a fresh connection may help.
    let c = DssClient::new(&url, API_KEY).unwrap();
    for i in 0..10 {
        if i > 0 {
            std::thread::sleep(Duration::from_millis(500));
        }
        if let Err(e) = c.list_plugins().send() {
            panic!("call {i}: {e}");
        }
    }
    assert_eq!(requests.load(Ordering::SeqCst), 10);
    report(&format!(
        "stale: 10 calls every 0.5 s against a 0.3 s keep-alive: 10 answered over {} connections",
        connections.load(Ordering::SeqCst)
    ));
}

/// A keep-alive server that closes a connection, without answering, when
/// a second request arrives on it: what a client meets when the server's
/// idle timer fires just as its request arrives on a pooled connection.
/// Keeps every request it received (method and path).
fn closing_on_second_request() -> (Server, Arc<Mutex<Vec<String>>>) {
    let served: Arc<Mutex<HashSet<SocketAddr>>> = Arc::default();
    let seen: Arc<Mutex<Vec<String>>> = Arc::default();
    let log = seen.clone();
    let server = Server::start(move |req, _, out| {
        log.lock().unwrap().push(format!("{} {}", req.method, req.path()));
        let peer = out.peer_addr().unwrap();
        if !served.lock().unwrap().insert(peer) {
            return Next::Close;
        }
        let body = if req.path() == "/auth/ticket" {
            json!({"ticket": "t-1"}).to_string()
        } else {
            "[]".to_owned()
        };
        respond_keep_alive(out, 200, "application/json", body.as_bytes());
        Next::KeepAlive
    });
    (server, seen)
}

#[test]
fn a_safe_request_on_a_connection_closed_under_it_is_sent_again_on_a_fresh_one() {
    let (server, seen) = closing_on_second_request();
    let c = DssClient::new(&server.url, API_KEY).unwrap();
    c.list_plugins().send().unwrap();
    // Its pooled connection is closed as it arrives: sent again.
    c.list_plugins().send().unwrap();
    // Even when the call says no retries, and through a retry policy.
    c.list_plugins().send().unwrap();
    c.list_plugins().no_retry().send().unwrap();
    c.list_plugins().retry(RetryPolicy::new().attempts(1)).send().unwrap();
    // A POST the endpoint table marks idempotent too.
    assert_eq!(c.get_ticket().send().unwrap(), "t-1");
    assert_eq!(c.get_ticket().send().unwrap(), "t-1");
    let seen = seen.lock().unwrap();
    // Each call but the first: once on the pooled connection, closed
    // without an answer, once more on a fresh one.
    assert_eq!(seen.len(), 1 + 6 * 2, "{seen:?}");
    assert_eq!(server.connections(), 7, "a fresh connection for each call");
}

#[test]
fn a_request_not_safe_to_repeat_is_never_sent_again() {
    let (server, seen) = closing_on_second_request();
    let c = DssClient::new(&server.url, API_KEY).unwrap();
    c.list_plugins().send().unwrap();
    // Creating a project is a POST that is not safe to repeat: on the
    // pooled connection closed under it, it fails, and is not sent again,
    // whatever the retry policy.
    let err = c.create_project("P", "Name", "admin").send().unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    c.list_plugins().send().unwrap();
    let err = c
        .create_project("Q", "Name", "admin")
        .retry(RetryPolicy::new().first_backoff(Duration::from_millis(1)))
        .send()
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    let seen = seen.lock().unwrap();
    assert_eq!(
        *seen,
        ["GET /plugins/", "POST /projects/", "GET /plugins/", "POST /projects/"]
    );
    assert_eq!(server.connections(), 2);
}

#[test]
fn a_request_failing_on_a_fresh_connection_is_not_sent_again() {
    // Closes every connection without answering: the failure is the
    // server's, not a pooled connection's.
    let server = Server::start(|_, _, _| Next::Close);
    let c = DssClient::new(&server.url, API_KEY).unwrap();
    let err = c.list_plugins().send().unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_eq!(server.requests(), 1);
}
