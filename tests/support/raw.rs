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
                go_ahead(&req, &mut out);
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

/// Tells a client that asked for it (`Expect: 100-continue`, which
/// dss-api sends with large uploads) to send the body, as DSS does.
pub fn go_ahead(req: &RawRequest, out: &mut TcpStream) {
    if req
        .header("expect")
        .is_some_and(|v| v.eq_ignore_ascii_case("100-continue"))
    {
        let _ = out.write_all(b"HTTP/1.1 100 Continue\r\n\r\n");
    }
}

/// Reads a request line and headers; `None` at the end of the connection.
pub fn read_head(r: &mut impl BufRead) -> Option<RawRequest> {
    let mut line = String::new();
    if r.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let target = parts.next()?.to_owned();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if r.read_line(&mut h).ok()? == 0 {
            return None;
        }
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

/// Size of the large transfers of the memory tests: 320 MiB, or
/// `DSS_API_BIG_MIB` MiB (e.g. 1024 to check 1 GiB by hand).
pub fn big_transfer_len() -> u64 {
    std::env::var("DSS_API_BIG_MIB")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(320)
        << 20
}

/// A writer that checks that what it is given is the [`pattern`] and
/// counts it, keeping nothing.
pub struct CheckingSink {
    /// Bytes checked so far.
    pub pos: u64,
}

impl Write for CheckingSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = buf.len().min(1 << 20);
        if buf[..n] != *pattern_slice(self.pos, n) {
            return Err(std::io::Error::other(format!("wrong bytes after offset {}", self.pos)));
        }
        self.pos += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Answers 200 with `len` bytes of the [`pattern`], written in 1 MiB
/// pieces as they are made (never whole).
pub fn send_pattern(out: &mut TcpStream, len: u64) {
    respond_head(out, 200, "application/octet-stream", len);
    let mut src = PatternReader { pos: 0, len };
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = src.read(&mut buf).unwrap();
        if n == 0 || out.write_all(&buf[..n]).is_err() {
            break;
        }
    }
}

/// Answers 400 as DSS would to an upload whose body is not what it
/// expects.
pub fn respond_bad_upload(out: &mut TcpStream) {
    respond(
        out,
        400,
        "application/json",
        br#"{"errorType": "BadUpload", "message": "bad multipart body"}"#,
    );
}

/// Reads a `multipart/form-data` upload of one part, named `file` with
/// the file name `filename`, checking its framing and every byte of the
/// part against the [`pattern`] as it arrives (nothing kept). The file's
/// length when all is right, `None` otherwise.
pub fn receive_pattern_upload(req: &RawRequest, body: &mut BodyReader<'_>, filename: &str) -> Option<u64> {
    let ct = req.header("content-type").unwrap_or_default().to_owned();
    let boundary = ct.split("boundary=").nth(1).unwrap_or_default().to_owned();
    let total: u64 = req.header("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
    // Head: everything up to the blank line after the part headers.
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && body.read(&mut byte).unwrap_or(0) == 1 {
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let tail = format!("\r\n--{boundary}--\r\n");
    let file_len = total.saturating_sub(head.len() as u64 + tail.len() as u64);
    let framing_ok = !boundary.is_empty()
        && head.starts_with(&format!("--{boundary}\r\n"))
        && head.contains(&format!("name=\"file\"; filename=\"{filename}\"\r\n"));
    let mut sink = CheckingSink { pos: 0 };
    let copied = std::io::copy(&mut body.take(file_len), &mut sink);
    let mut rest = String::new();
    let _ = body.read_to_string(&mut rest);
    (framing_ok && copied.is_ok() && rest == tail).then_some(sink.pos)
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
