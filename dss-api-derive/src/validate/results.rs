//! What a method gives back: a result kind, or the handle it builds.

use super::*;

impl<'a> Checker<'a, '_> {
    /// The task handle a `future` result (or `.start()`) builds: the spec's
    /// `task handle`.
    pub(super) fn task_build(&mut self, at: &ast::Loc) -> Option<HandleBuild> {
        let Some(task) = self.task else {
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
        })
    }

    /// A method without a request: it can only build a handle.
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
        self.handle_build(name, args, loc, false)
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
