//! Managed folder files: paths inside a folder reach the server segment by
//! segment, each encoded (spaces, `#`, `?`, `%`, `+`, unicode), slashes
//! kept, `..` never climbing out, leading slashes dropped (a path is
//! relative to the folder's root), empty segments refused before sending;
//! `upload_folder` sends one upload per local file, in a fixed order;
//! `compute_metrics` picks its endpoint as dataikuapi does.

use std::path::{Path, PathBuf};

use dss_api::Error;
use dss_api_tests::{Received, Recorder};
use serde_json::json;

const BASE: &str = "/dip/publicapi/projects/P/managedfolders/f1/contents/";

/// A server answering file reads with `bytes`, uploads with the item DSS
/// would describe, and everything else with `{}`.
fn folder_server() -> Recorder {
    Recorder::start_with(|r: &Received| {
        let (content_type, body) = match r.method.as_str() {
            "GET" => ("application/octet-stream", b"file-bytes".to_vec()),
            "POST" if r.path.contains("/contents/") => {
                let path = r.path.split("/contents").nth(1).unwrap_or_default();
                let item = json!({"path": path, "size": r.multipart().map_or(0, |p| p[0].content.len())});
                ("application/json", item.to_string().into_bytes())
            }
            _ => ("application/json", b"{}".to_vec()),
        };
        dss_api_tests::Answer {
            status: 200,
            content_type: Some(content_type.into()),
            body,
        }
    })
}

/// The segments after `.../contents/`, each decoded, from the raw path.
fn file_segments(r: &Received) -> Vec<String> {
    let raw = r
        .raw_path
        .strip_prefix(BASE)
        .unwrap_or_else(|| panic!("not a file path: {}", r.raw_path));
    raw.split('/')
        .map(|s| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .unwrap()
                .into_owned()
        })
        .collect()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dss-api-folders-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(root: &Path, relative: &str, content: &str) {
    let path = root.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, content).unwrap();
}

#[test]
fn odd_file_paths_reach_the_server_segment_by_segment() {
    let recorder = folder_server();
    let folder = recorder.client().get_project("P").get_managed_folder("f1");
    let cases: &[(&str, &[&str], &str)] = &[
        (
            "with space/a b.txt",
            &["with space", "a b.txt"],
            "with%20space/a%20b.txt",
        ),
        ("x#1?y%z+&=.txt", &["x#1?y%z+&=.txt"], "x%231%3Fy%25z%2B%26%3D.txt"),
        (
            "100%/é ü/日本.csv",
            &["100%", "é ü", "日本.csv"],
            "100%25/%C3%A9%20%C3%BC/%E6%97%A5%E6%9C%AC.csv",
        ),
        ("../../admin/x", &["..", "..", "admin", "x"], "%2E%2E/%2E%2E/admin/x"),
        ("a/./b", &["a", ".", "b"], "a/%2E/b"),
    ];
    let local = temp_dir("odd").join("copy");
    for (path, segments, raw) in cases {
        let mut stream = folder.get_file(*path).send().unwrap();
        std::io::copy(&mut stream, &mut std::io::sink()).unwrap();
        let n = folder.get_file_to_file(*path, &local).send().unwrap();
        assert_eq!(n, 10);
        assert_eq!(std::fs::read(&local).unwrap(), b"file-bytes");
        let item = folder.put_file(*path, b"content".to_vec()).send().unwrap();
        assert_eq!(item.size, Some(7));
        folder.delete_file(*path).send().unwrap();
        let got = recorder.take();
        let methods: Vec<&str> = got.iter().map(|r| r.method.as_str()).collect();
        assert_eq!(methods, ["GET", "GET", "POST", "DELETE"], "{path}");
        for r in &got {
            assert_eq!(file_segments(r), *segments, "{path}: {}", r.raw_path);
            assert_eq!(r.raw_path, format!("{BASE}{raw}"), "{path}");
            assert!(r.query.is_empty(), "{path} leaked into the query: {:?}", r.query);
            // No dot segment is ever sent raw, so nothing normalises it away.
            assert!(!r.raw_path.split('/').any(|s| s == ".." || s == "."), "{}", r.raw_path);
        }
        let parts = got[2].multipart().expect("a multipart upload");
        assert_eq!(parts.len(), 1);
        assert_eq!(
            (
                parts[0].name.as_str(),
                parts[0].filename.as_deref(),
                parts[0].content.as_slice()
            ),
            ("file", Some(""), b"content".as_slice()),
            "one part named `file` with an empty file name, as dataikuapi sends it"
        );
    }
    recorder.mock().assert_calls(cases.len() * 4);
    std::fs::remove_dir_all(local.parent().unwrap()).unwrap();
}

#[test]
fn leading_slashes_are_dropped() {
    let recorder = folder_server();
    let folder = recorder.client().get_project("P").get_managed_folder("f1");
    // The form `list_contents` answers with, and dataikuapi's examples use.
    let mut stream = folder.get_file("/sub dir/a b.txt").send().unwrap();
    std::io::copy(&mut stream, &mut std::io::sink()).unwrap();
    folder.put_file("//a.txt", b"x".to_vec()).send().unwrap();
    folder.delete_file("/a.txt").send().unwrap();
    folder.delete_file("///deep/b.txt").send().unwrap();
    let got = recorder.take();
    let raw: Vec<&str> = got.iter().map(|r| r.raw_path.as_str()).collect();
    assert_eq!(
        raw,
        [
            format!("{BASE}sub%20dir/a%20b.txt"),
            format!("{BASE}a.txt"),
            format!("{BASE}a.txt"),
            format!("{BASE}deep/b.txt"),
        ]
    );
    recorder.mock().assert_calls(4);
}

#[test]
fn empty_segments_are_refused_before_sending() {
    let recorder = folder_server();
    let folder = recorder.client().get_project("P").get_managed_folder("f1");
    for path in ["", "/", "a//b.txt", "dir/"] {
        let err = folder.get_file(path).send().unwrap_err();
        assert!(
            matches!(err, Error::InvalidArgument { name: "path", .. }),
            "{path:?}: {err:?}"
        );
        let err = folder.put_file(path, b"x".to_vec()).send().unwrap_err();
        assert!(
            matches!(err, Error::InvalidArgument { name: "path", .. }),
            "{path:?}: {err:?}"
        );
        let err = folder.delete_file(path).send().unwrap_err();
        assert!(
            matches!(err, Error::InvalidArgument { name: "path", .. }),
            "{path:?}: {err:?}"
        );
    }
    recorder.mock().assert_calls(0);
}

#[test]
fn upload_folder_sends_every_file_in_order() {
    let root = temp_dir("nested");
    write(&root, "b.txt", "B");
    write(&root, "a dir/z.txt", "AZ");
    write(&root, "a dir/deeper/é#1.txt", "deep");
    write(&root, "c/d/e/f.bin", "F");
    std::fs::create_dir_all(root.join("empty/nothing")).unwrap();
    let recorder = folder_server();
    let folder = recorder.client().get_project("P").get_managed_folder("f1");

    let written = folder.upload_folder("/target dir/", &root).send().unwrap();

    let expected = [
        ("target dir/a dir/deeper/é#1.txt", "deep"),
        ("target dir/a dir/z.txt", "AZ"),
        ("target dir/b.txt", "B"),
        ("target dir/c/d/e/f.bin", "F"),
    ];
    let got = recorder.take();
    assert_eq!(got.len(), expected.len(), "one upload per file, nothing for empty dirs");
    for (r, (path, content)) in got.iter().zip(expected) {
        assert_eq!(r.method, "POST");
        assert_eq!(file_segments(r).join("/"), path, "{}", r.raw_path);
        let parts = r.multipart().expect("a multipart upload");
        assert_eq!(parts.len(), 1, "{path}");
        assert_eq!(parts[0].name, "file");
        assert_eq!(parts[0].filename.as_deref(), Some(""));
        assert_eq!(parts[0].content, content.as_bytes(), "{path}");
    }
    let paths: Vec<String> = written.into_iter().map(|i| i.path).collect();
    let want: Vec<String> = expected.iter().map(|(p, _)| format!("/{p}")).collect();
    assert_eq!(paths, want, "the answers, in order");
    recorder.mock().assert_calls(expected.len());
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn upload_folder_to_the_root() {
    let root = temp_dir("root");
    write(&root, "a.txt", "file-a-bytes");
    write(&root, "sub/b.txt", "file-b-bytes");
    let recorder = folder_server();
    let folder = recorder.client().get_project("P").get_managed_folder("f1");
    for target in ["", "/"] {
        folder.upload_folder(target, &root).send().unwrap();
        let got = recorder.take();
        let raw: Vec<&str> = got.iter().map(|r| r.raw_path.as_str()).collect();
        // dataikuapi sends `contents//a.txt` for an empty target.
        assert_eq!(raw, [format!("{BASE}a.txt"), format!("{BASE}sub/b.txt")], "{target:?}");
        let contents: Vec<Vec<u8>> = got.iter().map(|r| r.multipart().unwrap()[0].content.clone()).collect();
        assert_eq!(contents, [b"file-a-bytes".to_vec(), b"file-b-bytes".to_vec()]);
    }
    recorder.mock().assert_calls(4);
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn upload_folder_of_a_missing_directory_sends_nothing() {
    let recorder = folder_server();
    let folder = recorder.client().get_project("P").get_managed_folder("f1");
    let missing = std::env::temp_dir().join(format!("dss-api-folders-{}-missing", std::process::id()));
    let err = folder.upload_folder("up", &missing).send().unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    // An empty directory is no error, and no request either.
    let empty = temp_dir("empty");
    assert!(folder.upload_folder("up", &empty).send().unwrap().is_empty());
    recorder.mock().assert_calls(0);
    std::fs::remove_dir_all(&empty).unwrap();
}

#[test]
fn compute_metrics_picks_its_endpoint_like_dataikuapi() {
    let recorder = folder_server();
    let folder = recorder.client().get_project("P").get_managed_folder("f1");
    folder.compute_metrics().send().unwrap();
    folder
        .compute_metrics()
        .probes(json!({"probes": [{"type": "basic"}]}))
        .send()
        .unwrap();
    folder
        .compute_metrics()
        .probes(json!({"probes": []}))
        .metric_ids(["m1", "m2"])
        .send()
        .unwrap();
    folder
        .compute_metrics()
        .metric_ids(Vec::<String>::new())
        .send()
        .unwrap();
    let got = recorder.take();
    let seen: Vec<(String, Option<serde_json::Value>)> = got
        .iter()
        .map(|r| {
            let action = r.path.rsplit('/').next().unwrap_or_default().to_owned();
            (action, r.json())
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("computeMetrics".to_owned(), None),
            (
                "computeMetrics".to_owned(),
                Some(json!({"probes": [{"type": "basic"}]}))
            ),
            (
                "computeMetricsFromIds".to_owned(),
                Some(json!({"metricIds": ["m1", "m2"]}))
            ),
            ("computeMetricsFromIds".to_owned(), Some(json!({"metricIds": []}))),
        ]
    );
    assert!(got[0].body.is_empty(), "no body at all without ids or probes");
    assert!(got.iter().all(|r| r.method == "POST"));
    recorder.mock().assert_calls(4);
}
