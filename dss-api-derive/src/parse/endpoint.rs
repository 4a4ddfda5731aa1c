//! A method: its arguments, its result, and the hand-written form.

use super::*;

pub(super) fn parse_endpoint(
    file: &Rc<str>,
    input: ParseStream,
    owner: &str,
    owner_loc: &Loc,
) -> syn::Result<Endpoint> {
    let mut attrs = input.call(Attribute::parse_outer)?;
    let deprecated = deprecation(&mut attrs)?;
    let doc = docs(&attrs)?;
    if input.peek(kw::by_hand) && (input.peek2(Ident) || input.peek2(Token![static])) {
        if let Some((_, span)) = deprecated {
            return Err(syn::Error::new(
                span,
                "a hand-written method carries its own `#[deprecated]`: write it on the method in the library",
            ));
        }
        return parse_by_hand(file, input, owner, owner_loc, doc);
    }
    let name: Ident = input.parse()?;
    let content;
    parenthesized!(content in input);
    let params = comma_list(&content, |i| parse_param(file, i))?;
    let result = if input.peek(Token![->]) {
        input.parse::<Token![->]>()?;
        parse_result(file, input)?
    } else {
        ResultKind::Unit
    };
    let http = if input.peek(Token![;]) {
        input.parse::<Token![;]>()?;
        None
    } else {
        let content;
        let brace = braced!(content in input);
        Some(parse_http(file, &content, brace.span.join())?)
    };
    Ok(Endpoint {
        owner: owner.to_owned(),
        owner_loc: owner_loc.clone(),
        name: name.to_string(),
        doc,
        params,
        result,
        http,
        by_hand: None,
        deprecated: deprecated.map(|(note, _)| note),
        loc: loc(file, name.span()),
    })
}

/// Takes `#[deprecated = "note"]` out of a method's attributes: the note
/// and where it was written.
fn deprecation(attrs: &mut Vec<Attribute>) -> syn::Result<Option<(String, proc_macro2::Span)>> {
    let Some(i) = attrs.iter().position(|a| a.path().is_ident("deprecated")) else {
        return Ok(None);
    };
    let attr = attrs.remove(i);
    let note = match &attr.meta {
        syn::Meta::NameValue(syn::MetaNameValue {
            value: syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s), ..
            }),
            ..
        }) if !s.value().trim().is_empty() => s.value(),
        _ => {
            return Err(syn::Error::new_spanned(
                &attr,
                "say what replaces it: `#[deprecated = \"use `get_settings`\"]`",
            ))
        }
    };
    Ok(Some((
        note,
        attr.path()
            .get_ident()
            .map_or_else(proc_macro2::Span::call_site, |i| i.span()),
    )))
}

/// `by_hand name(arg: Type, ..) -> Type;` (`by_hand static name(..)` for an
/// associated function, `&mut self` first for a method that needs it).
fn parse_by_hand(
    file: &Rc<str>,
    input: ParseStream,
    owner: &str,
    owner_loc: &Loc,
    doc: String,
) -> syn::Result<Endpoint> {
    // `by_hand name(arg: Type, ..) -> Type;` (`by_hand static name(..)`
    // for an associated function)
    input.parse::<kw::by_hand>()?;
    let associated = input.peek(Token![static]);
    if associated {
        input.parse::<Token![static]>()?;
    }
    let name: Ident = input.parse()?;
    let content;
    parenthesized!(content in input);
    // An optional receiver, `&self` (the default) or `&mut self`.
    let mut mutable = false;
    if content.peek(Token![&]) && !associated {
        content.parse::<Token![&]>()?;
        mutable = content.peek(Token![mut]);
        if mutable {
            content.parse::<Token![mut]>()?;
        }
        content.parse::<Token![self]>()?;
        if !content.is_empty() {
            content.parse::<Token![,]>()?;
        }
    }
    let args = comma_list(&content, |i| {
        let arg: Ident = i.parse()?;
        if !i.peek(Token![:]) {
            return Err(syn::Error::new(
                arg.span(),
                format!("write the Rust type of `{arg}` (`{arg}: &str`): the compiler checks it against the hand-written method"),
            ));
        }
        i.parse::<Token![:]>()?;
        Ok((arg.to_string(), spec_type(&i.parse::<syn::Type>()?)))
    })?;
    let ret = if input.peek(Token![->]) {
        input.parse::<Token![->]>()?;
        spec_type(&input.parse::<syn::Type>()?)
    } else {
        spec_type(&syn::parse_quote!(()))
    };
    input.parse::<Token![;]>()?;
    Ok(Endpoint {
        owner: owner.to_owned(),
        owner_loc: owner_loc.clone(),
        name: name.to_string(),
        doc,
        params: Vec::new(),
        result: ResultKind::Unit,
        http: None,
        by_hand: Some(ByHand {
            receiver: if associated {
                Receiver::None
            } else if mutable {
                Receiver::Mut
            } else {
                Receiver::Ref
            },
            args,
            ret,
        }),
        deprecated: None,
        loc: loc(file, name.span()),
    })
}

pub(super) fn parse_param(file: &Rc<str>, input: ParseStream) -> syn::Result<Param> {
    let attrs = input.call(Attribute::parse_outer)?;
    let doc = docs(&attrs)?;
    let secrecy = parse_secrecy(input)?;
    let name: Ident = input.parse()?;
    input.parse::<Token![:]>()?;
    let (kind, mut presence) = if input.peek(Ident) && input.fork().parse::<Ident>()? == "Option" {
        input.parse::<Ident>()?;
        input.parse::<Token![<]>()?;
        let kind = parse_kind(input)?;
        input.parse::<Token![>]>()?;
        (kind, Presence::Optional)
    } else {
        (parse_kind(input)?, Presence::Required)
    };
    if input.peek(Token![=]) {
        let eq = input.parse::<Token![=]>()?;
        if presence == Presence::Optional {
            return Err(syn::Error::new(
                eq.span,
                "an `Option<..>` argument cannot also have a default",
            ));
        }
        presence = if input.peek(kw::env) {
            input.parse::<kw::env>()?;
            let inner;
            parenthesized!(inner in input);
            let var: LitStr = inner.parse()?;
            Presence::Env(var.value())
        } else {
            Presence::Default(parse_lit(input)?)
        };
    }
    let at = if input.peek(kw::at) {
        input.parse::<kw::at>()?;
        Some(input.parse::<LitStr>()?.value())
    } else {
        None
    };
    Ok(Param {
        name: name.to_string(),
        kind,
        presence,
        secrecy,
        at,
        doc,
        loc: loc(file, name.span()),
    })
}

pub(super) fn parse_kind(input: ParseStream) -> syn::Result<ArgKind> {
    if input.peek(syn::token::Bracket) {
        let inner;
        let b = bracketed!(inner in input);
        let id: Ident = inner.parse()?;
        if id != "str" || !inner.is_empty() {
            return Err(syn::Error::new(b.span.join(), "the only list type is `[str]`"));
        }
        return Ok(ArgKind::Strings);
    }
    let id = input.call(Ident::parse_any)?;
    Ok(match id.to_string().as_str() {
        "str" => ArgKind::Str,
        "bool" => ArgKind::Bool,
        "int" => ArgKind::Int,
        "json" => ArgKind::Json,
        "file" => ArgKind::File,
        "writer" => ArgKind::Writer,
        other => {
            let alias = match other.to_ascii_lowercase().as_str() {
                "string" | "text" => Some("str"),
                "boolean" => Some("bool"),
                "integer" | "i64" | "i32" | "u64" | "long" => Some("int"),
                "value" | "object" | "dict" | "map" => Some("json"),
                "list" | "vec" | "strings" => Some("[str]"),
                "path" | "reader" | "upload" => Some("file"),
                _ => None,
            };
            let hint = match alias {
                Some(a) => format!(" (did you mean `{a}`?)"),
                None => did_you_mean(other, ARG_TYPES),
            };
            return Err(syn::Error::new(
                id.span(),
                format!(
                    "unknown argument type `{other}`{hint}; expected one of {}",
                    quoted(ARG_TYPES)
                ),
            ));
        }
    })
}

pub(super) fn parse_result(file: &Rc<str>, input: ParseStream) -> syn::Result<ResultKind> {
    if let Some(getter) = getter(file, input)? {
        return Ok(getter);
    }
    if input.peek(syn::token::Paren) {
        let inner;
        let p = parenthesized!(inner in input);
        if !inner.is_empty() {
            return Err(syn::Error::new(
                p.span.join(),
                "tuples are not a response kind; did you mean `()`?",
            ));
        }
        return Ok(ResultKind::Unit);
    }
    let fork = input.fork();
    let first: Ident = fork.parse()?;
    let word = first.to_string();
    if let Some(kind) = keyword_result(input, &word, fork.peek(syn::token::Paren))? {
        return Ok(kind);
    }
    if fork.peek(syn::token::Paren) {
        input.parse::<Ident>()?;
        let inner;
        parenthesized!(inner in input);
        let args = comma_list(&inner, |i| parse_handle_arg(file, i))?;
        return Ok(ResultKind::Handle {
            name: word,
            args,
            loc: loc(file, first.span()),
        });
    }
    let lowercase = word.chars().next().is_some_and(|c| c.is_ascii_lowercase());
    let primitive = ["bool", "i64", "u64", "f64", "i32", "u32"].contains(&word.as_str());
    if lowercase && !primitive && !fork.peek(Token![::]) && !fork.peek(Token![<]) {
        let mut known: Vec<&str> = RESULT_KINDS.to_vec();
        known.push("wait");
        return Err(syn::Error::new(
            first.span(),
            format!(
                "unknown response kind `{word}`{}; expected one of {}, a JSON model type, or a handle `Name(..)`",
                did_you_mean(&word, &known),
                quoted(RESULT_KINDS)
            ),
        ));
    }
    typed_result(input)
}

/// `-> kind at "a.b"`: a local getter of a member of the owner's document;
/// `None` (nothing read) for any other result.
fn getter(file: &Rc<str>, input: ParseStream) -> syn::Result<Option<ResultKind>> {
    let fork = input.fork();
    let start = input.span();
    if parse_kind(&fork).is_err() || !fork.peek(kw::at) {
        return Ok(None);
    }
    let kind = parse_kind(input)?;
    input.parse::<kw::at>()?;
    let path = input.parse::<LitStr>()?.value();
    Ok(Some(ResultKind::Getter {
        kind,
        path,
        loc: loc(file, start),
    }))
}

/// A result kind written as a keyword: `text`, `stream`, `future`,
/// `wait<T>`, `save(arg)`, `write(arg)`; `None` for any other word.
fn keyword_result(input: ParseStream, word: &str, parenthesized: bool) -> syn::Result<Option<ResultKind>> {
    let kind = match word {
        "text" => ResultKind::Text,
        "stream" => ResultKind::Stream,
        "future" => ResultKind::Future,
        "wait" => {
            input.parse::<Ident>()?;
            input.parse::<Token![<]>()?;
            let ty: syn::Type = input.parse()?;
            input.parse::<Token![>]>()?;
            return Ok(Some(ResultKind::Wait(spec_type(&ty))));
        }
        "save" | "write" if parenthesized => {
            input.parse::<Ident>()?;
            let inner;
            parenthesized!(inner in input);
            let p: Ident = inner.parse()?;
            return Ok(Some(if word == "save" {
                ResultKind::Save(p.to_string())
            } else {
                ResultKind::Write(p.to_string())
            }));
        }
        _ => return Ok(None),
    };
    input.parse::<Ident>()?;
    Ok(Some(kind))
}

/// A JSON type, maybe `from answer.member` (or `answer[].member`).
fn typed_result(input: ParseStream) -> syn::Result<ResultKind> {
    let ty: syn::Type = input.parse()?;
    let ty = spec_type(&ty);
    if input.peek(Ident) && input.fork().parse::<Ident>()? == "from" {
        input.parse::<Ident>()?;
        input.parse::<kw::answer>()?;
        let each = input.peek(syn::token::Bracket);
        if each {
            let inner;
            let b = bracketed!(inner in input);
            if !inner.is_empty() {
                return Err(syn::Error::new(
                    b.span.join(),
                    "write `answer[].member` to take a member of every item",
                ));
            }
        }
        input.parse::<Token![.]>()?;
        let member = parse_member_path(input)?;
        return Ok(ResultKind::Pick { ty, member, each });
    }
    Ok(ResultKind::Json(ty))
}

/// A member of the answer after `answer.`: `name`, `"name"`, or a path
/// into nested objects `a.b.c` (kept as `a.b.c`), where a number is an
/// index into a list (`results.0`).
pub(super) fn parse_member_path(input: ParseStream) -> syn::Result<String> {
    let mut path = Vec::new();
    loop {
        path.push(if input.peek(LitStr) {
            input.parse::<LitStr>()?.value()
        } else if input.peek(syn::LitInt) {
            // An index into a list (`answer.results.0`).
            input.parse::<syn::LitInt>()?.base10_parse::<usize>()?.to_string()
        } else {
            input.call(Ident::parse_any)?.to_string()
        });
        if input.peek(Token![.]) && !input.peek(Token![..]) {
            input.parse::<Token![.]>()?;
        } else {
            return Ok(path.join("."));
        }
    }
}

pub(super) fn parse_handle_arg(file: &Rc<str>, input: ParseStream) -> syn::Result<HandleArg> {
    let start = input.span();
    let field = if input.peek(Ident) && input.peek2(Token![=]) {
        let f: Ident = input.parse()?;
        input.parse::<Token![=]>()?;
        Some(f.to_string())
    } else {
        None
    };
    let source = if input.peek(LitStr) {
        Source::Const(input.parse::<LitStr>()?.value())
    } else if input.peek(kw::answer) && !input.peek2(Token![.]) {
        input.parse::<kw::answer>()?;
        Source::Answer(String::new(), false)
    } else if input.peek(kw::answer) {
        input.parse::<kw::answer>()?;
        input.parse::<Token![.]>()?;
        let member = parse_member_path(input)?;
        let optional = input.peek(Token![?]);
        if optional {
            input.parse::<Token![?]>()?;
        }
        Source::Answer(member, optional)
    } else if input.peek(kw::env) && input.peek2(syn::token::Paren) {
        input.parse::<kw::env>()?;
        let inner;
        parenthesized!(inner in input);
        Source::Env(inner.parse::<LitStr>()?.value())
    } else {
        let name = input.parse::<Ident>()?.to_string();
        if input.peek(Token![?]) {
            return Err(input.error("`?` is only for `answer.member?`"));
        }
        Source::Var(name)
    };
    Ok(HandleArg {
        field,
        source,
        loc: loc(file, start),
    })
}
