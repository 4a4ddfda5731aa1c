//! Unit tests of the pipeline: parse errors and validation messages carry
//! `file:line:column`, and the expansion of a sample spec is snapshotted.

use std::path::Path;
use std::rc::Rc;

use crate::ast::Spec;

fn parse(text: &str) -> (Spec, Vec<String>) {
    let file: Rc<str> = "spec/t.dss".into();
    let mut spec = Spec::default();
    let mut errors = Vec::new();
    if let Err(e) = crate::parse::parse_file(&file, text, &mut spec) {
        errors.push(format!("{}: {}", e.loc, e.message));
    }
    for e in crate::validate::validate(&spec).1 {
        errors.push(format!("{}: {}", e.loc, e.message));
    }
    (spec, errors)
}

fn errors(text: &str) -> Vec<String> {
    parse(text).1
}

#[test]
fn good_spec_has_no_errors() {
    let (spec, errs) = parse(
        r#"
        handle DssUser { login }
        impl DssClient {
            /// Doc.
            get_user(login: str) -> DssUser(login);
            list_users(include_settings: bool = false) -> Vec<Value> {
                GET "/admin/users/";
                query { include_settings }
            }
        }
        impl DssUser {
            get_settings() -> Value { GET "/admin/users/{login}"; }
        }
        "#,
    );
    assert_eq!(errs, Vec::<String>::new());
    assert_eq!(spec.endpoints.len(), 3);
    assert_eq!(spec.endpoints[0].doc, "Doc.");
}

#[test]
fn unknown_verb_is_located() {
    let e = errors("impl DssClient {\n    f() -> Value {\n        GTE \"/x\";\n    }\n}\n");
    assert_eq!(e, vec!["spec/t.dss:3:9: unknown HTTP verb `GTE` (did you mean `GET`?); expected one of `GET`, `POST`, `PUT`, `DELETE`, `PATCH`"]);
}

#[test]
fn a_document_holds_identifiers_and_optional_state() {
    let good = errors(
        "document D { id, script: Option<String> }\nhandle H { id }\nimpl H {\n    get_settings() -> D(id) { GET \"/h/{id}\"; }\n}\n",
    );
    assert_eq!(good, Vec::<String>::new());
    let e = errors("document D { id, state: String }\n");
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with("spec/t.dss:1:18: a document handle holds its document") && e[0].contains("an `Option<..>`"),
        "{e:?}"
    );
}

#[test]
fn every_validation_error_is_reported() {
    let e = errors(
        "impl DssClient {\n    a(x: str) -> Value { GET \"/a/{y}\"; }\n    b(x: str, x: str) -> Value { GET \"/b/{x}\"; }\n    a() -> Value { GET \"/c\"; }\n}\n",
    );
    assert!(
        e.iter().any(|m| m.starts_with("spec/t.dss:2:") && m.contains("`{y}`")),
        "{e:#?}"
    );
    assert!(
        e.iter()
            .any(|m| m.starts_with("spec/t.dss:2:7") && m.contains("never used")),
        "{e:#?}"
    );
    assert!(
        e.iter()
            .any(|m| m.starts_with("spec/t.dss:3:15") && m.contains("declared twice")),
        "{e:#?}"
    );
    assert!(
        e.iter()
            .any(|m| m.starts_with("spec/t.dss:4:5") && m.contains("duplicate method `DssClient::a`")),
        "{e:#?}"
    );
}

#[test]
fn bad_default_and_unknown_type() {
    let e = errors("impl DssClient {\n    f(flag: bool = \"yes\") -> Value { GET \"/f\"; query { flag } }\n}\n");
    assert_eq!(
        e,
        vec!["spec/t.dss:2:7: bad default for `flag`: a string does not fit an argument of type `bool`"]
    );
    let e = errors("impl DssClient {\n    f(flag: bol) -> Value { GET \"/f\"; query { flag } }\n}\n");
    assert_eq!(e.len(), 1);
    assert!(
        e[0].starts_with("spec/t.dss:2:13: unknown argument type `bol` (did you mean `bool`?)"),
        "{e:?}"
    );
}

/// Every spec mistake of `tests/mistakes/<case>/` (an `index.dss` and the
/// files it includes) is reported with the messages of its `expected.txt`,
/// one `file:line:column: message` per line, file names relative to the
/// case's folder. `UPDATE_SNAPSHOTS=1` rewrites the expected messages
/// (review the diff). The few cases only the compiler can show (the macro's
/// own input, errors placed on the macro call) are trybuild cases in
/// `tests/ui/`.
#[test]
fn spec_mistakes_give_located_messages() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cases: Vec<_> = std::fs::read_dir(base.join("tests/mistakes"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    assert!(cases.len() > 15, "{cases:?}");
    let mut failures = Vec::new();
    for case in &cases {
        let dir = format!("tests/mistakes/{case}/");
        let (_, _, errors) = crate::expand::check(base, &format!("{dir}index.dss"));
        let got: String = errors
            .iter()
            .map(|e| format!("{}: {}\n", e.loc, e.message).replace(&dir, ""))
            .collect();
        let expected_path = base.join(&dir).join("expected.txt");
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::write(&expected_path, &got).unwrap();
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        assert!(!got.is_empty(), "{case}: no error reported");
        if got != expected {
            failures.push(format!("{case}:\n--- expected\n{expected}--- got\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Expands a spec index and compares the pretty-printed result, one file
/// per spec file (`<dir>/<file>.rs` holds the module `spec/<file>.dss`
/// expands into) and `<dir>/index.rs` for what gathers them, with the
/// checked-in snapshot. `UPDATE_SNAPSHOTS=1` rewrites it (review the diff).
fn check_snapshot(index: &str, dir: &str) {
    let base = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (spec, load_errors) = crate::expand::load(base, index);
    assert!(load_errors.is_empty(), "{load_errors:?}");
    let (api, errs) = crate::validate::validate(&spec);
    assert!(errs.is_empty(), "{errs:?}");
    let tokens = crate::codegen::generate(&api);
    let file: syn::File = syn::parse2(tokens).expect("generated code parses");
    let header = |what: &str| {
        format!(
            "// The expansion of {what}, as generated from `{index}` (relative to\n// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.\n"
        )
    };
    let mut files: Vec<(String, String)> = Vec::new();
    let mut gather = Vec::new();
    for item in file.items {
        let module = match &item {
            syn::Item::Mod(m) => m.ident.to_string(),
            _ => String::new(),
        };
        match module.strip_prefix("spec_") {
            Some(stem) => {
                let text = header(&format!("`{stem}.dss`"))
                    + &prettyplease::unparse(&syn::File {
                        shebang: None,
                        attrs: Vec::new(),
                        items: vec![item],
                    });
                files.push((format!("{stem}.rs"), text));
            }
            None => gather.push(item),
        }
    }
    let glue = syn::File {
        shebang: None,
        attrs: Vec::new(),
        items: gather,
    };
    files.push((
        "index.rs".to_owned(),
        header("the index (what gathers every file's module)") + &prettyplease::unparse(&glue),
    ));
    let dir = base.join(dir);
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    if update {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
    }
    let mut stale = Vec::new();
    for (name, text) in &files {
        let path = dir.join(name);
        if update {
            std::fs::write(&path, text).unwrap();
        }
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(name.clone());
        }
    }
    let mut present: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| Some(e.ok()?.file_name().to_string_lossy().into_owned()))
                .collect()
        })
        .unwrap_or_default();
    present.retain(|p| !files.iter().any(|(n, _)| n == p));
    assert!(
        stale.is_empty() && present.is_empty(),
        "the expansion differs from {}: stale {stale:?}, left over {present:?}; rerun with UPDATE_SNAPSHOTS=1 and review the diff",
        dir.display()
    );
}

/// Every clause and result kind of the spec language, expanded.
#[test]
fn sample_expansion_matches_snapshot() {
    check_snapshot("tests/fixtures/index.dss", "tests/snapshots/sample");
}

/// The real spec, expanded, so that every spec change shows its generated
/// diff in review, in the file of its spec file.
#[test]
fn real_spec_expansion_matches_snapshot() {
    check_snapshot("../spec/index.dss", "tests/snapshots/spec");
}

/// A measurement, not a check: run it with
/// `cargo test -p dss-api-derive --release -- --ignored --nocapture expansion_speed`.
/// Parses, validates and generates 1,000 synthetic entries, five times,
/// and prints the median.
#[test]
#[ignore = "a measurement; run explicitly"]
fn expansion_speed() {
    let mut text = String::from("handle DssThing { thing_id }\nimpl DssClient {\n");
    for i in 0..1000 {
        text.push_str(&format!(
            "    /// Entry {i}.\n    op_{i}(thing_id: str, flag: bool = false, note: Option<str>) -> Vec<Value> {{\n        POST \"/things/{{thing_id}}/op{i}\";\n        query {{ flag }}\n        body {{ note, constant = \"x\" }}\n    }}\n"
        ));
    }
    text.push_str("}\n");
    let mut times = Vec::new();
    for _ in 0..5 {
        let started = std::time::Instant::now();
        let file: Rc<str> = "spec/bench.dss".into();
        let mut spec = Spec::default();
        crate::parse::parse_file(&file, &text, &mut spec).unwrap();
        let parsed = started.elapsed();
        let (api, errors) = crate::validate::validate(&spec);
        assert!(errors.is_empty());
        let validated = started.elapsed();
        let tokens = crate::codegen::generate(&api);
        let generated = started.elapsed();
        let rendered = tokens.to_string();
        times.push(started.elapsed());
        println!(
            "parse {parsed:?}, validate {:?}, generate {:?}, render {:?}",
            validated - parsed,
            generated - validated,
            started.elapsed() - generated
        );
        assert!(rendered.len() > 1000);
        println!("rendered {} bytes", rendered.len());
    }
    times.sort();
    println!("expansion of 1,000 entries: median {:?} (of 5)", times[2]);
}

/// A measurement, not a check: the size of the expansion of a spec
/// (`DSS_SPEC_INDEX`, default the real spec), in all and per method, as
/// `dss-api/benches/build_budget.sh` reports it. Run it with
/// `DSS_SPEC_INDEX=<index> cargo test -p dss-api-derive --release -- --ignored --nocapture expansion_size`.
#[test]
#[ignore = "a measurement; run explicitly"]
fn expansion_size() {
    let index = std::env::var("DSS_SPEC_INDEX").unwrap_or_else(|_| "../spec/index.dss".into());
    let base = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (_, api, errors) = crate::expand::check(base, &index);
    assert!(errors.is_empty(), "{errors:?}");
    let api = api.expect("the spec was read");
    let tokens = crate::codegen::generate(&api).to_string();
    let methods = api.methods.len();
    println!(
        "expansion of {index}: {methods} methods, {} bytes of tokens, {} bytes per method",
        tokens.len(),
        tokens.len() / methods.max(1)
    );
}

/// The expansion that dss-api uses ties every file of the real spec/ to the
/// build (`include_str!`), so editing any of them rebuilds dss-api; and every
/// `.dss` file in spec/ is listed in the index (a file left out would be
/// silently ignored).
#[test]
fn every_real_spec_file_is_tracked() {
    let spec_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec");
    let out = crate::expand::expand(quote::quote!("../spec/index.dss", check_only)).to_string();
    assert!(!out.contains("compile_error"), "the real spec has errors: {out}");
    let mut files: Vec<String> = std::fs::read_dir(&spec_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".dss"))
        .collect();
    files.sort();
    assert!(files.len() > 10, "{files:?}");
    for name in files {
        let tracked = format!("{}\"", Path::new("spec").join(&name).display());
        assert!(
            out.contains("include_str") && out.contains(&tracked),
            "spec/{name} is not tied to the build (missing from spec/index.dss?)"
        );
    }
}
