//! Hostile rows cost memory in proportion to their size, not to the
//! number of fields in them: a line of 32 MiB of tabs (32 million empty
//! fields), with a schema or without one, a line of one 32 MiB field, and
//! a line past the row limit each peak at no more than twice the line's
//! size, measured as this process's peak resident memory. The rows around
//! each hostile line arrive, and a line not read as a row is an error item
//! between them.

use std::io::Write;

use dss_api::{DssClient, Error, RowValue};
use dss_api_tests::raw::{peak_rss_kib, reset_peak_rss, respond, respond_head, RawServer};
use dss_api_tests::report;

/// The size of each hostile line.
const LINE: u64 = 32 << 20;

/// A SQL query's server: the start answer with `schema`, then a stream
/// of a good row, one line of `prefix` and `LINE` bytes of `fill` (a line
/// end after it), and a good row after it.
fn server(schema: &'static str, prefix: &'static [u8], fill: u8) -> RawServer {
    RawServer::start(move |req, _, out| match (req.method.as_str(), req.path()) {
        ("POST", "/sql/queries/") => {
            let body = format!(r#"{{"queryId": "q", "schema": {schema}}}"#);
            respond(out, 200, "application/json", body.as_bytes());
        }
        ("GET", "/sql/queries/q/stream") => {
            let (before, after) = (b"1\tbefore\n", b"\n2\tafter\n");
            let len = before.len() + prefix.len() + after.len();
            respond_head(out, 200, "text/tab-separated-values", len as u64 + LINE);
            let _ = out.write_all(before);
            let _ = out.write_all(prefix);
            // Written from one 64 KiB piece: the server holds no copy.
            let piece = vec![fill; 64 << 10];
            for _ in 0..LINE / piece.len() as u64 {
                if out.write_all(&piece).is_err() {
                    return;
                }
            }
            let _ = out.write_all(after);
        }
        ("GET", "/sql/queries/q/finish-streaming") => respond(out, 200, "application/json", b""),
        _ => respond(out, 404, "application/json", b"{}"),
    })
}

const TWO_COLUMNS: &str = r#"[{"name": "n", "type": "bigint"}, {"name": "s", "type": "string"}]"#;

/// Reads every row of the query with `client`, and returns what each
/// item was (a row's first value, or the error) and the peak memory it
/// took, in KiB above what the process held before.
fn read(client: &DssClient) -> (Vec<Result<Vec<RowValue>, Error>>, u64) {
    let query = client.sql_query("SELECT n, s FROM t").send().unwrap();
    let rows = query.iter_rows().send().unwrap();
    reset_peak_rss();
    let before = peak_rss_kib();
    // Each row is checked, then dropped: a kept row would count twice.
    let items: Vec<Result<Vec<RowValue>, Error>> = rows
        .map(|row| {
            row.map(|values| {
                values
                    .into_iter()
                    .map(|v| match v {
                        RowValue::Str(s) if s.len() > 100 => {
                            assert!(s.bytes().all(|b| b == b'a'), "the long field arrived whole");
                            RowValue::Int(s.len() as i64)
                        }
                        v => v,
                    })
                    .collect()
            })
        })
        .collect();
    (items, peak_rss_kib().saturating_sub(before))
}

fn check_ratio(case: &str, peak_kib: u64, allowed: f64) {
    let ratio = (peak_kib << 10) as f64 / LINE as f64;
    report(&format!(
        "rows_memory: {case}: peak {peak_kib} KiB above the start for a {} MiB line: {ratio:.2}x",
        LINE >> 20
    ));
    assert!(
        ratio <= allowed,
        "{case}: {ratio:.2}x the line's size, allowed {allowed}x"
    );
}

fn str(s: &str) -> RowValue {
    RowValue::Str(s.to_owned())
}

#[test]
fn a_line_of_tabs_with_a_schema_costs_its_columns() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = server(TWO_COLUMNS, b"", b'\t');
    let (items, peak) = read(&DssClient::new(&server.url, "k").unwrap());
    let rows: Vec<Vec<RowValue>> = items.into_iter().map(Result::unwrap).collect();
    assert_eq!(
        rows,
        [
            vec![RowValue::Int(1), str("before")],
            vec![RowValue::Null, str("")],
            vec![RowValue::Int(2), str("after")],
        ]
    );
    assert_eq!(server.requests(), 3, "start, stream, verify");
    check_ratio("tabs, two columns", peak, 2.0);
}

#[test]
fn a_line_of_tabs_without_a_schema_is_an_error_item_between_its_neighbours() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = server("[]", b"", b'\t');
    let (items, peak) = read(&DssClient::new(&server.url, "k").unwrap());
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].as_ref().unwrap(), &[str("1"), str("before")]);
    match &items[1] {
        Err(e @ Error::Decode { .. }) => assert!(e.to_string().contains("row 2 has more than 65536 fields"), "{e}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(items[2].as_ref().unwrap(), &[str("2"), str("after")]);
    check_ratio("tabs, no schema", peak, 2.0);
}

#[test]
fn a_line_of_one_long_field_costs_at_most_twice_its_size() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = server(TWO_COLUMNS, b"3\t", b'a');
    let (items, peak) = read(&DssClient::new(&server.url, "k").unwrap());
    let rows: Vec<Vec<RowValue>> = items.into_iter().map(Result::unwrap).collect();
    // The long text, its length in its place (see `read`), between its
    // neighbours: the value itself is one copy of the line, the reader's
    // buffer the other.
    assert_eq!(
        rows,
        [
            vec![RowValue::Int(1), str("before")],
            vec![RowValue::Int(3), RowValue::Int(LINE as i64)],
            vec![RowValue::Int(2), str("after")],
        ]
    );
    check_ratio("one long field", peak, 2.0);
}

#[test]
fn a_line_past_the_limit_is_an_error_item_between_its_neighbours() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = server(TWO_COLUMNS, b"", b'a');
    let client = DssClient::builder(&server.url)
        .api_key("k")
        .max_row_size(8 << 20)
        .build()
        .unwrap();
    let (items, peak) = read(&client);
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].as_ref().unwrap(), &[RowValue::Int(1), str("before")]);
    match &items[1] {
        Err(e @ Error::RowTooLarge { row: 2, limit, .. }) => {
            assert_eq!(*limit, 8 << 20);
            assert!(e.to_string().contains("the 8 MiB limit for one row"), "{e}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(items[2].as_ref().unwrap(), &[RowValue::Int(2), str("after")]);
    check_ratio("past an 8 MiB limit", peak, 2.0);
    assert!(peak <= 2 * (8 << 10), "{peak} KiB: more than twice the limit");
}
