//! [`DssClient`] and [`ClientBuilder`]: credentials, TLS, timeouts, headers.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;

use crate::endpoint::Server;
use crate::error::{Error, Result};

/// A string that never shows itself in `Debug` output.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Secret(String);

impl Secret {
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// How requests authenticate.
#[derive(Clone, Debug)]
pub(crate) struct Auth {
    /// Header name (`Authorization` or `X-DKU-APITicket`).
    pub(crate) header: &'static str,
    /// Full header value, e.g. `Basic <base64(key:)>`.
    pub(crate) value: Secret,
    kind: &'static str,
}

/// A connection to one DSS instance.
///
/// Cheap to clone: clones share one `ureq` agent (and its connection pool).
/// `Send + Sync`, so one client can serve many threads. Its `Debug` output
/// shows the URL and the kind of credential, never the credential.
///
/// ```no_run
/// let client = dss_api::DssClient::new("http://localhost:11200", "some_key")?;
/// let keys: Vec<String> = client.list_project_keys().send()?;
/// # Ok::<_, dss_api::Error>(())
/// ```
#[derive(Clone)]
pub struct DssClient {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) agent: ureq::Agent,
    /// `{host}/dip/publicapi`, no trailing slash.
    pub(crate) base: String,
    pub(crate) host: String,
    /// `None` on a server that takes requests without one (an API node's
    /// open services).
    pub(crate) auth: Option<Auth>,
    pub(crate) headers: Vec<(String, Secret)>,
    pub(crate) body_limit: u64,
    /// The longest line of a row stream read as a row.
    pub(crate) row_limit: u64,
    pub(crate) bounds: Bounds,
    pub(crate) retry: Option<crate::transport::retry::RetryPolicy>,
    /// The mock server this client talks to, when a `MockDss` made it:
    /// request values of this client can then make stubs on it.
    #[cfg(feature = "mock")]
    pub(crate) mock: Option<Arc<dyn std::any::Any + Send + Sync>>,
}

/// The time bounds of a client (see [`ClientBuilder`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Bounds {
    pub(crate) connect: Option<Duration>,
    pub(crate) response: Option<Duration>,
    pub(crate) server_wait: Option<Duration>,
    pub(crate) idle: Option<Duration>,
    pub(crate) total: Option<Duration>,
    /// `None`: no low-speed bound.
    pub(crate) low_speed: Option<crate::error::LowSpeed>,
}

impl fmt::Debug for DssClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.inner.headers.iter().map(|(k, _)| k.as_str()).collect();
        f.debug_struct("DssClient")
            .field("host", &self.inner.host)
            .field("auth", &self.auth_kind())
            .field("extra_headers", &names)
            .finish()
    }
}

impl DssClient {
    /// The same client (credential, bounds, retries, the same `ureq` agent
    /// and connection pool) sending one more header with every request (in
    /// place of any of that name). A value that cannot be a header is
    /// [`Error::Config`], which does not repeat it.
    pub(crate) fn with_extra_header(&self, name: &str, value: &str) -> Result<DssClient> {
        if ureq::http::HeaderValue::try_from(value).is_err() {
            return Err(Error::Config(format!(
                "the value of header `{name}` is not a valid HTTP header value"
            )));
        }
        let i = &self.inner;
        let mut headers = i.headers.clone();
        headers.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
        headers.push((name.to_owned(), Secret(value.to_owned())));
        Ok(DssClient {
            inner: Arc::new(Inner {
                agent: i.agent.clone(),
                base: i.base.clone(),
                host: i.host.clone(),
                auth: i.auth.clone(),
                headers,
                body_limit: i.body_limit,
                row_limit: i.row_limit,
                bounds: i.bounds,
                retry: i.retry.clone(),
                #[cfg(feature = "mock")]
                mock: i.mock.clone(),
            }),
        })
    }

    /// A client for `host` (e.g. `http://localhost:11200`) authenticating
    /// with an API key, with default settings (see [`ClientBuilder`]).
    pub fn new(host: impl Into<String>, api_key: impl Into<String>) -> Result<DssClient> {
        DssClient::builder(host).api_key(api_key).build()
    }

    /// Starts configuring a client for `host`.
    pub fn builder(host: impl Into<String>) -> ClientBuilder {
        ClientBuilder::new(host)
    }

    /// The host this client talks to, as given (without a trailing `/`).
    pub fn host(&self) -> &str {
        &self.inner.host
    }

    /// The same client (connections, credential, settings) for another
    /// server's base path on the same host: the transport of a client of
    /// that server, for code that only has a `DssClient` (the catalog's
    /// dynamic calls).
    #[cfg(feature = "dynamic")]
    pub(crate) fn on_server(&self, server: Server) -> DssClient {
        let i = &self.inner;
        DssClient {
            inner: Arc::new(Inner {
                agent: i.agent.clone(),
                base: format!("{}{}", i.host, server.base_path),
                host: i.host.clone(),
                auth: i.auth.clone(),
                headers: i.headers.clone(),
                body_limit: i.body_limit,
                row_limit: i.row_limit,
                bounds: i.bounds,
                retry: i.retry.clone(),
                #[cfg(feature = "mock")]
                mock: i.mock.clone(),
            }),
        }
    }

    /// The kind of credential it sends (`api_key`, ..., `none`).
    pub(crate) fn auth_kind(&self) -> &'static str {
        self.inner.auth.as_ref().map_or("none", |a| a.kind)
    }

    /// Finds credentials the way Dataiku's own tools do, in this order:
    ///
    /// 1. inside DSS: `DKU_API_TICKET` with `DKU_BACKEND_PORT` (and
    ///    optionally `DKU_BACKEND_HOST`, default `127.0.0.1`, and
    ///    `DKU_BACKEND_PROTOCOL`, default `http`);
    /// 2. `DKU_DSS_URL` with `DKU_API_KEY` (and `DKU_NO_CHECK_CERTIFICATE`);
    /// 3. `~/.dataiku/config.json`: the instance named by
    ///    `default_instance` in `dss_instances`, with its `url`, `api_key`
    ///    and `no_check_certificate`.
    pub fn from_env() -> Result<DssClient> {
        let home = std::env::var_os("HOME")
            .or_else(|| std::env::var_os("USERPROFILE"))
            .map(PathBuf::from);
        builder_from_env(|k| std::env::var(k).ok(), home)?.build()
    }
}

/// A client of one Dataiku server: [`DssClient`] for DSS nodes, and the
/// client types the spec declares for the others (`ApiNodeClient`, ...).
/// All are built the same way, through a [`ClientBuilder`], and share its
/// options (credentials, TLS, proxy, time bounds, retries, headers).
pub trait ServerClient: Clone + fmt::Debug + Send + Sync + 'static {
    /// The server it talks to.
    const SERVER: Server;

    /// The transport of its requests: a [`DssClient`] set to this server's
    /// base path (for generated code; never the client of a DSS node unless
    /// `Self` is one).
    #[doc(hidden)]
    fn core(&self) -> &DssClient;

    /// The client over `core`, with its identifier fields (those of the
    /// spec's `client` declaration, in order).
    #[doc(hidden)]
    fn from_core(core: DssClient, ids: Vec<String>) -> Self;
}

impl ServerClient for DssClient {
    const SERVER: Server = Server::DSS;

    fn core(&self) -> &DssClient {
        self
    }

    fn from_core(core: DssClient, _ids: Vec<String>) -> Self {
        core
    }
}

fn truthy(v: &str) -> bool {
    matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "1" | "true" | "yes" | "y" | "on"
    )
}

/// The builder [`DssClient::from_env`] uses, from any variable lookup and
/// home directory (so that tests need not touch the process environment).
fn builder_from_env(var: impl Fn(&str) -> Option<String>, home: Option<PathBuf>) -> Result<ClientBuilder> {
    if let (Some(ticket), Some(port)) = (var("DKU_API_TICKET"), var("DKU_BACKEND_PORT")) {
        let host = var("DKU_BACKEND_HOST").unwrap_or_else(|| "127.0.0.1".to_owned());
        let proto = var("DKU_BACKEND_PROTOCOL").unwrap_or_else(|| "http".to_owned());
        return Ok(ClientBuilder::new(format!("{proto}://{host}:{port}")).internal_ticket(ticket));
    }
    if let (Some(url), Some(key)) = (var("DKU_DSS_URL"), var("DKU_API_KEY")) {
        let insecure = var("DKU_NO_CHECK_CERTIFICATE").is_some_and(|v| truthy(&v));
        return Ok(ClientBuilder::new(url).api_key(key).no_check_certificate(insecure));
    }
    let Some(home) = home else {
        return Err(Error::Config(
            "no DSS credentials: set DKU_DSS_URL and DKU_API_KEY, or create ~/.dataiku/config.json".into(),
        ));
    };
    let path = home.join(".dataiku").join("config.json");
    let text = std::fs::read_to_string(&path).map_err(|e| {
        Error::Config(format!(
            "no DSS credentials: DKU_DSS_URL/DKU_API_KEY are unset and {} cannot be read ({e})",
            path.display()
        ))
    })?;
    let config: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| Error::Config(format!("{} is not valid JSON: {e}", path.display())))?;
    let name = config
        .get("default_instance")
        .and_then(|v| v.as_str())
        .ok_or_else(|| Error::Config(format!("{} has no string `default_instance`", path.display())))?;
    let instance = config.get("dss_instances").and_then(|i| i.get(name)).ok_or_else(|| {
        Error::Config(format!(
            "{} has no instance `{name}` in `dss_instances`",
            path.display()
        ))
    })?;
    let field = |k: &str| instance.get(k).and_then(|v| v.as_str()).map(str::to_owned);
    let (Some(url), Some(key)) = (field("url"), field("api_key")) else {
        return Err(Error::Config(format!(
            "instance `{name}` in {} needs `url` and `api_key`",
            path.display()
        )));
    };
    let insecure = match instance.get("no_check_certificate") {
        Some(serde_json::Value::Bool(b)) => *b,
        Some(serde_json::Value::String(s)) => truthy(s),
        _ => false,
    };
    Ok(ClientBuilder::new(url).api_key(key).no_check_certificate(insecure))
}

/// Configures a [`DssClient`].
///
/// # Defaults
///
/// No call and no stream can wait forever on a silent server: every phase
/// of every call has a bound, and DSS's own long waits are allowed for.
///
/// | bound | default | applies to |
/// | --- | --- | --- |
/// | [`connect_timeout`](Self::connect_timeout) | 30 s | opening the connection (DNS, TCP, TLS) |
/// | [`response_timeout`](Self::response_timeout) | 5 min | waiting for the answer to begin, on ordinary calls |
/// | [`server_wait_timeout`](Self::server_wait_timeout) | 6 h | the same, on calls DSS holds open while it works (`wait=true` builds of code environments, bundle imports and activations, project exports, ...: marked in the method's docs) |
/// | [`idle_timeout`](Self::idle_timeout) | 5 min | reading any answer, streams included, or writing an upload: no byte moving for that long (ureq bounds each write, so a server that stops reading an upload cuts it after one to a few times this) |
/// | [`timeout`](Self::timeout) | none | the whole call |
/// | [`low_speed_limit`](Self::low_speed_limit) | 1 KiB over 60 s | any answer, streams included: fewer bytes than that over that much waiting |
///
/// Why these figures: DSS answers ordinary calls in well under a second and
/// its slowest list calls in seconds, so five minutes without an answer
/// means a dead server or proxy, not a slow one; the calls DSS holds open
/// can legitimately run for an hour or more (a code environment with many
/// packages, a large bundle), so they get six hours; and a transfer in
/// which no byte moves for five minutes is stalled however large it is, so
/// the idle bound never cuts a long but moving download; an answer that
/// moves but trickles (a byte now and then, each within the idle bound)
/// is cut by the low-speed bound, as curl's `--speed-limit` does, since
/// no real DSS answer delivers less than a kilobyte a minute. An overall bound
/// is left off because a large transfer or a long server-side wait has no
/// natural limit: set one per client or per request when you need it.
///
/// Other defaults: certificates checked against the bundled Mozilla roots;
/// JSON and text answers read into memory up to 256 MiB (the largest
/// answers of a big instance are tens of MiB; streams are not limited);
/// retries off ([`retry`](Self::retry)); proxies from the standard
/// environment variables (`HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY`,
/// `NO_PROXY`, also lowercase); up to 32 idle connections kept for reuse;
/// user agent `dss-api/<version>`.
///
/// The same builder makes the client of every server: `C` is the client it
/// builds ([`DssClient`] unless another server's client type made it).
pub struct ClientBuilder<C = DssClient> {
    host: String,
    /// The client's identifier fields (an API node's service id, ...).
    ids: Vec<String>,
    api_key: Option<Secret>,
    key_pair: Option<(String, Secret)>,
    ticket: Option<Secret>,
    bearer: Option<Secret>,
    headers: Vec<(String, Secret)>,
    no_check_certificate: bool,
    ca_pem: Vec<Vec<u8>>,
    client_cert: Option<(Vec<u8>, Secret)>,
    bounds: Bounds,
    body_limit: u64,
    row_limit: u64,
    retry: Option<crate::transport::retry::RetryPolicy>,
    proxy: ProxySetting,
    max_idle: usize,
    #[cfg(feature = "mock")]
    mock: Option<Arc<dyn std::any::Any + Send + Sync>>,
    client: std::marker::PhantomData<fn() -> C>,
}

impl<C> Clone for ClientBuilder<C> {
    fn clone(&self) -> Self {
        ClientBuilder {
            host: self.host.clone(),
            ids: self.ids.clone(),
            api_key: self.api_key.clone(),
            key_pair: self.key_pair.clone(),
            ticket: self.ticket.clone(),
            bearer: self.bearer.clone(),
            headers: self.headers.clone(),
            no_check_certificate: self.no_check_certificate,
            ca_pem: self.ca_pem.clone(),
            client_cert: self.client_cert.clone(),
            bounds: self.bounds,
            body_limit: self.body_limit,
            row_limit: self.row_limit,
            retry: self.retry.clone(),
            proxy: self.proxy.clone(),
            max_idle: self.max_idle,
            #[cfg(feature = "mock")]
            mock: self.mock.clone(),
            client: std::marker::PhantomData,
        }
    }
}

/// Where the proxy comes from.
#[derive(Clone)]
enum ProxySetting {
    /// The standard environment variables.
    FromEnv,
    /// No proxy at all.
    None,
    /// This proxy URL (which may hold credentials: never shown).
    Url(Secret),
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let proxy = match &self.proxy {
            ProxySetting::FromEnv => "from the environment",
            ProxySetting::None => "none",
            ProxySetting::Url(_) => "set",
        };
        f.debug_struct("ClientBuilder")
            .field("host", &self.host)
            .field("ids", &self.ids)
            .field("api_key", &self.api_key)
            .field("api_key_pair", &self.key_pair.as_ref().map(|_| "***"))
            .field("internal_ticket", &self.ticket)
            .field("jwt_bearer_token", &self.bearer)
            .field("no_check_certificate", &self.no_check_certificate)
            .field("bounds", &self.bounds)
            .field("retry", &self.retry)
            .field("proxy", &proxy)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    fn new(host: impl Into<String>) -> ClientBuilder {
        ClientBuilder::for_client(host, Vec::new())
    }
}

impl<C> ClientBuilder<C> {
    /// The builder of a client of type `C` (the constructor of a client
    /// the spec declares), with its identifier fields.
    pub(crate) fn for_client(host: impl Into<String>, ids: Vec<String>) -> ClientBuilder<C> {
        ClientBuilder {
            host: host.into(),
            ids,
            api_key: None,
            key_pair: None,
            ticket: None,
            bearer: None,
            headers: Vec::new(),
            no_check_certificate: false,
            ca_pem: Vec::new(),
            client_cert: None,
            bounds: Bounds {
                connect: Some(Duration::from_secs(30)),
                response: Some(Duration::from_secs(5 * 60)),
                server_wait: Some(Duration::from_secs(6 * 3600)),
                idle: Some(Duration::from_secs(5 * 60)),
                total: None,
                low_speed: Some(crate::error::LowSpeed {
                    bytes: 1024,
                    window: Duration::from_secs(60),
                }),
            },
            body_limit: 256 << 20,
            row_limit: crate::rows::DEFAULT_MAX_LINE,
            retry: None,
            proxy: ProxySetting::FromEnv,
            max_idle: 32,
            #[cfg(feature = "mock")]
            mock: None,
            client: std::marker::PhantomData,
        }
    }

    /// Marks the client as the one of a `MockDss` on this server.
    /// Whether a credential was set.
    #[cfg(feature = "mock")]
    pub(crate) fn has_credential(&self) -> bool {
        self.api_key.is_some() || self.key_pair.is_some() || self.ticket.is_some() || self.bearer.is_some()
    }

    #[cfg(feature = "mock")]
    pub(crate) fn mock_registry(mut self, registry: Arc<dyn std::any::Any + Send + Sync>) -> Self {
        self.mock = Some(registry);
        self
    }

    /// Authenticates with an API key (HTTP basic, the key as user name and an
    /// empty password).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(Secret(key.into()));
        self
    }

    /// Authenticates with an API key pair (HTTP basic, the key's id as user
    /// name and its secret as password), as Fleet Manager and Launchpad
    /// take them.
    pub fn api_key_pair(mut self, key_id: impl Into<String>, key_secret: impl Into<String>) -> Self {
        self.key_pair = Some((key_id.into(), Secret(key_secret.into())));
        self
    }

    /// Authenticates with an internal ticket (header `X-DKU-APITicket`), as
    /// code running inside DSS does.
    pub fn internal_ticket(mut self, ticket: impl Into<String>) -> Self {
        self.ticket = Some(Secret(ticket.into()));
        self
    }

    /// Authenticates with a JWT (`Authorization: Bearer <token>`).
    pub fn jwt_bearer_token(mut self, token: impl Into<String>) -> Self {
        self.bearer = Some(Secret(token.into()));
        self
    }

    /// Adds a header sent with every request. Values are treated as secrets
    /// (never shown by `Debug`).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), Secret(value.into())));
        self
    }

    /// Accepts any server certificate (dataikuapi's `no_check_certificate`).
    /// Only for test instances: this disables protection against
    /// interception.
    pub fn no_check_certificate(mut self, yes: bool) -> Self {
        self.no_check_certificate = yes;
        self
    }

    /// Also trusts the CA certificate(s) in this PEM data (e.g. a company
    /// CA), besides the bundled Mozilla roots. May be called several times.
    pub fn ca_certificate_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.ca_pem.push(pem.into());
        self
    }

    /// Presents a client certificate (PEM chain and PEM private key).
    pub fn client_certificate_pem(mut self, cert: impl Into<Vec<u8>>, key: impl Into<Vec<u8>>) -> Self {
        let key = String::from_utf8_lossy(&key.into()).into_owned();
        self.client_cert = Some((cert.into(), Secret(key)));
        self
    }

    /// Time allowed to open a connection, TLS included (default 30 s;
    /// `None` for no bound).
    pub fn connect_timeout(mut self, t: Option<Duration>) -> Self {
        self.bounds.connect = t;
        self
    }

    /// Time allowed for the answer of an ordinary call to begin (default 5
    /// min; `None` for no bound). A request's `.response_timeout()`
    /// overrides it.
    pub fn response_timeout(mut self, t: Option<Duration>) -> Self {
        self.bounds.response = t;
        self
    }

    /// Time allowed for the answer of a call DSS holds open while it works
    /// (default 6 h; `None` for no bound). A request's
    /// `.response_timeout()` overrides it.
    pub fn server_wait_timeout(mut self, t: Option<Duration>) -> Self {
        self.bounds.server_wait = t;
        self
    }

    /// Longest time with no byte moving while an answer is read (streams
    /// included) or an upload is written (default 5 min; `None` for no
    /// bound). A request's `.idle_timeout()` overrides it.
    pub fn idle_timeout(mut self, t: Option<Duration>) -> Self {
        self.bounds.idle = t;
        self
    }

    /// Time allowed for a whole call, from connecting to the last byte of
    /// the answer (default: no bound). A request's `.timeout()` overrides it.
    pub fn timeout(mut self, t: Option<Duration>) -> Self {
        self.bounds.total = t;
        self
    }

    /// Cuts an answer (JSON, text, a stream, rows, a download) that
    /// delivers fewer than `bytes` over `window` of waiting for it, as
    /// curl's `--speed-limit` / `--speed-time` do: default 1024 bytes over
    /// 60 s. The answer is then [`Error::Timeout`] with
    /// [`TimeoutPhase::LowSpeed`](crate::TimeoutPhase::LowSpeed). Time spent
    /// by the caller between two reads of a stream does not count, and
    /// neither does an answer's silence, which the idle bound cuts: the
    /// bound is checked as bytes arrive. `0` bytes (or a zero window)
    /// turns it off. A request's `.low_speed_limit()` overrides it.
    pub fn low_speed_limit(mut self, bytes: u64, window: Duration) -> Self {
        self.bounds.low_speed = crate::error::LowSpeed::new(bytes, window);
        self
    }

    /// Largest JSON or text answer read into memory (default 256 MiB); a
    /// larger one is [`Error::BodyTooLarge`]. Byte streams are not limited.
    pub fn max_body_size(mut self, bytes: u64) -> Self {
        self.body_limit = bytes;
        self
    }

    /// Longest line of a row stream (SQL query rows, dataset rows) read as
    /// a row (default 64 MiB, its line end included). A longer line is
    /// skipped: the iterator yields [`Error::RowTooLarge`] for it, after the
    /// rows before it, and goes on with the rows after it. A row read
    /// takes at most about twice its line in memory, so this bounds the
    /// memory of any one row.
    pub fn max_row_size(mut self, bytes: u64) -> Self {
        self.row_limit = bytes;
        self
    }

    /// Retries failures that may be temporary, for the requests that are
    /// safe to repeat (see [`RetryPolicy`](crate::RetryPolicy)); a request's
    /// `.retry()` / `.no_retry()` overrides it. Off by default.
    pub fn retry(mut self, policy: crate::transport::retry::RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Sends every request through this proxy (`http://host:port`,
    /// `https://..`, `socks5://..`; credentials as `http://user:password@host:port`,
    /// never shown by `Debug`). Default: the standard environment variables.
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = ProxySetting::Url(Secret(url.into()));
        self
    }

    /// Uses no proxy, whatever the environment says.
    pub fn no_proxy(mut self) -> Self {
        self.proxy = ProxySetting::None;
        self
    }

    /// How many idle connections are kept for reuse (default 32, all to the
    /// DSS host). A program that calls from more threads at once than this
    /// opens the extra connections as needed and closes them after use.
    pub fn max_idle_connections(mut self, n: usize) -> Self {
        self.max_idle = n;
        self
    }
}

impl<C: ServerClient> ClientBuilder<C> {
    /// Builds the client. Fails when no credential was given (on a server
    /// that requires one), the host is not an `http(s)://` URL, or a
    /// certificate cannot be read.
    pub fn build(mut self) -> Result<C> {
        let ids = std::mem::take(&mut self.ids);
        let core = self.build_core(C::SERVER)?;
        Ok(C::from_core(core, ids))
    }

    /// The transport of a client of `server`.
    fn build_core(self, server: Server) -> Result<DssClient> {
        let host = self.checked_host(server)?;
        let auth = self.auth(server)?;
        for (name, value) in &self.headers {
            if ureq::http::HeaderName::try_from(name.as_str()).is_err()
                || ureq::http::HeaderValue::try_from(value.expose()).is_err()
            {
                return Err(Error::Config(format!(
                    "extra header `{name}` is not a valid HTTP header"
                )));
            }
        }
        let tls = self.tls_config()?;
        let proxy = match &self.proxy {
            ProxySetting::FromEnv => ureq::Proxy::try_from_env(),
            ProxySetting::None => None,
            // The URL may hold credentials: the error does not repeat it.
            ProxySetting::Url(url) => Some(
                ureq::Proxy::new(url.expose())
                    .map_err(|_| Error::Config("the proxy is not a valid proxy URL".into()))?,
            ),
        };
        let b = self.bounds;
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .user_agent(concat!("dss-api/", env!("CARGO_PKG_VERSION")))
            .timeout_connect(b.connect)
            .timeout_recv_response(b.response)
            .timeout_per_read(b.idle)
            .timeout_per_write(b.idle)
            .timeout_global(b.total)
            .max_redirects(0)
            .proxy(proxy)
            .max_idle_connections(self.max_idle)
            .max_idle_connections_per_host(self.max_idle)
            .tls_config(tls)
            .build();
        Ok(DssClient {
            inner: Arc::new(Inner {
                agent: agent(config),
                base: format!("{host}{}", server.base_path),
                host,
                auth,
                headers: self.headers,
                body_limit: self.body_limit,
                row_limit: self.row_limit,
                bounds: self.bounds,
                retry: self.retry,
                #[cfg(feature = "mock")]
                mock: self.mock,
            }),
        })
    }

    /// The host, without a trailing slash, if it is an `http(s)://` URL with
    /// no query.
    fn checked_host(&self, server: Server) -> Result<String> {
        let host = self.host.trim().trim_end_matches('/').to_owned();
        let valid = (host.starts_with("http://") || host.starts_with("https://"))
            && ureq::http::Uri::try_from(format!("{host}{}/", server.base_path)).is_ok_and(|u| {
                // A port, if any, must be a number (`http::Uri` accepts `h:port`).
                let port_ok = u
                    .authority()
                    .is_some_and(|a| a.port_u16().is_some() || a.as_str().rsplit('@').next() == Some(a.host()));
                u.host().is_some_and(|h| !h.is_empty()) && port_ok && u.query().is_none()
            });
        if !valid {
            return Err(Error::Config(format!(
                "host must be an http:// or https:// URL (no query), got {:?}",
                self.host
            )));
        }
        Ok(host)
    }

    /// The credential, as the header it is sent in (`None` when none was
    /// given and `server` takes requests without one).
    fn auth(&self, server: Server) -> Result<Option<Auth>> {
        let basic = |user: &str, password: &str| {
            let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
            Secret(format!("Basic {encoded}"))
        };
        let auth = if let Some(key) = &self.api_key {
            Auth {
                header: "Authorization",
                value: basic(key.expose(), ""),
                kind: "api_key",
            }
        } else if let Some((id, secret)) = &self.key_pair {
            Auth {
                header: "Authorization",
                value: basic(id, secret.expose()),
                kind: "api_key_pair",
            }
        } else if let Some(t) = &self.ticket {
            Auth {
                header: "X-DKU-APITicket",
                value: t.clone(),
                kind: "internal_ticket",
            }
        } else if let Some(t) = &self.bearer {
            Auth {
                header: "Authorization",
                value: Secret(format!("Bearer {}", t.expose())),
                kind: "jwt_bearer_token",
            }
        } else if server.credential_required {
            return Err(Error::Config(format!(
                "authentication is required by {}: give an API key, an API key pair, an internal ticket or a JWT \
                 bearer token",
                server.client
            )));
        } else {
            return Ok(None);
        };
        Ok(Some(auth))
    }

    fn tls_config(&self) -> Result<ureq::tls::TlsConfig> {
        use ureq::tls::{Certificate, ClientCert, PemItem, PrivateKey, RootCerts, TlsConfig};
        let mut tls = TlsConfig::builder().disable_verification(self.no_check_certificate);
        if !self.ca_pem.is_empty() {
            let mut certs = Vec::new();
            for pem in &self.ca_pem {
                for item in ureq::tls::parse_pem(pem) {
                    match item {
                        Ok(PemItem::Certificate(c)) => certs.push(c),
                        Ok(_) => {}
                        Err(e) => return Err(Error::Config(format!("bad CA certificate PEM: {e}"))),
                    }
                }
            }
            if certs.is_empty() {
                return Err(Error::Config("the CA PEM data holds no certificate".into()));
            }
            // ureq takes either the bundled roots or a list: give it both.
            certs.extend(
                webpki_root_certs::TLS_SERVER_ROOT_CERTS
                    .iter()
                    .map(|der| Certificate::from_der(der.as_ref()).to_owned()),
            );
            tls = tls.root_certs(RootCerts::new_with_certs(&certs));
        }
        if let Some((cert, key)) = &self.client_cert {
            let chain: Vec<Certificate<'static>> = ureq::tls::parse_pem(cert)
                .filter_map(|i| match i {
                    Ok(PemItem::Certificate(c)) => Some(Ok(c)),
                    Ok(_) => None,
                    Err(e) => Some(Err(e)),
                })
                .collect::<std::result::Result<_, _>>()
                .map_err(|e| Error::Config(format!("bad client certificate PEM: {e}")))?;
            if chain.is_empty() {
                return Err(Error::Config("the client certificate PEM holds no certificate".into()));
            }
            let key = PrivateKey::from_pem(key.expose().as_bytes())
                .map_err(|_| Error::Config("bad client private key PEM".into()))?;
            tls = tls.client_cert(Some(ClientCert::new_with_certs(&chain, key)));
        }
        Ok(tls.build())
    }
}

/// The agent: ureq's own connectors (proxies, TCP, TLS) and resolver,
/// each connection under the watch of `transport::watch`.
fn agent(config: ureq::config::Config) -> ureq::Agent {
    use ureq::unversioned::resolver::DefaultResolver;
    use ureq::unversioned::transport::{Connector as _, DefaultConnector};
    let connector = DefaultConnector::new().chain(crate::transport::watch::Watch);
    ureq::Agent::with_parts(config, connector, DefaultResolver::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phase_is_bounded_by_default() {
        let b = DssClient::new("http://h:1", "k").unwrap().inner.bounds;
        assert_eq!(b.connect, Some(Duration::from_secs(30)));
        assert_eq!(b.response, Some(Duration::from_secs(300)));
        assert_eq!(b.server_wait, Some(Duration::from_secs(6 * 3600)));
        assert_eq!(b.idle, Some(Duration::from_secs(300)));
        assert_eq!(b.total, None);
        let slow = b.low_speed.unwrap();
        assert_eq!((slow.bytes, slow.window), (1024, Duration::from_secs(60)));
        let c = DssClient::new("http://h:1", "k").unwrap();
        assert_eq!(c.inner.body_limit, 256 << 20);
        assert!(c.inner.retry.is_none());
    }

    #[test]
    fn from_env_order() {
        use std::collections::HashMap;
        let vars: HashMap<&str, &str> = [
            ("DKU_API_TICKET", "t"),
            ("DKU_BACKEND_PORT", "1234"),
            ("DKU_DSS_URL", "http://other:1"),
            ("DKU_API_KEY", "k"),
        ]
        .into();
        let get = |vars: &HashMap<&str, &str>, k: &str| vars.get(k).map(|v| v.to_string());
        let c = builder_from_env(|k| get(&vars, k), None).unwrap().build().unwrap();
        assert_eq!(c.host(), "http://127.0.0.1:1234");
        assert!(format!("{c:?}").contains("internal_ticket"));

        let vars: HashMap<&str, &str> = [("DKU_DSS_URL", "https://dss:443/"), ("DKU_API_KEY", "k")].into();
        let c = builder_from_env(|k| get(&vars, k), None).unwrap().build().unwrap();
        assert_eq!(c.host(), "https://dss:443");

        let home = std::env::temp_dir().join(format!("dss-api-home-{}", std::process::id()));
        std::fs::create_dir_all(home.join(".dataiku")).unwrap();
        std::fs::write(
            home.join(".dataiku/config.json"),
            r#"{"dss_instances": {"prod": {"url": "https://prod:11200", "api_key": "pk", "no_check_certificate": true}}, "default_instance": "prod"}"#,
        )
        .unwrap();
        let c = builder_from_env(|_| None, Some(home.clone())).unwrap().build().unwrap();
        assert_eq!(c.host(), "https://prod:11200");
        std::fs::write(
            home.join(".dataiku/config.json"),
            r#"{"dss_instances": {}, "default_instance": "x"}"#,
        )
        .unwrap();
        let err = builder_from_env(|_| None, Some(home.clone())).unwrap_err();
        assert!(err.to_string().contains("no instance `x`"), "{err}");
        std::fs::remove_dir_all(&home).unwrap();
        let err = builder_from_env(|_| None, Some(home)).unwrap_err();
        assert!(matches!(err, Error::Config(_)));
    }
}
