// The expansion of `folders.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/folders.dss`.
pub mod spec_folders {
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
        /**A managed folder of a project, named by its id (a short random string,
not its display name).*/
        #[derive(Clone)]
        pub struct DssManagedFolder {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) odb_id: String,
        }
        impl DssManagedFolder {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `odb_id` this handle points at.
            pub fn odb_id(&self) -> &str {
                &self.odb_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssManagedFolder {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssManagedFolder")
                    .field("project_key", &self.project_key)
                    .field("odb_id", &self.odb_id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a managed folder, as `get_settings` reads them
(dataikuapi's `DSSManagedFolderSettings`): its name, type, connection
and path, partitioning, metrics and checks, tags, ...; changed, then
sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssManagedFolderSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) odb_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssManagedFolderSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `odb_id` this handle points at.
            pub fn odb_id(&self) -> &str {
                &self.odb_id
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
        impl ::core::fmt::Debug for DssManagedFolderSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssManagedFolderSettings")
                    .field("project_key", &self.project_key)
                    .field("odb_id", &self.odb_id)
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
        ///A managed folder as listed by `list_managed_folders`.
        #[derive(Clone, PartialEq)]
        pub struct ManagedFolderSummary {
            ///The project it belongs to.
            pub project_key: String,
            ///The folder's id.
            pub id: String,
            ///Display name.
            pub name: Option<String>,
            ///Storage type (`Filesystem`, `S3`, `HDFS`, ...).
            pub r#type: Option<String>,
            ///Tags.
            pub tags: Option<Vec<String>>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ManagedFolderSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ManagedFolderSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ManagedFolderSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ManagedFolderSummary, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_id: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_tags: Option<Vec<String>> = None;
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
                                "name" => {
                                    __m_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "name",
                                    )?;
                                }
                                "type" => {
                                    __m_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "type",
                                    )?;
                                }
                                "tags" => {
                                    __m_tags = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "tags",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ManagedFolderSummary {
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
                            name: __m_name,
                            r#type: __m_type,
                            tags: __m_tags,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ManagedFolderSummary {
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
                    "name",
                    &self.name,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "type",
                    &self.r#type,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "tags",
                    &self.tags,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ManagedFolderSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ManagedFolderSummary")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("name", &self.name)
                    .field("type", &self.r#type)
                    .field("tags", &self.tags)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ManagedFolderSummary {
            ///The [`DssManagedFolder`](super::super::handles::DssManagedFolder) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssManagedFolder {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_odb_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssManagedFolder {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        odb_id: __f_odb_id,
                    }
                }
            }
        }
        /**A file of a managed folder: an item of `list_contents`, or what
`put_file` answers.*/
        #[derive(Clone, PartialEq)]
        pub struct FolderItem {
            ///Path inside the folder, as DSS writes it (with a leading `/`).
            pub path: String,
            ///Size in bytes.
            pub size: Option<i64>,
            ///Last modification time, in milliseconds since the Unix epoch.
            pub last_modified: Option<i64>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for FolderItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = FolderItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `FolderItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<FolderItem, __A::Error> {
                        let mut __m_path: Option<String> = None;
                        let mut __m_size: Option<i64> = None;
                        let mut __m_last_modified: Option<i64> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "path" => {
                                    __m_path = Some(
                                        crate::rt::model::next_member(&mut __map, "path")?,
                                    );
                                }
                                "size" => {
                                    __m_size = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "size",
                                    )?;
                                }
                                "lastModified" => {
                                    __m_last_modified = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "lastModified",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(FolderItem {
                            path: match __m_path {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("path"),
                                    );
                                }
                            },
                            size: __m_size,
                            last_modified: __m_last_modified,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for FolderItem {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "path",
                    &self.path,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "size",
                    &self.size,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "lastModified",
                    &self.last_modified,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for FolderItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("FolderItem")
                    .field("path", &self.path)
                    .field("size", &self.size)
                    .field("last_modified", &self.last_modified)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl FolderItem {}
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
        ///Request value of [`DssProject::list_managed_folders`](super::super::handles::DssProject::list_managed_folders): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListManagedFolders<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListManagedFolders<'a> {
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
                __call.lit("/managedfolders/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListManagedFolders, super::endpoints::PROJECT_LIST_MANAGED_FOLDERS,
            json(Vec < ManagedFolderSummary >,
            "Sends the request (`GET /projects/{project_key}/managedfolders/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListManagedFolders<'_> {}
        ///Request value of [`DssProject::create_managed_folder`](super::super::handles::DssProject::create_managed_folder): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateManagedFolder<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) name: String,
            pub(crate) folder_type: Option<String>,
            pub(crate) connection_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateManagedFolder<'a> {
            /**Storage type (`Filesystem`, `HDFS`, `S3`, `GCS`, `Azure`, `FTP`,
`SFTP`, ...); unset: `null`, DSS picks the connection's.

Unset by default (then sent as `null`). Sent as JSON member `type`.*/
            pub fn folder_type(mut self, folder_type: impl Into<String>) -> Self {
                self.folder_type = Some(folder_type.into());
                self
            }
            /**Connection to store it in.

Default: `filesystem_folders`. Sent as JSON member `params.connection`.*/
            pub fn connection_name(
                mut self,
                connection_name: impl Into<String>,
            ) -> Self {
                self.connection_name = connection_name.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self { __owner, name, folder_type, connection_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/managedfolders/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(name),
                                );
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(__owner.project_key.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from(folder_type),
                                );
                            __map
                                .insert(
                                    String::from("params"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        __map
                                            .insert(
                                                String::from("connection"),
                                                ::serde_json::Value::from(connection_name),
                                            );
                                        __map
                                            .insert(
                                                String::from("path"),
                                                ::serde_json::Value::from("/${projectKey}/${odbId}"),
                                            );
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/managedfolders/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssManagedFolder, crate::rt::Error> {
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
                            let __f_odb_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssManagedFolder {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                odb_id: __f_odb_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateManagedFolder, super::endpoints::PROJECT_CREATE_MANAGED_FOLDER,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateManagedFolder<'_> {}
        ///Request value of [`DssManagedFolder::list_contents`](super::super::handles::DssManagedFolder::list_contents): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderListContents<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderListContents<'a> {
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
                __call.lit("/managedfolders/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                __call.lit("/contents");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /projects/{project_key}/managedfolders/{odb_id}/contents`) and returns the answer.
            pub fn send(self) -> Result<Vec<FolderItem>, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<
                            Vec<FolderItem>,
                        >(__answer, "items", false, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            ManagedFolderListContents, super::endpoints::MANAGED_FOLDER_LIST_CONTENTS,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderListContents<'_> {}
        ///Request value of [`DssManagedFolder::get_settings`](super::super::handles::DssManagedFolder::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssManagedFolder,)),
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
                __call.lit("/managedfolders/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/managedfolders/{odb_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssManagedFolderSettings,
                crate::rt::Error,
            > {
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
                            let __f_odb_id = ::core::clone::Clone::clone(
                                &__owner.odb_id,
                            );
                            super::super::handles::DssManagedFolderSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                odb_id: __f_odb_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ManagedFolderGetSettings, super::endpoints::MANAGED_FOLDER_GET_SETTINGS,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderGetSettings<'_> {}
        ///Request value of [`DssManagedFolder::delete`](super::super::handles::DssManagedFolder::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) drop_data: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderDelete<'a> {
            /**Also delete the folder's files.

Default: `false`. Sent as query parameter `dropData`.*/
            pub fn drop_data(mut self, drop_data: bool) -> Self {
                self.drop_data = drop_data;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, drop_data, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/managedfolders/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                __call.query("dropData", &drop_data);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ManagedFolderDelete, super::endpoints::MANAGED_FOLDER_DELETE, json(Value,
            "Sends the request (`DELETE /projects/{project_key}/managedfolders/{odb_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderDelete<'_> {}
        ///Request value of [`DssManagedFolder::rename`](super::super::handles::DssManagedFolder::rename): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderRename<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) new_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderRename<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, new_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/actions/renameManagedFolder");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("id"),
                                    ::serde_json::Value::from(__owner.odb_id.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("newName"),
                                    ::serde_json::Value::from(new_name),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ManagedFolderRename, super::endpoints::MANAGED_FOLDER_RENAME,
            unit("Sends the request (`POST /projects/{project_key}/actions/renameManagedFolder`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderRename<'_> {}
        ///Request value of [`DssManagedFolder::copy_to`](super::super::handles::DssManagedFolder::copy_to): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderCopyTo<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) target_project_key: String,
            pub(crate) target_folder_id: String,
            pub(crate) write_mode: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderCopyTo<'a> {
            /**`OVERWRITE` replaces the target's files, `APPEND` adds to them.

Default: `OVERWRITE`. Sent as JSON member `writeMode`.*/
            pub fn write_mode(mut self, write_mode: impl Into<String>) -> Self {
                self.write_mode = write_mode.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    target_project_key,
                    target_folder_id,
                    write_mode,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/managedfolders/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                __call.lit("/actions/copyTo");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("targetProjectKey"),
                                    ::serde_json::Value::from(target_project_key),
                                );
                            __map
                                .insert(
                                    String::from("targetFolderId"),
                                    ::serde_json::Value::from(target_folder_id),
                                );
                            __map
                                .insert(
                                    String::from("writeMode"),
                                    ::serde_json::Value::from(write_mode),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/managedfolders/{odb_id}/actions/copyTo`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFuture, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_job_id = crate::rt::answer_string_or_empty(
                                &__answer,
                                "jobId",
                            );
                            let __f_state = crate::rt::decode_value(
                                __answer,
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssFuture {
                                client: ::core::clone::Clone::clone(__client),
                                job_id: __f_job_id,
                                state: __f_state,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ManagedFolderCopyTo, super::endpoints::MANAGED_FOLDER_COPY_TO, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderCopyTo<'_> {}
        ///Request value of [`DssManagedFolder::get_file`](super::super::handles::DssManagedFolder::get_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderGetFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) path: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderGetFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/managedfolders/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                __call.lit("/contents/");
                __call.segments("path", &path, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ManagedFolderGetFile, super::endpoints::MANAGED_FOLDER_GET_FILE,
            stream("Sends the request (`GET /projects/{project_key}/managedfolders/{odb_id}/contents/{path*}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderGetFile<'_> {}
        ///Request value of [`DssManagedFolder::get_file_to_file`](super::super::handles::DssManagedFolder::get_file_to_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderGetFileToFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) path: String,
            pub(crate) local_path: ::std::path::PathBuf,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderGetFileToFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (::std::path::PathBuf,)),
                crate::rt::Error,
            > {
                let Self { __owner, path, local_path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/managedfolders/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                __call.lit("/contents/");
                __call.segments("path", &path, false)?;
                Ok((__call, (local_path,)))
            }
            ///Sends the request (`GET /projects/{project_key}/managedfolders/{odb_id}/contents/{path*}`) and returns the answer.
            pub fn send(self) -> Result<u64, crate::rt::Error> {
                let (__call, (local_path,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| { __call.send_stream()?.save_to(local_path) },
                )
            }
        }
        crate::rt::request_common!(
            ManagedFolderGetFileToFile,
            super::endpoints::MANAGED_FOLDER_GET_FILE_TO_FILE, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderGetFileToFile<'_> {}
        ///Request value of [`DssManagedFolder::put_file`](super::super::handles::DssManagedFolder::put_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderPutFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) path: String,
            pub(crate) f: crate::rt::Upload,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderPutFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, path, f, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/managedfolders/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                __call.lit("/contents/");
                __call.segments("path", &path, false)?;
                __call.upload("", f);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ManagedFolderPutFile, super::endpoints::MANAGED_FOLDER_PUT_FILE,
            json(FolderItem,
            "Sends the request (`POST /projects/{project_key}/managedfolders/{odb_id}/contents/{path*}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderPutFile<'_> {}
        ///Request value of [`DssManagedFolder::delete_file`](super::super::handles::DssManagedFolder::delete_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderDeleteFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) path: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderDeleteFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/managedfolders/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                __call.lit("/contents/");
                __call.segments("path", &path, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ManagedFolderDeleteFile, super::endpoints::MANAGED_FOLDER_DELETE_FILE,
            unit("Sends the request (`DELETE /projects/{project_key}/managedfolders/{odb_id}/contents/{path*}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderDeleteFile<'_> {}
        ///Request value of [`DssManagedFolder::compute_defined_metrics`](super::super::handles::DssManagedFolder::compute_defined_metrics): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderComputeDefinedMetrics<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderComputeDefinedMetrics<'a> {
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
                __call.lit("/managedfolders/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                __call.lit("/actions/computeMetrics");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ManagedFolderComputeDefinedMetrics,
            super::endpoints::MANAGED_FOLDER_COMPUTE_DEFINED_METRICS, json(Value,
            "Sends the request (`POST /projects/{project_key}/managedfolders/{odb_id}/actions/computeMetrics`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderComputeDefinedMetrics<'_> {}
        ///Request value of [`DssManagedFolder::compute_metrics_from_ids`](super::super::handles::DssManagedFolder::compute_metrics_from_ids): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderComputeMetricsFromIds<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) metric_ids: Vec<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderComputeMetricsFromIds<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, metric_ids, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/managedfolders/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                __call.lit("/actions/computeMetricsFromIds");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("metricIds"),
                                    ::serde_json::Value::from(metric_ids),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ManagedFolderComputeMetricsFromIds,
            super::endpoints::MANAGED_FOLDER_COMPUTE_METRICS_FROM_IDS, json(Value,
            "Sends the request (`POST /projects/{project_key}/managedfolders/{odb_id}/actions/computeMetricsFromIds`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderComputeMetricsFromIds<'_> {}
        ///Request value of [`DssManagedFolder::compute_metrics_with_probes`](super::super::handles::DssManagedFolder::compute_metrics_with_probes): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderComputeMetricsWithProbes<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) probes: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderComputeMetricsWithProbes<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, probes, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/managedfolders/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                __call.lit("/actions/computeMetrics");
                __call.json(&::serde_json::Value::from(probes))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ManagedFolderComputeMetricsWithProbes,
            super::endpoints::MANAGED_FOLDER_COMPUTE_METRICS_WITH_PROBES, json(Value,
            "Sends the request (`POST /projects/{project_key}/managedfolders/{odb_id}/actions/computeMetrics`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderComputeMetricsWithProbes<'_> {}
        ///Request value of [`DssManagedFolderSettings::save`](super::super::handles::DssManagedFolderSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolderSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderSettingsSave<'a> {
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
                __call.lit("/managedfolders/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ManagedFolderSettingsSave, super::endpoints::MANAGED_FOLDER_SETTINGS_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/managedfolders/{odb_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderSettingsSave<'_> {}
        crate::rt::request_list!(
            ProjectListManagedFolders, ProjectCreateManagedFolder,
            ManagedFolderListContents, ManagedFolderGetSettings, ManagedFolderDelete,
            ManagedFolderRename, ManagedFolderCopyTo, ManagedFolderGetFile,
            ManagedFolderGetFileToFile, ManagedFolderPutFile, ManagedFolderDeleteFile,
            ManagedFolderComputeDefinedMetrics, ManagedFolderComputeMetricsFromIds,
            ManagedFolderComputeMetricsWithProbes, ManagedFolderSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_managed_folders`.
        pub static PROJECT_LIST_MANAGED_FOLDERS: Endpoint = Endpoint::new(
            "DssProject",
            "list_managed_folders",
            crate::rt::Server::DSS,
            "Lists the project's managed folders.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/managedfolders/",
                    &[],
                    "ProjectListManagedFolders",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < ManagedFolderSummary >"),
            [false, true, false],
        );
        ///`DssProject::get_managed_folder`.
        pub static PROJECT_GET_MANAGED_FOLDER: Endpoint = Endpoint::new(
            "DssProject",
            "get_managed_folder",
            crate::rt::Server::DSS,
            "A handle on one managed folder of the project, by id.",
            &[Arg::new("odb_id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssManagedFolder"),
            [false, true, false],
        );
        ///`DssProject::create_managed_folder`.
        pub static PROJECT_CREATE_MANAGED_FOLDER: Endpoint = Endpoint::new(
            "DssProject",
            "create_managed_folder",
            crate::rt::Server::DSS,
            "Creates a managed folder stored under `/${projectKey}/${odbId}` of a connection, and returns a handle on it (with the id DSS gave it).",
            &[
                Arg::new(
                    "name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "name",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "folder_type",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "type",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "connection_name",
                    "str",
                    Presence::Default("filesystem_folders"),
                    Place::Member {
                        path: "params.connection",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/managedfolders/",
                    &[],
                    "ProjectCreateManagedFolder",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssManagedFolder"),
            [false, true, false],
        );
        ///`DssManagedFolder::list_contents`.
        pub static MANAGED_FOLDER_LIST_CONTENTS: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "list_contents",
            crate::rt::Server::DSS,
            "Lists the files of the folder, at every depth (the `items` member of DSS's answer).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/managedfolders/{odb_id}/contents",
                    &[],
                    "ManagedFolderListContents",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "Vec < FolderItem >",
                member: "items",
                each_item: false,
            },
            [false, true, false],
        );
        ///`DssManagedFolder::get_settings`.
        pub static MANAGED_FOLDER_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the folder's settings (name, connection and path, partitioning, metrics and checks, tags, ...), to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/managedfolders/{odb_id}",
                    &[],
                    "ManagedFolderGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssManagedFolderSettings"),
            [false, true, false],
        );
        ///`DssManagedFolder::delete`.
        pub static MANAGED_FOLDER_DELETE: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the folder from the flow, with the recipes and labeling tasks that use it; returns DSS's answer.",
            &[
                Arg::new(
                    "drop_data",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("dropData"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/managedfolders/{odb_id}",
                    &[],
                    "ManagedFolderDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssManagedFolder::rename`.
        pub static MANAGED_FOLDER_RENAME: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "rename",
            crate::rt::Server::DSS,
            "Changes the folder's display name (its id stays the same).",
            &[
                Arg::new(
                    "new_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "newName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/actions/renameManagedFolder",
                    &[],
                    "ManagedFolderRename",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssManagedFolder::copy_to`.
        pub static MANAGED_FOLDER_COPY_TO: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "copy_to",
            crate::rt::Server::DSS,
            "Copies the folder's files into another managed folder; returns the copy task (not waited for).",
            &[
                Arg::new(
                    "target_project_key",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetProjectKey",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "target_folder_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetFolderId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "write_mode",
                    "str",
                    Presence::Default("OVERWRITE"),
                    Place::Member {
                        path: "writeMode",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/managedfolders/{odb_id}/actions/copyTo",
                    &[],
                    "ManagedFolderCopyTo",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssManagedFolder::get_file`.
        pub static MANAGED_FOLDER_GET_FILE: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "get_file",
            crate::rt::Server::DSS,
            "Reads a file of the folder as a byte stream, read as it arrives (nothing is held whole in memory).",
            &[Arg::new("path", "str", Presence::Required, Place::PathSegments, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/managedfolders/{odb_id}/contents/{path*}",
                    &[],
                    "ManagedFolderGetFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssManagedFolder::get_file_to_file`.
        pub static MANAGED_FOLDER_GET_FILE_TO_FILE: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "get_file_to_file",
            crate::rt::Server::DSS,
            "Downloads a file of the folder into a local file (created or truncated once the server has answered), in constant memory; returns the number of bytes written.",
            &[
                Arg::new("path", "str", Presence::Required, Place::PathSegments, false),
                Arg::new("local_path", "str", Presence::Required, Place::SaveTo, false),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/managedfolders/{odb_id}/contents/{path*}",
                    &[],
                    "ManagedFolderGetFileToFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::SavedToFile,
            [false, true, false],
        );
        ///`DssManagedFolder::put_file`.
        pub static MANAGED_FOLDER_PUT_FILE: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "put_file",
            crate::rt::Server::DSS,
            "Writes a file of the folder (created, or replaced if it exists), streaming its content as a multipart upload whose part has an empty file name, as dataikuapi sends it; returns what DSS says of the file.",
            &[
                Arg::new("path", "str", Presence::Required, Place::PathSegments, false),
                Arg::new("f", "file", Presence::Required, Place::Upload, false),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/managedfolders/{odb_id}/contents/{path*}",
                    &[],
                    "ManagedFolderPutFile",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Json("FolderItem"),
            [false, true, false],
        );
        ///`DssManagedFolder::delete_file`.
        pub static MANAGED_FOLDER_DELETE_FILE: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "delete_file",
            crate::rt::Server::DSS,
            "Deletes a file of the folder.",
            &[Arg::new("path", "str", Presence::Required, Place::PathSegments, false)],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/managedfolders/{odb_id}/contents/{path*}",
                    &[],
                    "ManagedFolderDeleteFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssManagedFolder::compute_defined_metrics`.
        pub static MANAGED_FOLDER_COMPUTE_DEFINED_METRICS: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "compute_defined_metrics",
            crate::rt::Server::DSS,
            "Computes the metrics defined on the folder; returns DSS's answer.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/managedfolders/{odb_id}/actions/computeMetrics",
                    &[],
                    "ManagedFolderComputeDefinedMetrics",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssManagedFolder::compute_metrics_from_ids`.
        pub static MANAGED_FOLDER_COMPUTE_METRICS_FROM_IDS: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "compute_metrics_from_ids",
            crate::rt::Server::DSS,
            "Computes some of the metrics defined on the folder, by id; returns DSS's answer.",
            &[
                Arg::new(
                    "metric_ids",
                    "[str]",
                    Presence::Required,
                    Place::Member {
                        path: "metricIds",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/managedfolders/{odb_id}/actions/computeMetricsFromIds",
                    &[],
                    "ManagedFolderComputeMetricsFromIds",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssManagedFolder::compute_metrics_with_probes`.
        pub static MANAGED_FOLDER_COMPUTE_METRICS_WITH_PROBES: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "compute_metrics_with_probes",
            crate::rt::Server::DSS,
            "Computes metrics with probes given here instead of the folder's; returns DSS's answer.",
            &[
                Arg::new(
                    "probes",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/managedfolders/{odb_id}/actions/computeMetrics",
                    &[],
                    "ManagedFolderComputeMetricsWithProbes",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssManagedFolder::upload_folder`.
        pub static MANAGED_FOLDER_UPLOAD_FOLDER: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "upload_folder",
            crate::rt::Server::DSS,
            "Uploads every file under a local directory into the folder, one `put_file` per file.",
            &[
                Arg::new("path", "& str", Presence::Required, Place::HandWritten, false),
                Arg::new(
                    "local_dir",
                    "& std :: path :: Path",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("ManagedFolderUploadFolder < '_ >"),
            [true, true, false],
        );
        ///`DssManagedFolder::compute_metrics`.
        pub static MANAGED_FOLDER_COMPUTE_METRICS: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "compute_metrics",
            crate::rt::Server::DSS,
            "Computes metrics on the folder, with metric ids, probes or the folder's own.",
            &[],
            None,
            ResultKind::HandWritten("ManagedFolderComputeMetrics < '_ >"),
            [true, true, false],
        );
        ///`DssManagedFolderSettings::save`.
        pub static MANAGED_FOLDER_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/managedfolders/{odb_id}",
                    &[],
                    "ManagedFolderSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssManagedFolderSettings::get_raw_params`.
        pub static MANAGED_FOLDER_SETTINGS_GET_RAW_PARAMS: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
            "get_raw_params",
            crate::rt::Server::DSS,
            "The type-specific parameters (`connection`, `path`, `bucket`, ...).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssManagedFolderSettings::r#type`.
        pub static MANAGED_FOLDER_SETTINGS_R_TYPE: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
            "r#type",
            crate::rt::Server::DSS,
            "The type of storage the folder is in (`Filesystem`, `S3`, `HDFS`, ...).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssManagedFolderSettings::remove_partitioning`.
        pub static MANAGED_FOLDER_SETTINGS_REMOVE_PARTITIONING: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
            "remove_partitioning",
            crate::rt::Server::DSS,
            "Makes the folder unpartitioned.",
            &[],
            None,
            ResultKind::HandWritten("& mut DssManagedFolderSettings"),
            [true, true, false],
        );
        ///`DssManagedFolderSettings::add_discrete_partitioning_dimension`.
        pub static MANAGED_FOLDER_SETTINGS_ADD_DISCRETE_PARTITIONING_DIMENSION: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
            "add_discrete_partitioning_dimension",
            crate::rt::Server::DSS,
            "Adds a discrete (value) partitioning dimension.",
            &[
                Arg::new(
                    "dim_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssManagedFolderSettings"),
            [true, true, false],
        );
        ///`DssManagedFolderSettings::add_time_partitioning_dimension`.
        pub static MANAGED_FOLDER_SETTINGS_ADD_TIME_PARTITIONING_DIMENSION: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
            "add_time_partitioning_dimension",
            crate::rt::Server::DSS,
            "Adds a time partitioning dimension of a period (dataikuapi's default `DAY`; `YEAR`, `MONTH`, `HOUR` too).",
            &[
                Arg::new(
                    "dim_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "period",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssManagedFolderSettings"),
            [true, true, false],
        );
        ///`DssManagedFolderSettings::set_partitioning_file_pattern`.
        pub static MANAGED_FOLDER_SETTINGS_SET_PARTITIONING_FILE_PATTERN: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
            "set_partitioning_file_pattern",
            crate::rt::Server::DSS,
            "Sets which paths of the folder belong to which partition: a regular expression where `%{dim}` stands for a discrete dimension and `%Y`, `%M`, `%D`, `%H` for the parts of a time one (`/year=%Y/.*`).",
            &[
                Arg::new(
                    "pattern",
                    "str",
                    Presence::Required,
                    Place::Document("partitioning.filePathPattern"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssManagedFolderSettings::set_connection_and_path`.
        pub static MANAGED_FOLDER_SETTINGS_SET_CONNECTION_AND_PATH: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
            "set_connection_and_path",
            crate::rt::Server::DSS,
            "Moves the folder to another connection or path (its files stay where they are); `None` leaves either as it is.",
            &[
                Arg::new(
                    "connection",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "path",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("ManagedFolderSetConnectionAndPath < '_ >"),
            [true, true, false],
        );
        ///`DssManagedFolderSettings::tags`.
        pub static MANAGED_FOLDER_SETTINGS_TAGS: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
            "tags",
            crate::rt::Server::DSS,
            "The tags of the folder.",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssManagedFolderSettings::set_tags`.
        pub static MANAGED_FOLDER_SETTINGS_SET_TAGS: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
            "set_tags",
            crate::rt::Server::DSS,
            "Sets the tags of the folder.",
            &[
                Arg::new(
                    "tags",
                    "[str]",
                    Presence::Required,
                    Place::Document("tags"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssManagedFolderSettings::description`.
        pub static MANAGED_FOLDER_SETTINGS_DESCRIPTION: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
            "description",
            crate::rt::Server::DSS,
            "The description of the folder.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssManagedFolderSettings::set_description`.
        pub static MANAGED_FOLDER_SETTINGS_SET_DESCRIPTION: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
            "set_description",
            crate::rt::Server::DSS,
            "Sets the description of the folder.",
            &[
                Arg::new(
                    "description",
                    "str",
                    Presence::Required,
                    Place::Document("description"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssManagedFolderSettings::short_description`.
        pub static MANAGED_FOLDER_SETTINGS_SHORT_DESCRIPTION: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
            "short_description",
            crate::rt::Server::DSS,
            "The short description of the folder.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssManagedFolderSettings::set_short_description`.
        pub static MANAGED_FOLDER_SETTINGS_SET_SHORT_DESCRIPTION: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
            "set_short_description",
            crate::rt::Server::DSS,
            "Sets the short description of the folder.",
            &[
                Arg::new(
                    "short_description",
                    "str",
                    Presence::Required,
                    Place::Document("shortDesc"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssManagedFolderSettings::custom_fields`.
        pub static MANAGED_FOLDER_SETTINGS_CUSTOM_FIELDS: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
            "custom_fields",
            crate::rt::Server::DSS,
            "The custom fields of the folder (none when it has none).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssManagedFolderSettings::set_custom_fields`.
        pub static MANAGED_FOLDER_SETTINGS_SET_CUSTOM_FIELDS: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
            "set_custom_fields",
            crate::rt::Server::DSS,
            "Sets the custom fields of the folder (an object).",
            &[
                Arg::new(
                    "custom_fields",
                    "json",
                    Presence::Required,
                    Place::Document("customFields"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssManagedFolderSettings::get_raw`.
        pub static MANAGED_FOLDER_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssManagedFolderSettings",
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
        &endpoints::PROJECT_LIST_MANAGED_FOLDERS,
        &endpoints::PROJECT_GET_MANAGED_FOLDER,
        &endpoints::PROJECT_CREATE_MANAGED_FOLDER,
        &endpoints::MANAGED_FOLDER_LIST_CONTENTS,
        &endpoints::MANAGED_FOLDER_GET_SETTINGS,
        &endpoints::MANAGED_FOLDER_DELETE,
        &endpoints::MANAGED_FOLDER_RENAME,
        &endpoints::MANAGED_FOLDER_COPY_TO,
        &endpoints::MANAGED_FOLDER_GET_FILE,
        &endpoints::MANAGED_FOLDER_GET_FILE_TO_FILE,
        &endpoints::MANAGED_FOLDER_PUT_FILE,
        &endpoints::MANAGED_FOLDER_DELETE_FILE,
        &endpoints::MANAGED_FOLDER_COMPUTE_DEFINED_METRICS,
        &endpoints::MANAGED_FOLDER_COMPUTE_METRICS_FROM_IDS,
        &endpoints::MANAGED_FOLDER_COMPUTE_METRICS_WITH_PROBES,
        &endpoints::MANAGED_FOLDER_UPLOAD_FOLDER,
        &endpoints::MANAGED_FOLDER_COMPUTE_METRICS,
        &endpoints::MANAGED_FOLDER_SETTINGS_SAVE,
        &endpoints::MANAGED_FOLDER_SETTINGS_GET_RAW_PARAMS,
        &endpoints::MANAGED_FOLDER_SETTINGS_R_TYPE,
        &endpoints::MANAGED_FOLDER_SETTINGS_REMOVE_PARTITIONING,
        &endpoints::MANAGED_FOLDER_SETTINGS_ADD_DISCRETE_PARTITIONING_DIMENSION,
        &endpoints::MANAGED_FOLDER_SETTINGS_ADD_TIME_PARTITIONING_DIMENSION,
        &endpoints::MANAGED_FOLDER_SETTINGS_SET_PARTITIONING_FILE_PATTERN,
        &endpoints::MANAGED_FOLDER_SETTINGS_SET_CONNECTION_AND_PATH,
        &endpoints::MANAGED_FOLDER_SETTINGS_TAGS,
        &endpoints::MANAGED_FOLDER_SETTINGS_SET_TAGS,
        &endpoints::MANAGED_FOLDER_SETTINGS_DESCRIPTION,
        &endpoints::MANAGED_FOLDER_SETTINGS_SET_DESCRIPTION,
        &endpoints::MANAGED_FOLDER_SETTINGS_SHORT_DESCRIPTION,
        &endpoints::MANAGED_FOLDER_SETTINGS_SET_SHORT_DESCRIPTION,
        &endpoints::MANAGED_FOLDER_SETTINGS_CUSTOM_FIELDS,
        &endpoints::MANAGED_FOLDER_SETTINGS_SET_CUSTOM_FIELDS,
        &endpoints::MANAGED_FOLDER_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssManagedFolder",
                doc: "A managed folder of a project, named by its id (a short random string, not its display name).",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "odb_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssManagedFolderSettings",
                doc: "The settings of a managed folder, as `get_settings` reads them (dataikuapi's `DSSManagedFolderSettings`): its name, type, connection and path, partitioning, metrics and checks, tags, ...; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "odb_id",
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
                name: "ManagedFolderSummary",
                doc: "A managed folder as listed by `list_managed_folders`.",
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
                        name: "name",
                        wire: "name",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "type",
                        wire: "type",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "tags",
                        wire: "tags",
                        ty: "Option < Vec < String > >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssManagedFolder"),
            },
            Model {
                name: "FolderItem",
                doc: "A file of a managed folder: an item of `list_contents`, or what `put_file` answers.",
                members: &[
                    ModelMember {
                        name: "path",
                        wire: "path",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "size",
                        wire: "size",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "last_modified",
                        wire: "lastModified",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the project's managed folders.

`GET /projects/{project_key}/managedfolders/`

Returns a [`ProjectListManagedFolders`](requests::ProjectListManagedFolders) request; nothing is sent until `.send()`.*/
        pub fn list_managed_folders(&self) -> requests::ProjectListManagedFolders<'_> {
            requests::ProjectListManagedFolders {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one managed folder of the project, by id.

Builds a handle; sends no request.*/
        pub fn get_managed_folder(
            &self,
            odb_id: impl Into<String>,
        ) -> super::handles::DssManagedFolder {
            let odb_id = odb_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_odb_id = odb_id;
                super::handles::DssManagedFolder {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    odb_id: __f_odb_id,
                }
            }
        }
        /**Creates a managed folder stored under
`/${projectKey}/${odbId}` of a connection, and returns a handle on
it (with the id DSS gave it).

`POST /projects/{project_key}/managedfolders/`

Never retried: sending it twice could do the work twice.

Arguments:
- `name`: Display name of the new folder. Sent as JSON member `name`.

Optional arguments, set by name on the returned request:
- `folder_type`: Unset by default (then sent as `null`). Sent as JSON member `type`.
- `connection_name`: Default: `filesystem_folders`. Sent as JSON member `params.connection`.

Returns a [`ProjectCreateManagedFolder`](requests::ProjectCreateManagedFolder) request; nothing is sent until `.send()`.*/
        pub fn create_managed_folder(
            &self,
            name: impl Into<String>,
        ) -> requests::ProjectCreateManagedFolder<'_> {
            requests::ProjectCreateManagedFolder {
                __owner: self,
                name: name.into(),
                folder_type: None,
                connection_name: String::from("filesystem_folders"),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssManagedFolder {
        /**Lists the files of the folder, at every depth (the `items` member of
DSS's answer).

`GET /projects/{project_key}/managedfolders/{odb_id}/contents`

Returns a [`ManagedFolderListContents`](requests::ManagedFolderListContents) request; nothing is sent until `.send()`.*/
        pub fn list_contents(&self) -> requests::ManagedFolderListContents<'_> {
            requests::ManagedFolderListContents {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the folder's settings (name, connection and path, partitioning,
metrics and checks, tags, ...), to change and `save`.

`GET /projects/{project_key}/managedfolders/{odb_id}`

Returns a [`ManagedFolderGetSettings`](requests::ManagedFolderGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::ManagedFolderGetSettings<'_> {
            requests::ManagedFolderGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the folder from the flow, with the recipes and labeling tasks
that use it; returns DSS's answer.

`DELETE /projects/{project_key}/managedfolders/{odb_id}`

Optional arguments, set by name on the returned request:
- `drop_data`: Default: `false`. Sent as query parameter `dropData`.

Returns a [`ManagedFolderDelete`](requests::ManagedFolderDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::ManagedFolderDelete<'_> {
            requests::ManagedFolderDelete {
                __owner: self,
                drop_data: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Changes the folder's display name (its id stays the same).

`POST /projects/{project_key}/actions/renameManagedFolder`

Never retried: sending it twice could do the work twice.

Arguments:
- `new_name`: The new name (not only whitespace). Sent as JSON member `newName`.

Returns a [`ManagedFolderRename`](requests::ManagedFolderRename) request; nothing is sent until `.send()`.*/
        pub fn rename(
            &self,
            new_name: impl Into<String>,
        ) -> requests::ManagedFolderRename<'_> {
            requests::ManagedFolderRename {
                __owner: self,
                new_name: new_name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Copies the folder's files into another managed folder; returns the
copy task (not waited for).

`POST /projects/{project_key}/managedfolders/{odb_id}/actions/copyTo`

Never retried: sending it twice could do the work twice.

Arguments:
- `target_project_key`: Project of the target folder (dataikuapi takes the folder object: here, its project key and id). Sent as JSON member `targetProjectKey`.
- `target_folder_id`: Id of the target folder. Sent as JSON member `targetFolderId`.

Optional arguments, set by name on the returned request:
- `write_mode`: Default: `OVERWRITE`. Sent as JSON member `writeMode`.

Returns a [`ManagedFolderCopyTo`](requests::ManagedFolderCopyTo) request; nothing is sent until `.send()`.*/
        pub fn copy_to(
            &self,
            target_project_key: impl Into<String>,
            target_folder_id: impl Into<String>,
        ) -> requests::ManagedFolderCopyTo<'_> {
            requests::ManagedFolderCopyTo {
                __owner: self,
                target_project_key: target_project_key.into(),
                target_folder_id: target_folder_id.into(),
                write_mode: String::from("OVERWRITE"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads a file of the folder as a byte stream, read as it arrives
(nothing is held whole in memory).

`GET /projects/{project_key}/managedfolders/{odb_id}/contents/{path*}`

Arguments:
- `path`: Path of the file in the folder (`sub/a.txt`; a leading `/`, as `list_contents` gives it, is dropped). Sent as path segments (each encoded, the slashes kept).

Returns a [`ManagedFolderGetFile`](requests::ManagedFolderGetFile) request; nothing is sent until `.send()`.*/
        pub fn get_file(
            &self,
            path: impl Into<String>,
        ) -> requests::ManagedFolderGetFile<'_> {
            requests::ManagedFolderGetFile {
                __owner: self,
                path: path.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Downloads a file of the folder into a local file (created or
truncated once the server has answered), in constant memory; returns
the number of bytes written.

`GET /projects/{project_key}/managedfolders/{odb_id}/contents/{path*}`

Arguments:
- `path`: Path of the file in the folder (a leading `/` is dropped). Sent as path segments (each encoded, the slashes kept).
- `local_path`: The local file to write. Sent as the local file the answer is written to.

Returns a [`ManagedFolderGetFileToFile`](requests::ManagedFolderGetFileToFile) request; nothing is sent until `.send()`.*/
        pub fn get_file_to_file(
            &self,
            path: impl Into<String>,
            local_path: impl AsRef<::std::path::Path>,
        ) -> requests::ManagedFolderGetFileToFile<'_> {
            requests::ManagedFolderGetFileToFile {
                __owner: self,
                path: path.into(),
                local_path: ::std::path::Path::to_path_buf(local_path.as_ref()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Writes a file of the folder (created, or replaced if it exists),
streaming its content as a multipart upload whose part has an empty
file name, as dataikuapi sends it; returns what DSS says of the file.

`POST /projects/{project_key}/managedfolders/{odb_id}/contents/{path*}`

Safe to send twice (the same content is written to the same path again): a retry policy may repeat it.

Arguments:
- `path`: Path of the file in the folder (a leading `/` is dropped). Sent as path segments (each encoded, the slashes kept).
- `f`: The content: a reader, a file, a path or bytes (never read whole into memory). Sent as a streamed multipart upload (part `file`, filename ``).

Returns a [`ManagedFolderPutFile`](requests::ManagedFolderPutFile) request; nothing is sent until `.send()`.*/
        pub fn put_file(
            &self,
            path: impl Into<String>,
            f: impl Into<crate::rt::Upload>,
        ) -> requests::ManagedFolderPutFile<'_> {
            requests::ManagedFolderPutFile {
                __owner: self,
                path: path.into(),
                f: f.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes a file of the folder.

`DELETE /projects/{project_key}/managedfolders/{odb_id}/contents/{path*}`

Arguments:
- `path`: Path of the file in the folder (a leading `/` is dropped). Sent as path segments (each encoded, the slashes kept).

Returns a [`ManagedFolderDeleteFile`](requests::ManagedFolderDeleteFile) request; nothing is sent until `.send()`.*/
        pub fn delete_file(
            &self,
            path: impl Into<String>,
        ) -> requests::ManagedFolderDeleteFile<'_> {
            requests::ManagedFolderDeleteFile {
                __owner: self,
                path: path.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Computes the metrics defined on the folder; returns DSS's answer.
`compute_metrics` sends this request when given neither metric ids
nor probes.

`POST /projects/{project_key}/managedfolders/{odb_id}/actions/computeMetrics`

Never retried: sending it twice could do the work twice.

Returns a [`ManagedFolderComputeDefinedMetrics`](requests::ManagedFolderComputeDefinedMetrics) request; nothing is sent until `.send()`.*/
        pub fn compute_defined_metrics(
            &self,
        ) -> requests::ManagedFolderComputeDefinedMetrics<'_> {
            requests::ManagedFolderComputeDefinedMetrics {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Computes some of the metrics defined on the folder, by id; returns
DSS's answer. `compute_metrics` sends this request when given metric
ids.

`POST /projects/{project_key}/managedfolders/{odb_id}/actions/computeMetricsFromIds`

Never retried: sending it twice could do the work twice.

Arguments:
- `metric_ids`: Ids of the metrics to compute (`basic:COUNT_FILES`, ...). Sent as JSON member `metricIds`.

Returns a [`ManagedFolderComputeMetricsFromIds`](requests::ManagedFolderComputeMetricsFromIds) request; nothing is sent until `.send()`.*/
        pub fn compute_metrics_from_ids(
            &self,
            metric_ids: impl IntoIterator<Item = impl Into<String>>,
        ) -> requests::ManagedFolderComputeMetricsFromIds<'_> {
            requests::ManagedFolderComputeMetricsFromIds {
                __owner: self,
                metric_ids: metric_ids.into_iter().map(Into::into).collect(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Computes metrics with probes given here instead of the folder's;
returns DSS's answer. `compute_metrics` sends this request when given
probes and no metric ids.

`POST /projects/{project_key}/managedfolders/{odb_id}/actions/computeMetrics`

Never retried: sending it twice could do the work twice.

Arguments:
- `probes`: The probes, as the `probes` member of the folder's settings (`{"probes": [{"type": "basic", ..}]}`), sent as the JSON body. Sent as the JSON body.

Returns a [`ManagedFolderComputeMetricsWithProbes`](requests::ManagedFolderComputeMetricsWithProbes) request; nothing is sent until `.send()`.*/
        pub fn compute_metrics_with_probes(
            &self,
            probes: impl Into<::serde_json::Value>,
        ) -> requests::ManagedFolderComputeMetricsWithProbes<'_> {
            requests::ManagedFolderComputeMetricsWithProbes {
                __owner: self,
                probes: probes.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssManagedFolderSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /projects/{project_key}/managedfolders/{odb_id}`

Returns a [`ManagedFolderSettingsSave`](requests::ManagedFolderSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::ManagedFolderSettingsSave<'_> {
            requests::ManagedFolderSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The type-specific parameters (`connection`, `path`, `bucket`, ...).

Reads the document this value holds; sends no request.*/
        pub fn get_raw_params(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("params")
        }
        /**The type of storage the folder is in (`Filesystem`, `S3`, `HDFS`,
...).

Reads the document this value holds; sends no request.*/
        pub fn r#type(&self) -> ::core::option::Option<&str> {
            self.document.get("type").and_then(::serde_json::Value::as_str)
        }
        /**Sets which paths of the folder belong to which partition: a regular
expression where `%{dim}` stands for a discrete dimension and `%Y`,
`%M`, `%D`, `%H` for the parts of a time one (`/year=%Y/.*`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_partitioning_file_pattern(
            &mut self,
            pattern: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "partitioning.filePathPattern",
                    ::serde_json::Value::from(pattern.into()),
                );
            self
        }
        /**The tags of the folder.

Reads the document this value holds; sends no request.*/
        pub fn tags(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("tags")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**Sets the tags of the folder.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_tags(
            &mut self,
            tags: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> &mut Self {
            self.document
                .set(
                    "tags",
                    ::serde_json::Value::from(
                        tags
                            .into_iter()
                            .map(::core::convert::Into::into)
                            .collect::<::std::vec::Vec<::std::string::String>>(),
                    ),
                );
            self
        }
        /**The description of the folder.

Reads the document this value holds; sends no request.*/
        pub fn description(&self) -> ::core::option::Option<&str> {
            self.document.get("description").and_then(::serde_json::Value::as_str)
        }
        /**Sets the description of the folder.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_description(
            &mut self,
            description: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("description", ::serde_json::Value::from(description.into()));
            self
        }
        /**The short description of the folder.

Reads the document this value holds; sends no request.*/
        pub fn short_description(&self) -> ::core::option::Option<&str> {
            self.document.get("shortDesc").and_then(::serde_json::Value::as_str)
        }
        /**Sets the short description of the folder.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_short_description(
            &mut self,
            short_description: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("shortDesc", ::serde_json::Value::from(short_description.into()));
            self
        }
        /**The custom fields of the folder (none when it has none).

Reads the document this value holds; sends no request.*/
        pub fn custom_fields(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("customFields")
        }
        /**Sets the custom fields of the folder (an object).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_custom_fields(
            &mut self,
            custom_fields: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("customFields", custom_fields.into());
            self
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
            impl super::handles::DssManagedFolder {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_upload_folder(
                    &self,
                    path: &str,
                    local_dir: &std::path::Path,
                ) -> ManagedFolderUploadFolder<'_> {
                    self.upload_folder(path, local_dir)
                }
            }
            impl super::handles::DssManagedFolder {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_compute_metrics(
                    &self,
                ) -> ManagedFolderComputeMetrics<'_> {
                    self.compute_metrics()
                }
            }
            impl super::handles::DssManagedFolderSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_remove_partitioning(
                    &mut self,
                ) -> &mut DssManagedFolderSettings {
                    self.remove_partitioning()
                }
            }
            impl super::handles::DssManagedFolderSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_discrete_partitioning_dimension(
                    &mut self,
                    dim_name: &str,
                ) -> &mut DssManagedFolderSettings {
                    self.add_discrete_partitioning_dimension(dim_name)
                }
            }
            impl super::handles::DssManagedFolderSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_time_partitioning_dimension(
                    &mut self,
                    dim_name: &str,
                    period: &str,
                ) -> &mut DssManagedFolderSettings {
                    self.add_time_partitioning_dimension(dim_name, period)
                }
            }
            impl super::handles::DssManagedFolderSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_connection_and_path(
                    &mut self,
                    connection: Option<&str>,
                    path: Option<&str>,
                ) -> ManagedFolderSetConnectionAndPath<'_> {
                    self.set_connection_and_path(connection, path)
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
                ("DssProject", "list_managed_folders") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_managed_folders();
                        let __endpoint = requests::ProjectListManagedFolders::ENDPOINT;
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
                ("DssProject", "create_managed_folder") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_managed_folder(args.str("name")?);
                        let __endpoint = requests::ProjectCreateManagedFolder::ENDPOINT;
                        if let Some(__v) = args.opt_str("folder_type")? {
                            __r = __r.folder_type(__v);
                        }
                        if let Some(__v) = args.opt_str("connection_name")? {
                            __r = __r.connection_name(__v);
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
                ("DssManagedFolder", "list_contents") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_contents();
                        let __endpoint = requests::ManagedFolderListContents::ENDPOINT;
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
                ("DssManagedFolder", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::ManagedFolderGetSettings::ENDPOINT;
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
                ("DssManagedFolder", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::ManagedFolderDelete::ENDPOINT;
                        if let Some(__v) = args.opt_bool("drop_data")? {
                            __r = __r.drop_data(__v);
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
                ("DssManagedFolder", "rename") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.rename(args.str("new_name")?);
                        let __endpoint = requests::ManagedFolderRename::ENDPOINT;
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
                ("DssManagedFolder", "copy_to") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .copy_to(
                                args.str("target_project_key")?,
                                args.str("target_folder_id")?,
                            );
                        let __endpoint = requests::ManagedFolderCopyTo::ENDPOINT;
                        if let Some(__v) = args.opt_str("write_mode")? {
                            __r = __r.write_mode(__v);
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
                ("DssManagedFolder", "get_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_file(args.str("path")?);
                        let __endpoint = requests::ManagedFolderGetFile::ENDPOINT;
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
                ("DssManagedFolder", "get_file_to_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .get_file_to_file(
                                args.str("path")?,
                                args.str("local_path")?,
                            );
                        let __endpoint = requests::ManagedFolderGetFileToFile::ENDPOINT;
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
                ("DssManagedFolder", "put_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .put_file(args.str("path")?, args.file("f")?);
                        let __endpoint = requests::ManagedFolderPutFile::ENDPOINT;
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
                ("DssManagedFolder", "delete_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete_file(args.str("path")?);
                        let __endpoint = requests::ManagedFolderDeleteFile::ENDPOINT;
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
                ("DssManagedFolder", "compute_defined_metrics") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.compute_defined_metrics();
                        let __endpoint = requests::ManagedFolderComputeDefinedMetrics::ENDPOINT;
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
                ("DssManagedFolder", "compute_metrics_from_ids") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .compute_metrics_from_ids(args.strings("metric_ids")?);
                        let __endpoint = requests::ManagedFolderComputeMetricsFromIds::ENDPOINT;
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
                ("DssManagedFolder", "compute_metrics_with_probes") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .compute_metrics_with_probes(args.json("probes")?);
                        let __endpoint = requests::ManagedFolderComputeMetricsWithProbes::ENDPOINT;
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
                ("DssManagedFolderSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolderSettings", ids)?;
                        let __owner = super::handles::DssManagedFolderSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::ManagedFolderSettingsSave::ENDPOINT;
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
                "DssManagedFolderSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        let mut __doc = __owner.get_settings().send()?;
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
            let model: super::models::ManagedFolderSummary = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"id\":\"plain\",\"name\":\"plain\",\"type\":\"plain\",\"tags\":[\"plain\"],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ManagedFolderSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ManagedFolderSummary"
            );
            checked += 1;
            let model: super::models::FolderItem = ::serde_json::from_str(
                    "{\"path\":\"plain\",\"size\":1,\"lastModified\":1,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "FolderItem")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "FolderItem"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssManagedFolder {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                odb_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssManagedFolder"
            );
            checked += 1;
            let handle = super::handles::DssManagedFolderSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                odb_id: ::std::string::String::from("plain"),
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
                "DssManagedFolderSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
