//! Handle declarations, the task handle, and binding values to a handle's
//! fields.

use super::*;

impl Validator {
    /// Checks handle declarations; returns them by name (first one wins).
    pub(super) fn handles<'s>(&mut self, spec: &'s ast::Spec) -> HashMap<&'s str, &'s ast::Handle> {
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
            if let Some(server) = &h.server {
                let base = &server.base;
                if !base.starts_with('/') || base.ends_with('/') || base.contains(['{', '?', ' ']) {
                    self.err(
                        &h.loc,
                        format!("the base path of `{}` must start with `/`, not end with one, and hold no placeholder or query: {base:?}", h.name),
                    );
                }
            }
            let mut seen = HashSet::new();
            for f in &h.fields {
                if !seen.insert(&f.name) {
                    self.err(&f.loc, format!("field `{}` of `{}` is declared twice", f.name, h.name));
                }
                if f.name == "client" || (h.document && f.name == "document") {
                    self.err(&f.loc, format!("`{}` is reserved for what the handle holds", f.name));
                }
                // A document handle is built from an answer that is its
                // document: a typed field is state the hand-written code
                // fills afterwards (a scenario's script), empty until then.
                if h.document && f.ty.as_ref().is_some_and(|t| !matches!(t.shape, ast::Shape::Option(_))) {
                    self.err(
                        &f.loc,
                        "a document handle holds its document: its other fields are identifiers, \
                         or state the hand-written code fills (an `Option<..>`, empty until then)",
                    );
                }
            }
        }
        for h in handles.values() {
            for f in &h.fields {
                check_secrecy(&mut self.errors, &f.loc, "handle field", &f.name, f.secrecy);
            }
            if h.server.is_none()
                && h.client != CLIENT
                && handles.get(h.client.as_str()).is_none_or(|c| c.server.is_none())
            {
                let clients: Vec<&str> = handles
                    .values()
                    .filter(|c| c.server.is_some())
                    .map(|c| c.name.as_str())
                    .collect();
                self.err(
                    &h.loc,
                    format!(
                        "`{}` is of server `{}`, which no `client` declares{}",
                        h.name,
                        h.client,
                        did_you_mean(&h.client, &clients)
                    ),
                );
            }
        }
        self.task_handle(spec, &handles);
        handles
    }

    /// The one `task handle`: what a `future` result builds, from the
    /// answer's members and constants only.
    pub(super) fn task_handle(&mut self, spec: &ast::Spec, handles: &HashMap<&str, &ast::Handle>) {
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
}

/// Binds the values given for a handle (positional ones fill its identifier
/// fields in order, `field = ..` ones name theirs) to every field of the
/// handle, in its order; unfilled identifiers are errors, unfilled typed
/// fields take their default.
pub(super) fn bind_handle_fields(
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
        let Some(field) = field_of(handle, &ids, arg, &mut positional, errors) else {
            continue;
        };
        let Some(source) = source_for(field, source, arg, errors) else {
            continue;
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
        client: handle.client.clone(),
        fields,
        document: handle.document,
    })
}

/// The field a value fills: the one it names, or the next identifier.
fn field_of<'h>(
    handle: &'h ast::Handle,
    ids: &[&'h ast::HandleField],
    arg: &ast::HandleArg,
    positional: &mut usize,
    errors: &mut Vec<SpecError>,
) -> Option<&'h ast::HandleField> {
    let name = &handle.name;
    match &arg.field {
        Some(f) => {
            let field = handle.fields.iter().find(|hf| &hf.name == f);
            if field.is_none() {
                errors.push(SpecError::new(&arg.loc, format!("`{name}` has no field `{f}`")));
            }
            field
        }
        None => {
            let Some(f) = ids.get(*positional) else {
                errors.push(SpecError::new(
                    &arg.loc,
                    format!(
                        "too many arguments for handle `{name}` ({} identifier field(s))",
                        ids.len()
                    ),
                ));
                return None;
            };
            *positional += 1;
            Some(f)
        }
    }
}

/// What fills `field`: a typed field takes a decoded member of the answer
/// (or the whole answer), an identifier a string.
fn source_for(
    field: &ast::HandleField,
    source: FieldSource,
    arg: &ast::HandleArg,
    errors: &mut Vec<SpecError>,
) -> Option<FieldSource> {
    let typed = field.ty.is_some();
    Some(match source {
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
            return None;
        }
        FieldSource::Const(_) | FieldSource::Env(_) | FieldSource::Answer { optional: true, .. } if typed => {
            errors.push(SpecError::new(
                &arg.loc,
                format!("typed field `{}` takes an argument or `answer.member`", field.name),
            ));
            return None;
        }
        other => other,
    })
}
