//! What a method gives back: a result kind, or the handle it builds.

use super::*;

impl<'a> Checker<'a, '_> {
    /// The task handle a `future` result (or `.start()`) builds: the spec's
    /// `task handle`.
    pub(super) fn task_build(&mut self, at: &ast::Loc) -> Option<HandleBuild> {
        let Some(task) = self.task else {
            if self.owner_client() != CLIENT {
                self.err(
                    at,
                    format!(
                        "a task result builds the spec's `task handle`, a DSS task: the `{}` server has none",
                        self.owner_client()
                    ),
                );
                return None;
            }
            self.err(
                at,
                "a task result needs a `task handle Name { .. } = (answer.jobId?, ..);` declared in the spec",
            );
            return None;
        };
        Some(task.clone())
    }

    pub(super) fn output(&mut self, http: &ast::Http) -> Option<ResultKind> {
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
            ast::ResultKind::Getter { loc, .. } => {
                self.err(
                    loc,
                    "a getter (`-> kind at \"path\"`) reads the owner's document: it sends no request",
                );
                return None;
            }
        })
    }

    /// A method of a document handle that sends nothing: a getter of one
    /// member (`name() -> kind at "path";`) or a setter of one member per
    /// argument (`name(arg: kind at "path", ..);`).
    pub(super) fn local(&mut self) -> Option<Local> {
        let ep = self.ep;
        if !self.owner.is_some_and(|h| h.document) {
            self.err(
                &ep.loc,
                format!(
                    "`{}` reads or sets members of a document: only a `document` handle has one",
                    ep.name
                ),
            );
            return None;
        }
        if let ast::ResultKind::Getter { kind, path, .. } = &ep.result {
            if let Some(p) = ep.params.first() {
                self.err(&p.loc, "a getter takes no argument");
            }
            return Some(Local::Get {
                kind: *kind,
                path: path.clone(),
            });
        }
        if !matches!(ep.result, ast::ResultKind::Unit) {
            self.err(&ep.loc, "a setter returns its owner, to chain: write no result");
        }
        for p in &ep.params {
            match &p.at {
                Some(path) if p.is_required() && !matches!(p.kind, ArgKind::File | ArgKind::Writer) => {
                    self.uses
                        .entry(&p.name)
                        .or_default()
                        .push(Place::Document(path.clone()));
                }
                Some(_) => self.err(
                    &p.loc,
                    format!("`{}` sets a member: it is required, and not a file", p.name),
                ),
                None => self.err(
                    &p.loc,
                    format!(
                        "each argument of a setter says where it goes: `{}: {} at \"path\"`",
                        p.name,
                        p.kind.name()
                    ),
                ),
            }
        }
        Some(Local::Set)
    }

    /// A method without a request: it can only build a handle (one that
    /// holds a document is read from an answer).
    pub(super) fn build_only(&mut self) -> Option<HandleBuild> {
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
        let built = self.handle_build(name, args, loc, false)?;
        if built.document {
            self.err(
                loc,
                format!("`{name}` holds a document read from DSS: it is built from a request's answer"),
            );
            return None;
        }
        Some(built)
    }

    /// Whether a method may build `handle`: a handle (not a client) of its
    /// owner's server.
    fn of_own_server(&mut self, handle: &ast::Handle, at: &ast::Loc) -> bool {
        let name = &handle.name;
        if handle.server.is_some() {
            self.err(
                at,
                format!("`{name}` is a client: its constructors build it, not a method"),
            );
            return false;
        }
        if handle.client != self.owner_client() {
            self.err(
                at,
                format!(
                    "`{name}` is a handle of the `{}` server, but `{}::{}` is of the `{}` server: a method builds \
                     handles of its own server only",
                    handle.client,
                    self.ep.owner,
                    self.ep.name,
                    self.owner_client()
                ),
            );
            return false;
        }
        true
    }

    pub(super) fn handle_build(
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
        if !self.of_own_server(handle, at) {
            return None;
        }
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
