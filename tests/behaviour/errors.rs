//! What becomes of a server's bad answers: every one a typed error, never a
//! panic, never a secret in the message.

use std::time::Duration;

use dss_api::{DssClient, Error};
use dss_api_tests::{api, client, server, API_KEY};
use httpmock::Method::GET;
use serde_json::json;

#[test]
fn dss_error_document_is_kept() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET).path(api("/projects/NOPE/metadata"));
        then.status(404).json_body(json!({
            "errorType": "com.dataiku.dip.exceptions.UnknownObjectException",
            "message": "Project not found",
            "detailedMessage": "Project NOPE does not exist",
            "stackTrace": []
        }));
    });
    let err = client(&server).get_project("NOPE").get_metadata().send().unwrap_err();
    mock.assert();
    assert_eq!(err.status(), Some(404));
    assert!(err.is_not_found());
    assert!(!err.is_retryable());
    let api_err = err.api().unwrap();
    assert_eq!(
        api_err.error_type(),
        Some("com.dataiku.dip.exceptions.UnknownObjectException")
    );
    assert_eq!(api_err.message(), Some("Project not found"));
    assert_eq!(api_err.detailed_message(), Some("Project NOPE does not exist"));
    assert!(api_err.body().contains("stackTrace"));
    let shown = err.to_string();
    assert!(
        shown.starts_with("HTTP 404 from `DssProject::get_metadata` (GET http://127.0.0.1:")
            && shown.ends_with("/dip/publicapi/projects/NOPE/metadata): com.dataiku.dip.exceptions.UnknownObjectException: Project NOPE does not exist"),
        "{shown}"
    );
}

#[test]
fn html_and_empty_error_bodies() {
    let server = server();
    let html = server.mock(|when, then| {
        when.method(GET).path(api("/projects/"));
        then.status(502).body("<html><body>Bad gateway</body></html>");
    });
    let empty = server.mock(|when, then| {
        when.method(GET).path(api("/plugins/"));
        then.status(500);
    });
    let c = client(&server);
    let err = c.list_project_keys().send().unwrap_err();
    assert_eq!(err.status(), Some(502));
    assert!(err.is_retryable());
    assert!(err.to_string().contains("HTTP 502"), "{err}");
    assert!(err.to_string().contains("Bad gateway"), "{err}");
    let err = c.list_plugins().send().unwrap_err();
    assert_eq!(err.status(), Some(500));
    assert!(err.to_string().contains("empty body"), "{err}");
    html.assert();
    empty.assert();
}

#[test]
fn garbage_success_body_is_a_decode_error() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET).path(api("/projects/"));
        then.status(200).body("this is not json");
    });
    let err = client(&server).list_project_keys().send().unwrap_err();
    mock.assert();
    assert!(
        matches!(
            err,
            Error::Decode { endpoint, .. } if endpoint.to_string() == "DssClient::list_project_keys"
        ),
        "{err:?}"
    );
}

#[test]
fn wrong_shape_is_a_decode_error() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET).path(api("/projects/"));
        then.status(200).json_body(json!({"not": "a list"}));
    });
    let err = client(&server).list_project_keys().send().unwrap_err();
    mock.assert();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
}

#[test]
fn per_request_timeout_is_a_timeout_error() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET).path(api("/plugins/"));
        then.status(200).json_body(json!([])).delay(Duration::from_millis(1500));
    });
    let err = client(&server)
        .list_plugins()
        .timeout(Duration::from_millis(200))
        .send()
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert_eq!(err.timeout_phase(), Some(dss_api::TimeoutPhase::Total));
    assert!(err.to_string().contains("`DssClient::list_plugins`"), "{err}");
    assert!(err.to_string().contains("200ms"), "{err}");
    // A request that may have reached the server is not retried.
    assert!(!err.is_retryable());
    mock.assert();
}

#[test]
fn connection_refused_is_a_transport_error() {
    // Bind then drop a listener to get a port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let c = DssClient::new(format!("http://127.0.0.1:{port}"), API_KEY).unwrap();
    let err = c.list_plugins().send().unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(err.is_retryable());
    assert!(!format!("{err:?}{err}").contains(API_KEY));
}

#[test]
fn empty_path_argument_is_refused_before_sending() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!({}));
    });
    let err = client(&server).get_project("").get_metadata().send().unwrap_err();
    assert!(
        matches!(
            err,
            Error::InvalidArgument {
                name: "project_key",
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(mock.calls(), 0);
}

#[test]
fn default_project_needs_the_environment_variable() {
    // This test binary is the only place that touches the variable.
    std::env::remove_var("DKU_CURRENT_PROJECT_KEY");
    let c = DssClient::new("http://127.0.0.1:9", "k").unwrap();
    let err = c.get_default_project().unwrap_err();
    assert!(matches!(err, Error::Config(_)), "{err:?}");
    assert!(err.to_string().contains("DKU_CURRENT_PROJECT_KEY"), "{err}");
    let err = c.get_resolved_variables().send().unwrap_err();
    assert!(err.to_string().contains("DKU_CURRENT_PROJECT_KEY"), "{err}");
    std::env::set_var("DKU_CURRENT_PROJECT_KEY", "MYPROJ");
    assert_eq!(c.get_default_project().unwrap().project_key(), "MYPROJ");
    std::env::remove_var("DKU_CURRENT_PROJECT_KEY");
}

#[test]
fn bad_certificates_are_config_errors() {
    let err = DssClient::builder("https://dss:11200")
        .api_key("k")
        .ca_certificate_pem("not a pem")
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::Config(_)), "{err:?}");
    let err = DssClient::builder("https://dss:11200")
        .api_key("k")
        .client_certificate_pem("not a pem", "not a key")
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::Config(_)), "{err:?}");
    assert!(!format!("{err:?}").contains("not a key"));
    let err = DssClient::builder("http://dss:1")
        .api_key("k")
        .header("Bad Header", "v")
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::Config(_)), "{err:?}");
}

#[test]
fn a_creation_reported_as_failed_in_a_200_answer_is_an_error() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(httpmock::Method::POST).path(api("/admin/clusters/"));
        then.status(200)
            .json_body(json!({"messages": {"error": true, "messages": [{"message": "no such type"}]}}));
    });
    let err = client(&server).create_cluster("c").send().unwrap_err();
    mock.assert();
    assert!(
        matches!(
            err,
            Error::OperationFailed { endpoint, .. } if endpoint.to_string() == "DssClient::create_cluster"
        ),
        "{err:?}"
    );
    let shown = err.to_string();
    assert!(
        shown.starts_with("`DssClient::create_cluster` (POST http://127.0.0.1:")
            && shown.ends_with("/dip/publicapi/admin/clusters/) failed: no such type"),
        "{shown}"
    );
}

#[test]
fn invalid_license_text_is_refused_before_sending() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.any_request();
        then.status(200);
    });
    let err = client(&server).set_license("{not json").send().unwrap_err();
    assert!(matches!(err, Error::InvalidArgument { name: "license", .. }), "{err:?}");
    assert_eq!(mock.calls(), 0);
}

#[test]
fn a_spread_argument_must_be_an_object() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.any_request();
        then.status(200);
    });
    let err = client(&server)
        .create_code_env("PYTHON", "e", "DESIGN_MANAGED")
        .params(json!([1]))
        .send()
        .unwrap_err();
    assert!(matches!(err, Error::InvalidArgument { name: "params", .. }), "{err:?}");
    assert_eq!(mock.calls(), 0);
}

#[test]
fn bodiless_writes_carry_a_zero_content_length() {
    // dataikuapi sends `Content-Length: 0` on POST/PUT/DELETE without a
    // body; some proxies refuse a POST that has neither length nor body.
    let recorder = dss_api_tests::Recorder::start(dss_api_tests::canned_answer);
    let c = recorder.client();
    c.push_base_images().send().unwrap();
    c.get_future("j").abort().send().unwrap();
    c.list_plugins().send().unwrap();
    let got = recorder.take();
    assert_eq!(got[0].header("content-length"), Some("0"), "{:?}", got[0].headers);
    assert_eq!(got[1].header("content-length"), Some("0"), "{:?}", got[1].headers);
    assert_eq!(got[2].header("content-length"), None, "a GET has none");
    recorder.mock().assert_calls(3);
}

#[test]
fn a_non_utf8_error_body_is_kept_lossily() {
    let server = dss_api_tests::raw::RawServer::start(|_, _, out| {
        dss_api_tests::raw::respond(
            out,
            503,
            "text/html; charset=latin1",
            b"<h1>Service indisponible \xe9t\xe9</h1>",
        );
    });
    let err = DssClient::new(&server.url, "k")
        .unwrap()
        .list_plugins()
        .send()
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    let body = err.api().unwrap().body();
    assert!(body.starts_with("<h1>Service indisponible"), "{body:?}");
    assert!(err.to_string().contains("Service indisponible"), "{err}");
    assert_eq!(server.requests(), 1);
}

/// Methods of the same name on different handles fail with messages that
/// say which one failed, from their identity in the catalog.
#[test]
fn errors_name_the_method_by_owner() {
    let server = server();
    let gone = server.mock(|when, then| {
        when.method(httpmock::Method::DELETE);
        then.status(404)
            .json_body(json!({"errorType": "NotFound", "message": "no such object"}));
    });
    let c = client(&server);
    let project = c.get_project("P");
    let dataset = project.get_dataset("d").delete().send().unwrap_err();
    let folder = project.get_managed_folder("f").delete().send().unwrap_err();
    gone.assert_calls(2);
    let named = |e: &Error| e.endpoint().map(|e| e.to_string());
    assert_eq!(named(&dataset).as_deref(), Some("DssDataset::delete"));
    assert_eq!(named(&folder).as_deref(), Some("DssManagedFolder::delete"));
    assert_eq!(
        dataset.api().map(|a| a.endpoint()),
        Some(dss_api::requests::DatasetDelete::ENDPOINT)
    );
}

/// Walks an error's chain: no cause repeats the text of the one above it,
/// so anyhow's `{:#}` and `Caused by:` show each once.
fn assert_each_cause_once(err: dss_api::Error) {
    let mut above = err.to_string();
    let mut cause = std::error::Error::source(&err);
    while let Some(c) = cause {
        let text = c.to_string();
        assert!(!above.contains(&text), "`{above}` repeats its cause `{text}`");
        above = text;
        cause = c.source();
    }
    let chain = format!("{:#}", anyhow::Error::from(err));
    let parts: Vec<&str> = chain.split(": ").collect();
    for (i, p) in parts.iter().enumerate() {
        assert!(
            p.len() < 12 || !parts[i + 1..].iter().any(|q| q.contains(p)),
            "`{chain}` repeats `{p}`"
        );
    }
}

#[test]
fn call_errors_name_method_host_and_path_and_each_cause_once() {
    // Nothing listens on this port: the connection is refused.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let c = DssClient::new(format!("http://user:pw@127.0.0.1:{port}"), "k").unwrap();
    let err = c.get_project("A B").get_metadata().send().unwrap_err();
    let shown = err.to_string();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(
        shown.starts_with(&format!(
            "transport error calling `DssProject::get_metadata` (GET http://127.0.0.1:{port}/dip/publicapi/projects/A%20B/metadata): "
        )),
        "{shown}"
    );
    assert!(!shown.contains("pw"), "no user info of the host: {shown}");
    let site = err.site().unwrap();
    assert_eq!(site.verb(), dss_api::Verb::Get);
    assert_eq!(
        site.url(),
        format!("http://127.0.0.1:{port}/dip/publicapi/projects/A%20B/metadata")
    );
    assert_each_cause_once(err);

    // A decoding error names the request too, and says what is wrong once.
    let server = server();
    let garbage = server.mock(|when, then| {
        when.method(GET).path(api("/projects/P/metadata"));
        then.status(200).body("{not json");
    });
    let err = client(&server).get_project("P").get_metadata().send().unwrap_err();
    garbage.assert();
    let shown = err.to_string();
    assert!(
        shown.contains("`DssProject::get_metadata` (GET http://127.0.0.1:"),
        "{shown}"
    );
    assert!(
        shown.contains("/dip/publicapi/projects/P/metadata): key must be a string"),
        "{shown}"
    );
    assert_each_cause_once(err);
}

#[test]
fn local_file_errors_name_the_file() {
    let server = server();
    let download = server.mock(|when, then| {
        when.method(GET).path(api("/plugins/p/download"));
        then.status(200).body("zip");
    });
    let missing_dir = std::env::temp_dir().join(format!("dss-api-no-such-dir-{}", std::process::id()));
    let target = missing_dir.join("p.zip");
    let err = client(&server)
        .download_plugin_to_file("p", &target)
        .send()
        .unwrap_err();
    download.assert();
    match &err {
        Error::Io { path: Some(p), .. } => assert!(p.starts_with(&missing_dir), "{p:?}"),
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains(&missing_dir.display().to_string()), "{err}");
    assert_each_cause_once(err);
    // An upload from a file that is not there names it, before anything is sent.
    let err = client(&server)
        .install_plugin_from_archive(target.as_path())
        .send()
        .unwrap_err();
    match &err {
        Error::Io { path: Some(p), .. } => assert_eq!(p, &target),
        other => panic!("{other:?}"),
    }
    assert_each_cause_once(err);
}
