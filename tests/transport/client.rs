//! Client construction: the three ways of authenticating recorded from
//! dataikuapi, the missing-credential error, and secrets kept out of output.

use dss_api::{DssClient, Error};
use dss_api_tests::{api, fixture, server};
use httpmock::Method::GET;
use serde_json::json;

fn auth_case(i: usize) -> serde_json::Value {
    fixture("conformance/dataikuapi-15.2.0-auth.json")[i].clone()
}

#[test]
fn api_key_is_basic_auth_with_empty_password() {
    let case = auth_case(0);
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(api("/plugins/"))
            .header("authorization", case["headers"]["authorization"].as_str().unwrap());
        then.status(200).json_body(json!([]));
    });
    DssClient::new(server.base_url(), "my-api-key")
        .unwrap()
        .list_plugins()
        .send()
        .unwrap();
    mock.assert();
}

#[test]
fn internal_ticket_header() {
    let case = auth_case(1);
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(api("/plugins/"))
            .header("x-dku-apiticket", case["headers"]["x-dku-apiticket"].as_str().unwrap())
            .header_missing("authorization");
        then.status(200).json_body(json!([]));
    });
    let c = DssClient::builder(server.base_url())
        .internal_ticket("tkt-123")
        .build()
        .unwrap();
    c.list_plugins().send().unwrap();
    mock.assert();
    assert!(!format!("{c:?}").contains("tkt-123"));
}

#[test]
fn extra_headers_are_sent_with_auth() {
    let case = auth_case(2);
    let h = &case["headers"];
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(api("/plugins/"))
            .header("x-trace", h["x-trace"].as_str().unwrap())
            .header("x-team", h["x-team"].as_str().unwrap())
            .header("authorization", h["authorization"].as_str().unwrap());
        then.status(200).json_body(json!([]));
    });
    let c = DssClient::builder(server.base_url())
        .api_key("k2")
        .header("X-Trace", "abc")
        .header("X-Team", "data")
        .build()
        .unwrap();
    c.list_plugins().send().unwrap();
    mock.assert();
}

#[test]
fn jwt_bearer_token() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(api("/plugins/"))
            .header("authorization", "Bearer eyJ.x.y");
        then.status(200).json_body(json!([]));
    });
    let c = DssClient::builder(server.base_url())
        .jwt_bearer_token("eyJ.x.y")
        .build()
        .unwrap();
    c.list_plugins().send().unwrap();
    mock.assert();
}

#[test]
fn no_credential_is_a_config_error() {
    let case = auth_case(3);
    assert!(case["error"].as_str().unwrap().contains("Authentication is required"));
    let err = DssClient::builder("http://localhost:11200").build().unwrap_err();
    assert!(matches!(err, Error::Config(_)), "{err:?}");
    assert!(
        err.to_string().to_lowercase().contains("authentication is required"),
        "{err}"
    );
}

#[test]
fn bad_host_is_a_config_error() {
    for host in [
        "localhost:11200",
        "",
        "ftp://x",
        "https://",
        "http://exa mple.com",
        "http://h:1?x=1",
        "http://h:port",
    ] {
        let err = DssClient::new(host, "k").unwrap_err();
        assert!(matches!(err, Error::Config(_)), "{host}: {err:?}");
    }
}

#[test]
fn host_with_trailing_slash_and_user_agent() {
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(api("/plugins/"))
            .header("user-agent", concat!("dss-api/", env!("CARGO_PKG_VERSION")));
        then.status(200).json_body(json!([]));
    });
    let c = DssClient::new(format!("{}/", server.base_url()), "k").unwrap();
    c.list_plugins().send().unwrap();
    mock.assert();
}

#[test]
fn debug_output_hides_every_secret() {
    let b = DssClient::builder("http://h:1")
        .api_key("SECRET-KEY")
        .header("X-Token", "SECRET-HEADER")
        .client_certificate_pem(Vec::new(), "SECRET-PEM");
    let shown = format!("{b:?}");
    assert!(!shown.contains("SECRET"), "{shown}");
    let c = DssClient::builder("http://h:1")
        .api_key("SECRET-KEY")
        .header("X-Token", "SECRET-HEADER")
        .build()
        .unwrap();
    let shown = format!("{c:?}");
    assert!(!shown.contains("SECRET"), "{shown}");
    assert!(shown.contains("X-Token"));
}

#[test]
fn clones_share_one_agent_and_are_send_sync() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<DssClient>();
    assert_send_sync::<dss_api::DssProject>();
    let server = server();
    let mock = server.mock(|when, then| {
        when.method(GET).path(api("/plugins/"));
        then.status(200).json_body(json!([]));
    });
    let c = DssClient::new(server.base_url(), "k").unwrap();
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let c = c.clone();
            std::thread::spawn(move || c.list_plugins().send().unwrap())
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    mock.assert_calls(4);
}
