//! The transport: client construction, TLS, proxies, time bounds,
//! retries, progress, threads, and the fault matrix.

mod client;
mod downloads;
mod faults;
mod messages;
mod progress;
mod proxy;
mod raw;
mod retries;
mod secrets;
mod stale;
mod threads;
mod timeouts;
mod tls;
mod uploads;
