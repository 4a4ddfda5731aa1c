//! Managed folders: the hand-written half of [`DssManagedFolder`] (its
//! other requests come from `spec/folders.dss`).
//!
//! What is written by hand, and why:
//!
//! - The methods that take a path inside the folder (`get_file`,
//!   `get_file_to_file`, `put_file`, `delete_file`) drop the path's leading
//!   slashes first, so that a path is always relative to the folder's root:
//!   `"/a.txt"` (the form `list_contents` answers with) and `"a.txt"` name
//!   the same file. dataikuapi sends a leading slash as it is, which gives
//!   an empty segment (`contents//a.txt`); the runtime refuses empty
//!   segments, and the spec language cannot change an argument before it is
//!   sent. Each then sends the request of a [`DssManagedFolderFile`].
//! - `upload_folder` walks a local directory and sends one `put_file` per
//!   file.
//! - `compute_metrics` picks one of three requests from its arguments, as
//!   dataikuapi does.
//!
//! Within a path, each segment is percent-encoded (spaces, `#`, `?`, `%`,
//! non-ASCII letters reach the server as written), the slashes between
//! segments are kept, and `.` and `..` are sent encoded, as names, so they
//! never climb out of the folder. An empty segment (`a//b`, a trailing
//! slash, an empty path) is refused before anything is sent.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::Value;

use crate::api::handles::{DssManagedFolder, DssManagedFolderFile};
use crate::api::models::FolderItem;
use crate::rt::{ByteStream, Error, Result, Upload};

/// Applies an optional timeout to a generated request value.
macro_rules! timed {
    ($request:expr, $timeout:expr) => {{
        let request = $request;
        match $timeout {
            Some(t) => request.timeout(t),
            None => request,
        }
    }};
}

/// A path inside a managed folder, relative to its root: without leading
/// slashes.
fn relative(path: &str) -> &str {
    path.trim_start_matches('/')
}

impl DssManagedFolder {
    /// The folder's id (dataikuapi's `id` property); the same as
    /// [`odb_id`](Self::odb_id).
    pub fn id(&self) -> &str {
        &self.odb_id
    }

    /// A handle on one file of the folder (no request). Leading slashes of
    /// `path` are dropped: the path is relative to the folder's root, so
    /// `"/sub/a.txt"` and `"sub/a.txt"` name the same file.
    pub fn file(&self, path: impl Into<String>) -> DssManagedFolderFile {
        let path = path.into();
        DssManagedFolderFile {
            client: self.client.clone(),
            project_key: self.project_key.clone(),
            odb_id: self.odb_id.clone(),
            path: relative(&path).to_owned(),
        }
    }

    /// Reads a file of the folder as a byte stream (read it as it arrives;
    /// nothing is buffered whole): `GET
    /// /projects/{project_key}/managedfolders/{odb_id}/contents/{path*}`.
    ///
    /// `path` is relative to the folder's root; leading slashes are dropped
    /// (dataikuapi sends them, giving `contents//..`).
    pub fn get_file(&self, path: impl Into<String>) -> ManagedFolderGetFile<'_> {
        ManagedFolderGetFile {
            folder: self,
            path: path.into(),
            timeout: None,
        }
    }

    /// Downloads a file of the folder into a local file (created or
    /// truncated only once the server has answered), streamed in constant
    /// memory; returns the number of bytes written. The same request as
    /// [`get_file`](Self::get_file), whose path rules apply.
    pub fn get_file_to_file(
        &self,
        path: impl Into<String>,
        local_path: impl Into<String>,
    ) -> ManagedFolderGetFileToFile<'_> {
        ManagedFolderGetFileToFile {
            folder: self,
            path: path.into(),
            local_path: local_path.into(),
            timeout: None,
        }
    }

    /// Writes a file of the folder (created, or replaced if it exists),
    /// streaming its content as a `multipart/form-data` upload whose part
    /// has an empty file name, as dataikuapi sends it: `POST
    /// /projects/{project_key}/managedfolders/{odb_id}/contents/{path*}`.
    /// Returns what DSS says of the file written.
    ///
    /// `path` is relative to the folder's root; leading slashes are
    /// dropped. `f` is a reader ([`Upload::reader`]), a [`File`](std::fs::File),
    /// a path or bytes; it is never read whole into memory.
    pub fn put_file(&self, path: impl Into<String>, f: impl Into<Upload>) -> ManagedFolderPutFile<'_> {
        ManagedFolderPutFile {
            folder: self,
            path: path.into(),
            f: f.into(),
            timeout: None,
        }
    }

    /// Deletes a file of the folder (no error if it does not exist): `DELETE
    /// /projects/{project_key}/managedfolders/{odb_id}/contents/{path*}`.
    ///
    /// `path` is relative to the folder's root; leading slashes are dropped.
    pub fn delete_file(&self, path: impl Into<String>) -> ManagedFolderDeleteFile<'_> {
        ManagedFolderDeleteFile {
            folder: self,
            path: path.into(),
            timeout: None,
        }
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
            timeout: None,
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
            timeout: None,
        }
    }
}

/// Request value of [`DssManagedFolder::get_file`]: call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ManagedFolderGetFile<'a> {
    folder: &'a DssManagedFolder,
    path: String,
    timeout: Option<Duration>,
}

impl ManagedFolderGetFile<'_> {
    /// Overrides the client's overall timeout for this one request.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sends the request and returns a reader over the file's bytes.
    pub fn send(self) -> Result<ByteStream> {
        let file = self.folder.file(self.path);
        timed!(file.get_file(), self.timeout).send()
    }
}

/// Request value of [`DssManagedFolder::get_file_to_file`]: call
/// [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ManagedFolderGetFileToFile<'a> {
    folder: &'a DssManagedFolder,
    path: String,
    local_path: String,
    timeout: Option<Duration>,
}

impl ManagedFolderGetFileToFile<'_> {
    /// Overrides the client's overall timeout for this one request.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sends the request, writes the file and returns the number of bytes
    /// written.
    pub fn send(self) -> Result<u64> {
        let file = self.folder.file(self.path);
        timed!(file.get_file_to_file(self.local_path), self.timeout).send()
    }
}

/// Request value of [`DssManagedFolder::put_file`]: call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ManagedFolderPutFile<'a> {
    folder: &'a DssManagedFolder,
    path: String,
    f: Upload,
    timeout: Option<Duration>,
}

impl ManagedFolderPutFile<'_> {
    /// Overrides the client's overall timeout for this one request.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sends the request (streaming the content) and returns what DSS says
    /// of the file written.
    pub fn send(self) -> Result<FolderItem> {
        let file = self.folder.file(self.path);
        timed!(file.put_file(self.f), self.timeout).send()
    }
}

/// Request value of [`DssManagedFolder::delete_file`]: call
/// [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct ManagedFolderDeleteFile<'a> {
    folder: &'a DssManagedFolder,
    path: String,
    timeout: Option<Duration>,
}

impl ManagedFolderDeleteFile<'_> {
    /// Overrides the client's overall timeout for this one request.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sends the request.
    pub fn send(self) -> Result<()> {
        let file = self.folder.file(self.path);
        timed!(file.delete_file(), self.timeout).send()
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
    timeout: Option<Duration>,
}

impl ManagedFolderUploadFolder<'_> {
    /// Overrides the client's overall timeout for each upload.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

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
            let file = self.folder.file(remote);
            written.push(timed!(file.put_file(Upload::path(local)), self.timeout).send()?);
        }
        Ok(written)
    }
}

/// Collects the files under `dir` as (path relative to the walk's root,
/// joined with `/`; local path), depth first, each directory's entries
/// sorted by name.
fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf)>) -> Result<()> {
    let read = |e| Error::Io {
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
    timeout: Option<Duration>,
}

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

    /// Overrides the client's overall timeout for this one request.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sends the request and returns DSS's answer.
    pub fn send(self) -> Result<Value> {
        let folder = self.folder;
        match (self.metric_ids, self.probes) {
            (Some(ids), _) => timed!(folder.compute_metrics_from_ids(ids), self.timeout).send(),
            (None, Some(probes)) => timed!(folder.compute_metrics_with_probes(probes), self.timeout).send(),
            (None, None) => timed!(folder.compute_defined_metrics(), self.timeout).send(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_relative_to_the_root() {
        assert_eq!(relative("/a.txt"), "a.txt");
        assert_eq!(relative("//sub/a b.txt"), "sub/a b.txt");
        assert_eq!(relative("a/"), "a/");
        assert_eq!(relative("/"), "");
    }

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
