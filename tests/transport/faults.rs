//! The fault matrix: every way a server or the network can misbehave,
//! crossed with every kind of answer the client reads. Each cell runs
//! against a loopback server of its own that plays one fault, with short
//! bounds on the client, and must end in time, without a panic, with the
//! error kind its fault calls for, and with no credential in the error
//! (nor the secret of a secret-path call). The cells of the 32 MiB line
//! of tabs each run in a process of their own, whose peak memory must stay
//! within twice the line; the downloads to a file through a symbolic link
//! and to a device must leave their target as it was when they fail.

use std::collections::HashSet;
use std::io::{BufReader, Read as _, Write as _};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine as _;
use dss_api::{DssClient, Error, Upload, WaitOptions};
use dss_api_tests::raw::{peak_rss_kib, reset_peak_rss};
use dss_api_tests::report;
use dss_api_tests::threaded::{read_body, read_head, respond_keep_alive, Next, RawRequest, Server};

/// The bound on waiting for an answer to begin and on a read with no byte:
/// short, but long enough that a busy 2-core machine still answers an
/// instant fault well within it.
const BOUND: Duration = Duration::from_secs(1);
/// Cells run at once: enough to keep the matrix short, few enough that the
/// cells do not starve each other's servers.
const WORKERS: usize = 16;
/// Time allowed past a cell's own bound: the machine is small and shared.
const MARGIN: Duration = Duration::from_millis(2500);
/// Gap between two bytes of a trickle: well under [`BOUND`] (and the
/// bodies are long enough that the whole takes longer than it).
const TRICKLE_GAP: Duration = Duration::from_millis(50);
/// The limit on answers read into memory, and the size of the answer that
/// goes past it.
const BODY_LIMIT: u64 = 224 * 1024;
const OVER_LIMIT: usize = 256 * 1024;
/// A server that stalls gives up after this long, if the client has not
/// hung up first (it should have, long before).
const STALL_CAP: Duration = Duration::from_secs(8);
/// How deep the nested answer goes.
const NESTING: usize = 100_000;
/// The low-speed bound of the cells' client: an endless trickle brings
/// fewer bytes than this over the window, the finite trickle more.
const LOW_SPEED_BYTES: u64 = 10;
const LOW_SPEED_WINDOW: Duration = Duration::from_secs(2);
/// Gap between two bytes of the endless trickle: within the idle bound,
/// too slow for the low-speed bound.
const ENDLESS_GAP: Duration = Duration::from_millis(400);
/// The line of tabs, and the most memory its cells may take: twice it.
const TABS: u64 = 32 << 20;
const TABS_MEMORY_KIB: u64 = 2 * (TABS >> 10);
/// The upload of the upload cells: large enough to ask for the go-ahead,
/// and for a server that does not read it to stall the write.
const UPLOAD_LEN: u64 = 16 << 20;
/// The environment variable that makes the test below run one cell in the
/// process it starts.
const CELL_VAR: &str = "DSS_API_FAULT_CELL";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    /// Nobody listens on the port.
    Refuse,
    /// The connection is closed right after the request is read.
    Reset,
    /// The request is read and nothing is ever sent.
    StallHead,
    /// Headers and half the body, then nothing.
    StallBody,
    /// The body one byte at a time, each gap under the idle bound, the whole
    /// longer than it.
    Trickle,
    /// Half the announced body, then the connection is closed.
    CloseMidBody,
    /// A proxy's HTML 502 page.
    Html502,
    /// Bytes that are not HTTP.
    Garbage,
    /// A chunked body whose chunk size is not hexadecimal.
    BadChunked,
    /// Valid JSON of the wrong shape.
    WrongShape,
    /// 100,000 nested `[`.
    DeepNesting,
    /// Valid JSON of the right shape with a member the model does not name
    /// nested 100,000 deep.
    DeepMember,
    /// An answer larger than the client's limit.
    OverLimit,
    /// A redirect to another host.
    Redirect,
    /// A redirect to the same path over https, as a proxy forcing https
    /// sends (for a secret-path call, the secret is in it).
    RedirectSamePath,
    /// One line of 32 MiB of tabs (the row stream, for rows).
    TabsLine,
    /// A 401 as soon as the request's head is read, the body never read,
    /// the connection kept open.
    EarlyRefusal,
    /// The first request on a connection is answered with keep-alive; a
    /// request arriving on it after that makes the server close it,
    /// unanswered (its idle timer fired as the request came).
    StaleKeepAlive,
    /// A body that never ends, one byte every [`ENDLESS_GAP`].
    EndlessTrickle,
}

const FAULTS: [Fault; 19] = [
    Fault::Refuse,
    Fault::Reset,
    Fault::StallHead,
    Fault::StallBody,
    Fault::Trickle,
    Fault::CloseMidBody,
    Fault::Html502,
    Fault::Garbage,
    Fault::BadChunked,
    Fault::WrongShape,
    Fault::DeepNesting,
    Fault::DeepMember,
    Fault::OverLimit,
    Fault::Redirect,
    Fault::RedirectSamePath,
    Fault::TabsLine,
    Fault::EarlyRefusal,
    Fault::StaleKeepAlive,
    Fault::EndlessTrickle,
];

/// The kinds of answer the client reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `list_projects`: JSON decoded into models.
    Json,
    /// `get_project(..).get_metadata()`: JSON decoded into a `Value`.
    Value,
    /// `get_log` of a code environment: text.
    Text,
    /// `abort` of a task: an answer read and dropped.
    Empty,
    /// `download_plugin_stream`, read to the end.
    Stream,
    /// `install_plugin_from_archive` of 16 MiB: a multipart upload.
    Upload,
    /// `get_future(..).wait().wait_options(..).send()`: task polling.
    TaskPoll,
    /// `sql_query(..).send()?.iter_rows().send()?`, consumed: the start answer is
    /// good, the fault is played on the row stream.
    SqlRows,
    /// `get_global_api_key(secret)`: a secret in the path.
    SecretPath,
    /// `download_plugin_to_file` through a symbolic link to a file that
    /// was there: on failure both must be left as they were.
    ToFile,
    /// `download_plugin_to_file` to a null device: never removed.
    ToDevice,
}

const KINDS: [Kind; 11] = [
    Kind::Json,
    Kind::Value,
    Kind::Text,
    Kind::Empty,
    Kind::Stream,
    Kind::Upload,
    Kind::TaskPoll,
    Kind::SqlRows,
    Kind::SecretPath,
    Kind::ToFile,
    Kind::ToDevice,
];

/// What a healthy server answers for each kind (26 to 45 bytes, so that a
/// trickle of it lasts longer than the idle bound).
fn good_body(kind: Kind) -> &'static [u8] {
    match kind {
        Kind::Json => br#"[{"projectKey":"ALPHA","name":"Alpha"}]"#,
        Kind::Value => br#"{"label":"Alpha","tags":["a"]}"#,
        Kind::Text => b"log line one\nlog line two\n",
        Kind::Empty => br#"{"aborted": true, "ok": 1}"#,
        Kind::Stream => b"PK\x03\x04 plugin archive bytes \x00\xff\x01",
        Kind::Upload => br#"{"installed": true, "id": "p"}"#,
        Kind::TaskPoll => br#"{"jobId":"job-1","hasResult":true,"result":7}"#,
        Kind::SqlRows => b"1\talpha\n2\t\"be\tta\"\n3\tgamma\n",
        Kind::SecretPath => br#"{"id":"key-1","label":"ops"}"#,
        Kind::ToFile | Kind::ToDevice => b"PK\x03\x04 plugin archive bytes \x00\xff\x01",
    }
}

fn content_type(kind: Kind) -> &'static str {
    match kind {
        Kind::Text | Kind::SqlRows => "text/plain",
        Kind::Stream | Kind::ToFile | Kind::ToDevice => "application/octet-stream",
        _ => "application/json",
    }
}

/// What one cell ended with: a label of its outcome, and the error's texts.
struct Outcome {
    label: String,
    display: String,
    debug: String,
}

fn label(err: &Error) -> String {
    match err {
        Error::Api(e) => format!("Api {}", e.status()),
        Error::Timeout { phase, .. } => format!("Timeout {phase:?}"),
        Error::Transport { .. } => "Transport".into(),
        Error::Decode { .. } => "Decode".into(),
        Error::BodyTooLarge { .. } => "BodyTooLarge".into(),
        Error::QueryFailed { .. } => "QueryFailed".into(),
        Error::TaskFailed { .. } => "TaskFailed".into(),
        Error::Io { .. } => "Io".into(),
        other => format!("other: {other}"),
    }
}

/// The outcome each cell must have.
fn expected(fault: Fault, kind: Kind) -> &'static str {
    use Fault::*;
    use Kind::*;
    match (fault, kind) {
        (Refuse | Reset | Garbage, _) => "Transport",
        (StallHead, _) => "Timeout Response",
        // A stall after rows began is still a timeout, on the row stream too.
        (StallBody, _) => "Timeout Idle",
        (Trickle, _) => "ok",
        // A row stream cut short is a failed query: rows are missing.
        (CloseMidBody | BadChunked, SqlRows) => "QueryFailed",
        (CloseMidBody | BadChunked, _) => "Transport",
        (Html502, _) => "Api 502",
        (Redirect, _) => "Api 302",
        (RedirectSamePath, _) => "Api 301",
        // Only the kinds that decode JSON care about its shape; the others
        // take any bytes.
        (WrongShape, Json | TaskPoll | SecretPath) => "Decode",
        (WrongShape, _) => "ok",
        // Too deep for a `Value` (serde_json's recursion limit), and not an
        // object where a model wants one.
        (DeepNesting, Json | Value | TaskPoll | SecretPath) => "Decode",
        (DeepNesting, _) => "ok",
        // A member a model does not name is kept as text, however deep; a
        // `Value` cannot hold it.
        (DeepMember, Value | SecretPath) => "Decode",
        (DeepMember, _) => "ok",
        // Only answers read into memory are limited; streams and answers
        // read and dropped are not. A line of tabs is one row of empty
        // fields.
        (OverLimit | TabsLine, Json | Value | Text | TaskPoll | SecretPath) => "BodyTooLarge",
        (OverLimit | TabsLine, _) => "ok",
        (EarlyRefusal, _) => "Api 401",
        // Sent again on a fresh connection when safe to repeat; a POST
        // that starts something (a SQL query, a plugin install) is not.
        (StaleKeepAlive, Upload | SqlRows) => "Transport",
        (StaleKeepAlive, _) => "ok",
        (EndlessTrickle, _) => "Timeout LowSpeed",
    }
}

/// How long a cell may take: the bound its fault makes it wait for, plus
/// the margin.
fn allowed(fault: Fault, kind: Kind) -> Duration {
    let wait = match fault {
        Fault::StallHead | Fault::StallBody => BOUND,
        Fault::Trickle => TRICKLE_GAP * good_body(kind).len() as u32,
        // The low-speed window, and the gap to the byte that shows it.
        Fault::EndlessTrickle => LOW_SPEED_WINDOW + ENDLESS_GAP,
        // 32 MiB over loopback, through a debug build.
        Fault::TabsLine => Duration::from_secs(5),
        _ => Duration::ZERO,
    };
    wait + MARGIN
}

/// Waits until the client hangs up (or [`STALL_CAP`]).
fn wait_for_hang_up(out: &mut TcpStream) {
    let _ = out.set_read_timeout(Some(STALL_CAP));
    let _ = out.read(&mut [0u8; 1]);
}

fn head(out: &mut TcpStream, status: &str, content_type: &str, len: usize) {
    let _ = write!(
        out,
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len}\r\nConnection: close\r\n\r\n"
    );
}

fn answer(out: &mut TcpStream, status: &str, content_type: &str, body: &[u8]) {
    head(out, status, content_type, body.len());
    let _ = out.write_all(body);
}

/// Plays `fault` as the answer to `req`, a request for `kind`.
fn play(fault: Fault, kind: Kind, req: &RawRequest, elsewhere: &str, out: &mut TcpStream) {
    let good = good_body(kind);
    let ctype = content_type(kind);
    match fault {
        Fault::Reset => {}
        Fault::StallHead => wait_for_hang_up(out),
        Fault::StallBody => {
            head(out, "200 OK", ctype, good.len());
            let _ = out.write_all(&good[..good.len() / 2]);
            let _ = out.flush();
            wait_for_hang_up(out);
        }
        Fault::Trickle => {
            head(out, "200 OK", ctype, good.len());
            for b in good {
                let _ = out.flush();
                std::thread::sleep(TRICKLE_GAP);
                if out.write_all(&[*b]).is_err() {
                    return;
                }
            }
        }
        Fault::CloseMidBody => {
            head(out, "200 OK", ctype, good.len());
            let _ = out.write_all(&good[..good.len() / 2]);
        }
        Fault::Html502 => answer(
            out,
            "502 Bad Gateway",
            "text/html",
            b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
        ),
        Fault::Garbage => {
            let _ = out.write_all(b"\x16\x03\x01\x00\xa5\x01 SSH-2.0-garbage \xff\xfe\x00 not http\r\n\r\n\x00\x00");
        }
        Fault::BadChunked => {
            let _ = out.write_all(
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n4\r\n[{{}}]\r\nzz\r\n[]\r\n0\r\n\r\n"
                )
                .as_bytes(),
            );
        }
        Fault::WrongShape => answer(out, "200 OK", ctype, br#"[{"wrong": "shape"}]"#),
        Fault::DeepNesting => answer(out, "200 OK", ctype, &vec![b'['; NESTING]),
        Fault::DeepMember => {
            let deep = format!("{}{}", "[".repeat(NESTING), "]".repeat(NESTING));
            let body = match kind {
                Kind::Json => format!(r#"[{{"projectKey":"ALPHA","deep":{deep}}}]"#),
                Kind::SecretPath => format!(r#"{{"id":"key-1","deep":{deep}}}"#),
                Kind::TaskPoll => format!(r#"{{"jobId":"job-1","hasResult":true,"result":7,"deep":{deep}}}"#),
                _ => format!(r#"{{"label":"Alpha","deep":{deep}}}"#),
            };
            answer(out, "200 OK", ctype, body.as_bytes());
        }
        Fault::OverLimit => {
            let mut body = vec![b'a'; OVER_LIMIT];
            body[0] = b'"';
            body[OVER_LIMIT - 1] = b'"';
            answer(out, "200 OK", ctype, &body);
        }
        Fault::Redirect => {
            let _ = write!(
                out,
                "HTTP/1.1 302 Found\r\nLocation: {elsewhere}/dip/publicapi/projects/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
        }
        Fault::RedirectSamePath => {
            let host = out.local_addr().map(|a| a.to_string()).unwrap_or_default();
            let _ = write!(
                out,
                "HTTP/1.1 301 Moved Permanently\r\nLocation: https://{host}{}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                req.target
            );
        }
        Fault::TabsLine => {
            head(out, "200 OK", ctype, TABS as usize + 1);
            // Written from one 64 KiB piece: the server holds no copy.
            let piece = vec![b'\t'; 64 << 10];
            for _ in 0..TABS / piece.len() as u64 {
                if out.write_all(&piece).is_err() {
                    return;
                }
            }
            let _ = out.write_all(b"\n");
        }
        Fault::EndlessTrickle => {
            head(out, "200 OK", ctype, 1 << 30);
            let started = Instant::now();
            while started.elapsed() < STALL_CAP {
                let _ = out.flush();
                std::thread::sleep(ENDLESS_GAP);
                if out.write_all(b" ").is_err() {
                    return;
                }
            }
        }
        Fault::Refuse | Fault::EarlyRefusal | Fault::StaleKeepAlive => {
            unreachable!("played by servers of their own")
        }
    }
}

/// The good answer that starts a SQL query.
const SQL_START: &[u8] = br#"{"queryId":"q-1","schema":[{"name":"n","type":"bigint"},{"name":"s","type":"string"}]}"#;

/// A server for one cell. For the SQL kind, the start and the final check
/// are answered well and only the row stream gets the fault.
fn cell_server(fault: Fault, kind: Kind, elsewhere: String) -> Server {
    Server::start(move |req: &RawRequest, _body: &[u8], out: &mut TcpStream| {
        if kind == Kind::SqlRows && !req.path().ends_with("/stream") {
            if req.method == "POST" {
                answer(out, "200 OK", "application/json", SQL_START);
            } else {
                answer(out, "200 OK", "application/json", b"");
            }
            return Next::Close;
        }
        play(fault, kind, req, &elsewhere, out);
        Next::Close
    })
}

/// The server of [`Fault::StaleKeepAlive`]: the first request on each
/// connection is answered well with keep-alive; a request arriving on a
/// connection already used closes it, unanswered.
fn stale_server(kind: Kind) -> Server {
    let used: Mutex<HashSet<SocketAddr>> = Mutex::default();
    Server::start(move |req: &RawRequest, _body: &[u8], out: &mut TcpStream| {
        let Ok(peer) = out.peer_addr() else { return Next::Close };
        if !used.lock().unwrap().insert(peer) {
            return Next::Close;
        }
        let body: &[u8] = match (kind, req.method.as_str()) {
            (Kind::SqlRows, "POST") => SQL_START,
            (Kind::SqlRows, _) if !req.path().ends_with("/stream") => b"",
            _ => good_body(kind),
        };
        respond_keep_alive(out, 200, content_type(kind), body);
        Next::KeepAlive
    })
}

/// The server of [`Fault::EarlyRefusal`]: a 401 (in one write, as DSS
/// sends it) as soon as a request's head is read, the body never read,
/// the connection kept open until the client hangs up.
fn refusing_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { return };
            std::thread::spawn(move || {
                let Ok(read_half) = stream.try_clone() else { return };
                if read_head(&mut BufReader::new(read_half)).is_none() {
                    return;
                }
                let body = br#"{"errorType":"com.dataiku.dip.exceptions.UnauthorizedException","message":"Not authenticated"}"#;
                let mut whole = format!(
                    "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                    body.len()
                )
                .into_bytes();
                whole.extend_from_slice(body);
                let mut out = stream;
                let _ = out.write_all(&whole);
                let _ = out.flush();
                std::thread::sleep(STALL_CAP);
            });
        }
    });
    url
}

/// A server that answers the SQL start, then stops listening, so that the
/// row stream's connection is refused.
fn refuse_after_start() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        let Ok((stream, _)) = listener.accept() else { return };
        // Nobody listens any more before the client has its answer.
        drop(listener);
        let mut reader = std::io::BufReader::new(stream.try_clone().unwrap());
        if let Some(req) = read_head(&mut reader) {
            let _ = read_body(&req, &mut reader);
            let mut out = stream;
            answer(&mut out, "200 OK", "application/json", SQL_START);
        }
    });
    url
}

/// A port nobody listens on.
fn refused_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    url
}

/// The local files of a cell that downloads to a file: a symbolic link
/// to a file that was there ([`Kind::ToFile`]), or a null device
/// ([`Kind::ToDevice`]: one of the cell's own where the system lets it
/// make one, `/dev/null` otherwise), and the path the call writes to.
struct Target {
    dir: PathBuf,
    path: PathBuf,
}

/// What the file a [`Kind::ToFile`] link points to holds before the call.
const BEFORE: &[u8] = b"what was there before";

impl Target {
    fn new(fault: Fault, kind: Kind) -> Option<Target> {
        if !matches!(kind, Kind::ToFile | Kind::ToDevice) {
            return None;
        }
        let dir = std::env::temp_dir().join(format!("dss-api-faults-{}-{fault:?}-{kind:?}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = if kind == Kind::ToFile {
            std::fs::write(dir.join("real.zip"), BEFORE).unwrap();
            std::os::unix::fs::symlink("real.zip", dir.join("link.zip")).unwrap();
            dir.join("link.zip")
        } else {
            let own = dir.join("null");
            let made = std::process::Command::new("mknod")
                .arg(&own)
                .args(["c", "1", "3"])
                .stderr(std::process::Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            if made {
                own
            } else {
                PathBuf::from("/dev/null")
            }
        };
        Some(Target { dir, path })
    }

    /// What the call did to its target that it must not have: `None` when
    /// the target is as it must be after an outcome that wrote `written`
    /// bytes (`None`: the call failed).
    fn harm(&self, written: Option<u64>) -> Option<String> {
        use std::os::unix::fs::FileTypeExt as _;
        let kind = |p: &Path| std::fs::symlink_metadata(p).map(|m| m.file_type());
        if self.path.ends_with("link.zip") {
            if !kind(&self.path).is_ok_and(|t| t.is_symlink()) {
                return Some("the symbolic link is gone".into());
            }
            let real = std::fs::read(self.dir.join("real.zip")).unwrap_or_default();
            match written {
                None if real != BEFORE => return Some(format!("the file the link names holds {} bytes", real.len())),
                Some(n) if real.len() as u64 != n => {
                    return Some(format!("{n} bytes written, the file holds {}", real.len()))
                }
                _ => {}
            }
        } else if !std::fs::metadata(&self.path).is_ok_and(|m| m.file_type().is_char_device()) {
            return Some(format!("{} is no longer a device", self.path.display()));
        }
        let names: Vec<String> = std::fs::read_dir(&self.dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !["real.zip", "link.zip", "null"].contains(&n.as_str()))
            .collect();
        (!names.is_empty()).then(|| format!("left behind: {names:?}"))
    }
}

impl Drop for Target {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The key the secret-path cells look up: in their path, never in an
/// error.
fn secret_path_key() -> String {
    format!("gk/SECRET-PATH-{:016x}", random())
}

/// Makes the call of `kind`; `Ok` holds a short summary of what was read
/// and the bytes written to a download's target.
fn call(client: &DssClient, kind: Kind, target: Option<&Path>, secret: &str) -> Result<(String, Option<u64>), Error> {
    Ok(match kind {
        Kind::Json => {
            let projects = client.list_projects().send()?;
            let kept = projects.iter().map(|p| p.extra.len()).sum::<usize>();
            (format!("{} projects, {kept} members kept", projects.len()), None)
        }
        Kind::Value => {
            let metadata = client.get_project("ALPHA").get_metadata().send()?;
            (format!("{} members", metadata.as_object().map_or(0, |o| o.len())), None)
        }
        Kind::Text => {
            let log = client.get_code_env("PYTHON", "env").get_log("build.log").send()?;
            (format!("{} bytes of log", log.len()), None)
        }
        Kind::Empty => {
            client.get_future("job-1").abort().send()?;
            ("done".into(), None)
        }
        Kind::Stream => {
            let stream = client.download_plugin_stream("plugin").send()?;
            (format!("{} bytes", stream.copy_to(&mut std::io::sink())?), None)
        }
        Kind::Upload => {
            // Made as it is sent: the cell's memory is the client's.
            let archive = std::io::repeat(7).take(UPLOAD_LEN);
            client
                .install_plugin_from_archive(Upload::reader_with_len(archive, UPLOAD_LEN))
                .send()?;
            ("done".into(), None)
        }
        Kind::TaskPoll => {
            let result = client
                .get_future("job-1")
                .wait()
                .wait_options(
                    WaitOptions::new()
                        .first_interval(Duration::from_millis(10))
                        .deadline(Duration::from_secs(5)),
                )
                .send()?;
            (format!("result {result}"), None)
        }
        Kind::SqlRows => {
            let query = client.sql_query("SELECT n, s FROM t").connection("db").send()?;
            let mut rows = 0;
            for row in query.iter_rows().send()? {
                row?;
                rows += 1;
            }
            (format!("{rows} rows"), None)
        }
        Kind::SecretPath => {
            let key = client.get_global_api_key(secret).send()?;
            (format!("key {}", key.id()), None)
        }
        Kind::ToFile | Kind::ToDevice => {
            let to = target.map(|t| t.to_string_lossy().into_owned()).unwrap_or_default();
            let n = client.download_plugin_to_file("plugin", to).send()?;
            (format!("{n} bytes written"), Some(n))
        }
    })
}

fn client_for(url: &str, key: &str) -> DssClient {
    DssClient::builder(url)
        .api_key(key)
        .no_proxy()
        .connect_timeout(Some(Duration::from_secs(2)))
        .response_timeout(Some(BOUND))
        .idle_timeout(Some(BOUND))
        .low_speed_limit(LOW_SPEED_BYTES, LOW_SPEED_WINDOW)
        .max_body_size(BODY_LIMIT)
        .build()
        .unwrap()
}

struct Cell {
    fault: Fault,
    kind: Kind,
    elapsed: Duration,
    outcome: Outcome,
    /// Peak memory above the cell's start, for the cells measured.
    peak_kib: Option<u64>,
    /// What a download did to its target that it must not have.
    harm: Option<String>,
}

/// Runs one cell in this process: its server, its client, its call (on a
/// thread of its own: `None` if it panicked), its download target. With
/// `measure`, the peak memory of the call is measured (the process must
/// run nothing else).
fn run_cell(fault: Fault, kind: Kind, key: &str, secret: &str, elsewhere: &str, measure: bool) -> Option<Cell> {
    let (url, _server) = match (fault, kind) {
        (Fault::Refuse, Kind::SqlRows) => (refuse_after_start(), None),
        (Fault::Refuse, _) => (refused_url(), None),
        (Fault::EarlyRefusal, _) => (refusing_server(), None),
        (Fault::StaleKeepAlive, _) => {
            let server = stale_server(kind);
            (server.url.clone(), Some(server))
        }
        _ => {
            let server = cell_server(fault, kind, elsewhere.to_owned());
            (server.url.clone(), Some(server))
        }
    };
    let target = Target::new(fault, kind);
    let client = client_for(&url, key);
    let path = target.as_ref().map(|t| t.path.clone());
    let secret = secret.to_owned();
    if measure {
        reset_peak_rss();
    }
    let before = peak_rss_kib();
    let started = Instant::now();
    let run = std::thread::spawn(move || {
        if fault == Fault::StaleKeepAlive {
            // The first call leaves a connection in the pool; the second
            // meets it closed.
            let _ = call(&client, kind, path.as_deref(), &secret);
        }
        call(&client, kind, path.as_deref(), &secret)
    })
    .join()
    .ok()?;
    let elapsed = started.elapsed();
    let peak_kib = measure.then(|| peak_rss_kib().saturating_sub(before));
    let harm = target
        .as_ref()
        .and_then(|t| t.harm(run.as_ref().ok().and_then(|(_, n)| *n)));
    let outcome = match run {
        Ok((summary, _)) => Outcome {
            label: "ok".into(),
            display: summary,
            debug: String::new(),
        },
        Err(e) => Outcome {
            label: label(&e),
            display: e.to_string(),
            debug: format!("{e:?} {e:#?}"),
        },
    };
    Some(Cell {
        fault,
        kind,
        elapsed,
        outcome,
        peak_kib,
        harm,
    })
}

/// One line of text holding no tab or line end, for a cell's result
/// passed from its own process.
fn one_line(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n")
}

/// Runs a cell in a process of its own (this test binary again, running
/// only [`one_cell_in_its_own_process`]), so that its peak memory is its
/// own: `None` if it panicked or did not end within a minute.
fn run_cell_in_own_process(fault: Fault, kind: Kind, key: &str, secret: &str, elsewhere: &str) -> Option<Cell> {
    let exe = std::env::current_exe().ok()?;
    let mut child = std::process::Command::new(exe)
        .args([
            "faults::one_cell_in_its_own_process",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CELL_VAR, format!("{fault:?}\t{kind:?}\t{key}\t{secret}\t{elsewhere}"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok()?;
    let started = Instant::now();
    while child.try_wait().ok()?.is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut out = String::new();
    child.stdout.take()?.read_to_string(&mut out).ok()?;
    // The harness may print the test's name on the same line first.
    let line = out
        .lines()
        .find_map(|l| l.split_once("fault-cell\t").map(|(_, cell)| cell))?;
    let f: Vec<&str> = line.split('\t').collect();
    let [label, elapsed_ms, peak_kib, harm, display, debug] = f[..] else {
        return None;
    };
    Some(Cell {
        fault,
        kind,
        elapsed: Duration::from_millis(elapsed_ms.parse().ok()?),
        outcome: Outcome {
            label: label.to_owned(),
            display: display.to_owned(),
            debug: debug.to_owned(),
        },
        peak_kib: peak_kib.parse().ok(),
        harm: (!harm.is_empty()).then(|| harm.to_owned()),
    })
}

/// The cell named by `DSS_API_FAULT_CELL`, run and printed on one line,
/// when the matrix starts this test in a process of its own; nothing
/// otherwise.
#[test]
fn one_cell_in_its_own_process() {
    let Ok(spec) = std::env::var(CELL_VAR) else { return };
    let f: Vec<&str> = spec.split('\t').collect();
    let [fault, kind, key, secret, elsewhere] = f[..] else {
        panic!("{CELL_VAR}: {spec:?}")
    };
    let fault = *FAULTS.iter().find(|x| format!("{x:?}") == fault).unwrap();
    let kind = *KINDS.iter().find(|x| format!("{x:?}") == kind).unwrap();
    let cell = run_cell(fault, kind, key, secret, elsewhere, true).expect("the call panicked");
    println!(
        "fault-cell\t{}\t{}\t{}\t{}\t{}\t{}",
        cell.outcome.label,
        cell.elapsed.as_millis(),
        cell.peak_kib.unwrap_or_default(),
        one_line(cell.harm.as_deref().unwrap_or_default()),
        one_line(&cell.outcome.display),
        one_line(&cell.outcome.debug)
    );
}

#[test]
fn every_fault_with_every_kind_of_answer() {
    let key = format!("SECRET-KEY-{:016x}", random());
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{key}:"));
    let secret = secret_path_key();
    let secret_encoded = secret.replace('/', "%2F");
    let secrets = [
        key.clone(),
        basic.clone(),
        basic.trim_end_matches('=').to_owned(),
        secret.clone(),
        secret_encoded,
        secret.trim_start_matches("gk/").to_owned(),
    ];
    // The host redirects point to: it must never be asked anything.
    let elsewhere = Server::start(|_, _, out| {
        answer(out, "200 OK", "application/json", b"[]");
        Next::Close
    });
    let elsewhere_url = elsewhere.url.replace("127.0.0.1", "localhost");

    let (tx, rx) = mpsc::channel::<Result<Cell, (Fault, Kind)>>();
    let shared = Arc::new((key.clone(), secret.clone(), elsewhere_url));
    let queue: Vec<(Fault, Kind)> = FAULTS
        .iter()
        .flat_map(|f| KINDS.iter().map(move |k| (*f, *k)))
        .rev()
        .collect();
    let total = queue.len();
    let queue = Arc::new(Mutex::new(queue));
    for _ in 0..WORKERS {
        let (tx, queue, shared) = (tx.clone(), queue.clone(), shared.clone());
        std::thread::spawn(move || loop {
            let Some((fault, kind)) = queue.lock().unwrap().pop() else {
                break;
            };
            let (key, secret, elsewhere) = &*shared;
            let cell = if fault == Fault::TabsLine {
                run_cell_in_own_process(fault, kind, key, secret, elsewhere)
            } else {
                run_cell(fault, kind, key, secret, elsewhere, false)
            };
            if tx.send(cell.ok_or((fault, kind))).is_err() {
                break;
            }
        });
    }
    drop(tx);

    let deadline = Instant::now() + Duration::from_secs(120);
    let mut cells = Vec::new();
    let mut panics = Vec::new();
    while cells.len() + panics.len() < total {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(Ok(cell)) => cells.push(cell),
            Ok(Err(which)) => panics.push(which),
            Err(_) => break,
        }
    }
    let hung = total - cells.len() - panics.len();
    check_cells(cells, &panics, hung, &secrets, &elsewhere);
}

/// Checks every cell (outcome, time, memory, secrets, download target),
/// prints the counts, and fails on any failure.
fn check_cells(mut cells: Vec<Cell>, panics: &[(Fault, Kind)], hung: usize, secrets: &[String], elsewhere: &Server) {
    let total = cells.len() + panics.len() + hung;
    let mut failures = Vec::new();
    let (mut late, mut leaks, mut measured, mut over_memory, mut harmed) = (0, 0, 0, 0, 0);
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    cells.sort_by_key(|c| {
        (
            FAULTS.iter().position(|f| *f == c.fault),
            KINDS.iter().position(|k| *k == c.kind),
        )
    });
    for c in &cells {
        let name = format!("{:?} x {:?}", c.fault, c.kind);
        let o = &c.outcome;
        *counts.entry(o.label.clone()).or_default() += 1;
        if c.elapsed > allowed(c.fault, c.kind) {
            late += 1;
            failures.push(format!(
                "{name}: took {:?}, allowed {:?}",
                c.elapsed,
                allowed(c.fault, c.kind)
            ));
        }
        if o.label.starts_with("Timeout") && c.elapsed < BOUND {
            failures.push(format!("{name}: timed out after {:?}, before its bound", c.elapsed));
        }
        if c.fault == Fault::Trickle && c.elapsed <= BOUND {
            failures.push(format!(
                "{name}: a trickle of {:?} is not slower than the idle bound",
                c.elapsed
            ));
        }
        if o.label != expected(c.fault, c.kind) {
            failures.push(format!(
                "{name}: expected {}, got {} ({})",
                expected(c.fault, c.kind),
                o.label,
                o.display
            ));
        }
        if (c.fault, c.kind) == (Fault::DeepNesting, Kind::Value) && !o.display.contains("recursion limit") {
            failures.push(format!("{name}: not stopped by the depth limit: {}", o.display));
        }
        let says = match c.fault {
            Fault::Redirect => "unexpected redirect to http://localhost:",
            Fault::RedirectSamePath => "unexpected redirect to https://127.0.0.1:",
            Fault::EndlessTrickle => "(bound: 10 bytes in 2s)",
            Fault::EarlyRefusal => "Not authenticated",
            _ => "",
        };
        if !o.display.contains(says) {
            failures.push(format!("{name}: does not say {says:?}: {}", o.display));
        }
        // An error from a request names the method and the request: verb,
        // host and path.
        let from_request = ["Api", "Timeout", "Transport", "Decode", "BodyTooLarge"]
            .iter()
            .any(|l| o.label.starts_with(l));
        let names_site = ["GET", "POST", "PUT", "DELETE"].iter().any(|verb| {
            o.display.contains(&format!(" ({verb} http://127.0.0.1:"))
                || o.display.contains(&format!(" ({verb} http://localhost:"))
        });
        if from_request && !(o.display.contains("`Dss") && names_site && o.display.contains("/dip/publicapi/")) {
            failures.push(format!(
                "{name}: does not name the method, host and path: {}",
                o.display
            ));
        }
        if secrets
            .iter()
            .any(|s| o.display.contains(s.as_str()) || o.debug.contains(s.as_str()))
        {
            leaks += 1;
            failures.push(format!("{name}: a secret shows in the error: {}", o.display));
        }
        if let Some(peak) = c.peak_kib {
            measured += 1;
            if peak > TABS_MEMORY_KIB {
                over_memory += 1;
                failures.push(format!("{name}: peaked at {peak} KiB, allowed {TABS_MEMORY_KIB} KiB"));
            }
        }
        if let Some(harm) = &c.harm {
            harmed += 1;
            failures.push(format!("{name}: its download target was harmed: {harm}"));
        }
    }
    if elsewhere.connections() != 0 {
        failures.push(format!(
            "the host a redirect pointed to was contacted {} times",
            elsewhere.connections()
        ));
    }
    let outcomes: Vec<String> = counts.iter().map(|(k, n)| format!("{k} {n}")).collect();
    let peaks: Vec<u64> = cells.iter().filter_map(|c| c.peak_kib).collect();
    report(&format!(
        "faults: {} x {} = {total} cells: {} panics, {hung} hung, {leaks} secrets, {measured} measured for memory \
         ({} KiB at most, bound {TABS_MEMORY_KIB} KiB), {over_memory} over their memory bound, {late} past their time \
         bound, {harmed} download targets harmed; outcomes: {}",
        FAULTS.len(),
        KINDS.len(),
        panics.len(),
        peaks.iter().max().copied().unwrap_or_default(),
        outcomes.join(", ")
    ));
    for c in &cells {
        log_cell(c);
    }
    assert!(panics.is_empty(), "panics in {panics:?}");
    assert_eq!(hung, 0, "{hung} cells did not end within 120 s");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.join("\n").lines().count(),
        failures.join("\n")
    );
}

/// 64 random bits (from the OS-seeded hasher), so that the key cannot be
/// found by chance in a fixed text.
fn random() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    h.finish()
}

/// One line per cell, shown with `--nocapture`.
fn log_cell(c: &Cell) {
    let peak = c.peak_kib.map(|k| format!(" peak {k} KiB")).unwrap_or_default();
    println!(
        "{:>16} x {:<10} {:>7.0?} {:<16} {}{peak}",
        format!("{:?}", c.fault),
        format!("{:?}", c.kind),
        c.elapsed,
        c.outcome.label,
        c.outcome.display.chars().take(140).collect::<String>()
    );
}
