//! The declared minimum Rust version (`rust-version` of the workspace)
//! holds for the dependencies: no package of Cargo.lock declares a higher
//! one. (Only one toolchain is installed where CI runs, so the crate is not
//! built with the minimum itself; clippy's `incompatible_msrv` lint, part of
//! `clippy -D warnings`, checks the standard library items the code uses
//! against it.)

use std::process::Command;

use serde_json::Value;

/// `1.88` or `1.88.0` as numbers; a missing part is 0.
fn version(text: &str) -> Option<(u64, u64, u64)> {
    let mut parts = text.trim().split('.').map(|p| p.parse::<u64>().ok());
    let major = parts.next()??;
    let minor = parts.next().unwrap_or(Some(0))?;
    let patch = parts.next().unwrap_or(Some(0))?;
    Some((major, minor, patch))
}

#[test]
fn versions_parse() {
    assert_eq!(version("1.88"), Some((1, 88, 0)));
    assert_eq!(version("1.85.1"), Some((1, 85, 1)));
    assert!(version("1.88") > version("1.85.1"));
    assert_eq!(version("x"), None);
}

#[test]
fn no_dependency_needs_a_newer_rust_than_the_workspace_declares() {
    let workspace = concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.toml");
    let out = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--locked",
            "--manifest-path",
            workspace,
        ])
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let metadata: Value = serde_json::from_slice(&out.stdout).expect("cargo metadata's JSON");
    let packages = metadata["packages"].as_array().expect("packages");
    let members: Vec<&str> = metadata["workspace_members"]
        .as_array()
        .expect("workspace members")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let ours = packages
        .iter()
        .find(|p| p["name"] == "dss-api")
        .and_then(|p| p["rust_version"].as_str())
        .expect("dss-api declares a rust-version");
    let ours_v = version(ours).expect("our rust-version parses");
    let mut declared = 0;
    let mut newest: Option<((u64, u64, u64), String)> = None;
    let mut too_new = Vec::new();
    for p in packages {
        let id = p["id"].as_str().unwrap_or_default();
        let name = format!(
            "{} {}",
            p["name"].as_str().unwrap_or("?"),
            p["version"].as_str().unwrap_or("?")
        );
        let Some(theirs) = p["rust_version"].as_str() else {
            continue;
        };
        let v = version(theirs).unwrap_or_else(|| panic!("{name}: rust-version {theirs:?} does not parse"));
        if members.contains(&id) {
            assert_eq!(v, ours_v, "{name} declares rust-version {theirs}, the workspace {ours}");
            continue;
        }
        declared += 1;
        if newest.as_ref().is_none_or(|(n, _)| v > *n) {
            newest = Some((v, format!("{name} ({theirs})")));
        }
        if v > ours_v {
            too_new.push(format!("{name} needs Rust {theirs}"));
        }
    }
    assert!(
        too_new.is_empty(),
        "rust-version is {ours}, but: {}",
        too_new.join("; ")
    );
    dss_api_tests::report(&format!(
        "msrv: rust-version {ours}; {} packages in Cargo.lock, {declared} dependencies declare one, the highest {}",
        packages.len(),
        newest.map(|(_, n)| n).unwrap_or_default()
    ));
}
