//! The resolved API: what validation produces and the code generator
//! consumes. Every argument is bound to the one place it is sent, every
//! handle field to where its value comes from, every name checked; the
//! generator reads this and never re-derives or guesses anything.

use std::rc::Rc;

pub use crate::ast::{ArgKind, Lit, Presence, Receiver, Shape, Type, Verb};

/// Everything to generate, in spec order. Only what validated cleanly is
/// here: an entry with a mistake is left out (its error is reported).
#[derive(Debug, Default)]
pub struct Api {
    /// The spec files, in the index's order (each expands into a module).
    pub files: Vec<Rc<str>>,
    pub handles: Vec<HandleDef>,
    pub models: Vec<ModelDef>,
    pub methods: Vec<Method>,
}

/// A handle type.
#[derive(Debug)]
pub struct HandleDef {
    /// The spec file it is declared in (its expansion goes with that file's).
    pub file: Rc<str>,
    pub name: String,
    pub doc: String,
    pub fields: Vec<FieldDef>,
    /// Also holds the JSON document it was read from (settings, info).
    pub document: bool,
    /// The client type it holds (`DssClient`, or another server's client).
    pub client: String,
    /// Set when it is not a handle but the client of a server of its own
    /// (its fields are the client's identifiers).
    pub server: Option<ServerRef>,
}

/// A server: its client type, base path and credential.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerRef {
    /// The client type: `DssClient`, `ApiNodeClient`, ...
    pub client: String,
    /// The path every endpoint is under.
    pub base: String,
    /// Every request must carry a credential.
    pub credential_required: bool,
    /// The credential its generated constructor takes (`None` for
    /// `DssClient`, written by hand).
    pub credential: Option<crate::ast::CredentialKind>,
}

impl Default for ServerRef {
    /// A DSS node.
    fn default() -> Self {
        ServerRef {
            client: crate::names::CLIENT.to_owned(),
            base: "/dip/publicapi".to_owned(),
            credential_required: true,
            credential: None,
        }
    }
}

/// A field of a handle: an identifier (`String`, filled by the constructor,
/// usable in paths) or typed state.
#[derive(Debug)]
pub struct FieldDef {
    pub name: String,
    /// `None` for an identifier.
    pub ty: Option<Type>,
    pub secret: bool,
}

impl FieldDef {
    pub fn is_id(&self) -> bool {
        self.ty.is_none()
    }
}

/// A typed answer model.
#[derive(Debug)]
pub struct ModelDef {
    /// The spec file it is declared in.
    pub file: Rc<str>,
    pub name: String,
    pub doc: String,
    pub members: Vec<MemberDef>,
    /// `to_handle`: the handle a list item names.
    pub handle: Option<HandleBuild>,
}

/// A named member of a model.
#[derive(Debug)]
pub struct MemberDef {
    /// Rust field name (may be a raw identifier such as `r#type`).
    pub name: String,
    /// The JSON member name.
    pub wire: String,
    /// The Rust type.
    pub ty: Type,
    /// Written `Option<..>`: may be absent, stays absent when written back.
    pub optional: bool,
    /// `= default`: when absent, the type's default (always written back).
    pub defaulted: bool,
    pub secret: bool,
    pub doc: String,
}

/// A generated method.
#[derive(Debug)]
pub struct Method {
    /// The spec file it is declared in.
    pub file: Rc<str>,
    /// `DssClient` or a handle's name.
    pub owner: String,
    pub name: String,
    pub doc: String,
    pub args: Vec<Arg>,
    pub action: Action,
    /// The server of its owner.
    pub server: ServerRef,
    /// Its owner is a client (`DssClient` or another server's), not a
    /// handle holding one.
    pub owner_is_client: bool,
    /// Kept for dataikuapi's old name: Rust's `#[deprecated]` with this note.
    pub deprecated: Option<String>,
}

impl Method {
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|a| a.name == name)
    }

    pub fn request(&self) -> Option<&Request> {
        match &self.action {
            Action::Request(r) => Some(r),
            Action::Build(_) | Action::ByHand { .. } | Action::Local(_) => None,
        }
    }
}

/// What a method does.
#[derive(Debug)]
pub enum Action {
    /// Builds a handle; sends nothing.
    Build(HandleBuild),
    /// Sends a request.
    Request(Box<Request>),
    /// Written by hand in the library: listed in the catalog, and its
    /// signature (arguments after `&self`, result) checked by the compiler.
    ByHand {
        receiver: Receiver,
        args: Vec<(String, Type)>,
        ret: Type,
    },
    /// Reads or sets members of the document its owner holds; sends nothing.
    Local(Local),
}

/// A local accessor of a document handle.
#[derive(Debug)]
pub enum Local {
    /// The member at this path, as this kind.
    Get { kind: ArgKind, path: String },
    /// Sets each argument at its path (`Place::Document`).
    Set,
}

/// An argument of a method.
#[derive(Debug)]
pub struct Arg {
    pub name: String,
    pub kind: ArgKind,
    pub presence: Presence,
    pub secret: bool,
    pub doc: String,
    /// Where it is sent (or `Place::HandleOnly` when it only fills a field of
    /// the returned handle).
    pub place: Place,
}

impl Arg {
    pub fn is_required(&self) -> bool {
        self.presence == Presence::Required
    }
}

/// Where an argument goes.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    /// One path segment, percent-encoded.
    Path,
    /// Several path segments (`{name*}`): each encoded, the slashes kept.
    PathSegments,
    /// A query parameter (repeated for a list).
    Query(String),
    /// A member of the JSON body (`a.b` when nested), through a conversion
    /// when `via` is set; `omitted` when an unset value leaves the member
    /// out (instead of sending `null`).
    Member {
        path: String,
        via: Option<String>,
        omitted: bool,
    },
    /// The whole JSON body, through a conversion when `via` is set.
    Body { via: Option<String> },
    /// Every member of a JSON object argument, into the body.
    Spread,
    /// A streamed multipart upload: the part `file`.
    Upload,
    /// The file name of the uploaded part.
    UploadName,
    /// The raw request body, streamed.
    Raw,
    /// The local file the answer is saved to.
    SaveTo,
    /// The writer the answer is copied into.
    WriteTo,
    /// Not sent: it only fills a field of the returned handle.
    HandleOnly,
    /// Not sent: set at this path of the owner's document (a local setter).
    Document(String),
}

/// A request: the verb, the path, the query, headers and body, and what
/// is made of the answer.
#[derive(Debug)]
pub struct Request {
    pub verb: Verb,
    /// The path template as written (`/projects/{project_key}`).
    pub path: String,
    pub segments: Vec<PathPiece>,
    pub query: Vec<QueryParam>,
    pub body: Option<BodyPlan>,
    /// Fail when the answer is `null` or says `messages.error`.
    pub check_messages: bool,
    /// The request behind `.start()`: same request, this query, and the
    /// answer becomes a task.
    pub start: Option<Start>,
    /// DSS holds this request open while it works.
    pub server_wait: bool,
    /// Declared safe to send twice although its verb does not say so, and
    /// why.
    pub idempotent: Option<String>,
    /// A path segment holds a secret.
    pub secret_path: bool,
    /// Not a dataikuapi method: a building block of a hand-written one.
    pub helper: bool,
    pub result: ResultKind,
}

/// `.start()`: the query it sends and the task handle it builds.
#[derive(Debug)]
pub struct Start {
    pub query: Vec<QueryParam>,
    pub task: HandleBuild,
}

/// A piece of the path. A `secret` value (an API key in the path, say)
/// is shown as `***` wherever the path is logged.
#[derive(Debug)]
pub enum PathPiece {
    Lit(String),
    /// One encoded segment.
    One {
        val: Val,
        secret: bool,
    },
    /// Several segments (`{name*}`).
    Rest {
        val: Val,
        secret: bool,
    },
}

/// A value taken from an argument or from a field of the owning handle.
#[derive(Debug, Clone)]
pub enum Val {
    /// An argument (its kind decides how it is written).
    Arg { name: String, kind: ArgKind },
    /// An identifier field of the owner.
    Field(String),
}

/// A query parameter.
#[derive(Debug, Clone)]
pub struct QueryParam {
    pub key: String,
    pub value: Scalar,
}

/// A query value.
#[derive(Debug, Clone)]
pub enum Scalar {
    /// A constant, as its text.
    Lit(String),
    /// An argument or owner field (an unset optional is left out; a list is
    /// sent as repeated keys).
    Val(Val),
    /// A conversion of an argument (`conversion(arg)`): its JSON sent as
    /// text, a string as it is, `null` left out.
    Json(Json),
    /// `concat(..)`: the pieces' text one after the other.
    Concat(Vec<Piece>),
}

/// A piece of a `concat(..)` value.
#[derive(Debug, Clone)]
pub enum Piece {
    /// Constant text.
    Lit(String),
    /// A required `str` or `int` argument, or an identifier field of the owner.
    Val(Val),
}

/// A JSON value to build.
#[derive(Debug, Clone)]
pub enum Json {
    Lit(Lit),
    /// An argument: `optional` ones are `null` when unset; `cloned` ones
    /// also fill the returned handle, so they are cloned.
    Arg {
        name: String,
        cloned: bool,
    },
    /// An identifier field of the owner.
    Field(String),
    Array(Vec<Json>),
    Object(Vec<JsonMember>),
    /// A conversion of the runtime applied to an argument.
    Convert {
        func: String,
        arg: Box<Json>,
        name: String,
    },
    /// The whole document the owner holds, as it was read except where changed.
    Document,
    /// `concat(..)`: a string made of the pieces' text.
    Concat(Vec<Piece>),
}

/// A member of a JSON object to build.
#[derive(Debug, Clone)]
pub enum JsonMember {
    /// Always written.
    Set { key: String, value: Json },
    /// Written only when the value is not `null` (`key? = arg`: an unset
    /// optional argument is `null`; `key? = conversion(arg)`: the
    /// conversion may give `null`).
    SetUnlessNull { key: String, value: Json },
    /// Every member of a JSON object argument.
    Spread { arg: String },
}

/// The request body.
#[derive(Debug)]
pub enum BodyPlan {
    Json(Json),
    Upload { arg: String, filename: UploadName },
    Raw { arg: String },
}

/// The file name of an upload.
#[derive(Debug)]
pub enum UploadName {
    Const(String),
    Arg(String),
    /// The upload's own name, or `file`.
    Own,
}

/// What `send()` makes of the answer (the result kind, resolved).
#[derive(Debug)]
pub enum ResultKind {
    /// Nothing (the body is read and dropped).
    Unit,
    /// The body as text.
    Text,
    /// A reader over the body.
    Stream,
    /// The body streamed into a file named by this argument.
    Save(String),
    /// The body copied into this writer argument.
    Write(String),
    /// The JSON answer decoded as this type.
    Json(Type),
    /// This type decoded from one member of the answer, or of each item.
    Pick { ty: Type, member: String, each: bool },
    /// A handle built from arguments, owner fields and the answer.
    Handle(HandleBuild),
    /// The long-running task the server answered with.
    Task(HandleBuild),
    /// The task's result, once it ends, decoded as this type (`.start()`
    /// gives the task instead).
    Wait(Type),
}

/// How to build a handle: a value for each of its fields, in its order.
#[derive(Debug, Clone)]
pub struct HandleBuild {
    pub handle: String,
    /// The client type the handle holds.
    pub client: String,
    pub fields: Vec<(String, FieldSource)>,
    /// A document handle: the answer is its document (read as text, kept).
    pub document: bool,
}

impl HandleBuild {
    /// Whether building it reads the JSON answer (as a `Value`).
    pub fn reads_answer(&self) -> bool {
        self.document
            || self
                .fields
                .iter()
                .any(|(_, s)| matches!(s, FieldSource::Answer { .. } | FieldSource::AnswerTyped { .. }))
    }
}

/// Where a handle field gets its value.
#[derive(Debug, Clone)]
pub enum FieldSource {
    /// A method argument (a `String`).
    Arg(String),
    /// An identifier field of the owning handle.
    OwnerField(String),
    /// A member of the model the handle is made from (`to_handle`);
    /// `optional` members give `""` when absent.
    ModelMember { name: String, optional: bool },
    /// A constant.
    Const(String),
    /// An environment variable (building the handle can then fail).
    Env(String),
    /// A string member of the JSON answer; `optional` gives `""` when it is
    /// absent, otherwise its absence is an error naming it.
    Answer { member: String, optional: bool },
    /// A typed field decoded from a member of the answer, or from the whole
    /// answer when `member` is `None`.
    AnswerTyped { member: Option<String> },
    /// The type's default (typed fields nobody fills).
    Default,
}
