//! Names and small helpers shared by every step of the pipeline (parse,
//! validate, codegen). A leaf: it imports no other module of this crate, so
//! the steps depend on it and never on each other's internals.

use heck::ToUpperCamelCase;
use proc_macro2::{Ident, Span};

/// The owner type of client-level endpoints.
pub const CLIENT: &str = "DssClient";

/// Methods of ours that dataikuapi does not have (the escape hatch): the
/// catalog does not mark them as dataikuapi's.
pub const OWN_METHODS: &[&str] = &["raw"];

/// Conversions a spec value may call (`name(arg)`). Each is a function of the
/// runtime's `convert` module taking the argument's JSON value and its name
/// (for error messages) and returning JSON. The expansion checks at compile
/// time that this list is the runtime's `convert::NAMES`.
pub const CONVERSIONS: &[&str] = &[
    "meaning_entries",
    "meaning_mappings",
    "parse_json",
    "import_settings",
    "nonempty",
    "json_text",
    "python_json",
    "confirmed",
    "bulk_users",
    "first_set",
    "records_with_features",
    "records_with_data",
    "absolute_path",
];

/// The one value function the generator writes itself, not a conversion
/// of the runtime: `concat("lit", arg, ..)` is the text of its string
/// literals and `str`/`int` arguments (or owner fields) one after the
/// other, for a query parameter or a JSON member.
pub const CONCAT: &str = "concat";

/// Names generated code uses unqualified (through named imports, so a model
/// of that name would be unreachable): no model may take them.
pub const RESERVED_TYPES: &[&str] = &[
    "Option", "Result", "String", "Vec", "Value", "Some", "None", "Ok", "Err",
];

/// The methods every request value has (from the runtime's
/// `request_common!`), which an argument's setter must not shadow. The
/// expansion checks at compile time that this list is the runtime's
/// `REQUEST_METHODS`.
pub const RESERVED_SETTERS: &[&str] = &[
    "timeout",
    "response_timeout",
    "idle_timeout",
    "low_speed_limit",
    "retry",
    "no_retry",
    "on_progress",
    "request_options",
    "send",
    "send_as",
    "start",
];

/// Words that make a name a credential's (`api_key`, `password`,
/// `access_token`, `ticket`): such an argument, handle field or model member
/// must be marked `secret`, or `shown` when it is not one. `key` counts only
/// alone or after one of [`CREDENTIAL_KEY_PREFIXES`] (`project_key` is an id).
pub const CREDENTIAL_WORDS: &[&str] = &[
    "password",
    "passwd",
    "secret",
    "token",
    "ticket",
    "credential",
    "credentials",
    "apikey",
];

/// What makes `..._key` a credential rather than an id.
pub const CREDENTIAL_KEY_PREFIXES: &[&str] = &["api", "access", "secret", "private", "auth", "signing"];

/// Whether `name` (snake_case or lowerCamelCase) names a credential.
pub fn looks_like_credential(name: &str) -> bool {
    use heck::ToSnakeCase;
    let snake = bare(name).to_snake_case();
    let words: Vec<&str> = snake.split('_').filter(|w| !w.is_empty()).collect();
    if words.iter().any(|w| CREDENTIAL_WORDS.contains(w)) {
        return true;
    }
    match words.as_slice() {
        ["key"] | ["keys"] => true,
        [.., prefix, "key"] => CREDENTIAL_KEY_PREFIXES.contains(prefix),
        _ => false,
    }
}

/// The argument types a spec can declare.
pub const ARG_TYPES: &[&str] = &["str", "bool", "int", "json", "[str]", "file", "writer"];

/// The HTTP verbs an endpoint can use.
pub const VERBS: &[&str] = &["GET", "POST", "PUT", "DELETE", "PATCH"];

/// The clause keywords an endpoint body accepts (besides HTTP verbs).
pub const CLAUSES: &[&str] = &[
    "query",
    "body",
    "upload",
    "raw",
    "check",
    "start",
    "server_wait",
    "idempotent",
    "helper",
];

/// The runtime items the expansion checks its agreements against, at
/// compile time: each pair must hold the same names.
pub const AGREEMENTS: &[(&str, &str, &[&str])] = &[
    (
        "the setter names a spec argument may not take",
        "REQUEST_METHODS",
        RESERVED_SETTERS,
    ),
    ("the conversions a spec value may call", "convert::NAMES", CONVERSIONS),
];

/// The response kinds written as a keyword (besides JSON types and handles).
pub const RESULT_KINDS: &[&str] = &["()", "text", "stream", "future", "wait<T>", "save(arg)", "write(arg)"];

/// ` (did you mean `x`?)` when a known name is close to `word`, else "".
pub fn did_you_mean(word: &str, known: &[&str]) -> String {
    let best = known
        .iter()
        .map(|k| (edit_distance(&word.to_lowercase(), &k.to_lowercase()), *k))
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
fn edit_distance(a: &str, b: &str) -> usize {
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

/// `` `a`, `b`, `c` ``, for messages.
pub fn quoted(names: &[&str]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

/// Name of the request value type generated for a method: the method's
/// name in UpperCamelCase, prefixed by the owner's name without `Dss` for
/// handle methods (`DssProject::get_metadata` -> `ProjectGetMetadata`).
pub fn request_type_name(owner: &str, method: &str) -> String {
    let method = method.to_upper_camel_case();
    if owner == CLIENT {
        method
    } else {
        let short = owner.strip_prefix("Dss").unwrap_or(owner);
        format!("{short}{method}")
    }
}

/// Name of the `static` describing a method (its identity): the request
/// type's name in SCREAMING_SNAKE_CASE (`DssDataset::iter_rows` ->
/// `DATASET_ITER_ROWS`).
pub fn endpoint_static_name(owner: &str, method: &str) -> String {
    use heck::ToShoutySnakeCase;
    request_type_name(owner, method).to_shouty_snake_case()
}

/// Rust keywords, which need the raw form (`r#type`) as identifiers.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "yield", "abstract",
    "become", "do", "final", "macro", "override", "priv", "try", "typeof", "unsized", "virtual",
];

/// A spec name without its raw prefix (`r#type` -> `type`), as shown in
/// docs and used to derive wire names.
pub fn bare(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
}

/// An identifier for a spec name (the parser only accepts identifiers);
/// keywords get the raw form.
pub fn ident(name: &str) -> Ident {
    let name = bare(name);
    if KEYWORDS.contains(&name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
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

    #[test]
    fn credential_names() {
        for yes in [
            "key",
            "api_key",
            "apiKey",
            "password",
            "access_token",
            "ticket",
            "secret",
            "client_secret",
            "private_key",
            "keys",
        ] {
            assert!(looks_like_credential(yes), "{yes}");
        }
        for no in [
            "project_key",
            "dataset_key",
            "name",
            "key_id_list_x",
            "sort_key",
            "login",
            "description",
        ] {
            assert!(!looks_like_credential(no), "{no}");
        }
    }

    #[test]
    fn request_names() {
        assert_eq!(request_type_name("DssClient", "list_projects"), "ListProjects");
        assert_eq!(request_type_name("DssProject", "get_metadata"), "ProjectGetMetadata");
        assert_eq!(
            request_type_name("TemporaryImportHandle", "execute"),
            "TemporaryImportHandleExecute"
        );
    }
}
