//! The architecture the README describes, checked on the sources of both
//! crates: the modules form layers, each importing only layers below it
//! (no import upward, no cycle), and no library function is longer than
//! about 80 lines. Test code (`#[cfg(test)] mod tests`, `fuzz.rs`,
//! `tests.rs`) is not library code and is left out; so are comments and
//! doc links.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Longest library function allowed, in lines from its signature to its
/// closing brace.
const MAX_FUNCTION_LINES: usize = 80;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate is in the workspace")
        .to_path_buf()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A source file's library code: without its test module and comments.
fn library_code(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    if ["fuzz.rs", "tests.rs", "readme.rs"].contains(&name) {
        return None;
    }
    let text = std::fs::read_to_string(path).unwrap();
    let end = text.find("#[cfg(test)]\nmod tests").unwrap_or(text.len());
    Some(
        text[..end]
            .lines()
            .map(|l| if l.trim_start().starts_with("//") { "" } else { l })
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

/// The top-level module a file belongs to (`transport/request.rs` ->
/// `transport`).
fn top_module(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy()
        .into_owned();
    first.trim_end_matches(".rs").to_owned()
}

/// The top-level modules each module names through `crate::`.
fn imports(src: &Path, aliases: &[(&str, &str)]) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let modules: BTreeSet<String> = files.iter().map(|f| top_module(src, f)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &files {
        let Some(code) = library_code(f) else { continue };
        let from = top_module(src, f);
        let mut rest = code.as_str();
        while let Some(i) = rest.find("crate::") {
            rest = &rest[i + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let to = aliases
                .iter()
                .find(|(a, _)| *a == name)
                .map_or(name.clone(), |(_, m)| (*m).to_owned());
            if to != from && modules.contains(&to) {
                graph.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    graph
}

/// Every edge goes to a lower layer; `same_layer_ok` layers may import
/// each other (leaves) as long as there is no cycle.
fn check_layers(
    crate_name: &str,
    graph: &BTreeMap<String, BTreeSet<String>>,
    layers: &[(&str, u32)],
    same_layer_ok: u32,
) -> Vec<String> {
    let rank = |m: &str| layers.iter().find(|(n, _)| *n == m).map(|(_, r)| *r);
    let mut problems = Vec::new();
    for (from, tos) in graph {
        for to in tos {
            match (rank(from), rank(to)) {
                (Some(a), Some(b)) if a < b || (a == b && a == same_layer_ok) => {}
                (Some(_), Some(_)) => problems.push(format!(
                    "{crate_name}: `{from}` imports `{to}`, a layer above or beside it"
                )),
                _ => problems.push(format!("{crate_name}: `{from}` or `{to}` has no layer in this test")),
            }
        }
    }
    // No cycle, even among the leaves.
    fn visit<'a>(
        m: &'a str,
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
        problems: &mut Vec<String>,
    ) {
        if let Some(i) = path.iter().position(|p| *p == m) {
            problems.push(format!("import cycle: {} -> {m}", path[i..].join(" -> ")));
            return;
        }
        if !done.insert(m) {
            return;
        }
        path.push(m);
        for to in graph.get(m).into_iter().flatten() {
            visit(to, graph, path, done, problems);
        }
        path.pop();
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        visit(m, graph, &mut Vec::new(), &mut done, &mut problems);
    }
    problems
}

#[test]
fn modules_form_layers_with_no_cycle() {
    let root = workspace();
    let api = imports(
        &root.join("dss-api/src"),
        &[("catalog", "api"), ("models", "api"), ("requests", "api")],
    );
    // The crate root, then the mock over the API, the API (generated and
    // hand-written halves), the runtime contract, the transport, and the
    // leaves, which import nothing above them.
    let mut problems = check_layers(
        "dss-api",
        &api,
        &[
            ("lib", 0),
            ("mock", 1),
            ("api", 2),
            ("rt", 3),
            ("transport", 4),
            ("error", 5),
            ("extra", 5),
            ("endpoint", 5),
            ("document", 5),
            ("util", 5),
            ("rows", 5),
        ],
        5,
    );
    let derive = imports(&root.join("dss-api-derive/src"), &[]);
    // The pipeline: expand drives the steps (parse, validate, codegen),
    // which never import each other; they read and write the data of `ir`
    // and `ast`; `names` is a leaf every step uses.
    problems.extend(check_layers(
        "dss-api-derive",
        &derive,
        &[
            ("lib", 0),
            ("expand", 1),
            ("parse", 2),
            ("validate", 2),
            ("codegen", 2),
            ("ir", 3),
            ("ast", 4),
            ("names", 5),
        ],
        u32::MAX,
    ));
    println!("architecture: dss-api {api:?}; dss-api-derive {derive:?}");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn no_library_function_is_longer_than_80_lines() {
    let root = workspace();
    let mut long = Vec::new();
    let mut count = 0;
    for src in ["dss-api/src", "dss-api-derive/src"] {
        let mut files = Vec::new();
        rust_files(&root.join(src), &mut files);
        for f in files {
            let Some(code) = library_code(&f) else { continue };
            let lines: Vec<&str> = code.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                let t = line.trim_start();
                let signature = [
                    "fn ",
                    "pub fn ",
                    "pub(crate) fn ",
                    "pub(super) fn ",
                    "const fn ",
                    "pub const fn ",
                    "pub(crate) const fn ",
                ]
                .iter()
                .any(|p| t.starts_with(p));
                if !signature || t.ends_with(';') {
                    continue;
                }
                let indent = &line[..line.len() - t.len()];
                let close = format!("{indent}}}");
                let Some(end) = lines[i..].iter().position(|l| *l == close) else {
                    continue;
                };
                count += 1;
                if end + 1 > MAX_FUNCTION_LINES {
                    let rel = f.strip_prefix(&root).unwrap().display().to_string();
                    long.push(format!("{rel}:{}: {} lines: {}", i + 1, end + 1, t));
                }
            }
        }
    }
    println!("architecture: {count} library functions, none over {MAX_FUNCTION_LINES} lines");
    assert!(
        long.is_empty(),
        "functions over {MAX_FUNCTION_LINES} lines:\n{}",
        long.join("\n")
    );
}
