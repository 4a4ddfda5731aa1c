//! The fault matrix: every way a server or the network can misbehave,
//! crossed with every kind of answer the client reads. Each cell runs
//! against a loopback server of its own that plays one fault, with short
//! bounds on the client, and must end in time, without a panic, with the
//! error kind its fault calls for, and with no credential in the error.

use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine as _;
use dss_api::{DssClient, Error, Upload, WaitOptions};
use dss_api_tests::report;
use dss_api_tests::threaded::{read_body, read_head, Next, RawRequest, Server};

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
}

const FAULTS: [Fault; 14] = [
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
    /// `install_plugin_from_archive` with bytes: a multipart upload.
    Upload,
    /// `get_future(..).wait(..)`: task polling.
    TaskPoll,
    /// `sql_query(..).send()?.iter_rows()?`, consumed: the start answer is
    /// good, the fault is played on the row stream.
    SqlRows,
}

const KINDS: [Kind; 8] = [
    Kind::Json,
    Kind::Value,
    Kind::Text,
    Kind::Empty,
    Kind::Stream,
    Kind::Upload,
    Kind::TaskPoll,
    Kind::SqlRows,
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
    }
}

fn content_type(kind: Kind) -> &'static str {
    match kind {
        Kind::Text | Kind::SqlRows => "text/plain",
        Kind::Stream => "application/octet-stream",
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
        // Only the kinds that decode JSON care about its shape; the others
        // take any bytes.
        (WrongShape, Json | TaskPoll) => "Decode",
        (WrongShape, _) => "ok",
        // Too deep for a `Value` (serde_json's recursion limit), and not an
        // object where a model wants one.
        (DeepNesting, Json | Value | TaskPoll) => "Decode",
        (DeepNesting, _) => "ok",
        // A member a model does not name is kept as text, however deep; a
        // `Value` cannot hold it.
        (DeepMember, Value) => "Decode",
        (DeepMember, _) => "ok",
        // Only answers read into memory are limited; streams and answers
        // read and dropped are not.
        (OverLimit, Json | Value | Text | TaskPoll) => "BodyTooLarge",
        (OverLimit, _) => "ok",
    }
}

/// How long a cell may take: the bound its fault makes it wait for, plus
/// the margin.
fn allowed(fault: Fault, kind: Kind) -> Duration {
    let wait = match fault {
        Fault::StallHead | Fault::StallBody => BOUND,
        Fault::Trickle => TRICKLE_GAP * good_body(kind).len() as u32,
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

/// Plays `fault` as the answer to a request for `kind`.
fn play(fault: Fault, kind: Kind, elsewhere: &str, out: &mut TcpStream) {
    let good = good_body(kind);
    let ctype = content_type(kind);
    match fault {
        Fault::Refuse => unreachable!("nobody listens"),
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
        play(fault, kind, &elsewhere, out);
        Next::Close
    })
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

/// Makes the call of `kind`; `Ok` holds a short summary of what was read.
fn call(client: &DssClient, kind: Kind) -> Result<String, Error> {
    Ok(match kind {
        Kind::Json => {
            let projects = client.list_projects().send()?;
            let kept = projects.iter().map(|p| p.extra.len()).sum::<usize>();
            format!("{} projects, {kept} members kept", projects.len())
        }
        Kind::Value => {
            let metadata = client.get_project("ALPHA").get_metadata().send()?;
            format!("{} members", metadata.as_object().map_or(0, |o| o.len()))
        }
        Kind::Text => {
            let log = client.get_code_env("PYTHON", "env").get_log("build.log").send()?;
            format!("{} bytes of log", log.len())
        }
        Kind::Empty => {
            client.get_future("job-1").abort().send()?;
            "done".into()
        }
        Kind::Stream => {
            let stream = client.download_plugin_stream("plugin").send()?;
            format!("{} bytes", stream.copy_to(&mut std::io::sink())?)
        }
        Kind::Upload => {
            let archive: Vec<u8> = (0..50_000u32).map(|i| (i % 251) as u8).collect();
            client.install_plugin_from_archive(Upload::from(archive)).send()?;
            "done".into()
        }
        Kind::TaskPoll => {
            let result = client.get_future("job-1").wait(
                WaitOptions::new()
                    .first_interval(Duration::from_millis(10))
                    .deadline(Duration::from_secs(5)),
            )?;
            format!("result {result}")
        }
        Kind::SqlRows => {
            let query = client.sql_query("SELECT n, s FROM t").connection("db").send()?;
            let mut rows = 0;
            for row in query.iter_rows()? {
                row?;
                rows += 1;
            }
            format!("{rows} rows")
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
        .max_body_size(BODY_LIMIT)
        .build()
        .unwrap()
}

struct Cell {
    fault: Fault,
    kind: Kind,
    elapsed: Duration,
    outcome: Outcome,
}

#[test]
fn every_fault_with_every_kind_of_answer() {
    let key = format!("SECRET-KEY-{:016x}", random());
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{key}:"));
    let secrets = [key.clone(), basic.clone(), basic.trim_end_matches('=').to_owned()];
    // The host redirects point to: it must never be asked anything.
    let elsewhere = Server::start(|_, _, out| {
        answer(out, "200 OK", "application/json", b"[]");
        Next::Close
    });
    let elsewhere_url = elsewhere.url.replace("127.0.0.1", "localhost");

    let (tx, rx) = mpsc::channel::<Result<Cell, (Fault, Kind)>>();
    let key = Arc::new(key);
    let queue: Vec<(Fault, Kind)> = FAULTS
        .iter()
        .flat_map(|f| KINDS.iter().map(move |k| (*f, *k)))
        .rev()
        .collect();
    let total = queue.len();
    let queue = Arc::new(Mutex::new(queue));
    for _ in 0..WORKERS {
        let (tx, key, queue, elsewhere) = (tx.clone(), key.clone(), queue.clone(), elsewhere_url.clone());
        std::thread::spawn(move || loop {
            let Some((fault, kind)) = queue.lock().unwrap().pop() else {
                break;
            };
            let (url, _server) = match (fault, kind) {
                (Fault::Refuse, Kind::SqlRows) => (refuse_after_start(), None),
                (Fault::Refuse, _) => (refused_url(), None),
                _ => {
                    let server = cell_server(fault, kind, elsewhere.clone());
                    (server.url.clone(), Some(server))
                }
            };
            let client = client_for(&url, &key);
            let started = Instant::now();
            let run = std::thread::spawn(move || call(&client, kind)).join();
            let elapsed = started.elapsed();
            let cell = match run {
                Err(_) => Err((fault, kind)),
                Ok(result) => Ok(Cell {
                    fault,
                    kind,
                    elapsed,
                    outcome: match result {
                        Ok(summary) => Outcome {
                            label: "ok".into(),
                            display: summary,
                            debug: String::new(),
                        },
                        Err(e) => Outcome {
                            label: label(&e),
                            display: e.to_string(),
                            debug: format!("{e:?} {e:#?}"),
                        },
                    },
                }),
            };
            if tx.send(cell).is_err() {
                break;
            }
        });
    }
    drop(tx);

    let deadline = Instant::now() + Duration::from_secs(60);
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

    let mut failures = Vec::new();
    let mut in_time = 0;
    let mut leaks = 0;
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
        if c.elapsed <= allowed(c.fault, c.kind) {
            in_time += 1;
        } else {
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
        if c.fault == Fault::Redirect && !o.display.contains("unexpected redirect") {
            failures.push(format!(
                "{name}: the error does not say it was a redirect: {}",
                o.display
            ));
        }
        if secrets.iter().any(|s| o.display.contains(s) || o.debug.contains(s)) {
            leaks += 1;
            failures.push(format!("{name}: a credential shows in the error: {}", o.display));
        }
    }
    if elsewhere.connections() != 0 {
        failures.push(format!(
            "the host a redirect pointed to was contacted {} times",
            elsewhere.connections()
        ));
    }
    let outcomes: Vec<String> = counts.iter().map(|(k, n)| format!("{k} {n}")).collect();
    report(&format!(
        "faults: {} x {} = {total} cells: {in_time} ended in time, {} panics, {hung} hung, {leaks} secrets; outcomes: {}",
        FAULTS.len(),
        KINDS.len(),
        panics.len(),
        outcomes.join(", ")
    ));
    for c in &cells {
        log_cell(c);
    }
    assert!(panics.is_empty(), "panics in {panics:?}");
    assert_eq!(hung, 0, "{hung} cells did not end within 60 s");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
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
    println!(
        "{:>12} x {:<8} {:>7.0?} {:<16} {}",
        format!("{:?}", c.fault),
        format!("{:?}", c.kind),
        c.elapsed,
        c.outcome.label,
        c.outcome.display.chars().take(140).collect::<String>()
    );
}
