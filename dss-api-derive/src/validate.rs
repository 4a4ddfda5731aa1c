//! Semantic checks, and the resolution of the spec as written (`ast.rs`)
//! into the API to generate (`ir.rs`). Every problem is collected (not just
//! the first), each with the spec location it comes from; an entry with a
//! problem is left out of the API, so one mistake does not cascade.

use std::collections::{HashMap, HashSet};

use heck::ToLowerCamelCase;

use crate::ast::{self, Body, FileName, Member, Secrecy, Segment, Source, SpecError, Value};
use crate::ir::*;
use crate::names::{
    bare, did_you_mean, looks_like_credential, quoted, request_type_name, CLIENT, CONVERSIONS, RESERVED_SETTERS,
    RESERVED_TYPES,
};

/// A name that looks like a credential's must say whether it is one.
fn check_secrecy(errors: &mut Vec<SpecError>, loc: &ast::Loc, what: &str, name: &str, secrecy: Secrecy) {
    if secrecy == Secrecy::Unmarked && looks_like_credential(name) {
        errors.push(SpecError::new(
            loc,
            format!(
                "{what} `{name}` looks like a credential: mark it `secret` (never shown by `Debug`, logs or errors) \
                 or `shown` (it is not one)"
            ),
        ));
    }
}

/// Checks the whole spec; returns what can be generated and every problem.
pub fn validate(spec: &ast::Spec) -> (Api, Vec<SpecError>) {
    let mut v = Validator::default();
    let handles = v.handles(spec);
    let models = v.models(spec, &handles);
    let mut api = Api::default();
    let mut methods: HashMap<(&str, &str), &ast::Endpoint> = HashMap::new();
    let mut types: HashMap<String, &ast::Endpoint> = HashMap::new();
    let mut unknown_owners: HashSet<&str> = HashSet::new();
    let mut owners: Vec<&str> = handles.keys().copied().collect();
    owners.push(CLIENT);
    owners.sort_unstable();
    for ep in &spec.endpoints {
        let owner = if ep.owner == CLIENT {
            None
        } else if let Some(h) = handles.get(ep.owner.as_str()) {
            Some(*h)
        } else {
            if unknown_owners.insert(&ep.owner) {
                v.err(
                    &ep.owner_loc,
                    format!(
                        "`{}` is neither `{CLIENT}` nor a declared handle{}",
                        ep.owner,
                        did_you_mean(&ep.owner, &owners)
                    ),
                );
            }
            continue;
        };
        if let Some(first) = methods.insert((&ep.owner, &ep.name), ep) {
            v.err(
                &ep.loc,
                format!(
                    "duplicate method `{}::{}` (first declared at {})",
                    ep.owner, ep.name, first.loc
                ),
            );
            continue;
        }
        if let Some(by_hand) = &ep.by_hand {
            api.methods.push(Method {
                file: ep.loc.file.clone(),
                owner: ep.owner.clone(),
                name: ep.name.clone(),
                doc: ep.doc.clone(),
                args: Vec::new(),
                action: Action::ByHand {
                    receiver: by_hand.receiver,
                    args: by_hand.args.clone(),
                    ret: by_hand.ret.clone(),
                },
            });
            continue;
        }
        let before = v.errors.len();
        if ep.http.is_some() {
            let ty = request_type_name(&ep.owner, &ep.name);
            if let Some(first) = types.insert(ty.clone(), ep) {
                v.err(
                    &ep.loc,
                    format!(
                        "request type `{ty}` would also be generated for `{}` at {}",
                        first.name, first.loc
                    ),
                );
            }
        }
        let method = Checker {
            ep,
            owner,
            handles: &handles,
            task: v.task.as_ref(),
            uses: HashMap::new(),
            errors: &mut v.errors,
        }
        .run();
        if v.errors.len() == before {
            api.methods.extend(method);
        }
    }
    api.handles = spec
        .handles
        .iter()
        .filter(|h| handles.get(h.name.as_str()).is_some_and(|k| std::ptr::eq(*k, *h)))
        .map(|h| HandleDef {
            file: h.loc.file.clone(),
            name: h.name.clone(),
            doc: h.doc.clone(),
            fields: h
                .fields
                .iter()
                .map(|f| FieldDef {
                    name: f.name.clone(),
                    ty: f.ty.clone(),
                    secret: f.secrecy.is_secret(),
                })
                .collect(),
        })
        .collect();
    api.models = models;
    api.files = spec.file_names.clone();
    (api, v.errors)
}

#[derive(Default)]
struct Validator {
    errors: Vec<SpecError>,
    /// How the `task handle` is built from an answer (`future` results,
    /// `.start()`), when the spec declares one.
    task: Option<HandleBuild>,
}

impl Validator {
    fn err(&mut self, loc: &ast::Loc, msg: impl Into<String>) {
        self.errors.push(SpecError::new(loc, msg));
    }

    /// Checks handle declarations; returns them by name (first one wins).
    fn handles<'s>(&mut self, spec: &'s ast::Spec) -> HashMap<&'s str, &'s ast::Handle> {
        let mut handles: HashMap<&str, &ast::Handle> = HashMap::new();
        for h in &spec.handles {
            if h.name == CLIENT {
                self.err(&h.loc, format!("`{CLIENT}` is not a handle"));
                continue;
            }
            if handles.contains_key(h.name.as_str()) {
                self.err(&h.loc, format!("handle `{}` is declared twice", h.name));
                continue;
            }
            handles.insert(&h.name, h);
            let mut seen = HashSet::new();
            for f in &h.fields {
                if !seen.insert(&f.name) {
                    self.err(&f.loc, format!("field `{}` of `{}` is declared twice", f.name, h.name));
                }
                if f.name == "client" {
                    self.err(&f.loc, "`client` is reserved for the handle's client");
                }
            }
        }
        for h in handles.values() {
            for f in &h.fields {
                check_secrecy(&mut self.errors, &f.loc, "handle field", &f.name, f.secrecy);
            }
        }
        self.task_handle(spec, &handles);
        handles
    }

    /// The one `task handle`: what a `future` result builds, from the
    /// answer's members and constants only.
    fn task_handle(&mut self, spec: &ast::Spec, handles: &HashMap<&str, &ast::Handle>) {
        let mut tasks = spec.handles.iter().filter(|h| h.task.is_some());
        let Some(task) = tasks.next() else { return };
        for other in tasks {
            self.err(
                &other.loc,
                format!(
                    "only one handle can be the `task handle` (`{}` is, at {})",
                    task.name, task.loc
                ),
            );
        }
        if !handles.get(task.name.as_str()).is_some_and(|h| std::ptr::eq(*h, task)) {
            return;
        }
        let args = task.task.as_deref().unwrap_or_default();
        let mut given = Vec::new();
        for a in args {
            let source = match &a.source {
                Source::Answer(member, optional) => FieldSource::Answer {
                    member: member.clone(),
                    optional: *optional,
                },
                Source::Const(c) => FieldSource::Const(c.clone()),
                _ => {
                    self.err(
                        &a.loc,
                        "a task handle is built from `answer.member`, `answer` or constants",
                    );
                    continue;
                }
            };
            given.push((a, source));
        }
        if given.len() == args.len() {
            self.task = bind_handle_fields(task, given, &task.loc, &mut self.errors);
        }
    }

    fn models(&mut self, spec: &ast::Spec, handles: &HashMap<&str, &ast::Handle>) -> Vec<ModelDef> {
        let mut out = Vec::new();
        let mut names: HashMap<&str, &ast::Model> = HashMap::new();
        for m in &spec.models {
            if let Some(first) = names.insert(&m.name, m) {
                self.err(
                    &m.loc,
                    format!("model `{}` is declared twice (first at {})", m.name, first.loc),
                );
                continue;
            }
            if handles.contains_key(m.name.as_str()) || m.name == CLIENT {
                self.err(&m.loc, format!("`{}` is already the name of a handle", m.name));
                continue;
            }
            if RESERVED_TYPES.contains(&m.name.as_str()) {
                self.err(
                    &m.loc,
                    format!(
                        "`{}` would shadow a type generated code relies on; choose another name",
                        m.name
                    ),
                );
                continue;
            }
            let before = self.errors.len();
            let mut members = Vec::new();
            let mut wires = HashSet::new();
            for mm in &m.members {
                if bare(&mm.name) == "extra" {
                    self.err(&mm.loc, "`extra` is reserved for the members a model does not name");
                }
                let wire = bare(&mm.name).to_lower_camel_case();
                if !wires.insert(wire.clone()) {
                    self.err(&mm.loc, format!("member `{wire}` of `{}` is declared twice", m.name));
                }
                check_secrecy(&mut self.errors, &mm.loc, "member", &mm.name, mm.secrecy);
                let optional = mm.ty.is_option();
                if optional && mm.defaulted {
                    self.err(
                        &mm.loc,
                        "an `Option` member is already `None` when absent: drop `= default`",
                    );
                }
                members.push(MemberDef {
                    name: mm.name.clone(),
                    wire,
                    ty: mm.ty.clone(),
                    optional,
                    defaulted: mm.defaulted,
                    secret: mm.secrecy.is_secret(),
                    doc: mm.doc.clone(),
                });
            }
            let handle = m.handle.as_ref().and_then(|(hname, args, hloc)| {
                let Some(h) = handles.get(hname.as_str()) else {
                    let known: Vec<&str> = handles.keys().copied().collect();
                    self.err(
                        hloc,
                        format!("`{hname}` is not a declared handle{}", did_you_mean(hname, &known)),
                    );
                    return None;
                };
                let mut sources = Vec::new();
                for a in args {
                    let source = match &a.source {
                        Source::Var(v) => match members.iter().find(|mm| mm.name == *v) {
                            Some(mm) if mm.ty.is_string() => FieldSource::ModelMember {
                                name: v.clone(),
                                optional: mm.optional,
                            },
                            Some(mm) => {
                                self.err(
                                    &a.loc,
                                    format!("handle fields take a `String` member, but `{v}` is `{}`", mm.ty),
                                );
                                continue;
                            }
                            None => {
                                let known: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
                                self.err(
                                    &a.loc,
                                    format!("`{v}` is not a member of `{}`{}", m.name, did_you_mean(v, &known)),
                                );
                                continue;
                            }
                        },
                        Source::Const(c) => FieldSource::Const(c.clone()),
                        _ => {
                            self.err(&a.loc, "a model's handle is made of its members or constants");
                            continue;
                        }
                    };
                    sources.push((a, source));
                }
                // A member already reported is not reported again as a
                // missing field.
                if sources.len() < args.len() {
                    return None;
                }
                let errors = &mut self.errors;
                bind_handle_fields(h, sources, hloc, errors)
            });
            if self.errors.len() == before {
                out.push(ModelDef {
                    file: m.loc.file.clone(),
                    name: m.name.clone(),
                    doc: m.doc.clone(),
                    members,
                    handle,
                });
            }
        }
        out
    }
}

/// Binds the values given for a handle (positional ones fill its identifier
/// fields in order, `field = ..` ones name theirs) to every field of the
/// handle, in its order; unfilled identifiers are errors, unfilled typed
/// fields take their default.
fn bind_handle_fields(
    handle: &ast::Handle,
    given: Vec<(&ast::HandleArg, FieldSource)>,
    at: &ast::Loc,
    errors: &mut Vec<SpecError>,
) -> Option<HandleBuild> {
    let before = errors.len();
    let name = &handle.name;
    let ids: Vec<&ast::HandleField> = handle.fields.iter().filter(|f| f.ty.is_none()).collect();
    let mut filled: HashMap<&str, FieldSource> = HashMap::new();
    let mut positional = 0;
    for (arg, source) in given {
        let field = match &arg.field {
            Some(f) => match handle.fields.iter().find(|hf| &hf.name == f) {
                Some(hf) => hf,
                None => {
                    errors.push(SpecError::new(&arg.loc, format!("`{name}` has no field `{f}`")));
                    continue;
                }
            },
            None => {
                let Some(f) = ids.get(positional) else {
                    errors.push(SpecError::new(
                        &arg.loc,
                        format!(
                            "too many arguments for handle `{name}` ({} identifier field(s))",
                            ids.len()
                        ),
                    ));
                    continue;
                };
                positional += 1;
                f
            }
        };
        let typed = field.ty.is_some();
        let source = match source {
            FieldSource::Answer {
                member,
                optional: false,
            } if typed => FieldSource::AnswerTyped {
                member: (!member.is_empty()).then_some(member),
            },
            FieldSource::Answer { member, .. } if member.is_empty() && !typed => {
                errors.push(SpecError::new(
                    &arg.loc,
                    format!(
                        "the whole answer can only fill a typed field, and `{}` is an identifier",
                        field.name
                    ),
                ));
                continue;
            }
            FieldSource::Const(_) | FieldSource::Env(_) | FieldSource::Answer { optional: true, .. } if typed => {
                errors.push(SpecError::new(
                    &arg.loc,
                    format!("typed field `{}` takes an argument or `answer.member`", field.name),
                ));
                continue;
            }
            other => other,
        };
        if filled.insert(&field.name, source).is_some() {
            errors.push(SpecError::new(
                &arg.loc,
                format!("field `{}` of `{name}` is given twice", field.name),
            ));
        }
    }
    for f in &ids {
        if !filled.contains_key(f.name.as_str()) {
            errors.push(SpecError::new(
                at,
                format!("handle `{name}` needs a value for its field `{}`", f.name),
            ));
        }
    }
    if errors.len() > before {
        return None;
    }
    let fields = handle
        .fields
        .iter()
        .map(|f| {
            let source = filled.remove(f.name.as_str()).unwrap_or(FieldSource::Default);
            (f.name.clone(), source)
        })
        .collect();
    Some(HandleBuild {
        handle: name.clone(),
        fields,
    })
}

struct Checker<'a, 'e> {
    ep: &'a ast::Endpoint,
    owner: Option<&'a ast::Handle>,
    handles: &'a HashMap<&'a str, &'a ast::Handle>,
    task: Option<&'a HandleBuild>,
    /// Where each argument is sent (one entry per use).
    uses: HashMap<&'a str, Vec<Place>>,
    errors: &'e mut Vec<SpecError>,
}

/// Where a value is used; decides which argument kinds fit.
#[derive(Clone, Copy, PartialEq)]
enum Slot {
    Path,
    Query,
    Json,
}

impl<'a> Checker<'a, '_> {
    fn err(&mut self, loc: &ast::Loc, msg: impl Into<String>) {
        self.errors.push(SpecError::new(loc, msg));
    }

    fn names(&self) -> Vec<&'a str> {
        let mut v: Vec<&str> = self.ep.params.iter().map(|p| p.name.as_str()).collect();
        if let Some(h) = self.owner {
            v.extend(h.fields.iter().filter(|f| f.ty.is_none()).map(|f| f.name.as_str()));
        }
        v
    }

    fn is_owner_field(&self, name: &str) -> bool {
        self.owner
            .is_some_and(|h| h.fields.iter().any(|f| f.ty.is_none() && f.name == name))
    }

    /// Arguments that fill a field of the returned handle.
    fn handle_args(&self) -> HashSet<&'a str> {
        let args = match &self.ep.result {
            ast::ResultKind::Handle { args, .. } => args,
            _ => return HashSet::new(),
        };
        args.iter()
            .filter_map(|a| match &a.source {
                Source::Var(v) if self.ep.param(v).is_some() => Some(v.as_str()),
                _ => None,
            })
            .collect()
    }

    fn run(mut self) -> Option<Method> {
        let ep = self.ep;
        let before = self.errors.len();
        let mut seen = HashSet::new();
        for p in &ep.params {
            if !seen.insert(&p.name) {
                self.err(&p.loc, format!("argument `{}` is declared twice", p.name));
            }
            if RESERVED_SETTERS.contains(&p.name.as_str()) {
                self.err(
                    &p.loc,
                    format!(
                        "argument name `{}` is taken by a method every request value has; name it otherwise (e.g. `{}_value`)",
                        p.name, p.name
                    ),
                );
            }
            check_secrecy(self.errors, &p.loc, "argument", &p.name, p.secrecy);
            if p.name.starts_with("__") {
                self.err(
                    &p.loc,
                    format!(
                        "argument names starting with `__` are reserved for generated code: `{}`",
                        p.name
                    ),
                );
            }
            self.check_default(p);
        }
        let in_handle = self.handle_args();
        let action = match &ep.http {
            Some(http) => self.request(http, &in_handle).map(|r| Action::Request(Box::new(r))),
            None => self.build_only().map(Action::Build),
        };
        let mut args = Vec::new();
        for p in &ep.params {
            let mut places = self.uses.remove(p.name.as_str()).unwrap_or_default();
            let place = match places.len() {
                0 if in_handle.contains(p.name.as_str()) => Place::HandleOnly,
                0 => {
                    self.err(
                        &p.loc,
                        format!(
                            "argument `{}` of `{}` is never used (not in the path, query, body or result)",
                            p.name, ep.name
                        ),
                    );
                    continue;
                }
                1 => places.remove(0),
                n => {
                    self.err(
                        &p.loc,
                        format!(
                            "argument `{}` of `{}` is used {n} times; each argument goes to exactly one place",
                            p.name, ep.name
                        ),
                    );
                    continue;
                }
            };
            args.push(Arg {
                name: p.name.clone(),
                kind: p.kind,
                presence: p.presence.clone(),
                secret: p.secrecy.is_secret(),
                doc: p.doc.clone(),
                place,
            });
        }
        if self.errors.len() > before {
            return None;
        }
        Some(Method {
            file: ep.loc.file.clone(),
            owner: ep.owner.clone(),
            name: ep.name.clone(),
            doc: ep.doc.clone(),
            args,
            action: action?,
        })
    }

    fn check_default(&mut self, p: &ast::Param) {
        let ok = match &p.presence {
            Presence::Default(lit) => match (p.kind, lit) {
                (_, Lit::Null) => {
                    self.err(
                        &p.loc,
                        format!(
                            "bad default for `{}`: write `Option<{}>` for an argument that is null when unset",
                            p.name,
                            p.kind.name()
                        ),
                    );
                    return;
                }
                (ArgKind::Str, Lit::Str(_)) | (ArgKind::Bool, Lit::Bool(_)) | (ArgKind::Int, Lit::Int(_)) => true,
                (ArgKind::Strings, Lit::EmptyList) | (ArgKind::Json, _) => true,
                _ => false,
            },
            Presence::Env(_) => p.kind == ArgKind::Str,
            _ => true,
        };
        if !ok {
            let found = match &p.presence {
                Presence::Default(lit) => lit.describe(),
                _ => "`env(..)`",
            };
            self.err(
                &p.loc,
                format!(
                    "bad default for `{}`: {found} does not fit an argument of type `{}`",
                    p.name,
                    p.kind.name()
                ),
            );
        }
        if matches!(p.kind, ArgKind::File | ArgKind::Writer) && !p.is_required() {
            self.err(
                &p.loc,
                format!("{} argument `{}` must be required", p.kind.name(), p.name),
            );
        }
    }

    /// Records a use of a name in a slot; returns the value it resolves to.
    fn use_var(&mut self, name: &'a str, loc: &ast::Loc, slot: Slot, place: Place) -> Option<Val> {
        if let Some(p) = self.ep.param(name) {
            self.uses.entry(name).or_default().push(place);
            if slot == Slot::Path && p.presence == Presence::Optional {
                self.err(
                    loc,
                    format!(
                        "argument `{name}` fills a path segment, so it needs a value: give it a default or `env(..)`"
                    ),
                );
            }
            let fits = match slot {
                Slot::Path => matches!(p.kind, ArgKind::Str | ArgKind::Int),
                Slot::Query => matches!(p.kind, ArgKind::Str | ArgKind::Int | ArgKind::Bool | ArgKind::Strings),
                Slot::Json => !matches!(p.kind, ArgKind::File | ArgKind::Writer),
            };
            if !fits {
                let place = match slot {
                    Slot::Path => "a path segment",
                    Slot::Query => "a query parameter",
                    Slot::Json => "a JSON body",
                };
                self.err(
                    loc,
                    format!("argument `{name}` of type `{}` cannot go in {place}", p.kind.name()),
                );
            }
            Some(Val::Arg {
                name: name.to_owned(),
                kind: p.kind,
            })
        } else if self.is_owner_field(name) {
            Some(Val::Field(name.to_owned()))
        } else {
            let suggestion = did_you_mean(name, &self.names());
            self.err(
                loc,
                format!("`{name}` is not an argument of `{}`{suggestion}", self.ep.name),
            );
            None
        }
    }

    /// Records a use of an argument that must be of one of `kinds`.
    fn use_kind(&mut self, name: &'a str, loc: &ast::Loc, kinds: &[ArgKind], what: &str, place: Place) {
        match self.ep.param(name) {
            Some(p) => {
                self.uses.entry(name).or_default().push(place);
                if !kinds.contains(&p.kind) {
                    self.err(
                        loc,
                        format!(
                            "{what} needs an argument of type `{}`, but `{name}` is `{}`",
                            kinds[0].name(),
                            p.kind.name()
                        ),
                    );
                }
            }
            None => self.err(loc, format!("`{name}` is not an argument of `{}`", self.ep.name)),
        }
    }

    fn request(&mut self, http: &'a ast::Http, in_handle: &HashSet<&str>) -> Option<Request> {
        let ep = self.ep;
        let mut segments = Vec::new();
        for seg in &http.segments {
            match seg {
                Segment::Lit(l) => segments.push(PathPiece::Lit(l.clone())),
                Segment::Var(name) | Segment::Rest(name) => {
                    let several = matches!(seg, Segment::Rest(_));
                    if !self.names().contains(&name.as_str()) {
                        let fields = self
                            .owner
                            .map(|h| format!(" and no field of `{}`", h.name))
                            .unwrap_or_default();
                        let suggestion = did_you_mean(name, &self.names());
                        self.err(
                            &http.loc,
                            format!(
                                "path placeholder `{{{name}}}` matches no argument of `{}`{fields}{suggestion}",
                                ep.name
                            ),
                        );
                        continue;
                    }
                    let place = if several { Place::PathSegments } else { Place::Path };
                    if let Some(v) = self.use_var(name, &http.loc, Slot::Path, place) {
                        let secret = ep.param(name).map_or_else(
                            || {
                                self.owner
                                    .is_some_and(|h| h.fields.iter().any(|f| f.name == *name && f.secrecy.is_secret()))
                            },
                            |p| p.secrecy.is_secret(),
                        );
                        segments.push(if several {
                            PathPiece::Rest { val: v, secret }
                        } else {
                            PathPiece::One { val: v, secret }
                        });
                    }
                }
            }
        }
        let query = self.scalars(&http.query);
        let body = match &http.body {
            None => None,
            Some(Body::Json(v)) => Some(BodyPlan::Json(self.json(v, "", None, in_handle)?)),
            Some(Body::Upload { param, filename, loc }) => {
                self.use_kind(param, loc, &[ArgKind::File], "an upload", Place::Upload);
                let filename = match filename {
                    FileName::Const(c) => UploadName::Const(c.clone()),
                    FileName::Own => UploadName::Own,
                    FileName::Arg(a, aloc) => {
                        self.use_kind(a, aloc, &[ArgKind::Str], "an upload's file name", Place::UploadName);
                        UploadName::Arg(a.clone())
                    }
                };
                Some(BodyPlan::Upload {
                    arg: param.clone(),
                    filename,
                })
            }
            Some(Body::Raw { param, loc }) => {
                self.use_kind(param, loc, &[ArgKind::File], "a raw body", Place::Raw);
                Some(BodyPlan::Raw { arg: param.clone() })
            }
        };
        if !http.server_wait {
            let waits = query
                .iter()
                .any(|q| q.key == "wait" && matches!(&q.value, Scalar::Lit(v) if v == "true"));
            if waits {
                self.err(
                    &http.loc,
                    "DSS holds a `wait = true` request open until its work ends: mark it `server_wait;`",
                );
            }
        }
        let output = self.output(http)?;
        self.check_idempotent(http, &output);
        let secret_path = segments.iter().any(|s| match s {
            PathPiece::One { secret, .. } | PathPiece::Rest { secret, .. } => *secret,
            PathPiece::Lit(_) => false,
        });
        let reads_json = !matches!(
            output,
            ResultKind::Text | ResultKind::Stream | ResultKind::Save(_) | ResultKind::Write(_)
        );
        if http.check_messages && !reads_json {
            self.err(
                &http.loc,
                "`check messages` needs a JSON answer, not a text or byte stream",
            );
        }
        let start = match (&http.start, &output) {
            (Some(_), ResultKind::Wait(_)) => {
                self.err(&http.loc, "`start { .. }` goes with a JSON, handle, task or `()` result (a `wait<T>` result has its own `.start()`)");
                None
            }
            (
                Some(overrides),
                ResultKind::Unit
                | ResultKind::Json(_)
                | ResultKind::Handle(_)
                | ResultKind::Pick { .. }
                | ResultKind::Task(_),
            ) => {
                let mut query = query.clone();
                for o in overrides {
                    let base = query.iter_mut().find(|q| q.key == o.key);
                    match (base, &o.value) {
                        (Some(q), Value::Lit(l)) if matches!(q.value, Scalar::Lit(_)) => {
                            q.value = Scalar::Lit(l.text());
                        }
                        _ => self.err(
                            &o.loc,
                            format!(
                                "`start` may only replace a constant of the query, and `{}` is not one",
                                o.key
                            ),
                        ),
                    }
                }
                Some(Start {
                    query,
                    task: self.task_build(&http.loc)?,
                })
            }
            (Some(_), _) => {
                self.err(&http.loc, "`start { .. }` goes with a JSON, handle, task or `()` result (a `wait<T>` result has its own `.start()`)");
                None
            }
            (None, ResultKind::Wait(_)) => Some(Start {
                query: query.clone(),
                task: self.task_build(&http.loc)?,
            }),
            (None, _) => None,
        };
        Some(Request {
            verb: http.verb,
            path: http.path.clone(),
            segments,
            query,
            body,
            check_messages: http.check_messages,
            start,
            server_wait: http.server_wait,
            idempotent: http.idempotent.as_ref().map(|(reason, _)| reason.clone()),
            secret_path,
            helper: http.helper,
            result: output,
        })
    }

    /// `idempotent "reason";` is for a verb HTTP does not make safe to
    /// repeat (`POST`, `PATCH`), says why, and never marks a request that
    /// starts work or creates an object (a retry would do it twice).
    fn check_idempotent(&mut self, http: &ast::Http, output: &ResultKind) {
        let Some((reason, at)) = &http.idempotent else { return };
        if http.verb.is_idempotent() {
            self.err(
                at,
                format!("`{}` is safe to repeat already: drop `idempotent`", http.verb.as_str()),
            );
        } else if reason.trim().is_empty() {
            self.err(
                at,
                "`idempotent` needs a reason: why does sending it twice do no more than once?",
            );
        }
        let starts_work = http.start.is_some() || matches!(output, ResultKind::Task(_) | ResultKind::Wait(_));
        if starts_work || matches!(output, ResultKind::Handle(_)) {
            self.err(
                at,
                format!(
                    "`{}` {} on the server: it cannot be idempotent (a retry would do it twice)",
                    self.ep.name,
                    if starts_work {
                        "starts a task"
                    } else {
                        "creates an object"
                    }
                ),
            );
        }
    }

    fn scalars(&mut self, items: &'a [ast::QueryItem]) -> Vec<QueryParam> {
        let mut out = Vec::new();
        for q in items {
            let value = match &q.value {
                Value::Lit(lit) if matches!(lit, Lit::Str(_) | Lit::Bool(_) | Lit::Int(_)) => Scalar::Lit(lit.text()),
                Value::Lit(lit) => {
                    self.err(&q.loc, format!("{} cannot go in a query parameter", lit.describe()));
                    continue;
                }
                Value::Var(name, loc) => match self.use_var(name, loc, Slot::Query, Place::Query(q.key.clone())) {
                    Some(v) => Scalar::Val(v),
                    None => continue,
                },
                Value::Call(_, _, loc) => {
                    self.err(loc, "conversions produce JSON and only go in a body");
                    continue;
                }
                Value::Array(_) | Value::Object(_) => {
                    self.err(&q.loc, "a query parameter takes one value, not a list or an object");
                    continue;
                }
            };
            out.push(QueryParam {
                key: q.key.clone(),
                value,
            });
        }
        out
    }

    /// Resolves a JSON value; `path` is the member path it is written at
    /// (empty for the whole body), `via` the conversion it goes through.
    fn json(&mut self, v: &'a Value, path: &str, via: Option<&str>, in_handle: &HashSet<&str>) -> Option<Json> {
        Some(match v {
            Value::Lit(l) => Json::Lit(l.clone()),
            Value::Var(name, loc) => {
                let place = if path.is_empty() {
                    Place::Body {
                        via: via.map(str::to_owned),
                    }
                } else {
                    Place::Member {
                        path: path.to_owned(),
                        via: via.map(str::to_owned),
                        omitted: false,
                    }
                };
                match self.use_var(name, loc, Slot::Json, place)? {
                    Val::Arg { name, .. } => Json::Arg {
                        cloned: in_handle.contains(name.as_str()),
                        name,
                    },
                    Val::Field(f) => Json::Field(f),
                }
            }
            Value::Array(items) => {
                let mut out = Vec::new();
                for i in items {
                    out.push(self.json(i, path, via, in_handle)?);
                }
                Json::Array(out)
            }
            Value::Call(func, args, loc) => {
                if !CONVERSIONS.contains(&func.as_str()) {
                    self.err(
                        loc,
                        format!(
                            "unknown conversion `{func}`{}; known: {}",
                            did_you_mean(func, CONVERSIONS),
                            quoted(CONVERSIONS)
                        ),
                    );
                }
                let [Value::Var(arg, aloc)] = args.as_slice() else {
                    self.err(loc, format!("`{func}(..)` takes one argument of the method"));
                    // The arguments named count as used, so that this one
                    // mistake is reported once.
                    let mut named = HashSet::new();
                    for a in args {
                        if let Value::Var(n, _) = a {
                            if self.ep.param(n).is_some() && named.insert(n.as_str()) {
                                self.uses.entry(n).or_default().push(Place::HandleOnly);
                            }
                        }
                    }
                    return None;
                };
                if self.ep.param(arg).is_none() {
                    let suggestion = did_you_mean(arg, &self.names());
                    self.err(
                        aloc,
                        format!("`{arg}` is not an argument of `{}`{suggestion}", self.ep.name),
                    );
                    return None;
                }
                let inner = self.json(&args[0], path, Some(func), in_handle)?;
                Json::Convert {
                    func: func.clone(),
                    arg: Box::new(inner),
                    name: arg.clone(),
                }
            }
            Value::Object(members) => {
                let mut keys = HashSet::new();
                let mut out = Vec::new();
                for m in members {
                    match m {
                        Member::Field {
                            key,
                            value,
                            omit_null,
                            loc,
                        } => {
                            if !keys.insert(key.as_str()) {
                                self.err(loc, format!("JSON member `{key}` is written twice"));
                            }
                            let sub = if path.is_empty() {
                                key.clone()
                            } else {
                                format!("{path}.{key}")
                            };
                            if *omit_null {
                                let arg = match value {
                                    Value::Var(arg, _) => arg,
                                    Value::Call(_, args, _) => match args.as_slice() {
                                        [Value::Var(arg, _)] => arg,
                                        _ => {
                                            // Reported by `json` below.
                                            let _ = self.json(value, &sub, via, in_handle);
                                            continue;
                                        }
                                    },
                                    _ => {
                                        self.err(
                                            loc,
                                            format!("`{key}?` needs an argument, or a conversion of one, as its value"),
                                        );
                                        continue;
                                    }
                                };
                                let value = self.json(value, &sub, via, in_handle)?;
                                if let Some(Place::Member { omitted, .. }) =
                                    self.uses.get_mut(arg.as_str()).and_then(|u| u.last_mut())
                                {
                                    *omitted = true;
                                }
                                out.push(JsonMember::SetUnlessNull {
                                    key: key.clone(),
                                    value,
                                });
                            } else {
                                let value = self.json(value, &sub, via, in_handle)?;
                                out.push(JsonMember::Set {
                                    key: key.clone(),
                                    value,
                                });
                            }
                        }
                        Member::Spread(name, loc) => {
                            self.use_kind(name, loc, &[ArgKind::Json], "a `..` spread", Place::Spread);
                            out.push(JsonMember::Spread { arg: name.clone() });
                        }
                    }
                }
                Json::Object(out)
            }
        })
    }

    /// The task handle a `future` result (or `.start()`) builds: the spec's
    /// `task handle`.
    fn task_build(&mut self, at: &ast::Loc) -> Option<HandleBuild> {
        let Some(task) = self.task else {
            self.err(
                at,
                "a task result needs a `task handle Name { .. } = (answer.jobId?, ..);` declared in the spec",
            );
            return None;
        };
        Some(task.clone())
    }

    fn output(&mut self, http: &ast::Http) -> Option<ResultKind> {
        let ep = self.ep;
        Some(match &ep.result {
            ast::ResultKind::Unit => ResultKind::Unit,
            ast::ResultKind::Text => ResultKind::Text,
            ast::ResultKind::Stream => ResultKind::Stream,
            ast::ResultKind::Save(p) => {
                self.use_kind(p, &ep.loc, &[ArgKind::Str], "`save(..)`", Place::SaveTo);
                ResultKind::Save(p.clone())
            }
            ast::ResultKind::Write(p) => {
                self.use_kind(p, &ep.loc, &[ArgKind::Writer], "`write(..)`", Place::WriteTo);
                ResultKind::Write(p.clone())
            }
            ast::ResultKind::Json(t) => ResultKind::Json(t.clone()),
            ast::ResultKind::Pick { ty, member, each } => ResultKind::Pick {
                ty: ty.clone(),
                member: member.clone(),
                each: *each,
            },
            ast::ResultKind::Wait(t) => ResultKind::Wait(t.clone()),
            ast::ResultKind::Future => ResultKind::Task(self.task_build(&http.loc)?),
            ast::ResultKind::Handle { name, args, loc } => {
                ResultKind::Handle(self.handle_build(name, args, loc, true)?)
            }
        })
    }

    /// A method without a request: it can only build a handle.
    fn build_only(&mut self) -> Option<HandleBuild> {
        let ep = self.ep;
        for p in ep.params.iter().filter(|p| !p.is_required()) {
            self.err(
                &p.loc,
                format!("`{}` sends no request, so its arguments must be required", ep.name),
            );
        }
        let ast::ResultKind::Handle { name, args, loc } = &ep.result else {
            self.err(
                &ep.loc,
                format!(
                    "`{}` sends no request (it ends with `;`) so it can only return a handle",
                    ep.name
                ),
            );
            return None;
        };
        self.handle_build(name, args, loc, false)
    }

    fn handle_build(
        &mut self,
        name: &str,
        args: &'a [ast::HandleArg],
        at: &ast::Loc,
        has_request: bool,
    ) -> Option<HandleBuild> {
        let ep = self.ep;
        let Some(handle) = self.handles.get(name).copied() else {
            let known: Vec<&str> = self.handles.keys().copied().collect();
            self.err(
                at,
                format!("`{name}` is not a declared handle{}", did_you_mean(name, &known)),
            );
            return None;
        };
        let mut given = Vec::new();
        for arg in args {
            let source = match &arg.source {
                Source::Var(v) => {
                    if let Some(p) = ep.param(v) {
                        if !matches!(p.kind, ArgKind::Str) {
                            self.err(
                                &arg.loc,
                                format!("handle field values are strings, but `{v}` is `{}`", p.kind.name()),
                            );
                            continue;
                        }
                        FieldSource::Arg(v.clone())
                    } else if self.is_owner_field(v) {
                        FieldSource::OwnerField(v.clone())
                    } else {
                        let suggestion = did_you_mean(v, &self.names());
                        self.err(
                            &arg.loc,
                            format!("`{v}` is not an argument of `{}`{suggestion}", ep.name),
                        );
                        continue;
                    }
                }
                Source::Answer(..) if !has_request => {
                    self.err(&arg.loc, "`answer.` needs a request: this method sends none");
                    continue;
                }
                Source::Answer(member, optional) => FieldSource::Answer {
                    member: member.clone(),
                    optional: *optional,
                },
                Source::Const(c) => FieldSource::Const(c.clone()),
                Source::Env(var) => FieldSource::Env(var.clone()),
            };
            given.push((arg, source));
        }
        // An argument already reported is not reported again as a missing
        // field.
        if given.len() < args.len() {
            return None;
        }
        bind_handle_fields(handle, given, at, self.errors)
    }
}
