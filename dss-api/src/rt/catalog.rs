//! The types of the endpoint catalog (see [`crate::catalog`]): every
//! generated method, handle and model described as static data. The data
//! itself is emitted by the generator; these types are all it may use.

/// One generated method.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Endpoint {
    /// The type it is a method of: `DssClient` or a handle (`DssProject`, ...).
    pub owner: &'static str,
    /// The method's name, which is dataikuapi's name for it.
    pub method: &'static str,
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
}

impl Endpoint {
    /// For the generated catalog.
    pub(crate) const fn new(
        owner: &'static str,
        method: &'static str,
        doc: &'static str,
        args: &'static [Arg],
        request: Option<Request>,
        result: ResultKind,
        flags: [bool; 2],
    ) -> Endpoint {
        Endpoint {
            owner,
            method,
            doc,
            args,
            request,
            result,
            hand_written: flags[0],
            dataikuapi: flags[1],
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
}

/// The HTTP request of a method.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Request {
    /// `GET`, `POST`, `PUT`, `DELETE` or `PATCH`.
    pub verb: &'static str,
    /// The path template under `/dip/publicapi`, placeholders in braces
    /// (`/projects/{project_key}`; `{path*}` holds several segments).
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
        verb: &'static str,
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
    /// What a hand-written method returns, as written in the spec.
    Other(&'static str),
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
