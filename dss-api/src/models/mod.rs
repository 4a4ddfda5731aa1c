//! Typed answers. Every model keeps the members it does not name in
//! `extra`, so an object read, changed and sent back loses nothing.

mod futures;
mod projects;

pub use futures::*;
pub use projects::*;

/// Members of a JSON object that a model does not name.
pub type Extra = serde_json::Map<String, serde_json::Value>;
