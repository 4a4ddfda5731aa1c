//! A loopback HTTP forward proxy for the proxy tests: `CONNECT host:port`
//! tunnels (what ureq sends, for `http://` targets too) and absolute-form
//! requests (`GET http://host:port/path HTTP/1.1`), each forwarded to the
//! target over a plain `TcpStream`. It keeps what each request asked of it,
//! and may require credentials (`407` without them).

use std::io::Write as _;
use std::net::TcpStream;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::threaded::{Next, RawRequest, Server};

/// What the proxy was asked.
#[derive(Debug, Clone)]
pub struct Seen {
    /// `CONNECT`, or the method of an absolute-form request.
    pub method: String,
    /// `host:port` for `CONNECT`, the absolute URL otherwise.
    pub target: String,
    /// The `Proxy-Authorization` header, if any.
    pub proxy_authorization: Option<String>,
}

/// The running proxy.
pub struct Proxy {
    /// `http://127.0.0.1:<port>`.
    pub url: String,
    /// `127.0.0.1:<port>`.
    pub authority: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    _server: Server,
}

impl Proxy {
    /// Starts a proxy; with `required`, a request whose
    /// `Proxy-Authorization` is not exactly that gets `407`.
    pub fn start(required: Option<String>) -> Proxy {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        let server = Server::start(move |req: &RawRequest, body: &[u8], out: &mut TcpStream| {
            let auth = req.header("proxy-authorization").map(str::to_owned);
            log.lock().unwrap().push(Seen {
                method: req.method.clone(),
                target: req.target.clone(),
                proxy_authorization: auth.clone(),
            });
            if required.is_some() && auth != required {
                let _ = out.write_all(
                    b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                );
                return Next::Close;
            }
            if req.method == "CONNECT" {
                tunnel(&req.target, out);
            } else {
                forward(req, body, out);
            }
            Next::Close
        });
        Proxy {
            url: server.url.clone(),
            authority: server.addr.to_string(),
            seen,
            _server: server,
        }
    }

    /// Everything asked so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

fn bad_gateway(out: &mut TcpStream) {
    let _ = out.write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
}

/// Opens the tunnel and relays both ways until either side closes.
fn tunnel(authority: &str, out: &mut TcpStream) {
    let Ok(target) = TcpStream::connect(authority) else {
        return bad_gateway(out);
    };
    let _ = out.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
    relay(out, target);
}

/// Sends an absolute-form request on to its host in origin form (without
/// the proxy's own headers) and relays the answer.
fn forward(req: &RawRequest, body: &[u8], out: &mut TcpStream) {
    let Some(rest) = req.target.strip_prefix("http://") else {
        return bad_gateway(out);
    };
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let Ok(mut target) = TcpStream::connect(authority) else {
        return bad_gateway(out);
    };
    let mut head = format!(
        "{} {} HTTP/1.1\r\n",
        req.method,
        if path.is_empty() { "/" } else { path }
    );
    for (k, v) in &req.headers {
        if !k.starts_with("proxy-") && k != "connection" {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
    }
    head.push_str("connection: close\r\n\r\n");
    if target.write_all(head.as_bytes()).is_err() || target.write_all(body).is_err() {
        return bad_gateway(out);
    }
    let _ = std::io::copy(&mut target, out);
}

/// Copies client to target in a thread and target to client here.
fn relay(client: &mut TcpStream, target: TcpStream) {
    let (Ok(mut client_in), Ok(mut target_out)) = (client.try_clone(), target.try_clone()) else {
        return;
    };
    let _ = target.set_read_timeout(Some(Duration::from_secs(10)));
    let up = std::thread::spawn(move || {
        let _ = std::io::copy(&mut client_in, &mut target_out);
        let _ = target_out.shutdown(std::net::Shutdown::Write);
    });
    let mut target_in = target;
    let _ = std::io::copy(&mut target_in, client);
    let _ = client.shutdown(std::net::Shutdown::Both);
    let _ = up.join();
}
