//! The request side of the benches' keep-alive loopback servers.

use std::io::{BufRead, BufReader, Read};
use std::net::TcpStream;

/// Reads one request on a keep-alive connection: its method and target,
/// its headers and its body (by `Content-Length`, thrown away). `None` when
/// the client closed the connection.
pub fn read_request(reader: &mut BufReader<TcpStream>) -> Option<(String, String)> {
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return None;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_owned();
    let target = parts.next().unwrap_or("").to_owned();
    let mut len = 0u64;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 {
            return None;
        }
        if h == "\r\n" {
            break;
        }
        if let Some(v) = h.to_ascii_lowercase().strip_prefix("content-length:") {
            len = v.trim().parse().unwrap_or(0);
        }
    }
    std::io::copy(&mut reader.take(len), &mut std::io::sink()).ok()?;
    Some((method, target))
}
