//! Recorded dataikuapi calls of this area and the Rust calls that replay
//! them (see `tests/objects.rs`): managed folders, their files, settings,
//! copies and metrics.

use std::io::Read;

use dss_api_tests::CallFn;
use serde_json::json;

/// The file the recording's server answers downloads with.
const FILE: &[u8] = b"folder-file-bytes";

fn read_all(mut stream: dss_api::ByteStream) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The recording's `UPLOAD_DIR`: `a.txt` and `sub/b.txt`.
fn upload_dir(name: &str) -> anyhow::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("dss-api-objects-{}-{name}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub"))?;
    std::fs::write(dir.join("a.txt"), "file-a-bytes")?;
    std::fs::write(dir.join("sub").join("b.txt"), "file-b-bytes")?;
    Ok(dir)
}

/// One Rust call per recorded Python call.
pub const CALLS: &[(&str, CallFn)] = &[
    ("DSSProject.list_managed_folders", |c| {
        let folders = c.get_project("PKEY").list_managed_folders().send()?;
        anyhow::ensure!(folders.len() == 1, "{folders:?}");
        let folder = folders[0].to_handle(c);
        anyhow::ensure!(folder.project_key() == "PKEY" && folder.odb_id() == "fold1");
        anyhow::ensure!(folders[0].r#type.as_deref() == Some("Filesystem"));
        Ok(())
    }),
    ("DSSProject.get_managed_folder", |c| {
        let folder = c.get_project("PKEY").get_managed_folder("fold1");
        anyhow::ensure!(folder.project_key() == "PKEY" && folder.id() == "fold1");
        Ok(())
    }),
    ("DSSProject.create_managed_folder (defaults)", |c| {
        let folder = c.get_project("PKEY").create_managed_folder("fold1").send()?;
        anyhow::ensure!(folder.odb_id() == "fold1", "the handle uses the id of the answer");
        Ok(())
    }),
    ("DSSProject.create_managed_folder (all args)", |c| {
        let folder = c
            .get_project("PKEY")
            .create_managed_folder("fold1")
            .folder_type("S3")
            .connection_name("s3_conn")
            .send()?;
        anyhow::ensure!(folder.odb_id() == "fold1");
        Ok(())
    }),
    ("DSSManagedFolder.list_contents", |c| {
        let items = c
            .get_project("PKEY")
            .get_managed_folder("fold1")
            .list_contents()
            .send()?;
        anyhow::ensure!(items.len() == 2, "{items:?}");
        anyhow::ensure!(items[1].path == "/sub dir/a b.txt" && items[1].size == Some(3));
        anyhow::ensure!(items[0].last_modified == Some(1_714_557_600_000));
        Ok(())
    }),
    ("DSSManagedFolder.get_file", |c| {
        let folder = c.get_project("PKEY").get_managed_folder("fold1");
        anyhow::ensure!(read_all(folder.get_file("a.txt").send()?)? == FILE);
        Ok(())
    }),
    ("DSSManagedFolder.get_file (space and subfolder)", |c| {
        let folder = c.get_project("PKEY").get_managed_folder("fold1");
        anyhow::ensure!(read_all(folder.get_file("sub dir/a b.txt").send()?)? == FILE);
        Ok(())
    }),
    ("DSSManagedFolder.get_file (special characters)", |c| {
        let folder = c.get_project("PKEY").get_managed_folder("fold1");
        anyhow::ensure!(read_all(folder.get_file("déjà/x#1?y%z+&=.txt").send()?)? == FILE);
        Ok(())
    }),
    ("DSSManagedFolder.put_file", |c| {
        let folder = c.get_project("PKEY").get_managed_folder("fold1");
        let item = folder.put_file("a.txt", b"hello".to_vec()).send()?;
        anyhow::ensure!(item.path == "/a.txt", "{item:?}");
        Ok(())
    }),
    ("DSSManagedFolder.put_file (space and subfolder)", |c| {
        let folder = c.get_project("PKEY").get_managed_folder("fold1");
        let item = folder.put_file("sub dir/a b.txt", b"hello sub".to_vec()).send()?;
        anyhow::ensure!(item.path == "/sub dir/a b.txt", "{item:?}");
        Ok(())
    }),
    ("DSSManagedFolder.put_file (str content)", |c| {
        let folder = c.get_project("PKEY").get_managed_folder("fold1");
        folder.put_file("s.txt", "text content".as_bytes()).send()?;
        Ok(())
    }),
    ("DSSManagedFolder.delete_file", |c| {
        let folder = c.get_project("PKEY").get_managed_folder("fold1");
        folder.delete_file("a.txt").send()?;
        Ok(())
    }),
    ("DSSManagedFolder.delete_file (space and subfolder)", |c| {
        let folder = c.get_project("PKEY").get_managed_folder("fold1");
        folder.delete_file("sub dir/a b.txt").send()?;
        Ok(())
    }),
    ("DSSManagedFolder.upload_folder", |c| {
        let dir = upload_dir("upload")?;
        let folder = c.get_project("PKEY").get_managed_folder("fold1");
        let written = folder.upload_folder("up", &dir).send();
        std::fs::remove_dir_all(&dir)?;
        let paths: Vec<String> = written?.into_iter().map(|i| i.path).collect();
        anyhow::ensure!(paths == ["/up/a.txt", "/up/sub/b.txt"], "{paths:?}");
        Ok(())
    }),
    ("DSSManagedFolder.get_settings", |c| {
        let folder = c.get_project("PKEY").get_managed_folder("fold1");
        let settings = folder.get_settings().send()?;
        anyhow::ensure!(settings.r#type() == Some("Filesystem"), "{:?}", settings.raw());
        Ok(())
    }),
    ("DSSManagedFolderSettings.save", |c| {
        let folder = c.get_project("PKEY").get_managed_folder("fold1");
        folder.get_settings().send()?.save().send()?;
        Ok(())
    }),
    ("DSSManagedFolder.delete (defaults)", |c| {
        c.get_project("PKEY").get_managed_folder("fold1").delete().send()?;
        Ok(())
    }),
    ("DSSManagedFolder.delete (all args)", |c| {
        c.get_project("PKEY")
            .get_managed_folder("fold1")
            .delete()
            .drop_data(true)
            .send()?;
        Ok(())
    }),
    ("DSSManagedFolder.rename", |c| {
        let folder = c.get_project("PKEY").get_managed_folder("fold1");
        folder.rename("Folder renamed").send()?;
        anyhow::ensure!(folder.id() == "fold1", "the id stays");
        Ok(())
    }),
    // dataikuapi takes the target folder object; we take its project key
    // and id.
    ("DSSManagedFolder.copy_to (defaults)", |c| {
        let project = c.get_project("PKEY");
        let target = project.get_managed_folder("fold2");
        let task = project
            .get_managed_folder("fold1")
            .copy_to(target.project_key(), target.odb_id())
            .send()?;
        anyhow::ensure!(task.job_id() == "fut-1");
        Ok(())
    }),
    ("DSSManagedFolder.copy_to (all args)", |c| {
        let target = c.get_project("OTHER").get_managed_folder("fold2");
        let task = c
            .get_project("PKEY")
            .get_managed_folder("fold1")
            .copy_to(target.project_key(), target.odb_id())
            .write_mode("APPEND")
            .send()?;
        anyhow::ensure!(task.job_id() == "fut-1");
        Ok(())
    }),
    ("DSSManagedFolder.copy_to (wait_for_result)", |c| {
        let mut task = c
            .get_project("PKEY")
            .get_managed_folder("fold1")
            .copy_to("PKEY", "fold2")
            .send()?;
        let result = task.wait_for_result().send()?;
        anyhow::ensure!(result == json!({"ok": true}), "{result}");
        Ok(())
    }),
    ("DSSManagedFolder.compute_metrics (defaults)", |c| {
        let folder = c.get_project("PKEY").get_managed_folder("fold1");
        let answer = folder.compute_metrics().send()?;
        anyhow::ensure!(answer["computed"][0]["metricId"] == "basic:COUNT_FILES", "{answer}");
        Ok(())
    }),
    ("DSSManagedFolder.compute_metrics (all args)", |c| {
        let folder = c.get_project("PKEY").get_managed_folder("fold1");
        folder
            .compute_metrics()
            .metric_ids(["basic:COUNT_FILES"])
            .probes(json!({"probes": [{"type": "basic"}]}))
            .send()?;
        Ok(())
    }),
    ("DSSManagedFolder.compute_metrics (probes)", |c| {
        let folder = c.get_project("PKEY").get_managed_folder("fold1");
        folder
            .compute_metrics()
            .probes(json!({"probes": [{"type": "basic"}]}))
            .send()?;
        Ok(())
    }),
];

/// Recorded calls of this area that are not replayed, each with the reason
/// (a deliberate difference, tested in this area's own tests).
pub const NOT_REPLAYED: &[(&str, &str)] = &[
    (
        "DSSManagedFolder.get_file (leading slash)",
        "a path inside a folder is relative to its root: leading slashes are dropped, so '/sub dir/a b.txt' \
         is sent as contents/sub%20dir/a%20b.txt, not contents//sub%20dir/a%20b.txt \
         (tests/folders.rs: leading_slashes_are_dropped)",
    ),
    (
        "DSSManagedFolder.upload_folder (root)",
        "an empty target path is the folder's root: files go to contents/a.txt, not contents//a.txt \
         (tests/folders.rs: upload_folder_to_the_root)",
    ),
];
