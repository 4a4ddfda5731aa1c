//! The public surface, checked against the endpoint catalog:
//!
//! - every method of dataikuapi's `DSSClient` listed in
//!   `fixtures/reference-methods.txt` is generated;
//! - the README's method table is exactly the one rendered from the catalog
//!   (`UPDATE_README=1 cargo test -p dss-api-tests --test surface`
//!   rewrites it; review the diff).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use dss_api::catalog::{self, Endpoint, ResultKind};

fn reference_methods() -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/reference-methods.txt");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (owner, name) = l.split_once(' ').unwrap();
            let owner = if owner == "DSSClient" { "DssClient" } else { owner };
            (owner.to_owned(), name.trim().to_owned())
        })
        .collect()
}

fn generated(owner: &str, name: &str) -> bool {
    catalog::ENDPOINTS.iter().any(|e| e.owner == owner && e.method == name)
}

#[test]
fn every_reference_method_is_generated() {
    let methods = reference_methods();
    assert!(methods.len() >= 85, "the reference lists {} methods", methods.len());
    let missing: Vec<String> = methods
        .iter()
        .filter(|(o, n)| !generated(o, n))
        .map(|(o, n)| format!("{o}::{n}"))
        .collect();
    assert!(missing.is_empty(), "missing from the generated API: {missing:?}");
    dss_api_tests::report(&format!(
        "surface: all {} reference methods are generated; the catalog lists {} methods, {} handles, {} models",
        methods.len(),
        catalog::ENDPOINTS.len(),
        catalog::HANDLES.len(),
        catalog::MODELS.len(),
    ));
}

/// The variable a README example calls an owner's methods on.
fn receiver(owner: &str) -> String {
    if owner == "DssClient" {
        return "client".into();
    }
    let short = owner.strip_prefix("Dss").unwrap_or(owner);
    let mut out = String::new();
    for (i, c) in short.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// A type as written in the spec, with the spaces of its tokens removed
/// (`Vec < String >` -> `Vec<String>`).
fn type_text(t: &str) -> String {
    // The catalog writes types token by token (`& mut T`): spaces go,
    // but the one after `&mut`.
    t.replace(' ', "").replace(',', ", ").replace("&mut", "&mut ")
}

fn result_text(e: &Endpoint) -> String {
    match e.result {
        ResultKind::Nothing => "()".into(),
        ResultKind::Text => "String".into(),
        ResultKind::Stream => "ByteStream".into(),
        ResultKind::SavedToFile | ResultKind::CopiedToWriter => "u64 (bytes written)".into(),
        ResultKind::Json(t) | ResultKind::Member { ty: t, .. } => type_text(t),
        ResultKind::Handle(h) => h.into(),
        ResultKind::Task => "DssFuture".into(),
        ResultKind::Wait(t) => format!("{} (waits; .start() gives DssFuture)", type_text(t)),
        ResultKind::HandWritten(t) | ResultKind::Local(t) => type_text(t),
        _ => "?".into(),
    }
}

fn call_text(e: &Endpoint) -> String {
    let required: Vec<&str> = e.required_args().map(|a| a.name).collect();
    let on = if e.associated {
        format!("{}::", e.owner)
    } else {
        format!("{}.", receiver(e.owner))
    };
    let mut call = format!("{on}{}({})", e.method, required.join(", "));
    if e.request.is_some() && !e.hand_written {
        let optional: Vec<&str> = e.optional_args().map(|a| a.name).collect();
        for name in optional.iter().take(3) {
            write!(call, ".{name}(..)").unwrap();
        }
        if optional.len() > 3 {
            call.push_str("..");
        }
        call.push_str(".send()");
    }
    call
}

/// The README's method table, rendered from the catalog: one table per
/// owner type, in the order owners first appear in the spec.
fn render_table() -> String {
    let mut owners: Vec<&str> = Vec::new();
    let mut by_owner: BTreeMap<&str, Vec<&Endpoint>> = BTreeMap::new();
    for e in catalog::ENDPOINTS {
        if !by_owner.contains_key(e.owner) {
            owners.push(e.owner);
        }
        by_owner.entry(e.owner).or_default().push(e);
    }
    // The client first, then handles in the order they appear.
    owners.sort_by_key(|o| *o != "DssClient");
    let mut out = String::new();
    for owner in owners {
        writeln!(out, "### `{owner}`\n").unwrap();
        writeln!(out, "| dataikuapi | dss-api | HTTP | result |").unwrap();
        writeln!(out, "| --- | --- | --- | --- |").unwrap();
        for e in &by_owner[owner] {
            let http = match &e.request {
                Some(r) => format!("`{} {}`", r.verb, r.path),
                None if e.hand_written => "written by hand".into(),
                None => "no request".into(),
            };
            let name = if e.dataikuapi {
                format!("`{}`", e.method.trim_start_matches("r#"))
            } else {
                "(none)".into()
            };
            writeln!(
                out,
                "| {} | `{}` | {} | `{}` |",
                name,
                call_text(e),
                http,
                result_text(e).replace('|', "\\|")
            )
            .unwrap();
        }
        out.push('\n');
    }
    out
}

const START: &str = "<!-- method table: rendered from dss_api::catalog by tests/surface/surface.rs -->\n";
const END: &str = "<!-- end of method table -->\n";

#[test]
fn readme_table_is_rendered_from_the_catalog() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let (Some(a), Some(b)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md lacks the method table markers ({START:?} ... {END:?})");
    };
    let current = &readme[a + START.len()..b];
    let table = render_table();
    if current != table {
        if std::env::var_os("UPDATE_README").is_some() {
            let updated = format!("{}{START}{table}{}", &readme[..a], &readme[b..]);
            std::fs::write(&path, updated).unwrap();
        } else {
            panic!(
                "README.md's method table differs from the catalog: run \
                 `UPDATE_README=1 cargo test -p dss-api-tests --test surface` and review the diff"
            );
        }
    }
    let missing: Vec<String> = reference_methods()
        .into_iter()
        .filter(|(o, n)| !table.contains(&format!("| `{n}` | `{}.{n}(", receiver(o))))
        .map(|(_, n)| n)
        .collect();
    assert!(missing.is_empty(), "the method table lacks: {missing:?}");
    dss_api_tests::report(&format!(
        "surface: the README's method table lists {} methods",
        table
            .lines()
            .filter(|l| l.starts_with("| `") || l.starts_with("| (none)"))
            .count()
    ));
}

/// Each method of the catalog is one identity (server, owner, method),
/// which errors, logs and the mock use to name it; and each request value
/// carries its own.
#[test]
fn every_endpoint_identity_is_unique() {
    let mut seen = std::collections::BTreeMap::new();
    for e in catalog::ENDPOINTS {
        if let Some(first) = seen.insert((format!("{:?}", e.server), e.owner, e.method), e) {
            panic!("{e} is described twice: {first:?} and {e:?}");
        }
    }
    let deletes = catalog::ENDPOINTS.iter().filter(|e| e.method == "delete").count();
    assert!(deletes > 10, "{deletes}");
    assert_eq!(
        dss_api::requests::DatasetDelete::ENDPOINT.to_string(),
        "DssDataset::delete"
    );
    assert_ne!(
        dss_api::requests::DatasetDelete::ENDPOINT,
        dss_api::requests::ProjectDelete::ENDPOINT
    );
    println!(
        "surface: {} endpoint identities, all distinct ({deletes} methods named `delete`)",
        seen.len()
    );
}

/// Every method has a doc of its own: none is empty, and no two methods of
/// one type share the same first sentence (a doc copied from a sibling
/// describes the wrong method).
#[test]
fn every_method_has_a_doc_of_its_own() {
    use std::collections::BTreeMap;
    let mut empty = Vec::new();
    let mut seen: BTreeMap<(&str, &str), &str> = BTreeMap::new();
    let mut shared = Vec::new();
    for e in dss_api::catalog::ENDPOINTS {
        if e.doc.trim().is_empty() {
            empty.push(e.to_string());
            continue;
        }
        if let Some(first) = seen.insert((e.owner, e.doc), e.method) {
            shared.push(format!("{e} and {}::{first}: {:?}", e.owner, e.doc));
        }
    }
    assert!(empty.is_empty(), "methods without a doc: {empty:?}");
    assert!(shared.is_empty(), "methods sharing a doc:\n{}", shared.join("\n"));
}

/// Hand-written methods that answer a `Result` directly (not a request
/// value) and send nothing, with why they may: the README promises that
/// everything that sends is sent by `.send()`.
const LOCAL_RESULTS: &[(&str, &str)] = &[
    (
        "DssClient::new_messaging_channel",
        "builds a creator; an unknown channel type is refused",
    ),
    (
        "DssFuture::from_resp",
        "builds a task handle from an answer already read",
    ),
    ("DssUser::get_client_as", "builds a client with one more header"),
    (
        "DssMlTask::from_full_model_id",
        "parses a model's full id; an id of another form is refused",
    ),
];

#[test]
fn hand_written_methods_that_answer_a_result_send_nothing() {
    let mut unexpected = Vec::new();
    for e in catalog::ENDPOINTS.iter().filter(|e| e.hand_written) {
        let answers_result = matches!(e.result, ResultKind::HandWritten(t) | ResultKind::Local(t) if type_text(t).starts_with("Result<"));
        let id = format!("{}::{}", e.owner, e.method);
        // Settings documents' own edits work on the document in memory.
        let local = e.owner.ends_with("Settings") || LOCAL_RESULTS.iter().any(|(m, _)| *m == id);
        if answers_result && !local {
            unexpected.push(id);
        }
    }
    assert!(
        unexpected.is_empty(),
        "hand-written methods answering a Result, not a request value (make them Pending, or list them in LOCAL_RESULTS if they send nothing): {unexpected:?}"
    );
}
