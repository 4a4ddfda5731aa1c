//! A loopback HTTP/1.1 server on plain sockets that serves every connection
//! in a thread of its own, with keep-alive when the handler asks for it:
//! for many clients at once (the threads test, the proxy test) and for
//! servers that misbehave in the middle of an answer (the fault matrix).
//!
//! It stops by itself: dropping the [`Server`] stops accepting, and a
//! connection idle for [`IDLE`] is closed.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

pub use crate::raw::{read_head, RawRequest};

/// How long a connection may sit with no request before the server closes it.
pub const IDLE: Duration = Duration::from_secs(10);

/// What to do with the connection once the handler has answered (a
/// request with `Connection: close` closes it whatever the handler says).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Read the next request on it.
    KeepAlive,
    /// Close it.
    Close,
}

type Handler = dyn Fn(&RawRequest, &[u8], &mut TcpStream) -> Next + Send + Sync;

/// The running server.
pub struct Server {
    /// `http://127.0.0.1:<port>`.
    pub url: String,
    /// The address it listens on.
    pub addr: SocketAddr,
    requests: Arc<AtomicUsize>,
    connections: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
}

impl Server {
    /// Serves every request with `handler(request, body, socket)`; the
    /// handler writes the whole answer (or misbehaves) and says whether the
    /// connection goes on. The body was read whole (`Content-Length` or
    /// chunked).
    pub fn start(handler: impl Fn(&RawRequest, &[u8], &mut TcpStream) -> Next + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().unwrap();
        let requests = Arc::new(AtomicUsize::new(0));
        let connections = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let handler: Arc<Handler> = Arc::new(handler);
        let (count, conns, stopped) = (requests.clone(), connections.clone(), stop.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopped.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                conns.fetch_add(1, Ordering::SeqCst);
                let (handler, count) = (handler.clone(), count.clone());
                std::thread::spawn(move || serve(stream, &*handler, &count));
            }
        });
        Server {
            url: format!("http://{addr}"),
            addr,
            requests,
            connections,
            stop,
        }
    }

    /// How many requests were received.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    /// How many connections were accepted.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accepting thread so that it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
    }
}

fn serve(stream: TcpStream, handler: &Handler, count: &AtomicUsize) {
    let _ = stream.set_nodelay(true);
    let _ = stream.set_read_timeout(Some(IDLE));
    let Ok(read_half) = stream.try_clone() else { return };
    let mut reader = BufReader::new(read_half);
    let mut out = stream;
    while let Some(req) = read_head(&mut reader) {
        crate::raw::go_ahead(&req, &mut out);
        let Some(body) = read_body(&req, &mut reader) else {
            return;
        };
        count.fetch_add(1, Ordering::SeqCst);
        let next = handler(&req, &body, &mut out);
        let _ = out.flush();
        let asked_to_close = req
            .header("connection")
            .is_some_and(|v| v.eq_ignore_ascii_case("close"));
        if next == Next::Close || asked_to_close {
            let _ = out.shutdown(std::net::Shutdown::Both);
            return;
        }
    }
}

/// Reads a request body whole, by its `Content-Length` or chunked.
pub fn read_body(req: &RawRequest, r: &mut impl BufRead) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    if req
        .header("transfer-encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("chunked"))
    {
        loop {
            let mut size = String::new();
            r.read_line(&mut size).ok()?;
            let size = usize::from_str_radix(size.trim().split(';').next()?, 16).ok()?;
            let mut chunk = vec![0; size + 2];
            r.read_exact(&mut chunk).ok()?;
            if size == 0 {
                return Some(body);
            }
            body.extend_from_slice(&chunk[..size]);
        }
    }
    let len: u64 = req.header("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
    r.take(len).read_to_end(&mut body).ok()?;
    (body.len() as u64 == len).then_some(body)
}

/// Writes a complete answer that keeps the connection open.
pub fn respond_keep_alive(out: &mut TcpStream, status: u16, content_type: &str, body: &[u8]) {
    let mut answer = Vec::with_capacity(body.len() + 128);
    let _ = write!(
        answer,
        "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    answer.extend_from_slice(body);
    let _ = out.write_all(&answer);
}
