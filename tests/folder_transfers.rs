//! A managed folder file of hundreds of MiB goes up (`put_file`) and down
//! (`get_file`) with the test process's peak resident memory (measured)
//! under 32 MiB. Alone in its test binary, so that no other test's memory
//! counts.

use std::io::{Read, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use dss_api::{DssClient, Upload};
use dss_api_tests::raw::{
    pattern_slice, peak_rss_kib, reset_peak_rss, respond, respond_head, PatternReader, RawServer,
};
use dss_api_tests::report;

/// Size of the transfers: 320 MiB, or `DSS_API_BIG_MIB` MiB (e.g. 1024 to
/// check a 1 GiB file by hand).
fn big() -> u64 {
    std::env::var("DSS_API_BIG_MIB")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(320)
        << 20
}
const LIMIT_KIB: u64 = 32 << 10; // 32 MiB
const FILE_PATH: &str = "/dip/publicapi/projects/P/managedfolders/f1/contents/big%20dir/data.bin";

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

/// Serves the file's path only: a GET streams `len` pattern bytes; a POST
/// must be a multipart upload whose one part, named `file` with an empty
/// file name (as dataikuapi sends it), holds exactly the pattern (checked
/// byte by byte as it arrives, nothing kept).
fn folder_file_server(len: u64, uploaded: Arc<AtomicU64>) -> RawServer {
    RawServer::start(move |req, body, out| {
        if req.target != FILE_PATH {
            respond(out, 404, "application/json", br#"{"errorType": "NotFound"}"#);
            return;
        }
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
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") && body.read(&mut byte).unwrap_or(0) == 1 {
            head.push(byte[0]);
        }
        let head = String::from_utf8_lossy(&head).into_owned();
        let tail = format!("\r\n--{boundary}--\r\n");
        let file_len = total.saturating_sub(head.len() as u64 + tail.len() as u64);
        let framing_ok = req.method == "POST"
            && !boundary.is_empty()
            && head.starts_with(&format!("--{boundary}\r\n"))
            && head.contains("name=\"file\"; filename=\"\"\r\n");
        let mut sink = CheckingSink { pos: 0 };
        let copied = std::io::copy(&mut body.take(file_len), &mut sink);
        let mut rest = String::new();
        let _ = body.read_to_string(&mut rest);
        if framing_ok && copied.is_ok() && rest == tail {
            uploaded.store(sink.pos, Ordering::SeqCst);
            let answer = format!(r#"{{"path": "/big dir/data.bin", "size": {}}}"#, sink.pos);
            respond(out, 200, "application/json", answer.as_bytes());
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
fn a_large_folder_file_goes_up_and_down_under_32_mib() {
    let uploaded = Arc::new(AtomicU64::new(0));
    let big = big();
    let server = folder_file_server(big, uploaded.clone());
    let client = DssClient::new(&server.url, "k").unwrap();
    let folder = client.get_project("P").get_managed_folder("f1");

    reset_peak_rss();
    let before = peak_rss_kib();
    let started = std::time::Instant::now();
    let item = folder
        .put_file(
            "/big dir/data.bin",
            Upload::reader_with_len(PatternReader { pos: 0, len: big }, big),
        )
        .send()
        .unwrap();
    let upload_time = started.elapsed();
    let upload_peak = peak_rss_kib();
    assert_eq!(uploaded.load(Ordering::SeqCst), big, "every byte arrived, in order");
    assert_eq!(item.size, Some(big as i64));

    reset_peak_rss();
    let started = std::time::Instant::now();
    let stream = folder.get_file("big dir/data.bin").send().unwrap();
    assert_eq!(stream.content_length(), Some(big));
    let mut sink = CheckingSink { pos: 0 };
    let n = stream.copy_to(&mut sink).unwrap();
    let download_time = started.elapsed();
    let download_peak = peak_rss_kib();
    assert_eq!((n, sink.pos), (big, big));
    assert_eq!(server.requests(), 2);

    let rate = |t: std::time::Duration| (big >> 20) as f64 / t.as_secs_f64();
    report(&format!(
        "folder transfers: {} MiB put_file peak RSS {} KiB ({:.0} MiB/s), get_file peak RSS {} KiB ({:.0} MiB/s) (start {} KiB)",
        big >> 20,
        upload_peak,
        rate(upload_time),
        download_peak,
        rate(download_time),
        before
    ));
    assert!(upload_peak < LIMIT_KIB, "upload peaked at {upload_peak} KiB");
    assert!(download_peak < LIMIT_KIB, "download peaked at {download_peak} KiB");
}
