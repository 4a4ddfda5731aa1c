//! The transport: the client and its one `ureq` agent, the one request path
//! (`Call`), byte streams and uploads, retries, polling waits, and a watch
//! over each connection. Nothing here knows the generated API.

pub mod client;
pub mod request;
pub mod retry;
pub mod stream;
pub mod wait;
mod watch;
