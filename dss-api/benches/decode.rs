//! Decoding time of the 10,000-project list with no HTTP, for each way a
//! model can keep the members it does not name.
//!
//! ```text
//! cargo bench -p dss-api --bench decode
//! ```
//!
//! - named members only: a derived struct that drops unknown members, the
//!   floor;
//! - `#[serde(flatten)] Map`: a derived struct keeping the rest in a
//!   `serde_json::Map` (what the models did before `Extra`);
//! - generated: `dss_api::models::ProjectSummary`, the model generated
//!   from the spec (a visitor matching the named members, the others kept
//!   as raw text in its `Extra`);
//! - the floor and the generated model again, with the body checked as
//!   UTF-8 once and parsed with `from_str` instead of `from_slice` (which
//!   checks each string, and each raw value, as it goes).
//!
//! Variants run in interleaved rounds (`-- WORD` keeps the floor and the
//! variants whose name holds WORD); the report gives the median time of
//! one decode and its ratio to the floor.

use std::hint::black_box;
use std::time::{Duration, Instant};

use serde::Deserialize;

#[path = "support/json.rs"]
mod json;

const PROJECTS: usize = 10_000;
const ROUNDS: usize = 15;
const REPS: u32 = 10;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct Named {
    project_key: String,
    name: Option<String>,
    owner_login: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct FlattenMap {
    project_key: String,
    name: Option<String>,
    owner_login: Option<String>,
    #[serde(flatten)]
    extra: serde_json::Map<String, serde_json::Value>,
}

/// Decodes the list; returns its length.
type Decode = fn(&[u8]) -> usize;

fn decode<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> usize {
    let v: Vec<T> = serde_json::from_slice(black_box(bytes)).unwrap();
    black_box(&v);
    v.len()
}

/// [`decode`], checking the body as UTF-8 once and parsing it as a `str`:
/// serde_json then checks neither strings nor raw values again.
fn decode_str<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> usize {
    let text = std::str::from_utf8(black_box(bytes)).unwrap();
    let v: Vec<T> = serde_json::from_str(text).unwrap();
    black_box(&v);
    v.len()
}

fn main() {
    let bytes = json::projects_json(PROJECTS);
    use dss_api::models::ProjectSummary;
    let variants: [(&str, Decode); 5] = [
        ("named members only (floor)", decode::<Named>),
        ("#[serde(flatten)] Map", decode::<FlattenMap>),
        ("generated model (visitor + Extra)", decode::<ProjectSummary>),
        ("named members only, from_utf8 + from_str", decode_str::<Named>),
        ("generated model, from_utf8 + from_str", decode_str::<ProjectSummary>),
    ];
    // `cargo bench --bench decode -- generated` keeps the floor and the
    // variants whose name holds one of the words.
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let variants: Vec<(&str, Decode)> = variants
        .into_iter()
        .enumerate()
        .filter(|(i, (name, _))| *i == 0 || filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str())))
        .map(|(_, v)| v)
        .collect();
    let mut times = vec![Vec::new(); variants.len()];
    for (_, f) in &variants {
        assert_eq!(f(&bytes), PROJECTS);
    }
    for _ in 0..ROUNDS {
        for ((_, f), t) in variants.iter().zip(&mut times) {
            let start = Instant::now();
            for _ in 0..REPS {
                f(&bytes);
            }
            t.push(start.elapsed() / REPS);
        }
    }
    let medians: Vec<Duration> = times
        .into_iter()
        .map(|mut t| {
            t.sort();
            t[t.len() / 2]
        })
        .collect();
    println!(
        "decoding {PROJECTS} projects ({:.2} MiB of JSON) from a slice, {ROUNDS} interleaved rounds of {REPS}, medians",
        bytes.len() as f64 / (1 << 20) as f64
    );
    println!();
    println!("| model | median | ratio to floor |");
    println!("| --- | ---: | ---: |");
    for ((name, _), m) in variants.iter().zip(&medians) {
        println!(
            "| {name} | {:.2} ms | {:.2} |",
            m.as_secs_f64() * 1e3,
            m.as_secs_f64() / medians[0].as_secs_f64()
        );
    }
}
