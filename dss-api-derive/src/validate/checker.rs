//! One method of the spec: its arguments, and where each is used.

use super::*;

pub(super) struct Checker<'a, 'e> {
    pub(super) ep: &'a ast::Endpoint,
    pub(super) owner: Option<&'a ast::Handle>,
    pub(super) handles: &'a HashMap<&'a str, &'a ast::Handle>,
    pub(super) task: Option<&'a HandleBuild>,
    /// Where each argument is sent (one entry per use).
    pub(super) uses: HashMap<&'a str, Vec<Place>>,
    /// Where each argument is written as a piece of `concat(..)` text: an
    /// argument may also be sent as itself (`type = concat("S_", plugin)`
    /// beside `pluginId = plugin`), and then that is its place.
    pub(super) concat_uses: HashMap<&'a str, Vec<Place>>,
    pub(super) errors: &'e mut Vec<SpecError>,
}

/// Where a value is used; decides which argument kinds fit.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Slot {
    Path,
    Query,
    Json,
}

impl<'a> Checker<'a, '_> {
    pub(super) fn err(&mut self, loc: &ast::Loc, msg: impl Into<String>) {
        self.errors.push(SpecError::new(loc, msg));
    }

    pub(super) fn names(&self) -> Vec<&'a str> {
        let mut v: Vec<&str> = self.ep.params.iter().map(|p| p.name.as_str()).collect();
        if let Some(h) = self.owner {
            v.extend(h.fields.iter().filter(|f| f.ty.is_none()).map(|f| f.name.as_str()));
        }
        v
    }

    /// The client type of the owner's server.
    pub(super) fn owner_client(&self) -> &'a str {
        self.owner.map_or(CLIENT, |h| h.client.as_str())
    }

    pub(super) fn is_owner_field(&self, name: &str) -> bool {
        self.owner
            .is_some_and(|h| h.fields.iter().any(|f| f.ty.is_none() && f.name == name))
    }

    /// Arguments that fill a field of the returned handle.
    pub(super) fn handle_args(&self) -> HashSet<&'a str> {
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

    /// Checks one method and resolves it.
    pub(super) fn run(mut self) -> Option<Method> {
        let ep = self.ep;
        let before = self.errors.len();
        self.check_params();
        let in_handle = self.handle_args();
        let local = matches!(ep.result, ast::ResultKind::Getter { .. }) || ep.params.iter().any(|p| p.at.is_some());
        let action = match &ep.http {
            Some(http) => {
                for p in ep.params.iter().filter(|p| p.at.is_some()) {
                    self.err(
                        &p.loc,
                        "`at \"path\"` is for the arguments of a setter, which sends no request",
                    );
                }
                self.request(http, &in_handle).map(|r| Action::Request(Box::new(r)))
            }
            None if local => self.local().map(Action::Local),
            None => self.build_only().map(Action::Build),
        };
        let args = self.args(&in_handle);
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
            server: ServerRef::default(),
            owner_is_client: false,
            deprecated: ep.deprecated.clone(),
        })
    }

    /// Each argument's name and default.
    fn check_params(&mut self) {
        let mut seen = HashSet::new();
        for p in &self.ep.params {
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
    }

    /// The arguments, each with the one place it is sent (once the request
    /// and the result have used them).
    fn args(&mut self, in_handle: &HashSet<&str>) -> Vec<Arg> {
        let ep = self.ep;
        let mut args = Vec::new();
        for p in &ep.params {
            let mut places = self.uses.remove(p.name.as_str()).unwrap_or_default();
            let in_concat = self.concat_uses.remove(p.name.as_str()).unwrap_or_default();
            if places.is_empty() {
                places.extend(in_concat.into_iter().take(1));
            }
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
        args
    }

    pub(super) fn check_default(&mut self, p: &ast::Param) {
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
                (ArgKind::Strings, Lit::EmptyList | Lit::Strings(_)) | (ArgKind::Json, _) => true,
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
    pub(super) fn use_var(&mut self, name: &'a str, loc: &ast::Loc, slot: Slot, place: Place) -> Option<Val> {
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
    pub(super) fn use_kind(&mut self, name: &'a str, loc: &ast::Loc, kinds: &[ArgKind], what: &str, place: Place) {
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
}
