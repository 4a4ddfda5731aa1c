//! TLS settings against a real TLS server on loopback, whose certificate is
//! signed by a test CA (`fixtures/tls/`, made with openssl for this test):
//! unknown CA refused, CA added with `ca_certificate_pem`, or no check at all
//! with `no_check_certificate`.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::Arc;

use dss_api::{DssClient, Error};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/tls")
            .join(name),
    )
    .unwrap()
}

/// A TLS server answering `[]` to every request; returns its https URL.
fn tls_server() -> String {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&fixture("server.pem"))
        .collect::<Result<_, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_slice(&fixture("server.key")).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    let config = Arc::new(config);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for tcp in listener.incoming().flatten() {
            let conn = rustls::ServerConnection::new(config.clone()).unwrap();
            let mut tls = rustls::StreamOwned::new(conn, tcp);
            let mut reader = BufReader::new(&mut tls);
            let mut line = String::new();
            // A failed handshake (an untrusting client) ends here.
            while reader.read_line(&mut line).map(|n| n > 2).unwrap_or(false) {
                line.clear();
            }
            let _ = tls.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n[]");
            let _ = tls.flush();
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
    });
    format!("https://localhost:{port}")
}

#[test]
fn an_unknown_ca_is_refused() {
    let url = tls_server();
    let err = DssClient::new(&url, "k").unwrap().list_plugins().send().unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
}

#[test]
fn an_added_ca_is_trusted() {
    let url = tls_server();
    let c = DssClient::builder(&url)
        .api_key("k")
        .ca_certificate_pem(fixture("ca.pem"))
        .build()
        .unwrap();
    assert!(c.list_plugins().send().unwrap().is_empty());
}

#[test]
fn no_check_certificate_accepts_any() {
    let url = tls_server();
    let c = DssClient::builder(&url)
        .api_key("k")
        .no_check_certificate(true)
        .build()
        .unwrap();
    assert!(c.list_plugins().send().unwrap().is_empty());
}

#[test]
fn a_client_certificate_is_accepted_by_the_builder() {
    let c = DssClient::builder("https://localhost:1")
        .api_key("k")
        .client_certificate_pem(fixture("server.pem"), fixture("server.key"))
        .build();
    assert!(c.is_ok(), "{c:?}");
}
