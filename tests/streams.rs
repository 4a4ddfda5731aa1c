//! Streamed downloads and uploads hold memory flat: hundreds of MiB go
//! through with the test process's peak resident memory (measured, not
//! guessed) under 32 MiB. Also: files, paths, and bodies cut short.

use std::io::{Read, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use dss_api::{DssClient, Error, Upload};
use dss_api_tests::raw::{
    pattern, pattern_slice, peak_rss_kib, reset_peak_rss, respond, respond_head, PatternReader, RawServer,
};
use dss_api_tests::report;

/// Size of the large transfers: 320 MiB, or `DSS_API_BIG_MIB` MiB (e.g.
/// 1024 to check a 1 GiB transfer by hand; the suite keeps it shorter).
fn big() -> u64 {
    std::env::var("DSS_API_BIG_MIB")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(320)
        << 20
}
const LIMIT_KIB: u64 = 32 << 10; // 32 MiB

/// A writer that checks the pattern and counts, keeping nothing.
struct CheckingSink {
    pos: u64,
}

impl Write for CheckingSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = buf.len().min(1 << 20);
        if buf[..n] != *pattern_slice(self.pos, n) {
            return Err(std::io::Error::other(format!("wrong bytes after offset {}", self.pos)));
        }
        self.pos += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn client(url: &str) -> DssClient {
    DssClient::new(url, "k").unwrap()
}

/// Serves `GET /plugins/*/download` with `len` pattern bytes written in
/// 1 MiB pieces (the server side is streamed too), and accepts an upload,
/// checking its multipart framing and every byte of its file part.
fn transfer_server(len: u64, uploaded: Arc<AtomicU64>) -> RawServer {
    RawServer::start(move |req, body, out| {
        if req.method == "GET" {
            respond_head(out, 200, "application/octet-stream", len);
            let mut src = PatternReader { pos: 0, len };
            let mut buf = vec![0u8; 1 << 20];
            loop {
                let n = src.read(&mut buf).unwrap();
                if n == 0 || out.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
            return;
        }
        let ct = req.header("content-type").unwrap_or_default().to_owned();
        let boundary = ct.split("boundary=").nth(1).unwrap_or_default().to_owned();
        let total: u64 = req.header("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
        // Head: everything up to the blank line after the part headers.
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") && body.read(&mut byte).unwrap_or(0) == 1 {
            head.push(byte[0]);
        }
        let head = String::from_utf8_lossy(&head).into_owned();
        let tail = format!("\r\n--{boundary}--\r\n");
        let file_len = total.saturating_sub(head.len() as u64 + tail.len() as u64);
        let framing_ok = head.starts_with(&format!("--{boundary}\r\n"))
            && head.contains("name=\"file\"; filename=\"file\"")
            && !boundary.is_empty();
        let mut sink = CheckingSink { pos: 0 };
        let copied = std::io::copy(&mut body.take(file_len), &mut sink);
        let mut rest = String::new();
        let _ = body.read_to_string(&mut rest);
        if framing_ok && copied.is_ok() && rest == tail {
            uploaded.store(sink.pos, Ordering::SeqCst);
            respond(out, 200, "application/json", b"{}");
        } else {
            respond(
                out,
                400,
                "application/json",
                br#"{"errorType": "BadUpload", "message": "bad multipart body"}"#,
            );
        }
    })
}

#[test]
fn large_download_and_upload_stay_under_32_mib() {
    let uploaded = Arc::new(AtomicU64::new(0));
    let big = big();
    let server = transfer_server(big, uploaded.clone());
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
    let uploaded = Arc::new(AtomicU64::new(0));
    let len = 3 << 20;
    let server = transfer_server(len, uploaded.clone());
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
    assert!(matches!(err, Error::Transport { endpoint: "abort", .. }), "{err:?}");
    assert_eq!(server.requests(), 3);
}

#[test]
fn a_failed_download_creates_no_file() {
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
