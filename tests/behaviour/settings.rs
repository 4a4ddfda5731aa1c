//! Settings and info objects (document handles): `get_settings().send()`
//! answers a value that remembers what it belongs to; it is read and
//! changed through `raw`, `raw_mut` and typed accessors, and `save()` sends
//! the whole object back, unchanged members byte for byte.

use dss_api::catalog::{self, ResultKind};
use dss_api_tests::{report, Answer, Received, Recorder};
use serde_json::{json, Value};

/// A settings object as DSS could send it: members no accessor names,
/// numbers written in forms a JSON library would not write them in, an
/// escaped character, nested lists and objects, a null.
const SAMPLE: &str = r#"{"type":"Filesystem","description":"original","params":{"connection":"c1","path":"/p","ratio":1.50,"big":1.0E10},"unknown":{"nested":[1,2.50,{"k":"\u00e9"}]},"nothing":null,"tags":["a","b"],"formatParams":{"separator":";"}}"#;

/// A server answering every GET with `SAMPLE` and anything else with `{}`.
fn server() -> Recorder {
    Recorder::start_with(|r: &Received| Answer {
        status: 200,
        content_type: Some("application/json".into()),
        body: if r.method == "GET" {
            SAMPLE.into()
        } else {
            b"{}".to_vec()
        },
    })
}

#[test]
fn dataset_settings_are_read_changed_and_saved_whole() {
    let server = server();
    let c = server.client();
    let mut settings = c.get_project("P").get_dataset("d").get_settings().send().unwrap();
    assert_eq!(settings.project_key(), "P");
    assert_eq!(settings.dataset_name(), "d");
    assert_eq!(settings.get_raw_params().unwrap()["connection"], "c1");
    assert_eq!(settings.get_raw_format_params(), Some(&json!({"separator": ";"})));
    assert_eq!(settings.get_raw()["type"], "Filesystem");
    settings
        .set_connection_and_path("c2", "/q")
        .set_feature_group(true)
        .add_discrete_partitioning_dimension("country");
    settings.save().send().unwrap();
    let got = server.take();
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        (got[1].method.as_str(), got[1].path.as_str()),
        ("PUT", "/projects/P/datasets/d")
    );
    let body = String::from_utf8(got[1].body.clone()).unwrap();
    assert_eq!(
        body,
        r#"{"type":"Filesystem","description":"original","params":{"connection":"c2","path":"/q","ratio":1.50,"big":1.0E10},"unknown":{"nested":[1,2.50,{"k":"\u00e9"}]},"nothing":null,"tags":["a","b"],"formatParams":{"separator":";"},"featureGroup":true,"partitioning":{"dimensions":[{"name":"country","type":"value"}]}}"#
    );
}

#[test]
fn csv_format_and_table_follow_dataikuapi() {
    let server = server();
    let c = server.client();
    let mut settings = c.get_project("P").get_dataset("d").get_settings().send().unwrap();
    settings.set_csv_format().separator("\t").header_row(false);
    assert_eq!(
        settings.get_raw_format_params(),
        Some(
            &json!({"style": "excel", "separator": "\t", "skipRowsBeforeHeader": 0, "parseHeaderRow": false, "skipRowsAfterHeader": 0})
        )
    );
    assert_eq!(settings.raw()["formatType"], "csv");
    settings.set_table("pg", "public", "sales", None);
    let params = settings.get_raw_params().unwrap();
    assert_eq!(params["mode"], "table");
    assert_eq!(params["catalog"], Value::Null);
    assert!(
        params.as_object().unwrap().contains_key("catalog"),
        "sent as null, as dataikuapi does"
    );
}

#[test]
fn dataset_info_reads_the_last_build() {
    let server = Recorder::start(|_| {
        (
            200,
            json!({"lastBuild": {"buildStartTime": 10, "buildEndTime": 20, "buildSuccess": true}}).to_string(),
        )
    });
    let info = server
        .client()
        .get_project("P")
        .get_dataset("d")
        .get_info()
        .send()
        .unwrap();
    assert_eq!(info.last_build_start_time(), Some(10));
    assert_eq!(info.last_build_end_time(), Some(20));
    assert_eq!(info.is_last_build_successful(), Some(true));
    assert_eq!(info.get_last_build_info().unwrap()["buildSuccess"], true);
    server.mock().assert_calls(1);
}

#[test]
fn settings_show_member_names_only() {
    let server = Recorder::start(|_| (200, r#"{"login":"bob","password":"hunter2-SECRET"}"#.into()));
    let settings = server
        .client()
        .get_project("P")
        .get_dataset("d")
        .get_settings()
        .send()
        .unwrap();
    let shown = format!("{settings:?}");
    assert!(!shown.contains("hunter2-SECRET"), "{shown}");
    assert!(shown.contains("password"), "{shown}");
}

/// Document types no request reads: built locally, by the method named.
const BUILT_LOCALLY: &[(&str, &str)] = &[("DssPermissionsCheckRequest", "DssClient::new_permission_check")];

/// Every document type of the catalog, through the method that reads it:
/// read, one member changed, saved back (when it can be); the save sends
/// every other member as it came.
#[test]
fn every_document_type_round_trips_through_the_catalog() {
    let mut documents = 0;
    let mut saved = 0;
    for handle in catalog::HANDLES.iter().filter(|h| h.document) {
        documents += 1;
        // The method `round_trip` reads it with: one taking no required
        // argument when there is one; another's are given here.
        let reader = catalog::ENDPOINTS
            .iter()
            .filter(|e| e.request.is_some() && e.result == ResultKind::Handle(handle.name))
            .min_by_key(|e| e.required_args().count());
        let Some(reader) = reader else {
            let maker = BUILT_LOCALLY.iter().find(|(d, _)| *d == handle.name);
            let (_, maker) = maker.unwrap_or_else(|| panic!("no method reads `{}`", handle.name));
            assert!(
                catalog::ENDPOINTS
                    .iter()
                    .any(|e| e.to_string() == *maker && e.hand_written),
                "`{}` is built by `{maker}`, which the catalog does not list as written by hand",
                handle.name
            );
            continue;
        };
        let args: serde_json::Map<String, Value> = reader
            .required_args()
            .map(|a| (a.name.trim_start_matches("r#").to_owned(), json!("arg0")))
            .collect();
        let owner_ids = catalog::HANDLES
            .iter()
            .find(|h| h.name == reader.owner)
            .map_or(0, |h| h.fields.iter().filter(|f| f.ty.is_none()).count());
        let ids: Vec<String> = (0..owner_ids).map(|i| format!("id{i}")).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let server = server();
        let did_save = catalog::round_trip(&server.client(), handle.name, &ids, args, &|raw| {
            raw["description"] = json!("changed");
        })
        .unwrap_or_else(|e| panic!("{}: {e}", handle.name));
        let got = server.take();
        assert_eq!(got[0].method, "GET", "{}: {got:?}", handle.name);
        if did_save {
            saved += 1;
            assert_eq!(got.len(), 2, "{}: {got:?}", handle.name);
            let body = String::from_utf8(got[1].body.clone()).unwrap();
            let expected = SAMPLE.replace("original", "changed");
            // The document is the body, or its one member (`{"insight": ..}`).
            let member = body
                .strip_prefix("{\"")
                .and_then(|b| b.strip_suffix('}'))
                .and_then(|b| b.split_once("\":"))
                .filter(|(key, _)| !key.contains('"'))
                .map(|(_, document)| document);
            assert!(
                body == expected || member == Some(expected.as_str()),
                "{}: {body}",
                handle.name
            );
        } else {
            assert_eq!(got.len(), 1, "{}: {got:?}", handle.name);
        }
    }
    assert!(documents > 0);
    report(&format!(
        "settings: {documents} document types read through the catalog, {saved} changed and saved back with every other member byte for byte"
    ));
}
