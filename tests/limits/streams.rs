//! Streamed downloads and uploads hold memory flat: hundreds of MiB go
//! through with the test process's peak resident memory (measured, not
//! guessed) under 32 MiB. Also: files, paths, and bodies cut short.

use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use dss_api::{DssClient, Error, Upload};
use dss_api_tests::raw::{
    big_transfer_len, pattern, pattern_slice, peak_rss_kib, receive_pattern_upload, reset_peak_rss, respond,
    respond_bad_upload, respond_head, send_pattern, CheckingSink, PatternReader, RawServer,
};
use dss_api_tests::report;

const LIMIT_KIB: u64 = 32 << 10; // 32 MiB

fn client(url: &str) -> DssClient {
    DssClient::new(url, "k").unwrap()
}

/// Serves `GET /plugins/*/download` with `len` pattern bytes written in
/// 1 MiB pieces (the server side is streamed too), and accepts an upload,
/// checking its multipart framing (the part of the n-th upload named
/// `filenames[n]`, as dataikuapi names a file object; `file` past the end)
/// and every byte of its file part.
fn transfer_server(len: u64, uploaded: Arc<AtomicU64>, filenames: &'static [&'static str]) -> RawServer {
    let next = AtomicU64::new(0);
    RawServer::start(move |req, body, out| {
        if req.method == "GET" {
            send_pattern(out, len);
            return;
        }
        let n = next.fetch_add(1, Ordering::SeqCst) as usize;
        let filename = filenames.get(n).copied().unwrap_or("file");
        match receive_pattern_upload(req, body, filename) {
            Some(size) => {
                uploaded.store(size, Ordering::SeqCst);
                respond(out, 200, "application/json", b"{}");
            }
            None => respond_bad_upload(out),
        }
    })
}

#[test]
fn large_download_and_upload_stay_under_32_mib() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let uploaded = Arc::new(AtomicU64::new(0));
    let big = big_transfer_len();
    let server = transfer_server(big, uploaded.clone(), &[]);
    let c = client(&server.url);

    reset_peak_rss();
    let before = peak_rss_kib();
    let mut sink = CheckingSink { pos: 0 };
    let n = c.download_plugin_to_writer("big", &mut sink).send().unwrap();
    let download_peak = peak_rss_kib();
    assert_eq!(n, big);
    assert_eq!(sink.pos, big);

    reset_peak_rss();
    c.install_plugin_from_archive(Upload::reader_with_len(PatternReader { pos: 0, len: big }, big))
        .send()
        .unwrap();
    let upload_peak = peak_rss_kib();
    assert_eq!(
        uploaded.load(Ordering::SeqCst),
        big,
        "every byte of the upload arrived in order"
    );
    assert_eq!(server.requests(), 2);

    report(&format!(
        "streams: {} MiB download peak RSS {} KiB, upload peak RSS {} KiB (start {} KiB)",
        big >> 20,
        download_peak,
        upload_peak,
        before
    ));
    assert!(download_peak < LIMIT_KIB, "download peaked at {download_peak} KiB");
    assert!(upload_peak < LIMIT_KIB, "upload peaked at {upload_peak} KiB");
}

#[test]
fn download_to_file_and_upload_from_path() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let uploaded = Arc::new(AtomicU64::new(0));
    let len = 3 << 20;
    // The first upload below is of a path: its part carries the file's
    // name; the second of an open file, whose name is not known.
    let server = transfer_server(len, uploaded.clone(), &["plugin.zip", "file"]);
    let c = client(&server.url);
    let dir = std::env::temp_dir().join(format!("dss-api-streams-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("plugin.zip");

    let n = c.download_plugin_to_file("p", file.to_str().unwrap()).send().unwrap();
    assert_eq!(n, len);
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.iter().enumerate().all(|(i, b)| *b == pattern(i as u64)));
    assert_eq!(&bytes[..1000], pattern_slice(0, 1000));

    // A path is opened at send time and sent with its length.
    c.install_plugin_from_archive(file.as_path()).send().unwrap();
    assert_eq!(uploaded.load(Ordering::SeqCst), len);
    uploaded.store(0, Ordering::SeqCst);
    // So is an open file.
    c.install_plugin_from_archive(std::fs::File::open(&file).unwrap())
        .send()
        .unwrap();
    assert_eq!(uploaded.load(Ordering::SeqCst), len);
    assert_eq!(server.requests(), 3);

    let missing = dir.join("missing.zip");
    let err = c.install_plugin_from_archive(missing.as_path()).send().unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    assert!(
        err.to_string().contains("missing.zip") || format!("{err:?}").contains("missing.zip"),
        "{err:?}"
    );
    assert_eq!(server.requests(), 3, "nothing sent for a missing file");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_download_cut_short_is_an_error_and_leaves_no_file() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = RawServer::start(|_, _, out| {
        respond_head(out, 200, "application/octet-stream", 10_000);
        let _ = out.write_all(&[7u8; 4_000]);
        // The connection closes with 6,000 bytes missing.
    });
    let c = client(&server.url);
    let err = c
        .download_plugin_to_writer("p", &mut std::io::sink())
        .send()
        .unwrap_err();
    // A cut connection is the transport's failure, as it is for a JSON
    // answer, not a local I/O error.
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");

    let file = std::env::temp_dir().join(format!("dss-api-cut-{}.zip", std::process::id()));
    let err = c
        .download_plugin_to_file("p", file.to_str().unwrap())
        .send()
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(!file.exists(), "a partial download is removed");
    // So is the same cut in an answer that is read and dropped.
    let err = c.get_future("j").abort().send().unwrap_err();
    assert!(
        matches!(err, Error::Transport { endpoint, .. } if endpoint.to_string() == "DssFuture::abort"),
        "{err:?}"
    );
    assert_eq!(server.requests(), 3);
}

#[test]
fn a_failed_download_creates_no_file() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = RawServer::start(|_, _, out| {
        respond(
            out,
            404,
            "application/json",
            br#"{"errorType": "NotFound", "message": "no such plugin"}"#,
        );
    });
    let file = std::env::temp_dir().join(format!("dss-api-404-{}.zip", std::process::id()));
    let err = client(&server.url)
        .download_plugin_to_file("nope", file.to_str().unwrap())
        .send()
        .unwrap_err();
    assert_eq!(err.status(), Some(404));
    assert!(!file.exists());
    assert_eq!(server.requests(), 1);
}

#[test]
fn a_compressed_download_is_decoded_whole() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    use flate2::write::GzEncoder;
    let plain: Vec<u8> = b"line of a plugin file\n".repeat(5_000);
    let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&plain).unwrap();
    let compressed = gz.finish().unwrap();
    assert!(compressed.len() < plain.len() / 10);
    let server = RawServer::start(move |_, _, out| {
        let _ = write!(
            out,
            "HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Encoding: gzip\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            compressed.len()
        );
        let _ = out.write_all(&compressed);
    });
    let mut got = Vec::new();
    let n = client(&server.url)
        .download_plugin_to_writer("p", &mut got)
        .send()
        .unwrap();
    assert_eq!(n, plain.len() as u64);
    assert_eq!(got, plain);
    assert_eq!(server.requests(), 1);
}
