//! Dataset rows: `iter_rows` opens the data stream with a fresh read
//! session, reads the schema, types the rows as they arrive, and verifies
//! the read at the end (`finish-streaming`). A million rows go through in
//! constant memory; a stream cut short or a failed verification is an
//! error item after the good rows.
//!
//! The server here is a loopback one with a thread per connection: the
//! client reads the schema while the data stream is open, so one
//! connection at a time would deadlock.

use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use dss_api::{DssClient, Error, RowValue};
use dss_api_tests::raw::{peak_rss_kib, reset_peak_rss, respond, respond_head};
use dss_api_tests::report;

const LIMIT_KIB: u64 = 32 << 10; // 32 MiB

const SCHEMA: &str = r#"{"columns": [{"name": "id", "type": "bigint"}, {"name": "name", "type": "string"},
    {"name": "score", "type": "double"}, {"name": "ok", "type": "boolean"}, {"name": "at", "type": "date"}],
    "userModified": false}"#;

/// A request as received: verb, path (without `/dip/publicapi`) and
/// decoded query pairs, in order.
#[derive(Debug, Clone)]
struct Req {
    method: String,
    path: String,
    query: Vec<(String, String)>,
}

impl Req {
    fn param(&self, key: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    fn params(&self, key: &str) -> Vec<&str> {
        self.query
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// A loopback HTTP/1.1 server answering each connection on a thread of its
/// own (`Connection: close`), keeping every request in arrival order.
struct Loopback {
    url: String,
    log: Arc<Mutex<Vec<Req>>>,
}

impl Loopback {
    fn start(handler: impl Fn(&Req, &mut TcpStream) + Send + Sync + 'static) -> Loopback {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let log: Arc<Mutex<Vec<Req>>> = Arc::default();
        let handler = Arc::new(handler);
        let kept = log.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let handler = handler.clone();
                let kept = kept.clone();
                std::thread::spawn(move || {
                    let Some(req) = read_request(&stream) else { return };
                    kept.lock().unwrap().push(req.clone());
                    handler(&req, &mut stream);
                    let _ = stream.flush();
                });
            }
        });
        Loopback { url, log }
    }

    fn requests(&self) -> Vec<Req> {
        self.log.lock().unwrap().clone()
    }

    fn client(&self) -> DssClient {
        DssClient::new(&self.url, "k").unwrap()
    }
}

fn read_request(stream: &TcpStream) -> Option<Req> {
    let mut r = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    r.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let target = parts.next()?.to_owned();
    loop {
        let mut h = String::new();
        if r.read_line(&mut h).ok()? == 0 || h.trim_end().is_empty() {
            break;
        }
    }
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    let query = query
        .split('&')
        .filter(|s| !s.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (decode(k), decode(v))
        })
        .collect();
    Some(Req {
        method,
        path: decode(path.strip_prefix("/dip/publicapi").unwrap_or(path)),
        query,
    })
}

/// Row `i` of the generated data, as DSS writes it: the name is quoted
/// (it holds quotes, and a tab every 10th row), every 7th score is empty.
fn write_row(out: &mut String, i: u64) {
    let tab = if i.is_multiple_of(10) { "\t" } else { "" };
    let score = if i.is_multiple_of(7) {
        String::new()
    } else {
        format!("{}.25", i % 1000)
    };
    let _ = writeln!(
        out,
        "{i}\t\"row \"\"{i}\"\"{tab}\"\t{score}\t{}\t2024-01-02T03:04:05.000Z",
        i.is_multiple_of(2)
    );
}

fn check_row(i: u64, row: &[RowValue]) {
    assert_eq!(row.len(), 5, "row {i}");
    assert_eq!(row[0], RowValue::Int(i as i64));
    let tab = if i.is_multiple_of(10) { "\t" } else { "" };
    assert_eq!(row[1], RowValue::Str(format!("row \"{i}\"{tab}")));
    if i.is_multiple_of(7) {
        assert_eq!(row[2], RowValue::Null);
    } else {
        assert_eq!(row[2], RowValue::Float((i % 1000) as f64 + 0.25));
    }
    assert_eq!(row[3], RowValue::Bool(i.is_multiple_of(2)));
    assert_eq!(row[4], RowValue::Date("2024-01-02T03:04:05.000Z".into()));
}

fn uuid_v4_shaped(s: &str) -> bool {
    s.len() == 36
        && s.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            14 => c == '4',
            19 => matches!(c, '8' | '9' | 'a' | 'b'),
            _ => c.is_ascii_digit() || ('a'..='f').contains(&c),
        })
}

/// Serves `rows` generated rows (written as they are made, never whole),
/// the schema, and a finish-streaming that accepts only the session the
/// data was read with.
fn rows_server(rows: u64) -> Loopback {
    let session: Arc<Mutex<Option<String>>> = Arc::default();
    Loopback::start(move |req, out| match req.path.as_str() {
        "/projects/P/datasets/big/data/" => {
            *session.lock().unwrap() = req.param("readSessionId").map(str::to_owned);
            let mut len = 0u64;
            let mut buf = String::new();
            for i in 0..rows {
                buf.clear();
                write_row(&mut buf, i);
                len += buf.len() as u64;
            }
            respond_head(out, 200, "text/tab-separated-values; charset=utf-8", len);
            buf.clear();
            for i in 0..rows {
                write_row(&mut buf, i);
                if buf.len() >= 256 << 10 {
                    if out.write_all(buf.as_bytes()).is_err() {
                        return;
                    }
                    buf.clear();
                }
            }
            let _ = out.write_all(buf.as_bytes());
        }
        "/projects/P/datasets/big/schema" => respond(out, 200, "application/json", SCHEMA.as_bytes()),
        "/projects/P/datasets/big/finish-streaming/" => {
            if req.param("readSessionId").is_some() && req.param("readSessionId") == session.lock().unwrap().as_deref()
            {
                respond(out, 204, "text/plain", b"");
            } else {
                respond(
                    out,
                    400,
                    "application/json",
                    br#"{"errorType": "UnknownSession", "message": "no such read session"}"#,
                );
            }
        }
        _ => respond(
            out,
            404,
            "application/json",
            br#"{"errorType": "NotFound", "message": "?"}"#,
        ),
    })
}

#[test]
fn a_million_rows_are_typed_in_constant_memory_and_verified() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let n: u64 = 1_000_000;
    let server = rows_server(n);
    let c = server.client();
    let ds = c.get_project("P").get_dataset("big");

    reset_peak_rss();
    let before = peak_rss_kib();
    let started = std::time::Instant::now();
    let mut rows = ds.iter_rows().send().unwrap();
    assert_eq!(rows.columns().len(), 5);
    assert_eq!(rows.columns()[3].name, "ok");
    let session = rows.read_session_id().to_owned();
    let mut count = 0u64;
    let mut id_sum = 0i64;
    let mut trues = 0u64;
    for (i, row) in rows.by_ref().enumerate() {
        let row = row.unwrap();
        let i = i as u64;
        if i.is_multiple_of(1000) || i % 1000 == 999 {
            check_row(i, &row);
        }
        id_sum += row[0].as_i64().unwrap();
        trues += u64::from(row[3].as_bool().unwrap());
        count += 1;
    }
    assert!(rows.next().is_none(), "the iterator stays ended");
    let elapsed = started.elapsed();
    let peak = peak_rss_kib();
    assert_eq!(count, n);
    assert_eq!(id_sum, (0..n as i64).sum::<i64>());
    assert_eq!(trues, n / 2);

    let requests = server.requests();
    let seen: Vec<(&str, &str)> = requests.iter().map(|r| (r.method.as_str(), r.path.as_str())).collect();
    assert_eq!(
        seen,
        [
            ("GET", "/projects/P/datasets/big/data/"),
            ("GET", "/projects/P/datasets/big/schema"),
            ("GET", "/projects/P/datasets/big/finish-streaming/"),
        ]
    );
    assert_eq!(requests[0].params("format"), ["tsv-excel-noheader"]);
    assert!(requests[0].param("partitions").is_none() && requests[0].param("columns").is_none());
    assert!(requests[1].query.is_empty());
    assert!(uuid_v4_shaped(&session), "{session}");
    assert_eq!(requests[0].params("readSessionId"), [session.as_str()]);
    assert_eq!(requests[2].query, [("readSessionId".to_owned(), session.clone())]);

    report(&format!(
        "dataset rows: {n} rows typed and verified in {:.2?}, peak RSS {peak} KiB (start {before} KiB)",
        elapsed
    ));
    assert!(peak < LIMIT_KIB, "reading the rows peaked at {peak} KiB");
}

#[test]
fn each_read_has_its_own_session() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = rows_server(3);
    let c = server.client();
    let ds = c.get_project("P").get_dataset("big");
    let first: Vec<_> = ds.iter_rows().send().unwrap().collect();
    let second: Vec<_> = ds.iter_rows().send().unwrap().collect();
    assert_eq!(first.len(), 3);
    assert!(first.iter().chain(&second).all(Result::is_ok), "{first:?} {second:?}");
    let requests = server.requests();
    let data: Vec<&str> = requests
        .iter()
        .filter(|r| r.path.ends_with("/data/"))
        .filter_map(|r| r.param("readSessionId"))
        .collect();
    assert_eq!(data.len(), 2);
    assert_ne!(data[0], data[1]);
    assert_eq!(requests.len(), 6);
}

#[test]
fn a_stream_cut_short_is_an_error_item_after_the_good_rows() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = Loopback::start(|req, out| match req.path.as_str() {
        "/projects/P/datasets/cut/data/" => {
            // Announce 1,000,000 bytes, send two rows and a half, then close.
            respond_head(out, 200, "text/tab-separated-values", 1_000_000);
            let _ = out.write_all(b"1\ta\t1.5\ttrue\t\n2\tb\t2.5\tfalse\t\n3\t\"c");
        }
        "/projects/P/datasets/cut/schema" => respond(out, 200, "application/json", SCHEMA.as_bytes()),
        _ => respond(out, 204, "text/plain", b""),
    });
    let c = server.client();
    let items: Vec<_> = c
        .get_project("P")
        .get_dataset("cut")
        .iter_rows()
        .send()
        .unwrap()
        .collect();
    assert_eq!(items.len(), 3, "two rows, then the error: {items:?}");
    assert_eq!(
        items[0].as_ref().unwrap(),
        &[
            RowValue::Int(1),
            RowValue::Str("a".into()),
            RowValue::Float(1.5),
            RowValue::Bool(true),
            RowValue::Null
        ]
    );
    assert_eq!(items[1].as_ref().unwrap()[0], RowValue::Int(2));
    let err = items[2].as_ref().unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(
        err.to_string().contains("`DssDataset::iter_rows`"),
        "names the method: {err}"
    );
    let paths: Vec<String> = server.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        ["/projects/P/datasets/cut/data/", "/projects/P/datasets/cut/schema"],
        "no finish-streaming after a broken stream: the failure is known"
    );
}

#[test]
fn a_stalled_stream_is_a_timeout_after_the_good_rows() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = Loopback::start(|req, out| match req.path.as_str() {
        "/projects/P/datasets/stall/data/" => {
            // One row, then nothing for longer than the client's idle bound.
            respond_head(out, 200, "text/tab-separated-values", 1_000_000);
            let _ = out.write_all(b"1	a	1.5	true	\n");
            let _ = out.flush();
            std::thread::sleep(std::time::Duration::from_secs(3));
        }
        "/projects/P/datasets/stall/schema" => respond(out, 200, "application/json", SCHEMA.as_bytes()),
        _ => respond(out, 204, "text/plain", b""),
    });
    let c = DssClient::builder(&server.url)
        .api_key("k")
        .idle_timeout(Some(std::time::Duration::from_millis(300)))
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let items: Vec<_> = c
        .get_project("P")
        .get_dataset("stall")
        .iter_rows()
        .send()
        .unwrap()
        .collect();
    assert!(
        started.elapsed() < std::time::Duration::from_secs(2),
        "ended by the idle bound"
    );
    assert_eq!(items.len(), 2, "the row, then the error: {items:?}");
    assert_eq!(items[0].as_ref().unwrap()[0], RowValue::Int(1));
    let err = items[1].as_ref().unwrap_err();
    assert!(
        matches!(
            err,
            Error::Timeout {
                phase: dss_api::TimeoutPhase::Idle,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("`DssDataset::iter_rows`"),
        "names the method: {err}"
    );
    let paths: Vec<String> = server.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        ["/projects/P/datasets/stall/data/", "/projects/P/datasets/stall/schema"]
    );
}

#[test]
fn a_failed_verification_is_an_error_item_after_the_good_rows() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = Loopback::start(|req, out| {
        match req.path.as_str() {
        "/projects/P/datasets/ds/data/" => respond(out, 200, "text/tab-separated-values", b"1\ta\n2\tb\n"),
        "/projects/P/datasets/ds/schema" => respond(
            out,
            200,
            "application/json",
            br#"{"columns": [{"name": "n", "type": "int"}, {"name": "s", "type": "string"}]}"#,
        ),
        "/projects/P/datasets/ds/finish-streaming/" => respond(
            out,
            500,
            "application/json",
            br#"{"errorType": "com.dataiku.dip.io.DatasetReadException", "message": "read failed", "detailedMessage": "S3: connection reset"}"#,
        ),
        _ => respond(out, 404, "text/plain", b""),
    }
    });
    let c = server.client();
    let mut rows = c.get_project("P").get_dataset("ds").iter_rows().send().unwrap();
    let items: Vec<_> = rows.by_ref().collect();
    assert_eq!(items.len(), 3, "{items:?}");
    assert_eq!(
        items[0].as_ref().unwrap(),
        &[RowValue::Int(1), RowValue::Str("a".into())]
    );
    assert_eq!(
        items[1].as_ref().unwrap(),
        &[RowValue::Int(2), RowValue::Str("b".into())]
    );
    let err = items[2].as_ref().unwrap_err();
    assert_eq!(err.status(), Some(500));
    let shown = err.to_string();
    assert!(
        shown.starts_with("HTTP 500 from `DssDataset::iter_rows` (GET http://127.0.0.1:")
            && shown.ends_with("/dip/publicapi/projects/P/datasets/ds/finish-streaming/): com.dataiku.dip.io.DatasetReadException: S3: connection reset"),
        "{shown}"
    );
    assert!(rows.next().is_none());
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(requests[2].path, "/projects/P/datasets/ds/finish-streaming/");
}

#[test]
fn columns_and_partitions_are_sent_and_the_schema_follows_the_columns() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = Loopback::start(|req, out| match req.path.as_str() {
        "/projects/P/datasets/ds/data/" => respond(out, 200, "text/tab-separated-values", b"1\tx\t7\n"),
        "/projects/P/datasets/ds/schema" => respond(out, 200, "application/json", SCHEMA.as_bytes()),
        _ => respond(out, 204, "text/plain", b""),
    });
    let c = server.client();
    let mut rows = c
        .get_project("P")
        .get_dataset("ds")
        .iter_rows()
        .partitions(["2024-05-01", "2024-05-02"])
        .columns(["ok", "name", "not_in_schema"])
        .send()
        .unwrap();
    let names: Vec<(&str, &str)> = rows
        .columns()
        .iter()
        .map(|c| (c.name.as_str(), c.r#type.as_str()))
        .collect();
    assert_eq!(
        names,
        [("ok", "boolean"), ("name", "string"), ("not_in_schema", "string")],
        "a column the schema lacks is read as text"
    );
    let row = rows.next().unwrap().unwrap();
    assert_eq!(
        row,
        [
            RowValue::Bool(false),
            RowValue::Str("x".into()),
            RowValue::Str("7".into())
        ]
    );
    assert!(rows.next().is_none());
    let requests = server.requests();
    assert_eq!(requests[0].params("partitions"), ["2024-05-01", "2024-05-02"]);
    assert_eq!(requests[0].params("columns"), ["ok", "name", "not_in_schema"]);
    assert_eq!(requests.len(), 3);
}

#[test]
fn a_stream_that_fails_to_open_is_an_error_and_reads_no_schema() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = Loopback::start(|_, out| {
        respond(
            out,
            404,
            "application/json",
            br#"{"errorType": "UnknownObjectException", "message": "Dataset P.nope does not exist"}"#,
        )
    });
    let c = server.client();
    let err = c.get_project("P").get_dataset("nope").iter_rows().send().unwrap_err();
    assert!(err.is_not_found(), "{err:?}");
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn a_schema_that_cannot_be_read_is_an_error() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = Loopback::start(|req, out| match req.path.as_str() {
        "/projects/P/datasets/ds/data/" => respond(out, 200, "text/tab-separated-values", b"1\n"),
        _ => respond(out, 200, "application/json", b"{\"columns\": 3}"),
    });
    let c = server.client();
    let err = c.get_project("P").get_dataset("ds").iter_rows().send().unwrap_err();
    assert!(
        matches!(
            err,
            Error::Decode { endpoint, .. } if endpoint.to_string() == "DssDataset::iter_rows"
        ),
        "{err:?}"
    );
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn rows_decode_into_the_callers_type_and_are_verified() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    #[derive(Debug, serde::Deserialize)]
    struct Row {
        id: u64,
        name: String,
        score: Option<f64>,
        ok: bool,
    }
    let n = 1_000;
    let server = rows_server(n);
    let c = server.client();
    let ds = c.get_project("P").get_dataset("big");
    let mut rows = ds.iter_rows().send_as::<Row>().unwrap();
    assert_eq!(rows.columns().len(), 5);
    let session = rows.read_session_id().to_owned();
    let mut count = 0;
    for (i, row) in rows.by_ref().enumerate() {
        let row = row.unwrap();
        let i = i as u64;
        assert_eq!(row.id, i);
        assert!(row.name.starts_with(&format!("row \"{i}\"")), "{row:?}");
        assert_eq!(row.score.is_none(), i.is_multiple_of(7), "{row:?}");
        assert_eq!(row.ok, i.is_multiple_of(2));
        count += 1;
    }
    assert_eq!(count, n);
    let requests = server.requests();
    assert_eq!(requests.len(), 3, "data, schema, finish-streaming: {requests:?}");
    assert_eq!(requests[2].path, "/projects/P/datasets/big/finish-streaming/");
    assert_eq!(requests[2].param("readSessionId"), Some(session.as_str()));

    // A tuple takes the first columns in order.
    let firsts: Vec<(u64, String)> = ds.iter_rows().send_as().unwrap().take(2).map(Result::unwrap).collect();
    assert_eq!(firsts, [(0, "row \"0\"\t".to_owned()), (1, "row \"1\"".to_owned())]);
}

#[test]
fn a_line_past_the_row_limit_is_an_error_item_and_the_rows_after_it_come() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = Loopback::start(|req, out| match req.path.as_str() {
        "/projects/P/datasets/long/data/" => {
            let body = format!("1\ta\t\t\t\n2\t{}\t\t\t\n3\tc\t\t\t\n", "b".repeat(5000));
            respond(out, 200, "text/tab-separated-values", body.as_bytes());
        }
        "/projects/P/datasets/long/schema" => respond(out, 200, "application/json", SCHEMA.as_bytes()),
        _ => respond(out, 204, "text/plain", b""),
    });
    let c = DssClient::builder(&server.url)
        .api_key("k")
        .max_row_size(4096)
        .build()
        .unwrap();
    let items: Vec<_> = c
        .get_project("P")
        .get_dataset("long")
        .iter_rows()
        .send()
        .unwrap()
        .collect();
    assert_eq!(items.len(), 3, "{items:?}");
    assert_eq!(items[0].as_ref().unwrap()[1], RowValue::Str("a".into()));
    match &items[1] {
        Err(
            e @ Error::RowTooLarge {
                row: 2, limit: 4096, ..
            },
        ) => {
            assert!(e.to_string().contains("`DssDataset::iter_rows`"), "{e}");
            assert!(e.to_string().contains("max_row_size"), "{e}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(items[2].as_ref().unwrap()[1], RowValue::Str("c".into()));
    let paths: Vec<String> = server.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        [
            "/projects/P/datasets/long/data/",
            "/projects/P/datasets/long/schema",
            "/projects/P/datasets/long/finish-streaming/"
        ],
        "read to the end and verified"
    );
}
