//! Speed of dss-api against hand-written ureq calls, measured in the same
//! run against the same loopback server (keep-alive, canned answers).
//!
//! ```text
//! cargo bench -p dss-api --bench calls
//! ```
//!
//! Rounds are interleaved (ours, then ureq, then ours, ...) so that the
//! shared machine's noise hits both alike; the report gives medians and the
//! ratio ours/ureq. Absolute times depend on the machine: quote the ratios.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use dss_api::{DssClient, Upload};

const BIG: u64 = 256 << 20;

fn projects_json(n: usize) -> Vec<u8> {
    let items: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"projectKey":"PROJECT_{i}","name":"Project number {i}","ownerLogin":"user{u}","shortDesc":"A project used for benchmarks, number {i}","tags":["bench","t{t}"],"versionTag":{{"versionNumber":{i},"lastModifiedBy":{{"login":"admin"}},"lastModifiedOn":1700000000000}},"projectStatus":"Draft","permissions":[{{"group":"data_team","readProjectContent":true}}]}}"#,
                u = i % 17,
                t = i % 5
            )
        })
        .collect();
    format!("[{}]", items.join(",")).into_bytes()
}

/// A keep-alive HTTP/1.1 server: small JSON for `/plugins/`, the projects
/// list for `/projects/`, `BIG` bytes for downloads; uploads are read and
/// dropped.
fn serve(projects: Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let projects = std::sync::Arc::new(projects);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let projects = projects.clone();
            std::thread::spawn(move || connection(stream, &projects));
        }
    });
    url
}

fn connection(stream: TcpStream, projects: &[u8]) {
    stream.set_nodelay(true).ok();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut out = stream;
    let chunk = vec![b'x'; 1 << 20];
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let path = line.split_whitespace().nth(1).unwrap_or("").to_owned();
        let mut len = 0u64;
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h).unwrap_or(0) == 0 {
                return;
            }
            if h == "\r\n" {
                break;
            }
            if let Some(v) = h.to_ascii_lowercase().strip_prefix("content-length:") {
                len = v.trim().parse().unwrap_or(0);
            }
        }
        std::io::copy(&mut (&mut reader).take(len), &mut std::io::sink()).unwrap();
        let head = |n: u64| format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {n}\r\n\r\n");
        let ok = if path.ends_with("/download") {
            let mut ok = out.write_all(head(BIG).as_bytes()).is_ok();
            let mut left = BIG;
            while ok && left > 0 {
                let n = left.min(chunk.len() as u64) as usize;
                ok = out.write_all(&chunk[..n]).is_ok();
                left -= n as u64;
            }
            ok
        } else if path.contains("/projects/") {
            out.write_all(head(projects.len() as u64).as_bytes())
                .and_then(|_| out.write_all(projects))
                .is_ok()
        } else {
            let body = br#"[{"id":"geoip","version":"1.0"}]"#;
            out.write_all(head(body.len() as u64).as_bytes())
                .and_then(|_| out.write_all(body))
                .is_ok()
        };
        if !ok {
            return;
        }
    }
}

#[derive(serde::Deserialize)]
#[allow(dead_code)]
#[serde(rename_all = "camelCase")]
struct Project {
    project_key: String,
    name: Option<String>,
    owner_login: Option<String>,
    #[serde(flatten)]
    extra: serde_json::Map<String, serde_json::Value>,
}

struct Pattern(u64);

impl Read for Pattern {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = (self.0.min(buf.len() as u64)) as usize;
        buf[..n].fill(b'y');
        self.0 -= n as u64;
        Ok(n)
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Runs `ours` and `theirs` `rounds` times, interleaved, each round timing
/// `reps` repetitions; prints medians per repetition and the ratio.
fn compare(
    name: &str,
    rounds: usize,
    reps: u32,
    mut ours: impl FnMut(),
    mut theirs: impl FnMut(),
) -> (Duration, Duration) {
    ours();
    theirs();
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let t = Instant::now();
        for _ in 0..reps {
            ours();
        }
        a.push(t.elapsed() / reps);
        let t = Instant::now();
        for _ in 0..reps {
            theirs();
        }
        b.push(t.elapsed() / reps);
    }
    let (ma, mb) = (median(a), median(b));
    println!(
        "{name:<44} dss-api {:>12?}   ureq {:>12?}   ratio {:.3}",
        ma,
        mb,
        ma.as_secs_f64() / mb.as_secs_f64()
    );
    (ma, mb)
}

fn main() {
    let url = serve(projects_json(10_000));
    let client = DssClient::new(&url, "bench-key").unwrap();
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let auth = "Basic YmVuY2gta2V5Og==";
    println!("dss-api vs hand-written ureq 3, same loopback server, interleaved rounds, medians");

    compare(
        "small call (list_plugins)",
        15,
        200,
        || {
            client.list_plugins().send().unwrap();
        },
        || {
            let mut r = agent
                .get(format!("{url}/dip/publicapi/plugins/"))
                .header("Authorization", auth)
                .call()
                .unwrap();
            let bytes = r.body_mut().read_to_vec().unwrap();
            let _: Vec<serde_json::Value> = serde_json::from_slice(&bytes).unwrap();
        },
    );

    compare(
        "10,000 projects into typed structs",
        11,
        3,
        || {
            assert_eq!(client.list_projects().send().unwrap().len(), 10_000);
        },
        || {
            let mut r = agent
                .get(format!("{url}/dip/publicapi/projects/?includeLocation=false"))
                .header("Authorization", auth)
                .call()
                .unwrap();
            let bytes = r.body_mut().with_config().limit(u64::MAX).read_to_vec().unwrap();
            let v: Vec<Project> = serde_json::from_slice(&bytes).unwrap();
            assert_eq!(v.len(), 10_000);
        },
    );

    compare(
        "256 MiB download into a sink",
        5,
        1,
        || {
            let n = client
                .download_plugin_to_writer("p", &mut std::io::sink())
                .send()
                .unwrap();
            assert_eq!(n, BIG);
        },
        || {
            let r = agent
                .get(format!("{url}/dip/publicapi/plugins/p/download"))
                .header("Authorization", auth)
                .call()
                .unwrap();
            let mut reader = r.into_body().into_with_config().limit(u64::MAX).reader();
            let mut buf = vec![0u8; 1 << 20];
            let mut total = 0u64;
            loop {
                let n = reader.read(&mut buf).unwrap();
                if n == 0 {
                    break;
                }
                total += n as u64;
            }
            assert_eq!(total, BIG);
        },
    );

    compare(
        "256 MiB streamed upload",
        5,
        1,
        || {
            client
                .install_plugin_from_archive(Upload::reader_with_len(Pattern(BIG), BIG))
                .send()
                .unwrap();
        },
        || {
            let head = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n\r\n";
            let tail = "\r\n--b--\r\n";
            let body = std::io::Cursor::new(head)
                .chain(Pattern(BIG))
                .chain(std::io::Cursor::new(tail));
            let len = BIG + head.len() as u64 + tail.len() as u64;
            let mut r = agent
                .post(format!("{url}/dip/publicapi/plugins/actions/installFromZip"))
                .header("Authorization", auth)
                .header("Content-Type", "multipart/form-data; boundary=b")
                .header("Content-Length", len.to_string())
                .send(ureq::SendBody::from_owned_reader(body))
                .unwrap();
            r.body_mut().read_to_vec().unwrap();
        },
    );
}
