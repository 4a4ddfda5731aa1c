//! Project libraries: the hand-written methods of [`DssLibrary`] and
//! [`DssLibraryFolder`], which find their way in the library's tree (read
//! with the generated `get_contents` each time they need it) and create
//! files and folders, and [`DssLibraryFile::read_bytes`].
//!
//! Paths are written as dataikuapi writes them, from the library's root:
//! `/` for the root, `/python/utils.py` for a file; `.` and `..` are
//! followed.

use base64::Engine as _;
use serde_json::Value;

use crate::api::generated::endpoints::{
    LIBRARY_ADD_FILE, LIBRARY_ADD_FOLDER, LIBRARY_FILE_READ_BYTES, LIBRARY_FOLDER_ADD_FILE, LIBRARY_FOLDER_ADD_FOLDER,
    LIBRARY_FOLDER_GET_CHILD, LIBRARY_FOLDER_GET_FILE, LIBRARY_FOLDER_GET_FOLDER, LIBRARY_FOLDER_LIST,
    LIBRARY_GET_FILE, LIBRARY_GET_FOLDER, LIBRARY_LIST,
};
use crate::api::handles::{DssLibrary, DssLibraryFile, DssLibraryFolder};
use crate::api::pending::Pending;
use crate::rt::{options_setters, timed, DssClient, Error, RequestOptions, Result};

/// A folder or a file of a project's library (dataikuapi's
/// `DSSLibraryItem`).
#[derive(Debug, Clone)]
pub enum DssLibraryItem {
    /// A folder.
    Folder(DssLibraryFolder),
    /// A file.
    File(DssLibraryFile),
}

impl DssLibraryItem {
    /// The item's path from the library's root (`/python/utils.py`).
    pub fn path(&self) -> &str {
        match self {
            DssLibraryItem::Folder(f) => f.path(),
            DssLibraryItem::File(f) => f.path(),
        }
    }

    /// The item's name (the last part of its path; `/` for the root).
    pub fn name(&self) -> &str {
        let path = self.path();
        match path.rsplit('/').next() {
            Some(name) if !name.is_empty() => name,
            _ => path,
        }
    }
}

/// A node of the library's tree as DSS lists it: a folder has `children`.
struct Node {
    name: String,
    children: Option<Vec<Node>>,
}

impl Node {
    /// The tree from the answer of `get_contents` (the root's children).
    fn root(contents: &Value) -> Result<Node> {
        Ok(Node {
            name: "/".to_owned(),
            children: Some(Node::list(contents)?),
        })
    }

    fn list(items: &Value) -> Result<Vec<Node>> {
        let Some(items) = items.as_array() else {
            return Err(decode("a folder of the library's tree is not a list"));
        };
        items
            .iter()
            .map(|item| {
                let Some(name) = item.get("name").and_then(Value::as_str) else {
                    return Err(decode("an item of the library's tree has no `name`"));
                };
                let children = match item.get("children") {
                    None | Some(Value::Null) => None,
                    Some(children) => Some(Node::list(children)?),
                };
                Ok(Node {
                    name: name.to_owned(),
                    children,
                })
            })
            .collect()
    }

    /// The node at these names from this one.
    fn at(&self, names: &[String]) -> Option<&Node> {
        names.iter().try_fold(self, |node, name| {
            node.children.as_ref()?.iter().find(|c| &c.name == name)
        })
    }
}

/// The error of a tree that does not have the shape DSS gives it.
fn decode(what: &str) -> Error {
    Error::Decode {
        at: None,
        endpoint: &LIBRARY_LIST,
        source: <serde_json::Error as serde::de::Error>::custom(what),
    }
}

/// The names from the root of a path written from the root (`/a/b`).
fn names_of(path: &str) -> Vec<String> {
    path.split('/').filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

/// The path, from the root, of these names (`/` for none).
fn path_of(names: &[String]) -> String {
    format!("/{}", names.join("/"))
}

/// Follows `path` from the node at `start` as dataikuapi does: `/` alone is
/// the start, one leading `/` is dropped, `.` stays, `..` climbs (above the
/// root is an error), and a name is a child; `None` when nothing is there.
fn resolve(root: &Node, start: &[String], path: &str) -> Result<Option<Vec<String>>> {
    let mut at = start.to_vec();
    let mut rest = path;
    loop {
        if rest.is_empty() || root.at(&at).is_none() {
            return Ok(None);
        }
        if rest == "/" {
            return Ok(Some(at));
        }
        let trimmed = rest.strip_prefix('/').unwrap_or(rest);
        let (first, next) = match trimmed.split_once('/') {
            Some((first, next)) => (first, Some(next)),
            None => (trimmed, None),
        };
        match first {
            "." => {}
            ".." => {
                if at.pop().is_none() {
                    return Err(Error::InvalidArgument {
                        name: "path",
                        reason: format!("`{path}` climbs above the library's root"),
                    });
                }
            }
            name => {
                let node = root.at(&at).and_then(|n| n.children.as_ref());
                if !node.is_some_and(|children| children.iter().any(|c| c.name == name)) {
                    return Ok(None);
                }
                at.push(name.to_owned());
            }
        }
        match next {
            Some(next) => rest = next,
            None => return Ok(Some(at)),
        }
    }
}

/// The lexical path of `name` (which may hold `/`, `.` and `..`) in the
/// folder at `folder`.
fn joined(folder: &str, name: &str) -> Vec<String> {
    let mut names = names_of(folder);
    for part in name.split('/').filter(|s| !s.is_empty()) {
        match part {
            "." => {}
            ".." => {
                names.pop();
            }
            part => names.push(part.to_owned()),
        }
    }
    names
}

/// A folder of a library, with what its methods need.
struct Place<'a> {
    client: &'a DssClient,
    project_key: &'a str,
    /// The folder's path from the root.
    path: &'a str,
}

impl Place<'_> {
    fn library(&self) -> DssLibrary {
        DssLibrary {
            client: self.client.clone(),
            project_key: self.project_key.to_owned(),
        }
    }

    fn folder(&self, names: &[String]) -> DssLibraryFolder {
        DssLibraryFolder {
            client: self.client.clone(),
            project_key: self.project_key.to_owned(),
            path: path_of(names),
        }
    }

    fn file(&self, names: &[String]) -> DssLibraryFile {
        DssLibraryFile {
            client: self.client.clone(),
            project_key: self.project_key.to_owned(),
            path: path_of(names),
        }
    }

    fn item(&self, names: &[String], node: &Node) -> DssLibraryItem {
        if node.children.is_some() {
            DssLibraryItem::Folder(self.folder(names))
        } else {
            DssLibraryItem::File(self.file(names))
        }
    }

    /// Reads the tree (`GET .../libraries/contents`).
    fn tree(&self, opts: &RequestOptions) -> Result<Node> {
        Node::root(&timed!(self.library().get_contents(), opts).send()?)
    }

    /// The item at `path` from this folder, and whether it is a folder.
    fn find(&self, path: &str, opts: &RequestOptions) -> Result<Option<DssLibraryItem>> {
        let root = self.tree(opts)?;
        let Some(names) = resolve(&root, &names_of(self.path), path)? else {
            return Ok(None);
        };
        Ok(root.at(&names).map(|node| self.item(&names, node)))
    }

    fn get_file(&self, path: &str, opts: &RequestOptions) -> Result<Option<DssLibraryFile>> {
        match self.find(path, opts)? {
            None => Ok(None),
            Some(DssLibraryItem::File(f)) => Ok(Some(f)),
            Some(DssLibraryItem::Folder(_)) => Err(Error::InvalidArgument {
                name: "path",
                reason: format!("`{path}` is a folder, not a file"),
            }),
        }
    }

    fn get_folder(&self, path: &str, opts: &RequestOptions) -> Result<Option<DssLibraryFolder>> {
        match self.find(path, opts)? {
            None => Ok(None),
            Some(DssLibraryItem::Folder(f)) => Ok(Some(f)),
            Some(DssLibraryItem::File(_)) => Err(Error::InvalidArgument {
                name: "path",
                reason: format!("`{path}` is a file, not a folder"),
            }),
        }
    }

    /// The children of the folder at `path` from this one, sorted by name.
    fn list(&self, path: &str, opts: &RequestOptions) -> Result<Vec<DssLibraryItem>> {
        let root = self.tree(opts)?;
        let names = resolve(&root, &names_of(self.path), path)?;
        let Some((names, Some(children))) =
            names.and_then(|n| root.at(&n).map(|node| (n.clone(), node.children.as_ref())))
        else {
            return Err(Error::InvalidArgument {
                name: "folder_path",
                reason: format!("no folder `{path}` in the library"),
            });
        };
        let mut items: Vec<(&str, DssLibraryItem)> = children
            .iter()
            .map(|child| {
                let mut at = names.clone();
                at.push(child.name.clone());
                (child.name.as_str(), self.item(&at, child))
            })
            .collect();
        items.sort_by(|a, b| a.0.cmp(b.0));
        Ok(items.into_iter().map(|(_, item)| item).collect())
    }

    /// Where a new item named `name` goes: its path from the root.
    fn new_path(&self, name: &str) -> String {
        let name = name.trim();
        if names_of(self.path).is_empty() {
            name.to_owned()
        } else {
            format!("{}/{name}", self.path)
        }
    }

    fn add_file(&self, file_name: &str, opts: &RequestOptions) -> Result<DssLibraryFile> {
        let path = self.new_path(file_name);
        let library = self.library();
        match timed!(library.read_file(path.as_str()), opts).send_as::<serde::de::IgnoredAny>() {
            Ok(_) => {
                return Err(Error::InvalidArgument {
                    name: "file_name",
                    reason: format!("the library already has a file `{}`", file_name.trim()),
                })
            }
            Err(e) if e.is_not_found() => {}
            Err(e) => return Err(e),
        }
        timed!(library.create_file(path), opts).send()?;
        Ok(self.file(&joined(self.path, file_name.trim())))
    }

    fn add_folder(&self, folder_name: &str, opts: &RequestOptions) -> Result<DssLibraryFolder> {
        timed!(self.library().create_folder(self.new_path(folder_name)), opts).send()?;
        Ok(self.folder(&joined(self.path, folder_name.trim())))
    }
}

impl DssLibrary {
    fn place(&self) -> Place<'_> {
        Place {
            client: &self.client,
            project_key: &self.project_key,
            path: "/",
        }
    }

    /// Lists a folder of the library: `.send()` reads the library's tree
    /// (`GET /projects/{project_key}/libraries/contents`) and returns the
    /// folder's folders and files, sorted by name. A path where there is no
    /// folder is [`Error::InvalidArgument`].
    pub fn list(&self) -> LibraryList<'_> {
        LibraryList {
            library: self,
            folder_path: "/".to_owned(),
            opts: RequestOptions::for_method(&LIBRARY_LIST),
        }
    }

    /// The file at `path` from the root, if there is one: reads the tree
    /// (`GET /projects/{project_key}/libraries/contents`). A folder there is
    /// [`Error::InvalidArgument`].
    pub fn get_file(&self, path: &str) -> Pending<'_, Option<DssLibraryFile>> {
        let path = path.to_owned();
        Pending::new(&LIBRARY_GET_FILE, move |opts| self.place().get_file(&path, opts))
    }

    /// The folder at `path` from the root, if there is one: reads the tree
    /// (`GET /projects/{project_key}/libraries/contents`). A file there is
    /// [`Error::InvalidArgument`].
    pub fn get_folder(&self, path: &str) -> Pending<'_, Option<DssLibraryFolder>> {
        let path = path.to_owned();
        Pending::new(&LIBRARY_GET_FOLDER, move |opts| self.place().get_folder(&path, opts))
    }

    /// Creates an empty file at the root (a name with `/` makes it deeper,
    /// in folders DSS makes): checks that there is none (`GET
    /// .../libraries/contents/{file_name}`; one there is
    /// [`Error::InvalidArgument`]), then creates it (`POST` there).
    pub fn add_file(&self, file_name: &str) -> Pending<'_, DssLibraryFile> {
        let file_name = file_name.to_owned();
        Pending::new(&LIBRARY_ADD_FILE, move |opts| self.place().add_file(&file_name, opts))
    }

    /// Creates a folder at the root (a name with `/` makes it deeper):
    /// `POST /projects/{project_key}/libraries/folders/{folder_name}`.
    pub fn add_folder(&self, folder_name: &str) -> Pending<'_, DssLibraryFolder> {
        let folder_name = folder_name.to_owned();
        Pending::new(&LIBRARY_ADD_FOLDER, move |opts| {
            self.place().add_folder(&folder_name, opts)
        })
    }
}

/// Request value of [`DssLibrary::list`]: set optional arguments by name,
/// then call [`send`](Self::send).
#[must_use = "a request does nothing until `.send()` is called"]
#[derive(Debug)]
pub struct LibraryList<'a> {
    library: &'a DssLibrary,
    folder_path: String,
    opts: RequestOptions,
}

options_setters!(LibraryList<'a>, opts);

impl LibraryList<'_> {
    /// The folder to list, from the root (dataikuapi's default: `/`, the
    /// root).
    pub fn folder_path(mut self, folder_path: impl Into<String>) -> Self {
        self.folder_path = folder_path.into();
        self
    }

    /// Reads the tree and lists the folder.
    pub fn send(self) -> Result<Vec<DssLibraryItem>> {
        self.library.place().list(&self.folder_path, &self.opts)
    }
}

impl DssLibraryFolder {
    fn place(&self) -> Place<'_> {
        Place {
            client: &self.client,
            project_key: &self.project_key,
            path: &self.path,
        }
    }

    /// The folder's folders and files, sorted by name: reads the library's
    /// tree (`GET /projects/{project_key}/libraries/contents`). A folder no
    /// longer there is [`Error::InvalidArgument`].
    pub fn list(&self) -> Pending<'_, Vec<DssLibraryItem>> {
        Pending::new(&LIBRARY_FOLDER_LIST, move |opts| self.place().list("/", opts))
    }

    /// The folder's child named `name`, if there is one: reads the tree.
    pub fn get_child(&self, name: &str) -> Pending<'_, Option<DssLibraryItem>> {
        let name = name.to_owned();
        Pending::new(&LIBRARY_FOLDER_GET_CHILD, move |opts| {
            Ok(self
                .place()
                .list("/", opts)?
                .into_iter()
                .find(|item| item.name() == name))
        })
    }

    /// The file at `path` from this folder (as
    /// [`DssLibrary::get_file`] from the root).
    pub fn get_file(&self, path: &str) -> Pending<'_, Option<DssLibraryFile>> {
        let path = path.to_owned();
        Pending::new(&LIBRARY_FOLDER_GET_FILE, move |opts| self.place().get_file(&path, opts))
    }

    /// The folder at `path` from this folder (as
    /// [`DssLibrary::get_folder`] from the root).
    pub fn get_folder(&self, path: &str) -> Pending<'_, Option<DssLibraryFolder>> {
        let path = path.to_owned();
        Pending::new(&LIBRARY_FOLDER_GET_FOLDER, move |opts| {
            self.place().get_folder(&path, opts)
        })
    }

    /// Creates an empty file in this folder, as [`DssLibrary::add_file`]
    /// does at the root.
    pub fn add_file(&self, file_name: &str) -> Pending<'_, DssLibraryFile> {
        let file_name = file_name.to_owned();
        Pending::new(&LIBRARY_FOLDER_ADD_FILE, move |opts| {
            self.place().add_file(&file_name, opts)
        })
    }

    /// Creates a folder in this folder, as [`DssLibrary::add_folder`] does
    /// at the root.
    pub fn add_folder(&self, folder_name: &str) -> Pending<'_, DssLibraryFolder> {
        let folder_name = folder_name.to_owned();
        Pending::new(&LIBRARY_FOLDER_ADD_FOLDER, move |opts| {
            self.place().add_folder(&folder_name, opts)
        })
    }
}

impl DssLibraryFile {
    /// Reads the file's bytes: `.send()` sends `GET
    /// /projects/{project_key}/libraries/contents/{path}?dataEncoding=base64`,
    /// whose `data` is decoded from base 64. Data that is not base 64 is
    /// [`Error::Decode`].
    pub fn read_bytes(&self) -> Pending<'_, Vec<u8>> {
        Pending::new(&LIBRARY_FILE_READ_BYTES, move |opts| self.decoded_bytes(opts))
    }

    fn decoded_bytes(&self, opts: &RequestOptions) -> Result<Vec<u8>> {
        let library = DssLibrary {
            client: self.client.clone(),
            project_key: self.project_key.clone(),
        };
        let read = library.read_file(self.path.as_str()).data_encoding("base64");
        let answer = timed!(read, opts).send()?;
        let decode = |what: String| Error::Decode {
            at: None,
            endpoint: &LIBRARY_FILE_READ_BYTES,
            source: <serde_json::Error as serde::de::Error>::custom(what),
        };
        let Some(data) = answer.get("data").and_then(Value::as_str) else {
            return Err(decode("the answer has no `data`".to_owned()));
        };
        base64::engine::general_purpose::STANDARD
            .decode(data)
            .map_err(|e| decode(format!("`data` is not base 64: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn tree() -> Node {
        let contents = json!([
            {"name": "python", "children": [{"name": "utils.py"}, {"name": "sub", "children": []}]},
            {"name": "R", "children": []},
            {"name": "readme.md", "children": null}
        ]);
        Node::root(&contents).unwrap_or(Node {
            name: "/".into(),
            children: None,
        })
    }

    #[test]
    fn paths_resolve_as_dataikuapi_follows_them() {
        let t = tree();
        let root: Vec<String> = Vec::new();
        let python = vec!["python".to_owned()];
        let got = |start: &[String], p: &str| resolve(&t, start, p).ok().flatten().map(|n| path_of(&n));
        assert_eq!(got(&root, "/"), Some("/".into()));
        assert_eq!(got(&root, "/python/utils.py"), Some("/python/utils.py".into()));
        assert_eq!(got(&root, "python/./sub"), Some("/python/sub".into()));
        assert_eq!(got(&python, "../readme.md"), Some("/readme.md".into()));
        assert_eq!(got(&python, "/utils.py"), Some("/python/utils.py".into()));
        assert_eq!(got(&root, "nothing"), None);
        assert_eq!(got(&root, "readme.md/x"), None);
        assert_eq!(got(&root, ""), None);
        assert!(resolve(&t, &root, "..").is_err());
    }

    #[test]
    fn new_items_are_named_from_their_folder() {
        assert_eq!(path_of(&joined("/", "a/b.py")), "/a/b.py");
        assert_eq!(path_of(&joined("/python", "../x.py")), "/x.py");
        assert_eq!(path_of(&names_of("/python/sub")), "/python/sub");
    }
}
