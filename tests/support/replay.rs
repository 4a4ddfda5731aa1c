//! Replays recorded dataikuapi calls whose recording kept every answer the
//! server gave (`dataikuapi-15.2.0-objects.json`): each call gets a server
//! of its own that answers its requests, in order, with the recorded
//! answers, so waits, polls and chains see exactly what dataikuapi saw; the
//! requests our client sends are then compared with the recorded ones.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use base64::Engine as _;
use serde_json::Value;

use crate::{compare, fixture, Answer, CallFn, Received, Recorder};

/// The answer recorded for one request.
pub fn recorded_answer(request: &Value) -> Answer {
    let a = &request["answer"];
    let status = a["status"].as_u64().unwrap_or(200) as u16;
    let content_type = a["content_type"].as_str().map(str::to_owned);
    if let Some(json) = a.get("json") {
        return Answer {
            status,
            content_type: Some("application/json".into()),
            body: serde_json::to_vec(json).unwrap(),
        };
    }
    if let Some(text) = a["text"].as_str() {
        return Answer {
            status,
            content_type: content_type.or(Some("text/plain".into())),
            body: text.as_bytes().to_vec(),
        };
    }
    if let Some(b64) = a["base64"].as_str() {
        return Answer {
            status,
            content_type,
            body: base64::engine::general_purpose::STANDARD.decode(b64).unwrap(),
        };
    }
    Answer {
        status,
        content_type: None,
        body: Vec::new(),
    }
}

/// A server answering one recorded call: request `i` gets the answer
/// recorded for request `i` (an unexpected extra request gets a 599 that
/// names it, and shows as a difference).
pub fn replay_server(expected: &[Value]) -> Recorder {
    let answers: Vec<Answer> = expected.iter().map(recorded_answer).collect();
    let next = Arc::new(AtomicUsize::new(0));
    Recorder::start_with(move |r: &Received| {
        let i = next.fetch_add(1, Ordering::SeqCst);
        answers.get(i).cloned().unwrap_or_else(|| Answer {
            status: 599,
            content_type: Some("text/plain".into()),
            body: format!("unexpected request {i}: {} {}", r.method, r.path).into_bytes(),
        })
    })
}

/// Query values that cannot match the recording byte for byte: a fresh
/// read-session id per call (a UUID, the same for every request of the
/// call), and a default end date that is the day the call runs. Both are
/// checked for their shape and replaced by a marker on both sides.
fn normalize(method: &str, expected: &mut [Value], received: &mut [Received]) -> Vec<String> {
    let mut diffs = Vec::new();
    let uuid_shaped = |s: &str| {
        s.len() == 36
            && s.chars().enumerate().all(|(i, c)| {
                if [8, 13, 18, 23].contains(&i) {
                    c == '-'
                } else {
                    c.is_ascii_hexdigit()
                }
            })
    };
    let date_shaped = |s: &str| {
        s.len() == 10
            && s.chars().enumerate().all(|(i, c)| {
                if [4, 7].contains(&i) {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            })
    };
    let mut sessions: Vec<String> = Vec::new();
    for r in received.iter_mut() {
        for (k, v) in r.query.iter_mut() {
            if k == "readSessionId" {
                if !uuid_shaped(v) {
                    diffs.push(format!("readSessionId {v:?} is not a UUID"));
                }
                sessions.push(std::mem::replace(v, "<session>".into()));
            }
            if k == "toDate" && method.contains("(defaults)") {
                if !date_shaped(v) {
                    diffs.push(format!("toDate {v:?} is not a date"));
                }
                *v = "<today>".into();
            }
        }
        r.query.sort();
    }
    sessions.dedup();
    if sessions.len() > 1 {
        diffs.push(format!("one read session expected, got {sessions:?}"));
    }
    for e in expected.iter_mut() {
        if let Some(q) = e["query"].as_array_mut() {
            for kv in q.iter_mut() {
                if kv[0] == "readSessionId" {
                    kv[1] = "<session>".into();
                }
                if kv[0] == "toDate" && method.contains("(defaults)") {
                    kv[1] = "<today>".into();
                }
            }
        }
    }
    diffs
}

/// What a replay found.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Calls whose requests matched, by the Python class of the call
    /// (`DSSDataset`, `DSSScenario`, ...).
    pub compared: BTreeMap<String, usize>,
    /// Every difference, by call.
    pub failures: Vec<String>,
}

impl Outcome {
    /// Calls compared in all.
    pub fn total(&self) -> usize {
        self.compared.values().sum()
    }
}

/// The names of the calls recorded in `fixture_name`.
pub fn recorded_calls(fixture_name: &str) -> Vec<String> {
    fixture(fixture_name)["calls"]
        .as_array()
        .expect("calls")
        .iter()
        .map(|c| c["method"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Replays the calls of `fixture_name` that `table` names, each through its
/// entry. A table entry without a recording is a failure. (Which recorded
/// calls no table covers is checked separately, over all the tables.)
pub fn run_replay(fixture_name: &str, table: &[(&str, CallFn)]) -> Outcome {
    let fixture = fixture(fixture_name);
    let calls = fixture["calls"].as_array().expect("calls").clone();
    let mut out = Outcome::default();
    for call in &calls {
        let method = call["method"].as_str().unwrap_or_default();
        let Some((_, f)) = table.iter().find(|(name, _)| *name == method) else {
            continue;
        };
        let mut expected = call["requests"].as_array().cloned().unwrap_or_default();
        let server = replay_server(&expected);
        let result = f(&server.client());
        let mut received = server.take();
        let mut diffs = normalize(method, &mut expected, &mut received);
        diffs.extend(compare(&expected, &received));
        if let Err(e) = result {
            diffs.push(format!("the call failed: {e:#}"));
        }
        if diffs.is_empty() {
            let class = method.split(['.', ' ']).next().unwrap_or(method);
            *out.compared.entry(class.to_owned()).or_default() += 1;
        } else {
            out.failures.push(format!(
                "{method} ({}):\n    {}",
                call["python"].as_str().unwrap_or("").replace('\n', "; "),
                diffs.join("\n    ")
            ));
        }
    }
    for (name, _) in table {
        if !calls.iter().any(|c| c["method"] == *name) {
            out.failures.push(format!("{name}: in the table but not recorded"));
        }
    }
    out
}

/// The requests of a recorded call, as a replay expects them: the reads
/// that made its objects (`setup`), then the call's own.
pub fn expected_requests(call: &Value) -> Vec<Value> {
    let mut expected: Vec<Value> = call["setup"].as_array().cloned().unwrap_or_default();
    expected.extend(call["requests"].as_array().cloned().unwrap_or_default());
    expected
}

/// Replays one recorded call: `f` makes it with dss-api against a server
/// answering `expected` (see [`expected_requests`]); `Ok` when the
/// requests were the same and `f` succeeded, else the failure, naming the
/// case and dataikuapi's call.
pub fn replay_call(call: &Value, expected: &[Value], f: crate::CallFn) -> Result<(), String> {
    let server = replay_server(expected);
    let result = f(&server.client());
    let mut diffs = crate::compare(expected, &server.take());
    if let Err(e) = result {
        diffs.push(format!("the call failed: {e:#}"));
    }
    if diffs.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{} ({}):\n    {}",
        call["case"].as_str().unwrap_or_default(),
        call["python"].as_str().unwrap_or_default().replace('\n', "; "),
        diffs.join("\n    ")
    ))
}
