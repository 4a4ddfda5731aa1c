//! SQL query results: started by `sql_query`, streamed and typed lazily by
//! `iter_rows`, verified at the end without being asked, and a failure or a
//! cut stream is an error item, never silently missing rows.

use std::fmt::Write as _;
use std::io::Write as _;

use dss_api::{Error, RowValue};
use dss_api_tests::raw::{respond, respond_head, RawServer};
use dss_api_tests::{api, client, report, server};
use httpmock::Method::{GET, POST};
use serde_json::json;

const SCHEMA: &str = r#"[{"name": "id", "type": "bigint"}, {"name": "label", "type": "string"},
    {"name": "score", "type": "double"}, {"name": "ok", "type": "boolean"}, {"name": "day", "type": "date"}]"#;

fn schema() -> serde_json::Value {
    serde_json::from_str(SCHEMA).unwrap()
}

/// The three calls of a query `SELECT * FROM t` on connection `pg`, as
/// mocks: its start answering `id` and the schema, its stream answering
/// `tsv`, and its verification answering 200.
fn query_mocks<'a>(server: &'a httpmock::MockServer, id: &str, tsv: String) -> [httpmock::Mock<'a>; 3] {
    let start = server.mock(|when, then| {
        when.method(POST)
            .path(api("/sql/queries/"))
            .json_body_includes(r#"{"query": "SELECT * FROM t", "connection": "pg"}"#);
        then.status(200).json_body(json!({"queryId": id, "schema": schema()}));
    });
    let stream = server.mock(|when, then| {
        when.method(GET)
            .path(api(&format!("/sql/queries/{id}/stream")))
            .query_param("format", "tsv-excel-noheader");
        then.status(200).body(tsv);
    });
    let verify = server.mock(|when, then| {
        when.method(GET)
            .path(api(&format!("/sql/queries/{id}/finish-streaming")));
        then.status(200);
    });
    [start, stream, verify]
}

#[test]
fn one_hundred_thousand_rows_are_streamed_typed_and_verified() {
    let rows = 100_000;
    let mut tsv = String::with_capacity(rows * 40);
    for i in 0..rows {
        writeln!(tsv, "{i}\trow \"{i}\"\t{}.5\t{}\t2024-01-02", i % 7, i % 2 == 0).unwrap();
    }
    // The label holds quotes, so Excel-style quoting is exercised on every row.
    let tsv = tsv.replace("row \"", "\"row \"\"").replace("\"\t", "\"\"\"\t");
    let server = server();
    let [start, stream, verify] = query_mocks(&server, "q-42", tsv);
    let c = client(&server);
    let query = c.sql_query("SELECT * FROM t").connection("pg").send().unwrap();
    assert_eq!(query.query_id(), "q-42");
    assert_eq!(query.get_schema().len(), 5);
    assert_eq!(query.schema()[1].name, "label");
    start.assert();

    let mut count = 0usize;
    let mut sum = 0i64;
    for (i, row) in query.iter_rows().send().unwrap().enumerate() {
        let row = row.unwrap();
        assert_eq!(row.len(), 5);
        if i == 3 {
            assert_eq!(row[0], RowValue::Int(3));
            assert_eq!(row[1], RowValue::Str("row \"3\"".into()));
            assert_eq!(row[2], RowValue::Float(3.5));
            assert_eq!(row[3], RowValue::Bool(false));
            assert_eq!(row[4], RowValue::Date("2024-01-02".into()));
        }
        sum += row[0].as_i64().unwrap();
        count += 1;
    }
    assert_eq!(count, rows);
    assert_eq!(sum, (0..rows as i64).sum::<i64>());
    stream.assert();
    verify.assert();
    report(&format!("sql: streamed and counted {count} rows, then verified"));
}

#[test]
fn a_failure_reported_at_the_end_is_an_error_item() {
    let server = server();
    let start = server.mock(|when, then| {
        when.method(POST).path(api("/sql/queries/"));
        then.status(200)
            .json_body(json!({"queryId": "q-1", "schema": schema()}));
    });
    let stream = server.mock(|when, then| {
        when.method(GET).path(api("/sql/queries/q-1/stream"));
        then.status(200).body("1\ta\t1\ttrue\t\n2\tb\t2\tfalse\t\n");
    });
    let verify = server.mock(|when, then| {
        when.method(GET).path(api("/sql/queries/q-1/finish-streaming"));
        then.status(500).json_body(json!({
            "errorType": "java.sql.SQLException", "message": "connection reset", "detailedMessage": "connection reset by peer"
        }));
    });
    let c = client(&server);
    let query = c.sql_query("SELECT 1").send().unwrap();
    let items: Vec<_> = query.iter_rows().send().unwrap().collect();
    assert_eq!(items.len(), 3, "two rows, then the failure");
    assert!(items[0].is_ok() && items[1].is_ok());
    assert_eq!(items[1].as_ref().unwrap()[4], RowValue::Null, "an empty date is null");
    let err = items[2].as_ref().unwrap_err();
    assert!(
        matches!(err, Error::QueryFailed { query_id, .. } if query_id == "q-1"),
        "{err:?}"
    );
    assert!(err.to_string().contains("connection reset by peer"), "{err}");
    start.assert();
    stream.assert();
    verify.assert();
}

#[test]
fn a_stream_cut_in_the_middle_is_an_error_item() {
    let server = RawServer::start(|req, _, out| match (req.method.as_str(), req.path()) {
        ("POST", "/sql/queries/") => {
            let body = format!(r#"{{"queryId": "q-cut", "schema": {SCHEMA}}}"#);
            respond(out, 200, "application/json", body.as_bytes());
        }
        ("GET", "/sql/queries/q-cut/stream") => {
            // Announce 1,000,000 bytes, send two rows and a half, then close.
            respond_head(out, 200, "text/tab-separated-values", 1_000_000);
            let _ = out.write_all(b"1\ta\t1\ttrue\t2024-01-01\n2\tb\t2\tfalse\t2024-01-02\n3\tc\t");
        }
        _ => respond(out, 200, "application/json", b""),
    });
    let c = dss_api::DssClient::new(&server.url, "k").unwrap();
    let query = c.sql_query("SELECT 1").send().unwrap();
    let items: Vec<_> = query.iter_rows().send().unwrap().collect();
    assert_eq!(items.iter().filter(|i| i.is_ok()).count(), 2, "{items:?}");
    let last = items.last().unwrap().as_ref().unwrap_err();
    assert!(matches!(last, Error::QueryFailed { .. }), "{last:?}");
    assert!(last.to_string().contains("broke off"), "{last}");
    assert_eq!(
        server.requests(),
        2,
        "no verify after a broken stream: the failure is already known"
    );
}

#[test]
fn a_stream_that_stalls_is_an_idle_timeout_item() {
    let server = RawServer::start(|req, _, out| match (req.method.as_str(), req.path()) {
        ("POST", "/sql/queries/") => {
            let body = format!(r#"{{"queryId": "q-slow", "schema": {SCHEMA}}}"#);
            respond(out, 200, "application/json", body.as_bytes());
        }
        ("GET", "/sql/queries/q-slow/stream") => {
            // One row, then nothing until the client hangs up.
            respond_head(out, 200, "text/tab-separated-values", 1_000_000);
            let _ = out.write_all(b"1\ta\t1\ttrue\t2024-01-01\n");
            let _ = out.flush();
            let _ = out.set_read_timeout(Some(std::time::Duration::from_secs(5)));
            let _ = std::io::Read::read(out, &mut [0u8; 1]);
        }
        _ => respond(out, 200, "application/json", b""),
    });
    let c = dss_api::DssClient::builder(&server.url)
        .api_key("k")
        .idle_timeout(Some(std::time::Duration::from_millis(300)))
        .build()
        .unwrap();
    let query = c.sql_query("SELECT 1").send().unwrap();
    let started = std::time::Instant::now();
    let items: Vec<_> = query.iter_rows().send().unwrap().collect();
    assert!(
        started.elapsed() < std::time::Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(items.len(), 2, "the row, then the timeout: {items:?}");
    assert!(items[0].is_ok());
    let err = items[1].as_ref().unwrap_err();
    // A timeout, as for every other answer: the caller can tell a stalled
    // stream from a failed query.
    assert_eq!(err.timeout_phase(), Some(dss_api::TimeoutPhase::Idle), "{err:?}");
    assert!(err.to_string().contains("`DssSqlQuery::iter_rows`"), "{err}");
    assert!(err.to_string().contains("300ms"), "{err}");
    assert_eq!(server.requests(), 2, "no verify after a stalled stream");
}

#[test]
fn a_stream_that_fails_to_open_is_an_error() {
    let server = server();
    let start = server.mock(|when, then| {
        when.method(POST).path(api("/sql/queries/"));
        then.status(200).json_body(json!({"queryId": "q-9", "schema": []}));
    });
    let stream = server.mock(|when, then| {
        when.method(GET).path(api("/sql/queries/q-9/stream"));
        then.status(400)
            .json_body(json!({"errorType": "SyntaxError", "message": "bad SQL"}));
    });
    let c = client(&server);
    let query = c.sql_query("SELEC 1").send().unwrap();
    let err = query.iter_rows().send().unwrap_err();
    assert_eq!(err.status(), Some(400));
    let shown = err.to_string();
    assert!(
        shown.starts_with("HTTP 400 from `DssSqlQuery::iter_rows` (GET http://127.0.0.1:")
            && shown.ends_with("/dip/publicapi/sql/queries/q-9/stream): SyntaxError: bad SQL"),
        "{shown}"
    );
    start.assert();
    stream.assert();
}

#[test]
fn a_creation_answer_without_query_id_is_a_decode_error() {
    let server = server();
    let start = server.mock(|when, then| {
        when.method(POST).path(api("/sql/queries/"));
        then.status(200).json_body(json!({"schema": []}));
    });
    let err = client(&server).sql_query("SELECT 1").send().unwrap_err();
    assert!(
        matches!(
            err,
            Error::Decode { endpoint, .. } if endpoint.to_string() == "DssClient::sql_query"
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("queryId"), "{err}");
    start.assert();
}

#[test]
fn rows_decode_into_the_callers_type_a_bad_row_is_an_item_and_the_rest_read_on() {
    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Scored {
        id: u32,
        label: String,
        score: Option<f64>,
        ok: bool,
    }
    let server = server();
    let tsv = "1\t\"a\tb\"\t0.5\ttrue\t2024-01-02\n-2\tneg\t1\tfalse\t\n3\tc\t\tFALSE\t\n";
    let [start, stream, verify] = query_mocks(&server, "q-7", tsv.to_owned());
    let c = client(&server);
    let query = c.sql_query("SELECT * FROM t").connection("pg").send().unwrap();
    let items: Vec<_> = query.iter_rows_as::<Scored>().send().unwrap().collect();
    assert_eq!(items.len(), 3, "{items:?}");
    assert_eq!(
        items[0].as_ref().unwrap(),
        &Scored {
            id: 1,
            label: "a\tb".into(),
            score: Some(0.5),
            ok: true
        }
    );
    let err = items[1].as_ref().unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    let text = err.to_string();
    assert!(text.contains("row 2") && text.contains("column `id`"), "{text}");
    assert_eq!(
        items[2].as_ref().unwrap(),
        &Scored {
            id: 3,
            label: "c".into(),
            score: None,
            ok: false
        }
    );
    start.assert();
    stream.assert();
    verify.assert();

    // Tuples take the columns in order; the stream is asked again.
    let tuples: Vec<(i64, String)> = query.iter_rows_as().send().unwrap().map(Result::unwrap).collect();
    assert_eq!(
        tuples,
        [(1, "a\tb".to_owned()), (-2, "neg".to_owned()), (3, "c".to_owned())]
    );
    stream.assert_calls(2);
    verify.assert_calls(2);
}

/// A type the columns cannot give (a misspelt field, not an `Option`) is
/// one error before the first row, naming the field, the columns, the
/// method and the stream it opened; optional and defaulted fields and
/// extra columns are fine.
#[test]
fn a_type_the_columns_cannot_give_is_one_error_before_the_first_row() {
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)] // read by serde only
    struct Misspelt {
        id: i64,
        lable: String,
    }
    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Partial {
        id: i64,
        missing_but_optional: Option<String>,
        #[serde(default)]
        missing_but_defaulted: u32,
    }
    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)] // read by serde only
    struct Strict {
        id: i64,
    }
    let server = server();
    let tsv = "1\ta\t0.5\ttrue\t\n2\tb\t1\tfalse\t\n".to_owned();
    let [start, stream, _verify] = query_mocks(&server, "q-fit", tsv);
    let c = client(&server);
    let query = c.sql_query("SELECT * FROM t").connection("pg").send().unwrap();

    let err = query.iter_rows_as::<Misspelt>().send().unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert_eq!(err.endpoint().unwrap().to_string(), "DssSqlQuery::iter_rows_as");
    let text = err.to_string();
    for part in [
        "missing field `lable`",
        "id, label, score, ok, day",
        "/sql/queries/q-fit/stream",
    ] {
        assert!(text.contains(part), "{part:?} not in {text}");
    }
    assert!(!text.contains("row "), "{text}");

    let err = query.iter_rows_as::<Strict>().send().unwrap_err();
    assert!(err.to_string().contains("unknown field `label`"), "{err}");

    let rows: Vec<Partial> = query.iter_rows_as().send().unwrap().map(Result::unwrap).collect();
    assert_eq!(
        rows,
        [
            Partial {
                id: 1,
                missing_but_optional: None,
                missing_but_defaulted: 0
            },
            Partial {
                id: 2,
                missing_but_optional: None,
                missing_but_defaulted: 0
            },
        ]
    );
    start.assert();
    stream.assert_calls(3);
}
