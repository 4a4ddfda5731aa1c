//! Path safety: every path argument is percent-encoded as exactly one
//! segment. Ids holding `/ ? # % & + space .. é` reach the server intact, as
//! one segment, and `..` never climbs out of the intended path (dataikuapi
//! pastes ids in raw).

use dss_api_tests::{canned_answer, Received, Recorder};

const ODD_IDS: &[&str] = &[
    "a/b",
    "q?x=1",
    "frag#x",
    "100%",
    "a&b=c",
    "c++",
    "with space",
    "..",
    ".",
    "é-ü",
    "../../admin",
];

/// The raw path's segments after `/dip/publicapi`, each decoded.
fn segments(r: &Received) -> Vec<String> {
    let raw = r.raw_path.strip_prefix("/dip/publicapi/").expect("API prefix kept");
    raw.split('/')
        .map(|s| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .unwrap()
                .into_owned()
        })
        .collect()
}

fn check(recorder: &Recorder, template: &[&str], id: &str) {
    let got = recorder.take();
    assert_eq!(got.len(), 1, "one request for {id:?}");
    let r = &got[0];
    assert!(
        r.query.is_empty() || !r.query.iter().any(|(k, _)| k == "x"),
        "{id:?} leaked into the query: {r:?}"
    );
    let want: Vec<String> = template
        .iter()
        .map(|s| if *s == "{}" { id.to_owned() } else { (*s).to_owned() })
        .collect();
    assert_eq!(segments(r), want, "raw path {}", r.raw_path);
    // No dot segment is ever sent raw, so nothing can normalise it away.
    assert!(
        !r.raw_path.split('/').any(|s| s == ".." || s == "."),
        "raw dot segment in {}",
        r.raw_path
    );
}

#[test]
fn odd_ids_stay_one_segment_on_several_methods() {
    let recorder = Recorder::start(canned_answer);
    let c = recorder.client();
    for id in ODD_IDS {
        c.get_project(*id).get_metadata().send().unwrap();
        check(&recorder, &["projects", "{}", "metadata"], id);

        c.get_user(*id).get_settings().send().unwrap();
        check(&recorder, &["admin", "users", "{}"], id);

        c.get_code_env("PYTHON", *id).get_definition().send().unwrap();
        check(&recorder, &["admin", "code-envs", "PYTHON", "{}"], id);

        c.get_log(*id).send().unwrap();
        check(&recorder, &["admin", "logs", "{}"], id);

        c.get_future(*id).abort().send().unwrap();
        check(&recorder, &["futures", "{}"], id);

        c.get_object_discussions("P", "DATASET", *id)
            .list_discussions()
            .send()
            .unwrap();
        check(&recorder, &["projects", "P", "discussions", "DATASET", "{}", ""], id);
    }
    recorder.mock().assert_calls(ODD_IDS.len() * 6);
}

#[test]
fn query_values_are_encoded_too() {
    let recorder = Recorder::start(canned_answer);
    let c = recorder.client();
    c.create_project_from_bundle_local_archive("/data/a b&c=d#e.zip")
        .send()
        .unwrap();
    let got = recorder.take();
    assert!(
        got[0]
            .query
            .contains(&("archivePath".to_owned(), "/data/a b&c=d#e.zip".to_owned())),
        "{:?}",
        got[0].query
    );
    assert_eq!(got[0].query.len(), 3);
    recorder.mock().assert_calls(1);
}

#[test]
fn multi_segment_paths_keep_their_slashes_and_nothing_else() {
    let recorder = Recorder::start(canned_answer);
    let c = recorder.client();
    let plugin = c.get_plugin("geoip");
    plugin
        .put_file("python-lib/dir with space/../a?b#c.py", b"x = 1".to_vec())
        .send()
        .unwrap();
    let mut stream = plugin.get_file("resource/é.txt").send().unwrap();
    std::io::copy(&mut stream, &mut std::io::sink()).unwrap();
    let got = recorder.take();
    assert_eq!(
        segments(&got[0]),
        [
            "plugins",
            "geoip",
            "contents",
            "python-lib",
            "dir with space",
            "..",
            "a?b#c.py"
        ],
        "{}",
        got[0].raw_path
    );
    assert!(got[0].raw_path.contains("/%2E%2E/"), "{}", got[0].raw_path);
    assert_eq!(got[0].body, b"x = 1");
    assert_eq!(got[0].header("content-length"), Some("5"));
    assert_eq!(segments(&got[1]), ["plugins", "geoip", "contents", "resource", "é.txt"]);
    let err = plugin.put_file("a//b", Vec::new()).send().unwrap_err();
    assert!(
        matches!(err, dss_api::Error::InvalidArgument { name: "path", .. }),
        "{err:?}"
    );
    recorder.mock().assert_calls(2);
}
