//! A JSON body, member by member.

use super::*;

use super::checker::Slot;

/// Where a JSON value is written: its member path (empty for the whole
/// body) and the conversion it goes through.
#[derive(Clone, Copy)]
struct At<'p> {
    path: &'p str,
    via: Option<&'p str>,
}

impl<'a> Checker<'a, '_> {
    /// Resolves a JSON value; `path` is the member path it is written at
    /// (empty for the whole body), `via` the conversion it goes through.
    pub(super) fn json(
        &mut self,
        v: &'a Value,
        path: &str,
        via: Option<&str>,
        in_handle: &HashSet<&str>,
    ) -> Option<Json> {
        let at = At { path, via };
        Some(match v {
            Value::Lit(l) => Json::Lit(l.clone()),
            Value::Var(name, loc) => self.json_var(name, loc, at, in_handle)?,
            Value::Array(items) => {
                let mut out = Vec::new();
                for i in items {
                    out.push(self.json(i, path, via, in_handle)?);
                }
                Json::Array(out)
            }
            Value::Call(func, args, loc) => self.json_call(func, args, loc, at, in_handle)?,
            Value::Object(members) => self.json_object(members, at, in_handle)?,
        })
    }

    /// An argument or an owner field, at its place in the body; `document`,
    /// the whole body of a method of a document handle, is that document.
    fn json_var(&mut self, name: &'a str, loc: &ast::Loc, at: At<'_>, in_handle: &HashSet<&str>) -> Option<Json> {
        if name == "document" && self.owner.is_some_and(|h| h.document) && self.ep.param(name).is_none() {
            if !at.path.is_empty() || at.via.is_some() {
                self.err(
                    loc,
                    "`document` is sent as the whole body (`body = document;`) or as its one member \
                     (`body { insight = document }`)",
                );
                return None;
            }
            return Some(Json::Document);
        }
        let via = at.via.map(str::to_owned);
        let place = if at.path.is_empty() {
            Place::Body { via }
        } else {
            Place::Member {
                path: at.path.to_owned(),
                via,
                omitted: false,
            }
        };
        Some(match self.use_var(name, loc, Slot::Json, place)? {
            Val::Arg { name, .. } => Json::Arg {
                cloned: in_handle.contains(name.as_str()),
                name,
            },
            Val::Field(f) => Json::Field(f),
        })
    }

    /// `conversion(arg)`: one argument of the method, through a conversion
    /// the runtime has.
    fn json_call(
        &mut self,
        func: &str,
        args: &'a [Value],
        loc: &ast::Loc,
        at: At<'_>,
        in_handle: &HashSet<&str>,
    ) -> Option<Json> {
        if func == CONCAT {
            let place = Place::Member {
                path: at.path.to_owned(),
                via: Some(CONCAT.to_owned()),
                omitted: false,
            };
            return self.concat(args, loc, place).map(Json::Concat);
        }
        if !CONVERSIONS.contains(&func) {
            self.err(
                loc,
                format!(
                    "unknown conversion `{func}`{}; known: {}",
                    did_you_mean(func, CONVERSIONS),
                    quoted(CONVERSIONS)
                ),
            );
        }
        // A conversion of an object made of the method's arguments
        // (`first_set({ a = x, b = y })`): named after the conversion.
        if let [object @ Value::Object(_)] = args {
            let inner = self.json(object, at.path, Some(func), in_handle)?;
            return Some(Json::Convert {
                func: func.to_owned(),
                arg: Box::new(inner),
                name: func.to_owned(),
            });
        }
        let [Value::Var(arg, aloc)] = args else {
            self.err(loc, format!("`{func}(..)` takes one argument of the method"));
            self.count_as_used(args);
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
        let inner = self.json(&args[0], at.path, Some(func), in_handle)?;
        Some(Json::Convert {
            func: func.to_owned(),
            arg: Box::new(inner),
            name: arg.clone(),
        })
    }

    /// After a mistake in a call (`conversion(..)`, `concat(..)`), the
    /// arguments it names count as used (once, whatever other mistakes
    /// name them), so that the one mistake is reported once.
    pub(super) fn count_as_used(&mut self, args: &'a [Value]) {
        for a in args {
            if let Value::Var(n, _) = a {
                if self.ep.param(n).is_some() {
                    let uses = self.uses.entry(n).or_default();
                    if uses.is_empty() {
                        uses.push(Place::HandleOnly);
                    }
                }
            }
        }
    }

    /// An object: its members in order, each key once. A body whose one
    /// member is `document` (`body { insight = document }`) wraps the
    /// owner's document, sent as it was read except where it was changed.
    fn json_object(&mut self, members: &'a [Member], at: At<'_>, in_handle: &HashSet<&str>) -> Option<Json> {
        if let [Member::Field {
            key,
            value: Value::Var(name, _),
            omit_null: false,
            ..
        }] = members
        {
            let is_document =
                name == "document" && self.owner.is_some_and(|h| h.document) && self.ep.param(name).is_none();
            if is_document && at.path.is_empty() && at.via.is_none() {
                return Some(Json::Object(vec![JsonMember::Set {
                    key: key.clone(),
                    value: Json::Document,
                }]));
            }
        }
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
                    let sub = if at.path.is_empty() {
                        key.clone()
                    } else {
                        format!("{}.{key}", at.path)
                    };
                    let sub = At {
                        path: &sub,
                        via: at.via,
                    };
                    if *omit_null {
                        out.extend(self.json_omitted(key, value, loc, sub, in_handle)?);
                    } else {
                        let value = self.json(value, sub.path, sub.via, in_handle)?;
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
        Some(Json::Object(out))
    }

    /// `key? = arg` (or a conversion of one): the member is left out when
    /// the value is `null`. `Some(None)`: a mistake was reported, the
    /// member is dropped and the rest of the object still checked.
    fn json_omitted(
        &mut self,
        key: &str,
        value: &'a Value,
        loc: &ast::Loc,
        at: At<'_>,
        in_handle: &HashSet<&str>,
    ) -> Option<Option<JsonMember>> {
        let arg = match value {
            Value::Var(arg, _) => arg,
            Value::Call(func, args, cloc) if func == CONCAT => {
                self.err(
                    cloc,
                    format!("`{CONCAT}(..)` is never `null`: write `{key} = {CONCAT}(..)`, without `?`"),
                );
                self.count_as_used(args);
                return Some(None);
            }
            Value::Call(_, args, _) => match args.as_slice() {
                [Value::Var(arg, _)] => arg,
                // A conversion of an object of arguments: each member is
                // `null` when its argument is unset, the conversion says
                // whether the whole is.
                [Value::Object(_)] => {
                    let value = self.json(value, at.path, at.via, in_handle)?;
                    return Some(Some(JsonMember::SetUnlessNull {
                        key: key.to_owned(),
                        value,
                    }));
                }
                _ => {
                    // Reported by `json`.
                    let _ = self.json(value, at.path, at.via, in_handle);
                    return Some(None);
                }
            },
            _ => {
                self.err(
                    loc,
                    format!("`{key}?` needs an argument, or a conversion of one, as its value"),
                );
                return Some(None);
            }
        };
        let value = self.json(value, at.path, at.via, in_handle)?;
        if let Some(Place::Member { omitted, .. }) = self.uses.get_mut(arg.as_str()).and_then(|u| u.last_mut()) {
            *omitted = true;
        }
        Some(Some(JsonMember::SetUnlessNull {
            key: key.to_owned(),
            value,
        }))
    }
}
