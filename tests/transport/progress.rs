//! Progress callbacks on long transfers: every upload (multipart or raw)
//! and every streamed answer (read, saved to a file, copied into a writer)
//! reports its chunks to the request's `on_progress`, monotonically, ending
//! exactly at the total. One mechanism in the request core, so a few
//! endpoints of each kind stand for all of them.

use std::io::Read;
use std::sync::{Arc, Mutex};

use dss_api::{RequestOptions, TransferDirection, TransferProgress, Upload};
use dss_api_tests::{api, client, server};
use httpmock::Method::{GET, POST};

/// Several MiB, not a multiple of any buffer size.
const SIZE: usize = (6 << 20) + 12_345;

fn payload() -> Vec<u8> {
    (0..SIZE).map(|i| (i % 251) as u8).collect()
}

/// A callback that keeps every report.
fn recorder() -> (
    Arc<Mutex<Vec<TransferProgress>>>,
    impl Fn(TransferProgress) + Send + Sync + 'static,
) {
    let seen: Arc<Mutex<Vec<TransferProgress>>> = Arc::default();
    let keep = seen.clone();
    (seen, move |p| keep.lock().unwrap().push(p))
}

/// Reports only grow, all go the same way, all know the total, and the
/// last one is the total; returns how many there were.
fn check(seen: &Mutex<Vec<TransferProgress>>, direction: TransferDirection, total: u64) -> usize {
    let seen = seen.lock().unwrap();
    assert!(seen.len() > 1, "a {total}-byte transfer reported {} times", seen.len());
    for w in seen.windows(2) {
        assert!(w[0].done < w[1].done, "not monotonic: {:?} then {:?}", w[0], w[1]);
    }
    for p in seen.iter() {
        assert_eq!(p.direction, direction);
        assert_eq!(p.total, Some(total), "{p:?}");
        assert!(p.done <= total, "{p:?}");
    }
    assert_eq!(seen.last().unwrap().done, total);
    seen.len()
}

#[test]
fn uploads_report_their_progress() {
    let server = server();
    let data = payload();
    let folder_put = server.mock(|when, then| {
        when.method(POST)
            .path(api("/projects/P/managedfolders/F/contents/big.bin"))
            .header_includes("content-type", "multipart/form-data")
            .body_includes("filename=\"\"");
        then.status(200)
            .json_body(serde_json::json!({"path": "/big.bin", "size": SIZE}));
    });
    let expected = data.clone();
    let plugin_put = server.mock(move |when, then| {
        when.method(POST)
            .path(api("/plugins/p/contents/big.bin"))
            .is_true(move |req| req.body_ref() == expected.as_slice());
        then.status(200);
    });
    let client = client(&server);
    let folder = client.get_project("P").get_managed_folder("F");

    // A multipart upload of bytes: only the file's bytes are counted.
    let (seen, on_progress) = recorder();
    let item = folder
        .put_file("big.bin", data.clone())
        .on_progress(on_progress)
        .send()
        .unwrap();
    assert_eq!(item.size, Some(SIZE as i64));
    let reports = check(&seen, TransferDirection::Upload, SIZE as u64);
    folder_put.assert_calls(1);

    // A raw body from a file on disk, the callback given through shared
    // request options.
    let path = std::env::temp_dir().join(format!("dss-api-progress-{}.bin", std::process::id()));
    std::fs::write(&path, &data).unwrap();
    let (seen, on_progress) = recorder();
    let options = RequestOptions::new().on_progress(on_progress);
    let plugin = client.get_plugin("p");
    plugin
        .put_file("big.bin", Upload::path(&path))
        .request_options(options)
        .send()
        .unwrap();
    let raw_reports = check(&seen, TransferDirection::Upload, SIZE as u64);
    plugin_put.assert_calls(1);
    std::fs::remove_file(&path).unwrap();
    dss_api_tests::report(&format!(
        "progress: {SIZE}-byte uploads reported {reports} times (multipart) and {raw_reports} times (raw)"
    ));
}

#[test]
fn downloads_report_their_progress() {
    let server = server();
    let data = payload();
    let file = server.mock(|when, then| {
        when.method(GET)
            .path(api("/projects/P/managedfolders/F/contents/big.bin"));
        then.status(200)
            .header("content-type", "application/octet-stream")
            .body(&data);
    });
    let archive = server.mock(|when, then| {
        when.method(GET).path(api("/plugins/p/download"));
        then.status(200).header("content-type", "application/zip").body(&data);
    });
    let client = client(&server);
    let folder = client.get_project("P").get_managed_folder("F");

    // A stream read by the caller through `Read`.
    let (seen, on_progress) = recorder();
    let mut stream = folder.get_file("big.bin").on_progress(on_progress).send().unwrap();
    assert_eq!(stream.content_length(), Some(SIZE as u64));
    let mut got = Vec::new();
    stream.read_to_end(&mut got).unwrap();
    assert!(got == data, "the stream's bytes differ");
    let read_reports = check(&seen, TransferDirection::Download, SIZE as u64);

    // `save(path)`: saved by the method.
    let path = std::env::temp_dir().join(format!("dss-api-progress-dl-{}.bin", std::process::id()));
    let (seen, on_progress) = recorder();
    let written = folder
        .get_file_to_file("big.bin", &path)
        .on_progress(on_progress)
        .send()
        .unwrap();
    assert_eq!(written, SIZE as u64);
    assert!(std::fs::read(&path).unwrap() == data, "the saved file differs");
    std::fs::remove_file(&path).unwrap();
    let save_reports = check(&seen, TransferDirection::Download, SIZE as u64);
    file.assert_calls(2);

    // `write(out)`: copied by the method into a writer.
    let (seen, on_progress) = recorder();
    let mut out = Vec::new();
    let copied = client
        .download_plugin_to_writer("p", &mut out)
        .on_progress(on_progress)
        .send()
        .unwrap();
    assert_eq!(copied, SIZE as u64);
    assert!(out == data, "the copied bytes differ");
    let copy_reports = check(&seen, TransferDirection::Download, SIZE as u64);
    archive.assert_calls(1);
    dss_api_tests::report(&format!(
        "progress: {SIZE}-byte downloads reported {read_reports} times (read), \
         {save_reports} (saved), {copy_reports} (copied)"
    ));
}

/// An empty body is reported once, at 0 (ureq announces no length for an
/// empty body, so the total may be unknown); a request without a
/// callback reports nothing (nothing to check but that it works).
#[test]
fn an_empty_transfer_is_reported_once() {
    let server = server();
    let empty = server.mock(|when, then| {
        when.method(GET)
            .path(api("/projects/P/managedfolders/F/contents/empty"));
        then.status(200).body("");
    });
    let client = client(&server);
    let folder = client.get_project("P").get_managed_folder("F");
    let (seen, on_progress) = recorder();
    let n = folder
        .get_file("empty")
        .on_progress(on_progress)
        .send()
        .unwrap()
        .copy_to(&mut Vec::new())
        .unwrap();
    assert_eq!(n, 0);
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].done, 0);
    assert!(matches!(seen[0].total, None | Some(0)), "{seen:?}");
    let n = folder
        .get_file("empty")
        .send()
        .unwrap()
        .copy_to(&mut Vec::new())
        .unwrap();
    assert_eq!(n, 0);
    empty.assert_calls(2);
}
