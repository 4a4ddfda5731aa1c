//! The one request path. Every generated method builds a [`Call`], fills in
//! path, query, headers and body, and finishes with one of the `send_*`
//! functions, which decode the answer the same way for every endpoint.

use std::borrow::Cow;
use std::io::Read;
use std::time::Duration;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::de::DeserializeOwned;
use ureq::http;

use crate::client::DssClient;
use crate::error::{ApiError, Error, Result};
use crate::stream::{ByteStream, Upload};

/// Everything but RFC 3986 unreserved characters is escaped, so a value is
/// always exactly one path segment or one query value.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// How much of an error body is kept.
const ERROR_BODY_LIMIT: u64 = 64 * 1024;

/// What every generated request value has besides its own arguments: a
/// per-request `timeout` and a `Debug` that names the method (and shows no
/// argument, which may be a secret). Kept here rather than emitted by the
/// proc macro for each endpoint, so that the expansion stays small.
macro_rules! request_common {
    ($ty:ident, $name:literal) => {
        impl $ty<'_> {
            /// Overrides the client's overall timeout for this one request.
            pub fn timeout(mut self, timeout: ::core::time::Duration) -> Self {
                self.__timeout = ::core::option::Option::Some(timeout);
                self
            }
        }
        impl ::core::fmt::Debug for $ty<'_> {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct($name).finish_non_exhaustive()
            }
        }
    };
}
pub(crate) use request_common;

/// Values that can be sent as a query parameter or header; `None` means
/// "leave it out".
pub(crate) trait QueryValue {
    fn query_text(&self) -> Option<Cow<'_, str>>;
}

impl QueryValue for str {
    fn query_text(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Borrowed(self))
    }
}

impl QueryValue for String {
    fn query_text(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Borrowed(self))
    }
}

impl QueryValue for bool {
    fn query_text(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Borrowed(if *self { "true" } else { "false" }))
    }
}

impl QueryValue for i64 {
    fn query_text(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Owned(self.to_string()))
    }
}

impl<T: QueryValue> QueryValue for Option<T> {
    fn query_text(&self) -> Option<Cow<'_, str>> {
        self.as_ref().and_then(T::query_text)
    }
}

impl<T: QueryValue + ?Sized> QueryValue for &T {
    fn query_text(&self) -> Option<Cow<'_, str>> {
        (**self).query_text()
    }
}

enum Payload {
    None,
    Json(Vec<u8>),
    Upload { filename: &'static str, upload: Upload },
    Raw(Upload),
}

/// One HTTP request being prepared.
pub(crate) struct Call<'c> {
    client: &'c DssClient,
    verb: &'static str,
    endpoint: &'static str,
    url: String,
    query: String,
    headers: Vec<(&'static str, String)>,
    payload: Payload,
    timeout: Option<Duration>,
}

impl<'c> Call<'c> {
    /// Starts a request; `endpoint` is the method name, used in errors.
    pub(crate) fn new(client: &'c DssClient, verb: &'static str, endpoint: &'static str) -> Call<'c> {
        let base = &client.inner.base;
        let mut url = String::with_capacity(base.len() + 64);
        url.push_str(base);
        Call {
            client,
            verb,
            endpoint,
            url,
            query: String::new(),
            headers: Vec::new(),
            payload: Payload::None,
            timeout: None,
        }
    }

    /// Overrides the overall timeout for this request.
    pub(crate) fn timeout(&mut self, t: Option<Duration>) {
        self.timeout = t;
    }

    /// Appends a literal piece of the path template.
    pub(crate) fn lit(&mut self, s: &'static str) {
        self.url.push_str(s);
    }

    /// Appends one path segment, percent-encoded so that it stays one
    /// segment whatever it holds. `.` and `..` are encoded as well, so that
    /// they cannot climb out of the path; an empty value is refused (it would
    /// silently change which endpoint is called).
    pub(crate) fn segment(&mut self, name: &'static str, value: &str) -> Result<()> {
        push_segment(&mut self.url, name, value)
    }

    /// Adds a query parameter, unless the value is an unset optional.
    pub(crate) fn query(&mut self, name: &'static str, value: impl QueryValue) {
        if let Some(v) = value.query_text() {
            self.query.push(if self.query.is_empty() { '?' } else { '&' });
            self.query.extend(utf8_percent_encode(name, COMPONENT));
            self.query.push('=');
            self.query.extend(utf8_percent_encode(&v, COMPONENT));
        }
    }

    /// Adds a header, unless the value is an unset optional. (The spec's
    /// `header { .. }` clause; no endpoint of the reference needs it yet.)
    #[allow(dead_code)]
    pub(crate) fn header(&mut self, name: &'static str, value: impl QueryValue) {
        if let Some(v) = value.query_text() {
            self.headers.push((name, v.into_owned()));
        }
    }

    /// Sets a JSON body.
    pub(crate) fn json(&mut self, body: &serde_json::Value) -> Result<()> {
        let bytes = serde_json::to_vec(body).map_err(|source| Error::Decode {
            endpoint: self.endpoint,
            source,
        })?;
        self.payload = Payload::Json(bytes);
        Ok(())
    }

    /// Sets a body streamed from a file argument, as it is (no content type,
    /// as dataikuapi sends it).
    pub(crate) fn raw(&mut self, upload: Upload) {
        self.payload = Payload::Raw(upload);
    }

    /// Appends a value holding several path segments (`{name*}`): each
    /// segment is encoded as [`segment`](Self::segment) does, the slashes
    /// between them are kept. Empty segments are refused.
    pub(crate) fn segments(&mut self, name: &'static str, value: &str) -> Result<()> {
        for (i, part) in value.split('/').enumerate() {
            if i > 0 {
                self.url.push('/');
            }
            push_segment(&mut self.url, name, part)?;
        }
        Ok(())
    }

    /// Sets a streamed `multipart/form-data` body with one part named `file`.
    pub(crate) fn upload(&mut self, filename: &'static str, upload: Upload) {
        self.payload = Payload::Upload { filename, upload };
    }

    /// Performs the request; an HTTP error status becomes [`Error::Api`].
    fn perform(self) -> Result<http::Response<ureq::Body>> {
        let Call {
            client,
            verb,
            endpoint,
            mut url,
            query,
            headers,
            payload,
            timeout,
        } = self;
        url.push_str(&query);
        let inner = &client.inner;
        let mut req = http::Request::builder().method(verb).uri(&url);
        req = req.header(inner.auth.header, inner.auth.value.expose());
        for (k, v) in &inner.headers {
            req = req.header(k.as_str(), v.expose());
        }
        for (k, v) in &headers {
            req = req.header(*k, v.as_str());
        }
        let body = match payload {
            Payload::None if verb == "GET" => ureq::SendBody::none(),
            Payload::None => {
                // As dataikuapi does: a write without a body says so with a
                // zero length (ureq would otherwise send it chunked, and some
                // proxies refuse a bodiless write without a length).
                req = req.header("Content-Length", "0");
                ureq::SendBody::from_owned_reader(std::io::empty())
            }
            Payload::Json(bytes) => {
                req = req.header("Content-Type", "application/json");
                req = req.header("Content-Length", bytes.len());
                ureq::SendBody::from_owned_reader(std::io::Cursor::new(bytes))
            }
            Payload::Raw(upload) => {
                let (reader, len) = upload.open().map_err(|e| Error::io("opening the upload", e))?;
                if let Some(len) = len {
                    req = req.header("Content-Length", len);
                }
                ureq::SendBody::from_owned_reader(reader)
            }
            Payload::Upload { filename, upload } => {
                let multipart =
                    crate::stream::Multipart::new(filename, upload).map_err(|e| Error::io("opening the upload", e))?;
                req = req.header("Content-Type", multipart.content_type());
                if let Some(len) = multipart.len() {
                    req = req.header("Content-Length", len);
                }
                ureq::SendBody::from_owned_reader(multipart)
            }
        };
        let req = req.body(body).map_err(|e| Error::InvalidArgument {
            name: "url",
            reason: format!("cannot build a request for {endpoint}: {e}"),
        })?;
        let req = match timeout {
            Some(t) => inner.agent.configure_request(req).timeout_global(Some(t)).build(),
            None => req,
        };
        let mut resp = inner.agent.run(req).map_err(|e| Error::transport(endpoint, e))?;
        let status = resp.status().as_u16();
        if status >= 300 {
            // Kept lossily: an HTML page in another charset, or a limit cutting
            // a character in two, must not lose the whole body.
            let mut bytes = Vec::new();
            let _ = resp
                .body_mut()
                .as_reader()
                .take(ERROR_BODY_LIMIT)
                .read_to_end(&mut bytes);
            let mut text = String::from_utf8_lossy(&bytes).into_owned();
            if (300..400).contains(&status) {
                let to = resp
                    .headers()
                    .get("location")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("?");
                text = format!("unexpected redirect to {to}");
            }
            return Err(Error::Api(Box::new(ApiError::from_body(endpoint, status, text))));
        }
        Ok(resp)
    }

    fn send_bytes(self) -> Result<Vec<u8>> {
        let endpoint = self.endpoint;
        let limit = self.client.inner.body_limit;
        let mut resp = self.perform()?;
        resp.body_mut()
            .with_config()
            .limit(limit)
            .read_to_vec()
            .map_err(|e| Error::transport(endpoint, e))
    }

    /// Sends and decodes a JSON answer. The body is read whole, then parsed
    /// from the slice (much faster than parsing from the socket reader).
    pub(crate) fn send_json<T: DeserializeOwned>(self) -> Result<T> {
        let endpoint = self.endpoint;
        let bytes = self.send_bytes()?;
        serde_json::from_slice(&bytes).map_err(|source| Error::Decode { endpoint, source })
    }

    /// Sends and returns the answer as text.
    pub(crate) fn send_text(self) -> Result<String> {
        let bytes = self.send_bytes()?;
        Ok(match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        })
    }

    /// Sends and discards the answer (reading it, so the connection can be
    /// reused).
    pub(crate) fn send_empty(self) -> Result<()> {
        let endpoint = self.endpoint;
        let mut resp = self.perform()?;
        std::io::copy(&mut resp.body_mut().as_reader(), &mut std::io::sink()).map_err(|e| Error::io(endpoint, e))?;
        Ok(())
    }

    /// Sends and returns a reader over the answer's body.
    pub(crate) fn send_stream(self) -> Result<ByteStream> {
        let endpoint = self.endpoint;
        let resp = self.perform()?;
        let compressed = resp.headers().contains_key("content-encoding");
        Ok(ByteStream::new(endpoint, resp.into_body(), compressed))
    }

    /// Sends and wraps the answer as a long-running task.
    pub(crate) fn send_future(self) -> Result<crate::DssFuture> {
        let client = self.client;
        let endpoint = self.endpoint;
        let answer: serde_json::Value = self.send_json()?;
        into_future(client, answer, endpoint)
    }
}

/// Appends `/`-free, percent-encoded `value` to `out`.
pub(crate) fn push_segment(out: &mut String, name: &'static str, value: &str) -> Result<()> {
    if value.is_empty() {
        return Err(Error::InvalidArgument {
            name,
            reason: "must not be empty (it fills a path segment)".into(),
        });
    }
    if value.bytes().all(|b| b == b'.') {
        for _ in 0..value.len() {
            out.push_str("%2E");
        }
    } else {
        out.extend(utf8_percent_encode(value, COMPONENT));
    }
    Ok(())
}

/// Reads an environment variable that stands in for an unset argument.
pub(crate) fn env_value(var: &'static str, name: &'static str) -> Result<String> {
    match std::env::var(var) {
        Ok(v) if !v.is_empty() => Ok(v),
        _ => Err(Error::Config(format!(
            "`{name}` was not given and the {var} environment variable is not set"
        ))),
    }
}

fn missing(member: &str) -> serde_json::Error {
    <serde_json::Error as serde::de::Error>::custom(format!("the answer has no string member `{member}`"))
}

/// A string member of a JSON answer.
pub(crate) fn answer_string(answer: &serde_json::Value, member: &str, endpoint: &'static str) -> Result<String> {
    match answer.get(member) {
        Some(serde_json::Value::String(s)) => Ok(s.clone()),
        Some(serde_json::Value::Number(n)) => Ok(n.to_string()),
        _ => Err(Error::Decode {
            endpoint,
            source: missing(member),
        }),
    }
}

/// A string member of a JSON answer, or `""` when it is missing.
pub(crate) fn answer_string_or_empty(answer: &serde_json::Value, member: &str) -> String {
    match answer.get(member) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// Wraps a task answer as a [`DssFuture`](crate::DssFuture).
pub(crate) fn into_future(
    client: &DssClient,
    answer: serde_json::Value,
    endpoint: &'static str,
) -> Result<crate::DssFuture> {
    crate::DssFuture::from_resp(client.clone(), answer).map_err(|source| Error::Decode { endpoint, source })
}

/// `T from answer.member`, or with `each`, that member of every item of a
/// list answer.
pub(crate) fn pick<T: DeserializeOwned>(
    answer: serde_json::Value,
    member: &str,
    each: bool,
    endpoint: &'static str,
) -> Result<T> {
    let bad = |what: String| Error::Decode {
        endpoint,
        source: <serde_json::Error as serde::de::Error>::custom(what),
    };
    let value = if each {
        let serde_json::Value::Array(items) = answer else {
            return Err(bad("the answer is not a list".into()));
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, mut item) in items.into_iter().enumerate() {
            match item.get_mut(member) {
                Some(v) => out.push(v.take()),
                None => return Err(bad(format!("item {i} of the answer has no member `{member}`"))),
            }
        }
        serde_json::Value::Array(out)
    } else {
        let mut answer = answer;
        match answer.get_mut(member) {
            Some(v) => v.take(),
            None => return Err(bad(format!("the answer has no member `{member}`"))),
        }
    };
    decode_value(value, endpoint)
}

/// DSS reports some failed operations (creating a code env, a cluster, an
/// API key) in a successful answer: `null`, or `messages.error == true`.
pub(crate) fn check_messages(answer: &serde_json::Value, endpoint: &'static str) -> Result<()> {
    if answer.is_null() {
        return Err(Error::OperationFailed {
            endpoint,
            messages: Box::new(serde_json::Value::Null),
            summary: "the server returned no data".into(),
        });
    }
    let messages = answer.get("messages");
    if messages
        .and_then(|m| m.get("error"))
        .and_then(serde_json::Value::as_bool)
        == Some(true)
    {
        let list = messages.and_then(|m| m.get("messages")).cloned().unwrap_or_default();
        let summary = list
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|m| {
                        m.get("message")
                            .or_else(|| m.get("details"))
                            .and_then(serde_json::Value::as_str)
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| list.to_string());
        return Err(Error::OperationFailed {
            endpoint,
            messages: Box::new(list),
            summary,
        });
    }
    Ok(())
}

/// A member of a JSON answer, decoded (a missing member decodes from `null`).
pub(crate) fn answer_typed<T: DeserializeOwned>(
    answer: &mut serde_json::Value,
    member: &str,
    endpoint: &'static str,
) -> Result<T> {
    let v = answer.get_mut(member).map(serde_json::Value::take).unwrap_or_default();
    serde_json::from_value(v).map_err(|source| Error::Decode { endpoint, source })
}

/// Decodes a JSON value as `T`.
pub(crate) fn decode_value<T: DeserializeOwned>(v: serde_json::Value, endpoint: &'static str) -> Result<T> {
    serde_json::from_value(v).map_err(|source| Error::Decode { endpoint, source })
}

/// Copies every member of a JSON object argument into `map` (`..arg`).
pub(crate) fn spread(
    map: &mut serde_json::Map<String, serde_json::Value>,
    name: &'static str,
    value: impl Into<Option<serde_json::Value>>,
) -> Result<()> {
    match value.into() {
        None | Some(serde_json::Value::Null) => Ok(()),
        Some(serde_json::Value::Object(members)) => {
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

    fn seg(v: &str) -> String {
        let mut s = String::new();
        push_segment(&mut s, "x", v).unwrap();
        s
    }

    #[test]
    fn segments_are_single_and_safe() {
        assert_eq!(seg("a/b?c#d%e&f+g h"), "a%2Fb%3Fc%23d%25e%26f%2Bg%20h");
        assert_eq!(seg(".."), "%2E%2E");
        assert_eq!(seg("."), "%2E");
        assert_eq!(seg("backend.log"), "backend.log");
        assert_eq!(seg("é"), "%C3%A9");
        assert!(push_segment(&mut String::new(), "x", "").is_err());
    }

    #[test]
    fn several_segments_keep_their_slashes() {
        let client = DssClient::new("http://h:1", "k").unwrap();
        let mut call = Call::new(&client, "GET", "t");
        call.lit("/");
        call.segments("path", "python-lib/a b/../x.py").unwrap();
        assert!(
            call.url.ends_with("/dip/publicapi/python-lib/a%20b/%2E%2E/x.py"),
            "{}",
            call.url
        );
        let mut call = Call::new(&client, "GET", "t");
        assert!(call.segments("path", "a//b").is_err());
    }
}
