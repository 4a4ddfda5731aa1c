//! Editing a spec file rebuilds the crate that expands it.
//!
//! `generate!` reads the spec files itself, so cargo only knows about them
//! through the `include_str!` constants the macro emits. This test builds a
//! throw-away crate that calls `generate!("spec/index.dss", check_only)` and
//! checks, with real `cargo build`s, that:
//!
//! 1. an unchanged spec does not recompile the crate;
//! 2. a valid edit of a spec file recompiles it;
//! 3. an edit that introduces a mistake fails the build with a message
//!    located at `spec/<file>.dss:<line>:<column>`.
//!
//! The builds use `<workspace>/target/rebuild-test` as target directory, so
//! that the dependencies (syn, quote, ...) are compiled once and reused by
//! later runs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, SystemTime};

const PROBE: &str = "dss-rebuild-probe";

const INDEX: &str = "include \"things.dss\";\n";

const THINGS: &str = r#"/// A thing, named by id.
handle DssThing { thing_id }

impl DssClient {
    /// Lists things.
    list_things(all: bool = false) -> Vec<Value> {
        GET "/things/";
        query { all }
    }

    /// A handle on one thing.
    get_thing(thing_id: str) -> DssThing(thing_id);
}
"#;

/// Removes the temporary project, also when the test fails.
struct TempProject(PathBuf);

impl Drop for TempProject {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn workspace_target_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(dir);
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("dss-api-derive lives in the workspace")
        .join("target")
}

fn cargo() -> String {
    option_env!("CARGO").unwrap_or("cargo").to_owned()
}

/// Whether cargo can build offline here (the registry is already
/// downloaded); probed once so that a machine without a cache still works.
fn offline_works(project: &Path, target: &Path) -> bool {
    Command::new(cargo())
        .args(["metadata", "--offline", "--quiet", "--format-version", "1"])
        .current_dir(project)
        .env("CARGO_TARGET_DIR", target)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

struct Build {
    ok: bool,
    stderr: String,
}

impl Build {
    fn compiled_probe(&self) -> bool {
        self.stderr.contains(&format!("Compiling {PROBE} v"))
    }
}

fn build(project: &Path, target: &Path, offline: bool) -> Build {
    let mut cmd = Command::new(cargo());
    cmd.arg("build").current_dir(project);
    if offline {
        cmd.arg("--offline");
    }
    cmd.env("CARGO_TARGET_DIR", target)
        .env("CARGO_TERM_COLOR", "never")
        // The macro must resolve `spec/index.dss` against the probe crate.
        .env_remove("CARGO_MANIFEST_DIR_OVERRIDE");
    let Output { status, stderr, .. } = cmd.output().expect("cannot run cargo");
    Build {
        ok: status.success(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// Writes `text` to `path` so that cargo sees it as newer than the last
/// build, even on a file system with one-second timestamps.
fn edit(path: &Path, text: &str) {
    let before = SystemTime::now();
    std::fs::write(path, text).unwrap();
    let mtime = std::fs::metadata(path).unwrap().modified().unwrap();
    let coarse = mtime.duration_since(SystemTime::UNIX_EPOCH).unwrap().subsec_nanos() == 0;
    if coarse || mtime < before {
        std::thread::sleep(Duration::from_millis(1100));
        std::fs::write(path, text).unwrap();
    }
}

#[test]
fn editing_a_spec_file_rebuilds_the_crate() {
    let started = std::time::Instant::now();
    let dir = std::env::temp_dir().join(format!("dss-api-derive-rebuild-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let project = TempProject(dir.clone());
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::create_dir_all(dir.join("spec")).unwrap();

    let derive = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = format!(
        "[package]\nname = \"{PROBE}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\ndss-api-derive = {{ path = {:?} }}\n\n\
         # Not part of any enclosing workspace.\n[workspace]\n",
        derive.to_str().expect("UTF-8 path")
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    // Same dependency versions as the workspace: nothing to resolve or
    // download, and the artifacts in the target dir stay reusable.
    let lock = derive.parent().unwrap().join("Cargo.lock");
    if lock.exists() {
        std::fs::copy(&lock, dir.join("Cargo.lock")).unwrap();
    }
    std::fs::write(
        dir.join("src/lib.rs"),
        "//! Expands a spec, for the rebuild test.\n\ndss_api_derive::generate!(\"spec/index.dss\", check_only);\n",
    )
    .unwrap();
    std::fs::write(dir.join("spec/index.dss"), INDEX).unwrap();
    let things = dir.join("spec/things.dss");
    std::fs::write(&things, THINGS).unwrap();

    let target = workspace_target_dir().join("rebuild-test");
    let offline = offline_works(&dir, &target);

    // 1. First build: compiles the probe.
    let b = build(&dir, &target, offline);
    assert!(b.ok, "first build failed:\n{}", b.stderr);
    assert!(
        b.compiled_probe(),
        "first build did not compile the probe:\n{}",
        b.stderr
    );

    // 2. Nothing changed: nothing recompiled.
    let b = build(&dir, &target, offline);
    assert!(b.ok, "second build failed:\n{}", b.stderr);
    assert!(
        !b.compiled_probe(),
        "unchanged spec recompiled the probe:\n{}",
        b.stderr
    );

    // 3. A valid edit of the spec file: recompiled, still fine.
    let valid = THINGS.replace(
        "    /// A handle on one thing.",
        "    /// Deletes a thing.\n    delete_thing(thing_id: str) {\n        DELETE \"/things/{thing_id}\";\n    }\n\n    /// A handle on one thing.",
    );
    assert_ne!(valid, THINGS);
    edit(&things, &valid);
    let b = build(&dir, &target, offline);
    assert!(b.ok, "build after a valid edit failed:\n{}", b.stderr);
    assert!(
        b.compiled_probe(),
        "editing the spec did not recompile the probe:\n{}",
        b.stderr
    );

    // 4. A mistake (line 7, column 9): the build fails, naming the place.
    let broken = valid.replace("GET \"/things/\";", "GTE \"/things/\";");
    assert_eq!(broken.lines().nth(6), Some("        GTE \"/things/\";"));
    edit(&things, &broken);
    let b = build(&dir, &target, offline);
    assert!(!b.ok, "a broken spec still built:\n{}", b.stderr);
    assert!(
        b.compiled_probe(),
        "editing the spec did not recompile the probe:\n{}",
        b.stderr
    );
    let expected = "error: spec/things.dss:7:9: unknown HTTP verb `GTE` (did you mean `GET`?)";
    assert!(b.stderr.contains(expected), "expected `{expected}` in:\n{}", b.stderr);

    drop(project);
    assert!(!dir.exists(), "temporary project {} was not removed", dir.display());
    eprintln!("rebuild test took {:.1?} (offline: {offline})", started.elapsed());
}
