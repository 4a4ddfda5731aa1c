//! The API node's clients: `ApiNodeClient` (scoring: typed predictions,
//! lookups, the credential of an open or a keyed service, many threads at
//! once) and `ApiNodeAdminClient` (its handles, its key kept out of sight).

use std::io::Write as _;
use std::net::TcpStream;
use std::time::Instant;

use base64::Engine as _;
use dss_api::models::PredictionAnswer;
use dss_api::{ApiNodeAdminClient, ApiNodeClient, Error};
use dss_api_tests::threaded::{Next, RawRequest, Server};
use dss_api_tests::{report, server, BASIC_AUTH};
use httpmock::Method::{DELETE, GET, POST};
use serde::Deserialize;
use serde_json::{json, Value};

/// A client of service `churn` on `server`, with the tests' API key or none.
fn node(server: &httpmock::MockServer, key: Option<&str>) -> ApiNodeClient {
    let builder = ApiNodeClient::builder(server.base_url(), "churn").no_proxy();
    match key {
        Some(k) => builder.api_key(k),
        None => builder,
    }
    .build()
    .unwrap()
}

#[test]
fn a_prediction_is_typed_and_keeps_what_it_does_not_name() {
    let server = server();
    let answer = json!({
        "result": {
            "prediction": "churns",
            "probas": {"churns": 0.75, "stays": 0.25},
            "ignored": false,
            "explanations": {"age": 0.5, "plan": -0.125},
            "postProcessingResults": {"cost": 3}
        },
        "timing": {"preProcessing": 120.0, "wait": 7.0},
        "apiContext": {"serviceId": "churn", "endpointId": "ep 1", "serviceGeneration": "v3"},
        "nodeVersion": "15.2"
    });
    let predict = server.mock(|when, then| {
        when.method(POST)
            .path("/public/api/v1/churn/ep%201/predict")
            .header("authorization", BASIC_AUTH)
            .json_body(json!({
                "features": {"age": 42},
                "explanations": {"enabled": true, "method": "SHAPLEY", "nExplanations": 2, "nMonteCarloSteps": null},
                "dispatch": {"forcedGeneration": "v3"}
            }));
        then.status(200).json_body(answer.clone());
    });
    let client = node(&server, Some(dss_api_tests::API_KEY));
    let request = || {
        client
            .predict_record("ep 1", json!({"age": 42}))
            .with_explanations(true)
            .explanation_method("SHAPLEY")
            .n_explanations(2)
            .forced_generation("v3")
            // Ignored when a generation is forced, as in dataikuapi.
            .dispatch_key("k")
    };
    let p: PredictionAnswer = request().send().unwrap();
    assert_eq!(p.result.prediction, Some(json!("churns")));
    assert_eq!(p.result.probas.as_ref().unwrap()["churns"], 0.75);
    assert!(!p.result.ignored);
    assert_eq!(p.result.explanations.as_ref().unwrap()["plan"], -0.125);
    assert_eq!(p.timing.as_ref().unwrap()["wait"], 7.0);
    assert_eq!(p.api_context.as_ref().unwrap()["serviceGeneration"], "v3");
    // Members the models do not name are kept, at each level.
    assert_eq!(p.extra.get::<String>("nodeVersion").unwrap().as_deref(), Some("15.2"));
    assert_eq!(
        p.result.extra.get::<Value>("postProcessingResults").unwrap(),
        Some(json!({"cost": 3}))
    );
    // The same request decodes into a type of the caller's too.
    #[derive(Deserialize)]
    struct Mine {
        result: Value,
    }
    let mine: Mine = request().send_as().unwrap();
    assert_eq!(mine.result["prediction"], "churns");
    predict.assert_calls(2);
}

#[test]
fn a_batch_answers_one_typed_result_per_record_and_checks_its_records() {
    let server = server();
    let multi = server.mock(|when, then| {
        when.method(POST)
            .path("/public/api/v1/churn/ep/predict-multi")
            .json_body(json!({
                "items": [{"features": {"a": 1}}, {"features": {"a": 2}, "context": {"c": 1}}],
                "explanations": {"enabled": null, "method": null, "nExplanations": null, "nMonteCarloSteps": null},
                "dispatch": {"dispatchKey": "k"}
            }));
        then.status(200).json_body(json!({
            "results": [
                {"prediction": 1.5, "ignored": false},
                {"ignored": true, "ignoreReason": "IGNORED_BY_FILTER"}
            ],
            "timing": {"wait": 1.0}
        }));
    });
    let client = node(&server, Some(dss_api_tests::API_KEY));
    let records = json!([{"features": {"a": 1}}, {"features": {"a": 2}, "context": {"c": 1}}]);
    let batch = client.predict_records("ep", records).dispatch_key("k").send().unwrap();
    assert_eq!(batch.results.len(), 2);
    assert_eq!(batch.results[0].prediction, Some(json!(1.5)));
    assert!(batch.results[1].ignored && batch.results[1].prediction.is_none());
    assert_eq!(batch.results[1].ignore_reason.as_deref(), Some("IGNORED_BY_FILTER"));
    multi.assert_calls(1);

    // A record without `features` is refused before anything is sent.
    let err = client
        .predict_records("ep", json!([{"features": {}}, {"data": {}}]))
        .send()
        .unwrap_err();
    assert!(matches!(err, Error::InvalidArgument { name: "records", .. }), "{err:?}");
    multi.assert_calls(1);
}

#[test]
fn a_lookup_answers_the_first_result_and_an_empty_one_is_an_error() {
    let server = server();
    let found = server.mock(|when, then| {
        when.method(POST)
            .path("/public/api/v1/churn/people/lookup")
            .json_body(json!({"data": {"id": 7}}));
        then.status(200)
            .json_body(json!({"results": [{"data": {"name": "Ann"}}, {"data": {"name": "other"}}]}));
    });
    let empty = server.mock(|when, then| {
        when.method(POST)
            .path("/public/api/v1/churn/people/lookup")
            .json_body(json!({"data": {"id": 8}, "context": {"why": "test"}}));
        then.status(200).json_body(json!({"results": []}));
    });
    let client = node(&server, None);
    let one = client.lookup_record("people", json!({"id": 7})).send().unwrap();
    assert_eq!(one, json!({"data": {"name": "Ann"}}));
    let err = client
        .lookup_record("people", json!({"id": 8}))
        .context(json!({"why": "test"}))
        .send()
        .unwrap_err();
    assert!(
        matches!(err, Error::Decode { .. }) && err.to_string().contains("results.0"),
        "{err}"
    );
    found.assert_calls(1);
    empty.assert_calls(1);
}

#[test]
fn an_open_service_gets_no_credential_and_a_keyed_one_its_key() {
    let server = server();
    let open = server.mock(|when, then| {
        when.method(POST)
            .path("/public/api/v1/churn/f/run")
            .header_missing("authorization")
            .json_body(json!({"x": 1}));
        then.status(200).json_body(json!(3));
    });
    // No arguments: no body at all, as dataikuapi sends it.
    let keyed = server.mock(|when, then| {
        when.method(POST)
            .path("/public/api/v1/churn/f/run")
            .header("authorization", BASIC_AUTH)
            .body("");
        then.status(200).json_body(json!(4));
    });
    let got = node(&server, None).run_function("f", json!({"x": 1})).send().unwrap();
    assert_eq!(got, json!(3));
    let got = node(&server, Some(dss_api_tests::API_KEY))
        .run_function("f", json!({}))
        .send()
        .unwrap();
    assert_eq!(got, json!(4));
    open.assert_calls(1);
    keyed.assert_calls(1);
}

#[test]
fn the_admin_client_sends_under_its_base_path_and_never_shows_its_key() {
    let key = "ADM1N-S3CR3T-9b1e";
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{key}:"));
    let server = server();
    let disable = server.mock(|when, then| {
        when.method(POST)
            .path("/admin/api/services/svc%2F1/actions/disable")
            .header("authorization", format!("Basic {basic}"));
        then.status(200);
    });
    let generations = server.mock(|when, then| {
        when.method(GET).path("/admin/api/services/svc%2F1/generations");
        then.status(200)
            .json_body(json!({"generations": [{"id": "v1"}, {"id": "v2"}]}));
    });
    let refused = server.mock(|when, then| {
        when.method(DELETE).path("/admin/api/keys/key1/key");
        then.status(401).json_body(json!({
            "errorType": "com.dataiku.dip.exceptions.UnauthorizedException",
            "message": "bad key"
        }));
    });
    let admin = ApiNodeAdminClient::builder(server.base_url())
        .api_key(key)
        .no_proxy()
        .build()
        .unwrap();
    let service = admin.service("svc/1");
    service.disable().send().unwrap();
    assert_eq!(
        service.list_generations().send().unwrap(),
        [json!({"id": "v1"}), json!({"id": "v2"})]
    );
    let err = admin.auth().delete_key_by_id("key1").send().unwrap_err();
    assert_eq!(err.status(), Some(401));
    disable.assert_calls(1);
    generations.assert_calls(1);
    refused.assert_calls(1);

    let shown = format!("{admin:?}\n{service:?}\n{:?}\n{err}\n{err:?}\n{err:#?}", admin.auth());
    assert!(shown.contains("ApiNodeAdminClient"), "{shown}");
    for form in [key, basic.as_str(), "S3CR3T"] {
        assert!(!shown.contains(form), "{form} shown in:\n{shown}");
    }
}

/// Threads sharing one client, and the predictions each sends.
const THREADS: usize = 64;
const CALLS: usize = 1_000;

/// An API node answering each prediction with what identifies it: the
/// request's `features.id` as the prediction, its path as the endpoint.
fn echo_node() -> Server {
    Server::start(|req: &RawRequest, body: &[u8], out: &mut TcpStream| {
        // The body is `{"features":{"id":"t1-c2"},...}`: the id found as
        // text, which costs the server less than parsing the body.
        let body = String::from_utf8_lossy(body);
        let id = body
            .split_once(r#""features":{"id":""#)
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(id, _)| id.to_owned())
            .unwrap_or_default();
        // Ids and paths here are plain ASCII: no JSON escaping needed.
        let answer = format!(
            r#"{{"result":{{"prediction":"{id}","probas":{{"a":0.5}},"ignored":false}},"timing":{{"wait":1}},"path":"{}"}}"#,
            req.target
        );
        let mut buf = Vec::with_capacity(answer.len() + 96);
        let _ = write!(
            buf,
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{answer}",
            answer.len()
        );
        let _ = out.write_all(&buf);
        Next::KeepAlive
    })
}

#[test]
fn sixty_four_threads_score_through_one_client_and_each_gets_its_own_answers() {
    let server = echo_node();
    let client = ApiNodeClient::builder(&server.url, "churn")
        .api_key("k")
        .no_proxy()
        .max_idle_connections(THREADS)
        .build()
        .unwrap();
    let started = Instant::now();
    let threads: Vec<_> = (0..THREADS)
        .map(|t| {
            let client = client.clone();
            std::thread::spawn(move || {
                let mut wrong = Vec::new();
                let mut checked = 0;
                for i in 0..CALLS {
                    let id = format!("t{t}-c{i}");
                    let endpoint = format!("ep{}", i % 4);
                    let p = client.predict_record(&endpoint, json!({"id": id})).send().unwrap();
                    let path = p.extra.get::<String>("path").unwrap().unwrap_or_default();
                    if p.result.prediction == Some(json!(id))
                        && path == format!("/public/api/v1/churn/{endpoint}/predict")
                    {
                        checked += 1;
                    } else if wrong.len() < 5 {
                        wrong.push(format!("{id}: got {:?} from {path}", p.result.prediction));
                    }
                }
                (checked, wrong)
            })
        })
        .collect();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for t in threads {
        let (c, w) = t.join().expect("a scoring thread panicked");
        checked += c;
        wrong.extend(w);
    }
    let secs = started.elapsed().as_secs_f64();
    report(&format!(
        "apinode threads: {checked} of {} predictions answered their own request in {secs:.2} s \
         ({} requests, {} connections)",
        THREADS * CALLS,
        server.requests(),
        server.connections()
    ));
    assert!(wrong.is_empty(), "crossed or wrong answers: {wrong:#?}");
    assert_eq!(checked, THREADS * CALLS, "none lost");
    assert_eq!(server.requests(), THREADS * CALLS, "one request per prediction");
}
