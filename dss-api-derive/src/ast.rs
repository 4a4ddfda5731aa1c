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

/// The whole table: handles, models and endpoints, in declaration order.
#[derive(Debug, Default)]
pub struct Spec {
    /// Every file that was read (absolute paths), for rebuild tracking.
    pub files: Vec<String>,
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
    /// The Rust type as written (`Option<String>`, `Vec<Value>`, ...).
    pub ty: String,
    /// `= default`: when absent, the type's default value.
    pub defaulted: bool,
    /// Never shown by `Debug`.
    pub secret: bool,
    pub loc: Loc,
}

/// `handle DssUser { login }`: a type holding a client and identifiers.
#[derive(Debug)]
pub struct Handle {
    pub name: String,
    pub doc: String,
    pub fields: Vec<HandleField>,
    pub loc: Loc,
}

/// A handle field. `ty == None` means an identifier (`String`) that is a
/// constructor argument and can fill path placeholders; a typed field carries
/// extra state (its type's default unless a method fills it).
#[derive(Debug)]
pub struct HandleField {
    pub name: String,
    pub ty: Option<String>,
    /// Never shown by `Debug` (an API key, say).
    pub secret: bool,
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
    /// Never shown by `Debug` (a password, say).
    pub secret: bool,
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
    /// `idempotent;`: sending the request twice does no more than once, so a
    /// retry is safe even though the verb (POST) does not say so.
    pub idempotent: bool,
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

/// What a method gives back.
#[derive(Debug, Clone)]
pub enum Ret {
    /// `()`: nothing (the body is read and dropped).
    Unit,
    /// `text`: the body as a string.
    Text,
    /// `stream`: a reader over the body.
    Stream,
    /// `future`: a long-running task handle.
    Future,
    /// `wait<T>`: start a task, wait for it, decode its result as `T`.
    Wait(String),
    /// Any other type: the JSON body decoded as it.
    Json(String),
    /// `T from answer.member` (or `answer[].member`: that member of every item).
    Pick { ty: String, member: String, each: bool },
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
}

#[derive(Debug, Clone)]
pub struct Endpoint {
    pub owner: String,
    /// Where the owner was named (`impl Owner`).
    pub owner_loc: Loc,
    pub name: String,
    pub doc: String,
    pub params: Vec<Param>,
    pub ret: Ret,
    /// `None`: the method only builds a handle and sends nothing.
    pub http: Option<Http>,
    /// `by_hand name(args) -> Type;`: a method written by hand in the
    /// library (a wait, a builder, several requests), declared here so that
    /// the catalog lists it: its argument names and result type, as text.
    pub by_hand: Option<(Vec<String>, String)>,
    pub loc: Loc,
}

impl Endpoint {
    pub fn param(&self, name: &str) -> Option<&Param> {
        self.params.iter().find(|p| p.name == name)
    }
}
