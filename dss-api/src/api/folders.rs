//! Managed folders: the hand-written half of [`DssManagedFolder`] (its
//! other requests, files included, come from `spec/folders.dss`), and the
//! local methods of [`DssManagedFolderSettings`].
//!
//! Written by hand, and why: `upload_folder` walks a local directory and
//! sends one `put_file` per file; `compute_metrics` picks one of three
//! requests from its arguments, as dataikuapi does.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::api::generated::models::FolderItem;
use crate::api::handles::{DssManagedFolder, DssManagedFolderSettings};
use crate::api::settings;
use crate::rt::{options_setters, Error, RequestOptions, Result, Upload};

impl DssManagedFolder {
    /// The folder's id (dataikuapi's `id` property); the same as
    /// [`odb_id`](Self::odb_id).
    pub fn id(&self) -> &str {
        &self.odb_id
    }

    /// Uploads every file under a local directory into the folder, keeping
    /// the directory's layout: `local_dir/sub/b.txt` is written to
    /// `{path}/sub/b.txt`, and `local_dir` itself does not appear. One
    /// [`put_file`](Self::put_file) per file, each streamed.
    ///
    /// - `path` is where to upload inside the folder, relative to its root:
    ///   leading and trailing slashes are dropped, and `""` (or `"/"`) is
    ///   the root itself (dataikuapi would send `contents//a.txt`).
    /// - Files are sent in a fixed order: depth first, the entries of each
    ///   directory sorted by name. Their paths are joined with `/` whatever
    ///   the platform.
    /// - Symbolic links to files are uploaded; links to directories are not
    ///   followed (as dataikuapi's `os.walk`), and broken links are skipped.
    /// - A `local_dir` that cannot be read is an error before anything is
    ///   sent (dataikuapi silently uploads nothing); a name that is not
    ///   UTF-8 too. The first failing upload stops the walk, with the files
    ///   before it written.
    ///
    /// Returns what DSS said of each file written, in order.
    pub fn upload_folder(
        &self,
        path: impl Into<String>,
        local_dir: impl Into<PathBuf>,
    ) -> ManagedFolderUploadFolder<'_> {
        ManagedFolderUploadFolder {
            folder: self,
            path: path.into(),
            local_dir: local_dir.into(),
            opts: RequestOptions::for_method(&crate::api::generated::endpoints::MANAGED_FOLDER_UPLOAD_FOLDER),
        }
    }

    /// Computes metrics on the folder; returns DSS's answer. As dataikuapi:
    /// with metric ids, sends
    /// [`compute_metrics_from_ids`](Self::compute_metrics_from_ids) (probes
    /// are then ignored); else with probes,
    /// [`compute_metrics_with_probes`](Self::compute_metrics_with_probes);
    /// else [`compute_defined_metrics`](Self::compute_defined_metrics), with
    /// no body.
    pub fn compute_metrics(&self) -> ManagedFolderComputeMetrics<'_> {
        ManagedFolderComputeMetrics {
            folder: self,
            metric_ids: None,
            probes: None,
            opts: RequestOptions::for_method(&crate::api::generated::endpoints::MANAGED_FOLDER_COMPUTE_METRICS),
        }
    }
}

/// Request value of [`DssManagedFolder::upload_folder`]: call
/// [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ManagedFolderUploadFolder<'a> {
    folder: &'a DssManagedFolder,
    path: String,
    local_dir: PathBuf,
    opts: RequestOptions,
}

// Each upload gets these settings.
options_setters!(ManagedFolderUploadFolder<'a>, opts);

impl ManagedFolderUploadFolder<'_> {
    /// Lists the local files, then uploads them one by one; returns what
    /// DSS said of each.
    pub fn send(self) -> Result<Vec<FolderItem>> {
        let mut files = Vec::new();
        walk(&self.local_dir, "", &mut files)?;
        let base = self.path.trim_matches('/');
        let mut written = Vec::with_capacity(files.len());
        for (relative, local) in files {
            let remote = if base.is_empty() {
                relative
            } else {
                format!("{base}/{relative}")
            };
            let put = self.folder.put_file(remote, Upload::path(local));
            written.push(put.request_options(self.opts.clone()).send()?);
        }
        Ok(written)
    }
}

/// Collects the files under `dir` as (path relative to the walk's root,
/// joined with `/`; local path), depth first, each directory's entries
/// sorted by name.
fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf)>) -> Result<()> {
    let read = |e| Error::Io {
        path: None,
        context: "reading the local directory to upload",
        source: e,
    };
    let mut entries = fs::read_dir(dir)
        .and_then(|entries| entries.collect::<std::io::Result<Vec<_>>>())
        .map_err(read)?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            return Err(Error::InvalidArgument {
                name: "local_dir",
                reason: format!("{} is not a UTF-8 name", entry.path().display()),
            });
        };
        let relative = if prefix.is_empty() {
            name.to_owned()
        } else {
            format!("{prefix}/{name}")
        };
        let path = entry.path();
        let kind = entry.file_type().map_err(read)?;
        if kind.is_dir() {
            walk(&path, &relative, out)?;
        } else if kind.is_file() || (kind.is_symlink() && fs::metadata(&path).is_ok_and(|m| m.is_file())) {
            out.push((relative, path));
        }
    }
    Ok(())
}

/// Request value of [`DssManagedFolder::compute_metrics`]: set optional
/// arguments by name, then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ManagedFolderComputeMetrics<'a> {
    folder: &'a DssManagedFolder,
    metric_ids: Option<Vec<String>>,
    probes: Option<Value>,
    opts: RequestOptions,
}

options_setters!(ManagedFolderComputeMetrics<'a>, opts);

impl ManagedFolderComputeMetrics<'_> {
    /// Computes only these metrics, among those defined on the folder
    /// (`basic:COUNT_FILES`, ...). Unset by default; when set (even empty),
    /// probes are ignored.
    pub fn metric_ids(mut self, metric_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.metric_ids = Some(metric_ids.into_iter().map(Into::into).collect());
        self
    }

    /// Uses these probes instead of the folder's (the shape of the `probes`
    /// member of its settings: `{"probes": [{"type": "basic", ..}]}`).
    /// Unset by default.
    pub fn probes(mut self, probes: Value) -> Self {
        self.probes = Some(probes);
        self
    }

    /// Sends the request and returns DSS's answer.
    pub fn send(self) -> Result<Value> {
        let (folder, opts) = (self.folder, self.opts);
        match (self.metric_ids, self.probes) {
            (Some(ids), _) => folder.compute_metrics_from_ids(ids).request_options(opts).send(),
            (None, Some(probes)) => folder.compute_metrics_with_probes(probes).request_options(opts).send(),
            (None, None) => folder.compute_defined_metrics().request_options(opts).send(),
        }
    }
}

/// The local methods of [`DssManagedFolderSettings`] that do more than set
/// one member (dataikuapi's names and defaults).
impl DssManagedFolderSettings {
    /// Makes the folder unpartitioned (`partitioning.dimensions` empty).
    pub fn remove_partitioning(&mut self) -> &mut DssManagedFolderSettings {
        settings::remove_partitioning(&mut self.document);
        self
    }

    /// Adds a discrete (value) partitioning dimension.
    pub fn add_discrete_partitioning_dimension(&mut self, dim_name: &str) -> &mut DssManagedFolderSettings {
        settings::add_discrete_dimension(&mut self.document, dim_name);
        self
    }

    /// Adds a time partitioning dimension of a period: `DAY` (dataikuapi's
    /// default), `YEAR`, `MONTH` or `HOUR`.
    pub fn add_time_partitioning_dimension(&mut self, dim_name: &str, period: &str) -> &mut DssManagedFolderSettings {
        settings::add_time_dimension(&mut self.document, dim_name, period);
        self
    }

    /// Moves the folder to another connection or path; `None` leaves
    /// either as it is. `.send()` changes the settings: a connection other
    /// than `params.connection` is looked up first
    /// (`GET /connections/{connection}/info?contextualProjectKey=..`, as
    /// dataikuapi does) and the folder's `type` set from its type (`EC2`
    /// gives `S3`; `SSH` gives `SCP` unless the folder is `SCP` or `SFTP`
    /// already); then `params.connection` and `params.path` are set. The
    /// lookup is the one request it sends, and only for a new connection.
    pub fn set_connection_and_path(
        &mut self,
        connection: Option<&str>,
        path: Option<&str>,
    ) -> ManagedFolderSetConnectionAndPath<'_> {
        ManagedFolderSetConnectionAndPath {
            settings: self,
            connection: connection.map(str::to_owned),
            path: path.map(str::to_owned),
            opts: RequestOptions::for_method(
                &crate::api::generated::endpoints::MANAGED_FOLDER_SETTINGS_SET_CONNECTION_AND_PATH,
            ),
        }
    }
}

/// Request value of [`DssManagedFolderSettings::set_connection_and_path`]:
/// call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ManagedFolderSetConnectionAndPath<'a> {
    settings: &'a mut DssManagedFolderSettings,
    connection: Option<String>,
    path: Option<String>,
    opts: RequestOptions,
}

options_setters!(ManagedFolderSetConnectionAndPath<'a>, opts);

impl ManagedFolderSetConnectionAndPath<'_> {
    /// Looks a new connection up, then changes the settings; on an error
    /// of the lookup, the settings are left as they were.
    pub fn send(self) -> Result<()> {
        let ManagedFolderSetConnectionAndPath {
            settings,
            connection,
            path,
            opts,
        } = self;
        if let Some(connection) = connection {
            let current = settings.document.get("params.connection").and_then(Value::as_str);
            if current != Some(connection.as_str()) {
                let info = settings
                    .client
                    .get_connection(&connection)
                    .get_info()
                    .contextual_project_key(settings.project_key.as_str())
                    .request_options(opts)
                    .send()?;
                let Some(kind) = info.get_type() else {
                    return Err(Error::Decode {
                        at: None,
                        endpoint: &crate::api::generated::endpoints::MANAGED_FOLDER_SETTINGS_SET_CONNECTION_AND_PATH,
                        source: <serde_json::Error as serde::de::Error>::custom(format!(
                            "the info of connection `{connection}` has no `type`"
                        )),
                    });
                };
                let folder_type = settings.document.get("type").and_then(Value::as_str);
                let new_type = match kind {
                    // The file system providers' names for these.
                    "EC2" => Some("S3"),
                    "SSH" if matches!(folder_type, Some("SCP" | "SFTP")) => None,
                    "SSH" => Some("SCP"),
                    other => Some(other),
                }
                .map(str::to_owned);
                if let Some(new_type) = new_type {
                    settings.document.set("type", new_type);
                }
                settings.document.set("params.connection", connection);
            }
        }
        if let Some(path) = path {
            settings.document.set("params.path", path);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_walk_is_sorted_and_joined_with_slashes() {
        let root = std::env::temp_dir().join(format!("dss-api-walk-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        for dir in ["b", "a/c", "empty"] {
            fs::create_dir_all(root.join(dir)).unwrap();
        }
        for file in ["z.txt", "b/1.txt", "a/c/2.txt", "a/0.txt", "a.txt"] {
            fs::write(root.join(file), file).unwrap();
        }
        #[cfg(unix)]
        {
            // A link to a file is a file; links to directories are not
            // followed (no loops), broken links are skipped.
            std::os::unix::fs::symlink(root.join("z.txt"), root.join("b/link.txt")).unwrap();
            std::os::unix::fs::symlink(&root, root.join("b/loop")).unwrap();
            std::os::unix::fs::symlink(root.join("gone"), root.join("b/broken")).unwrap();
        }
        let mut out = Vec::new();
        walk(&root, "", &mut out).unwrap();
        let names: Vec<&str> = out.iter().map(|(r, _)| r.as_str()).collect();
        let mut want = vec!["a/0.txt", "a/c/2.txt", "a.txt", "b/1.txt", "z.txt"];
        if cfg!(unix) {
            want.insert(4, "b/link.txt");
        }
        assert_eq!(names, want);
        assert!(out.iter().all(|(r, p)| p.ends_with(r)));
        fs::remove_dir_all(&root).unwrap();
        let err = walk(&root, "", &mut out).unwrap_err();
        assert!(matches!(err, Error::Io { .. }), "{err:?}");
    }
}
