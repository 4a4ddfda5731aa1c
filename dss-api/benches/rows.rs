//! Speed of typed SQL rows and dataset rows: dss-api's `iter_rows` (of a
//! SQL query, of a dataset) and its rows decoded into the caller's struct
//! (`iter_rows_as`, `send_as`) against what a user would write by hand
//! without dss-api (a `ureq` GET of the stream read by the `csv` crate into
//! typed values), in the same run, against the same loopback server.
//!
//! ```text
//! cargo bench -p dss-api --bench rows
//! ```
//!
//! The server answers `POST /sql/queries/` with a query id and a five-column
//! schema, the stream with 1,000,000 rows (`DSS_API_BENCH_ROWS` to change
//! it), built once in memory, one row in ten with a quoted name holding a
//! tab and doubled quotes, and `finish-streaming` with 200. It serves the
//! same stream as dataset `P.ds` (`GET .../data/` whatever the read
//! session, the schema, `finish-streaming/`). Rounds are
//! interleaved (ours, then the floor, then ours, ...) so that the shared
//! machine's noise hits both alike, each round starting one case further
//! on; the report gives medians and the ratio
//! of throughputs ours/floor. Absolute figures depend on the machine: quote
//! the ratio. dss-api's side also starts the query and verifies it at the
//! end (two small requests, a fraction of a millisecond), and for the
//! dataset reads its schema; the floors only read the stream.

use std::io::{BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

use dss_api::{DssClient, RowValue};

#[path = "support/http.rs"]
mod http;

/// Interleaved rounds (`DSS_API_BENCH_ROUNDS` to change it); each reads
/// the whole stream once per reader.
const ROUNDS: usize = 25;

const SCHEMA: &str = r#"[{"name":"id","type":"bigint"},{"name":"name","type":"string"},{"name":"amount","type":"double"},{"name":"flag","type":"boolean"},{"name":"day","type":"date"}]"#;

/// The result stream: `rows` lines of id, name, amount, flag, day.
fn tsv(rows: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(rows as usize * 48);
    for i in 0..rows {
        let name = if i.is_multiple_of(10) {
            format!("\"name\t\"\"{i}\"\" quoted\"")
        } else {
            format!("name {i}")
        };
        writeln!(
            out,
            "{i}\t{name}\t{}.{:02}\t{}\t2024-{:02}-{:02}",
            i % 100_000,
            i % 100,
            i.is_multiple_of(3),
            i % 12 + 1,
            i % 28 + 1
        )
        .unwrap();
    }
    out
}

/// What both readers add up, so that no work is optimised away: the ids,
/// the name lengths, the whole part of the amounts, the true flags and the
/// date lengths.
#[derive(Debug, Default, PartialEq, Clone, Copy)]
struct Sum {
    rows: u64,
    total: i64,
}

impl Sum {
    fn add(&mut self, id: i64, name: &str, amount: f64, flag: bool, day: &str) {
        self.rows += 1;
        self.total += id + name.len() as i64 + amount as i64 + i64::from(flag) + day.len() as i64;
    }

    fn add_row(&mut self, row: &[RowValue]) {
        match row {
            [RowValue::Int(id), RowValue::Str(name), RowValue::Float(amount), RowValue::Bool(flag), RowValue::Date(day)] => {
                self.add(*id, name, *amount, *flag, day)
            }
            other => panic!("unexpected row {other:?}"),
        }
    }
}

/// A keep-alive HTTP/1.1 server for the three calls.
fn serve(stream: Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let stream = Arc::new(stream);
    std::thread::spawn(move || {
        for conn in listener.incoming().flatten() {
            let stream = stream.clone();
            std::thread::spawn(move || connection(conn, &stream));
        }
    });
    url
}

fn connection(conn: TcpStream, stream: &[u8]) {
    conn.set_nodelay(true).ok();
    let mut reader = BufReader::new(conn.try_clone().unwrap());
    let mut out = conn;
    let created = format!(r#"{{"queryId":"q1","schema":{SCHEMA}}}"#);
    while let Some((method, target)) = http::read_request(&mut reader) {
        let dataset_schema = format!(r#"{{"columns":{SCHEMA},"userModified":false}}"#);
        let (status, content_type, body): (u16, &str, &[u8]) = match (method.as_str(), target.as_str()) {
            ("POST", "/dip/publicapi/sql/queries/") => (200, "application/json", created.as_bytes()),
            ("GET", SQL_STREAM) => (200, "text/tab-separated-values", stream),
            ("GET", "/dip/publicapi/sql/queries/q1/finish-streaming") => (200, "application/json", b""),
            ("GET", t) if t.starts_with(DATASET_STREAM) => (200, "text/tab-separated-values", stream),
            ("GET", "/dip/publicapi/projects/P/datasets/ds/schema") => {
                (200, "application/json", dataset_schema.as_bytes())
            }
            ("GET", t) if t.starts_with("/dip/publicapi/projects/P/datasets/ds/finish-streaming/?readSessionId=") => {
                (200, "application/json", b"")
            }
            _ => (
                404,
                "application/json",
                br#"{"errorType":"NotFound","message":"no such call"}"#,
            ),
        };
        let head = format!(
            "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        if out
            .write_all(head.as_bytes())
            .and_then(|_| out.write_all(body))
            .is_err()
        {
            return;
        }
    }
}

/// The dataset's data stream, as dss-api and dataikuapi ask for it (the
/// read-session id follows).
const DATASET_STREAM: &str = "/dip/publicapi/projects/P/datasets/ds/data/?format=tsv-excel-noheader";

/// The SQL query's stream.
const SQL_STREAM: &str = "/dip/publicapi/sql/queries/q1/stream?format=tsv-excel-noheader";

/// dss-api: open the dataset's stream, read its schema, stream the typed
/// rows, verified at the end.
fn ours_dataset(client: &DssClient) -> Sum {
    let mut sum = Sum::default();
    for row in client.get_project("P").get_dataset("ds").iter_rows().send().unwrap() {
        sum.add_row(&std::hint::black_box(row.unwrap()));
    }
    sum
}

/// dss-api: start the query, stream its typed rows, verified at the end.
fn ours(client: &DssClient) -> Sum {
    let query = client.sql_query("SELECT * FROM bench").send().unwrap();
    let mut sum = Sum::default();
    for row in query.iter_rows().send().unwrap() {
        sum.add_row(&std::hint::black_box(row.unwrap()));
    }
    sum
}

/// dss-api: start the query, stream its rows decoded into the floor's own
/// struct (`iter_rows_as`), verified at the end.
fn ours_as(client: &DssClient) -> Sum {
    let query = client.sql_query("SELECT * FROM bench").send().unwrap();
    let mut sum = Sum::default();
    for row in query.iter_rows_as::<Row>().send().unwrap() {
        let row = std::hint::black_box(row.unwrap());
        sum.add(row.id, &row.name, row.amount, row.flag, &row.day);
    }
    sum
}

/// dss-api: the dataset's rows decoded into the floor's own struct
/// (`send_as`), verified at the end.
fn ours_dataset_as(client: &DssClient) -> Sum {
    let mut sum = Sum::default();
    for row in client
        .get_project("P")
        .get_dataset("ds")
        .iter_rows()
        .send_as::<Row>()
        .unwrap()
    {
        let row = std::hint::black_box(row.unwrap());
        sum.add(row.id, &row.name, row.amount, row.flag, &row.day);
    }
    sum
}

/// One row as a user would type it (and as `iter_rows_as` decodes it).
#[derive(serde::Deserialize)]
struct Row {
    id: i64,
    name: String,
    amount: f64,
    flag: bool,
    day: String,
}

/// By hand: GET the stream at `path` with ureq, read it with the csv crate
/// into `StringRecord`s (one, reused, as the csv docs advise for speed), and
/// hand each to `each`.
fn by_hand(agent: &ureq::Agent, url: &str, path: &str, mut each: impl FnMut(&csv::StringRecord)) {
    let response = agent
        .get(format!("{url}{path}"))
        .header("Authorization", "Basic YmVuY2gta2V5Og==")
        .call()
        .unwrap();
    let body = response.into_body().into_with_config().limit(u64::MAX).reader();
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .has_headers(false)
        .from_reader(body);
    let mut record = csv::StringRecord::new();
    while csv.read_record(&mut record).unwrap() {
        each(&record);
    }
}

/// The floor: each field parsed into its type, by hand.
fn floor(agent: &ureq::Agent, url: &str, path: &str) -> Sum {
    let mut sum = Sum::default();
    by_hand(agent, url, path, |record| {
        let row = Row {
            id: record[0].parse().unwrap(),
            name: record[1].to_owned(),
            amount: record[2].parse().unwrap(),
            flag: &record[3] == "true",
            day: record[4].to_owned(),
        };
        // As if the row were used: the compiler may not drop the work.
        let row = std::hint::black_box(row);
        sum.add(row.id, &row.name, row.amount, row.flag, &row.day);
    });
    sum
}

/// A reference, not a floor: the same by hand, but each row built as the
/// `Vec<RowValue>` that `iter_rows` returns, to show what that shape of
/// row costs by itself.
fn by_hand_into_row_values(agent: &ureq::Agent, url: &str) -> Sum {
    let mut sum = Sum::default();
    by_hand(agent, url, SQL_STREAM, |record| {
        let row = vec![
            RowValue::Int(record[0].parse().unwrap()),
            RowValue::Str(record[1].to_owned()),
            RowValue::Float(record[2].parse().unwrap()),
            RowValue::Bool(&record[3] == "true"),
            RowValue::Date(record[4].to_owned()),
        ];
        sum.add_row(&std::hint::black_box(row));
    });
    sum
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// CPU time this thread has used so far (Linux: the first field of
/// `/proc/thread-self/schedstat`, in ns), if it can be read. Unlike the
/// elapsed time, it leaves out the time spent waiting for a core that
/// other programs hold, which on a busy 2-core machine varies from one
/// round to the next far more than the code under test does.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// Runs `f`, returning its elapsed and thread CPU times.
fn timed(f: impl FnOnce()) -> (Duration, Option<Duration>) {
    let cpu = thread_cpu();
    let t = Instant::now();
    f();
    let wall = t.elapsed();
    (wall, cpu.zip(thread_cpu()).map(|(a, b)| b.saturating_sub(a)))
}

fn main() {
    let rows: u64 = std::env::var("DSS_API_BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let rounds: usize = std::env::var("DSS_API_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&r| r > 0)
        .unwrap_or(ROUNDS);
    let data = tsv(rows);
    let mb = data.len() as f64 / 1e6;
    let url = serve(data);
    let client = DssClient::new(&url, "bench-key").unwrap();
    let agent: ureq::Agent = ureq::Agent::config_builder().build().into();

    // Warm up, and check that all read the same values.
    let expected = ours(&client);
    assert_eq!(expected.rows, rows);
    assert_eq!(
        floor(&agent, &url, SQL_STREAM),
        expected,
        "the floor sees the same rows"
    );
    assert_eq!(by_hand_into_row_values(&agent, &url), expected);
    assert_eq!(ours_dataset(&client), expected, "the dataset holds the same rows");
    let dataset_floor = format!("{DATASET_STREAM}&readSessionId=0f9e2d3c-4b5a-4697-8877-665544332211");
    assert_eq!(floor(&agent, &url, &dataset_floor), expected);

    assert_eq!(ours_as(&client), expected);
    assert_eq!(ours_dataset_as(&client), expected);

    let cases: [(&str, &dyn Fn() -> Sum); 7] = [
        ("dss-api `iter_rows`", &|| ours(&client)),
        ("floor: ureq + csv by hand", &|| floor(&agent, &url, SQL_STREAM)),
        ("(reference: by hand into `Vec<RowValue>`)", &|| {
            by_hand_into_row_values(&agent, &url)
        }),
        ("dss-api dataset `iter_rows`", &|| ours_dataset(&client)),
        ("floor: ureq + csv by hand, dataset stream", &|| {
            floor(&agent, &url, &dataset_floor)
        }),
        ("dss-api `iter_rows_as` into the floor's struct", &|| ours_as(&client)),
        ("dss-api dataset `send_as` into the floor's struct", &|| {
            ours_dataset_as(&client)
        }),
    ];
    let mut wall = vec![Vec::new(); cases.len()];
    let mut cpu = vec![Vec::new(); cases.len()];
    for round in 0..rounds {
        // Each round starts one case further on, so that no case always
        // follows the same other (and inherits its heap and caches).
        for k in 0..cases.len() {
            let i = (round + k) % cases.len();
            let run = cases[i].1;
            let (w, c) = timed(|| assert_eq!(run(), expected));
            wall[i].push(w);
            cpu[i].extend(c);
        }
    }
    let wall: Vec<Duration> = wall.into_iter().map(median).collect();
    let cpu: Option<Vec<Duration>> = cpu
        .iter()
        .all(|c| c.len() == rounds)
        .then(|| cpu.into_iter().map(median).collect());
    let speed = |d: Duration| rows as f64 / d.as_secs_f64() / 1e6;
    println!("{rows} typed rows of 5 columns ({mb:.1} MB of TSV), {rounds} interleaved rounds, medians");
    println!("| reader | elapsed | M rows/s | client thread CPU | M rows/s of CPU |");
    println!("| --- | --- | --- | --- | --- |");
    for (i, (name, _)) in cases.iter().enumerate() {
        let cpu = cpu
            .as_ref()
            .map_or("n/a | n/a".to_owned(), |c| format!("{:.2?} | {:.2}", c[i], speed(c[i])));
        println!("| {name} | {:.2?} | {:.2} | {cpu} |", wall[i], speed(wall[i]));
    }
    let ratio = |d: &[Duration], a: usize, b: usize| speed(d[a]) / speed(d[b]);
    println!("ratio ours/floor (throughput, elapsed): {:.3}", ratio(&wall, 0, 1));
    println!(
        "dataset ratio ours/floor (throughput, elapsed): {:.3}",
        ratio(&wall, 3, 4)
    );
    println!("iter_rows_as/floor (throughput, elapsed): {:.3}", ratio(&wall, 5, 1));
    println!("dataset send_as/floor (throughput, elapsed): {:.3}", ratio(&wall, 6, 4));
    if let Some(c) = &cpu {
        println!("ratio ours/floor (throughput, CPU):     {:.3}", ratio(c, 0, 1));
        println!("dataset ratio ours/floor (throughput, CPU): {:.3}", ratio(c, 3, 4));
        println!("iter_rows_as/floor (CPU): {:.3}", ratio(c, 5, 1));
        println!("dataset send_as/floor (CPU): {:.3}", ratio(c, 6, 4));
        println!(
            "reference/floor (CPU): {:.3}   ours/reference (CPU): {:.3}",
            ratio(c, 2, 1),
            ratio(c, 0, 2)
        );
    }
}
