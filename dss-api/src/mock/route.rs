//! The mock's dispatcher: every request reaches one catch-all mock of the
//! server, which checks the credential as DSS does, finds the first stub
//! matching it as DSS would read it, and answers an unmatched request with
//! a diagnostic (never a 404 DSS did not give), which the mock also keeps
//! to fail the test.

#[allow(unused_imports)]
use super::*;

pub(super) type Responder = Box<dyn Fn(&ReceivedRequest) -> Answer + Send + Sync>;

/// What a stub matches.
pub(super) enum Route {
    /// One request: verb, path, query and body.
    Exact {
        verb: &'static str,
        /// The path as the client sends it (percent-encoded).
        path: String,
        /// The query as the client sends it (encoded), without `?`.
        query: String,
        /// A query parameter whose value does not matter (a fresh read
        /// session id, say).
        vary: Option<&'static str>,
        body: BodyMatch,
    },
    /// Any path under `prefix` (a folder's files).
    Under { verb: &'static str, prefix: String },
}

pub(super) enum BodyMatch {
    None,
    Json(Value),
    /// An upload; the file name the stub was made with (shown, not matched:
    /// DSS takes an upload whatever its file name).
    Multipart(String),
    Any,
}

impl Route {
    pub(super) fn of(d: &Described) -> Route {
        let body = match &d.body {
            DescribedBody::None => BodyMatch::None,
            DescribedBody::Json(bytes) => match serde_json::from_slice(bytes) {
                Ok(v) => BodyMatch::Json(v),
                Err(_) => BodyMatch::Any,
            },
            DescribedBody::Multipart { filename } => {
                BodyMatch::Multipart(crate::transport::stream::part_filename(filename))
            }
            DescribedBody::Raw => BodyMatch::Any,
        };
        Route::Exact {
            verb: d.verb.as_str(),
            path: d.path.clone(),
            query: d.query.clone(),
            vary: None,
            body,
        }
    }

    /// The same route, letting the query parameter `name` vary.
    pub(super) fn varying(mut self, name: &'static str) -> Route {
        if let Route::Exact { vary, .. } = &mut self {
            *vary = Some(name);
        }
        self
    }

    /// `VERB /path?query`, as tests and diagnostics show it.
    pub(super) fn describe(&self) -> String {
        match self {
            Route::Exact {
                verb,
                path,
                query,
                vary,
                body,
            } => {
                let mut what = format!("{verb} {path}");
                if !query.is_empty() {
                    what = format!("{what}?{query}");
                }
                if let Some(name) = vary {
                    what = format!("{what} (any {name})");
                }
                match body {
                    BodyMatch::Json(v) => what = format!("{what} with the JSON body {v}"),
                    BodyMatch::Multipart(name) => {
                        what = format!("{what} (an upload, made with the file name `{name}`)")
                    }
                    BodyMatch::None | BodyMatch::Any => {}
                }
                what
            }
            Route::Under { verb, prefix } => format!("{verb} {prefix}*"),
        }
    }

    /// `None` when the request matches, else the first difference, as a
    /// stage (how far it matched: verb 0, path 1, query 2, body 3) and a
    /// sentence.
    fn difference(&self, req: &ReceivedRequest) -> Option<(u8, String)> {
        match self {
            Route::Under { verb, prefix } => {
                if req.method() != *verb {
                    return Some((
                        0,
                        format!("the verb: the stub expects {verb}, the request is {}", req.method()),
                    ));
                }
                let path = normal_path(req.path());
                let prefix = normal_path(prefix);
                (!path.starts_with(&prefix)).then(|| {
                    (
                        1,
                        format!("the path: the stub expects one under {prefix}, the request has {path}"),
                    )
                })
            }
            Route::Exact {
                verb,
                path,
                query,
                vary,
                body,
            } => {
                if req.method() != *verb {
                    return Some((
                        0,
                        format!("the verb: the stub expects {verb}, the request is {}", req.method()),
                    ));
                }
                let (want, got) = (normal_path(path), normal_path(req.path()));
                if want != got {
                    return Some((1, format!("the path: the stub expects {want}, the request has {got}")));
                }
                let want = query_pairs(query, *vary);
                let mut got: Vec<(String, String)> = req
                    .query()
                    .iter()
                    .filter(|(k, _)| Some(k.as_str()) != *vary)
                    .map(|(k, v)| (k.clone(), normal_value(v)))
                    .collect();
                got.sort();
                if want != got {
                    return Some((
                        2,
                        format!(
                            "the query: the stub expects {}, the request has {}",
                            show(&want),
                            show(&got)
                        ),
                    ));
                }
                body_difference(body, req).map(|d| (3, d))
            }
        }
    }
}

/// How a query reads to DSS: pairs, decoded, in any order, `True` and
/// `true` alike.
fn query_pairs(query: &str, vary: Option<&str>) -> Vec<(String, String)> {
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), normal_value(&decode(v)))
        })
        .filter(|(k, _)| Some(k.as_str()) != vary)
        .collect();
    pairs.sort();
    pairs
}

/// A query value as DSS reads it: booleans in any case.
fn normal_value(v: &str) -> String {
    match v.to_ascii_lowercase().as_str() {
        "true" | "false" => v.to_ascii_lowercase(),
        _ => v.to_owned(),
    }
}

/// A path as DSS reads it: repeated slashes as one (`contents//x` is
/// `contents/x`), percent escapes in one case.
fn normal_path(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    let mut bytes = p.chars().peekable();
    while let Some(c) = bytes.next() {
        if c == '/' && out.ends_with('/') {
            continue;
        }
        if c == '%' {
            out.push('%');
            for _ in 0..2 {
                if let Some(h) = bytes.next() {
                    out.push(h.to_ascii_uppercase());
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

fn show(pairs: &[(String, String)]) -> String {
    if pairs.is_empty() {
        return "none".into();
    }
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

fn body_difference(body: &BodyMatch, req: &ReceivedRequest) -> Option<String> {
    match body {
        BodyMatch::Any => None,
        BodyMatch::None => (!req.body().is_empty()).then(|| {
            format!(
                "the body: the stub expects none, the request has {} bytes",
                req.body().len()
            )
        }),
        BodyMatch::Json(want) => match req.json() {
            Some(got) if &got == want => None,
            Some(got) => Some(format!("the JSON body: the stub expects {want}, the request has {got}")),
            None => Some(format!(
                "the body: the stub expects the JSON {want}, the request's is not JSON"
            )),
        },
        BodyMatch::Multipart(_) => req
            .upload()
            .is_none()
            .then(|| "the body: the stub expects a multipart upload with a part `file`".into()),
    }
}

pub(super) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Who the mock lets in.
pub(super) enum Credential {
    /// Only this header with this value (the client's own).
    Only { header: &'static str, value: String },
    /// Any request.
    Anyone,
    /// No request: every one gets this answer.
    Refused(Answer),
}

/// A stub: its route, its answers, the requests it answered.
pub(super) struct StubEntry {
    pub(super) endpoint: Option<&'static crate::rt::Endpoint>,
    pub(super) route: Route,
    respond: Responder,
    pub(super) calls: Mutex<Vec<ReceivedRequest>>,
    removed: AtomicBool,
}

/// The stubs of one mock, its credential, and the requests nothing matched.
pub(crate) struct Registry {
    pub(super) server: MockServer,
    stubs: Mutex<Vec<Arc<StubEntry>>>,
    pub(super) credential: Mutex<Credential>,
    pub(super) unmatched: Mutex<Vec<String>>,
}

impl Registry {
    /// A server whose one catch-all mock answers through the registry.
    pub(super) fn start() -> Arc<Registry> {
        let registry = Arc::new(Registry {
            server: MockServer::start(),
            stubs: Mutex::default(),
            credential: Mutex::new(Credential::Anyone),
            unmatched: Mutex::default(),
        });
        let weak = Arc::downgrade(&registry);
        registry.server.mock(move |when: When, then: Then| {
            let _ = when.any_request();
            then.respond_with(move |req: &HttpMockRequest| {
                let received = ReceivedRequest::from_request(req);
                match weak.upgrade() {
                    Some(r) => r.answer(received).into_response(),
                    None => Answer::error(503, "dss_api.mock.Stopped", "the mock is stopped").into_response(),
                }
            });
        });
        registry
    }

    fn answer(&self, req: ReceivedRequest) -> Answer {
        if let Some(refused) = self.refuses(&req) {
            return refused;
        }
        let stubs: Vec<Arc<StubEntry>> = lock(&self.stubs).clone();
        let live = stubs.iter().filter(|s| !s.removed.load(Ordering::Relaxed));
        let mut closest: Option<(u8, &Arc<StubEntry>, String)> = None;
        for stub in live {
            match stub.route.difference(&req) {
                None => {
                    let answer = (stub.respond)(&req);
                    lock(&stub.calls).push(req);
                    return answer;
                }
                Some((stage, why)) => {
                    if closest.as_ref().is_none_or(|(s, _, _)| stage > *s) {
                        closest = Some((stage, stub, why));
                    }
                }
            }
        }
        let diagnostic = unmatched_text(&req, closest.as_ref().map(|(_, s, why)| (s.as_ref(), why.as_str())));
        lock(&self.unmatched).push(diagnostic.clone());
        Answer::error(500, "dss_api.mock.UnmatchedRequest", &diagnostic)
    }

    /// The answer to a request the credential check refuses, if any.
    fn refuses(&self, req: &ReceivedRequest) -> Option<Answer> {
        match &*lock(&self.credential) {
            Credential::Anyone => None,
            Credential::Refused(answer) => Some(answer.clone()),
            Credential::Only { header, value } => (req.header(header) != Some(value.as_str())).then(|| {
                Answer::error(
                    401,
                    "com.dataiku.dip.exceptions.UnauthorizedException",
                    "Unauthorized: missing or invalid credential",
                )
            }),
        }
    }

    /// Adds a stub; it matches after the ones made before it.
    pub(super) fn register(
        self: &Arc<Self>,
        endpoint: Option<&'static crate::rt::Endpoint>,
        route: Route,
        respond: Responder,
    ) -> Stubbed {
        let entry = Arc::new(StubEntry {
            endpoint,
            route,
            respond,
            calls: Mutex::default(),
            removed: AtomicBool::new(false),
        });
        lock(&self.stubs).push(entry.clone());
        Stubbed {
            registry: self.clone(),
            entry,
        }
    }
}

/// The diagnostic of a request no stub matched.
fn unmatched_text(req: &ReceivedRequest, closest: Option<(&StubEntry, &str)>) -> String {
    let mut text = format!("no stub of the mock matches {} {}", req.method(), req.path());
    if !req.query().is_empty() {
        text.push('?');
        text.push_str(&show(req.query()));
    }
    match (req.json(), req.body().len()) {
        (Some(v), _) => text.push_str(&format!(" with the JSON body {v}")),
        (None, 0) => {}
        (None, n) => text.push_str(&format!(" with a body of {n} bytes")),
    }
    match closest {
        Some((stub, why)) => {
            let name = stub.endpoint.map(|e| format!("`{e}` ")).unwrap_or_default();
            text.push_str(&format!(
                "; the closest stub, {name}{}, differs in {why}",
                stub.route.describe()
            ));
        }
        None => text.push_str("; the mock has no stub"),
    }
    text
}

/// The registry of a described request's client.
pub(super) fn registry_of(d: &Described) -> Result<Arc<Registry>> {
    d.client
        .inner
        .mock
        .clone()
        .and_then(|m| m.downcast::<Registry>().ok())
        .ok_or_else(|| {
            Error::Config(format!(
                "cannot stub `{}`: its client was not made by MockDss (use the mock's client, or `mock.client()`)",
                d.endpoint
            ))
        })
}

/// Registers a stub for a described request on its client's mock.
pub(super) fn register_described(d: Described, respond: Responder) -> Result<Stubbed> {
    let registry = registry_of(&d)?;
    Ok(registry.register(Some(d.endpoint), Route::of(&d), respond))
}

/// A stub on a [`MockDss`], with the requests it answered.
pub struct Stubbed {
    registry: Arc<Registry>,
    entry: Arc<StubEntry>,
}

impl fmt::Debug for Stubbed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Stubbed")
            .field("request", &self.request())
            .field("calls", &self.call_count())
            .finish()
    }
}

impl Stubbed {
    /// The requests this stub answered, in order.
    pub fn calls(&self) -> Vec<ReceivedRequest> {
        lock(&self.entry.calls).clone()
    }

    /// How many requests this stub answered.
    pub fn call_count(&self) -> usize {
        lock(&self.entry.calls).len()
    }

    /// The last request this stub answered.
    pub fn last_call(&self) -> Option<ReceivedRequest> {
        lock(&self.entry.calls).last().cloned()
    }

    /// Checks that this stub answered exactly `n` requests.
    ///
    /// # Panics
    ///
    /// When it did not (this is a test assertion), naming the request and
    /// what the mock received that no stub matched.
    pub fn assert_calls(&self, n: usize) {
        let got = self.call_count();
        if got != n {
            let unmatched = lock(&self.registry.unmatched).clone();
            let also = if unmatched.is_empty() {
                String::new()
            } else {
                format!("; unmatched requests: {}", unmatched.join(" | "))
            };
            panic!("the stub of {} was called {got} time(s), not {n}{also}", self.request());
        }
    }

    /// The request this stub answers, as `Owner::method: VERB /path?query`.
    pub fn request(&self) -> String {
        let route = self.entry.route.describe();
        match self.entry.endpoint {
            Some(e) => format!("`{e}`: {route}"),
            None => route,
        }
    }

    /// Removes the stub: it answers nothing more (its calls stay readable).
    pub fn remove(&self) {
        self.entry.removed.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_read_as_dss_reads_them() {
        assert_eq!(
            query_pairs("b=2&a=True&s=x", Some("s")),
            [("a".to_owned(), "true".to_owned()), ("b".to_owned(), "2".to_owned())]
        );
        assert_eq!(
            query_pairs("k=a%20b&k=c", None),
            [("k".to_owned(), "a b".to_owned()), ("k".to_owned(), "c".to_owned())]
        );
        assert_eq!(query_pairs("", None), []);
        assert_eq!(normal_value("FALSE"), "false");
        assert_eq!(normal_value("Truex"), "Truex");
    }

    #[test]
    fn paths_read_as_dss_reads_them() {
        assert_eq!(normal_path("/a//b///c"), "/a/b/c");
        assert_eq!(normal_path("/x%2fy"), "/x%2Fy");
        assert_ne!(normal_path("/x%2Fy"), normal_path("/x/y"));
    }
}
