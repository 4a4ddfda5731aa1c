//! The transport: the client and its one `ureq` agent, the one request path
//! (`Call`), byte streams and uploads, retries, and polling waits. Nothing
//! here knows the generated API.

pub mod client;
pub mod request;
pub mod retry;
pub mod stream;
pub mod wait;
