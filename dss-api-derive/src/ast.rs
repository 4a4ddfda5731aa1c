//! The spec as written: plain data, no tokens, so that it can be built while
//! `proc_macro2` runs in its fallback mode (for line/column information).
//! Validation reads it and produces the resolved form of `ir.rs`, which is
//! all the code generator sees.

use std::fmt;
use std::rc::Rc;

/// Where something was written in the spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loc {
    /// Spec file, relative to the workspace (e.g. `spec/futures.dss`).
    pub file: Rc<str>,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

/// A spec problem, located.
#[derive(Debug, Clone)]
pub struct SpecError {
    pub loc: Loc,
    pub message: String,
}

impl SpecError {
    pub fn new(loc: &Loc, message: impl Into<String>) -> Self {
        SpecError {
            loc: loc.clone(),
            message: message.into(),
        }
    }
}

/// A Rust type written in the spec, parsed once: its text (as emitted)
/// and its shape, which every step reads instead of matching the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Type {
    /// The type as written, normalised by the tokenizer (`Option < String >`).
    pub text: String,
    pub shape: Shape,
}

/// What a spec type is, as far as the generator needs to know.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// `Option<T>`: may be absent.
    Option(Box<Type>),
    /// `Vec<T>`.
    Vec(Box<Type>),
    /// A map keyed by strings (`BTreeMap<String, T>`, `serde_json::Map<String, T>`).
    Map(Box<Type>),
    /// `String`.
    String,
    /// `Value` (`serde_json::Value`).
    Value,
    /// A single name with no generic arguments (a model, `bool`, `i64`, ...).
    Named(String),
    /// Anything else (maps, paths, references), emitted as written.
    Other,
}

impl Type {
    /// The type inside an `Option`, or the type itself.
    pub fn unoptioned(&self) -> &Type {
        match &self.shape {
            Shape::Option(inner) => inner,
            _ => self,
        }
    }

    pub fn is_option(&self) -> bool {
        matches!(self.shape, Shape::Option(_))
    }

    /// `String` or `Option<String>`.
    pub fn is_string(&self) -> bool {
        self.unoptioned().shape == Shape::String
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Whether a value may be shown by `Debug`: `secret` marks a credential,
/// `shown` says that a name that looks like one is not (a key id, say);
/// most names are neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Secrecy {
    #[default]
    Unmarked,
    Secret,
    Shown,
}

impl Secrecy {
    pub fn is_secret(self) -> bool {
        self == Secrecy::Secret
    }
}

/// The whole table: handles, models and endpoints, in declaration order.
#[derive(Debug, Default)]
pub struct Spec {
    /// Every file that was read (absolute paths), for rebuild tracking.
    pub files: Vec<String>,
    /// The spec files (not the index), as messages name them, in the
    /// index's order.
    pub file_names: Vec<Rc<str>>,
    pub handles: Vec<Handle>,
    pub models: Vec<Model>,
    pub endpoints: Vec<Endpoint>,
}

/// `model Name { member: Type, .. } -> Handle(member, ..)`: a typed answer.
#[derive(Debug)]
pub struct Model {
    pub name: String,
    pub doc: String,
    pub members: Vec<ModelMember>,
    /// The handle a list item names (`to_handle`), with its arguments
    /// (members of the model or constants).
    pub handle: Option<(String, Vec<HandleArg>, Loc)>,
    pub loc: Loc,
}

/// One named member of a model.
#[derive(Debug)]
pub struct ModelMember {
    pub name: String,
    pub doc: String,
    /// The Rust type (`Option<String>`, `Vec<Value>`, ...).
    pub ty: Type,
    /// `= default`: when absent, the type's default value.
    pub defaulted: bool,
    /// `secret`: never shown by `Debug`.
    pub secrecy: Secrecy,
    pub loc: Loc,
}

/// `handle DssUser { login }`: a type holding a client and identifiers.
#[derive(Debug)]
pub struct Handle {
    pub name: String,
    pub doc: String,
    pub fields: Vec<HandleField>,
    /// `task handle Name { .. } = (answer.jobId?, state = answer);`: the
    /// handle a `future` result builds, and how, from the answer.
    pub task: Option<Vec<HandleArg>>,
    /// `document Name { .. }`: it also holds the JSON document it was read
    /// from (settings, info), to read, change and send back whole.
    pub document: bool,
    /// `client Name { .. } at "/base", credential ..;`: not a handle holding
    /// a client but the client of a server of its own (an API node,
    /// Govern, ...): its fields are the client's identifiers.
    pub server: Option<ServerDecl>,
    /// The client type whose value it holds: its file's server (`server
    /// Name;` or the file's `client`), `DssClient` by default. Filled once
    /// the file is read.
    pub client: String,
    pub loc: Loc,
}

/// What a `client` declaration says of its server.
#[derive(Debug, Clone)]
pub struct ServerDecl {
    /// The path every endpoint is under: `/public/api/v1`.
    pub base: String,
    /// The credential its constructor takes.
    pub credential: CredentialKind,
    /// Requests may go without a credential (`credential api_key optional`).
    pub optional: bool,
}

/// The credential a generated client's `new` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialKind {
    /// `api_key`: HTTP basic, the key as user name.
    ApiKey,
    /// `key_pair`: HTTP basic, key id and secret.
    KeyPair,
}

/// A handle field. `ty == None` means an identifier (`String`) that is a
/// constructor argument and can fill path placeholders; a typed field carries
/// extra state (its type's default unless a method fills it).
#[derive(Debug)]
pub struct HandleField {
    pub name: String,
    pub ty: Option<Type>,
    /// `secret`: never shown by `Debug` (an API key, say).
    pub secrecy: Secrecy,
    pub loc: Loc,
}

/// Argument kinds a spec can declare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgKind {
    /// `str`: a string.
    Str,
    /// `bool`.
    Bool,
    /// `int`: an `i64`.
    Int,
    /// `json`: a free-form `serde_json::Value`.
    Json,
    /// `[str]`: a list of strings.
    Strings,
    /// `file`: an upload source.
    File,
    /// `writer`: where a download is copied (`&mut dyn Write`).
    Writer,
}

impl ArgKind {
    pub fn name(self) -> &'static str {
        match self {
            ArgKind::Str => "str",
            ArgKind::Bool => "bool",
            ArgKind::Int => "int",
            ArgKind::Json => "json",
            ArgKind::Strings => "[str]",
            ArgKind::File => "file",
            ArgKind::Writer => "writer",
        }
    }
}

/// A literal written in the spec.
#[derive(Debug, Clone, PartialEq)]
pub enum Lit {
    Str(String),
    Bool(bool),
    Int(i64),
    Null,
    /// `[]`
    EmptyList,
    /// `["a", "b"]`: a list of strings (a default of a `[str]` argument).
    Strings(Vec<String>),
    /// `{}`
    EmptyObject,
}

impl Lit {
    /// The literal's text, as sent in a query or shown in docs.
    pub fn text(&self) -> String {
        match self {
            Lit::Str(s) => s.clone(),
            Lit::Bool(b) => b.to_string(),
            Lit::Int(i) => i.to_string(),
            Lit::Null => "null".into(),
            Lit::EmptyList => "[]".into(),
            Lit::Strings(items) => {
                let quoted: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
                format!("[{}]", quoted.join(", "))
            }
            Lit::EmptyObject => "{}".into(),
        }
    }

    pub fn describe(&self) -> &'static str {
        match self {
            Lit::Str(_) => "a string",
            Lit::Bool(_) => "a boolean",
            Lit::Int(_) => "an integer",
            Lit::Null => "null",
            Lit::EmptyList => "an empty list",
            Lit::Strings(_) => "a list of strings",
            Lit::EmptyObject => "an empty object",
        }
    }
}

/// How an argument is given.
#[derive(Debug, Clone, PartialEq)]
pub enum Presence {
    /// Positional, required.
    Required,
    /// Optional; unset means "absent" (omitted from the query, `null` in a body).
    Optional,
    /// Optional with a default value (dataikuapi's default).
    Default(Lit),
    /// Optional; when unset it is read from this environment variable at
    /// send time, and the call fails if that is unset too.
    Env(String),
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub kind: ArgKind,
    pub presence: Presence,
    /// `secret`: never shown by `Debug` (a password, say).
    pub secrecy: Secrecy,
    /// `at "a.b"`: the member of the owner's document a local setter sets.
    pub at: Option<String>,
    pub doc: String,
    pub loc: Loc,
}

impl Param {
    pub fn is_required(&self) -> bool {
        self.presence == Presence::Required
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Get,
    Post,
    Put,
    Delete,
    Patch,
}

impl Verb {
    pub fn parse(s: &str) -> Option<Verb> {
        Some(match s {
            "GET" => Verb::Get,
            "POST" => Verb::Post,
            "PUT" => Verb::Put,
            "DELETE" => Verb::Delete,
            "PATCH" => Verb::Patch,
            _ => return None,
        })
    }

    /// Whether HTTP makes it safe to send twice.
    pub fn is_idempotent(self) -> bool {
        matches!(self, Verb::Get | Verb::Put | Verb::Delete)
    }

    /// The runtime's name for the verb (`Get`, ...).
    pub fn variant(self) -> &'static str {
        match self {
            Verb::Get => "Get",
            Verb::Post => "Post",
            Verb::Put => "Put",
            Verb::Delete => "Delete",
            Verb::Patch => "Patch",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verb::Get => "GET",
            Verb::Post => "POST",
            Verb::Put => "PUT",
            Verb::Delete => "DELETE",
            Verb::Patch => "PATCH",
        }
    }
}

/// A piece of a path template.
#[derive(Debug, Clone)]
pub enum Segment {
    Lit(String),
    /// `{name}`: an argument or a field of the owning handle, one segment.
    Var(String),
    /// `{name*}`: a string argument holding several segments (a file path
    /// inside a plugin, say): each is encoded, the slashes between them kept.
    Rest(String),
}

/// A value expression: what goes into a query parameter, a JSON member, a
/// header or a handle field.
#[derive(Debug, Clone)]
pub enum Value {
    Lit(Lit),
    /// An argument, or a field of the owning handle.
    Var(String, Loc),
    Array(Vec<Value>),
    Object(Vec<Member>),
    /// `name(args)`: a conversion function of the library's `convert` module.
    Call(String, Vec<Value>, Loc),
}

#[derive(Debug, Clone)]
pub enum Member {
    /// `key = value`; `omit_null` (`key? = value`) leaves the member out
    /// when the value is an unset optional.
    Field {
        key: String,
        value: Value,
        omit_null: bool,
        loc: Loc,
    },
    /// `..arg`: every member of a JSON object argument.
    Spread(String, Loc),
}

#[derive(Debug, Clone)]
pub struct QueryItem {
    pub key: String,
    pub value: Value,
    pub loc: Loc,
}

/// The file name of an upload's part.
#[derive(Debug, Clone)]
pub enum FileName {
    /// `as "name.zip"`.
    Const(String),
    /// `as file_name`: a string argument.
    Arg(String, Loc),
    /// No `as`: the upload's own file name, or `file` (what Python's
    /// `requests` sends for a file object).
    Own,
}

/// The request body.
#[derive(Debug, Clone)]
pub enum Body {
    /// A JSON document.
    Json(Value),
    /// `multipart/form-data` with one part named `file`.
    Upload {
        param: String,
        filename: FileName,
        loc: Loc,
    },
    /// The bytes of a file argument, as they are (`raw = arg;`).
    Raw { param: String, loc: Loc },
}

#[derive(Debug, Clone)]
pub struct Http {
    pub verb: Verb,
    pub path: String,
    pub segments: Vec<Segment>,
    pub query: Vec<QueryItem>,
    pub body: Option<Body>,
    /// `check messages`: fail when the answer is `null` or its
    /// `messages.error` is true (how DSS reports failed creations).
    pub check_messages: bool,
    /// `start { wait = false }`: a `.start()` on the request value sends the
    /// same request with these query constants replaced and returns the task
    /// the server answers with (dataikuapi's `wait=False`).
    pub start: Option<Vec<QueryItem>>,
    /// `server_wait;`: DSS holds the request open until work it started
    /// ends, so the answer may be long to come.
    pub server_wait: bool,
    /// `idempotent "reason";`: sending the request twice does no more than
    /// once, so a retry is safe even though the verb (POST) does not say so;
    /// the reason says why.
    pub idempotent: Option<(String, Loc)>,
    /// `helper;`: not a method of dataikuapi, but a request a hand-written
    /// method is made of.
    pub helper: bool,
    pub loc: Loc,
}

/// Where a handle field gets its value when a method returns a handle.
#[derive(Debug, Clone)]
pub enum Source {
    /// An argument or a field of the owning handle.
    Var(String),
    /// A constant.
    Const(String),
    /// A member of the JSON answer; `true` when it may be missing (`answer.key?`,
    /// then an empty string). An empty name is the whole answer (`answer`).
    Answer(String, bool),
    /// An environment variable (the method then returns a `Result`).
    Env(String),
}

#[derive(Debug, Clone)]
pub struct HandleArg {
    /// `None` for positional arguments, which fill the identifier fields in order.
    pub field: Option<String>,
    pub source: Source,
    pub loc: Loc,
}

/// What a method gives back, as written.
#[derive(Debug, Clone)]
pub enum ResultKind {
    /// `()`: nothing (the body is read and dropped).
    Unit,
    /// `text`: the body as a string.
    Text,
    /// `stream`: a reader over the body.
    Stream,
    /// `future`: a long-running task handle.
    Future,
    /// `wait<T>`: start a task, wait for it, decode its result as `T`.
    Wait(Type),
    /// Any other type: the JSON body decoded as it.
    Json(Type),
    /// `T from answer.member` (or `answer[].member`: that member of every item).
    Pick { ty: Type, member: String, each: bool },
    /// `save(path)`: the body streamed into a file; returns the byte count.
    Save(String),
    /// `write(out)`: the body streamed into a writer; returns the byte count.
    Write(String),
    /// `Handle(args)`: a handle built from arguments and/or the answer.
    Handle {
        name: String,
        args: Vec<HandleArg>,
        loc: Loc,
    },
    /// `-> kind at "a.b"`: a local getter of a member of the owner's
    /// document (no request).
    Getter { kind: ArgKind, path: String, loc: Loc },
}

#[derive(Debug, Clone)]
pub struct Endpoint {
    pub owner: String,
    /// Where the owner was named (`impl Owner`).
    pub owner_loc: Loc,
    pub name: String,
    pub doc: String,
    pub params: Vec<Param>,
    pub result: ResultKind,
    /// `None`: the method only builds a handle and sends nothing.
    pub http: Option<Http>,
    /// `by_hand name(arg: Type, ..) -> Type;`: a method written by hand in
    /// the library (a wait, a builder, several requests), declared here so
    /// that the catalog lists it and the compiler checks its signature.
    pub by_hand: Option<ByHand>,
    /// `#[deprecated = "use `other`"]` above it: dataikuapi keeps the
    /// method only under an old name; generated with Rust's `#[deprecated]`
    /// and this note.
    pub deprecated: Option<String>,
    pub loc: Loc,
}

/// What a hand-written method is called on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Receiver {
    /// `&self` (the default).
    Ref,
    /// `&mut self`.
    Mut,
    /// Nothing: an associated function (`by_hand static name(..)`).
    None,
}

/// The signature of a hand-written method, in Rust types (after `&self`).
#[derive(Debug, Clone)]
pub struct ByHand {
    pub receiver: Receiver,
    pub args: Vec<(String, Type)>,
    pub ret: Type,
}

impl Endpoint {
    pub fn param(&self, name: &str) -> Option<&Param> {
        self.params.iter().find(|p| p.name == name)
    }
}
