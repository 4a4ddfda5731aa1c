//! A method's request: verb and path, query, body and the other clauses.

use super::*;

/// The clauses of a request block, as they are read.
#[derive(Default)]
struct Clauses {
    verb: Option<(Verb, String, Loc)>,
    query: Vec<QueryItem>,
    body: Option<Body>,
    check_messages: bool,
    server_wait: bool,
    idempotent: Option<(String, Loc)>,
    helper: bool,
    start: Option<Vec<QueryItem>>,
}

/// A request block: `VERB "/path";` and the clauses, in any order.
pub(super) fn parse_http(file: &Rc<str>, input: ParseStream, block: Span) -> syn::Result<Http> {
    let mut c = Clauses::default();
    while !input.is_empty() {
        let id = input.call(Ident::parse_any)?;
        let word = id.to_string();
        if input.peek(LitStr) && word.chars().all(|c| c.is_ascii_uppercase()) {
            verb_and_path(file, input, &id, &mut c)?;
        } else {
            clause(file, input, &id, &mut c)?;
        }
        if input.peek(Token![;]) {
            input.parse::<Token![;]>()?;
        }
    }
    let Some((verb, path, loc)) = c.verb else {
        return Err(syn::Error::new(
            block,
            "missing HTTP verb and path (e.g. `GET \"/projects/\";`)",
        ));
    };
    let segments = split_path(&path).map_err(|m| syn::Error::new(block, m))?;
    Ok(Http {
        verb,
        path,
        segments,
        query: c.query,
        body: c.body,
        check_messages: c.check_messages,
        start: c.start,
        server_wait: c.server_wait,
        idempotent: c.idempotent,
        helper: c.helper,
        loc,
    })
}

/// `GET "/path"`, once.
fn verb_and_path(file: &Rc<str>, input: ParseStream, id: &Ident, c: &mut Clauses) -> syn::Result<()> {
    let word = id.to_string();
    let path: LitStr = input.parse()?;
    let Some(v) = Verb::parse(&word) else {
        return Err(syn::Error::new(
            id.span(),
            format!(
                "unknown HTTP verb `{word}`{}; expected one of {}",
                did_you_mean(&word, VERBS),
                quoted(VERBS)
            ),
        ));
    };
    if c.verb.is_some() {
        return Err(syn::Error::new(
            id.span(),
            "an endpoint has exactly one HTTP verb and path",
        ));
    }
    c.verb = Some((v, path.value(), loc(file, path.span())));
    Ok(())
}

/// One clause other than the verb and path.
fn clause(file: &Rc<str>, input: ParseStream, id: &Ident, c: &mut Clauses) -> syn::Result<()> {
    let word = id.to_string();
    let body = match word.as_str() {
        "query" => {
            c.query.extend(parse_items(file, input)?);
            None
        }
        "body" => Some(Body::Json(json_body(file, input)?)),
        "start" => {
            c.start = Some(parse_items(file, input)?);
            None
        }
        "server_wait" => {
            c.server_wait = true;
            None
        }
        "idempotent" => {
            if !input.peek(LitStr) {
                return Err(syn::Error::new(
                    id.span(),
                    "say why sending it twice does no more than once: `idempotent \"the same file is written again\";`",
                ));
            }
            let reason: LitStr = input.parse()?;
            c.idempotent = Some((reason.value(), loc(file, id.span())));
            None
        }
        "helper" => {
            c.helper = true;
            None
        }
        "check" => {
            let what: Ident = input.parse()?;
            if what != "messages" {
                return Err(syn::Error::new(what.span(), "the only check is `check messages`"));
            }
            c.check_messages = true;
            None
        }
        "raw" => {
            input.parse::<Token![=]>()?;
            let p: Ident = input.parse()?;
            Some(Body::Raw {
                param: p.to_string(),
                loc: loc(file, p.span()),
            })
        }
        "upload" => Some(upload(file, input)?),
        _ => {
            let mut known: Vec<&str> = CLAUSES.to_vec();
            known.extend(VERBS);
            return Err(syn::Error::new(
                id.span(),
                format!(
                    "unknown clause `{word}`{}; expected an HTTP verb with a path, or one of {}",
                    did_you_mean(&word, &known),
                    quoted(CLAUSES)
                ),
            ));
        }
    };
    if let Some(b) = body {
        if c.body.is_some() {
            return Err(syn::Error::new(
                id.span(),
                "an endpoint has at most one body (`body`, `upload` or `raw`)",
            ));
        }
        c.body = Some(b);
    }
    Ok(())
}

/// `body = value` or `body { members }`.
fn json_body(file: &Rc<str>, input: ParseStream) -> syn::Result<Value> {
    if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        return parse_value(file, input);
    }
    let inner;
    braced!(inner in input);
    Ok(Value::Object(parse_members(file, &inner)?))
}

/// `upload = arg`, `upload = arg as "name"` or `upload = arg as name_arg`.
fn upload(file: &Rc<str>, input: ParseStream) -> syn::Result<Body> {
    input.parse::<Token![=]>()?;
    let p: Ident = input.parse()?;
    let filename = if !input.peek(Token![as]) {
        FileName::Own
    } else {
        input.parse::<Token![as]>()?;
        if input.peek(LitStr) {
            FileName::Const(input.parse::<LitStr>()?.value())
        } else {
            let arg: Ident = input.parse()?;
            FileName::Arg(arg.to_string(), loc(file, arg.span()))
        }
    };
    Ok(Body::Upload {
        param: p.to_string(),
        filename,
        loc: loc(file, p.span()),
    })
}

/// Splits `/a/{b}/c` into literal and placeholder pieces.
pub fn split_path(path: &str) -> Result<Vec<Segment>, String> {
    if !path.starts_with('/') {
        return Err(format!("path `{path}` must start with `/`"));
    }
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            out.push(Segment::Lit(rest[..open].to_owned()));
        }
        let Some(close) = rest[open..].find('}') else {
            return Err(format!("unclosed `{{` in path `{path}`"));
        };
        let inner = &rest[open + 1..open + close];
        let (name, several) = match inner.strip_suffix('*') {
            Some(n) => (n, true),
            None => (inner, false),
        };
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("bad placeholder `{{{inner}}}` in path `{path}`"));
        }
        out.push(if several {
            Segment::Rest(name.to_owned())
        } else {
            Segment::Var(name.to_owned())
        });
        rest = &rest[open + close + 1..];
    }
    if rest.contains('}') {
        return Err(format!("unmatched `}}` in path `{path}`"));
    }
    if !rest.is_empty() {
        out.push(Segment::Lit(rest.to_owned()));
    }
    Ok(out)
}

/// `{ key = value, ident, .. }` for query and header clauses.
pub(super) fn parse_items(file: &Rc<str>, input: ParseStream) -> syn::Result<Vec<QueryItem>> {
    let inner;
    braced!(inner in input);
    let mut out = Vec::new();
    for m in parse_members(file, &inner)? {
        match m {
            Member::Field {
                key,
                value,
                omit_null: false,
                loc,
            } => out.push(QueryItem { key, value, loc }),
            Member::Field { .. } => {
                return Err(inner.error("`?` is for body members: unset optional query parameters are always omitted"))
            }
            Member::Spread(..) => return Err(inner.error("`..` spreads only work in a JSON body")),
        }
    }
    Ok(out)
}

pub(super) fn parse_key(input: ParseStream) -> syn::Result<(String, Span, bool)> {
    if input.peek(LitStr) {
        let s: LitStr = input.parse()?;
        Ok((s.value(), s.span(), true))
    } else {
        let id = input.call(Ident::parse_any)?;
        Ok((id.to_string(), id.span(), false))
    }
}

pub(super) fn parse_members(file: &Rc<str>, input: ParseStream) -> syn::Result<Vec<Member>> {
    let mut out = Vec::new();
    while !input.is_empty() {
        if input.peek(Token![..]) {
            input.parse::<Token![..]>()?;
            let p: Ident = input.parse()?;
            out.push(Member::Spread(p.to_string(), loc(file, p.span())));
        } else {
            let (key, span, quoted) = parse_key(input)?;
            let omit_null = input.peek(Token![?]);
            if omit_null {
                input.parse::<Token![?]>()?;
            }
            if input.peek(Token![=]) {
                input.parse::<Token![=]>()?;
                let value = parse_value(file, input)?;
                out.push(Member::Field {
                    key,
                    value,
                    omit_null,
                    loc: loc(file, span),
                });
            } else {
                if quoted {
                    return Err(syn::Error::new(span, "a quoted key needs a value: `\"key\" = value`"));
                }
                // Shorthand: the argument of that name, under its lowerCamelCase wire name.
                let value = Value::Var(key.clone(), loc(file, span));
                out.push(Member::Field {
                    key: key.to_lower_camel_case(),
                    value,
                    omit_null,
                    loc: loc(file, span),
                });
            }
        }
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    Ok(out)
}

pub(super) fn parse_value(file: &Rc<str>, input: ParseStream) -> syn::Result<Value> {
    if input.peek(syn::token::Bracket) {
        let inner;
        bracketed!(inner in input);
        let items = comma_list(&inner, |i| parse_value(file, i))?;
        return Ok(if items.is_empty() {
            Value::Lit(Lit::EmptyList)
        } else {
            Value::Array(items)
        });
    }
    if input.peek(syn::token::Brace) {
        let inner;
        braced!(inner in input);
        let members = parse_members(file, &inner)?;
        return Ok(if members.is_empty() {
            Value::Lit(Lit::EmptyObject)
        } else {
            Value::Object(members)
        });
    }
    if input.peek(Ident) && !input.peek(syn::LitBool) {
        let id: Ident = input.parse()?;
        if id == "null" {
            return Ok(Value::Lit(Lit::Null));
        }
        let at = loc(file, id.span());
        if input.peek(syn::token::Paren) {
            let inner;
            parenthesized!(inner in input);
            let args = comma_list(&inner, |i| parse_value(file, i))?;
            return Ok(Value::Call(id.to_string(), args, at));
        }
        return Ok(Value::Var(id.to_string(), at));
    }
    Ok(Value::Lit(parse_lit(input)?))
}
