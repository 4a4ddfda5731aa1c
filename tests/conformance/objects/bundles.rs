//! Recorded dataikuapi calls of this area and the Rust calls that replay
//! them (see `tests/objects.rs`): bundles on the design node, on the
//! automation node, and uploaded to the Project Deployer.

use dss_api_tests::CallFn;

/// The archive the recording's server answers bundle downloads with.
const ARCHIVE: &[u8] = b"PK\x03\x04bundle-archive-bytes";

/// One Rust call per recorded Python call.
pub const CALLS: &[(&str, CallFn)] = &[
    ("DSSProject.list_exported_bundles", |c| {
        let bundles = c.get_project("PKEY").list_exported_bundles().send()?;
        anyhow::ensure!(bundles.len() == 1 && bundles[0].bundle_id == "b1", "{bundles:?}");
        let manifest = bundles[0].export_manifest.as_ref();
        anyhow::ensure!(
            manifest.is_some_and(|m| m["exportUserInfo"]["exportedBy"] == "admin"),
            "{manifest:?}"
        );
        Ok(())
    }),
    ("DSSProject.export_bundle (defaults)", |c| {
        let answer = c.get_project("PKEY").export_bundle("b1").send()?;
        anyhow::ensure!(answer["bundleId"] == "b1", "{answer}");
        Ok(())
    }),
    ("DSSProject.export_bundle (all args)", |c| {
        c.get_project("PKEY")
            .export_bundle("b1")
            .release_notes("First release")
            .evaluate_project_standards_checks(false)
            .send()?;
        Ok(())
    }),
    ("DSSProject.get_exported_bundle_archive_stream", |c| {
        let mut stream = c.get_project("PKEY").get_exported_bundle_archive_stream("b1").send()?;
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut stream, &mut bytes)?;
        anyhow::ensure!(bytes == ARCHIVE, "{bytes:?}");
        Ok(())
    }),
    ("DSSProject.download_exported_bundle_archive_to_file", |c| {
        let path = std::env::temp_dir().join(format!("dss-api-objects-{}-b1.zip", std::process::id()));
        let n = c
            .get_project("PKEY")
            .download_exported_bundle_archive_to_file("b1", &path)
            .send()?;
        let bytes = std::fs::read(&path)?;
        std::fs::remove_file(&path)?;
        anyhow::ensure!(n == 24 && bytes == ARCHIVE, "{n} {bytes:?}");
        Ok(())
    }),
    ("DSSProject.delete_exported_bundle", |c| {
        c.get_project("PKEY").delete_exported_bundle("b1").send()?;
        Ok(())
    }),
    ("DSSProject.publish_bundle (defaults)", |c| {
        let answer = c.get_project("PKEY").publish_bundle("b1").send()?;
        anyhow::ensure!(answer["projectKey"] == "PKEY", "{answer}");
        Ok(())
    }),
    ("DSSProject.publish_bundle (all args)", |c| {
        let answer = c
            .get_project("PKEY")
            .publish_bundle("b1")
            .published_project_key("PKEY_PROD")
            .send()?;
        anyhow::ensure!(answer["projectKey"] == "PKEY_PROD", "{answer}");
        Ok(())
    }),
    ("DSSProject.list_imported_bundles", |c| {
        let bundles = c.get_project("PKEY").list_imported_bundles().send()?;
        anyhow::ensure!(bundles.len() == 1 && bundles[0].bundle_id == "b1", "{bundles:?}");
        // Members the model does not name are kept.
        let item = serde_json::to_value(&bundles[0])?;
        anyhow::ensure!(item["importState"] == "IMPORTED", "{item}");
        Ok(())
    }),
    ("DSSProject.import_bundle_from_archive", |c| {
        c.get_project("PKEY")
            .import_bundle_from_archive("/data/bundles/b1.zip")
            .send()?;
        Ok(())
    }),
    ("DSSProject.import_bundle_from_stream", |c| {
        c.get_project("PKEY")
            .import_bundle_from_stream(b"bundle-bytes".to_vec())
            .send()?;
        Ok(())
    }),
    ("DSSProject.activate_bundle (defaults)", |c| {
        let report = c.get_project("PKEY").activate_bundle("b1").send()?;
        anyhow::ensure!(report["aborted"] == false, "{report}");
        Ok(())
    }),
    ("DSSProject.activate_bundle (all args)", |c| {
        c.get_project("PKEY")
            .activate_bundle("b1")
            .scenarios_to_enable(vec!["sc1", "sc2"])
            .send()?;
        Ok(())
    }),
    ("DSSProject.activate_bundle (empty scenario list)", |c| {
        c.get_project("PKEY")
            .activate_bundle("b1")
            .scenarios_to_enable(Vec::<String>::new())
            .send()?;
        Ok(())
    }),
    ("DSSProject.preload_bundle", |c| {
        let report = c.get_project("PKEY").preload_bundle("b1").send()?;
        anyhow::ensure!(report["success"] == true, "{report}");
        Ok(())
    }),
    ("DSSProject.delete_imported_bundle", |c| {
        c.get_project("PKEY").delete_imported_bundle("b1").send()?;
        Ok(())
    }),
    ("DSSProjectDeployer.upload_bundle (defaults)", |c| {
        c.get_projectdeployer().upload_bundle(b"bundle-bytes".to_vec()).send()?;
        Ok(())
    }),
    ("DSSProjectDeployer.upload_bundle (all args)", |c| {
        c.get_projectdeployer()
            .upload_bundle(b"bundle-bytes".to_vec())
            .project_key("PKEY")
            .send()?;
        Ok(())
    }),
];

/// Recorded calls of this area that are not replayed, each with the reason
/// (a deliberate difference, tested in this area's own tests).
pub const NOT_REPLAYED: &[(&str, &str)] = &[(
    "DSSProject.import_bundle_from_archive (relative path)",
    "dataikuapi makes a relative archive path absolute against the client's working directory; \
     the archive is on the DSS server's disk, so we send the path as given \
     (tests/bundles.rs: relative_archive_paths_are_sent_as_given)",
)];
