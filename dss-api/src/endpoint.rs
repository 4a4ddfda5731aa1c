//! The static description of every endpoint, handle and model (the types
//! of [`crate::catalog`]): each generated method has one [`Endpoint`],
//! which is its identity wherever it is named (errors, logs, retries,
//! progress, the mock). The data itself is emitted by the generator; these
//! types are all it may use. A leaf: it imports nothing of the crate.

use std::fmt;

/// An HTTP verb of the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Verb {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
    /// `PUT`.
    Put,
    /// `DELETE`.
    Delete,
    /// `PATCH`.
    Patch,
}

impl Verb {
    /// The verb as sent: `GET`, `POST`, ...
    pub const fn as_str(self) -> &'static str {
        match self {
            Verb::Get => "GET",
            Verb::Post => "POST",
            Verb::Put => "PUT",
            Verb::Delete => "DELETE",
            Verb::Patch => "PATCH",
        }
    }

    /// Whether HTTP makes the verb safe to send twice (`GET`, `PUT`,
    /// `DELETE`); a `POST` or `PATCH` is only when its endpoint says so.
    pub const fn is_idempotent(self) -> bool {
        matches!(self, Verb::Get | Verb::Put | Verb::Delete)
    }
}

impl fmt::Display for Verb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The Dataiku server an endpoint belongs to: a DSS node, an API node, its
/// administration API, Govern, Fleet Manager, ... Each is reached through
/// its own client type (declared with `client` in the spec), under its own
/// base path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Server {
    /// The client type that talks to it: `DssClient`, `ApiNodeClient`, ...
    pub client: &'static str,
    /// The path every endpoint of the server is under (`/dip/publicapi`).
    pub base_path: &'static str,
    /// Whether every request must carry a credential (an API node's
    /// services may be open to anyone; a DSS node never is).
    pub credential_required: bool,
}

impl Server {
    /// A DSS node (design, automation or deployer), under `/dip/publicapi`.
    pub const DSS: Server = Server::new("DssClient", "/dip/publicapi", true);

    /// For the generated catalog.
    pub(crate) const fn new(client: &'static str, base_path: &'static str, credential_required: bool) -> Server {
        Server {
            client,
            base_path,
            credential_required,
        }
    }

    /// The path every endpoint of the server is under.
    pub const fn base_path(self) -> &'static str {
        self.base_path
    }
}

/// One method of the API: its identity (owner type, dataikuapi's name, the
/// server) and what it sends. Shown as `Owner::method` (`DssDataset::delete`),
/// which is unique in the catalog; its `Debug` shows that identity only (read
/// the fields for the rest).
#[derive(Clone, Copy)]
#[non_exhaustive]
pub struct Endpoint {
    /// The type it is a method of: `DssClient` or a handle (`DssProject`, ...).
    pub owner: &'static str,
    /// The method's name, which is dataikuapi's name for it.
    pub method: &'static str,
    /// The server it belongs to.
    pub server: Server,
    /// The first sentence of its documentation.
    pub doc: &'static str,
    /// Its arguments, required ones first in call order, as declared.
    pub args: &'static [Arg],
    /// The request it sends; `None` when it only builds a handle.
    pub request: Option<Request>,
    /// What it gives back.
    pub result: ResultKind,
    /// Written by hand in the library (a wait, a builder, several
    /// requests): the spec declares it so that it is listed here, with
    /// the names of its arguments.
    pub hand_written: bool,
    /// A method of dataikuapi (the same name); `false` for the few
    /// requests that exist as building blocks of hand-written methods.
    pub dataikuapi: bool,
    /// Called on the type rather than on a value (`DssFuture::from_resp`).
    pub associated: bool,
}

impl Endpoint {
    /// For the generated catalog.
    #[allow(clippy::too_many_arguments)] // one per member, in the struct's order
    pub(crate) const fn new(
        owner: &'static str,
        method: &'static str,
        server: Server,
        doc: &'static str,
        args: &'static [Arg],
        request: Option<Request>,
        result: ResultKind,
        flags: [bool; 3],
    ) -> Endpoint {
        Endpoint {
            owner,
            method,
            server,
            doc,
            args,
            request,
            result,
            hand_written: flags[0],
            dataikuapi: flags[1],
            associated: flags[2],
        }
    }

    /// The required arguments, in the order the method takes them.
    pub fn required_args(&self) -> impl Iterator<Item = &'static Arg> {
        self.args.iter().filter(|a| a.presence == Presence::Required)
    }

    /// The optional arguments, set by name on the request value.
    pub fn optional_args(&self) -> impl Iterator<Item = &'static Arg> {
        self.args.iter().filter(|a| a.presence != Presence::Required)
    }

    /// The verb of its request (`None` when it sends none).
    pub fn verb(&self) -> Option<Verb> {
        self.request.map(|r| r.verb)
    }

    /// Whether a failed try may be sent again: its verb says so, or the
    /// spec declares it idempotent (with its reason).
    pub fn is_idempotent(&self) -> bool {
        self.request.is_some_and(|r| r.verb.is_idempotent() || r.idempotent)
    }

    /// The identity of a step written by hand that sends nothing and is not
    /// a method of the catalog (a model's `to_handle`, say), for its errors.
    pub(crate) const fn local(owner: &'static str, method: &'static str) -> Endpoint {
        Endpoint::new(
            owner,
            method,
            Server::DSS,
            "",
            &[],
            None,
            ResultKind::Nothing,
            [true, false, false],
        )
    }

    /// Fills a catalog whose length is only known as a sum (see
    /// [`concat`]); never part of a catalog.
    pub(crate) const PLACEHOLDER: Endpoint = Endpoint::new(
        "",
        "",
        Server::DSS,
        "",
        &[],
        None,
        ResultKind::Nothing,
        [false, false, false],
    );
}

/// Endpoints are the same when they are the same method of the same type on
/// the same server (their identity); nothing else is compared.
impl PartialEq for Endpoint {
    fn eq(&self, other: &Self) -> bool {
        (self.server, self.owner, self.method) == (other.server, other.owner, other.method)
    }
}

impl Eq for Endpoint {}

impl std::hash::Hash for Endpoint {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (self.server, self.owner, self.method).hash(state);
    }
}

impl fmt::Debug for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Endpoint({self})")
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}::{}", self.owner, self.method)
    }
}

/// The items of several slices in one array, at compile time: the catalog
/// lists are made of one list per spec file, and `N` is the sum of their
/// lengths (a mismatch fails the build). `fill` is never part of the
/// result.
pub(crate) const fn concat<T: Copy, const N: usize>(parts: &[&[T]], fill: T) -> [T; N] {
    let mut out = [fill; N];
    let mut k = 0;
    let mut i = 0;
    while i < parts.len() {
        let part = parts[i];
        let mut j = 0;
        while j < part.len() {
            out[k] = part[j];
            k += 1;
            j += 1;
        }
        i += 1;
    }
    assert!(k == N, "catalog parts do not add up to the declared length");
    out
}

/// The HTTP request of a method.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Request {
    /// The verb.
    pub verb: Verb,
    /// The path template under its server's base path, placeholders in
    /// braces (`/projects/{project_key}`; `{path*}` holds several segments).
    pub path: &'static str,
    /// Query parameters always sent with a constant value.
    pub query_constants: &'static [(&'static str, &'static str)],
    /// The name of the request value type (in [`crate::requests`]).
    pub request_type: &'static str,
    /// DSS holds the request open while the work it starts runs.
    pub server_wait: bool,
    /// Declared safe to send twice although its verb does not say so.
    pub idempotent: bool,
    /// The request value has a `start()` that returns the task instead of
    /// waiting for it.
    pub can_start: bool,
    /// A success answer reporting `messages.error` is an error.
    pub checks_messages: bool,
    /// A secret (an argument or a handle field marked `secret`, such as a
    /// global API key) fills part of the path: logs show it as `***`, and
    /// an error that would repeat it (a server echoing the path in its
    /// error page, say) shows `***` instead.
    pub secret_path: bool,
}

impl Request {
    /// For the generated catalog; `flags` are, in order, `server_wait`,
    /// `idempotent`, `can_start`, `checks_messages` and `secret_path`.
    pub(crate) const fn new(
        verb: Verb,
        path: &'static str,
        query_constants: &'static [(&'static str, &'static str)],
        request_type: &'static str,
        flags: [bool; 5],
    ) -> Request {
        Request {
            verb,
            path,
            query_constants,
            request_type,
            server_wait: flags[0],
            idempotent: flags[1],
            can_start: flags[2],
            checks_messages: flags[3],
            secret_path: flags[4],
        }
    }
}

/// An argument of a method.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Arg {
    /// Its name (the setter's name for optional ones).
    pub name: &'static str,
    /// Its type in the spec: `str`, `bool`, `int`, `json`, `[str]`, `file`
    /// or `writer`.
    pub ty: &'static str,
    /// Whether it is required and what it defaults to.
    pub presence: Presence,
    /// Where it is sent.
    pub place: Place,
    /// A secret (a password, a key): never shown by `Debug`.
    pub secret: bool,
}

impl Arg {
    /// For the generated catalog.
    pub(crate) const fn new(
        name: &'static str,
        ty: &'static str,
        presence: Presence,
        place: Place,
        secret: bool,
    ) -> Arg {
        Arg {
            name,
            ty,
            presence,
            place,
            secret,
        }
    }
}

/// Whether an argument must be given, and its default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Presence {
    /// Positional, required.
    Required,
    /// Optional; unset means left out of the query (or `null` in a body).
    Optional,
    /// Optional with this default (dataikuapi's), as text.
    Default(&'static str),
    /// Optional; unset means the value of this environment variable.
    Env(&'static str),
}

/// Where an argument is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Place {
    /// One path segment, percent-encoded.
    Path,
    /// Several path segments (`{name*}`), each encoded, the slashes kept.
    PathSegments,
    /// A query parameter of this name (repeated for each item of a list).
    Query(&'static str),
    /// A member of the JSON body.
    Member {
        /// Its path in the body (`a.b` when nested).
        path: &'static str,
        /// The conversion applied first, if any.
        via: Option<&'static str>,
        /// An unset value leaves the member out instead of sending `null`.
        omitted_when_unset: bool,
    },
    /// The whole JSON body.
    Body {
        /// The conversion applied first, if any.
        via: Option<&'static str>,
    },
    /// Every member of a JSON object, into the body.
    Spread,
    /// The file of a multipart upload (part `file`).
    Upload,
    /// The file name of the uploaded part.
    UploadName,
    /// The raw request body.
    Raw,
    /// The local file the answer is written to (not sent).
    SaveTo,
    /// The writer the answer is copied into (not sent).
    WriteTo,
    /// Not sent: it only fills a field of the returned handle.
    HandleOnly,
    /// An argument of a hand-written method (see its docs).
    HandWritten,
    /// Not sent: a local setter sets it at this path of the document its
    /// owner holds.
    Document(&'static str),
}

/// What a method gives back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ResultKind {
    /// Nothing.
    Nothing,
    /// The answer as text.
    Text,
    /// A reader over the answer ([`ByteStream`](crate::ByteStream)).
    Stream,
    /// The answer written to a file; the byte count.
    SavedToFile,
    /// The answer copied into a writer; the byte count.
    CopiedToWriter,
    /// The JSON answer decoded as this type.
    Json(&'static str),
    /// This type, decoded from a member of the answer (of each item).
    Member {
        /// The type.
        ty: &'static str,
        /// The member.
        member: &'static str,
        /// Taken from each item of a list answer.
        each_item: bool,
    },
    /// A handle of this type (built from arguments and/or the answer).
    Handle(&'static str),
    /// A long-running task ([`DssFuture`](crate::DssFuture)).
    Task,
    /// The result of a task the method starts and waits for, as this type.
    Wait(&'static str),
    /// What a hand-written method returns: its Rust type, as the spec
    /// declares it and the compiler checks it against the method.
    HandWritten(&'static str),
    /// What a local accessor of a document returns (it sends nothing): its
    /// Rust type.
    Local(&'static str),
}

/// A handle type.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Handle {
    /// Its name.
    pub name: &'static str,
    /// The first sentence of its documentation.
    pub doc: &'static str,
    /// Its fields (besides the client).
    pub fields: &'static [HandleField],
    /// It also holds the JSON document DSS sent (settings, info), read and
    /// changed as a value and sent back whole (see
    /// [`Document`](crate::models::Document)).
    pub document: bool,
}

impl Handle {
    /// Fills a catalog list being joined (see [`concat`]).
    pub(crate) const PLACEHOLDER: Handle = Handle {
        name: "",
        doc: "",
        fields: &[],
        document: false,
    };
}

/// A field of a handle.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct HandleField {
    /// Its name.
    pub name: &'static str,
    /// `None` for an identifier (a string naming the object); the Rust type
    /// of typed state otherwise.
    pub ty: Option<&'static str>,
    /// A secret: never shown by `Debug`.
    pub secret: bool,
}

/// A model type (a typed answer).
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Model {
    /// Its name (in [`crate::models`]).
    pub name: &'static str,
    /// The first sentence of its documentation.
    pub doc: &'static str,
    /// Its named members; every other member is kept in its `extra`.
    pub members: &'static [ModelMember],
    /// The handle a value converts into with `to_handle`, if any.
    pub handle: Option<&'static str>,
}

impl Model {
    /// Fills a catalog list being joined (see [`concat`]).
    pub(crate) const PLACEHOLDER: Model = Model {
        name: "",
        doc: "",
        members: &[],
        handle: None,
    };
}

/// A named member of a model.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct ModelMember {
    /// The Rust field name.
    pub name: &'static str,
    /// The JSON member name.
    pub wire: &'static str,
    /// The Rust type.
    pub ty: &'static str,
    /// May be absent (`Option`).
    pub optional: bool,
    /// A secret: never shown by `Debug`.
    pub secret: bool,
}

/// Endpoints for the library's own unit tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    const fn endpoint(method: &'static str, verb: Verb) -> Endpoint {
        Endpoint::new(
            "DssTest",
            method,
            Server::DSS,
            "",
            &[],
            Some(Request::new(verb, "/test", &[], "TestRequest", [false; 5])),
            ResultKind::Nothing,
            [false, true, false],
        )
    }

    /// `DssTest::get`, a `GET`.
    pub(crate) static GET: Endpoint = endpoint("get", Verb::Get);
    /// `DssTest::post`, a `POST`.
    pub(crate) static POST: Endpoint = endpoint("post", Verb::Post);
}
