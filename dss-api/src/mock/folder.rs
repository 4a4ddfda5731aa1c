//! A managed folder that keeps what is put into it.

#[allow(unused_imports)]
use super::*;

/// A managed folder on a [`MockDss`] that keeps its files (see
/// [`MockDss::managed_folder`]).
pub struct MockFolder {
    files: Arc<Mutex<BTreeMap<String, Bytes>>>,
    list: Stubbed,
    get: Stubbed,
    put: Stubbed,
    delete: Stubbed,
}

impl fmt::Debug for MockFolder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockFolder")
            .field("files", &self.paths())
            .finish_non_exhaustive()
    }
}

/// A folder path from the encoded segments after `contents/`.
pub(super) fn folder_path(encoded: &str) -> String {
    // As DSS reads a folder path: `a//b` is `a/b`.
    encoded
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

impl MockFolder {
    pub(super) fn new(mock: &MockDss, project_key: &str, folder_id: &str) -> Result<MockFolder> {
        let folder = mock.get_project(project_key).get_managed_folder(folder_id);
        let files: Arc<Mutex<BTreeMap<String, Bytes>>> = Arc::default();
        fn item(path: &str, len: usize) -> Value {
            json!({"path": format!("/{path}"), "size": len, "lastModified": now_ms()})
        }

        let listed = files.clone();
        let list = folder.list_contents().responds_with(move |_| {
            let items: Vec<Value> = lock(&listed).iter().map(|(p, b)| item(p, b.len())).collect();
            Answer::json(json!({"items": items}))
        })?;
        let prefix = format!("{}/", folder.list_contents().described(false)?.path);

        let get = serve_files(mock, &prefix, files.clone());
        let put = keep_uploads(mock, &prefix, files.clone(), item);
        let delete = delete_files(mock, &prefix, files.clone());
        Ok(MockFolder {
            files,
            list,
            get,
            put,
            delete,
        })
    }

    /// Puts a file into the folder (as if uploaded before the test).
    pub fn insert(&self, path: &str, content: impl Into<Vec<u8>>) {
        let path = path.trim_start_matches('/').to_owned();
        lock(&self.files).insert(path, Bytes::from(content.into()));
    }

    /// A file's content, if the folder has it (`path` relative to the
    /// folder's root; a leading `/` is dropped).
    pub fn file(&self, path: &str) -> Option<Vec<u8>> {
        lock(&self.files).get(path.trim_start_matches('/')).map(|b| b.to_vec())
    }

    /// The paths of its files, sorted (without a leading `/`).
    pub fn paths(&self) -> Vec<String> {
        lock(&self.files).keys().cloned().collect()
    }

    /// The stub of `list_contents`.
    pub fn listings(&self) -> &Stubbed {
        &self.list
    }

    /// The stub of file downloads (`get_file`, `get_file_to_file`).
    pub fn downloads(&self) -> &Stubbed {
        &self.get
    }

    /// The stub of file uploads (`put_file`, `upload_folder`).
    pub fn uploads(&self) -> &Stubbed {
        &self.put
    }

    /// The stub of `delete_file`.
    pub fn deletions(&self) -> &Stubbed {
        &self.delete
    }
}

/// The file of a folder path under `prefix` that a request names.
fn file_of(req: &ReceivedRequest, prefix: &str) -> String {
    folder_path(req.path().strip_prefix(prefix).unwrap_or_default())
}

/// `GET` of a file: its bytes, or DSS's 404.
fn serve_files(mock: &MockDss, prefix: &str, files: Files) -> Stubbed {
    let strip = prefix.to_owned();
    mock.registry.register(
        None,
        Route::Under {
            verb: "GET",
            prefix: prefix.to_owned(),
        },
        Box::new(move |req| {
            let path = file_of(req, &strip);
            match lock(&files).get(&path) {
                Some(bytes) => Answer {
                    status: 200,
                    content_type: Some("application/octet-stream"),
                    headers: Vec::new(),
                    body: bytes.clone(),
                },
                None => Answer::error(
                    404,
                    "com.dataiku.dip.exceptions.UnknownObjectException",
                    &format!("File /{path} does not exist"),
                ),
            }
        }),
    )
}

/// `POST` of a file (a multipart upload): kept, and described as DSS does.
fn keep_uploads(mock: &MockDss, prefix: &str, files: Files, item: fn(&str, usize) -> Value) -> Stubbed {
    let strip = prefix.to_owned();
    mock.registry.register(
        None,
        Route::Under {
            verb: "POST",
            prefix: prefix.to_owned(),
        },
        Box::new(move |req| {
            let path = file_of(req, &strip);
            match req.upload() {
                Some(file) => {
                    let len = file.content.len();
                    lock(&files).insert(path.clone(), Bytes::from(file.content));
                    Answer::json(item(&path, len))
                }
                None => Answer::error(
                    400,
                    "com.dataiku.dip.exceptions.BadRequestException",
                    "expected a multipart upload with a part named `file`",
                ),
            }
        }),
    )
}

/// `DELETE` of a file, or DSS's 404.
fn delete_files(mock: &MockDss, prefix: &str, files: Files) -> Stubbed {
    let strip = prefix.to_owned();
    mock.registry.register(
        None,
        Route::Under {
            verb: "DELETE",
            prefix: prefix.to_owned(),
        },
        Box::new(move |req| {
            let path = file_of(req, &strip);
            match lock(&files).remove(&path) {
                Some(_) => Answer::empty(),
                None => Answer::error(
                    404,
                    "com.dataiku.dip.exceptions.UnknownObjectException",
                    &format!("File /{path} does not exist"),
                ),
            }
        }),
    )
}

/// A folder's files, by path, shared by its stubs.
type Files = Arc<Mutex<BTreeMap<String, Bytes>>>;
