//! Scoring a batch on an API node: `ApiNodeClient::predict_records` of
//! 10,000 records against what a user writes by hand with `ureq` and
//! `serde`, in the same run against the same loopback server.
//!
//! ```text
//! cargo bench -p dss-api --bench scoring
//! ```
//!
//! The server (keep-alive, in this process) reads each request whole and
//! answers a canned `predict-multi` answer of 10,000 results
//! (prediction, probabilities, explanations, `ignored`, and a member no
//! model names). The sides, in interleaved rounds:
//!
//! - floor: `serde_json::to_vec` of the body (`items`, borrowed, and the
//!   `explanations` dataikuapi sends), a `ureq` POST with the API key, the
//!   answer read into bytes and decoded with `from_slice` into a struct
//!   naming only the members read (`prediction`, `probas`, `ignored`);
//! - typed: `predict_records(..).send()`, the generated `PredictionsAnswer`
//!   (every member kept, the unknown ones as raw text);
//! - send_as: the same request decoded into the floor's struct.
//!
//! Every side is given its records by value, made before the clock starts
//! (ours take them by value; the floor serialises them from a reference),
//! and drops them within the call. The report gives the median time of one
//! call of each side and its ratio to the floor.

use std::collections::HashMap;
use std::hint::black_box;
use std::io::{BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use dss_api::ApiNodeClient;
use serde_json::{json, Value};

#[path = "support/http.rs"]
mod http;

const RECORDS: usize = 10_000;
const ROUNDS: usize = 9;
const REPS: u32 = 5;
const AUTH: &str = "Basic YmVuY2gta2V5Og==";

/// The body a user would write by hand: the records by reference, and
/// the `explanations` dataikuapi sends (all `null`: the endpoint's own).
#[derive(serde::Serialize)]
struct FloorBody<'a> {
    items: &'a Value,
    explanations: FloorExplanations,
}

#[derive(serde::Serialize, Default)]
#[serde(rename_all = "camelCase")]
struct FloorExplanations {
    enabled: Option<bool>,
    method: Option<String>,
    n_explanations: Option<i64>,
    n_monte_carlo_steps: Option<i64>,
}

/// What a user reading the predictions by hand would name.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct FloorAnswer {
    results: Vec<FloorResult>,
}

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct FloorResult {
    prediction: Option<Value>,
    probas: Option<HashMap<String, f64>>,
    #[serde(default)]
    ignored: bool,
}

/// The canned answer: one result per record.
fn answer() -> Vec<u8> {
    let results: Vec<Value> = (0..RECORDS)
        .map(|i| {
            let p = (i % 100) as f64 / 100.0;
            json!({
                "prediction": if i % 2 == 0 { "churns" } else { "stays" },
                "probas": {"churns": p, "stays": 1.0 - p},
                "ignored": false,
                "explanations": {"age": p / 2.0, "plan": -p / 4.0},
                "postProcessingResults": {"cost": i}
            })
        })
        .collect();
    serde_json::to_vec(&json!({
        "results": results,
        "timing": {"preProcessing": 1200.0, "predictionPredict": 8300.0, "wait": 12.0},
        "apiContext": {"serviceId": "churn", "endpointId": "model", "serviceGeneration": "v3"}
    }))
    .unwrap()
}

/// The records sent: features of a few kinds.
fn records() -> Value {
    Value::Array(
        (0..RECORDS)
            .map(
                |i| json!({"features": {"age": 20 + i % 50, "plan": if i % 3 == 0 { "pro" } else { "free" }, "id": i}}),
            )
            .collect(),
    )
}

fn serve(answer: Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let answer = std::sync::Arc::new(answer);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let answer = answer.clone();
            std::thread::spawn(move || connection(stream, &answer));
        }
    });
    url
}

fn connection(stream: TcpStream, answer: &[u8]) {
    stream.set_nodelay(true).ok();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut out = stream;
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        answer.len()
    );
    while http::read_request(&mut reader).is_some() {
        if out.write_all(head.as_bytes()).is_err() || out.write_all(answer).is_err() {
            return;
        }
    }
}

fn median(mut t: Vec<Duration>) -> Duration {
    t.sort();
    t[t.len() / 2]
}

fn main() {
    let url = serve(answer());
    let records = records();
    let client = ApiNodeClient::builder(&url, "churn")
        .api_key("bench-key")
        .no_proxy()
        .build()
        .unwrap();
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let endpoint = format!("{url}/public/api/v1/churn/model/predict-multi");

    let floor = |records: Value| {
        let body = serde_json::to_vec(&FloorBody {
            items: &records,
            explanations: FloorExplanations::default(),
        })
        .unwrap();
        let mut r = agent
            .post(&endpoint)
            .header("Authorization", AUTH)
            .header("Content-Type", "application/json")
            .send(&body[..])
            .unwrap();
        let bytes = r.body_mut().with_config().limit(1 << 30).read_to_vec().unwrap();
        let a: FloorAnswer = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(a.results.len(), RECORDS);
        black_box(a);
    };
    let typed = |records: Value| {
        let a = client.predict_records("model", records).send().unwrap();
        assert_eq!(a.results.len(), RECORDS);
        black_box(a);
    };
    let send_as = |records: Value| {
        let a: FloorAnswer = client.predict_records("model", records).send_as().unwrap();
        assert_eq!(a.results.len(), RECORDS);
        black_box(a);
    };
    let sides: [(&str, &dyn Fn(Value)); 3] = [
        ("floor: ureq + serde by hand", &floor),
        ("predict_records, typed", &typed),
        ("predict_records, send_as", &send_as),
    ];
    // Warm up: connections, allocator.
    for (_, f) in &sides {
        f(records.clone());
    }
    let mut times = vec![Vec::new(); sides.len()];
    for _ in 0..ROUNDS {
        for ((_, f), t) in sides.iter().zip(&mut times) {
            // The records of each call, made before the clock starts.
            let batches: Vec<Value> = (0..REPS).map(|_| records.clone()).collect();
            let start = Instant::now();
            for batch in batches {
                f(batch);
            }
            t.push(start.elapsed() / REPS);
        }
    }
    let medians: Vec<Duration> = times.into_iter().map(median).collect();
    println!(
        "predict_records of {RECORDS} records ({:.2} MiB answer), {ROUNDS} interleaved rounds of {REPS}, medians",
        answer().len() as f64 / (1 << 20) as f64
    );
    println!();
    println!("| side | median | ratio to floor |");
    println!("| --- | ---: | ---: |");
    for ((name, _), m) in sides.iter().zip(&medians) {
        println!(
            "| {name} | {:.2} ms | {:.3} |",
            m.as_secs_f64() * 1e3,
            m.as_secs_f64() / medians[0].as_secs_f64()
        );
    }
}
