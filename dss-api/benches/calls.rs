//! Speed and peak memory of dss-api against what a user writes by hand
//! without it, measured in the same run against the same loopback server
//! (keep-alive, canned answers).
//!
//! ```text
//! cargo bench -p dss-api --bench calls [-- FILTER...]
//! ```
//!
//! The floor of each case is plain `ureq` (the version dss-api uses): the
//! request, the body read into bytes (ureq's body limit raised as needed),
//! then `serde_json::from_slice` into a struct naming only the members the
//! user reads; no catch-all for the others.
//!
//! The loopback server runs in this process. Each round of each side runs
//! in a child process (this binary again, told what to run by the
//! `DSS_API_BENCH_CASE` environment variable): the child sets up its client,
//! makes one untimed call to warm up, times `reps` calls, and reports the
//! time per call and its peak resident memory (`VmHWM`) at the end. Rounds
//! alternate (ours, floor, ours, floor, ...) so that the shared machine's
//! noise hits both alike. The report gives the median time per call, the
//! ratio ours/floor, and the highest peak RSS over the rounds. Absolute
//! times depend on the machine: quote the ratios.

use std::io::{BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use dss_api::{DssClient, Upload};

#[path = "support/http.rs"]
mod http;
#[path = "support/json.rs"]
mod json;

const BIG: u64 = 256 << 20;
const CASE_VAR: &str = "DSS_API_BENCH_CASE";
const AUTH: &str = "Basic YmVuY2gta2V5Og==";
const LIMIT: u64 = 1 << 30;

/// One call, ready to be repeated.
type Call = Box<dyn FnMut()>;
/// Sets up a client for the server at this URL and returns its call.
type Setup = Box<dyn Fn(&str) -> Call>;

struct Case {
    name: &'static str,
    /// Index into the servers `main` starts.
    server: usize,
    rounds: usize,
    reps: u32,
    ours: Setup,
    floor: Setup,
}

/// What a user reading the plugin list by hand would name.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct FloorPlugin {
    id: String,
    version: Option<String>,
    is_dev: Option<bool>,
}

/// What a user reading the projects list by hand would name: the members
/// `ProjectSummary` names, and nothing else.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct FloorProject {
    project_key: String,
    name: Option<String>,
    owner_login: Option<String>,
}

fn client(url: &str) -> DssClient {
    DssClient::new(url, "bench-key").unwrap()
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).build().into()
}

fn floor_get<T: serde::de::DeserializeOwned>(agent: &ureq::Agent, url: &str) -> T {
    let mut r = agent.get(url).header("Authorization", AUTH).call().unwrap();
    let bytes = r.body_mut().with_config().limit(LIMIT).read_to_vec().unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

fn projects_case(name: &'static str, server: usize, n: usize, rounds: usize, reps: u32) -> Case {
    Case {
        name,
        server,
        rounds,
        reps,
        ours: Box::new(move |url| {
            let client = client(url);
            Box::new(move || assert_eq!(client.list_projects().send().unwrap().len(), n))
        }),
        floor: Box::new(move |url| {
            let (agent, url) = (agent(), format!("{url}/dip/publicapi/projects/"));
            Box::new(move || assert_eq!(floor_get::<Vec<FloorProject>>(&agent, &url).len(), n))
        }),
    }
}

/// The cases, in the order they run; servers 0 and 1 answer the projects
/// list with 10,000 and 100,000 projects.
fn cases() -> Vec<Case> {
    let mut cases = vec![
        Case {
            name: "small call (list_plugins)",
            server: 0,
            rounds: 9,
            reps: 20_000,
            ours: Box::new(|url| {
                let client = client(url);
                Box::new(move || assert_eq!(client.list_plugins().send().unwrap().len(), 1))
            }),
            floor: Box::new(|url| {
                let (agent, url) = (agent(), format!("{url}/dip/publicapi/plugins/"));
                Box::new(move || assert_eq!(floor_get::<Vec<FloorPlugin>>(&agent, &url).len(), 1))
            }),
        },
        projects_case("10,000 projects, typed", 0, 10_000, 9, 10),
        projects_case("100,000 projects, typed", 1, 100_000, 7, 2),
    ];

    // `send_as` decodes into the caller's own type: here the floor's.
    for (name, server, n, rounds, reps) in [
        ("10,000 projects, send_as", 0, 10_000, 9, 10),
        ("100,000 projects, send_as", 1, 100_000, 7, 2),
    ] {
        let mut case = projects_case(name, server, n, rounds, reps);
        case.ours = Box::new(move |url| {
            let client = client(url);
            Box::new(move || {
                let projects: Vec<FloorProject> = client.list_projects().send_as().unwrap();
                assert_eq!(projects.len(), n)
            })
        });
        cases.push(case);
    }

    cases.extend([
        Case {
            name: "256 MiB download into a sink",
            server: 0,
            rounds: 9,
            reps: 5,
            ours: Box::new(|url| {
                let client = client(url);
                Box::new(move || {
                    let n = client
                        .download_plugin_to_writer("p", &mut std::io::sink())
                        .send()
                        .unwrap();
                    assert_eq!(n, BIG);
                })
            }),
            floor: Box::new(|url| {
                let (agent, url) = (agent(), format!("{url}/dip/publicapi/plugins/p/download"));
                Box::new(move || {
                    let r = agent.get(&url).header("Authorization", AUTH).call().unwrap();
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
                })
            }),
        },
        Case {
            name: "256 MiB streamed upload",
            server: 0,
            rounds: 9,
            reps: 5,
            ours: Box::new(|url| {
                let client = client(url);
                Box::new(move || {
                    client
                        .install_plugin_from_archive(Upload::reader_with_len(Pattern(BIG), BIG))
                        .send()
                        .unwrap();
                })
            }),
            floor: Box::new(|url| {
                let (agent, url) = (agent(), format!("{url}/dip/publicapi/plugins/actions/installFromZip"));
                Box::new(move || {
                    let head = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n\r\n";
                    let tail = "\r\n--b--\r\n";
                    let body = std::io::Cursor::new(head)
                        .chain(Pattern(BIG))
                        .chain(std::io::Cursor::new(tail));
                    let len = BIG + head.len() as u64 + tail.len() as u64;
                    let mut r = agent
                        .post(&url)
                        .header("Authorization", AUTH)
                        .header("Content-Type", "multipart/form-data; boundary=b")
                        .header("Content-Length", len.to_string())
                        .send(ureq::SendBody::from_owned_reader(body))
                        .unwrap();
                    r.body_mut().read_to_vec().unwrap();
                })
            }),
        },
    ]);
    cases
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
    while let Some((_, path)) = http::read_request(&mut reader) {
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
            let body = br#"[{"id":"geoip","version":"1.0","isDev":false,"meta":{"label":"GeoIP"}}]"#;
            out.write_all(head(body.len() as u64).as_bytes())
                .and_then(|_| out.write_all(body))
                .is_ok()
        };
        if !ok {
            return;
        }
    }
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

/// This process's peak resident memory so far, in KiB.
fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// Child side: `DSS_API_BENCH_CASE` is `<case index> <ours|floor> <url>`.
/// Prints the time per call in nanoseconds and the peak RSS in KiB.
fn child(spec: &str) {
    let mut parts = spec.split(' ');
    let (index, side, url) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
    let cases = cases();
    let case = &cases[index.parse::<usize>().unwrap()];
    let mut call = match side {
        "ours" => (case.ours)(url),
        "floor" => (case.floor)(url),
        other => panic!("unknown side {other}"),
    };
    call();
    let start = Instant::now();
    for _ in 0..case.reps {
        call();
    }
    let per_call = start.elapsed() / case.reps;
    drop(call);
    println!("{} {}", per_call.as_nanos(), peak_rss_kib());
}

/// Runs one round of one side in a child; returns time per call and peak
/// RSS in KiB.
fn round(index: usize, side: &str, url: &str) -> (Duration, u64) {
    let out = Command::new(std::env::current_exe().unwrap())
        .env(CASE_VAR, format!("{index} {side} {url}"))
        .stderr(Stdio::inherit())
        .output()
        .unwrap();
    assert!(out.status.success(), "case {index} ({side}) failed");
    let text = String::from_utf8(out.stdout).unwrap();
    let mut fields = text.split_whitespace().map(|f| f.parse::<u64>().unwrap());
    let (nanos, kib) = (fields.next().unwrap(), fields.next().unwrap());
    (Duration::from_nanos(nanos), kib)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn show(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 1.0 {
        format!("{s:.2} s")
    } else if s >= 1e-3 {
        format!("{:.1} ms", s * 1e3)
    } else {
        format!("{:.1} µs", s * 1e6)
    }
}

fn main() {
    if let Ok(spec) = std::env::var(CASE_VAR) {
        child(&spec);
        return;
    }
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let (small, large) = (json::projects_json(10_000), json::projects_json(100_000));
    println!(
        "projects lists: 10,000 = {:.2} MiB, 100,000 = {:.2} MiB of JSON",
        small.len() as f64 / (1 << 20) as f64,
        large.len() as f64 / (1 << 20) as f64
    );
    let servers = [serve(small), serve(large)];
    println!();
    println!("| case | ours median | floor median | ratio | ours peak RSS | floor peak RSS |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (index, case) in cases().iter().enumerate() {
        if !filters.is_empty() && !filters.iter().any(|f| case.name.contains(f.as_str())) {
            continue;
        }
        let url = &servers[case.server];
        let (mut ours, mut floor) = (Vec::new(), Vec::new());
        let (mut ours_rss, mut floor_rss) = (0, 0);
        for _ in 0..case.rounds {
            let (t, kib) = round(index, "ours", url);
            ours.push(t);
            ours_rss = ours_rss.max(kib);
            let (t, kib) = round(index, "floor", url);
            floor.push(t);
            floor_rss = floor_rss.max(kib);
        }
        let (a, b) = (median(ours), median(floor));
        println!(
            "| {} | {} | {} | {:.3} | {:.1} MiB | {:.1} MiB |",
            case.name,
            show(a),
            show(b),
            a.as_secs_f64() / b.as_secs_f64(),
            ours_rss as f64 / 1024.0,
            floor_rss as f64 / 1024.0
        );
    }
}
