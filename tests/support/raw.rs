//! A loopback HTTP/1.1 server on plain sockets, for what a mock server
//! cannot do: stream bodies of hundreds of MiB in constant memory, or cut
//! a body short. One thread, one connection at a time, `Connection: close`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// The request line and headers of a received request.
#[derive(Debug, Clone)]
pub struct RawRequest {
    /// HTTP method.
    pub method: String,
    /// Raw path, with query.
    pub target: String,
    /// Headers, names lowercased.
    pub headers: Vec<(String, String)>,
}

impl RawRequest {
    /// A header's value (name case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str())
    }

    /// The path without the query and without `/dip/publicapi`.
    pub fn path(&self) -> &str {
        let p = self.target.split('?').next().unwrap_or("");
        p.strip_prefix("/dip/publicapi").unwrap_or(p)
    }
}

/// The request body as a reader limited to its `Content-Length`.
pub type BodyReader<'a> = std::io::Take<&'a mut BufReader<TcpStream>>;

type Handler = dyn Fn(&RawRequest, &mut BodyReader<'_>, &mut TcpStream) + Send + Sync;

/// The running server.
pub struct RawServer {
    /// `http://127.0.0.1:<port>`.
    pub url: String,
    requests: Arc<AtomicUsize>,
}

impl RawServer {
    /// Serves every request with `handler(request, body, socket)`; the
    /// handler writes the whole response (see [`respond`]).
    pub fn start(
        handler: impl Fn(&RawRequest, &mut BodyReader<'_>, &mut TcpStream) + Send + Sync + 'static,
    ) -> RawServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(AtomicUsize::new(0));
        let count = requests.clone();
        let handler: Arc<Handler> = Arc::new(handler);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().expect("clone socket"));
                let Some(req) = read_head(&mut reader) else { continue };
                count.fetch_add(1, Ordering::SeqCst);
                let len: u64 = req.header("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
                let mut body = (&mut reader).take(len);
                let mut out = stream;
                handler(&req, &mut body, &mut out);
                // Drain what the handler left, so the client sees a clean close.
                let _ = std::io::copy(&mut body, &mut std::io::sink());
                let _ = out.flush();
            }
        });
        RawServer { url, requests }
    }

    /// How many requests were received.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

fn read_head(r: &mut BufReader<TcpStream>) -> Option<RawRequest> {
    let mut line = String::new();
    r.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let target = parts.next()?.to_owned();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        r.read_line(&mut h).ok()?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
        }
    }
    Some(RawRequest {
        method,
        target,
        headers,
    })
}

/// Writes a complete response with a body.
pub fn respond(out: &mut TcpStream, status: u16, content_type: &str, body: &[u8]) {
    let _ = write!(
        out,
        "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = out.write_all(body);
}

/// Writes response headers announcing `len` bytes; the caller writes the body.
pub fn respond_head(out: &mut TcpStream, status: u16, content_type: &str, len: u64) {
    let _ = write!(
        out,
        "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len}\r\nConnection: close\r\n\r\n"
    );
}

/// The byte at `offset` of the test pattern used for large transfers.
pub fn pattern(offset: u64) -> u8 {
    (offset % 251) as u8
}

/// The pattern from offset 0, long enough that any window of up to 1 MiB
/// starting at any phase is a slice of it (so filling and checking are
/// `memcpy`/`memcmp`, fast even in debug builds).
fn pattern_table() -> &'static [u8] {
    static TABLE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| (0..(251 + (1u64 << 20))).map(pattern).collect())
}

/// `len` bytes of the pattern starting at `offset` (`len` at most 1 MiB).
pub fn pattern_slice(offset: u64, len: usize) -> &'static [u8] {
    let phase = (offset % 251) as usize;
    &pattern_table()[phase..phase + len]
}

/// A reader producing `len` bytes of [`pattern`], without allocating them.
pub struct PatternReader {
    /// Bytes produced so far.
    pub pos: u64,
    /// Total to produce.
    pub len: u64,
}

impl Read for PatternReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = (self.len - self.pos).min(buf.len() as u64).min(1 << 20) as usize;
        buf[..n].copy_from_slice(pattern_slice(self.pos, n));
        self.pos += n as u64;
        Ok(n)
    }
}

/// Peak resident memory of this process (VmHWM), in KiB.
pub fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .expect("VmHWM")
}

/// Resets the peak resident memory to the current one (Linux
/// `clear_refs` with 5), so that a measurement covers only what follows.
pub fn reset_peak_rss() {
    std::fs::write("/proc/self/clear_refs", "5").expect("reset peak RSS via /proc/self/clear_refs");
}
