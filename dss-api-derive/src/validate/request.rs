//! A method's request: path, query, body, `start`, idempotence.

use super::*;

use super::checker::Slot;

impl<'a> Checker<'a, '_> {
    /// Resolves a method's request: every value bound to where it goes.
    pub(super) fn request(&mut self, http: &'a ast::Http, in_handle: &HashSet<&str>) -> Option<Request> {
        let segments = self.path(http);
        let query = self.scalars(&http.query);
        let body = self.body(http, in_handle)?;
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
        let start = self.start(http, &query, &output)?;
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

    /// The path: literal pieces, and placeholders bound to arguments or to
    /// the owner's fields (secret ones marked).
    fn path(&mut self, http: &'a ast::Http) -> Vec<PathPiece> {
        let ep = self.ep;
        let mut segments = Vec::new();
        for seg in &http.segments {
            let (name, several) = match seg {
                Segment::Lit(l) => {
                    segments.push(PathPiece::Lit(l.clone()));
                    continue;
                }
                Segment::Var(name) => (name, false),
                Segment::Rest(name) => (name, true),
            };
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
            let Some(val) = self.use_var(name, &http.loc, Slot::Path, place) else {
                continue;
            };
            let secret = ep.param(name).map_or_else(
                || {
                    self.owner
                        .is_some_and(|h| h.fields.iter().any(|f| f.name == *name && f.secrecy.is_secret()))
                },
                |p| p.secrecy.is_secret(),
            );
            segments.push(if several {
                PathPiece::Rest { val, secret }
            } else {
                PathPiece::One { val, secret }
            });
        }
        segments
    }

    /// The body: JSON, a multipart upload, or a raw upload.
    fn body(&mut self, http: &'a ast::Http, in_handle: &HashSet<&str>) -> Option<Option<BodyPlan>> {
        Some(match &http.body {
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
        })
    }

    /// `.start()`: the query `start { .. }` sends instead (constants only),
    /// or the same query for a `wait<T>` result; the task it answers.
    fn start(&mut self, http: &ast::Http, query: &[QueryParam], output: &ResultKind) -> Option<Option<Start>> {
        const START_GOES_WITH: &str =
            "`start { .. }` goes with a JSON, handle, task or `()` result (a `wait<T>` result has its own `.start()`)";
        Some(match (&http.start, output) {
            (None, ResultKind::Wait(_)) => Some(Start {
                query: query.to_vec(),
                task: self.task_build(&http.loc)?,
            }),
            (None, _) => None,
            (
                Some(_),
                ResultKind::Wait(_)
                | ResultKind::Text
                | ResultKind::Stream
                | ResultKind::Save(_)
                | ResultKind::Write(_),
            ) => {
                self.err(&http.loc, START_GOES_WITH);
                None
            }
            (Some(overrides), _) => {
                let mut query = query.to_vec();
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
        })
    }

    /// `idempotent "reason";` is for a verb HTTP does not make safe to
    /// repeat (`POST`, `PATCH`), says why, and never marks a request that
    /// starts work or creates an object (a retry would do it twice).
    pub(super) fn check_idempotent(&mut self, http: &ast::Http, output: &ResultKind) {
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

    pub(super) fn scalars(&mut self, items: &'a [ast::QueryItem]) -> Vec<QueryParam> {
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
                Value::Call(func, args, loc) if func == CONCAT => {
                    match self.concat(args, loc, Place::Query(q.key.clone())) {
                        Some(pieces) => Scalar::Concat(pieces),
                        None => continue,
                    }
                }
                Value::Call(func, args, loc) => match self.query_call(func, args, loc, &q.key) {
                    Some(json) => Scalar::Json(json),
                    None => continue,
                },
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

    /// `key = conversion(arg)` in a query (conversions may nest:
    /// `f(g(arg))`): the conversion's JSON, sent as its text (a string as
    /// it is, `null` left out).
    fn query_call(&mut self, func: &str, args: &'a [Value], loc: &ast::Loc, key: &str) -> Option<Json> {
        if !CONVERSIONS.contains(&func) {
            self.err(
                loc,
                format!(
                    "unknown conversion `{func}`{}; known: {}, and `{CONCAT}(..)`",
                    did_you_mean(func, CONVERSIONS),
                    quoted(CONVERSIONS)
                ),
            );
            self.count_as_used(args);
            return None;
        }
        let (inner, name) = match args {
            [Value::Var(arg, aloc)] => {
                let inner = match self.use_var(arg, aloc, Slot::Json, Place::Query(key.to_owned()))? {
                    Val::Arg { name, .. } => Json::Arg { name, cloned: true },
                    Val::Field(f) => Json::Field(f),
                };
                (inner, arg.clone())
            }
            [Value::Call(f, a, l)] => {
                let inner = self.query_call(f, a, l, key)?;
                let Json::Convert { name, .. } = &inner else {
                    return None;
                };
                let name = name.clone();
                (inner, name)
            }
            _ => {
                self.err(loc, format!("`{func}(..)` takes one argument of the method"));
                // The arguments named count as used: one mistake, one message.
                self.count_as_used(args);
                return None;
            }
        };
        Some(Json::Convert {
            func: func.to_owned(),
            arg: Box::new(inner),
            name,
        })
    }
}

impl<'a> Checker<'a, '_> {
    /// `concat("text", arg, ..)`: string literals, and required `str` or
    /// `int` arguments or owner fields, each used at `place`.
    pub(super) fn concat(&mut self, args: &'a [Value], loc: &ast::Loc, place: Place) -> Option<Vec<Piece>> {
        if args.is_empty() {
            self.err(loc, format!("`{CONCAT}(..)` needs at least one piece"));
            return None;
        }
        let mut pieces = Vec::new();
        let mut ok = true;
        for a in args {
            match a {
                Value::Lit(Lit::Str(s)) => pieces.push(Piece::Lit(s.clone())),
                Value::Var(name, vloc) => {
                    if let Some(p) = self.ep.param(name) {
                        if !matches!(p.kind, ArgKind::Str | ArgKind::Int) || p.presence == Presence::Optional {
                            self.err(
                                vloc,
                                format!(
                                    "`{CONCAT}(..)` takes string literals and `str` or `int` arguments with a value; `{name}` is {}`{}`",
                                    if p.presence == Presence::Optional { "an optional " } else { "" },
                                    p.kind.name()
                                ),
                            );
                            ok = false;
                        }
                    }
                    match self.use_var(name, vloc, Slot::Json, place.clone()) {
                        Some(v) => {
                            // Not a use of its own: see `concat_uses`.
                            if let Some(uses) = self.uses.get_mut(name.as_str()) {
                                if let Some(p) = uses.pop() {
                                    self.concat_uses.entry(name).or_default().push(p);
                                }
                            }
                            pieces.push(Piece::Val(v))
                        }
                        None => ok = false,
                    }
                }
                _ => {
                    self.err(
                        loc,
                        format!("`{CONCAT}(..)` takes string literals and arguments, one after the other"),
                    );
                    ok = false;
                }
            }
        }
        ok.then_some(pieces)
    }
}
