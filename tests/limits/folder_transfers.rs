//! A managed folder file of hundreds of MiB goes up (`put_file`) and down
//! (`get_file`) with the test process's peak resident memory (measured)
//! under 32 MiB. Alone in its test binary, so that no other test's memory
//! counts.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use dss_api::{DssClient, Upload};
use dss_api_tests::raw::{
    big_transfer_len, peak_rss_kib, receive_pattern_upload, reset_peak_rss, respond, respond_bad_upload, send_pattern,
    CheckingSink, PatternReader, RawServer,
};
use dss_api_tests::report;

const LIMIT_KIB: u64 = 32 << 10; // 32 MiB
const FILE_PATH: &str = "/dip/publicapi/projects/P/managedfolders/f1/contents/big%20dir/data.bin";

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
            send_pattern(out, len);
            return;
        }
        match receive_pattern_upload(req, body, "").filter(|_| req.method == "POST") {
            Some(size) => {
                uploaded.store(size, Ordering::SeqCst);
                let answer = format!(r#"{{"path": "/big dir/data.bin", "size": {size}}}"#);
                respond(out, 200, "application/json", answer.as_bytes());
            }
            None => respond_bad_upload(out),
        }
    })
}

#[test]
fn a_large_folder_file_goes_up_and_down_under_32_mib() {
    let _alone = crate::ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let uploaded = Arc::new(AtomicU64::new(0));
    let big = big_transfer_len();
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
