//! Lists projects and plugins, then reads a user's settings.
//!
//! With `DKU_DSS_URL` and `DKU_API_KEY` set (or `~/.dataiku/config.json`),
//! it talks to that DSS instance. Without them it starts a tiny fake DSS on
//! a loopback port, so the example runs anywhere:
//!
//! ```text
//! cargo run -p dss-api --example quickstart
//! ```

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

use dss_api::DssClient;

fn main() -> anyhow::Result<()> {
    let client = match DssClient::from_env() {
        Ok(client) => client,
        Err(_) => {
            let url = fake_dss()?;
            println!("no DSS credentials found: using a fake DSS at {url}");
            DssClient::new(url, "demo-key")?
        }
    };

    let keys = client.list_project_keys().send()?;
    println!("projects: {keys:?}");
    for plugin in client.list_plugins().send()? {
        println!("plugin {} {}", plugin.id, plugin.version.as_deref().unwrap_or("?"));
    }
    let settings = client.get_user("admin").get_settings().send()?;
    println!("admin's display name: {}", settings["displayName"]);
    match client.get_project("NOPE").get_metadata().send() {
        Err(e) => println!("as expected, an error: {e}"),
        Ok(_) => println!("unexpectedly found NOPE"),
    }
    Ok(())
}

/// Serves a few canned DSS answers on a loopback port, in a background thread.
fn fake_dss() -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let url = format!("http://{}", listener.local_addr()?);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream);
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            // Skip the headers (none of these requests has a body).
            let mut line = String::new();
            while reader.read_line(&mut line).map(|n| n > 2).unwrap_or(false) {
                line.clear();
            }
            let path = request_line.split_whitespace().nth(1).unwrap_or("/");
            let (status, body) = match path {
                "/dip/publicapi/projects/" => ("200 OK", r#"[{"projectKey": "DEMO"}, {"projectKey": "SALES"}]"#),
                "/dip/publicapi/plugins/" => ("200 OK", r#"[{"id": "geoip", "version": "1.2.0"}]"#),
                "/dip/publicapi/admin/users/admin" => {
                    ("200 OK", r#"{"login": "admin", "displayName": "Administrator"}"#)
                }
                _ => (
                    "404 Not Found",
                    r#"{"errorType": "com.dataiku.dip.exceptions.UnknownObjectException", "message": "not found", "detailedMessage": "Project NOPE does not exist"}"#,
                ),
            };
            let mut stream = reader.into_inner();
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    Ok(url)
}
