//! Bundles: `activate_bundle` sends its scenarios only when there are some
//! (as dataikuapi); archive paths on the server are sent as given (where
//! dataikuapi makes them absolute against the client's working directory);
//! archives go up as streamed multipart uploads.

use dss_api_tests::{api, client, server};
use httpmock::Method::POST;
use serde_json::json;

#[test]
fn activate_bundle_with_and_without_scenarios() {
    let server = server();
    let with_list = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/bundles/imported/v%201/actions/activate"))
            .json_body(json!({"scenariosActiveOnActivation": ["sc1", "sc2"]}));
        then.status(200)
            .json_body(json!({"aborted": false, "scenariosActivated": ["sc1", "sc2"]}));
    });
    let with_map = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/bundles/imported/v%201/actions/activate"))
            .json_body(json!({"scenariosActiveOnActivation": {"sc1": true, "sc2": false}}));
        then.status(200)
            .json_body(json!({"aborted": false, "scenariosActivated": ["sc1"]}));
    });
    let without = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/bundles/imported/v%201/actions/activate"))
            .json_body(json!({}));
        then.status(200)
            .json_body(json!({"aborted": false, "scenariosActivated": []}));
    });
    let c = client(&server);
    let project = c.get_project("P");

    let report = project
        .activate_bundle("v 1")
        .scenarios_to_enable(vec!["sc1", "sc2"])
        .send()
        .unwrap();
    assert_eq!(report["scenariosActivated"], json!(["sc1", "sc2"]));
    let report = project
        .activate_bundle("v 1")
        .scenarios_to_enable(json!({"sc1": true, "sc2": false}))
        .send()
        .unwrap();
    assert_eq!(report["scenariosActivated"], json!(["sc1"]));
    // Unset, an empty list and an empty object all send `{}`.
    project.activate_bundle("v 1").send().unwrap();
    project
        .activate_bundle("v 1")
        .scenarios_to_enable(Vec::<String>::new())
        .send()
        .unwrap();
    project
        .activate_bundle("v 1")
        .scenarios_to_enable(json!({}))
        .timeout(std::time::Duration::from_secs(30))
        .send()
        .unwrap();

    with_list.assert_calls(1);
    with_map.assert_calls(1);
    without.assert_calls(3);
}

#[test]
fn relative_archive_paths_are_sent_as_given() {
    let server = server();
    let relative = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/bundles/imported/actions/importFromArchive"))
            .query_param("archivePath", "bundles/b1.zip");
        then.status(200).json_body(json!({"bundleId": "b1"}));
    });
    let absolute = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/bundles/imported/actions/importFromArchive"))
            .query_param("archivePath", "/data/a b&c.zip");
        then.status(200).json_body(json!({"bundleId": "b2"}));
    });
    let c = client(&server);
    let project = c.get_project("P");
    // The archive is on the DSS server: this process's working directory
    // says nothing about where it is.
    let answer = project.import_bundle_from_archive("bundles/b1.zip").send().unwrap();
    assert_eq!(answer["bundleId"], "b1");
    let answer = project.import_bundle_from_archive("/data/a b&c.zip").send().unwrap();
    assert_eq!(answer["bundleId"], "b2");
    relative.assert_calls(1);
    absolute.assert_calls(1);
}

#[test]
fn bundle_archives_are_uploaded_as_multipart() {
    let recorder = dss_api_tests::Recorder::start(|_| (204, String::new()));
    let c = recorder.client();
    let path = std::env::temp_dir().join(format!("dss-api-bundle-{}.zip", std::process::id()));
    std::fs::write(&path, b"PK-bundle").unwrap();
    c.get_project("P")
        .import_bundle_from_stream(path.as_path())
        .send()
        .unwrap();
    c.get_projectdeployer()
        .upload_bundle(std::fs::File::open(&path).unwrap())
        .project_key("PUB")
        .send()
        .unwrap();
    std::fs::remove_file(&path).unwrap();
    let got = recorder.take();
    assert_eq!(got[0].path, "/projects/P/bundles/imported/actions/importFromStream");
    assert!(got[0].query.is_empty());
    assert_eq!(got[1].path, "/project-deployer/projects/bundles");
    assert_eq!(got[1].query, [("projectKey".to_owned(), "PUB".to_owned())]);
    // As dataikuapi (Python's `requests`) names a file object: a path's file
    // name, `file` for a file with no name known.
    let file_name = path.file_name().unwrap().to_str().unwrap().to_owned();
    for (r, name) in got.iter().zip([file_name.as_str(), "file"]) {
        assert_eq!(r.method, "POST");
        let parts = r.multipart().expect("a multipart upload");
        assert_eq!(parts.len(), 1);
        assert_eq!(parts[0].name, "file");
        assert_eq!(parts[0].filename.as_deref(), Some(name));
        assert_eq!(parts[0].content, b"PK-bundle");
        assert!(r.header("content-length").is_some(), "a file's length is known");
    }
    recorder.mock().assert_calls(2);
}
