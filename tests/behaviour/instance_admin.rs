//! The instance's administration by hand-written code: a client acting as
//! a user, local models of a connection, messaging channel builders,
//! permission checks, a destructive call refused without confirmation, a
//! project folder's path, and what each sends.

use dss_api::Error;
use dss_api_tests::Recorder;
use serde_json::{json, Value};

#[test]
fn a_client_acting_as_a_user_sends_the_proxy_header_and_the_same_key() {
    let recorder = Recorder::start(|_| (200, "[]".into()));
    let c = recorder.client();
    let alice = c.get_user("alice").get_client_as().unwrap();
    alice.list_project_keys().send().unwrap();
    c.list_project_keys().send().unwrap();
    let sent = recorder.take();
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0].header("x-dku-proxyuser"), Some("alice"));
    assert_eq!(sent[0].header("authorization"), sent[1].header("authorization"));
    assert!(sent[0].header("authorization").is_some());
    // The client it was made from is unchanged.
    assert_eq!(sent[1].header("x-dku-proxyuser"), None);
    assert!(format!("{alice:?}").contains("X-DKU-ProxyUser"), "{alice:?}");
}

#[test]
fn a_login_that_cannot_be_a_header_is_refused() {
    let recorder = Recorder::start(|_| (200, "{}".into()));
    let e = recorder.client().get_user("a\nb").get_client_as().unwrap_err();
    assert!(matches!(e, Error::Config(_)), "{e}");
    assert!(!e.to_string().contains("a\nb"), "{e}");
    assert!(recorder.take().is_empty());
}

#[test]
fn local_models_are_listed_from_a_hugging_face_connection_only() {
    let recorder = Recorder::start(|r| match r.path.as_str() {
        "/admin/connections/hf" => (
            200,
            json!({"type": "HuggingFaceLocal", "params": {"models": [{"id": "m1"}, {"id": "m2"}]}}).to_string(),
        ),
        "/admin/connections/pg" => (200, json!({"type": "PostgreSQL", "params": {}}).to_string()),
        _ => (404, "{}".into()),
    });
    let c = recorder.client();
    let models = c.get_connection("hf").list_local_models().send().unwrap();
    let ids: Vec<(&str, &str)> = models.iter().map(|m| (m.connection_name(), m.model_id())).collect();
    assert_eq!(ids, [("hf", "m1"), ("hf", "m2")]);
    let e = c.get_connection("pg").list_local_models().send().unwrap_err();
    assert!(matches!(e, Error::InvalidArgument { .. }), "{e}");
    let paths: Vec<String> = recorder.take().into_iter().map(|r| r.path).collect();
    assert_eq!(paths, ["/admin/connections/hf", "/admin/connections/pg"]);
}

#[test]
fn a_messaging_channel_builder_sends_its_configuration_and_hides_it() {
    let recorder = Recorder::start(|_| (200, json!({"id": "twilio-1", "type": "twilio"}).to_string()));
    let c = recorder.client();
    let e = c.new_messaging_channel("carrier-pigeon").unwrap_err();
    assert!(e.to_string().contains("carrier-pigeon"), "{e}");
    let builder = c
        .new_messaging_channel("twilio")
        .unwrap()
        .with_account_sid("AC1")
        .with_auth_token("tok-secret")
        .with_from_number("+100")
        .config("extra", json!({"a": 1}));
    assert!(!format!("{builder:?}").contains("tok-secret"));
    let channel = builder.create().send().unwrap();
    assert_eq!(channel.id(), "twilio-1");
    let sent = recorder.take();
    assert_eq!(sent.len(), 1);
    assert_eq!(
        (sent[0].method.as_str(), sent[0].path.as_str()),
        ("POST", "/messaging-channels/")
    );
    let body: Value = serde_json::from_slice(&sent[0].body).unwrap();
    assert_eq!(
        body,
        json!({"id": "", "type": "twilio", "configuration": {"accountSid": "AC1", "authToken": "tok-secret",
               "fromNumber": "+100", "extra": {"a": 1}}, "permissions": null})
    );
}

#[test]
fn a_permission_check_sends_its_items() {
    let recorder = Recorder::start(|_| (200, json!({"items": [{"canRead": true}]}).to_string()));
    let c = recorder.client();
    let mut check = c.new_permission_check();
    check.with_item("DATASET", "P", "d1");
    let answer = check.execute_raw().send().unwrap();
    assert_eq!(answer["items"][0]["canRead"], true);
    let sent = recorder.take();
    assert_eq!(sent[0].path, "/permissions/actions/check-objects");
    let body: Value = serde_json::from_slice(&sent[0].body).unwrap();
    assert_eq!(
        body,
        json!({"items": [{"objectType": "DATASET", "objectProjectKey": "P", "objectId": "d1"}]})
    );
}

#[test]
fn wiping_a_project_history_needs_a_confirmation() {
    let recorder = Recorder::start(|_| (204, String::new()));
    let git = recorder.client().get_project("P").get_project_git();
    let e = git.drop_and_rebuild().send().unwrap_err();
    assert!(
        matches!(
            e,
            Error::InvalidArgument {
                name: "i_know_what_i_am_doing",
                ..
            }
        ),
        "{e}"
    );
    assert!(recorder.take().is_empty(), "nothing is sent without the confirmation");
    git.drop_and_rebuild().i_know_what_i_am_doing(true).send().unwrap();
    let sent = recorder.take();
    assert_eq!(sent[0].path, "/projects/P/git/actions/dropAndRebuild");
    assert_eq!(sent[0].query, [("iKnowWhatIAmDoing".to_owned(), "true".to_owned())]);
}

#[test]
fn a_remote_the_repository_does_not_have_is_none() {
    let recorder = Recorder::start(|r| match r.path.as_str() {
        "/projects/P/git/remotes/origin" => (200, "{}".into()),
        "/projects/P/git/remotes/up" => (200, json!({"url": "https://git.example/r.git"}).to_string()),
        _ => (404, "{}".into()),
    });
    let git = recorder.client().get_project("P").get_project_git();
    assert_eq!(git.get_remote().send().unwrap(), None);
    assert_eq!(
        git.get_remote().name("up").send().unwrap().as_deref(),
        Some("https://git.example/r.git")
    );
    assert_eq!(recorder.take().len(), 2);
}

#[test]
fn the_root_folder_path_needs_no_more_request() {
    let recorder = Recorder::start(|r| match r.path.as_str() {
        "/project-folders/ROOT" => (
            200,
            json!({"id": "ROOT", "name": "/", "childrenIds": [], "projectKeys": ["A", "B"]}).to_string(),
        ),
        _ => (404, "{}".into()),
    });
    let c = recorder.client();
    let root = c.get_root_project_folder().send().unwrap();
    assert_eq!(root.get_path().send().unwrap(), "/");
    assert!(root.get_parent().send().unwrap().is_none());
    assert!(root.list_child_folders().send().unwrap().is_empty());
    let keys: Vec<String> = root
        .list_projects()
        .iter()
        .map(|p| p.project_key().to_owned())
        .collect();
    assert_eq!(keys, ["A", "B"]);
    assert_eq!(recorder.take().len(), 1);
}

#[test]
fn users_in_bulk_keep_their_passwords_out_of_debug() {
    let recorder = Recorder::start(|_| (200, "[]".into()));
    let c = recorder.client();
    let request = c.create_users(json!([{"login": "u1", "password": "hunter2"}]));
    assert!(!format!("{request:?}").contains("hunter2"));
    request.send().unwrap();
    let sent = recorder.take();
    let body: Value = serde_json::from_slice(&sent[0].body).unwrap();
    assert_eq!(body[0]["password"], "hunter2");
    assert_eq!(body[0]["userProfile"], "DATA_SCIENTIST");
}
