//! A million SQL rows go through `iter_rows` in constant memory: the
//! loopback server makes them as it sends them, the client types them one
//! at a time, and the test process's peak resident memory (measured, not
//! guessed) stays under 32 MiB. The values are checked on the way, by count
//! and by checksums.
//!
//! Alone in its file, so that no other test's memory is counted.

use std::io::Write;

use dss_api::{DssClient, RowValue};
use dss_api_tests::raw::{peak_rss_kib, reset_peak_rss, respond, respond_head, RawServer};
use dss_api_tests::report;

const ROWS: u64 = 1_000_000;
const LIMIT_KIB: u64 = 32 << 10; // 32 MiB

const SCHEMA: &str = r#"[{"name": "id", "type": "bigint"}, {"name": "name", "type": "string"},
    {"name": "amount", "type": "double"}, {"name": "flag", "type": "boolean"}, {"name": "day", "type": "date"}]"#;

/// Row `i` of the result, as the server writes it: one row in ten has a
/// quoted name holding a tab and doubled quotes.
fn write_row(out: &mut Vec<u8>, i: u64) {
    let _ = write!(out, "{i}\t");
    if i.is_multiple_of(10) {
        let _ = write!(out, "\"n\t\"\"{i}\"\"\"");
    } else {
        let _ = write!(out, "n{i}");
    }
    let _ = writeln!(
        out,
        "\t{}.5\t{}\t2024-01-{:02}",
        i % 1000,
        i.is_multiple_of(3),
        i % 28 + 1
    );
}

/// The length of what the server sends, computed without holding it.
fn stream_len() -> u64 {
    let mut row = Vec::new();
    (0..ROWS)
        .map(|i| {
            row.clear();
            write_row(&mut row, i);
            row.len() as u64
        })
        .sum()
}

/// What the client should find: the sums of the ids, of the name lengths
/// (in characters, as typed), of the amounts, and the number of true flags.
fn expected() -> (i64, usize, f64, u64) {
    let mut sums = (0i64, 0usize, 0f64, 0u64);
    for i in 0..ROWS {
        sums.0 += i as i64;
        sums.1 += if i.is_multiple_of(10) {
            format!("n\t\"{i}\"").len()
        } else {
            format!("n{i}").len()
        };
        sums.2 += (i % 1000) as f64 + 0.5;
        sums.3 += u64::from(i.is_multiple_of(3));
    }
    sums
}

#[test]
fn a_million_rows_are_typed_in_constant_memory() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let len = stream_len();
    let server = RawServer::start(move |req, _, out| match (req.method.as_str(), req.path()) {
        ("POST", "/sql/queries/") => {
            let body = format!(r#"{{"queryId": "q-big", "schema": {SCHEMA}}}"#);
            respond(out, 200, "application/json", body.as_bytes());
        }
        ("GET", "/sql/queries/q-big/stream") => {
            respond_head(out, 200, "text/tab-separated-values", len);
            // Made as it is sent, 64 KiB at a time.
            let mut block = Vec::with_capacity(80 << 10);
            for i in 0..ROWS {
                write_row(&mut block, i);
                if block.len() >= 64 << 10 {
                    if out.write_all(&block).is_err() {
                        return;
                    }
                    block.clear();
                }
            }
            let _ = out.write_all(&block);
        }
        ("GET", "/sql/queries/q-big/finish-streaming") => respond(out, 200, "application/json", b""),
        _ => respond(out, 404, "application/json", br#"{"errorType": "NotFound"}"#),
    });
    let client = DssClient::new(&server.url, "k").unwrap();
    let query = client.sql_query("SELECT * FROM big").send().unwrap();

    reset_peak_rss();
    let before = peak_rss_kib();
    let (mut count, mut ids, mut names, mut amounts, mut flags) = (0u64, 0i64, 0usize, 0f64, 0u64);
    for row in query.iter_rows().send().unwrap() {
        let row = row.unwrap();
        match &row[..] {
            [RowValue::Int(id), RowValue::Str(name), RowValue::Float(amount), RowValue::Bool(flag), RowValue::Date(day)] =>
            {
                assert_eq!(*id as u64, count, "rows arrive in order");
                assert_eq!(day.len(), 10, "{day}");
                ids += id;
                names += name.len();
                amounts += amount;
                flags += u64::from(*flag);
            }
            other => panic!("row {count} is not typed as the schema says: {other:?}"),
        }
        count += 1;
    }
    let peak = peak_rss_kib();

    assert_eq!(count, ROWS);
    assert_eq!((ids, names, amounts, flags), expected());
    assert_eq!(server.requests(), 3, "start, stream, verify");
    report(&format!(
        "sql_memory: {count} rows ({} MiB of TSV) peak RSS {peak} KiB (start {before} KiB)",
        len >> 20
    ));
    assert!(peak < LIMIT_KIB, "streaming the rows peaked at {peak} KiB");
}
