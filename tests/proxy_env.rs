//! The proxy from the standard environment variables (the default). The
//! variables are process-wide, so this binary holds one test, which sets
//! and clears them in turn and puts back what was there.

use std::ffi::OsString;
use std::net::TcpStream;

use dss_api::DssClient;
use dss_api_tests::proxy::Proxy;
use dss_api_tests::report;
use dss_api_tests::threaded::{respond_keep_alive, Next, RawRequest, Server};

/// Every variable the client reads for its proxy.
const VARS: [&str; 8] = [
    "ALL_PROXY",
    "all_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "NO_PROXY",
    "no_proxy",
];

/// Clears the proxy variables, and puts back their values when dropped.
struct CleanEnv(Vec<(&'static str, Option<OsString>)>);

impl CleanEnv {
    fn new() -> CleanEnv {
        let saved = VARS.iter().map(|v| (*v, std::env::var_os(v))).collect();
        for v in VARS {
            std::env::remove_var(v);
        }
        CleanEnv(saved)
    }

    fn only(&self, vars: &[(&str, &str)]) {
        for v in VARS {
            std::env::remove_var(v);
        }
        for (k, v) in vars {
            std::env::set_var(k, v);
        }
    }
}

impl Drop for CleanEnv {
    fn drop(&mut self) {
        for (k, v) in &self.0 {
            match v {
                Some(v) => std::env::set_var(k, v),
                None => std::env::remove_var(k),
            }
        }
    }
}

#[test]
fn the_standard_variables_choose_the_proxy() {
    let dss = Server::start(|_: &RawRequest, _: &[u8], out: &mut TcpStream| {
        respond_keep_alive(out, 200, "application/json", br#"[{"projectKey":"P"}]"#);
        Next::KeepAlive
    });
    let proxy = Proxy::start(None);
    let env = CleanEnv::new();
    // How many times the proxy was asked, and DSS reached, by one call of a
    // client built under `vars` (with `no_proxy()` if asked).
    let mut asked_before = 0;
    let mut one_call = |vars: &[(&str, &str)], no_proxy: bool| {
        env.only(vars);
        let mut builder = DssClient::builder(&dss.url).api_key("k");
        if no_proxy {
            builder = builder.no_proxy();
        }
        let c = builder.build().unwrap();
        let reached = dss.requests();
        assert_eq!(c.list_projects().send().unwrap()[0].project_key, "P");
        assert_eq!(dss.requests(), reached + 1, "DSS got the call");
        let asked = proxy.seen().len() - asked_before;
        asked_before += asked;
        if asked > 0 {
            let last = proxy.seen().pop().unwrap();
            assert_eq!(last.target, dss.addr.to_string(), "{last:?}");
        }
        asked
    };
    let upper = one_call(&[("HTTP_PROXY", &proxy.url)], false);
    let lower = one_call(&[("http_proxy", &proxy.url)], false);
    let all = one_call(&[("ALL_PROXY", &proxy.url)], false);
    let bypassed = one_call(&[("HTTP_PROXY", &proxy.url)], true);
    let excluded = one_call(
        &[("HTTP_PROXY", &proxy.url), ("NO_PROXY", "example.com,127.0.0.1")],
        false,
    );
    let unset = one_call(&[], false);
    // Recorded, not promised: ureq takes the first of ALL_PROXY, HTTPS_PROXY
    // and HTTP_PROXY that is set, whatever the scheme of the DSS URL, where
    // curl would use HTTPS_PROXY for https:// URLs only.
    let https_for_http = one_call(&[("HTTPS_PROXY", &proxy.url)], false);
    drop(env);
    report(&format!(
        "proxy_env: through the proxy with HTTP_PROXY {upper}, http_proxy {lower}, ALL_PROXY {all}; \
         with no_proxy() {bypassed}, NO_PROXY naming the host {excluded}, nothing set {unset}; \
         HTTPS_PROXY alone, for an http:// host: {https_for_http}"
    ));
    assert_eq!(
        (upper, lower, all),
        (1, 1, 1),
        "the variables send the call through the proxy"
    );
    assert_eq!(
        (bypassed, excluded, unset),
        (0, 0, 0),
        "no_proxy(), NO_PROXY and no variable bypass it"
    );
}
