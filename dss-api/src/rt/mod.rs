//! The runtime contract: every item that code generated from `spec/` calls.
//!
//! The expansion of the spec (the `api::generated` module) names nothing of
//! this crate but this module (besides `std`, `serde` and `serde_json`), so
//! this is the whole interface between the generator (`dss-api-derive`) and
//! the library. Renaming or changing anything here is a change of that
//! interface: the generator and the checked-in expansion of the real spec
//! (`dss-api-derive/tests/snapshots/spec/`) change with it. Where the two
//! must agree on a list of names, the expansion checks it when it compiles
//! ([`agree`]: the setters every request value has, the conversions).
//!
//! What generated code does with these items:
//!
//! - each method is described by a `static` [`Endpoint`](catalog::Endpoint)
//!   (its identity), built with the types of [`catalog`]; the catalog's
//!   lists are joined with `catalog::concat`;
//! - a request value's `__prepare` builds a [`Call`] (`Call::new` with the
//!   request value's `ENDPOINT`, `options`, then `lit`, `segment`,
//!   `segments`, `query`, `json`, `upload`, `raw`), and `send` finishes it
//!   with one of `Call`'s `send_*` methods;
//! - answers that fill handles go through [`answer_string`],
//!   [`answer_string_or_empty`], [`answer_member`] and [`decode_value`];
//!   `T from answer.member` is [`pick`]; `check messages` is
//!   [`check_messages`]; a `wait<T>` result is [`wait_task`] over the task
//!   handle ([`Task`]);
//! - JSON bodies use [`spread`] for `..arg`, [`DocumentIn`] for
//!   `body { key = document }`, and the functions of [`convert`] for
//!   `name(arg)`; a conversion in a query is sent as [`query_text`];
//! - `env(..)` defaults read [`env_value`];
//! - models read and write their members through [`model`], keep their
//!   unknown members in an [`Extra`], and show secrets as [`Redacted`];
//! - [`request_common!`](crate::rt::request_common) gives every request
//!   value its `ENDPOINT`, its setters of the request's own settings, its
//!   `Debug`, and `send` / `send_as` for the common result kinds;
//! - each file's requests module ends with
//!   [`request_list!`](crate::rt::request_list), naming every request
//!   value type.
//!
//! Nothing here depends on the generated API: dependencies run from the
//! crate root to the generated API to this module to the transport.

pub(crate) use crate::endpoint as catalog;
pub mod convert;
#[cfg(feature = "dynamic")]
pub mod dynamic;
pub mod model;

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

pub use crate::endpoint::Endpoint;

pub use crate::document::Document;
pub use crate::endpoint::Server;
pub use crate::error::{Error, Result};
pub use crate::extra::Extra;
pub use crate::transport::client::{ClientBuilder, DssClient, ServerClient};

/// `core` set to `server`'s base path (a dynamic call of another server's
/// method made with a `DssClient`).
#[cfg(feature = "dynamic")]
pub fn on_server(core: &DssClient, server: Server) -> DssClient {
    core.on_server(server)
}

/// Sends `call` and makes the method's result of its answer (`f`), naming
/// the call's request (verb, host, path) in any error, those of reading the
/// answer's members included.
pub fn finish<'c, T>(call: Call<'c>, f: impl FnOnce(Call<'c>) -> Result<T>) -> Result<T> {
    let site = call.site();
    f(call).map_err(|e| e.located(&site))
}

/// The kind of credential a client's transport sends (`api_key`, ...,
/// `none`), for the `Debug` of generated clients.
pub fn auth_kind(core: &DssClient) -> &'static str {
    core.auth_kind()
}
pub use crate::transport::request::{Call, RequestOptions};
#[cfg(feature = "mock")]
pub use crate::transport::request::{Described, DescribedBody};
pub use crate::transport::stream::{ByteStream, Upload};

/// What every generated request value (a struct with `__opts:
/// RequestOptions`) has besides its arguments and its `__prepare` (which
/// builds the [`Call`]): its `ENDPOINT` (the `static` describing its
/// method), the public setters of [`options_setters!`], a `Debug` that names
/// the method and shows no argument (any of which may be a secret), and,
/// for the common result kinds, `send` and `send_as`. A macro of the library
/// rather than code emitted by the proc macro for each endpoint, so that the
/// expansion stays small.
///
/// `request_common!(Type, path::TO_ENDPOINT_STATIC, tail)` where `tail`
/// is one of:
///
/// - `plain`: nothing more (the generated code writes `send`);
/// - `send_as` / `send_as_checked`: `send_as`, decoding the answer (after
///   `check messages` for the second);
/// - `json(T, "doc")`: `send` decoding the answer as `T`, and `send_as`;
/// - `unit("doc")`, `text("doc")`, `stream("doc")`: `send` for those
///   result kinds.
///
/// `__prepare(self, start: bool)` must return `(Call, ())` for the kinds
/// whose `send` the macro writes.
///
/// With the `mock` feature, every request value also implements
/// [`Prepared`], through which the mock makes its stubs.
macro_rules! request_common {
    ($ty:ident, $endpoint:path, plain) => {
        impl $ty<'_> {
            /// The method this request value belongs to, described: its
            /// identity in errors, logs and the catalog.
            pub const ENDPOINT: &'static $crate::rt::Endpoint = &$endpoint;
        }
        $crate::rt::options_setters!($ty<'a>, __opts);
        impl ::core::fmt::Debug for $ty<'_> {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "{} {{ .. }}", Self::ENDPOINT)
            }
        }
        #[cfg(feature = "mock")]
        impl $crate::rt::Prepared for $ty<'_> {
            const REQUEST_TYPE: &'static str = ::core::stringify!($ty);
            const ENDPOINT: &'static $crate::rt::Endpoint = &$endpoint;
            fn described(self, start: bool) -> $crate::rt::Result<$crate::rt::Described> {
                let (call, _) = self.__prepare(start)?;
                Ok(call.describe())
            }
        }
    };
    ($ty:ident, $endpoint:path, send_as) => {
        $crate::rt::request_common!($ty, $endpoint, plain);
        impl $ty<'_> {
            /// Sends the request and decodes the JSON answer into the
            /// caller's own type (any `DeserializeOwned` type,
            /// `serde_json::Value` included) instead of this method's result
            /// type. A decoding failure is [`Error::Decode`](crate::Error::Decode)
            /// naming this method.
            pub fn send_as<T: ::serde::de::DeserializeOwned>(self) -> $crate::rt::Result<T> {
                let (call, _) = self.__prepare(false)?;
                call.send_json::<T>()
            }
        }
    };
    ($ty:ident, $endpoint:path, send_as_checked) => {
        $crate::rt::request_common!($ty, $endpoint, plain);
        impl $ty<'_> {
            /// Sends the request, checks the answer for a failure DSS
            /// reports in it, and decodes it into the caller's own type (any
            /// `DeserializeOwned` type, `serde_json::Value` included). A
            /// decoding failure is [`Error::Decode`](crate::Error::Decode)
            /// naming this method.
            pub fn send_as<T: ::serde::de::DeserializeOwned>(self) -> $crate::rt::Result<T> {
                let (call, _) = self.__prepare(false)?;
                $crate::rt::finish(call, |call| {
                    let answer: ::serde_json::Value = call.send_json()?;
                    $crate::rt::check_messages(&answer, Self::ENDPOINT)?;
                    $crate::rt::decode_value(answer, Self::ENDPOINT)
                })
            }
        }
    };
    ($ty:ident, $endpoint:path, json($out:ty, $doc:literal)) => {
        $crate::rt::request_common!($ty, $endpoint, send_as);
        impl $ty<'_> {
            #[doc = $doc]
            pub fn send(self) -> $crate::rt::Result<$out> {
                let (call, ()) = self.__prepare(false)?;
                call.send_json::<$out>()
            }
        }
    };
    ($ty:ident, $endpoint:path, unit($doc:literal)) => {
        $crate::rt::request_common!($ty, $endpoint, plain);
        impl $ty<'_> {
            #[doc = $doc]
            pub fn send(self) -> $crate::rt::Result<()> {
                let (call, ()) = self.__prepare(false)?;
                call.send_empty()
            }
        }
    };
    ($ty:ident, $endpoint:path, text($doc:literal)) => {
        $crate::rt::request_common!($ty, $endpoint, plain);
        impl $ty<'_> {
            #[doc = $doc]
            pub fn send(self) -> $crate::rt::Result<::std::string::String> {
                let (call, ()) = self.__prepare(false)?;
                call.send_text()
            }
        }
    };
    ($ty:ident, $endpoint:path, stream($doc:literal)) => {
        $crate::rt::request_common!($ty, $endpoint, plain);
        impl $ty<'_> {
            #[doc = $doc]
            pub fn send(self) -> $crate::rt::Result<$crate::rt::ByteStream> {
                let (call, ()) = self.__prepare(false)?;
                call.send_stream()
            }
        }
    };
}
pub(crate) use request_common;

/// The methods every request value has besides its arguments' setters: the
/// setters of [`options_setters!`] and the ways to send it. A spec argument
/// may not take one of these names (the generator's list is checked against
/// this one when the expansion compiles, see [`agree`]).
pub const REQUEST_METHODS: &[&str] = &[
    "timeout",
    "response_timeout",
    "idle_timeout",
    "low_speed_limit",
    "retry",
    "no_retry",
    "on_progress",
    "request_options",
    "send",
    "send_as",
    "start",
];

/// Fails the build when the generator and the runtime disagree on a list of
/// names (`what` says which): the expansion calls it in a `const` for each
/// list both must know.
pub const fn agree(what: &'static str, runtime: &[&str], generator: &[&str]) {
    let mut same = runtime.len() == generator.len();
    let mut i = 0;
    while same && i < runtime.len() {
        let (a, b) = (runtime[i].as_bytes(), generator[i].as_bytes());
        same = a.len() == b.len();
        let mut j = 0;
        while same && j < a.len() {
            same = a[j] == b[j];
            j += 1;
        }
        i += 1;
    }
    if !same {
        panic!("{}", what);
    }
}

/// A long-running task's handle as a `wait<T>` result uses it: the spec's
/// `task handle`, whose waiting is written by hand.
pub trait Task {
    /// Waits for the task with the default wait options and decodes its
    /// result as `T`.
    fn wait_for_result_as<T: DeserializeOwned>(self) -> Result<T>;
}

/// A `wait<T>` result: waits for the task a request started.
pub fn wait_task<H: Task, T: DeserializeOwned>(task: H) -> Result<T> {
    task.wait_for_result_as()
}

/// A request value that can say what it would send without sending it
/// (every generated one, through [`request_common!`]): the mock's
/// `Stub` trait is implemented for every type that implements this one.
#[cfg(feature = "mock")]
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be stubbed as one request",
    label = "not a request value of one request",
    note = "a call made of several requests (a build, a wait, a multi-request save) is scripted by its own \
            method: `ends_after`, `finishes_after`, `returns_rows`, ... (see the `dss_api::mock` docs)",
    note = "a request value is stubbed before `.send()`: `mock.list_projects().returns(..)`"
)]
pub trait Prepared: Sized {
    /// The request value type's name, as the catalog's `request_type` gives it.
    const REQUEST_TYPE: &'static str;

    /// The method it belongs to.
    const ENDPOINT: &'static Endpoint;

    /// What `send` would send (`start()` with `start`), without sending it.
    fn described(self, start: bool) -> Result<Described>;
}

/// `name`, which must name a type that implements [`Prepared`]: each entry
/// of [`request_list!`](crate::rt::request_list)'s list compiles only if
/// its type does.
#[cfg(feature = "mock")]
pub const fn prepared<T: Prepared>(name: &'static str) -> &'static str {
    name
}

/// The list of a spec file's request value types, `REQUEST_TYPES` (with
/// the `mock` feature only, which is what it serves): the generator names
/// each type once, and each entry compiles only if that type implements
/// [`Prepared`], so the mock can check that it has a stub for every request
/// of the catalog.
macro_rules! request_list {
    ($($ty:ident),* $(,)?) => {
        /// The name of every request value type of this spec file, each
        /// checked to implement `rt::Prepared` (the mock's stubs).
        #[cfg(feature = "mock")]
        pub const REQUEST_TYPES: &[&str] = &[$($crate::rt::prepared::<$ty<'static>>(::core::stringify!($ty))),*];
    };
}
pub(crate) use request_list;

/// The public setters of a request's own settings (`timeout`,
/// `response_timeout`, `idle_timeout`, `low_speed_limit`, `retry`, `no_retry`, `on_progress`,
/// `request_options`: the first names of [`REQUEST_METHODS`]) on a request
/// value holding them in `$field: RequestOptions`: generated request values
/// get them through [`request_common!`](crate::rt::request_common), and the
/// hand-written ones (multi-request calls) the same way, so every request
/// value offers the same settings.
macro_rules! options_setters {
    ($ty:ident < $($lt:lifetime),+ $(, $tp:ident)* >, $field:ident) => {
        impl<$($lt),+ $(, $tp)*> $ty<$($lt),+ $(, $tp)*> {
            /// Bounds this whole call, from connecting to the last byte of
            /// the answer (the client's overall timeout otherwise).
            pub fn timeout(mut self, timeout: ::core::time::Duration) -> Self {
                self.$field = ::core::mem::take(&mut self.$field).timeout(timeout);
                self
            }

            /// Bounds the wait for this call's answer to begin (the
            /// client's response or server-wait timeout otherwise).
            pub fn response_timeout(mut self, timeout: ::core::time::Duration) -> Self {
                self.$field = ::core::mem::take(&mut self.$field).response_timeout(timeout);
                self
            }

            /// Bounds the time with no byte moving while this call's answer
            /// is read or its upload written (the client's idle timeout
            /// otherwise).
            pub fn idle_timeout(mut self, timeout: ::core::time::Duration) -> Self {
                self.$field = ::core::mem::take(&mut self.$field).idle_timeout(timeout);
                self
            }

            /// Cuts this call's answer if it delivers fewer than `bytes`
            /// over `window` of waiting for it (the client's low-speed
            /// bound otherwise, 1 KiB over 60 s by default; `0` bytes turns
            /// it off; see
            /// [`ClientBuilder::low_speed_limit`](crate::ClientBuilder::low_speed_limit)).
            pub fn low_speed_limit(mut self, bytes: u64, window: ::core::time::Duration) -> Self {
                self.$field = ::core::mem::take(&mut self.$field).low_speed_limit(bytes, window);
                self
            }

            /// Retries this call with `policy` when it is safe to repeat
            /// (see [`RetryPolicy`](crate::RetryPolicy)), whatever the
            /// client's policy.
            pub fn retry(mut self, policy: $crate::RetryPolicy) -> Self {
                self.$field = ::core::mem::take(&mut self.$field).retry(policy);
                self
            }

            /// Sends this call once, whatever the client's retry policy.
            pub fn no_retry(mut self) -> Self {
                self.$field = ::core::mem::take(&mut self.$field).no_retry();
                self
            }

            /// Calls `f` after each chunk of this call's uploads and streamed
            /// downloads (not of answers read whole), with the bytes moved
            /// so far and the total when known (see
            /// [`RequestOptions::on_progress`](crate::RequestOptions::on_progress)).
            pub fn on_progress(
                mut self,
                f: impl Fn($crate::TransferProgress) + ::core::marker::Send + ::core::marker::Sync + 'static,
            ) -> Self {
                self.$field = ::core::mem::take(&mut self.$field).on_progress(f);
                self
            }

            /// Replaces all of this call's own settings at once (see
            /// [`RequestOptions`](crate::RequestOptions)).
            pub fn request_options(mut self, options: $crate::RequestOptions) -> Self {
                self.$field = options.replacing(&self.$field);
                self
            }
        }
    };
}
pub(crate) use options_setters;

/// A generated request value given a multi-request call's own settings
/// (time bounds, retries): the hand-written calls pass theirs to each
/// request they make this way.
macro_rules! timed {
    ($request:expr, $settings:expr) => {
        $request.request_options(::core::clone::Clone::clone($settings))
    };
}
pub(crate) use timed;

/// Shown by `Debug` in place of a secret value: `***`.
pub struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Shown by a model's `Debug` in place of its unknown members: their names
/// only, since their values may hold anything (secrets included).
pub struct ExtraNames<'a>(pub &'a Extra);

impl fmt::Debug for ExtraNames<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.keys()).finish()
    }
}

/// Reads the environment variable that stands in for an unset argument
/// (`name: str = env("VAR")`, or a handle field `env("VAR")`); an unset or
/// empty variable is [`Error::Config`] naming both.
pub fn env_value(var: &'static str, name: &'static str) -> Result<String> {
    match std::env::var(var) {
        Ok(v) if !v.is_empty() => Ok(v),
        _ => Err(Error::Config(format!(
            "`{name}` was not given and the {var} environment variable is not set"
        ))),
    }
}

fn decode_error(endpoint: &'static Endpoint, what: String) -> Error {
    Error::Decode {
        at: None,
        endpoint,
        source: <serde_json::Error as serde::de::Error>::custom(what),
    }
}

/// The member at `path` of a JSON value: a name, or names joined by `.`
/// for nested objects (`trigger.id`); in a list, a number is an index
/// (`results.0`).
fn lookup<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(value, |v, k| match v {
        Value::Array(items) => items.get(k.parse::<usize>().ok()?),
        _ => v.get(k),
    })
}

/// [`lookup`], for taking the member out.
fn lookup_mut<'v>(value: &'v mut Value, path: &str) -> Option<&'v mut Value> {
    path.split('.').try_fold(value, |v, k| match v {
        Value::Array(items) => items.get_mut(k.parse::<usize>().ok()?),
        _ => v.get_mut(k),
    })
}

/// A string member of a JSON answer (a number is taken as its text), for a
/// handle's identifier field (`answer.id`, `answer.trigger.id`). Its absence
/// is [`Error::Decode`] naming the member.
pub fn answer_string(answer: &Value, member: &str, endpoint: &'static Endpoint) -> Result<String> {
    match lookup(answer, member) {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(Value::Number(n)) => Ok(n.to_string()),
        // Its kind, not its value: a server may put anything there, a
        // secret of the request's own path included.
        Some(other) => Err(decode_error(
            endpoint,
            format!(
                "the answer's member `{member}` is not a string but {}",
                json_kind(other)
            ),
        )),
        None => Err(decode_error(endpoint, format!("the answer has no member `{member}`"))),
    }
}

/// What kind of JSON value `v` is, for messages that must not repeat it.
fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A string member of a JSON answer, or `""` when it is absent or not a
/// string (`answer.key?`: a member DSS may leave out).
pub fn answer_string_or_empty(answer: &Value, member: &str) -> String {
    match lookup(answer, member) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// A member of a JSON answer taken out and decoded, for a typed handle field
/// (`schema = answer.schema`). An absent member decodes as `null` (so an
/// `Option` field is `None`); if its type cannot be `null`, the error names
/// the missing member.
pub fn answer_member<T: DeserializeOwned>(answer: &mut Value, member: &str, endpoint: &'static Endpoint) -> Result<T> {
    match lookup_mut(answer, member).map(Value::take) {
        Some(v) => decode_value(v, endpoint),
        None => serde_json::from_value(Value::Null)
            .map_err(|_| decode_error(endpoint, format!("the answer has no member `{member}`"))),
    }
}

/// Decodes a JSON value as `T`; a mismatch is [`Error::Decode`] naming the
/// method.
pub fn decode_value<T: DeserializeOwned>(v: Value, endpoint: &'static Endpoint) -> Result<T> {
    serde_json::from_value(v).map_err(|source| Error::Decode {
        at: None,
        endpoint,
        source,
    })
}

/// `T from answer.member`, or with `each`, that member of every item of a
/// list answer (`T from answer[].member`). A missing member is an error
/// naming it (and the item), except at the top of the answer for a type
/// that reads `null` (an `Option`), which is then read from `null`; an
/// item of a list past its end (`results.0` of an empty list) is always
/// an error.
pub fn pick<T: DeserializeOwned>(answer: Value, member: &str, each: bool, endpoint: &'static Endpoint) -> Result<T> {
    let value = if each {
        let Value::Array(items) = answer else {
            return Err(decode_error(endpoint, "the answer is not a list".into()));
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, mut item) in items.into_iter().enumerate() {
            match lookup_mut(&mut item, member) {
                Some(v) => out.push(v.take()),
                None => {
                    return Err(decode_error(
                        endpoint,
                        format!("item {i} of the answer has no member `{member}`"),
                    ))
                }
            }
        }
        Value::Array(out)
    } else {
        let mut answer = answer;
        match lookup_mut(&mut answer, member) {
            Some(v) => v.take(),
            None => match serde_json::from_value::<T>(Value::Null) {
                Ok(absent) if !member.split('.').any(|k| k.parse::<usize>().is_ok()) => return Ok(absent),
                _ => return Err(decode_error(endpoint, format!("the answer has no member `{member}`"))),
            },
        }
    };
    decode_value(value, endpoint)
}

/// A query value made by a conversion (`key = conversion(arg)`): a string
/// is sent as it is, `null` leaves the parameter out, anything else is sent
/// as its JSON text.
pub fn query_text(value: Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s),
        other => Some(other.to_string()),
    }
}

/// `check messages`: DSS reports some failed operations (creating a code
/// env, a cluster, an API key) in a successful answer, as `null` or with
/// `messages.error == true`; both are [`Error::OperationFailed`] with the
/// server's messages.
pub fn check_messages(answer: &Value, endpoint: &'static Endpoint) -> Result<()> {
    if answer.is_null() {
        return Err(Error::OperationFailed {
            at: None,
            endpoint,
            messages: Box::new(Value::Null),
            summary: "the server returned no data".into(),
        });
    }
    let messages = answer.get("messages");
    if messages.and_then(|m| m.get("error")).and_then(Value::as_bool) == Some(true) {
        let list = messages.and_then(|m| m.get("messages")).cloned().unwrap_or_default();
        let summary = list
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|m| m.get("message").or_else(|| m.get("details")).and_then(Value::as_str))
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| list.to_string());
        return Err(Error::OperationFailed {
            at: None,
            endpoint,
            messages: Box::new(list),
            summary,
        });
    }
    Ok(())
}

/// `body { key = document }`: a body whose one member is the owner's
/// document, written as it was read except where it was changed.
pub struct DocumentIn<'a> {
    /// The member's name.
    pub key: &'static str,
    /// The document.
    pub document: &'a Document,
}

impl serde::Serialize for DocumentIn<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(self.key, self.document)?;
        map.end()
    }
}

/// `..arg` in a JSON body: copies every member of a JSON object argument
/// into `map`; unset or `null` adds nothing; anything but an object is
/// [`Error::InvalidArgument`] naming the argument.
pub fn spread(
    map: &mut serde_json::Map<String, Value>,
    name: &'static str,
    value: impl Into<Option<Value>>,
) -> Result<()> {
    match value.into() {
        None | Some(Value::Null) => Ok(()),
        Some(Value::Object(members)) => {
            map.extend(members);
            Ok(())
        }
        Some(_) => Err(Error::InvalidArgument {
            name,
            reason: "must be a JSON object".into(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::testing::GET;
    use serde_json::json;

    /// Every name of `REQUEST_METHODS` is a method of a request value
    /// (this test only compiles if they are), and there is no other.
    #[test]
    fn request_methods_are_the_request_values_methods() {
        let client = DssClient::new("http://localhost:1", "k").unwrap();
        let d = std::time::Duration::from_secs(1);
        let start = client
            .install_plugin_from_store("p")
            .timeout(d)
            .response_timeout(d)
            .idle_timeout(d)
            .low_speed_limit(1024, d)
            .retry(crate::RetryPolicy::new())
            .no_retry()
            .on_progress(|_| {})
            .request_options(RequestOptions::new());
        let (_send, _start): (fn(_) -> _, fn(_) -> _) = (
            crate::requests::CreateCodeEnv::send,
            crate::requests::CreateCodeEnv::start,
        );
        let _send_as = crate::requests::ListProjects::send_as::<Value>;
        drop(start);
        assert_eq!(REQUEST_METHODS.len(), 11, "{REQUEST_METHODS:?}");
    }

    #[test]
    fn answers_name_what_is_missing() {
        let answer = json!({"id": "x", "n": 7, "list": [1]});
        assert_eq!(answer_string(&answer, "id", &GET).unwrap(), "x");
        assert_eq!(answer_string(&answer, "n", &GET).unwrap(), "7");
        let e = answer_string(&answer, "key", &GET).unwrap_err().to_string();
        assert!(e.contains("no member `key`") && e.contains("DssTest::get"), "{e}");
        let e = answer_string(&answer, "list", &GET).unwrap_err().to_string();
        assert!(e.contains("`list` is not a string but a list"), "{e}");
        let answer = json!({"id": {"echo": "S3CR3T"}});
        let e = answer_string(&answer, "id", &GET).unwrap_err().to_string();
        assert!(e.contains("but an object") && !e.contains("S3CR3T"), "{e}");
        assert_eq!(answer_string_or_empty(&answer, "key"), "");

        let mut answer = json!({"schema": [1, 2]});
        let v: Vec<i64> = answer_member(&mut answer, "schema", &GET).unwrap();
        assert_eq!(v, [1, 2]);
        let none: Option<Vec<i64>> = answer_member(&mut answer, "other", &GET).unwrap();
        assert_eq!(none, None);
        let e = answer_member::<Vec<i64>>(&mut answer, "other", &GET)
            .unwrap_err()
            .to_string();
        assert!(e.contains("no member `other`"), "{e}");
    }

    #[test]
    fn pick_takes_members() {
        let keys: Vec<String> = pick(json!([{"k": "a"}, {"k": "b"}]), "k", true, &GET).unwrap();
        assert_eq!(keys, ["a", "b"]);
        let e = pick::<Vec<String>>(json!([{"k": "a"}, {}]), "k", true, &GET)
            .unwrap_err()
            .to_string();
        assert!(e.contains("item 1") && e.contains("`k`"), "{e}");
        let one: String = pick(json!({"msg": "t"}), "msg", false, &GET).unwrap();
        assert_eq!(one, "t");
        let nested: String = pick(json!({"a": {"b": "deep"}}), "a.b", false, &GET).unwrap();
        assert_eq!(nested, "deep");
        let answer = json!({"trigger": {"id": "t1"}, "runId": "r1"});
        assert_eq!(answer_string(&answer, "trigger.id", &GET).unwrap(), "t1");
        let e = answer_string(&answer, "trigger.name", &GET).unwrap_err().to_string();
        assert!(e.contains("`trigger.name`"), "{e}");
    }

    #[test]
    fn messages_are_checked() {
        assert!(check_messages(&json!({"ok": true}), &GET).is_ok());
        let e = check_messages(
            &json!({"messages": {"error": true, "messages": [{"message": "bad"}]}}),
            &GET,
        )
        .unwrap_err();
        assert!(e.to_string().contains("bad"), "{e}");
        assert!(check_messages(&Value::Null, &GET).is_err());
    }

    #[test]
    fn spread_needs_an_object() {
        let mut map = serde_json::Map::new();
        spread(&mut map, "params", json!({"a": 1})).unwrap();
        spread(&mut map, "params", None).unwrap();
        assert_eq!(Value::Object(map.clone()), json!({"a": 1}));
        let e = spread(&mut map, "params", json!([1])).unwrap_err().to_string();
        assert!(e.contains("`params`"), "{e}");
    }
}
