//! The whole `DSSClient` of the reference is here: every method name listed
//! in `fixtures/reference-methods.txt` (taken from dataikuapi's reference
//! documentation) exists on the generated API, and the README's method
//! table names each one.

fn reference_methods() -> Vec<(String, String)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/reference-methods.txt");
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

#[test]
fn every_reference_method_is_generated() {
    let methods = reference_methods();
    assert!(methods.len() >= 85, "the reference lists {} methods", methods.len());
    let missing: Vec<String> = methods
        .iter()
        .filter(|(o, n)| !dss_api::__GENERATED_METHODS.contains(&(o.as_str(), n.as_str())))
        .map(|(o, n)| format!("{o}::{n}"))
        .collect();
    assert!(missing.is_empty(), "missing from the generated API: {missing:?}");
    dss_api_tests::report(&format!(
        "surface: all {} reference methods are generated ({} methods in all)",
        methods.len(),
        dss_api::__GENERATED_METHODS.len()
    ));
}

#[test]
fn readme_table_lists_every_reference_method() {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md")).unwrap();
    let missing: Vec<String> = reference_methods()
        .into_iter()
        .filter(|(_, n)| !readme.contains(&format!("| `{n}` |")))
        .map(|(_, n)| n)
        .collect();
    assert!(missing.is_empty(), "README's method table lacks: {missing:?}");
}
