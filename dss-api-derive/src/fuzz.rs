//! Property tests of the spec pipeline: arbitrary text, and mutations of
//! the real spec files and of the sample spec, go through parse and
//! validate (and, when they stay valid, code generation) without a panic,
//! and every error is located inside the text it names.

use std::io::Write as _;
use std::path::Path;
use std::rc::Rc;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

use crate::ast::{Spec, SpecError};

/// `cases` times `FUZZ_SCALE` (default 1), for a deeper search now and
/// then: `FUZZ_SCALE=20 cargo test -p <crate> --lib fuzz`.
fn scaled(cases: u32) -> u32 {
    let scale = std::env::var("FUZZ_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1u32);
    cases.saturating_mul(scale.max(1))
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

fn report(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// What the pipeline made of one text.
struct Outcome {
    errors: Vec<SpecError>,
    generated: bool,
}

/// Parses `text` as the file `name`, validates it, and generates code when
/// it is valid; checks that every error is located in `name`'s text (or at
/// the first line and column, for an error about the whole spec).
fn run_pipeline(name: &str, text: &str, generate: bool) -> Result<Outcome, TestCaseError> {
    let file: Rc<str> = name.into();
    let mut spec = Spec::default();
    let mut errors = Vec::new();
    if let Err(e) = crate::parse::parse_file(&file, text, &mut spec) {
        errors.push(e);
    }
    let mut generated = false;
    if errors.is_empty() {
        let (api, invalid) = crate::validate::validate(&spec);
        if invalid.is_empty() && generate {
            let tokens = crate::codegen::generate(&api);
            prop_assert!(
                syn::parse2::<syn::File>(tokens).is_ok(),
                "generated code does not parse"
            );
            generated = true;
        }
        errors.extend(invalid);
    }
    let lines = text.lines().count().max(1);
    for e in &errors {
        prop_assert_eq!(&*e.loc.file, name, "{}", e.message);
        // A position one past the last line is where an unfinished text ends.
        prop_assert!(
            (1..=lines + 1).contains(&e.loc.line) && e.loc.col >= 1,
            "{}:{}:{} is outside a text of {} lines: {}",
            e.loc.file,
            e.loc.line,
            e.loc.col,
            lines,
            e.message
        );
        prop_assert!(!e.message.trim().is_empty());
    }
    Ok(Outcome { errors, generated })
}

/// Pieces of the spec language, for text that gets past the tokenizer.
const TOKENS: &[&str] = &[
    "handle",
    "model",
    "impl",
    "include",
    "DssClient",
    "DssThing",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "<",
    ">",
    ";",
    ",",
    ":",
    "=",
    "->",
    "///",
    "//",
    "\"",
    "\"/x/{id}\"",
    "GET",
    "POST",
    "PUT",
    "DELETE",
    "query",
    "body",
    "upload",
    "server_wait",
    "secret",
    "Option",
    "Vec",
    "Value",
    "String",
    "str",
    "bool",
    "int",
    "json",
    "file",
    "stream",
    "text",
    "future",
    "default",
    "answer",
    "env",
    "as",
    "r#type",
    "id",
    "x",
    "1",
    "true",
    "\n",
    " ",
    "\t",
    "#[doc = \"d\"]",
    "'",
    "é",
    "\\",
];

fn spec_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(prop::sample::select(TOKENS), 0..60).prop_map(|t| t.join(" ")),
        1 => prop::collection::vec(prop::sample::select(TOKENS), 0..60).prop_map(|t| t.concat()),
        1 => any::<String>(),
    ]
}

#[test]
fn arbitrary_text_never_panics_and_errors_are_located() {
    let cases = scaled(2000);
    runner(cases)
        .run(&spec_text(), |text| {
            run_pipeline("spec/fuzz.dss", &text, true)?;
            Ok(())
        })
        .unwrap();
    report(&format!(
        "fuzz: spec text: {cases} cases, none panicked, every error located"
    ));
}

/// A change to a spec file's text.
#[derive(Debug, Clone)]
enum Edit {
    /// Removes `len` bytes at a position.
    Delete(usize, usize),
    /// Inserts a piece of the language at a position.
    Insert(usize, &'static str),
    /// Repeats a line.
    DuplicateLine(usize),
    /// Swaps two lines.
    SwapLines(usize, usize),
    /// Cuts the text short.
    Truncate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => (any::<usize>(), 1usize..20).prop_map(|(at, n)| Edit::Delete(at, n)),
        3 => (any::<usize>(), prop::sample::select(TOKENS)).prop_map(|(at, t)| Edit::Insert(at, t)),
        1 => any::<usize>().prop_map(Edit::DuplicateLine),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        1 => any::<usize>().prop_map(Edit::Truncate),
    ]
}

/// The nearest character boundary at or before `at` (modulo the length).
fn boundary(text: &str, at: usize) -> usize {
    let mut at = at % (text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut text = text.to_owned();
    for e in edits {
        match *e {
            Edit::Delete(at, n) => {
                let from = boundary(&text, at);
                let to = boundary(&text, (from + n).min(text.len()));
                text.replace_range(from..to.max(from), "");
            }
            Edit::Insert(at, t) => {
                let at = boundary(&text, at);
                text.insert_str(at, t);
            }
            Edit::DuplicateLine(i) => {
                let mut lines: Vec<&str> = text.lines().collect();
                if !lines.is_empty() {
                    let i = i % lines.len();
                    lines.insert(i, lines[i]);
                }
                text = lines.join("\n");
            }
            Edit::SwapLines(a, b) => {
                let mut lines: Vec<&str> = text.lines().collect();
                if !lines.is_empty() {
                    let n = lines.len();
                    lines.swap(a % n, b % n);
                }
                text = lines.join("\n");
            }
            Edit::Truncate(at) => {
                let at = boundary(&text, at);
                text.truncate(at);
            }
        }
    }
    text
}

/// The real spec files (each parsed and validated alone: references to
/// other files are then errors too, which must be located like any other).
fn real_spec() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "dss") && !p.ends_with("index.dss"))
        .map(|p| {
            let name = format!("spec/{}", p.file_name().unwrap().to_string_lossy());
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

#[test]
fn mutations_of_the_real_spec_never_panic_and_errors_are_located() {
    let files = real_spec();
    assert!(files.len() > 10);
    let cases = scaled(500);
    let input = (0..files.len(), prop::collection::vec(edit(), 1..4));
    runner(cases)
        .run(&input, |(i, edits)| {
            let (name, text) = &files[i];
            run_pipeline(name, &apply(text, &edits), false)?;
            Ok(())
        })
        .unwrap();
    report(&format!(
        "fuzz: spec mutations: {cases} cases over the {} real spec files, none panicked, every error located",
        files.len()
    ));
}

#[test]
fn mutations_of_the_sample_spec_never_panic_and_valid_ones_generate() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample.dss");
    let sample = std::fs::read_to_string(path).unwrap();
    let whole = run_pipeline("spec/sample.dss", &sample, true).unwrap();
    assert!(whole.errors.is_empty() && whole.generated, "the sample spec is valid");
    let cases = scaled(120);
    let generated = std::cell::Cell::new(0u32);
    let input = prop::collection::vec(edit(), 1..3);
    runner(cases)
        .run(&input, |edits| {
            let outcome = run_pipeline("spec/sample.dss", &apply(&sample, &edits), true)?;
            generated.set(generated.get() + u32::from(outcome.generated));
            Ok(())
        })
        .unwrap();
    report(&format!(
        "fuzz: sample spec mutations: {cases} cases, none panicked, every error located, {} still valid and generated",
        generated.get()
    ));
}
