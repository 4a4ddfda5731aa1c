//! Semantic checks on the IR. Every problem is collected (not just the
//! first), each with the spec location it comes from.

use std::collections::{HashMap, HashSet};

use crate::model::*;

/// The owner type of client-level endpoints.
pub const CLIENT: &str = "DssClient";

/// Conversion functions a spec value may call (`name(arg)`); they live in the
/// library's `convert` module and take the argument's value.
pub const CONVERSIONS: &[&str] = &["meaning_entries", "meaning_mappings", "parse_json", "import_settings"];

/// ` (did you mean `x`?)` when a known name is close to `word`, else "".
pub fn did_you_mean(word: &str, known: &[&str]) -> String {
    let best = known
        .iter()
        .map(|k| (levenshtein(&word.to_lowercase(), &k.to_lowercase()), *k))
        .min_by_key(|(d, _)| *d);
    match best {
        Some((d, k)) if d > 0 && d <= (word.chars().count() / 3).max(1) => {
            format!(" (did you mean `{k}`?)")
        }
        _ => String::new(),
    }
}

/// Edit distance counting an adjacent swap as one edit (optimal string
/// alignment), so `GTE` is one step from `GET`.
fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// Checks the whole spec; returns every problem found.
#[cfg(test)]
pub fn validate(spec: &Spec) -> Vec<SpecError> {
    validate_with_skips(spec).1
}

/// Checks the whole spec. Returns, for each endpoint, whether it must be
/// skipped by the generator (it has an error), and every problem found.
pub fn validate_with_skips(spec: &Spec) -> (Vec<bool>, Vec<SpecError>) {
    let mut errors = Vec::new();
    let mut skip = vec![false; spec.endpoints.len()];
    let mut handles: HashMap<&str, &Handle> = HashMap::new();
    for h in &spec.handles {
        if h.name == CLIENT {
            errors.push(SpecError::new(&h.loc, format!("`{CLIENT}` is not a handle")));
        } else if handles.insert(&h.name, h).is_some() {
            errors.push(SpecError::new(&h.loc, format!("handle `{}` is declared twice", h.name)));
        }
        let mut seen = HashSet::new();
        for f in &h.fields {
            if !seen.insert(&f.name) {
                errors.push(SpecError::new(
                    &f.loc,
                    format!("field `{}` of `{}` is declared twice", f.name, h.name),
                ));
            }
            if f.name == "client" {
                errors.push(SpecError::new(&f.loc, "`client` is reserved for the handle's client"));
            }
        }
    }
    let mut owners: Vec<&str> = handles.keys().copied().collect();
    owners.push(CLIENT);
    owners.sort_unstable();

    let mut methods: HashMap<(&str, &str), &Endpoint> = HashMap::new();
    let mut unknown_owners: HashSet<&str> = HashSet::new();
    let mut types: HashMap<String, &Endpoint> = HashMap::new();
    for (i, ep) in spec.endpoints.iter().enumerate() {
        let before = errors.len();
        let owner = if ep.owner == CLIENT {
            None
        } else if let Some(h) = handles.get(ep.owner.as_str()) {
            Some(*h)
        } else {
            if unknown_owners.insert(&ep.owner) {
                errors.push(SpecError::new(
                    &ep.owner_loc,
                    format!(
                        "`{}` is neither `{CLIENT}` nor a declared handle{}",
                        ep.owner,
                        did_you_mean(&ep.owner, &owners)
                    ),
                ));
            }
            skip[i] = true;
            continue;
        };
        if let Some(first) = methods.insert((&ep.owner, &ep.name), ep) {
            errors.push(SpecError::new(
                &ep.loc,
                format!(
                    "duplicate method `{}::{}` (first declared at {})",
                    ep.owner, ep.name, first.loc
                ),
            ));
            skip[i] = true;
            continue;
        }
        if ep.http.is_some() {
            let ty = crate::codegen::request_type_name(ep);
            if let Some(first) = types.insert(ty.clone(), ep) {
                errors.push(SpecError::new(
                    &ep.loc,
                    format!(
                        "request type `{ty}` would also be generated for `{}` at {}",
                        first.name, first.loc
                    ),
                ));
            }
        }
        Checker {
            ep,
            owner,
            handles: &handles,
            uses: HashMap::new(),
            in_handle: HashSet::new(),
            errors: &mut errors,
        }
        .run();
        skip[i] = errors.len() > before;
    }
    (skip, errors)
}

struct Checker<'a, 'e> {
    ep: &'a Endpoint,
    owner: Option<&'a Handle>,
    handles: &'a HashMap<&'a str, &'a Handle>,
    uses: HashMap<&'a str, usize>,
    /// Arguments that (also) fill a field of the returned handle.
    in_handle: HashSet<&'a str>,
    errors: &'e mut Vec<SpecError>,
}

/// Where a value is used; decides which argument kinds fit.
#[derive(Clone, Copy, PartialEq)]
enum Slot {
    Path,
    Scalar,
    Json,
}

impl<'a> Checker<'a, '_> {
    fn err(&mut self, loc: &Loc, msg: impl Into<String>) {
        self.errors.push(SpecError::new(loc, msg));
    }

    fn names(&self) -> Vec<&'a str> {
        let mut v: Vec<&str> = self.ep.params.iter().map(|p| p.name.as_str()).collect();
        if let Some(h) = self.owner {
            v.extend(h.fields.iter().filter(|f| f.is_id()).map(|f| f.name.as_str()));
        }
        v
    }

    fn run(mut self) {
        let ep = self.ep;
        let mut seen = HashSet::new();
        for p in &ep.params {
            if !seen.insert(&p.name) {
                self.err(&p.loc, format!("argument `{}` is declared twice", p.name));
            }
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
        if let Some(http) = &ep.http {
            for seg in &http.segments {
                if let Segment::Var(name) | Segment::Rest(name) = seg {
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
                    } else {
                        self.use_var(name, &http.loc, Slot::Path);
                    }
                }
            }
            for q in http.query.iter().chain(&http.headers) {
                self.check_value(&q.value, Slot::Scalar, &q.loc);
            }
            match &http.body {
                Some(Body::Json(v)) => self.check_value(v, Slot::Json, &http.loc),
                Some(Body::Upload { param, loc, .. }) => self.use_kind(param, loc, &[ArgKind::File], "an upload"),
                Some(Body::Raw { param, loc }) => self.use_kind(param, loc, &[ArgKind::File], "a raw body"),
                None => {}
            }
        }
        self.check_ret();
        for p in &ep.params {
            match self.uses.get(p.name.as_str()).copied().unwrap_or(0) {
                0 if self.in_handle.contains(p.name.as_str()) => {}
                0 => self.err(
                    &p.loc,
                    format!(
                        "argument `{}` of `{}` is never used (not in the path, query, body, headers or result)",
                        p.name, ep.name
                    ),
                ),
                1 => {}
                n => self.err(
                    &p.loc,
                    format!(
                        "argument `{}` of `{}` is used {n} times; each argument goes to exactly one place",
                        p.name, ep.name
                    ),
                ),
            }
        }
    }

    fn check_default(&mut self, p: &Param) {
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

    /// Records a use of an argument (fields of the owner may be used freely).
    fn use_var(&mut self, name: &'a str, loc: &Loc, slot: Slot) {
        if let Some(p) = self.ep.param(name) {
            *self.uses.entry(name).or_default() += 1;
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
                Slot::Scalar => matches!(p.kind, ArgKind::Str | ArgKind::Int | ArgKind::Bool),
                Slot::Json => !matches!(p.kind, ArgKind::File | ArgKind::Writer),
            };
            if !fits {
                let place = match slot {
                    Slot::Path => "a path segment",
                    Slot::Scalar => "a query parameter or header",
                    Slot::Json => "a JSON body",
                };
                self.err(
                    loc,
                    format!("argument `{name}` of type `{}` cannot go in {place}", p.kind.name()),
                );
            }
        } else if !self.names().contains(&name) {
            let suggestion = did_you_mean(name, &self.names());
            self.err(
                loc,
                format!("`{name}` is not an argument of `{}`{suggestion}", self.ep.name),
            );
        }
    }

    fn use_kind(&mut self, name: &'a str, loc: &Loc, kinds: &[ArgKind], what: &str) {
        match self.ep.param(name) {
            Some(p) if kinds.contains(&p.kind) => *self.uses.entry(name).or_default() += 1,
            Some(p) => {
                *self.uses.entry(name).or_default() += 1;
                self.err(
                    loc,
                    format!(
                        "{what} needs an argument of type `{}`, but `{name}` is `{}`",
                        kinds[0].name(),
                        p.kind.name()
                    ),
                );
            }
            None => self.err(loc, format!("`{name}` is not an argument of `{}`", self.ep.name)),
        }
    }

    /// `at` locates the clause or member holding the value.
    fn check_value(&mut self, v: &'a Value, slot: Slot, at: &Loc) {
        match v {
            Value::Lit(lit) => {
                if slot == Slot::Scalar && !matches!(lit, Lit::Str(_) | Lit::Bool(_) | Lit::Int(_)) {
                    self.err(
                        at,
                        format!("{} cannot go in a query parameter or header", lit.describe()),
                    );
                }
            }
            Value::Var(name, loc) => self.use_var(name, loc, slot),
            Value::Array(items) => items.iter().for_each(|i| self.check_value(i, Slot::Json, at)),
            Value::Object(members) => {
                let mut keys = HashSet::new();
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
                            if *omit_null && !matches!(value, Value::Var(..)) {
                                self.err(loc, format!("`{key}?` needs an argument as its value"));
                            }
                            self.check_value(value, Slot::Json, loc);
                        }
                        Member::Spread(name, loc) => self.use_kind(name, loc, &[ArgKind::Json], "a `..` spread"),
                    }
                }
            }
            Value::Call(name, args, loc) => {
                if !CONVERSIONS.contains(&name.as_str()) {
                    self.err(
                        loc,
                        format!(
                            "unknown conversion `{name}`{}; known: {}",
                            did_you_mean(name, CONVERSIONS),
                            crate::parse::quoted(CONVERSIONS)
                        ),
                    );
                }
                if slot != Slot::Json {
                    self.err(loc, "conversions produce JSON and only go in a body");
                }
                args.iter().for_each(|a| self.check_value(a, Slot::Json, loc));
            }
        }
    }

    fn check_ret(&mut self) {
        let ep = self.ep;
        match &ep.ret {
            Ret::Save(p) => self.use_kind(p, &ep.loc, &[ArgKind::Str], "`save(..)`"),
            Ret::Write(p) => self.use_kind(p, &ep.loc, &[ArgKind::Writer], "`write(..)`"),
            _ => {}
        }
        if let Some(http) = &ep.http {
            let reads_json = !matches!(ep.ret, Ret::Text | Ret::Stream | Ret::Save(_) | Ret::Write(_));
            if let Some(overrides) = &http.start {
                if !matches!(ep.ret, Ret::Unit | Ret::Json(_) | Ret::Handle { .. } | Ret::Pick { .. }) {
                    self.err(&http.loc, "`start { .. }` goes with a JSON, handle or `()` result (a `wait<T>` result has its own `.start()`)");
                }
                for o in overrides {
                    let base = http.query.iter().find(|q| q.key == o.key);
                    if !matches!(o.value, Value::Lit(_)) || !matches!(base.map(|b| &b.value), Some(Value::Lit(_))) {
                        self.err(
                            &o.loc,
                            format!(
                                "`start` may only replace a constant of the query, and `{}` is not one",
                                o.key
                            ),
                        );
                    }
                }
            }
            if http.check_messages && !reads_json {
                self.err(
                    &http.loc,
                    "`check messages` needs a JSON answer, not a text or byte stream",
                );
            }
        }
        let needs_http = !matches!(ep.ret, Ret::Handle { .. });
        if ep.http.is_none() {
            for p in ep.params.iter().filter(|p| !p.is_required()) {
                self.err(
                    &p.loc,
                    format!("`{}` sends no request, so its arguments must be required", ep.name),
                );
            }
        }
        if needs_http && ep.http.is_none() {
            self.err(
                &ep.loc,
                format!(
                    "`{}` sends no request (it ends with `;`) so it can only return a handle",
                    ep.name
                ),
            );
        }
        let Ret::Handle {
            name,
            args,
            loc: handle_loc,
        } = &ep.ret
        else {
            return;
        };
        let Some(handle) = self.handles.get(name.as_str()).copied() else {
            let known: Vec<&str> = self.handles.keys().copied().collect();
            self.err(
                handle_loc,
                format!("`{name}` is not a declared handle{}", did_you_mean(name, &known)),
            );
            // Its arguments count as used, so that this one mistake reports once.
            for a in args {
                if let Source::Var(v) = &a.source {
                    if ep.param(v).is_some() {
                        self.in_handle.insert(v);
                    }
                }
            }
            return;
        };
        let ids: Vec<&HandleField> = handle.fields.iter().filter(|f| f.is_id()).collect();
        let mut filled = HashSet::new();
        let mut positional = 0;
        for arg in args {
            let field = match &arg.field {
                Some(f) => match handle.fields.iter().find(|hf| &hf.name == f) {
                    Some(hf) => hf,
                    None => {
                        self.err(&arg.loc, format!("`{name}` has no field `{f}`"));
                        continue;
                    }
                },
                None => {
                    let Some(f) = ids.get(positional) else {
                        self.err(
                            &arg.loc,
                            format!(
                                "too many arguments for handle `{name}` ({} identifier field(s))",
                                ids.len()
                            ),
                        );
                        continue;
                    };
                    positional += 1;
                    f
                }
            };
            if !filled.insert(field.name.as_str()) {
                self.err(&arg.loc, format!("field `{}` of `{name}` is given twice", field.name));
            }
            match &arg.source {
                Source::Var(v) => {
                    if let Some(p) = ep.param(v) {
                        if field.is_id() && !matches!(p.kind, ArgKind::Str) {
                            self.err(
                                &arg.loc,
                                format!(
                                    "handle field `{}` is a string, but `{v}` is `{}`",
                                    field.name,
                                    p.kind.name()
                                ),
                            );
                        }
                    }
                    if ep.param(v).is_some() {
                        self.in_handle.insert(v);
                    } else if !self.names().contains(&v.as_str()) {
                        let suggestion = did_you_mean(v, &self.names());
                        self.err(
                            &arg.loc,
                            format!("`{v}` is not an argument of `{}`{suggestion}", ep.name),
                        );
                    }
                }
                Source::Answer(..) if ep.http.is_none() => {
                    self.err(&arg.loc, "`answer.` needs a request: this method sends none");
                }
                Source::Const(_) | Source::Env(_) | Source::Answer(_, true) if !field.is_id() => {
                    self.err(
                        &arg.loc,
                        format!("typed field `{}` takes an argument or `answer.member`", field.name),
                    );
                }
                _ => {}
            }
        }
        for f in ids {
            if !filled.contains(f.name.as_str()) {
                self.err(
                    &ep.loc,
                    format!("handle `{name}` needs a value for its field `{}`", f.name),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(did_you_mean("GTE", &["GET", "PUT"]), " (did you mean `GET`?)");
        assert_eq!(did_you_mean("qurey", &["query", "body"]), " (did you mean `query`?)");
        assert_eq!(did_you_mean("zzzzzz", &["query", "body"]), "");
    }
}
