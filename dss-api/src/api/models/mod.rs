//! Typed answers. Every model is declared in `spec/` with the members
//! scripts read; members that DSS may leave out are `Option`s and stay
//! absent when written back, and every member a model does not name is kept
//! in its [`Extra`] as the server wrote it, so an object read, changed and
//! sent back loses nothing.
//!
//! Answers whose shape is open (settings, definitions) are
//! `serde_json::Value`, read and saved back as they are. Any request with a
//! JSON answer can also decode into a type of your own with `send_as`.

mod import;

pub use crate::api::datasets::CsvFormat;
pub use crate::api::generated::models::*;
pub use crate::document::Document;
pub use crate::extra::Extra;
