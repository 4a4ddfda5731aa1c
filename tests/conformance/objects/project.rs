//! Recorded dataikuapi calls of this area and the Rust calls that replay
//! them (see `tests/objects.rs`): the project's settings, export,
//! duplication and variables.

use dss_api_tests::CallFn;
use serde_json::json;

/// The archive the recording's server answers exports with.
const EXPORT: &[u8] = b"PK\x03\x04project-export-bytes";

fn temp_file(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("dss-api-objects-{}-{name}", std::process::id()))
}

/// One Rust call per recorded Python call.
pub const CALLS: &[(&str, CallFn)] = &[
    ("DSSProject.get_settings", |c| {
        let settings = c.get_project("PKEY").get_settings().send()?;
        anyhow::ensure!(settings.raw()["projectStatus"] == "Draft", "{:?}", settings.raw());
        Ok(())
    }),
    ("DSSProjectSettings.save", |c| {
        c.get_project("PKEY").get_settings().send()?.save().send()?;
        Ok(())
    }),
    ("DSSProjectSettings.save (modified)", |c| {
        let mut settings = c.get_project("PKEY").get_settings().send()?;
        settings.set_python_code_env(Some("py311"));
        settings.save().send()?;
        Ok(())
    }),
    ("DSSProject.get_export_stream (defaults)", |c| {
        let mut stream = c.get_project("PKEY").get_export_stream().send()?;
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut stream, &mut bytes)?;
        anyhow::ensure!(bytes == EXPORT, "{bytes:?}");
        Ok(())
    }),
    ("DSSProject.get_export_stream (all args)", |c| {
        let mut stream = c
            .get_project("PKEY")
            .get_export_stream()
            .options(json!({
                "exportUploads": true,
                "exportManagedFS": true,
                "exportAnalysisModels": false,
                "exportSavedModels": false
            }))
            .send()?;
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut stream, &mut bytes)?;
        anyhow::ensure!(bytes == EXPORT, "{bytes:?}");
        Ok(())
    }),
    ("DSSProject.export_to_file (defaults)", |c| {
        let path = temp_file("export.zip");
        let n = c.get_project("PKEY").export_to_file(&path).send()?;
        let bytes = std::fs::read(&path)?;
        std::fs::remove_file(&path)?;
        anyhow::ensure!(n == 24 && bytes == EXPORT, "{n} {bytes:?}");
        Ok(())
    }),
    ("DSSProject.export_to_file (all args)", |c| {
        let path = temp_file("export2.zip");
        let n = c
            .get_project("PKEY")
            .export_to_file(&path)
            .options(json!({"exportUploads": true}))
            .send()?;
        let bytes = std::fs::read(&path)?;
        std::fs::remove_file(&path)?;
        anyhow::ensure!(n == 24 && bytes == EXPORT, "{n} {bytes:?}");
        Ok(())
    }),
    ("DSSProject.duplicate (defaults)", |c| {
        let answer = c.get_project("PKEY").duplicate("PKEY2", "Copy of PKEY").send()?;
        anyhow::ensure!(answer["targetProjectKey"] == "PKEY2", "{answer}");
        Ok(())
    }),
    // dataikuapi takes the folder object (fetched with a GET); we take its
    // id, so the GET is the Rust call's own `get_project_folder`.
    ("DSSProject.duplicate (all args)", |c| {
        let folder = c.get_project_folder("fld42").send()?;
        let answer = c
            .get_project("PKEY")
            .duplicate("PKEY2", "Copy of PKEY")
            .duplication_mode("FULL")
            .export_analysis_models(false)
            .export_saved_models(false)
            .export_git_repository(true)
            .export_insights_data(false)
            .remapping(json!({"connections": [{"source": "c1", "target": "c2"}]}))
            .target_project_folder(folder.project_folder_id())
            .send()?;
        anyhow::ensure!(answer["targetProjectName"] == "Copy of PKEY", "{answer}");
        Ok(())
    }),
    ("DSSProject.update_variables (defaults)", |c| {
        c.get_project("PKEY")
            .update_variables(json!({"v1": "new", "v2": 2}))
            .send()?;
        Ok(())
    }),
    ("DSSProject.update_variables (all args)", |c| {
        c.get_project("PKEY")
            .update_variables(json!({"l1": "newloc"}))
            .variable_type("local")
            .send()?;
        Ok(())
    }),
];

/// Recorded calls of this area that are not replayed, each with the reason
/// (a deliberate difference, tested in this area's own tests).
pub const NOT_REPLAYED: &[(&str, &str)] = &[];
