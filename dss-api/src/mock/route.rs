//! What a stub matches (its route), registering it on the server, and what
//! it received.

#[allow(unused_imports)]
use super::*;

pub(super) type Responder = Box<dyn Fn(&ReceivedRequest) -> Answer + Send + Sync>;

/// Which requests a stub answers.
pub(super) enum Route {
    /// Exactly this request; the query parameter `vary`, if any, may have
    /// any value (or be absent): it is made up anew by each call.
    Exact {
        verb: &'static str,
        path: String,
        query: String,
        vary: Option<&'static str>,
        body: BodyMatch,
    },
    /// Any path under `prefix` (for a folder's files).
    Under { verb: &'static str, prefix: String },
}

pub(super) enum BodyMatch {
    None,
    Json(Value),
    /// An upload; the file name the stub was made with (shown, not matched).
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
        if let Route::Exact { vary, query, .. } = &mut self {
            *vary = Some(name);
            *query = without(query, Some(name));
        }
        self
    }

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
                if let BodyMatch::Multipart(name) = body {
                    what = format!("{what} (an upload, made with the file name `{name}`)");
                }
                what
            }
            Route::Under { verb, prefix } => format!("{verb} {prefix}*"),
        }
    }

    pub(super) fn apply(self, when: When) -> When {
        match self {
            Route::Exact {
                verb,
                path,
                query,
                vary,
                body,
            } => {
                let when = when
                    .method(verb)
                    .path(path)
                    .is_true(move |req| without(req.uri().query().unwrap_or_default(), vary) == query);
                match body {
                    BodyMatch::None => when.is_true(|req| req.body_ref().is_empty()),
                    BodyMatch::Json(v) => when.json_body(v),
                    // DSS takes the upload whatever its file name (which the
                    // stub's calls still show).
                    BodyMatch::Multipart(_) => when
                        .header_includes("content-type", "multipart/form-data")
                        .body_includes("name=\"file\"; filename="),
                    BodyMatch::Any => when,
                }
            }
            Route::Under { verb, prefix } => when.method(verb).path_prefix(prefix),
        }
    }
}

/// A raw query string without the parameter `name` (as encoded).
pub(super) fn without(query: &str, name: Option<&str>) -> String {
    let Some(name) = name else {
        return query.to_owned();
    };
    query
        .split('&')
        .filter(|pair| pair.split('=').next() != Some(name))
        .collect::<Vec<_>>()
        .join("&")
}

pub(super) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Registers a stub for a described request on its client's mock.
pub(super) fn register_described(d: Described, respond: Responder) -> Result<Stubbed> {
    let server = mock_of(&d)?;
    Ok(register(&server, Route::of(&d), respond))
}

/// The mock server of a described request's client.
pub(super) fn mock_of(d: &Described) -> Result<Arc<MockServer>> {
    d.client.inner.mock.clone().ok_or_else(|| {
        Error::Config(format!(
            "cannot stub `{}`: its client was not made by MockDss (use the mock's client, or `mock.client()`)",
            d.endpoint
        ))
    })
}

pub(super) fn register(server: &Arc<MockServer>, route: Route, respond: Responder) -> Stubbed {
    let calls: Arc<Mutex<Vec<ReceivedRequest>>> = Arc::default();
    let log = calls.clone();
    let what = route.describe();
    let mock = server.mock(move |when: When, then: Then| {
        let _ = route.apply(when);
        then.respond_with(move |req: &HttpMockRequest| {
            let received = ReceivedRequest::from_request(req);
            let answer = respond(&received);
            lock(&log).push(received);
            answer.into_response()
        });
    });
    Stubbed {
        server: server.clone(),
        id: mock.id(),
        what,
        calls,
    }
}

/// A stub on a [`MockDss`], with the requests it answered.
pub struct Stubbed {
    server: Arc<MockServer>,
    id: usize,
    what: String,
    calls: Arc<Mutex<Vec<ReceivedRequest>>>,
}

impl fmt::Debug for Stubbed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Stubbed")
            .field("request", &self.what)
            .field("calls", &self.call_count())
            .finish()
    }
}

impl Stubbed {
    /// The requests this stub answered, in order.
    pub fn calls(&self) -> Vec<ReceivedRequest> {
        lock(&self.calls).clone()
    }

    /// How many requests this stub answered.
    pub fn call_count(&self) -> usize {
        lock(&self.calls).len()
    }

    /// The last request this stub answered.
    pub fn last_call(&self) -> Option<ReceivedRequest> {
        lock(&self.calls).last().cloned()
    }

    /// Checks that this stub answered exactly `n` requests.
    ///
    /// # Panics
    ///
    /// When it did not (this is a test assertion), naming the request.
    pub fn assert_calls(&self, n: usize) {
        let got = self.call_count();
        assert!(
            got == n,
            "the stub of `{}` was called {got} time(s), not {n}",
            self.what
        );
    }

    /// The request this stub answers, as `VERB /path?query`.
    pub fn request(&self) -> &str {
        &self.what
    }

    /// Removes the stub: it answers nothing more (its calls stay readable).
    pub fn remove(&self) {
        httpmock::Mock::new(self.id, &self.server).delete();
    }
}
