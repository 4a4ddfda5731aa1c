//! The hand-written methods of the content and collaboration objects
//! (wikis, dashboards, notebooks, discussions, apps, streaming endpoints,
//! libraries, statistics, project standards): what each sends, and what it
//! refuses without sending, where the recorded conformance cases
//! (`conformance/flows.rs`) do not go.

use dss_api::models::DssLibraryItem;
use dss_api::{DssClient, Error};
use dss_api_tests::{Received, Recorder};
use serde_json::{json, Value};

/// A server answering each request with what `answer` gives for its method
/// and path (`None`: a 404), keeping every request.
fn serving(answer: impl Fn(&str, &str) -> Option<Value> + Send + Sync + 'static) -> Recorder {
    Recorder::start(move |r: &Received| match answer(&r.method, &r.path) {
        Some(v) => (200, v.to_string()),
        None => (
            404,
            json!({"errorType": "NotFound", "message": "no such thing"}).to_string(),
        ),
    })
}

/// `METHOD path` of each request received.
fn sent(server: &Recorder) -> Vec<String> {
    server
        .take()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect()
}

#[test]
fn jupyter_unload_refuses_without_stopping_anything() {
    // No session: the notebook does not run.
    let server = serving(|_, _| Some(json!([])));
    let nb = server.client().get_project("P").get_jupyter_notebook("nb");
    let err = nb.unload().send().unwrap_err();
    assert!(matches!(err, Error::OperationFailed { .. }), "{err:?}");
    assert_eq!(sent(&server), ["GET /projects/P/jupyter-notebooks/nb/sessions"]);

    // Several sessions and none named: which one is the caller's choice.
    let server = serving(|_, _| Some(json!([{"sessionId": "a"}, {"sessionId": "b"}])));
    let nb = server.client().get_project("P").get_jupyter_notebook("nb");
    let err = nb.unload().send().unwrap_err();
    assert!(
        matches!(err, Error::InvalidArgument { name: "session_id", .. }),
        "{err:?}"
    );
    assert_eq!(sent(&server).len(), 1, "nothing is stopped");
}

#[test]
fn wiki_taxonomy_moves_and_their_mistakes() {
    let taxonomy = json!({"taxonomy": [
        {"id": "a", "children": [{"id": "b", "children": []}]},
        {"id": "c", "children": []}
    ], "homeArticleId": "a"});
    let server = serving(move |_, _| Some(taxonomy.clone()));
    let mut s = server
        .client()
        .get_project("P")
        .get_wiki()
        .get_settings()
        .send()
        .unwrap();
    let before = s.raw().clone();
    // Unknown article, unknown parent, a parent inside the article moved:
    // errors, and the taxonomy stays as it was.
    for (article, parent) in [("zz", None), ("b", Some("zz")), ("a", Some("b"))] {
        let err = s.move_article_in_taxonomy(article, parent).unwrap_err();
        assert!(matches!(err, Error::InvalidArgument { .. }), "{err:?}");
        assert_eq!(s.raw(), &before);
    }
    s.move_article_in_taxonomy("a", Some("c")).unwrap();
    assert_eq!(
        s.get_taxonomy().unwrap(),
        &json!([{"id": "c", "children": [{"id": "a", "children": [{"id": "b", "children": []}]}]}])
    );
    s.move_article_in_taxonomy("b", None).unwrap();
    let ids: Vec<&str> = s
        .get_taxonomy()
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["c", "b"]);
    assert_eq!(sent(&server), ["GET /projects/P/wiki/"], "the moves send nothing");
}

#[test]
fn wiki_articles_listed_from_a_taxonomy_without_ids_are_an_error() {
    let server = serving(|_, _| Some(json!({"taxonomy": [{"children": []}]})));
    let err = server
        .client()
        .get_project("P")
        .get_wiki()
        .list_articles()
        .send()
        .unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    let server = serving(|_, _| Some(json!({})));
    let none = server
        .client()
        .get_project("P")
        .get_wiki()
        .list_articles()
        .send()
        .unwrap();
    assert!(none.is_empty(), "a wiki with no taxonomy has no article");
    assert_eq!(sent(&server), ["GET /projects/P/wiki/"]);
}

#[test]
fn attachment_names_are_cleaned() {
    let server = serving(|_, _| Some(json!({})));
    let c = server.client();
    let article = c.get_project("P").get_wiki().get_article("art").send();
    // `{}` has no `article.id`: the handle cannot be made.
    assert!(matches!(article, Err(Error::Decode { .. })));
    let server = serving(|m, _| {
        Some(if m == "GET" {
            json!({"article": {"id": "a1"}})
        } else {
            json!({})
        })
    });
    let article = server
        .client()
        .get_project("P")
        .get_wiki()
        .get_article("My article")
        .send()
        .unwrap();
    assert_eq!(article.article_id(), "a1");
    article
        .upload_attachement(b"x".to_vec(), "r\u{e9}sum\u{e9} #1/2.pdf")
        .send()
        .unwrap();
    let requests = server.take();
    assert_eq!(requests[0].path, "/projects/P/wiki/My article");
    let parts = requests[1].multipart().unwrap();
    assert_eq!(parts[0].filename.as_deref(), Some("rsum 12.pdf"));
}

#[test]
fn dashboards_made_with_settings_that_are_not_an_object_are_refused() {
    let server = serving(|_, _| Some(json!({"id": "d1"})));
    let p = server.client().get_project("P");
    let err = p.create_dashboard("D").settings(json!([1])).send().unwrap_err();
    assert!(
        matches!(err, Error::InvalidArgument { name: "settings", .. }),
        "{err:?}"
    );
    assert!(sent(&server).is_empty());
    // A name in the settings is the dashboard's.
    p.create_dashboard("D")
        .settings(json!({"name": "old", "pages": []}))
        .send()
        .unwrap();
    assert_eq!(server.take()[0].json(), Some(json!({"name": "D", "pages": []})));
}

#[test]
fn insight_settings_are_saved_wrapped_as_read() {
    // Numbers are sent back as DSS wrote them, inside `insight`.
    let server = Recorder::start(|r| {
        if r.method == "GET" {
            (
                200,
                r#"{"projectKey":"P","id":"i1","params":{"ratio":1.50,"big":1.0E10}}"#.to_owned(),
            )
        } else {
            (200, "{}".to_owned())
        }
    });
    let c = server.client();
    let mut s = c.get_project("P").get_insight("i1").get_settings().send().unwrap();
    s.set_description("d");
    s.save().send().unwrap();
    let requests = server.take();
    assert_eq!(requests[1].method, "POST");
    assert_eq!(requests[1].path, "/projects/P/insights/i1/");
    assert_eq!(
        String::from_utf8_lossy(&requests[1].body),
        r#"{"insight":{"projectKey":"P","id":"i1","params":{"ratio":1.50,"big":1.0E10},"description":"d"}}"#
    );
}

#[test]
fn streaming_endpoints_of_other_types_are_not_tested() {
    let server = serving(|_, _| Some(json!({"type": "s3", "params": {}})));
    let e = server.client().get_project("P").get_streaming_endpoint("se");
    let err = e.test_and_detect().send().unwrap_err();
    assert!(matches!(err, Error::InvalidArgument { .. }), "{err:?}");
    let err = e.autodetect_settings().send().unwrap_err();
    assert!(matches!(err, Error::InvalidArgument { .. }), "{err:?}");
    assert_eq!(
        sent(&server),
        [
            "GET /projects/P/streamingendpoints/se",
            "GET /projects/P/streamingendpoints/se"
        ],
        "only the settings are read"
    );
}

#[test]
fn autodetection_without_a_schema_keeps_the_schema() {
    let server = serving(|m, p| {
        Some(match (m, p) {
            ("GET", "/projects/P/streamingendpoints/se") => {
                json!({"type": "kafka", "schema": {"columns": [{"name": "a"}]}})
            }
            ("POST", _) => json!({"jobId": "j1", "hasResult": true, "result": {"schemaDetection": {}}}),
            _ => json!({"jobId": "j1", "hasResult": true, "result": {"schemaDetection": {}}}),
        })
    });
    let e = server.client().get_project("P").get_streaming_endpoint("se");
    let s = e.autodetect_settings().limit(3).send().unwrap();
    assert_eq!(s.raw()["schema"], json!({"columns": [{"name": "a"}]}));
    let requests = server.take();
    let post = requests.iter().find(|r| r.method == "POST").unwrap();
    assert_eq!(
        post.path,
        "/projects/P/streamingendpoints/se/actions/testAndDetectSettings/kafka"
    );
    assert_eq!(
        post.json(),
        Some(json!({"inferStorageTypes": false, "limit": 3, "timeout": 60}))
    );
}

#[test]
fn streaming_endpoint_existence_is_a_404_only() {
    let server = Recorder::start(|_| (500, "{}".to_owned()));
    let e = server.client().get_project("P").get_streaming_endpoint("se");
    assert!(e.exists().send().is_err(), "a server error is not an answer");
    let server = serving(|_, _| None);
    let e = server.client().get_project("P").get_streaming_endpoint("se");
    assert!(!e.exists().send().unwrap());
    assert_eq!(sent(&server), ["GET /projects/P/streamingendpoints/se/schema"]);
}

fn library_server() -> Recorder {
    serving(|m, p| match (m, p) {
        ("GET", "/projects/P/libraries/contents") => Some(json!([
            {"name": "python", "children": [{"name": "utils.py"}]},
            {"name": "notes.md"}
        ])),
        ("GET", "/projects/P/libraries/contents/python/utils.py") => Some(json!({"data": "x"})),
        ("GET", _) => None,
        _ => Some(json!({})),
    })
}

#[test]
fn library_lookups_tell_files_from_folders() {
    let server = library_server();
    let lib = server.client().get_project("P").get_library();
    assert!(matches!(
        lib.get_file("/python").send(),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        lib.get_folder("notes.md").send(),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(lib.get_file("/nothing").send().unwrap().is_none());
    assert!(lib.get_folder("..").send().is_err(), "above the root");
    let err = lib.list().folder_path("/notes.md").send().unwrap_err();
    assert!(
        matches!(
            err,
            Error::InvalidArgument {
                name: "folder_path",
                ..
            }
        ),
        "{err:?}"
    );
    let folder = lib.get_folder("python").send().unwrap().unwrap();
    let child = folder.get_child("utils.py").send().unwrap();
    assert!(matches!(child, Some(DssLibraryItem::File(ref f)) if f.path() == "/python/utils.py"));
    let requests = sent(&server);
    assert_eq!(
        requests.len(),
        7,
        "each look-up reads the tree, and only it: {requests:?}"
    );
    assert!(requests.iter().all(|r| r == "GET /projects/P/libraries/contents"));
}

#[test]
fn library_files_already_there_are_not_added_again() {
    let server = library_server();
    let lib = server.client().get_project("P").get_library();
    let folder = lib.get_folder("/python").send().unwrap().unwrap();
    let err = folder.add_file(" utils.py ").send().unwrap_err();
    assert!(
        matches!(err, Error::InvalidArgument { name: "file_name", .. }),
        "{err:?}"
    );
    assert_eq!(
        sent(&server),
        [
            "GET /projects/P/libraries/contents",
            "GET /projects/P/libraries/contents/python/utils.py"
        ],
        "nothing is created"
    );
    // A name with `..` is placed lexically.
    let f = folder.add_file("../top.py").send().unwrap();
    assert_eq!(f.path(), "/top.py");
    let requests = server.take();
    assert_eq!(requests.last().map(|r| r.method.as_str()), Some("POST"));
}

/// A library whose tree holds the file `/f`, whose content DSS sends as
/// `data`.
fn library_with_file(data: &'static str) -> Recorder {
    serving(move |_, p| {
        Some(if p.ends_with("/contents") {
            json!([{"name": "f"}])
        } else {
            json!({"data": data})
        })
    })
}

/// The file `/f` of the library `library_with_file` serves.
fn library_file(c: &DssClient) -> dss_api::DssLibraryFile {
    let lib = c.get_project("P").get_library();
    lib.get_file("/f").send().unwrap().unwrap()
}

#[test]
fn library_bytes_are_read_in_base64() {
    let server = library_with_file("aGk=");
    let f = library_file(&server.client());
    assert_eq!(f.read_bytes().send().unwrap(), b"hi");
    let requests = server.take();
    assert_eq!(requests[1].path, "/projects/P/libraries/contents/f");
    assert_eq!(requests[1].query, [("dataEncoding".to_owned(), "base64".to_owned())]);
    let server = library_with_file("not base 64!");
    let f = library_file(&server.client());
    assert!(matches!(f.read_bytes().send(), Err(Error::Decode { .. })));
}

#[test]
fn discussions_read_replies_once_when_listed() {
    let server = serving(|_, p| {
        Some(if p.ends_with("/ds/") {
            json!([{"id": "d1", "topic": "t"}])
        } else {
            json!({"id": "d1", "topic": "t", "replies": [{"text": "hi", "author": "a", "time": 1}]})
        })
    });
    let c = server.client();
    let mut d = c
        .get_object_discussions("P", "DATASET", "ds")
        .list_discussions()
        .send()
        .unwrap()
        .remove(0);
    assert_eq!(d.get_metadata(), json!({"id": "d1", "topic": "t"}));
    assert_eq!(d.get_replies().send().unwrap().len(), 1);
    assert_eq!(d.get_replies().send().unwrap()[0].author.as_deref(), Some("a"));
    assert_eq!(
        d.get_metadata(),
        json!({"id": "d1", "topic": "t"}),
        "replies are not metadata"
    );
    assert_eq!(sent(&server).len(), 2, "the list, then one read of the replies");
    let err = d.set_metadata(json!("topic")).send().unwrap_err();
    assert!(matches!(err, Error::InvalidArgument { .. }));
    assert!(sent(&server).is_empty());
}

#[test]
fn manifests_save_to_their_project_only() {
    let server = serving(|_, _| {
        Some(json!({"homepageSections": [{"tiles": [
        {"type": "SCENARIO_RUN", "scenarioId": "s1"}, {"type": "OTHER"}]}, {"tiles": [{"type": "SCENARIO_RUN", "scenarioId": "s2"}]}]}))
    });
    let c = server.client();
    let m = c.get_app("MY_APP").get_manifest().send().unwrap();
    assert_eq!(m.get_runnable_scenarios(), ["s1", "s2"]);
    assert_eq!(m.get_all_actions().len(), 3);
    let err = m.save().send().unwrap_err();
    assert!(matches!(err, Error::InvalidArgument { .. }), "{err:?}");
    let m = c.get_app("INST").get_instance("INST").get_manifest().send().unwrap();
    assert!(m.save().send().is_err());
    let m = c.get_project("K").get_app_manifest().send().unwrap();
    m.save().send().unwrap();
    assert_eq!(
        sent(&server),
        [
            "GET /apps/MY_APP/",
            "GET /projects/INST/app-manifest",
            "GET /projects/K/app-manifest",
            "PUT /projects/K/app-manifest"
        ]
    );
}

#[test]
fn temporary_instances_get_a_random_key() {
    let server = serving(|m, _| {
        Some(if m == "POST" {
            json!({"jobId": "j"})
        } else {
            json!({"hasResult": true, "result": {}})
        })
    });
    let app = server.client().get_app("my app.v2");
    let key = app.make_random_project_key();
    let (prefix, random) = key.split_at("my_app_v2_tmp_".len());
    assert_eq!(prefix, "my_app_v2_tmp_");
    assert!(
        random.len() == 10 && random.chars().all(|c| c.is_ascii_alphabetic()),
        "{key}"
    );
    assert_ne!(key, app.make_random_project_key());
    let instance = app.create_temporary_instance().send().unwrap();
    let requests = server.take();
    let body = requests[0].json().unwrap();
    assert_eq!(body["isTemporaryAppInstance"], true);
    assert_eq!(body["targetProjectKey"], body["targetProjectName"]);
    assert_eq!(body["targetProjectKey"].as_str(), Some(instance.project_key()));
    assert_eq!(requests[1].path, "/futures/j", "the creation is waited for");
}

#[test]
fn local_views_of_documents() {
    let server = serving(|_, p| {
        Some(match p {
            p if p.ends_with("/history") => json!({"c1": [{"id": "r1"}, {"id": "r2"}]}),
            p if p.ends_with("/status") => json!({"state": "RUNNING", "syncedZones": [{"id": "z1"}, {"id": "z2"}]}),
            p if p.ends_with("/backend/state") => json!({"futureInfo": {"alive": true}}),
            p if p.contains("/worksheets/") => json!({"rootCard": {"cards": [{"type": "a"}]}}),
            p if p.starts_with("/project-standards/") => json!({"name": "Default", "selectionMethod": "ALL"}),
            _ => json!({}),
        })
    });
    let c = server.client();
    let p = c.get_project("P");
    let h = p.get_sql_notebook("n").get_history().send().unwrap();
    assert_eq!(h.get_query_runs("c1").len(), 2);
    assert!(h.get_query_runs("c9").is_empty());
    let st = p.get_code_studio("cs").get_status().send().unwrap();
    assert_eq!((st.state(), st.get_zones()), (Some("RUNNING"), vec!["z1", "z2"]));
    assert_eq!(p.get_webapp("w").get_state().send().unwrap().running(), Some(true));
    let mut ws = p
        .get_dataset("d")
        .get_statistics_worksheet("w")
        .get_settings()
        .send()
        .unwrap();
    ws.add_card(json!({"type": "b"}));
    let types: Vec<&Value> = ws.list_cards().iter().map(|c| &c["type"]).collect();
    assert_eq!(types, [&json!("a"), &json!("b")]);
    assert!(c
        .get_project_standards()
        .get_scope("Default")
        .send()
        .unwrap()
        .is_default());
    assert_eq!(sent(&server).len(), 5);
}

#[test]
fn project_standards_scopes_name_their_items_by_method() {
    let server = serving(|_, _| Some(json!({"name": "s"})));
    let ps = server.client().get_project_standards();
    ps.create_scope("s")
        .selection_method("BY_FOLDER")
        .items(["f1"])
        .send()
        .unwrap();
    ps.create_scope("s")
        .selection_method("ALL")
        .items(["x"])
        .send()
        .unwrap();
    let bodies: Vec<Value> = server.take().iter().filter_map(|r| r.json()).collect();
    assert_eq!(
        bodies,
        [
            json!({"name": "s", "description": "", "checks": [], "selectionMethod": "BY_FOLDER", "selectedFolders": ["f1"]}),
            json!({"name": "s", "description": "", "checks": [], "selectionMethod": "ALL"}),
        ]
    );
}

#[test]
fn webapp_backends_are_reached_through_the_host() {
    let server = serving(|_, _| Some(json!({})));
    let c = server.client();
    let b = c.get_project("P").get_webapp("w1").get_backend_client();
    assert_eq!(b.base_url(), format!("{}/web-apps-backends/P/w1/", c.host()));
    assert_eq!(
        b.url_for_path("//api/x"),
        format!("{}/web-apps-backends/P/w1/api/x", c.host())
    );
    assert!(sent(&server).is_empty());
}
