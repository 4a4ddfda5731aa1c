//! Scoring records on a DSS API node from a batch job: one batch call for
//! many records, typed predictions, the ones the model skipped reported.
//!
//! ```text
//! cargo run -p dss-api-examples --example score
//! ```
//!
//! With `DKU_APINODE_URL`, `DKU_APINODE_SERVICE` and `DKU_APINODE_ENDPOINT`
//! set (and `DKU_APINODE_KEY` for a service that asks for an API key), it
//! scores three made-up records on that endpoint. Without them, it starts
//! an embedded mock API node (`dss_api::mock::Mock`), scripts the answer
//! of a churn model there, and scores against it.

use std::env;

use anyhow::{ensure, Context};
use dss_api::mock::{Mock, Stub};
use dss_api::models::PredictionsAnswer;
use dss_api::ApiNodeClient;
use serde_json::{json, Value};

fn main() -> anyhow::Result<()> {
    env_logger::init();
    let records = json!([
        {"features": {"customer": "c1", "age": 42, "plan": "premium"}},
        {"features": {"customer": "c2", "age": 23, "plan": "basic"}},
        {"features": {"customer": "c3", "plan": "basic"}}
    ]);
    match (
        env::var("DKU_APINODE_URL"),
        env::var("DKU_APINODE_SERVICE"),
        env::var("DKU_APINODE_ENDPOINT"),
    ) {
        (Ok(url), Ok(service), Ok(endpoint)) => {
            let key = env::var("DKU_APINODE_KEY").ok();
            let node = ApiNodeClient::new(&url, &service, key.as_deref())?;
            let answer = node.predict_records(&endpoint, records).send()?;
            report(&answer);
            Ok(())
        }
        _ => {
            println!("No API node in the environment (DKU_APINODE_URL, DKU_APINODE_SERVICE, DKU_APINODE_ENDPOINT).");
            println!("Scoring against an embedded mock API node instead.\n");
            mock_scoring(records)
        }
    }
}

/// The job against a mock API node whose `churn` endpoint answers as a
/// classification model would.
fn mock_scoring(records: Value) -> anyhow::Result<()> {
    let node = Mock::start_for(|url| ApiNodeClient::builder(url, "customers"))?;
    println!("mock API node listening at {}", node.url());
    // The stub is the very request the job sends, with the node's answer.
    let stub = node.predict_records("churn", records.clone()).returns(json!({
        "results": [
            {"prediction": "churns", "probas": {"churns": 0.81, "stays": 0.19}, "ignored": false},
            {"prediction": "stays", "probas": {"churns": 0.12, "stays": 0.88}, "ignored": false},
            {"ignored": true, "ignoreReason": "IGNORED_BY_MISSING_FEATURE"}
        ],
        "timing": {"preProcessing": 310.0, "predictionPredict": 95.0, "wait": 4.0},
        "apiContext": {"serviceId": "customers", "endpointId": "churn", "serviceGeneration": "v7"}
    }))?;

    let answer = node.predict_records("churn", records).send()?;
    report(&answer);

    ensure!(answer.results.len() == 3, "one result per record");
    ensure!(answer.results[2].ignored, "the record without `age` is skipped");
    ensure!(stub.calls().len() == 1, "one batch call for all the records");
    Ok(())
}

/// Prints each record's prediction, or why it was skipped, and where the
/// time went on the node.
fn report(answer: &PredictionsAnswer) {
    for (i, result) in answer.results.iter().enumerate() {
        if result.ignored {
            let why = result.ignore_reason.as_deref().unwrap_or("no reason given");
            println!("record {i}: skipped ({why})");
            continue;
        }
        let prediction = result.prediction.as_ref().map_or("?".to_owned(), Value::to_string);
        let best = result
            .probas
            .as_ref()
            .and_then(|p| p.values().copied().reduce(f64::max))
            .map_or(String::new(), |p| format!(" with probability {p:.2}"));
        println!("record {i}: {prediction}{best}");
    }
    if let Some(timing) = &answer.timing {
        let total: f64 = timing.values().sum();
        println!("time on the node: {:.1} ms", total / 1000.0);
    }
    let generation = answer
        .api_context
        .as_ref()
        .and_then(|c| c.get("serviceGeneration"))
        .and_then(Value::as_str)
        .context("no generation in the answer");
    match generation {
        Ok(g) => println!("scored by generation {g}"),
        Err(e) => println!("{e}"),
    }
}
