//! The transport: the one request path. Every generated method builds a
//! [`Call`], fills in path, query and body, and finishes with one of
//! the `send_*` functions, which read the answer the same way for every
//! endpoint. Nothing here knows about the generated API.

use std::borrow::Cow;
use std::io::Read;
use std::time::{Duration, Instant};

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::de::DeserializeOwned;
use ureq::http;

use crate::endpoint::{Endpoint, Verb};
use crate::error::{ApiError, Error, PhaseBounds, Result, Site};
use crate::transport::client::DssClient;
use crate::transport::retry::RetryPolicy;
use crate::transport::stream::{ByteStream, OnProgress, SpeedChecked, TransferProgress, Upload};

/// Everything but RFC 3986 unreserved characters is escaped, so a value is
/// always exactly one path segment or one query value.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// How much of an error body is kept.
const ERROR_BODY_LIMIT: u64 = 64 * 1024;

/// Uploads of this size or more (and those of unknown size) ask for the
/// server's go-ahead before their body is sent (`Expect: 100-continue`,
/// as curl does from 1 MiB): a server that answers at once (a 401, a
/// 413) is heard before the body is written, instead of the client
/// writing into a connection nobody reads until its bound cuts it. A
/// server that says nothing gets the body after ureq's wait of 1 s.
const EXPECT_CONTINUE_FROM: u64 = 1 << 20;

/// Values that can be sent as query parameters: each gives its
/// text to `emit` once, a list once per item, an unset optional not at all.
pub trait QueryValue {
    /// Calls `emit` with the text of each value to send.
    fn each_text(&self, emit: &mut dyn FnMut(&str));
}

impl QueryValue for str {
    fn each_text(&self, emit: &mut dyn FnMut(&str)) {
        emit(self)
    }
}

impl QueryValue for String {
    fn each_text(&self, emit: &mut dyn FnMut(&str)) {
        emit(self)
    }
}

impl QueryValue for bool {
    fn each_text(&self, emit: &mut dyn FnMut(&str)) {
        emit(if *self { "true" } else { "false" })
    }
}

impl QueryValue for i64 {
    fn each_text(&self, emit: &mut dyn FnMut(&str)) {
        emit(&self.to_string())
    }
}

impl QueryValue for Vec<String> {
    fn each_text(&self, emit: &mut dyn FnMut(&str)) {
        for v in self {
            emit(v)
        }
    }
}

impl<T: QueryValue> QueryValue for Option<T> {
    fn each_text(&self, emit: &mut dyn FnMut(&str)) {
        if let Some(v) = self {
            v.each_text(emit)
        }
    }
}

impl<T: QueryValue + ?Sized> QueryValue for &T {
    fn each_text(&self, emit: &mut dyn FnMut(&str)) {
        (**self).each_text(emit)
    }
}

enum Payload {
    None,
    Json(Vec<u8>),
    Upload {
        filename: Cow<'static, str>,
        upload: Upload,
    },
    Raw(Upload),
}

impl Payload {
    /// A copy to send again, unless it is a one-shot reader.
    fn try_clone(&self) -> Option<Payload> {
        Some(match self {
            Payload::None => Payload::None,
            Payload::Json(b) => Payload::Json(b.clone()),
            Payload::Upload { filename, upload } => Payload::Upload {
                filename: filename.clone(),
                upload: upload.try_clone()?,
            },
            Payload::Raw(upload) => Payload::Raw(upload.try_clone()?),
        })
    }
}

/// What one request may change of the client's settings: its time bounds,
/// its retries, and a progress callback for its transfers. Each request
/// value has the same setters (`timeout`, `response_timeout`,
/// `idle_timeout`, `low_speed_limit`, `retry`, `no_retry`, `on_progress`); build one of these
/// to give several requests the same settings with `.request_options(..)`.
///
/// ```no_run
/// use std::time::Duration;
/// use dss_api::{DssClient, RequestOptions, RetryPolicy};
///
/// let client = DssClient::new("http://localhost:11200", "some_key")?;
/// let patient = RequestOptions::new()
///     .response_timeout(Duration::from_secs(1800))
///     .retry(RetryPolicy::new());
/// let plugins = client.list_plugins().request_options(patient.clone()).send()?;
/// let projects = client.list_projects().request_options(patient).send()?;
/// # Ok::<_, dss_api::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct RequestOptions {
    total: Option<Duration>,
    response: Option<Duration>,
    idle: Option<Duration>,
    /// `Some(None)`: no low-speed bound for this request.
    low_speed: Option<Option<crate::error::LowSpeed>>,
    /// `Some(None)`: no retries for this request.
    retry: Option<Option<RetryPolicy>>,
    progress: Option<OnProgress>,
    /// The hand-written method a request is made for (errors and logs name
    /// it).
    on_behalf_of: Option<&'static Endpoint>,
}

impl RequestOptions {
    /// The client's settings, unchanged.
    pub fn new() -> Self {
        Self::default()
    }

    /// Bounds the whole call, from connecting to the last byte of the
    /// answer.
    pub fn timeout(mut self, d: Duration) -> Self {
        self.total = Some(d);
        self
    }

    /// Bounds the wait for the answer to begin.
    pub fn response_timeout(mut self, d: Duration) -> Self {
        self.response = Some(d);
        self
    }

    /// Bounds the time with no byte moving while the answer is read or the
    /// upload written.
    pub fn idle_timeout(mut self, d: Duration) -> Self {
        self.idle = Some(d);
        self
    }

    /// Cuts the answer if it delivers fewer than `bytes` over `window` of
    /// waiting for it (see
    /// [`ClientBuilder::low_speed_limit`](crate::ClientBuilder::low_speed_limit));
    /// `0` bytes turns the bound off for this request.
    pub fn low_speed_limit(mut self, bytes: u64, window: Duration) -> Self {
        self.low_speed = Some(crate::error::LowSpeed::new(bytes, window));
        self
    }

    /// Retries with this policy (when the request is safe to repeat).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(Some(policy));
        self
    }

    /// Never retries, whatever the client's policy.
    pub fn no_retry(mut self) -> Self {
        self.retry = Some(None);
        self
    }

    /// The settings of a hand-written method's requests: errors and logs of
    /// each name `endpoint`, the method they are a part of.
    pub(crate) fn for_method(endpoint: &'static Endpoint) -> Self {
        RequestOptions {
            on_behalf_of: Some(endpoint),
            ..RequestOptions::default()
        }
    }

    /// `self` in place of `old`, a request's earlier settings: the method
    /// the request is made for is kept unless `self` names one.
    pub(crate) fn replacing(mut self, old: &RequestOptions) -> Self {
        self.on_behalf_of = self.on_behalf_of.or(old.on_behalf_of);
        self
    }

    /// Calls `f` after each chunk of the request's upload (a file sent as
    /// the body or in a multipart form) and of its streamed answer (read
    /// from a [`ByteStream`], or saved to a file or copied into a writer by
    /// the method), with the bytes moved so far and the total when known
    /// (see [`TransferProgress`]). Answers read whole (JSON, text) are not
    /// reported. A retried upload, and each upload of a call that makes
    /// several, counts from 0 again.
    pub fn on_progress(mut self, f: impl Fn(TransferProgress) + Send + Sync + 'static) -> Self {
        self.progress = Some(OnProgress(std::sync::Arc::new(f)));
        self
    }
}

/// One HTTP request being prepared.
pub struct Call<'c> {
    client: &'c DssClient,
    verb: Verb,
    /// The method whose request this is (what the mock's stubs are made
    /// for).
    #[cfg_attr(not(feature = "mock"), allow(dead_code))]
    endpoint: &'static Endpoint,
    /// The public method errors and logs name: `endpoint`, or the
    /// hand-written method this request is a part of.
    reported: &'static Endpoint,
    url: String,
    query: String,
    payload: Payload,
    opts: RequestOptions,
    server_wait: bool,
    idempotent: bool,
    /// Where the path starts in `url` (after the base), for logs.
    path_start: usize,
    /// Byte ranges of `url` holding secret segments, shown as `***` in logs.
    secret_spans: Vec<(usize, usize)>,
    /// The secret values of those segments, as given, so that errors
    /// repeating them can hide them.
    secrets: Vec<String>,
    /// Headers of this request only (the escape hatch's), checked.
    headers: Vec<(http::HeaderName, http::HeaderValue)>,
}

impl<'c> Call<'c> {
    /// Starts the request of `endpoint`: its verb, whether DSS holds it open
    /// while it works (`server_wait`) and whether it is safe to send twice
    /// are those of its catalog entry, and it is named by it in errors and
    /// logs.
    pub fn new(client: &'c DssClient, endpoint: &'static Endpoint) -> Call<'c> {
        let base = &client.inner.base;
        let mut url = String::with_capacity(base.len() + 64);
        url.push_str(base);
        let request = endpoint.request;
        Call {
            client,
            verb: request.map_or(Verb::Get, |r| r.verb),
            endpoint,
            reported: endpoint,
            url,
            query: String::new(),
            payload: Payload::None,
            opts: RequestOptions::default(),
            server_wait: request.is_some_and(|r| r.server_wait),
            idempotent: endpoint.is_idempotent(),
            path_start: base.len(),
            secret_spans: Vec::new(),
            secrets: Vec::new(),
            headers: Vec::new(),
        }
    }

    /// The path, as logs show it: secret segments as `***`, no query (which
    /// may carry anything).
    /// The request, as its errors name it: verb, host (without user info)
    /// and path, secret segments as `***`, no query.
    pub fn site(&self) -> Site {
        let base = &self.url[..self.path_start];
        let base = match (base.find("://"), base.find('@')) {
            (Some(scheme), Some(at)) if at > scheme && !base[scheme + 3..at].contains('/') => {
                format!("{}{}", &base[..scheme + 3], &base[at + 1..])
            }
            _ => base.to_owned(),
        };
        Site::new(self.verb, base + &self.log_path())
    }

    fn log_path(&self) -> String {
        let mut out = String::with_capacity(self.url.len() - self.path_start);
        let mut at = self.path_start;
        for &(a, b) in &self.secret_spans {
            out.push_str(&self.url[at..a]);
            out.push_str("***");
            at = b;
        }
        out.push_str(&self.url[at..]);
        out
    }

    /// The client the request is sent with (for handles built from the
    /// answer).
    pub fn client(&self) -> &'c DssClient {
        self.client
    }

    /// This request's own settings (time bounds, retries, progress); a
    /// hand-written method passes its own identity along with them, so that
    /// errors and logs name it rather than this building block.
    pub fn options(&mut self, opts: RequestOptions) {
        if let Some(on_behalf_of) = opts.on_behalf_of {
            self.reported = on_behalf_of;
        }
        self.opts = opts;
    }

    /// Appends a literal piece of the path template.
    pub fn lit(&mut self, s: &'static str) {
        self.url.push_str(s);
    }

    /// Appends a piece of path given at run time (the escape hatch's): it
    /// must be a path as sent, starting with `/`, made of the characters a
    /// URL path may hold (`%` only as the start of an escape); anything else
    /// is [`Error::InvalidArgument`] naming `name`.
    pub fn path_text(&mut self, name: &'static str, path: &str) -> Result<()> {
        let bytes = path.as_bytes();
        let escape_ok = |i: usize| bytes.len() > i + 2 && bytes[i + 1..i + 3].iter().all(u8::is_ascii_hexdigit);
        let bad = bytes.iter().enumerate().find(|&(i, &b)| {
            !(b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) || (b == b'%' && escape_ok(i)))
        });
        let reason = if !path.starts_with('/') {
            Some("a path starts with `/`".to_owned())
        } else {
            bad.map(|(i, _)| {
                let c = path[i..].chars().next().unwrap_or('?');
                format!(
                    "{c:?} cannot be sent in a path as it is: give such a value with `.segment(..)`, which encodes it"
                )
            })
        };
        if let Some(reason) = reason {
            return Err(Error::InvalidArgument { name, reason });
        }
        self.url.push_str(path);
        Ok(())
    }

    /// Sets the verb (the escape hatch's, which names no endpoint of its
    /// own): whether the request is safe to send twice follows the verb
    /// until [`set_idempotent`](Self::set_idempotent) says otherwise.
    pub(crate) fn set_verb(&mut self, verb: Verb) {
        self.verb = verb;
        self.idempotent = verb.is_idempotent();
    }

    /// Declares the request safe (or not) to send twice, whatever its verb.
    pub(crate) fn set_idempotent(&mut self, idempotent: bool) {
        self.idempotent = idempotent;
    }

    /// Adds a header to this request only. A name or value HTTP cannot
    /// carry is [`Error::InvalidArgument`] (the value is not repeated: it
    /// may be a credential).
    pub fn header(&mut self, name: &str, value: &str) -> Result<()> {
        let invalid = |what: &str| Error::InvalidArgument {
            name: "header",
            reason: format!("{what} of header `{}` cannot be sent in HTTP", name.escape_debug()),
        };
        let n = http::HeaderName::try_from(name).map_err(|_| invalid("the name"))?;
        let v = http::HeaderValue::try_from(value).map_err(|_| invalid("the value"))?;
        self.headers.push((n, v));
        Ok(())
    }

    /// Appends one path segment, percent-encoded so that it stays one
    /// segment whatever it holds. `.` and `..` are encoded as well, so that
    /// they cannot climb out of the path; an empty value is refused (it would
    /// silently change which endpoint is called). A `secret` value is shown
    /// as `***` in logs.
    pub fn segment(&mut self, name: &'static str, value: &str, secret: bool) -> Result<()> {
        let start = self.url.len();
        push_segment(&mut self.url, name, value)?;
        if secret {
            self.secret_spans.push((start, self.url.len()));
            self.secrets.push(value.to_owned());
        }
        Ok(())
    }

    /// Adds a query parameter (once per item of a list), unless the value is
    /// an unset optional.
    pub fn query(&mut self, name: &str, value: impl QueryValue) {
        let query = &mut self.query;
        value.each_text(&mut |v| {
            query.push(if query.is_empty() { '?' } else { '&' });
            query.extend(utf8_percent_encode(name, COMPONENT));
            query.push('=');
            query.extend(utf8_percent_encode(v, COMPONENT));
        });
    }

    /// Sets a JSON body. A value that cannot be written as JSON is
    /// [`Error::Encode`].
    pub fn json(&mut self, body: &impl serde::Serialize) -> Result<()> {
        let bytes = serde_json::to_vec(body).map_err(|source| Error::Encode {
            endpoint: self.reported,
            source,
        })?;
        self.payload = Payload::Json(bytes);
        Ok(())
    }

    /// Sets a body streamed from a file argument, as it is (no content type,
    /// as dataikuapi sends it).
    pub fn raw(&mut self, upload: Upload) {
        self.payload = Payload::Raw(upload);
    }

    /// Appends a value holding several path segments (`{name*}`): each
    /// segment is encoded as [`segment`](Self::segment) does, the slashes
    /// between them are kept. Empty segments are refused.
    /// The value is a path relative to a root (a file in a plugin or a
    /// managed folder): leading slashes are dropped, so `/a/b` and `a/b`
    /// name the same file. A `secret` value is shown as `***` in logs.
    pub fn segments(&mut self, name: &'static str, value: &str, secret: bool) -> Result<()> {
        let start = self.url.len();
        let value = value.trim_start_matches('/');
        for (i, part) in value.split('/').enumerate() {
            if i > 0 {
                self.url.push('/');
            }
            push_segment(&mut self.url, name, part)?;
        }
        if secret {
            self.secret_spans.push((start, self.url.len()));
            self.secrets.push(value.to_owned());
        }
        Ok(())
    }

    /// Every form in which a server could repeat this call's secret path
    /// segments in an answer: as given, percent-encoded as sent (with
    /// upper- or lowercase hex), JSON- and HTML-escaped. Empty for the
    /// usual call, which has none.
    fn secret_forms(&self) -> Vec<String> {
        let mut forms: Vec<String> = Vec::new();
        let encoded = self.secret_spans.iter().map(|&(a, b)| &self.url[a..b]);
        for (raw, encoded) in self.secrets.iter().zip(encoded) {
            let json = serde_json::to_string(raw).unwrap_or_default();
            let html = raw
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
                .replace('\'', "&#39;");
            for form in [
                raw.clone(),
                encoded.to_owned(),
                lower_hex(encoded),
                json.trim_matches('"').to_owned(),
                html,
            ] {
                if !form.is_empty() && !forms.contains(&form) {
                    forms.push(form);
                }
            }
        }
        // Longest first, so that a form holding another is hidden whole.
        forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        forms
    }

    /// Sets a streamed `multipart/form-data` body with one part named
    /// `file`, whose file name is the upload's own ([`Upload::file_name`],
    /// a path's file name), or `file` when it has none: what Python's
    /// `requests` sends for a file object.
    pub fn upload_named(&mut self, upload: Upload) {
        let filename = upload.name().unwrap_or("file").to_owned();
        self.upload(filename, upload);
    }

    /// Sets a streamed `multipart/form-data` body with one part named
    /// `file`, of this file name.
    pub fn upload(&mut self, filename: impl Into<Cow<'static, str>>, upload: Upload) {
        self.payload = Payload::Upload {
            filename: filename.into(),
            upload,
        };
    }

    /// What this call would send, without sending it: for the mock, which
    /// makes its stubs from request values so that they match exactly what
    /// the client sends.
    #[cfg(feature = "mock")]
    pub(crate) fn describe(self) -> Described {
        let host = self.client.inner.host.len();
        let query = self.query.strip_prefix('?').unwrap_or_default().to_owned();
        let body = match self.payload {
            Payload::None => DescribedBody::None,
            Payload::Json(bytes) => DescribedBody::Json(bytes),
            Payload::Upload { filename, .. } => DescribedBody::Multipart {
                filename: filename.into_owned(),
            },
            Payload::Raw(_) => DescribedBody::Raw,
        };
        Described {
            client: self.client.clone(),
            verb: self.verb,
            endpoint: self.endpoint,
            path: self.url.get(host..).unwrap_or_default().to_owned(),
            query,
            body,
        }
    }

    /// Performs the request, retrying as the retry policy allows; an HTTP
    /// error status becomes [`Error::Api`]. An error never repeats a
    /// secret path segment (see [`Error::hiding`]).
    fn perform(&mut self) -> Result<Exchange> {
        let result = self.perform_tries().map_err(|e| e.located(&self.site()));
        if self.secrets.is_empty() {
            return result;
        }
        result.map_err(|e| e.hiding(&self.secret_forms()))
    }

    /// [`perform`](Self::perform), secrets not hidden yet.
    fn perform_tries(&mut self) -> Result<Exchange> {
        let inner = &self.client.inner;
        let policy = match &self.opts.retry {
            Some(p) => p.clone(),
            None => inner.retry.clone(),
        };
        let safe = self.idempotent;
        let mut resent = false;
        let Some(policy) = policy.filter(|_| safe) else {
            let payload = std::mem::replace(&mut self.payload, Payload::None);
            return self.try_send(payload, safe, &mut resent);
        };
        let mut tried = 0u32;
        let mut waited = Duration::ZERO;
        loop {
            // A one-shot upload cannot be sent twice: it goes out once.
            let (payload, again) = match self.payload.try_clone() {
                Some(copy) => (copy, true),
                None => (std::mem::replace(&mut self.payload, Payload::None), false),
            };
            tried += 1;
            let err = match self.try_send(payload, safe, &mut resent) {
                Ok(exchange) => return Ok(exchange),
                Err(e) => e,
            };
            let (retryable, asked) = crate::error::retryable(&err);
            let wait = policy.backoff(tried + 1, asked);
            if !(again && retryable && policy.allows(tried, waited, wait)) {
                return Err(err);
            }
            let event = crate::transport::retry::RetryEvent {
                endpoint: self.reported,
                attempt: tried,
                wait,
                error: &err,
            };
            log::warn!(target: "dss_api", "{}: {} {}: {event}", self.reported, self.verb, self.log_path());
            policy.notify(&event);
            std::thread::sleep(wait);
            waited += wait;
        }
    }

    /// One try and, when it failed because the server had closed the
    /// pooled connection it went out on (servers and the proxies before
    /// them close connections idle for a while, and one may do so as the
    /// request arrives), the same request once more on a fresh connection:
    /// whatever the retry policy, at most once a call, and only for a
    /// request `safe` to send twice whose body can be produced again. A
    /// request that is not safe to repeat is never sent again: ureq
    /// cannot say that no byte of it was written (a write on a connection
    /// the peer has closed usually succeeds), so it may have arrived.
    fn try_send(&mut self, payload: Payload, safe: bool, resent: &mut bool) -> Result<Exchange> {
        let spare = if safe && !*resent { payload.try_clone() } else { None };
        crate::transport::watch::begin_try();
        let err = match self.perform_once(payload, false) {
            Ok(exchange) => return Ok(exchange),
            Err(e) => e,
        };
        let Some(spare) = spare else { return Err(err) };
        if !(closed_before_answer(&err) && crate::transport::watch::try_was_on_pooled_connection()) {
            return Err(err);
        }
        *resent = true;
        log::debug!(
            target: "dss_api",
            "{}: {} {}: the pooled connection was closed by the server ({err}); sending again on a fresh connection",
            self.reported,
            self.verb,
            self.log_path()
        );
        self.perform_once(spare, true)
    }

    /// The bound of each phase of this request, for timeout errors: the
    /// request's own, or the client's.
    fn bounds(&self) -> PhaseBounds {
        let b = &self.client.inner.bounds;
        let o = &self.opts;
        PhaseBounds {
            connect: b.connect,
            response: o.response.or(if self.server_wait { b.server_wait } else { b.response }),
            idle: o.idle.or(b.idle),
            body: if self.server_wait {
                o.idle.or(b.idle).or(b.response)
            } else {
                None
            },
            total: o.total.or(b.total),
            low_speed: o.low_speed.unwrap_or(b.low_speed),
        }
    }

    /// One try: the request sent, its answer's status and headers read;
    /// a status that is not a success becomes an error.
    /// `fresh`: on a new connection, not one from the pool.
    fn perform_once(&self, payload: Payload, fresh: bool) -> Result<Exchange> {
        let started = Instant::now();
        let (req, sent) = self.request(payload)?;
        let req = self.configure(req, fresh);
        let mut resp = match self.client.inner.agent.run(req) {
            Ok(resp) => resp,
            Err(e) => {
                let bounds = self.bounds();
                let err = Error::transport_with(self.reported, e, |p| bounds.of(p));
                log::debug!(
                    target: "dss_api",
                    "{}: {} {} failed after {:.1?}: {err}",
                    self.reported,
                    self.verb,
                    self.log_path(),
                    started.elapsed()
                );
                return Err(err);
            }
        };
        let status = resp.status().as_u16();
        if !(200..300).contains(&status) {
            return Err(self.error_answer(&mut resp, started, sent));
        }
        Ok(Exchange {
            status,
            started,
            sent,
            resp,
        })
    }

    /// The request of one try: URL, credentials, extra headers and body,
    /// and the number of bytes its body holds, when known.
    fn request(&self, payload: Payload) -> Result<(http::Request<ureq::SendBody<'static>>, Option<u64>)> {
        let inner = &self.client.inner;
        let mut url = String::with_capacity(self.url.len() + self.query.len());
        url.push_str(&self.url);
        url.push_str(&self.query);
        let mut req = http::Request::builder().method(self.verb.as_str()).uri(&url);
        if let Some(auth) = &inner.auth {
            req = req.header(auth.header, auth.value.expose());
        }
        for (k, v) in &inner.headers {
            req = req.header(k.as_str(), v.expose());
        }
        for (k, v) in &self.headers {
            req = req.header(k, v);
        }
        let (req, body, sent) = self.body(req, payload)?;
        // Every argument is percent-encoded and the host was checked when
        // the client was built, so this cannot fail for a value a caller
        // passed; an extra header set on the builder is checked there too.
        let req = req
            .body(body)
            .map_err(|e| Error::Config(format!("cannot build the request of `{}`: {e}", self.reported)))?;
        Ok((req, sent))
    }

    /// The body of one try, with the headers that describe it, and its
    /// length when known.
    fn body(
        &self,
        mut req: http::request::Builder,
        payload: Payload,
    ) -> Result<(http::request::Builder, ureq::SendBody<'static>, Option<u64>)> {
        let mut sent = Some(0u64);
        let upload = matches!(payload, Payload::Raw(_) | Payload::Upload { .. });
        let body = match payload {
            Payload::None if self.verb == Verb::Get => ureq::SendBody::none(),
            Payload::None => {
                // As dataikuapi does: a write without a body says so with a
                // zero length (ureq would otherwise send it chunked, and some
                // proxies refuse a bodiless write without a length).
                req = req.header("Content-Length", "0");
                ureq::SendBody::from_owned_reader(std::io::empty())
            }
            Payload::Json(bytes) => {
                sent = Some(bytes.len() as u64);
                req = req.header("Content-Type", "application/json");
                req = req.header("Content-Length", bytes.len());
                ureq::SendBody::from_owned_reader(std::io::Cursor::new(bytes))
            }
            Payload::Raw(upload) => {
                let (reader, len) = upload.open_reporting(self.opts.progress.clone())?;
                sent = len;
                if let Some(len) = len {
                    req = req.header("Content-Length", len);
                }
                ureq::SendBody::from_owned_reader(reader)
            }
            Payload::Upload { filename, upload } => {
                let (reader, len) = upload.open_reporting(self.opts.progress.clone())?;
                let multipart = crate::transport::stream::Multipart::new(&filename, reader, len);
                req = req.header("Content-Type", multipart.content_type());
                sent = multipart.len();
                if let Some(len) = multipart.len() {
                    req = req.header("Content-Length", len);
                }
                ureq::SendBody::from_owned_reader(multipart)
            }
        };
        if upload && sent.is_none_or(|len| len >= EXPECT_CONTINUE_FROM) {
            req = req.header("Expect", "100-continue");
        }
        Ok((req, body, sent))
    }

    /// The request with this call's own time bounds, when they differ
    /// from the client's (only those calls pay for a configuration of
    /// their own), and on a `fresh` connection when asked: no pooled
    /// connection is young enough for it (and ureq drops those it passes
    /// over, which are likely closed too).
    fn configure(
        &self,
        req: http::Request<ureq::SendBody<'static>>,
        fresh: bool,
    ) -> http::Request<ureq::SendBody<'static>> {
        let o = &self.opts;
        if !(fresh || self.server_wait || o.total.is_some() || o.response.is_some() || o.idle.is_some()) {
            return req;
        }
        let b = &self.client.inner.bounds;
        let mut cfg = self.client.inner.agent.configure_request(req);
        if fresh {
            cfg = cfg.max_idle_age(Duration::ZERO);
        }
        if self.server_wait {
            // DSS sends nothing until its work is done: the idle bound
            // must not cut the wait; the answer itself is read under the
            // idle bound as a whole.
            cfg = cfg
                .timeout_recv_response(o.response.or(b.server_wait))
                .timeout_per_read(o.idle)
                .timeout_recv_body(o.idle.or(b.idle));
        } else if let Some(r) = o.response {
            cfg = cfg.timeout_recv_response(Some(r));
        }
        if let Some(i) = o.idle {
            cfg = cfg.timeout_per_read(Some(i)).timeout_per_write(Some(i));
        }
        if let Some(t) = o.total {
            cfg = cfg.timeout_global(Some(t));
        }
        cfg.build()
    }

    /// The error an answer that is not a success stands for: DSS's error
    /// document, or what the answer was, read up to 64 KiB; a redirect
    /// (never followed) or a switch of protocols (never asked for) says so.
    fn error_answer(&self, resp: &mut http::Response<ureq::Body>, started: Instant, sent: Option<u64>) -> Error {
        let status = resp.status().as_u16();
        if status < 200 {
            // ureq hands over only 101 of the informational answers: what
            // follows it on the connection is another protocol, not a body.
            self.log(status, started, sent, Some(0));
            let text = format!(
                "unexpected {status} answer: the server (or a proxy) switched the connection to another \
                 protocol, which this client never asks for"
            );
            return Error::Api(Box::new(ApiError::from_body(self.reported, status, text, None)));
        }
        // Kept lossily: an HTML page in another charset, or a limit cutting
        // a character in two, must not lose the whole body.
        let mut bytes = Vec::new();
        let body = resp.body_mut().as_reader().take(ERROR_BODY_LIMIT);
        let _ = SpeedChecked::new(body, self.bounds().low_speed).read_to_end(&mut bytes);
        let mut text = String::from_utf8_lossy(&bytes).into_owned();
        if (300..400).contains(&status) {
            let to = resp
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            // Where to, but never a path or query: a proxy forcing https
            // sends the request's own path back, secrets and all.
            let site = redirect_site(to, &self.client.inner.host);
            log::warn!(target: "dss_api", "{}: {} {}: refused a redirect to {site}", self.reported, self.verb, self.log_path());
            text = format!("unexpected redirect to {site} (redirects are not followed)");
        }
        self.log(status, started, sent, Some(bytes.len() as u64));
        let retry_after = resp
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(crate::transport::retry::parse_retry_after);
        Error::Api(Box::new(ApiError::from_body(self.reported, status, text, retry_after)))
    }

    /// The one debug line of a request: verb, path (secrets hidden), status,
    /// time, bytes sent and received (`None`: not known, e.g. a stream).
    fn log(&self, status: u16, started: Instant, sent: Option<u64>, received: Option<u64>) {
        if log::log_enabled!(target: "dss_api", log::Level::Debug) {
            let bytes = |n: Option<u64>| n.map_or_else(|| "?".to_owned(), |n| n.to_string());
            log::debug!(
                target: "dss_api",
                "{}: {} {} -> {} in {:.1?} (sent {} bytes, received {} bytes)",
                self.reported,
                self.verb,
                self.log_path(),
                status,
                started.elapsed(),
                bytes(sent),
                bytes(received)
            );
        }
    }

    /// [`log`](Self::log) for an answer whose headers arrived.
    fn log_exchange(&self, e: &Exchange, received: Option<u64>) {
        self.log(e.status, e.started, e.sent, received);
    }

    fn send_bytes(mut self) -> Result<Vec<u8>> {
        let endpoint = self.reported;
        let site = self.site();
        let limit = self.client.inner.body_limit;
        let bounds = self.bounds();
        let mut exchange = self.perform()?;
        let body = exchange.resp.body_mut().with_config().limit(limit).reader();
        let mut bytes = Vec::new();
        let read = SpeedChecked::new(body, bounds.low_speed)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::reading(endpoint, e, &bounds).located(&site));
        let bytes = read.map(|_| bytes);
        self.log_exchange(&exchange, bytes.as_ref().ok().map(|b| b.len() as u64));
        bytes
    }

    /// Sends and decodes a JSON answer. The body is read whole, checked as
    /// UTF-8 once, then parsed as text: much faster than parsing from the
    /// socket reader, and faster than parsing the bytes, where serde_json
    /// checks each string and each kept member's text as UTF-8 on its own.
    pub fn send_json<T: DeserializeOwned>(self) -> Result<T> {
        let endpoint = self.reported;
        let secrets = self.secret_forms();
        let site = self.site();
        let bytes = self.send_bytes()?;
        decode_json(&bytes, endpoint).map_err(|e| e.hiding(&secrets).located(&site))
    }

    /// Sends and reads the answer as a [`Document`](crate::document::Document):
    /// its text is kept, to be sent back as it was.
    pub fn send_document(self) -> Result<crate::document::Document> {
        let endpoint = self.reported;
        let secrets = self.secret_forms();
        let site = self.site();
        let bytes = self.send_bytes()?;
        let text: Box<serde_json::value::RawValue> =
            decode_json(&bytes, endpoint).map_err(|e| e.hiding(&secrets).located(&site))?;
        crate::document::Document::from_text(text).map_err(|source| {
            Error::Decode {
                at: None,
                endpoint,
                source,
            }
            .located(&site)
        })
    }

    /// Sends and returns the answer as text.
    pub fn send_text(self) -> Result<String> {
        let bytes = self.send_bytes()?;
        Ok(match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        })
    }

    /// Sends and discards the answer (reading it, so the connection can be
    /// reused).
    pub fn send_empty(mut self) -> Result<()> {
        let endpoint = self.reported;
        let site = self.site();
        let bounds = self.bounds();
        let mut exchange = self.perform()?;
        let body = exchange.resp.body_mut().as_reader();
        let read = std::io::copy(&mut SpeedChecked::new(body, bounds.low_speed), &mut std::io::sink())
            .map_err(|e| Error::reading(endpoint, e, &bounds).located(&site));
        self.log_exchange(&exchange, read.as_ref().ok().copied());
        read.map(|_| ())
    }

    /// Sends and returns a reader over the answer's body.
    pub fn send_stream(mut self) -> Result<ByteStream> {
        let endpoint = self.reported;
        let bounds = self.bounds();
        let exchange = self.perform()?;
        // The body is read later, by the caller: its announced length stands
        // for what is received.
        let announced = exchange
            .resp
            .headers()
            .get("content-length")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse().ok());
        self.log_exchange(&exchange, announced);
        let compressed = exchange.resp.headers().contains_key("content-encoding");
        let site = self.site();
        Ok(ByteStream::new(
            endpoint,
            exchange.resp.into_body(),
            compressed,
            bounds,
            self.opts.progress.take(),
        )
        .answering(site))
    }
}

/// A request as [`Call::describe`] gives it: everything the client would
/// send, as it would send it. (`pub` in a private module: named in the
/// signature of `rt::Prepared`, never outside the crate.)
#[cfg(feature = "mock")]
pub struct Described {
    /// The client the request would be sent with.
    pub(crate) client: DssClient,
    pub(crate) verb: Verb,
    /// The method's name.
    pub(crate) endpoint: &'static Endpoint,
    /// The path as sent (percent-encoded), from the host on:
    /// `/dip/publicapi/projects/A%2FB`.
    pub(crate) path: String,
    /// The query as sent (percent-encoded, in order), without the `?`.
    pub(crate) query: String,
    pub(crate) body: DescribedBody,
}

/// The body of a [`Described`] request.
#[cfg(feature = "mock")]
pub enum DescribedBody {
    None,
    /// JSON, as sent.
    Json(Vec<u8>),
    /// A `multipart/form-data` body with one part `file` of this file name
    /// (its bytes are what a test reads back, not what a stub matches).
    Multipart {
        filename: String,
    },
    /// An upload as the body itself.
    Raw,
}

/// An answer whose headers arrived: its status, when the try started, what
/// was sent, and the response.
struct Exchange {
    status: u16,
    started: Instant,
    sent: Option<u64>,
    resp: http::Response<ureq::Body>,
}

/// Decodes a JSON body (see [`Call::send_json`]); text that is not UTF-8
/// is [`Error::Decode`], as serde_json would report it.
fn decode_json<T: DeserializeOwned>(bytes: &[u8], endpoint: &'static Endpoint) -> Result<T> {
    let decoded = match std::str::from_utf8(bytes) {
        Ok(text) => serde_json::from_str(text),
        // Let serde_json report where the bad byte is.
        Err(_) => serde_json::from_slice(bytes),
    };
    decoded.map_err(|source| Error::Decode {
        at: None,
        endpoint,
        source,
    })
}

/// Whether a try failed because its connection was closed or reset
/// before an answer came (what a pooled connection the server closed
/// while it sat idle gives).
fn closed_before_answer(err: &Error) -> bool {
    use std::io::ErrorKind::*;
    matches!(
        err,
        Error::Transport { source: ureq::Error::Io(io), .. }
            if matches!(io.kind(), ConnectionReset | ConnectionAborted | BrokenPipe | UnexpectedEof | NotConnected)
    )
}

/// `encoded` with the hex digits of its `%XX` escapes in lowercase (how
/// some servers write a path back).
fn lower_hex(encoded: &str) -> String {
    let mut out = String::with_capacity(encoded.len());
    let mut escape = 0;
    for c in encoded.chars() {
        if c == '%' {
            escape = 2;
            out.push(c);
        } else if escape > 0 {
            escape -= 1;
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Where a redirect points, as errors and logs may show it: the scheme,
/// host and port of its `Location`, never its path, query or user
/// information (any of which may carry a secret, the request's own path
/// included). A relative `Location` points to this client's own site.
fn redirect_site(location: &str, own_host: &str) -> String {
    let site = |uri: &http::Uri| {
        let (scheme, host) = (uri.scheme_str()?, uri.host()?);
        Some(match uri.port_u16() {
            Some(port) => format!("{scheme}://{host}:{port}"),
            None => format!("{scheme}://{host}"),
        })
    };
    let own = own_host.parse::<http::Uri>().ok();
    // `//host/path` keeps this client's scheme and names another host.
    let location = match (location.strip_prefix("//"), own.as_ref().and_then(|u| u.scheme_str())) {
        (Some(rest), Some(scheme)) => format!("{scheme}://{rest}"),
        _ => location.to_owned(),
    };
    match location.parse::<http::Uri>().ok().and_then(|u| site(&u)) {
        _ if location.is_empty() => "nowhere (no Location header)".to_owned(),
        Some(site) => site,
        None if location.starts_with('/') => own.and_then(|u| site(&u)).unwrap_or_default(),
        None => "an address that cannot be read".to_owned(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::testing::{GET, POST};

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
    fn logs_hide_secret_segments() {
        let client = DssClient::new("http://h:1", "k").unwrap();
        let mut call = Call::new(&client, &GET);
        call.lit("/keys/");
        call.segment("key", "s3cr3t", true).unwrap();
        call.lit("/x/");
        call.segment("id", "open", false).unwrap();
        call.lit("/");
        call.segments("path", "a/b", true).unwrap();
        call.query("token", "q-secret");
        assert_eq!(call.log_path(), "/keys/***/x/open/***");
    }

    #[test]
    fn a_redirect_is_shown_by_its_site_only() {
        let own = "http://dss:11200";
        let key = "/dip/publicapi/admin/globalAPIKeys/S3CR3T?token=T0K3N";
        for (location, site) in [
            (format!("https://dss{key}"), "https://dss"),
            (format!("https://user:pw@dss:8443{key}"), "https://dss:8443"),
            (key.to_owned(), "http://dss:11200"),
            (format!("//elsewhere.example{key}"), "http://elsewhere.example"),
            ("not a url at all S3CR3T".to_owned(), "an address that cannot be read"),
            (String::new(), "nowhere (no Location header)"),
        ] {
            assert_eq!(redirect_site(&location, own), site, "{location}");
        }
    }

    #[test]
    fn errors_hide_every_form_of_a_secret_segment() {
        let client = DssClient::new("http://h:1", "k").unwrap();
        let mut call = Call::new(&client, &GET);
        call.lit("/keys/");
        call.segment("key", "a/b&c\"d", true).unwrap();
        let forms = call.secret_forms();
        for form in [
            "a/b&c\"d",
            "a%2Fb%26c%22d",
            "a%2fb%26c%22d",
            "a/b&c\\\"d",
            "a/b&amp;c&quot;d",
        ] {
            assert!(forms.iter().any(|f| f == form), "{form} in {forms:?}");
        }
        let body = r#"{"errorType": "NotFound", "message": "key a/b&c\"d", "detailedMessage": "no a%2fb%26c%22d"}"#;
        let err = Error::Api(Box::new(ApiError::from_body(&GET, 404, body.to_owned(), None))).hiding(&forms);
        let shown = format!("{err} {err:?} {}", err.api().unwrap().body());
        assert!(
            !shown.contains("a/b") && !shown.contains("%2F") && !shown.contains("%2f"),
            "{shown}"
        );
        assert!(shown.contains("no ***"), "{shown}");
        let decode = serde_json::from_str::<Vec<i32>>(r#""a/b&c\"d""#).unwrap_err();
        let err = Error::Decode {
            at: None,
            endpoint: &GET,
            source: decode,
        }
        .hiding(&forms);
        assert!(!err.to_string().contains("a/b"), "{err}");
        // A call without secrets has nothing to hide.
        assert!(Call::new(&client, &GET).secret_forms().is_empty());
    }

    #[test]
    fn the_low_speed_bound_is_the_requests_or_the_clients() {
        let client = DssClient::new("http://h:1", "k").unwrap();
        let default = Call::new(&client, &GET).bounds().low_speed.unwrap();
        assert_eq!((default.bytes, default.window), (1024, Duration::from_secs(60)));
        let mut call = Call::new(&client, &GET);
        call.options(RequestOptions::new().low_speed_limit(10, Duration::from_secs(2)));
        let own = call.bounds().low_speed.unwrap();
        assert_eq!((own.bytes, own.window), (10, Duration::from_secs(2)));
        let mut call = Call::new(&client, &GET);
        call.options(RequestOptions::new().low_speed_limit(0, Duration::from_secs(2)));
        assert!(call.bounds().low_speed.is_none());
        let off = DssClient::builder("http://h:1")
            .api_key("k")
            .low_speed_limit(5, Duration::ZERO)
            .build()
            .unwrap();
        assert!(Call::new(&off, &GET).bounds().low_speed.is_none());
    }

    #[test]
    fn a_body_that_cannot_be_json_is_an_encode_error() {
        let client = DssClient::new("http://h:1", "k").unwrap();
        let mut call = Call::new(&client, &POST);
        // JSON object keys must be strings.
        let body: std::collections::BTreeMap<(i32, i32), i32> = [((1, 2), 3)].into();
        match call.json(&body) {
            Err(Error::Encode { endpoint, .. }) if endpoint.method == "post" => {}
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn lists_are_repeated_query_keys() {
        let client = DssClient::new("http://h:1", "k").unwrap();
        let mut call = Call::new(&client, &GET);
        call.query("tag", vec!["a b".to_owned(), "c&d".to_owned()]);
        call.query("none", None::<String>);
        call.query("flag", true);
        call.query("n", Some(-3i64));
        assert_eq!(call.query, "?tag=a%20b&tag=c%26d&flag=true&n=-3");
    }

    #[test]
    fn several_segments_keep_their_slashes() {
        let client = DssClient::new("http://h:1", "k").unwrap();
        let mut call = Call::new(&client, &GET);
        call.lit("/");
        call.segments("path", "python-lib/a b/../x.py", false).unwrap();
        assert!(
            call.url.ends_with("/dip/publicapi/python-lib/a%20b/%2E%2E/x.py"),
            "{}",
            call.url
        );
        let mut call = Call::new(&client, &GET);
        assert!(call.segments("path", "a//b", false).is_err());
        let mut call = Call::new(&client, &GET);
        assert!(call.segments("path", "a/", false).is_err());
        let mut call = Call::new(&client, &GET);
        assert!(call.segments("path", "/", false).is_err());
        // A leading slash is not an empty segment: the path is relative.
        let mut call = Call::new(&client, &GET);
        call.lit("/");
        call.segments("path", "//sub/a b.txt", false).unwrap();
        assert!(call.url.ends_with("/dip/publicapi/sub/a%20b.txt"), "{}", call.url);
    }
}
