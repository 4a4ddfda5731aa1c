//! Project folders, by hand: what a folder's handle holds of it (its name,
//! its projects), and its parent, children and path, read from DSS.

use serde_json::Value;

use crate::api::handles::{DssProject, DssProjectFolder};
use crate::api::pending::Pending;
use crate::rt::{timed, RequestOptions, Result};

impl DssProjectFolder {
    /// `data.name`.
    pub fn get_name(&self) -> Option<&str> {
        self.data.get("name").and_then(Value::as_str)
    }

    /// Reads the folder named by `data.parentId`
    /// (`GET /project-folders/{id}`); `None` when there is none.
    pub fn get_parent(&self) -> Pending<'_, Option<DssProjectFolder>> {
        Pending::new(
            &crate::api::generated::endpoints::PROJECT_FOLDER_GET_PARENT,
            move |opts| self.parent_with(opts),
        )
    }

    fn parent_with(&self, opts: &RequestOptions) -> Result<Option<DssProjectFolder>> {
        match self.data.get("parentId").and_then(Value::as_str) {
            Some(parent) => timed!(self.client.get_project_folder(parent), opts).send().map(Some),
            None => Ok(None),
        }
    }

    /// The names of the folder and its ancestors, from the root, joined
    /// with `/` (the root folder's path is `/`), as dataikuapi builds it:
    /// one request per ancestor.
    pub fn get_path(&self) -> Pending<'_, String> {
        Pending::new(
            &crate::api::generated::endpoints::PROJECT_FOLDER_GET_PATH,
            move |opts| self.path_with(opts),
        )
    }

    fn path_with(&self, opts: &RequestOptions) -> Result<String> {
        let mut names = Vec::new();
        let mut parent = self.parent_with(opts)?;
        if parent.is_none() {
            return Ok("/".to_owned());
        }
        names.push(self.get_name().unwrap_or_default().to_owned());
        while let Some(folder) = parent {
            parent = folder.parent_with(opts)?;
            if parent.is_some() {
                names.push(folder.get_name().unwrap_or_default().to_owned());
            }
        }
        names.reverse();
        Ok(format!("/{}", names.join("/")))
    }

    /// Reads each folder of `data.childrenIds` (`GET /project-folders/{id}`).
    pub fn list_child_folders(&self) -> Pending<'_, Vec<DssProjectFolder>> {
        Pending::new(
            &crate::api::generated::endpoints::PROJECT_FOLDER_LIST_CHILD_FOLDERS,
            move |opts| {
                let ids = strings(&self.data, "childrenIds");
                ids.into_iter()
                    .map(|id| timed!(self.client.get_project_folder(id), opts).send())
                    .collect()
            },
        )
    }

    /// `data.projectKeys`.
    pub fn list_project_keys(&self) -> Vec<&str> {
        strings(&self.data, "projectKeys")
    }

    /// A [`DssProject`] for each of `data.projectKeys`.
    pub fn list_projects(&self) -> Vec<DssProject> {
        self.list_project_keys()
            .into_iter()
            .map(|k| self.client.get_project(k))
            .collect()
    }
}

/// The strings of the list at `member` (none when it is absent).
fn strings<'a>(data: &'a Value, member: &str) -> Vec<&'a str> {
    data.get(member)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}
