// The expansion of `notebooks_more.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/notebooks_more.dss`.
pub mod spec_notebooks_more {
    /// Handle types.
    pub mod handles {
        #[allow(unused_imports)]
        use ::core::option::Option::{self, None, Some};
        #[allow(unused_imports)]
        use ::core::result::Result::{self, Err, Ok};
        #[allow(unused_imports)]
        use ::std::string::String;
        #[allow(unused_imports)]
        use ::std::vec::Vec;
        #[allow(unused_imports)]
        use ::serde_json::Value;
        #[allow(unused_imports)]
        use super::super::models::*;
        /**A Jupyter notebook of a project, named by project key and notebook name
(dataikuapi's `DSSJupyterNotebook`). `unload` is written by hand.*/
        #[derive(Clone)]
        pub struct DssJupyterNotebook {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) notebook_name: String,
        }
        impl DssJupyterNotebook {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `notebook_name` this handle points at.
            pub fn notebook_name(&self) -> &str {
                &self.notebook_name
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssJupyterNotebook {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssJupyterNotebook")
                    .field("project_key", &self.project_key)
                    .field("notebook_name", &self.notebook_name)
                    .finish_non_exhaustive()
            }
        }
        ///An SQL notebook of a project, named by its id.
        #[derive(Clone)]
        pub struct DssSqlNotebook {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) notebook_id: String,
        }
        impl DssSqlNotebook {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `notebook_id` this handle points at.
            pub fn notebook_id(&self) -> &str {
                &self.notebook_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssSqlNotebook {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssSqlNotebook")
                    .field("project_key", &self.project_key)
                    .field("notebook_id", &self.notebook_id)
                    .finish_non_exhaustive()
            }
        }
        /**The content of a Jupyter notebook, as `get_content` reads it
(dataikuapi's `DSSNotebookContent` of `jupyternotebook`): its
`metadata` and its `cells`; changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssNotebookContent {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) notebook_name: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssNotebookContent {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `notebook_name` this handle points at.
            pub fn notebook_name(&self) -> &str {
                &self.notebook_name
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
            /// The whole document (as `get_raw`).
            pub fn raw(&self) -> &Value {
                self.document.raw()
            }
            /// The whole document, to change anything in it before saving: what
            /// is not changed is sent back exactly as it was read.
            pub fn raw_mut(&mut self) -> &mut Value {
                self.document.raw_mut()
            }
            /// The document itself (its member paths, its text as it would be
            /// sent).
            pub fn document(&self) -> &crate::rt::Document {
                &self.document
            }
            /// The whole document, as a value of its own.
            pub fn into_raw(self) -> Value {
                self.document.into_raw()
            }
        }
        impl ::core::fmt::Debug for DssNotebookContent {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssNotebookContent")
                    .field("project_key", &self.project_key)
                    .field("notebook_name", &self.notebook_name)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**The content of an SQL notebook, as `get_content` reads it (dataikuapi's
`DSSNotebookContent` of `sqlnotebook`, named apart here): its
connection and its cells; changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssSqlNotebookContent {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) notebook_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssSqlNotebookContent {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `notebook_id` this handle points at.
            pub fn notebook_id(&self) -> &str {
                &self.notebook_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
            /// The whole document (as `get_raw`).
            pub fn raw(&self) -> &Value {
                self.document.raw()
            }
            /// The whole document, to change anything in it before saving: what
            /// is not changed is sent back exactly as it was read.
            pub fn raw_mut(&mut self) -> &mut Value {
                self.document.raw_mut()
            }
            /// The document itself (its member paths, its text as it would be
            /// sent).
            pub fn document(&self) -> &crate::rt::Document {
                &self.document
            }
            /// The whole document, as a value of its own.
            pub fn into_raw(self) -> Value {
                self.document.into_raw()
            }
        }
        impl ::core::fmt::Debug for DssSqlNotebookContent {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssSqlNotebookContent")
                    .field("project_key", &self.project_key)
                    .field("notebook_id", &self.notebook_id)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**The history of an SQL notebook, as `get_history` reads it (dataikuapi's
`DSSNotebookHistory`): for each cell id, the runs of its queries;
changed (runs removed), then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssNotebookHistory {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) notebook_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssNotebookHistory {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `notebook_id` this handle points at.
            pub fn notebook_id(&self) -> &str {
                &self.notebook_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
            /// The whole document (as `get_raw`).
            pub fn raw(&self) -> &Value {
                self.document.raw()
            }
            /// The whole document, to change anything in it before saving: what
            /// is not changed is sent back exactly as it was read.
            pub fn raw_mut(&mut self) -> &mut Value {
                self.document.raw_mut()
            }
            /// The document itself (its member paths, its text as it would be
            /// sent).
            pub fn document(&self) -> &crate::rt::Document {
                &self.document
            }
            /// The whole document, as a value of its own.
            pub fn into_raw(self) -> Value {
                self.document.into_raw()
            }
        }
        impl ::core::fmt::Debug for DssNotebookHistory {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssNotebookHistory")
                    .field("project_key", &self.project_key)
                    .field("notebook_id", &self.notebook_id)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
    }
    /// Typed answers.
    pub mod models {
        #[allow(unused_imports)]
        use ::core::option::Option::{self, None, Some};
        #[allow(unused_imports)]
        use ::core::result::Result::{self, Err, Ok};
        #[allow(unused_imports)]
        use ::std::string::String;
        #[allow(unused_imports)]
        use ::std::vec::Vec;
        #[allow(unused_imports)]
        use ::serde_json::Value;
        #[allow(unused_imports)]
        use super::super::models::*;
        ///A Jupyter notebook as listed by `list_jupyter_notebooks`.
        #[derive(Clone, PartialEq)]
        pub struct JupyterNotebookListItem {
            ///Project holding the notebook.
            pub project_key: String,
            ///The notebook's name.
            pub name: String,
            ///Its language (`python`, `R`, `scala`, ...).
            pub language: Option<String>,
            ///Its kernel's description.
            pub kernel_spec: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for JupyterNotebookListItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = JupyterNotebookListItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `JupyterNotebookListItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<JupyterNotebookListItem, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_language: Option<String> = None;
                        let mut __m_kernel_spec: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "projectKey" => {
                                    __m_project_key = Some(
                                        crate::rt::model::next_member(&mut __map, "projectKey")?,
                                    );
                                }
                                "name" => {
                                    __m_name = Some(
                                        crate::rt::model::next_member(&mut __map, "name")?,
                                    );
                                }
                                "language" => {
                                    __m_language = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "language",
                                    )?;
                                }
                                "kernelSpec" => {
                                    __m_kernel_spec = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "kernelSpec",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(JupyterNotebookListItem {
                            project_key: match __m_project_key {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field(
                                            "projectKey",
                                        ),
                                    );
                                }
                            },
                            name: match __m_name {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("name"),
                                    );
                                }
                            },
                            language: __m_language,
                            kernel_spec: __m_kernel_spec,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for JupyterNotebookListItem {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "projectKey",
                    &self.project_key,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "name",
                    &self.name,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "language",
                    &self.language,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "kernelSpec",
                    &self.kernel_spec,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for JupyterNotebookListItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("JupyterNotebookListItem")
                    .field("project_key", &self.project_key)
                    .field("name", &self.name)
                    .field("language", &self.language)
                    .field("kernel_spec", &self.kernel_spec)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl JupyterNotebookListItem {
            ///The [`DssJupyterNotebook`](super::super::handles::DssJupyterNotebook) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssJupyterNotebook {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_notebook_name = ::core::clone::Clone::clone(&self.name);
                    super::super::handles::DssJupyterNotebook {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        notebook_name: __f_notebook_name,
                    }
                }
            }
        }
        ///One kernel session of a running Jupyter notebook.
        #[derive(Clone, PartialEq)]
        pub struct NotebookSession {
            ///The session's id.
            pub session_id: Option<String>,
            ///Project holding the notebook.
            pub project_key: Option<String>,
            ///The notebook's name.
            pub notebook_name: Option<String>,
            ///Login of who started the session.
            pub session_creator: Option<String>,
            ///The kernel's id.
            pub kernel_id: Option<String>,
            ///Process id of the kernel.
            pub kernel_pid: Option<i64>,
            ///The kernel's state (`idle`, `busy`, ...).
            pub kernel_execution_state: Option<String>,
            ///When the session started, in milliseconds since the Unix epoch.
            pub session_start_time: Option<i64>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for NotebookSession {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = NotebookSession;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `NotebookSession` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<NotebookSession, __A::Error> {
                        let mut __m_session_id: Option<String> = None;
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_notebook_name: Option<String> = None;
                        let mut __m_session_creator: Option<String> = None;
                        let mut __m_kernel_id: Option<String> = None;
                        let mut __m_kernel_pid: Option<i64> = None;
                        let mut __m_kernel_execution_state: Option<String> = None;
                        let mut __m_session_start_time: Option<i64> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "sessionId" => {
                                    __m_session_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "sessionId",
                                    )?;
                                }
                                "projectKey" => {
                                    __m_project_key = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "projectKey",
                                    )?;
                                }
                                "notebookName" => {
                                    __m_notebook_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "notebookName",
                                    )?;
                                }
                                "sessionCreator" => {
                                    __m_session_creator = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "sessionCreator",
                                    )?;
                                }
                                "kernelId" => {
                                    __m_kernel_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "kernelId",
                                    )?;
                                }
                                "kernelPid" => {
                                    __m_kernel_pid = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "kernelPid",
                                    )?;
                                }
                                "kernelExecutionState" => {
                                    __m_kernel_execution_state = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "kernelExecutionState",
                                    )?;
                                }
                                "sessionStartTime" => {
                                    __m_session_start_time = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "sessionStartTime",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(NotebookSession {
                            session_id: __m_session_id,
                            project_key: __m_project_key,
                            notebook_name: __m_notebook_name,
                            session_creator: __m_session_creator,
                            kernel_id: __m_kernel_id,
                            kernel_pid: __m_kernel_pid,
                            kernel_execution_state: __m_kernel_execution_state,
                            session_start_time: __m_session_start_time,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for NotebookSession {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "sessionId",
                    &self.session_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "projectKey",
                    &self.project_key,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "notebookName",
                    &self.notebook_name,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "sessionCreator",
                    &self.session_creator,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "kernelId",
                    &self.kernel_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "kernelPid",
                    &self.kernel_pid,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "kernelExecutionState",
                    &self.kernel_execution_state,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "sessionStartTime",
                    &self.session_start_time,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for NotebookSession {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("NotebookSession")
                    .field("session_id", &self.session_id)
                    .field("project_key", &self.project_key)
                    .field("notebook_name", &self.notebook_name)
                    .field("session_creator", &self.session_creator)
                    .field("kernel_id", &self.kernel_id)
                    .field("kernel_pid", &self.kernel_pid)
                    .field("kernel_execution_state", &self.kernel_execution_state)
                    .field("session_start_time", &self.session_start_time)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl NotebookSession {}
        ///An SQL notebook as listed by `list_sql_notebooks`.
        #[derive(Clone, PartialEq)]
        pub struct SqlNotebookListItem {
            ///Project holding the notebook.
            pub project_key: String,
            ///The notebook's id.
            pub id: String,
            ///Its language (`SQL`, `HIVE`, `IMPALA`, ...).
            pub language: Option<String>,
            ///The connection it queries.
            pub connection: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for SqlNotebookListItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = SqlNotebookListItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `SqlNotebookListItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<SqlNotebookListItem, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_id: Option<String> = None;
                        let mut __m_language: Option<String> = None;
                        let mut __m_connection: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "projectKey" => {
                                    __m_project_key = Some(
                                        crate::rt::model::next_member(&mut __map, "projectKey")?,
                                    );
                                }
                                "id" => {
                                    __m_id = Some(
                                        crate::rt::model::next_member(&mut __map, "id")?,
                                    );
                                }
                                "language" => {
                                    __m_language = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "language",
                                    )?;
                                }
                                "connection" => {
                                    __m_connection = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "connection",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(SqlNotebookListItem {
                            project_key: match __m_project_key {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field(
                                            "projectKey",
                                        ),
                                    );
                                }
                            },
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            language: __m_language,
                            connection: __m_connection,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for SqlNotebookListItem {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "projectKey",
                    &self.project_key,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "language",
                    &self.language,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "connection",
                    &self.connection,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for SqlNotebookListItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("SqlNotebookListItem")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("language", &self.language)
                    .field("connection", &self.connection)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl SqlNotebookListItem {
            ///The [`DssSqlNotebook`](super::super::handles::DssSqlNotebook) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssSqlNotebook {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_notebook_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssSqlNotebook {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        notebook_id: __f_notebook_id,
                    }
                }
            }
        }
    }
    /// Request values.
    pub mod requests {
        #[allow(unused_imports)]
        use ::core::option::Option::{self, None, Some};
        #[allow(unused_imports)]
        use ::core::result::Result::{self, Err, Ok};
        #[allow(unused_imports)]
        use ::std::string::String;
        #[allow(unused_imports)]
        use ::std::vec::Vec;
        #[allow(unused_imports)]
        use ::serde_json::Value;
        #[allow(unused_imports)]
        use super::super::models::*;
        ///Request value of [`DssProject::list_jupyter_notebooks`](super::super::handles::DssProject::list_jupyter_notebooks): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListJupyterNotebooks<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) active: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListJupyterNotebooks<'a> {
            /**Only the notebooks that run.

Default: `false`. Sent as query parameter `active`.*/
            pub fn active(mut self, active: bool) -> Self {
                self.active = active;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, active, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/jupyter-notebooks/");
                __call.query("active", &active);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListJupyterNotebooks,
            super::endpoints::PROJECT_LIST_JUPYTER_NOTEBOOKS, json(Vec <
            JupyterNotebookListItem >,
            "Sends the request (`GET /projects/{project_key}/jupyter-notebooks/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListJupyterNotebooks<'_> {}
        ///Request value of [`DssProject::create_jupyter_notebook`](super::super::handles::DssProject::create_jupyter_notebook): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateJupyterNotebook<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) notebook_name: String,
            pub(crate) notebook_content: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateJupyterNotebook<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssProject)),
                crate::rt::Error,
            > {
                let Self { __owner, notebook_name, notebook_content, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/jupyter-notebooks/");
                __call.segment("notebook_name", &notebook_name, false)?;
                __call.json(&::serde_json::Value::from(notebook_content))?;
                Ok((__call, (notebook_name, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/jupyter-notebooks/{notebook_name}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssJupyterNotebook, crate::rt::Error> {
                let (__call, (notebook_name, __owner)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_notebook_name = notebook_name;
                            super::super::handles::DssJupyterNotebook {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                notebook_name: __f_notebook_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateJupyterNotebook,
            super::endpoints::PROJECT_CREATE_JUPYTER_NOTEBOOK, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateJupyterNotebook<'_> {}
        ///Request value of [`DssProject::list_sql_notebooks`](super::super::handles::DssProject::list_sql_notebooks): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListSqlNotebooks<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListSqlNotebooks<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/sql-notebooks/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListSqlNotebooks, super::endpoints::PROJECT_LIST_SQL_NOTEBOOKS,
            json(Vec < SqlNotebookListItem >,
            "Sends the request (`GET /projects/{project_key}/sql-notebooks/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListSqlNotebooks<'_> {}
        ///Request value of [`DssProject::create_sql_notebook`](super::super::handles::DssProject::create_sql_notebook): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateSqlNotebook<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) notebook_content: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateSqlNotebook<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self { __owner, notebook_content, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/sql-notebooks/");
                __call.json(&::serde_json::Value::from(notebook_content))?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/sql-notebooks/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssSqlNotebook, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_notebook_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssSqlNotebook {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                notebook_id: __f_notebook_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateSqlNotebook, super::endpoints::PROJECT_CREATE_SQL_NOTEBOOK,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateSqlNotebook<'_> {}
        ///Request value of [`DssJupyterNotebook::get_sessions`](super::super::handles::DssJupyterNotebook::get_sessions): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct JupyterNotebookGetSessions<'a> {
            pub(crate) __owner: &'a super::super::handles::DssJupyterNotebook,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> JupyterNotebookGetSessions<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/jupyter-notebooks/");
                __call.segment("notebook_name", &__owner.notebook_name, false)?;
                __call.lit("/sessions");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            JupyterNotebookGetSessions, super::endpoints::JUPYTER_NOTEBOOK_GET_SESSIONS,
            json(Vec < NotebookSession >,
            "Sends the request (`GET /projects/{project_key}/jupyter-notebooks/{notebook_name}/sessions`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for JupyterNotebookGetSessions<'_> {}
        ///Request value of [`DssJupyterNotebook::unload_session`](super::super::handles::DssJupyterNotebook::unload_session): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct JupyterNotebookUnloadSession<'a> {
            pub(crate) __owner: &'a super::super::handles::DssJupyterNotebook,
            pub(crate) session_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> JupyterNotebookUnloadSession<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, session_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/jupyter-notebooks/");
                __call.segment("notebook_name", &__owner.notebook_name, false)?;
                __call.lit("/sessions/");
                __call.segment("session_id", &session_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            JupyterNotebookUnloadSession,
            super::endpoints::JUPYTER_NOTEBOOK_UNLOAD_SESSION, json(Value,
            "Sends the request (`DELETE /projects/{project_key}/jupyter-notebooks/{notebook_name}/sessions/{session_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for JupyterNotebookUnloadSession<'_> {}
        ///Request value of [`DssJupyterNotebook::get_content`](super::super::handles::DssJupyterNotebook::get_content): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct JupyterNotebookGetContent<'a> {
            pub(crate) __owner: &'a super::super::handles::DssJupyterNotebook,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> JupyterNotebookGetContent<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssJupyterNotebook,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/jupyter-notebooks/");
                __call.segment("notebook_name", &__owner.notebook_name, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/jupyter-notebooks/{notebook_name}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssNotebookContent, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_notebook_name = ::core::clone::Clone::clone(
                                &__owner.notebook_name,
                            );
                            super::super::handles::DssNotebookContent {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                notebook_name: __f_notebook_name,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            JupyterNotebookGetContent, super::endpoints::JUPYTER_NOTEBOOK_GET_CONTENT,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for JupyterNotebookGetContent<'_> {}
        ///Request value of [`DssJupyterNotebook::delete`](super::super::handles::DssJupyterNotebook::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct JupyterNotebookDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssJupyterNotebook,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> JupyterNotebookDelete<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/jupyter-notebooks/");
                __call.segment("notebook_name", &__owner.notebook_name, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            JupyterNotebookDelete, super::endpoints::JUPYTER_NOTEBOOK_DELETE, json(Value,
            "Sends the request (`DELETE /projects/{project_key}/jupyter-notebooks/{notebook_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for JupyterNotebookDelete<'_> {}
        ///Request value of [`DssJupyterNotebook::clear_outputs`](super::super::handles::DssJupyterNotebook::clear_outputs): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct JupyterNotebookClearOutputs<'a> {
            pub(crate) __owner: &'a super::super::handles::DssJupyterNotebook,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> JupyterNotebookClearOutputs<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/jupyter-notebooks/");
                __call.segment("notebook_name", &__owner.notebook_name, false)?;
                __call.lit("/outputs");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            JupyterNotebookClearOutputs,
            super::endpoints::JUPYTER_NOTEBOOK_CLEAR_OUTPUTS, json(Value,
            "Sends the request (`DELETE /projects/{project_key}/jupyter-notebooks/{notebook_name}/outputs`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for JupyterNotebookClearOutputs<'_> {}
        ///Request value of [`DssNotebookContent::save`](super::super::handles::DssNotebookContent::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct NotebookContentSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssNotebookContent,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> NotebookContentSave<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/jupyter-notebooks/");
                __call.segment("notebook_name", &__owner.notebook_name, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            NotebookContentSave, super::endpoints::NOTEBOOK_CONTENT_SAVE, json(Value,
            "Sends the request (`PUT /projects/{project_key}/jupyter-notebooks/{notebook_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for NotebookContentSave<'_> {}
        ///Request value of [`DssSqlNotebook::get_content`](super::super::handles::DssSqlNotebook::get_content): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SqlNotebookGetContent<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSqlNotebook,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SqlNotebookGetContent<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssSqlNotebook,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/sql-notebooks/");
                __call.segment("notebook_id", &__owner.notebook_id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/sql-notebooks/{notebook_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssSqlNotebookContent, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_notebook_id = ::core::clone::Clone::clone(
                                &__owner.notebook_id,
                            );
                            super::super::handles::DssSqlNotebookContent {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                notebook_id: __f_notebook_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            SqlNotebookGetContent, super::endpoints::SQL_NOTEBOOK_GET_CONTENT, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SqlNotebookGetContent<'_> {}
        ///Request value of [`DssSqlNotebook::get_history`](super::super::handles::DssSqlNotebook::get_history): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SqlNotebookGetHistory<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSqlNotebook,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SqlNotebookGetHistory<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssSqlNotebook,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/sql-notebooks/");
                __call.segment("notebook_id", &__owner.notebook_id, false)?;
                __call.lit("/history");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/sql-notebooks/{notebook_id}/history`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssNotebookHistory, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_notebook_id = ::core::clone::Clone::clone(
                                &__owner.notebook_id,
                            );
                            super::super::handles::DssNotebookHistory {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                notebook_id: __f_notebook_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            SqlNotebookGetHistory, super::endpoints::SQL_NOTEBOOK_GET_HISTORY, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SqlNotebookGetHistory<'_> {}
        ///Request value of [`DssSqlNotebook::clear_history`](super::super::handles::DssSqlNotebook::clear_history): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SqlNotebookClearHistory<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSqlNotebook,
            pub(crate) cell_id: Option<String>,
            pub(crate) num_runs_to_retain: i64,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SqlNotebookClearHistory<'a> {
            /**The cell whose history to clear (none: every cell).

Unset by default (then sent as `null`). Sent as JSON member `cellId`.*/
            pub fn cell_id(mut self, cell_id: impl Into<String>) -> Self {
                self.cell_id = Some(cell_id.into());
                self
            }
            /**How many of the latest runs to keep.

Default: `0`. Sent as JSON member `numRunsToRetain`.*/
            pub fn num_runs_to_retain(mut self, num_runs_to_retain: i64) -> Self {
                self.num_runs_to_retain = num_runs_to_retain;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, cell_id, num_runs_to_retain, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/sql-notebooks/");
                __call.segment("notebook_id", &__owner.notebook_id, false)?;
                __call.lit("/history/clear");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("cellId"),
                                    ::serde_json::Value::from(cell_id),
                                );
                            __map
                                .insert(
                                    String::from("numRunsToRetain"),
                                    ::serde_json::Value::from(num_runs_to_retain),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SqlNotebookClearHistory, super::endpoints::SQL_NOTEBOOK_CLEAR_HISTORY,
            unit("Sends the request (`POST /projects/{project_key}/sql-notebooks/{notebook_id}/history/clear`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SqlNotebookClearHistory<'_> {}
        ///Request value of [`DssSqlNotebook::delete`](super::super::handles::DssSqlNotebook::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SqlNotebookDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSqlNotebook,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SqlNotebookDelete<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/sql-notebooks/");
                __call.segment("notebook_id", &__owner.notebook_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SqlNotebookDelete, super::endpoints::SQL_NOTEBOOK_DELETE, json(Value,
            "Sends the request (`DELETE /projects/{project_key}/sql-notebooks/{notebook_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SqlNotebookDelete<'_> {}
        ///Request value of [`DssSqlNotebookContent::save`](super::super::handles::DssSqlNotebookContent::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SqlNotebookContentSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSqlNotebookContent,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SqlNotebookContentSave<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/sql-notebooks/");
                __call.segment("notebook_id", &__owner.notebook_id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SqlNotebookContentSave, super::endpoints::SQL_NOTEBOOK_CONTENT_SAVE,
            json(Value,
            "Sends the request (`PUT /projects/{project_key}/sql-notebooks/{notebook_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SqlNotebookContentSave<'_> {}
        ///Request value of [`DssNotebookHistory::save`](super::super::handles::DssNotebookHistory::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct NotebookHistorySave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssNotebookHistory,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> NotebookHistorySave<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/sql-notebooks/");
                __call.segment("notebook_id", &__owner.notebook_id, false)?;
                __call.lit("/history");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            NotebookHistorySave, super::endpoints::NOTEBOOK_HISTORY_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/sql-notebooks/{notebook_id}/history`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for NotebookHistorySave<'_> {}
        crate::rt::request_list!(
            ProjectListJupyterNotebooks, ProjectCreateJupyterNotebook,
            ProjectListSqlNotebooks, ProjectCreateSqlNotebook,
            JupyterNotebookGetSessions, JupyterNotebookUnloadSession,
            JupyterNotebookGetContent, JupyterNotebookDelete,
            JupyterNotebookClearOutputs, NotebookContentSave, SqlNotebookGetContent,
            SqlNotebookGetHistory, SqlNotebookClearHistory, SqlNotebookDelete,
            SqlNotebookContentSave, NotebookHistorySave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_jupyter_notebooks`.
        pub static PROJECT_LIST_JUPYTER_NOTEBOOKS: Endpoint = Endpoint::new(
            "DssProject",
            "list_jupyter_notebooks",
            crate::rt::Server::DSS,
            "Lists the Jupyter notebooks of the project; each item converts to a [`DssJupyterNotebook`](crate::DssJupyterNotebook) with `to_handle`.",
            &[
                Arg::new(
                    "active",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("active"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/jupyter-notebooks/",
                    &[],
                    "ProjectListJupyterNotebooks",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < JupyterNotebookListItem >"),
            [false, true, false],
        );
        ///`DssProject::get_jupyter_notebook`.
        pub static PROJECT_GET_JUPYTER_NOTEBOOK: Endpoint = Endpoint::new(
            "DssProject",
            "get_jupyter_notebook",
            crate::rt::Server::DSS,
            "A handle on one Jupyter notebook of the project.",
            &[
                Arg::new(
                    "notebook_name",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssJupyterNotebook"),
            [false, true, false],
        );
        ///`DssProject::create_jupyter_notebook`.
        pub static PROJECT_CREATE_JUPYTER_NOTEBOOK: Endpoint = Endpoint::new(
            "DssProject",
            "create_jupyter_notebook",
            crate::rt::Server::DSS,
            "Creates a Jupyter notebook from its content and returns a handle on it.",
            &[
                Arg::new("notebook_name", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "notebook_content",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/jupyter-notebooks/{notebook_name}",
                    &[],
                    "ProjectCreateJupyterNotebook",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssJupyterNotebook"),
            [false, true, false],
        );
        ///`DssProject::list_sql_notebooks`.
        pub static PROJECT_LIST_SQL_NOTEBOOKS: Endpoint = Endpoint::new(
            "DssProject",
            "list_sql_notebooks",
            crate::rt::Server::DSS,
            "Lists the SQL notebooks of the project; each item converts to a [`DssSqlNotebook`](crate::DssSqlNotebook) with `to_handle`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/sql-notebooks/",
                    &[],
                    "ProjectListSqlNotebooks",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < SqlNotebookListItem >"),
            [false, true, false],
        );
        ///`DssProject::get_sql_notebook`.
        pub static PROJECT_GET_SQL_NOTEBOOK: Endpoint = Endpoint::new(
            "DssProject",
            "get_sql_notebook",
            crate::rt::Server::DSS,
            "A handle on one SQL notebook of the project.",
            &[
                Arg::new(
                    "notebook_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssSqlNotebook"),
            [false, true, false],
        );
        ///`DssProject::create_sql_notebook`.
        pub static PROJECT_CREATE_SQL_NOTEBOOK: Endpoint = Endpoint::new(
            "DssProject",
            "create_sql_notebook",
            crate::rt::Server::DSS,
            "Creates an SQL notebook from its content and returns a handle on it.",
            &[
                Arg::new(
                    "notebook_content",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/sql-notebooks/",
                    &[],
                    "ProjectCreateSqlNotebook",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssSqlNotebook"),
            [false, true, false],
        );
        ///`DssJupyterNotebook::get_sessions`.
        pub static JUPYTER_NOTEBOOK_GET_SESSIONS: Endpoint = Endpoint::new(
            "DssJupyterNotebook",
            "get_sessions",
            crate::rt::Server::DSS,
            "Lists the notebook's kernel sessions.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/jupyter-notebooks/{notebook_name}/sessions",
                    &[],
                    "JupyterNotebookGetSessions",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < NotebookSession >"),
            [false, true, false],
        );
        ///`DssJupyterNotebook::unload_session`.
        pub static JUPYTER_NOTEBOOK_UNLOAD_SESSION: Endpoint = Endpoint::new(
            "DssJupyterNotebook",
            "unload_session",
            crate::rt::Server::DSS,
            "Stops one kernel session of the notebook: the request behind [`unload`](crate::DssJupyterNotebook::unload).",
            &[Arg::new("session_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/jupyter-notebooks/{notebook_name}/sessions/{session_id}",
                    &[],
                    "JupyterNotebookUnloadSession",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssJupyterNotebook::unload`.
        pub static JUPYTER_NOTEBOOK_UNLOAD: Endpoint = Endpoint::new(
            "DssJupyterNotebook",
            "unload",
            crate::rt::Server::DSS,
            "Stops a kernel session of the notebook: reads its sessions (none is an error: the notebook does not run), then stops the one given, or the only one.",
            &[],
            None,
            ResultKind::HandWritten("JupyterNotebookUnload < '_ >"),
            [true, true, false],
        );
        ///`DssJupyterNotebook::get_content`.
        pub static JUPYTER_NOTEBOOK_GET_CONTENT: Endpoint = Endpoint::new(
            "DssJupyterNotebook",
            "get_content",
            crate::rt::Server::DSS,
            "Reads the notebook's content, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/jupyter-notebooks/{notebook_name}",
                    &[],
                    "JupyterNotebookGetContent",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssNotebookContent"),
            [false, true, false],
        );
        ///`DssJupyterNotebook::delete`.
        pub static JUPYTER_NOTEBOOK_DELETE: Endpoint = Endpoint::new(
            "DssJupyterNotebook",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the notebook.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/jupyter-notebooks/{notebook_name}",
                    &[],
                    "JupyterNotebookDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssJupyterNotebook::clear_outputs`.
        pub static JUPYTER_NOTEBOOK_CLEAR_OUTPUTS: Endpoint = Endpoint::new(
            "DssJupyterNotebook",
            "clear_outputs",
            crate::rt::Server::DSS,
            "Clears the outputs of every cell of the notebook.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/jupyter-notebooks/{notebook_name}/outputs",
                    &[],
                    "JupyterNotebookClearOutputs",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssJupyterNotebook::get_object_discussions`.
        pub static JUPYTER_NOTEBOOK_GET_OBJECT_DISCUSSIONS: Endpoint = Endpoint::new(
            "DssJupyterNotebook",
            "get_object_discussions",
            crate::rt::Server::DSS,
            "A handle on the discussions of the notebook.",
            &[],
            None,
            ResultKind::Handle("DssObjectDiscussions"),
            [false, true, false],
        );
        ///`DssNotebookContent::save`.
        pub static NOTEBOOK_CONTENT_SAVE: Endpoint = Endpoint::new(
            "DssNotebookContent",
            "save",
            crate::rt::Server::DSS,
            "Saves the content: sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/jupyter-notebooks/{notebook_name}",
                    &[],
                    "NotebookContentSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssNotebookContent::get_metadata`.
        pub static NOTEBOOK_CONTENT_GET_METADATA: Endpoint = Endpoint::new(
            "DssNotebookContent",
            "get_metadata",
            crate::rt::Server::DSS,
            "The notebook's metadata.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssNotebookContent::get_cells`.
        pub static NOTEBOOK_CONTENT_GET_CELLS: Endpoint = Endpoint::new(
            "DssNotebookContent",
            "get_cells",
            crate::rt::Server::DSS,
            "The notebook's cells.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssSqlNotebook::get_content`.
        pub static SQL_NOTEBOOK_GET_CONTENT: Endpoint = Endpoint::new(
            "DssSqlNotebook",
            "get_content",
            crate::rt::Server::DSS,
            "Reads the notebook's content, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/sql-notebooks/{notebook_id}",
                    &[],
                    "SqlNotebookGetContent",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssSqlNotebookContent"),
            [false, true, false],
        );
        ///`DssSqlNotebook::get_history`.
        pub static SQL_NOTEBOOK_GET_HISTORY: Endpoint = Endpoint::new(
            "DssSqlNotebook",
            "get_history",
            crate::rt::Server::DSS,
            "Reads the history of the notebook's query runs.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/sql-notebooks/{notebook_id}/history",
                    &[],
                    "SqlNotebookGetHistory",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssNotebookHistory"),
            [false, true, false],
        );
        ///`DssSqlNotebook::clear_history`.
        pub static SQL_NOTEBOOK_CLEAR_HISTORY: Endpoint = Endpoint::new(
            "DssSqlNotebook",
            "clear_history",
            crate::rt::Server::DSS,
            "Clears the history of the notebook's query runs, of one cell or of all of them.",
            &[
                Arg::new(
                    "cell_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "cellId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "num_runs_to_retain",
                    "int",
                    Presence::Default("0"),
                    Place::Member {
                        path: "numRunsToRetain",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/sql-notebooks/{notebook_id}/history/clear",
                    &[],
                    "SqlNotebookClearHistory",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssSqlNotebook::delete`.
        pub static SQL_NOTEBOOK_DELETE: Endpoint = Endpoint::new(
            "DssSqlNotebook",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the notebook.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/sql-notebooks/{notebook_id}",
                    &[],
                    "SqlNotebookDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssSqlNotebook::get_object_discussions`.
        pub static SQL_NOTEBOOK_GET_OBJECT_DISCUSSIONS: Endpoint = Endpoint::new(
            "DssSqlNotebook",
            "get_object_discussions",
            crate::rt::Server::DSS,
            "A handle on the discussions of the notebook.",
            &[],
            None,
            ResultKind::Handle("DssObjectDiscussions"),
            [false, true, false],
        );
        ///`DssSqlNotebookContent::save`.
        pub static SQL_NOTEBOOK_CONTENT_SAVE: Endpoint = Endpoint::new(
            "DssSqlNotebookContent",
            "save",
            crate::rt::Server::DSS,
            "Saves the content: sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/sql-notebooks/{notebook_id}",
                    &[],
                    "SqlNotebookContentSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssSqlNotebookContent::connection`.
        pub static SQL_NOTEBOOK_CONTENT_CONNECTION: Endpoint = Endpoint::new(
            "DssSqlNotebookContent",
            "connection",
            crate::rt::Server::DSS,
            "The connection the notebook queries.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssSqlNotebookContent::set_connection`.
        pub static SQL_NOTEBOOK_CONTENT_SET_CONNECTION: Endpoint = Endpoint::new(
            "DssSqlNotebookContent",
            "set_connection",
            crate::rt::Server::DSS,
            "Sets the connection the notebook queries.",
            &[
                Arg::new(
                    "connection",
                    "str",
                    Presence::Required,
                    Place::Document("connection"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssSqlNotebookContent::cells`.
        pub static SQL_NOTEBOOK_CONTENT_CELLS: Endpoint = Endpoint::new(
            "DssSqlNotebookContent",
            "cells",
            crate::rt::Server::DSS,
            "The notebook's cells.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssSqlNotebookContent::set_cells`.
        pub static SQL_NOTEBOOK_CONTENT_SET_CELLS: Endpoint = Endpoint::new(
            "DssSqlNotebookContent",
            "set_cells",
            crate::rt::Server::DSS,
            "Replaces the notebook's cells.",
            &[
                Arg::new(
                    "cells",
                    "json",
                    Presence::Required,
                    Place::Document("cells"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssNotebookHistory::save`.
        pub static NOTEBOOK_HISTORY_SAVE: Endpoint = Endpoint::new(
            "DssNotebookHistory",
            "save",
            crate::rt::Server::DSS,
            "Saves the history: sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/sql-notebooks/{notebook_id}/history",
                    &[],
                    "NotebookHistorySave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssNotebookHistory::get_query_runs`.
        pub static NOTEBOOK_HISTORY_GET_QUERY_RUNS: Endpoint = Endpoint::new(
            "DssNotebookHistory",
            "get_query_runs",
            crate::rt::Server::DSS,
            "The runs of one cell's queries, as DSS lists them (none for a cell with no history).",
            &[
                Arg::new(
                    "cell_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Vec < & Value >"),
            [true, true, false],
        );
        ///`DssNotebookContent::get_raw`.
        pub static NOTEBOOK_CONTENT_GET_RAW: Endpoint = Endpoint::new(
            "DssNotebookContent",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssSqlNotebookContent::get_raw`.
        pub static SQL_NOTEBOOK_CONTENT_GET_RAW: Endpoint = Endpoint::new(
            "DssSqlNotebookContent",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssNotebookHistory::get_raw`.
        pub static NOTEBOOK_HISTORY_GET_RAW: Endpoint = Endpoint::new(
            "DssNotebookHistory",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::PROJECT_LIST_JUPYTER_NOTEBOOKS,
        &endpoints::PROJECT_GET_JUPYTER_NOTEBOOK,
        &endpoints::PROJECT_CREATE_JUPYTER_NOTEBOOK,
        &endpoints::PROJECT_LIST_SQL_NOTEBOOKS,
        &endpoints::PROJECT_GET_SQL_NOTEBOOK,
        &endpoints::PROJECT_CREATE_SQL_NOTEBOOK,
        &endpoints::JUPYTER_NOTEBOOK_GET_SESSIONS,
        &endpoints::JUPYTER_NOTEBOOK_UNLOAD_SESSION,
        &endpoints::JUPYTER_NOTEBOOK_UNLOAD,
        &endpoints::JUPYTER_NOTEBOOK_GET_CONTENT,
        &endpoints::JUPYTER_NOTEBOOK_DELETE,
        &endpoints::JUPYTER_NOTEBOOK_CLEAR_OUTPUTS,
        &endpoints::JUPYTER_NOTEBOOK_GET_OBJECT_DISCUSSIONS,
        &endpoints::NOTEBOOK_CONTENT_SAVE,
        &endpoints::NOTEBOOK_CONTENT_GET_METADATA,
        &endpoints::NOTEBOOK_CONTENT_GET_CELLS,
        &endpoints::SQL_NOTEBOOK_GET_CONTENT,
        &endpoints::SQL_NOTEBOOK_GET_HISTORY,
        &endpoints::SQL_NOTEBOOK_CLEAR_HISTORY,
        &endpoints::SQL_NOTEBOOK_DELETE,
        &endpoints::SQL_NOTEBOOK_GET_OBJECT_DISCUSSIONS,
        &endpoints::SQL_NOTEBOOK_CONTENT_SAVE,
        &endpoints::SQL_NOTEBOOK_CONTENT_CONNECTION,
        &endpoints::SQL_NOTEBOOK_CONTENT_SET_CONNECTION,
        &endpoints::SQL_NOTEBOOK_CONTENT_CELLS,
        &endpoints::SQL_NOTEBOOK_CONTENT_SET_CELLS,
        &endpoints::NOTEBOOK_HISTORY_SAVE,
        &endpoints::NOTEBOOK_HISTORY_GET_QUERY_RUNS,
        &endpoints::NOTEBOOK_CONTENT_GET_RAW,
        &endpoints::SQL_NOTEBOOK_CONTENT_GET_RAW,
        &endpoints::NOTEBOOK_HISTORY_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssJupyterNotebook",
                doc: "A Jupyter notebook of a project, named by project key and notebook name (dataikuapi's `DSSJupyterNotebook`).",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "notebook_name",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssSqlNotebook",
                doc: "An SQL notebook of a project, named by its id.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "notebook_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssNotebookContent",
                doc: "The content of a Jupyter notebook, as `get_content` reads it (dataikuapi's `DSSNotebookContent` of `jupyternotebook`): its `metadata` and its `cells`; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "notebook_name",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "DssSqlNotebookContent",
                doc: "The content of an SQL notebook, as `get_content` reads it (dataikuapi's `DSSNotebookContent` of `sqlnotebook`, named apart here): its connection and its cells; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "notebook_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "DssNotebookHistory",
                doc: "The history of an SQL notebook, as `get_history` reads it (dataikuapi's `DSSNotebookHistory`): for each cell id, the runs of its queries; changed (runs removed), then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "notebook_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
        ]
    };
    /// This file's models, in spec order.
    pub const MODELS: &[crate::rt::catalog::Model] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Model, ModelMember};
        &[
            Model {
                name: "JupyterNotebookListItem",
                doc: "A Jupyter notebook as listed by `list_jupyter_notebooks`.",
                members: &[
                    ModelMember {
                        name: "project_key",
                        wire: "projectKey",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "name",
                        wire: "name",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "language",
                        wire: "language",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "kernel_spec",
                        wire: "kernelSpec",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssJupyterNotebook"),
            },
            Model {
                name: "NotebookSession",
                doc: "One kernel session of a running Jupyter notebook.",
                members: &[
                    ModelMember {
                        name: "session_id",
                        wire: "sessionId",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "project_key",
                        wire: "projectKey",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "notebook_name",
                        wire: "notebookName",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "session_creator",
                        wire: "sessionCreator",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "kernel_id",
                        wire: "kernelId",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "kernel_pid",
                        wire: "kernelPid",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "kernel_execution_state",
                        wire: "kernelExecutionState",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "session_start_time",
                        wire: "sessionStartTime",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "SqlNotebookListItem",
                doc: "An SQL notebook as listed by `list_sql_notebooks`.",
                members: &[
                    ModelMember {
                        name: "project_key",
                        wire: "projectKey",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "language",
                        wire: "language",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "connection",
                        wire: "connection",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssSqlNotebook"),
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the Jupyter notebooks of the project; each item converts to a
[`DssJupyterNotebook`](crate::DssJupyterNotebook) with `to_handle`.

`GET /projects/{project_key}/jupyter-notebooks/`

Optional arguments, set by name on the returned request:
- `active`: Default: `false`. Sent as query parameter `active`.

Returns a [`ProjectListJupyterNotebooks`](requests::ProjectListJupyterNotebooks) request; nothing is sent until `.send()`.*/
        pub fn list_jupyter_notebooks(
            &self,
        ) -> requests::ProjectListJupyterNotebooks<'_> {
            requests::ProjectListJupyterNotebooks {
                __owner: self,
                active: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one Jupyter notebook of the project.

Builds a handle; sends no request.*/
        pub fn get_jupyter_notebook(
            &self,
            notebook_name: impl Into<String>,
        ) -> super::handles::DssJupyterNotebook {
            let notebook_name = notebook_name.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_notebook_name = notebook_name;
                super::handles::DssJupyterNotebook {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    notebook_name: __f_notebook_name,
                }
            }
        }
        /**Creates a Jupyter notebook from its content and returns a handle on
it.

`POST /projects/{project_key}/jupyter-notebooks/{notebook_name}`

Never retried: sending it twice could do the work twice.

Arguments:
- `notebook_name`: The new notebook's name. Sent as a path segment.
- `notebook_content`: Its content, in Jupyter's format (`metadata`, `cells`, ...). Sent as the JSON body.

Returns a [`ProjectCreateJupyterNotebook`](requests::ProjectCreateJupyterNotebook) request; nothing is sent until `.send()`.*/
        pub fn create_jupyter_notebook(
            &self,
            notebook_name: impl Into<String>,
            notebook_content: impl Into<::serde_json::Value>,
        ) -> requests::ProjectCreateJupyterNotebook<'_> {
            requests::ProjectCreateJupyterNotebook {
                __owner: self,
                notebook_name: notebook_name.into(),
                notebook_content: notebook_content.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the SQL notebooks of the project; each item converts to a
[`DssSqlNotebook`](crate::DssSqlNotebook) with `to_handle`.

`GET /projects/{project_key}/sql-notebooks/`

Returns a [`ProjectListSqlNotebooks`](requests::ProjectListSqlNotebooks) request; nothing is sent until `.send()`.*/
        pub fn list_sql_notebooks(&self) -> requests::ProjectListSqlNotebooks<'_> {
            requests::ProjectListSqlNotebooks {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one SQL notebook of the project.

Builds a handle; sends no request.*/
        pub fn get_sql_notebook(
            &self,
            notebook_id: impl Into<String>,
        ) -> super::handles::DssSqlNotebook {
            let notebook_id = notebook_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_notebook_id = notebook_id;
                super::handles::DssSqlNotebook {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    notebook_id: __f_notebook_id,
                }
            }
        }
        /**Creates an SQL notebook from its content and returns a handle on it.

`POST /projects/{project_key}/sql-notebooks/`

Never retried: sending it twice could do the work twice.

Arguments:
- `notebook_content`: Its content: `{"language", "connection", "cells", ...}`. Sent as the JSON body.

Returns a [`ProjectCreateSqlNotebook`](requests::ProjectCreateSqlNotebook) request; nothing is sent until `.send()`.*/
        pub fn create_sql_notebook(
            &self,
            notebook_content: impl Into<::serde_json::Value>,
        ) -> requests::ProjectCreateSqlNotebook<'_> {
            requests::ProjectCreateSqlNotebook {
                __owner: self,
                notebook_content: notebook_content.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssJupyterNotebook {
        /**Lists the notebook's kernel sessions.

`GET /projects/{project_key}/jupyter-notebooks/{notebook_name}/sessions`

Returns a [`JupyterNotebookGetSessions`](requests::JupyterNotebookGetSessions) request; nothing is sent until `.send()`.*/
        pub fn get_sessions(&self) -> requests::JupyterNotebookGetSessions<'_> {
            requests::JupyterNotebookGetSessions {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Stops one kernel session of the notebook: the request behind
[`unload`](crate::DssJupyterNotebook::unload).

`DELETE /projects/{project_key}/jupyter-notebooks/{notebook_name}/sessions/{session_id}`

Arguments:
- `session_id`: The session to stop. Sent as a path segment.

Returns a [`JupyterNotebookUnloadSession`](requests::JupyterNotebookUnloadSession) request; nothing is sent until `.send()`.*/
        pub fn unload_session(
            &self,
            session_id: impl Into<String>,
        ) -> requests::JupyterNotebookUnloadSession<'_> {
            requests::JupyterNotebookUnloadSession {
                __owner: self,
                session_id: session_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the notebook's content, to change and `save`.

`GET /projects/{project_key}/jupyter-notebooks/{notebook_name}`

Returns a [`JupyterNotebookGetContent`](requests::JupyterNotebookGetContent) request; nothing is sent until `.send()`.*/
        pub fn get_content(&self) -> requests::JupyterNotebookGetContent<'_> {
            requests::JupyterNotebookGetContent {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the notebook.

`DELETE /projects/{project_key}/jupyter-notebooks/{notebook_name}`

Returns a [`JupyterNotebookDelete`](requests::JupyterNotebookDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::JupyterNotebookDelete<'_> {
            requests::JupyterNotebookDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Clears the outputs of every cell of the notebook.

`DELETE /projects/{project_key}/jupyter-notebooks/{notebook_name}/outputs`

Returns a [`JupyterNotebookClearOutputs`](requests::JupyterNotebookClearOutputs) request; nothing is sent until `.send()`.*/
        pub fn clear_outputs(&self) -> requests::JupyterNotebookClearOutputs<'_> {
            requests::JupyterNotebookClearOutputs {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on the discussions of the notebook.

Builds a handle; sends no request.*/
        pub fn get_object_discussions(&self) -> super::handles::DssObjectDiscussions {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_object_type = String::from("JUPYTER_NOTEBOOK");
                let __f_object_id = ::core::clone::Clone::clone(&self.notebook_name);
                super::handles::DssObjectDiscussions {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    object_type: __f_object_type,
                    object_id: __f_object_id,
                }
            }
        }
    }
    impl super::handles::DssNotebookContent {
        /**Saves the content: sent back as it was read except where it was
changed.

`PUT /projects/{project_key}/jupyter-notebooks/{notebook_name}`

Returns a [`NotebookContentSave`](requests::NotebookContentSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::NotebookContentSave<'_> {
            requests::NotebookContentSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The notebook's metadata.

Reads the document this value holds; sends no request.*/
        pub fn get_metadata(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("metadata")
        }
        /**The notebook's cells.

Reads the document this value holds; sends no request.*/
        pub fn get_cells(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("cells")
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssSqlNotebook {
        /**Reads the notebook's content, to change and `save`.

`GET /projects/{project_key}/sql-notebooks/{notebook_id}`

Returns a [`SqlNotebookGetContent`](requests::SqlNotebookGetContent) request; nothing is sent until `.send()`.*/
        pub fn get_content(&self) -> requests::SqlNotebookGetContent<'_> {
            requests::SqlNotebookGetContent {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the history of the notebook's query runs.

`GET /projects/{project_key}/sql-notebooks/{notebook_id}/history`

Returns a [`SqlNotebookGetHistory`](requests::SqlNotebookGetHistory) request; nothing is sent until `.send()`.*/
        pub fn get_history(&self) -> requests::SqlNotebookGetHistory<'_> {
            requests::SqlNotebookGetHistory {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Clears the history of the notebook's query runs, of one cell or of
all of them.

`POST /projects/{project_key}/sql-notebooks/{notebook_id}/history/clear`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `cell_id`: Unset by default (then sent as `null`). Sent as JSON member `cellId`.
- `num_runs_to_retain`: Default: `0`. Sent as JSON member `numRunsToRetain`.

Returns a [`SqlNotebookClearHistory`](requests::SqlNotebookClearHistory) request; nothing is sent until `.send()`.*/
        pub fn clear_history(&self) -> requests::SqlNotebookClearHistory<'_> {
            requests::SqlNotebookClearHistory {
                __owner: self,
                cell_id: None,
                num_runs_to_retain: 0i64,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the notebook.

`DELETE /projects/{project_key}/sql-notebooks/{notebook_id}`

Returns a [`SqlNotebookDelete`](requests::SqlNotebookDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::SqlNotebookDelete<'_> {
            requests::SqlNotebookDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on the discussions of the notebook.

Builds a handle; sends no request.*/
        pub fn get_object_discussions(&self) -> super::handles::DssObjectDiscussions {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_object_type = String::from("SQL_NOTEBOOK");
                let __f_object_id = ::core::clone::Clone::clone(&self.notebook_id);
                super::handles::DssObjectDiscussions {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    object_type: __f_object_type,
                    object_id: __f_object_id,
                }
            }
        }
    }
    impl super::handles::DssSqlNotebookContent {
        /**Saves the content: sent back as it was read except where it was
changed.

`PUT /projects/{project_key}/sql-notebooks/{notebook_id}`

Returns a [`SqlNotebookContentSave`](requests::SqlNotebookContentSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::SqlNotebookContentSave<'_> {
            requests::SqlNotebookContentSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The connection the notebook queries.

Reads the document this value holds; sends no request.*/
        pub fn connection(&self) -> ::core::option::Option<&str> {
            self.document.get("connection").and_then(::serde_json::Value::as_str)
        }
        /**Sets the connection the notebook queries.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_connection(
            &mut self,
            connection: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("connection", ::serde_json::Value::from(connection.into()));
            self
        }
        /**The notebook's cells.

Reads the document this value holds; sends no request.*/
        pub fn cells(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("cells")
        }
        /**Replaces the notebook's cells.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_cells(
            &mut self,
            cells: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("cells", cells.into());
            self
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssNotebookHistory {
        /**Saves the history: sent back as it was read except where it was
changed.

`PUT /projects/{project_key}/sql-notebooks/{notebook_id}/history`

Returns a [`NotebookHistorySave`](requests::NotebookHistorySave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::NotebookHistorySave<'_> {
            requests::NotebookHistorySave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    /// The hand-written methods this file declares have the
    /// signatures it gives them, in the crate's public names.
    const _: () = {
        #[allow(unused_imports)]
        use super::handles::*;
        #[allow(unused_imports)]
        use super::models::*;
        #[allow(unused_imports)]
        use crate::models::*;
        #[allow(unused_imports)]
        use crate::requests::*;
        #[allow(unused_imports)]
        use crate::*;
        #[allow(unused_imports)]
        use ::serde_json::Value;
        {
            impl super::handles::DssJupyterNotebook {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_unload(&self) -> JupyterNotebookUnload<'_> {
                    self.unload()
                }
            }
            impl super::handles::DssNotebookHistory {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_query_runs(&self, cell_id: &str) -> Vec<&Value> {
                    self.get_query_runs(cell_id)
                }
            }
        }
    };
    /// Sends the request of one of this file's methods, named by owner
    /// and method, with arguments taken by name from `args`.
    #[cfg(feature = "dynamic")]
    #[allow(unused_variables, clippy::redundant_closure_call, deprecated)]
    pub(crate) fn dispatch(
        client: &crate::rt::DssClient,
        owner: &str,
        ids: &[&str],
        method: &str,
        args: &mut crate::rt::dynamic::DynArgs,
        start: bool,
    ) -> Option<Result<(), crate::rt::Error>> {
        Some(
            match (owner, method) {
                ("DssProject", "list_jupyter_notebooks") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_jupyter_notebooks();
                        let __endpoint = requests::ProjectListJupyterNotebooks::ENDPOINT;
                        if let Some(__v) = args.opt_bool("active")? {
                            __r = __r.active(__v);
                        }
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssProject", "create_jupyter_notebook") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_jupyter_notebook(
                                args.str("notebook_name")?,
                                args.json("notebook_content")?,
                            );
                        let __endpoint = requests::ProjectCreateJupyterNotebook::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssProject", "list_sql_notebooks") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_sql_notebooks();
                        let __endpoint = requests::ProjectListSqlNotebooks::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssProject", "create_sql_notebook") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_sql_notebook(args.json("notebook_content")?);
                        let __endpoint = requests::ProjectCreateSqlNotebook::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssJupyterNotebook", "get_sessions") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_notebook_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssJupyterNotebook", ids)?;
                        let __owner = super::handles::DssJupyterNotebook {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_name: __id_notebook_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_sessions();
                        let __endpoint = requests::JupyterNotebookGetSessions::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssJupyterNotebook", "unload_session") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_notebook_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssJupyterNotebook", ids)?;
                        let __owner = super::handles::DssJupyterNotebook {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_name: __id_notebook_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.unload_session(args.str("session_id")?);
                        let __endpoint = requests::JupyterNotebookUnloadSession::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssJupyterNotebook", "get_content") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_notebook_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssJupyterNotebook", ids)?;
                        let __owner = super::handles::DssJupyterNotebook {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_name: __id_notebook_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_content();
                        let __endpoint = requests::JupyterNotebookGetContent::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssJupyterNotebook", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_notebook_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssJupyterNotebook", ids)?;
                        let __owner = super::handles::DssJupyterNotebook {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_name: __id_notebook_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::JupyterNotebookDelete::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssJupyterNotebook", "clear_outputs") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_notebook_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssJupyterNotebook", ids)?;
                        let __owner = super::handles::DssJupyterNotebook {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_name: __id_notebook_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.clear_outputs();
                        let __endpoint = requests::JupyterNotebookClearOutputs::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssNotebookContent", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_notebook_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssNotebookContent", ids)?;
                        let __owner = super::handles::DssNotebookContent {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_name: __id_notebook_name,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::NotebookContentSave::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssSqlNotebook", "get_content") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_notebook_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSqlNotebook", ids)?;
                        let __owner = super::handles::DssSqlNotebook {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_id: __id_notebook_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_content();
                        let __endpoint = requests::SqlNotebookGetContent::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssSqlNotebook", "get_history") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_notebook_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSqlNotebook", ids)?;
                        let __owner = super::handles::DssSqlNotebook {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_id: __id_notebook_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_history();
                        let __endpoint = requests::SqlNotebookGetHistory::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssSqlNotebook", "clear_history") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_notebook_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSqlNotebook", ids)?;
                        let __owner = super::handles::DssSqlNotebook {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_id: __id_notebook_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.clear_history();
                        let __endpoint = requests::SqlNotebookClearHistory::ENDPOINT;
                        if let Some(__v) = args.opt_str("cell_id")? {
                            __r = __r.cell_id(__v);
                        }
                        if let Some(__v) = args.opt_int("num_runs_to_retain")? {
                            __r = __r.num_runs_to_retain(__v);
                        }
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssSqlNotebook", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_notebook_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSqlNotebook", ids)?;
                        let __owner = super::handles::DssSqlNotebook {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_id: __id_notebook_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::SqlNotebookDelete::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssSqlNotebookContent", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_notebook_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSqlNotebookContent", ids)?;
                        let __owner = super::handles::DssSqlNotebookContent {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_id: __id_notebook_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::SqlNotebookContentSave::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                ("DssNotebookHistory", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_notebook_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssNotebookHistory", ids)?;
                        let __owner = super::handles::DssNotebookHistory {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_id: __id_notebook_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::NotebookHistorySave::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start {
                            return Err(
                                crate::rt::Error::Config(
                                    ::std::format!("`{}` cannot be started", __endpoint),
                                ),
                            );
                        }
                        __r.send().map(drop)
                    })()
                }
                _ => return None,
            },
        )
    }
    /// Reads a document one of this file's methods reads, lets `edit`
    /// change it, and saves it back.
    #[cfg(feature = "dynamic")]
    #[allow(unused_variables, unused_mut, clippy::redundant_closure_call, deprecated)]
    pub(crate) fn round_trip(
        client: &crate::rt::DssClient,
        document: &str,
        ids: &[&str],
        args: &mut crate::rt::dynamic::DynArgs,
        edit: &dyn Fn(&mut ::serde_json::Value),
    ) -> Option<Result<bool, crate::rt::Error>> {
        Some(
            match document {
                "DssNotebookContent" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_notebook_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssJupyterNotebook", ids)?;
                        let __owner = super::handles::DssJupyterNotebook {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_name: __id_notebook_name,
                        };
                        let mut __doc = __owner.get_content().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssSqlNotebookContent" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_notebook_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSqlNotebook", ids)?;
                        let __owner = super::handles::DssSqlNotebook {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_id: __id_notebook_id,
                        };
                        let mut __doc = __owner.get_content().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssNotebookHistory" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_notebook_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSqlNotebook", ids)?;
                        let __owner = super::handles::DssSqlNotebook {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_id: __id_notebook_id,
                        };
                        let mut __doc = __owner.get_history().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                _ => return None,
            },
        )
    }
    /// Every model and handle hides its secrets (see the generator's
    /// `codegen/secrets.rs`).
    #[cfg(test)]
    mod secret_tests {
        #[test]
        fn no_model_shows_a_secret() {
            let mut checked = 0usize;
            let model: super::models::JupyterNotebookListItem = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"name\":\"plain\",\"language\":\"plain\",\"kernelSpec\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "JupyterNotebookListItem")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "JupyterNotebookListItem"
            );
            checked += 1;
            let model: super::models::NotebookSession = ::serde_json::from_str(
                    "{\"sessionId\":\"plain\",\"projectKey\":\"plain\",\"notebookName\":\"plain\",\"sessionCreator\":\"plain\",\"kernelId\":\"plain\",\"kernelPid\":1,\"kernelExecutionState\":\"plain\",\"sessionStartTime\":1,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "NotebookSession")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "NotebookSession"
            );
            checked += 1;
            let model: super::models::SqlNotebookListItem = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"id\":\"plain\",\"language\":\"plain\",\"connection\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "SqlNotebookListItem")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "SqlNotebookListItem"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssJupyterNotebook {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                notebook_name: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssJupyterNotebook"
            );
            checked += 1;
            let handle = super::handles::DssSqlNotebook {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                notebook_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssSqlNotebook"
            );
            checked += 1;
            let handle = super::handles::DssNotebookContent {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                notebook_name: ::std::string::String::from("plain"),
                document: crate::rt::Document::new(
                    ::serde_json::from_str(
                            "{\"password\":\"SECRET-0b7c2f\",\"nested\":{\"k\":\"SECRET-0b7c2f\"}}",
                        )
                        .unwrap_or_default(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssNotebookContent"
            );
            checked += 1;
            let handle = super::handles::DssSqlNotebookContent {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                notebook_id: ::std::string::String::from("plain"),
                document: crate::rt::Document::new(
                    ::serde_json::from_str(
                            "{\"password\":\"SECRET-0b7c2f\",\"nested\":{\"k\":\"SECRET-0b7c2f\"}}",
                        )
                        .unwrap_or_default(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssSqlNotebookContent"
            );
            checked += 1;
            let handle = super::handles::DssNotebookHistory {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                notebook_id: ::std::string::String::from("plain"),
                document: crate::rt::Document::new(
                    ::serde_json::from_str(
                            "{\"password\":\"SECRET-0b7c2f\",\"nested\":{\"k\":\"SECRET-0b7c2f\"}}",
                        )
                        .unwrap_or_default(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssNotebookHistory"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
