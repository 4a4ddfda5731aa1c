//! Proxies set on the builder: every request goes through the proxy and
//! reaches DSS with its path and the API key; proxy credentials go to the
//! proxy only and never show; `no_proxy()` bypasses it; and no credential
//! ever goes to a host other than the DSS host, whether or not a proxy is
//! used. (The standard environment variables are tested in proxy_env.rs, a
//! binary of its own, since they are process-wide.)
//!
//! Every client here names its proxy setting (`proxy(..)` or `no_proxy()`),
//! so that a proxy in the environment running the tests changes nothing.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::TcpStream;
use std::sync::{Arc, Mutex};

use base64::Engine as _;
use dss_api::{DssClient, Error, Upload};
use dss_api_tests::proxy::Proxy;
use dss_api_tests::report;
use dss_api_tests::threaded::{respond_keep_alive, Next, RawRequest, Server};

const KEY: &str = "SECRET-KEY-proxy-7f3a";
const PROXY_USER: &str = "proxy-user";
const PROXY_PASS: &str = "proxy pass/9!";

fn basic(user_pass: &str) -> String {
    format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(user_pass))
}

/// A DSS stand-in that keeps every request; `/redirect` answers with a
/// redirect to `elsewhere`.
struct Dss {
    server: Server,
    seen: Arc<Mutex<Vec<RawRequest>>>,
}

impl Dss {
    fn start(elsewhere: Option<String>) -> Dss {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        let server = Server::start(move |req: &RawRequest, _body: &[u8], out: &mut TcpStream| {
            log.lock().unwrap().push(req.clone());
            if req.path().starts_with("/projects/P/") || req.path().starts_with("/plugins/x/") {
                if let Some(to) = &elsewhere {
                    let _ = write!(
                        out,
                        "HTTP/1.1 302 Found\r\nLocation: {to}/dip/publicapi/projects/\r\nContent-Length: 0\r\n\r\n"
                    );
                    return Next::KeepAlive;
                }
            }
            let body: &[u8] = if req.path() == "/projects/" {
                br#"[{"projectKey":"P"}]"#
            } else {
                b"{}"
            };
            respond_keep_alive(out, 200, "application/json", body);
            Next::KeepAlive
        });
        Dss { server, seen }
    }

    fn seen(&self) -> Vec<RawRequest> {
        self.seen.lock().unwrap().clone()
    }

    /// `127.0.0.1:<port>`.
    fn authority(&self) -> String {
        self.server.addr.to_string()
    }
}

/// A proxy URL with the proxy credentials (the password percent-encoded).
fn with_credentials(proxy: &Proxy) -> String {
    let pass: String = percent_encoding::utf8_percent_encode(PROXY_PASS, percent_encoding::NON_ALPHANUMERIC).collect();
    proxy.url.replace("http://", &format!("http://{PROXY_USER}:{pass}@"))
}

/// Three calls of three kinds: JSON, a handle's JSON, an upload.
fn three_calls(c: &DssClient) -> Result<(), Error> {
    assert_eq!(c.list_projects().send()?[0].project_key, "P");
    c.get_user("alice").get_settings().send()?;
    c.install_plugin_from_archive(Upload::from(vec![7u8; 10_000])).send()?;
    Ok(())
}

/// Checks what DSS received: the three calls, each with the API key and
/// no proxy credential.
fn check_dss_saw_three_calls(dss: &Dss) {
    let seen = dss.seen();
    let paths: Vec<&str> = seen.iter().map(|r| r.path()).collect();
    assert_eq!(
        paths,
        ["/projects/", "/admin/users/alice", "/plugins/actions/installFromZip"]
    );
    for r in &seen {
        assert_eq!(
            r.header("authorization"),
            Some(basic(&format!("{KEY}:")).as_str()),
            "{r:?}"
        );
        assert_eq!(
            r.header("proxy-authorization"),
            None,
            "the proxy's credential went on to DSS: {r:?}"
        );
    }
}

#[test]
fn every_request_goes_through_the_proxy_with_the_key() {
    let dss = Dss::start(None);
    let proxy = Proxy::start(None);
    let c = DssClient::builder(&dss.server.url)
        .api_key(KEY)
        .proxy(&proxy.url)
        .build()
        .unwrap();
    three_calls(&c).unwrap();
    check_dss_saw_three_calls(&dss);
    let asked = proxy.seen();
    assert!(!asked.is_empty());
    for a in &asked {
        // ureq tunnels through an HTTP proxy with CONNECT, http:// targets
        // included; an absolute-form request would name the whole URL.
        let host = if a.method == "CONNECT" {
            a.target.clone()
        } else {
            a.target
                .trim_start_matches("http://")
                .split('/')
                .next()
                .unwrap()
                .to_owned()
        };
        assert_eq!(host, dss.authority(), "{a:?}");
        assert_eq!(a.proxy_authorization, None);
    }
    // Every connection DSS accepted was opened by the proxy.
    assert_eq!(dss.server.connections(), asked.len());
    report(&format!(
        "proxy: 3 calls through the proxy ({} {} to the DSS host), each reached DSS with its path and the API key",
        asked.len(),
        asked[0].method
    ));
}

#[test]
fn proxy_credentials_go_to_the_proxy_only_and_never_show() {
    let dss = Dss::start(None);
    let expected = basic(&format!("{PROXY_USER}:{PROXY_PASS}"));
    let proxy = Proxy::start(Some(expected.clone()));
    let url = with_credentials(&proxy);
    let builder = DssClient::builder(&dss.server.url).api_key(KEY).proxy(&url);
    let c = builder.clone().build().unwrap();
    three_calls(&c).unwrap();
    check_dss_saw_three_calls(&dss);
    let asked = proxy.seen();
    assert!(asked
        .iter()
        .all(|a| a.proxy_authorization.as_deref() == Some(expected.as_str())));

    let secrets = [
        PROXY_PASS.to_owned(),
        url.clone(),
        expected.trim_start_matches("Basic ").to_owned(),
        KEY.to_owned(),
    ];
    let shown = |what: &str, text: &str| {
        for s in &secrets {
            assert!(!text.contains(s.as_str()), "{what} shows {s:?}: {text}");
        }
        assert!(!text.contains("proxy%20pass"), "{what}: {text}");
    };
    shown("the builder's Debug", &format!("{builder:?} {builder:#?}"));
    shown("the client's Debug", &format!("{c:?} {c:#?}"));

    // The proxy refuses wrong credentials: the error shows none.
    let wrong = proxy.url.replace("http://", "http://proxy-user:WRONG-PASS@");
    let c = DssClient::builder(&dss.server.url)
        .api_key(KEY)
        .proxy(&wrong)
        .build()
        .unwrap();
    let err = c.list_projects().send().unwrap_err();
    let text = format!("{err} {err:?}");
    shown("a 407 error", &text);
    assert!(!text.contains("WRONG-PASS"), "{text}");
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(err.to_string().contains("407"), "{err}");
    let refused = err.to_string();

    // A proxy nobody listens on: the error shows no credential either.
    let dead = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = l.local_addr().unwrap().port();
        drop(l);
        url.replace(&proxy.authority, &format!("127.0.0.1:{port}"))
    };
    let c = DssClient::builder(&dss.server.url)
        .api_key(KEY)
        .proxy(&dead)
        .build()
        .unwrap();
    let err = c.list_projects().send().unwrap_err();
    shown("a refused proxy's error", &format!("{err} {err:?}"));
    // Nor does a proxy URL that cannot be used.
    let bad = format!("ftp://{PROXY_USER}:{PROXY_PASS}@127.0.0.1:1");
    let err = DssClient::builder(&dss.server.url)
        .api_key(KEY)
        .proxy(&bad)
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::Config(_)), "{err:?}");
    shown("a bad proxy URL's error", &format!("{err} {err:?}"));
    assert_eq!(dss.seen().len(), 3, "nothing more reached DSS");
    report(&format!(
        "proxy: credentials in the proxy URL went as Proxy-Authorization to the proxy only; none in Debug or \
         errors (wrong ones: {refused})"
    ));
}

#[test]
fn no_proxy_bypasses_the_proxy() {
    let dss = Dss::start(None);
    let proxy = Proxy::start(None);
    // The last setting wins: a proxy then `no_proxy()` is no proxy.
    let c = DssClient::builder(&dss.server.url)
        .api_key(KEY)
        .proxy(&proxy.url)
        .no_proxy()
        .build()
        .unwrap();
    three_calls(&c).unwrap();
    check_dss_saw_three_calls(&dss);
    assert!(proxy.seen().is_empty(), "{:?}", proxy.seen());
}

/// A redirect from DSS to another host is not followed: the other host
/// sees nothing, with or without a proxy, and the proxy is never asked to
/// reach it.
#[test]
fn credentials_never_go_to_another_host() {
    let other = Server::start(|_, _, out| {
        respond_keep_alive(out, 200, "application/json", b"[]");
        Next::Close
    });
    let dss = Dss::start(Some(other.url.replace("127.0.0.1", "localhost")));
    let expected = basic(&format!("{PROXY_USER}:{PROXY_PASS}"));
    let proxy = Proxy::start(Some(expected));
    let direct = DssClient::builder(&dss.server.url)
        .api_key(KEY)
        .no_proxy()
        .build()
        .unwrap();
    let proxied = DssClient::builder(&dss.server.url)
        .api_key(KEY)
        .proxy(with_credentials(&proxy))
        .build()
        .unwrap();
    for c in [&direct, &proxied] {
        let err = c.get_project("P").get_metadata().send().unwrap_err();
        assert_eq!(err.status(), Some(302), "{err:?}");
        assert!(err.to_string().contains("unexpected redirect"), "{err}");
        assert!(!format!("{err} {err:?}").contains(KEY));
        // Nor is a stream's.
        let err = c.download_plugin_stream("x").send().unwrap_err();
        assert_eq!(err.status(), Some(302), "{err:?}");
    }
    assert_eq!(other.connections(), 0, "the other host was contacted");
    assert_eq!(dss.seen().len(), 4);
    assert!(
        proxy.seen().iter().all(|a| a.target == dss.authority()),
        "{:?}",
        proxy.seen()
    );
    report("proxy: a redirect to another host was not followed, with or without a proxy; that host saw no connection");
}

/// The test proxy itself relays absolute-form requests too (what other
/// clients send for `http://` targets), so that it would serve a client
/// that sent them.
#[test]
fn the_test_proxy_relays_absolute_form_requests() {
    let dss = Dss::start(None);
    let proxy = Proxy::start(None);
    let mut s = TcpStream::connect(&proxy.authority).unwrap();
    write!(
        s,
        "GET http://{}/dip/publicapi/projects/ HTTP/1.1\r\nHost: {}\r\nAuthorization: {}\r\nProxy-Authorization: Basic eDp5\r\n\r\n",
        dss.authority(),
        dss.authority(),
        basic("k:")
    )
    .unwrap();
    let mut reader = BufReader::new(&mut s);
    let mut answer = String::new();
    reader.read_line(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let mut rest = String::new();
    let _ = reader.read_to_string(&mut rest);
    assert!(rest.ends_with(r#"[{"projectKey":"P"}]"#), "{rest}");
    let seen = dss.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].target, "/dip/publicapi/projects/");
    assert_eq!(seen[0].header("authorization"), Some(basic("k:").as_str()));
    assert_eq!(seen[0].header("proxy-authorization"), None);
}
