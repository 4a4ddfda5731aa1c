// The expansion of `projects.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/projects.dss`.
pub mod spec_projects {
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
        ///A project, named by its key.
        #[derive(Clone)]
        pub struct DssProject {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
        }
        impl DssProject {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssProject {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssProject")
                    .field("project_key", &self.project_key)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a project, as `get_settings` reads them (dataikuapi's
`DSSProjectSettings`): code environments, containerized execution,
clusters, exposed objects, ...; changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssProjectSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssProjectSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
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
        impl ::core::fmt::Debug for DssProjectSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssProjectSettings")
                    .field("project_key", &self.project_key)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**An uploaded project archive waiting to be imported
(`prepare_project_import`); [`execute`](TemporaryImportHandle::execute) runs
the import.*/
        #[derive(Clone)]
        pub struct TemporaryImportHandle {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) import_id: String,
        }
        impl TemporaryImportHandle {
            ///The `import_id` this handle points at.
            pub fn import_id(&self) -> &str {
                &self.import_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for TemporaryImportHandle {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("TemporaryImportHandle")
                    .field("import_id", &self.import_id)
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
        ///A project as listed by `list_projects`.
        #[derive(Clone, PartialEq)]
        pub struct ProjectSummary {
            ///The project's key.
            pub project_key: String,
            ///Display name.
            pub name: Option<String>,
            ///Owner login.
            pub owner_login: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ProjectSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ProjectSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ProjectSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ProjectSummary, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_owner_login: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "projectKey" => {
                                    __m_project_key = Some(
                                        crate::rt::model::next_member(&mut __map, "projectKey")?,
                                    );
                                }
                                "name" => {
                                    __m_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "name",
                                    )?;
                                }
                                "ownerLogin" => {
                                    __m_owner_login = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "ownerLogin",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ProjectSummary {
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
                            name: __m_name,
                            owner_login: __m_owner_login,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ProjectSummary {
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
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "name",
                    &self.name,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "ownerLogin",
                    &self.owner_login,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ProjectSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ProjectSummary")
                    .field("project_key", &self.project_key)
                    .field("name", &self.name)
                    .field("owner_login", &self.owner_login)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ProjectSummary {
            ///The [`DssProject`](super::super::handles::DssProject) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssProject {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    super::super::handles::DssProject {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                    }
                }
            }
        }
        /**One remapping of a project import: objects named `source` in the
archive use `target` on this instance.*/
        #[derive(Clone, PartialEq)]
        pub struct ImportRemap {
            ///Name in the imported project.
            pub source: String,
            ///Name on this instance.
            pub target: String,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ImportRemap {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ImportRemap;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ImportRemap` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ImportRemap, __A::Error> {
                        let mut __m_source: Option<String> = None;
                        let mut __m_target: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "source" => {
                                    __m_source = Some(
                                        crate::rt::model::next_member(&mut __map, "source")?,
                                    );
                                }
                                "target" => {
                                    __m_target = Some(
                                        crate::rt::model::next_member(&mut __map, "target")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ImportRemap {
                            source: match __m_source {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("source"),
                                    );
                                }
                            },
                            target: match __m_target {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("target"),
                                    );
                                }
                            },
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ImportRemap {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "source",
                    &self.source,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "target",
                    &self.target,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ImportRemap {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ImportRemap")
                    .field("source", &self.source)
                    .field("target", &self.target)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ImportRemap {}
        ///Remappings of a project import.
        #[derive(Clone, PartialEq)]
        pub struct ImportRemapping {
            ///Connections to remap.
            pub connections: Option<Vec<ImportRemap>>,
            ///Code environments to remap.
            pub code_envs: Option<Vec<ImportRemap>>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ImportRemapping {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ImportRemapping;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ImportRemapping` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ImportRemapping, __A::Error> {
                        let mut __m_connections: Option<Vec<ImportRemap>> = None;
                        let mut __m_code_envs: Option<Vec<ImportRemap>> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "connections" => {
                                    __m_connections = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "connections",
                                    )?;
                                }
                                "codeEnvs" => {
                                    __m_code_envs = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "codeEnvs",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ImportRemapping {
                            connections: __m_connections,
                            code_envs: __m_code_envs,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ImportRemapping {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "connections",
                    &self.connections,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "codeEnvs",
                    &self.code_envs,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ImportRemapping {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ImportRemapping")
                    .field("connections", &self.connections)
                    .field("code_envs", &self.code_envs)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ImportRemapping {}
        /**Settings of [`TemporaryImportHandle::execute`](crate::TemporaryImportHandle::execute),
as a typed alternative to writing the JSON by hand (see its builder
methods).*/
        #[derive(Clone, PartialEq)]
        pub struct ImportSettings {
            ///Key to import the project under (default: the key in the archive).
            pub target_project_key: Option<String>,
            ///Connections and code environments to remap.
            pub remapping: Option<ImportRemapping>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ImportSettings {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ImportSettings;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ImportSettings` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ImportSettings, __A::Error> {
                        let mut __m_target_project_key: Option<String> = None;
                        let mut __m_remapping: Option<ImportRemapping> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "targetProjectKey" => {
                                    __m_target_project_key = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "targetProjectKey",
                                    )?;
                                }
                                "remapping" => {
                                    __m_remapping = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "remapping",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ImportSettings {
                            target_project_key: __m_target_project_key,
                            remapping: __m_remapping,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ImportSettings {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "targetProjectKey",
                    &self.target_project_key,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "remapping",
                    &self.remapping,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ImportSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ImportSettings")
                    .field("target_project_key", &self.target_project_key)
                    .field("remapping", &self.remapping)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ImportSettings {}
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
        ///Request value of [`DssClient::list_project_keys`](crate::rt::DssClient::list_project_keys): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListProjectKeys<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListProjectKeys<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /projects/`) and returns the answer.
            pub fn send(self) -> Result<Vec<String>, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<
                            Vec<String>,
                        >(__answer, "projectKey", true, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            ListProjectKeys, super::endpoints::LIST_PROJECT_KEYS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListProjectKeys<'_> {}
        ///Request value of [`DssClient::list_projects`](crate::rt::DssClient::list_projects): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListProjects<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) include_location: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListProjects<'a> {
            /**Also return each project's folder.

Default: `false`. Sent as query parameter `includeLocation`.*/
            pub fn include_location(mut self, include_location: bool) -> Self {
                self.include_location = include_location;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, include_location, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.query("includeLocation", &include_location);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListProjects, super::endpoints::LIST_PROJECTS, json(Vec < ProjectSummary >,
            "Sends the request (`GET /projects/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListProjects<'_> {}
        ///Request value of [`DssClient::create_project`](crate::rt::DssClient::create_project): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateProject<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) name: String,
            pub(crate) owner: String,
            pub(crate) description: Option<String>,
            pub(crate) settings: Option<::serde_json::Value>,
            pub(crate) project_folder_id: Option<String>,
            pub(crate) permissions: ::serde_json::Value,
            pub(crate) tags: Vec<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateProject<'a> {
            /**Description of the project.

Unset by default (then sent as `null`). Sent as JSON member `description`.*/
            pub fn description(mut self, description: impl Into<String>) -> Self {
                self.description = Some(description.into());
                self
            }
            /**Initial settings (their shape is not documented by DSS).

Unset by default (then sent as `null`). Sent as JSON member `settings`.*/
            pub fn settings(mut self, settings: impl Into<::serde_json::Value>) -> Self {
                self.settings = Some(settings.into());
                self
            }
            /**Project folder to create it in (the root folder when unset).

Unset by default (then left out). Sent as query parameter `projectFolderId`.*/
            pub fn project_folder_id(
                mut self,
                project_folder_id: impl Into<String>,
            ) -> Self {
                self.project_folder_id = Some(project_folder_id.into());
                self
            }
            /**Initial permissions.

Default: `[]`. Sent as JSON member `permissions`.*/
            pub fn permissions(
                mut self,
                permissions: impl Into<::serde_json::Value>,
            ) -> Self {
                self.permissions = permissions.into();
                self
            }
            /**Initial tags.

Default: `[]`. Sent as JSON member `tags`.*/
            pub fn tags(
                mut self,
                tags: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.tags = tags.into_iter().map(Into::into).collect();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
                let Self {
                    __owner,
                    project_key,
                    name,
                    owner,
                    description,
                    settings,
                    project_folder_id,
                    permissions,
                    tags,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.query("projectFolderId", &project_folder_id);
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&project_key),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(name),
                                );
                            __map
                                .insert(
                                    String::from("owner"),
                                    ::serde_json::Value::from(owner),
                                );
                            __map
                                .insert(
                                    String::from("settings"),
                                    ::serde_json::Value::from(settings),
                                );
                            __map
                                .insert(
                                    String::from("description"),
                                    ::serde_json::Value::from(description),
                                );
                            __map
                                .insert(
                                    String::from("permissions"),
                                    ::serde_json::Value::from(permissions),
                                );
                            __map
                                .insert(
                                    String::from("tags"),
                                    ::serde_json::Value::from(tags),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (project_key,)))
            }
            ///Sends the request (`POST /projects/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssProject, crate::rt::Error> {
                let (__call, (project_key,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = project_key;
                            super::super::handles::DssProject {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            CreateProject, super::endpoints::CREATE_PROJECT, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateProject<'_> {}
        ///Request value of [`DssClient::create_project_from_bundle_local_archive`](crate::rt::DssClient::create_project_from_bundle_local_archive): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateProjectFromBundleLocalArchive<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) archive_path: String,
            pub(crate) project_folder_id: Option<String>,
            pub(crate) permissions_propagation_policy: String,
            pub(crate) fail_on_missing_users_or_groups: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateProjectFromBundleLocalArchive<'a> {
            /**Project folder to create it in (the root folder when unset).

Unset by default (then left out). Sent as query parameter `projectFolderId`.*/
            pub fn project_folder_id(
                mut self,
                project_folder_id: impl Into<String>,
            ) -> Self {
                self.project_folder_id = Some(project_folder_id.into());
                self
            }
            /**How permissions of the bundle are applied (`NONE`, ...).

Default: `NONE`. Sent as query parameter `permissionsPropagationPolicy`.*/
            pub fn permissions_propagation_policy(
                mut self,
                permissions_propagation_policy: impl Into<String>,
            ) -> Self {
                self.permissions_propagation_policy = permissions_propagation_policy
                    .into();
                self
            }
            /**Fail when the bundle names users or groups this node lacks.

Default: `true`. Sent as query parameter `failOnMissingUsersOrGroups`.*/
            pub fn fail_on_missing_users_or_groups(
                mut self,
                fail_on_missing_users_or_groups: bool,
            ) -> Self {
                self.fail_on_missing_users_or_groups = fail_on_missing_users_or_groups;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    archive_path,
                    project_folder_id,
                    permissions_propagation_policy,
                    fail_on_missing_users_or_groups,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projectsFromBundle/fromArchive");
                __call.query("archivePath", &archive_path);
                __call.query("projectFolderId", &project_folder_id);
                __call
                    .query(
                        "permissionsPropagationPolicy",
                        &permissions_propagation_policy,
                    );
                __call
                    .query(
                        "failOnMissingUsersOrGroups",
                        &fail_on_missing_users_or_groups,
                    );
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CreateProjectFromBundleLocalArchive,
            super::endpoints::CREATE_PROJECT_FROM_BUNDLE_LOCAL_ARCHIVE, json(Value,
            "Sends the request (`POST /projectsFromBundle/fromArchive`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateProjectFromBundleLocalArchive<'_> {}
        ///Request value of [`DssClient::create_project_from_bundle_archive`](crate::rt::DssClient::create_project_from_bundle_archive): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateProjectFromBundleArchive<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) fp: crate::rt::Upload,
            pub(crate) project_folder_id: Option<String>,
            pub(crate) permissions_propagation_policy: String,
            pub(crate) fail_on_missing_users_or_groups: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateProjectFromBundleArchive<'a> {
            /**Project folder to create it in (the root folder when unset).

Unset by default (then left out). Sent as query parameter `projectFolderId`.*/
            pub fn project_folder_id(
                mut self,
                project_folder_id: impl Into<String>,
            ) -> Self {
                self.project_folder_id = Some(project_folder_id.into());
                self
            }
            /**How permissions of the bundle are applied (`NONE`, ...).

Default: `NONE`. Sent as query parameter `permissionsPropagationPolicy`.*/
            pub fn permissions_propagation_policy(
                mut self,
                permissions_propagation_policy: impl Into<String>,
            ) -> Self {
                self.permissions_propagation_policy = permissions_propagation_policy
                    .into();
                self
            }
            /**Fail when the bundle names users or groups this node lacks.

Default: `true`. Sent as query parameter `failOnMissingUsersOrGroups`.*/
            pub fn fail_on_missing_users_or_groups(
                mut self,
                fail_on_missing_users_or_groups: bool,
            ) -> Self {
                self.fail_on_missing_users_or_groups = fail_on_missing_users_or_groups;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    fp,
                    project_folder_id,
                    permissions_propagation_policy,
                    fail_on_missing_users_or_groups,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projectsFromBundle/");
                __call.query("projectFolderId", &project_folder_id);
                __call
                    .query(
                        "permissionsPropagationPolicy",
                        &permissions_propagation_policy,
                    );
                __call
                    .query(
                        "failOnMissingUsersOrGroups",
                        &fail_on_missing_users_or_groups,
                    );
                __call.upload_named(fp);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CreateProjectFromBundleArchive,
            super::endpoints::CREATE_PROJECT_FROM_BUNDLE_ARCHIVE, json(Value,
            "Sends the request (`POST /projectsFromBundle/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateProjectFromBundleArchive<'_> {}
        ///Request value of [`DssClient::prepare_project_import`](crate::rt::DssClient::prepare_project_import): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PrepareProjectImport<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) f: crate::rt::Upload,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PrepareProjectImport<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, f, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/import/upload");
                __call.upload("tmp-import.zip", f);
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/import/upload`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::TemporaryImportHandle, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_import_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::TemporaryImportHandle {
                                client: ::core::clone::Clone::clone(__client),
                                import_id: __f_import_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            PrepareProjectImport, super::endpoints::PREPARE_PROJECT_IMPORT, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PrepareProjectImport<'_> {}
        ///Request value of [`TemporaryImportHandle::execute`](super::super::handles::TemporaryImportHandle::execute): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct TemporaryImportHandleExecute<'a> {
            pub(crate) __owner: &'a super::super::handles::TemporaryImportHandle,
            pub(crate) settings: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> TemporaryImportHandleExecute<'a> {
            /**Import settings; unset or `{}` is sent as `{"_": "_"}` (DSS cannot
read an empty object).

Unset by default (then sent as `null`). Sent as the JSON body, converted by `import_settings`.*/
            pub fn settings(mut self, settings: impl Into<::serde_json::Value>) -> Self {
                self.settings = Some(settings.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, settings, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/import/");
                __call.segment("import_id", &__owner.import_id, false)?;
                __call.lit("/process");
                let __body = crate::rt::convert::import_settings(
                    ::serde_json::Value::from(settings),
                    "settings",
                )?;
                if !__body.is_null() {
                    __call.json(&__body)?;
                }
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            TemporaryImportHandleExecute,
            super::endpoints::TEMPORARY_IMPORT_HANDLE_EXECUTE, json(Value,
            "Sends the request (`POST /projects/import/{import_id}/process`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for TemporaryImportHandleExecute<'_> {}
        ///Request value of [`DssProject::get_timeline`](super::super::handles::DssProject::get_timeline): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetTimeline<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) item_count: i64,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetTimeline<'a> {
            /**Most modifications to return.

Default: `100`. Sent as query parameter `itemCount`.*/
            pub fn item_count(mut self, item_count: i64) -> Self {
                self.item_count = item_count;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, item_count, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/timeline");
                __call.query("itemCount", &item_count);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetTimeline, super::endpoints::PROJECT_GET_TIMELINE, json(Value,
            "Sends the request (`GET /projects/{project_key}/timeline`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetTimeline<'_> {}
        ///Request value of [`DssProject::get_metadata`](super::super::handles::DssProject::get_metadata): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetMetadata<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetMetadata<'a> {
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
                __call.lit("/metadata");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetMetadata, super::endpoints::PROJECT_GET_METADATA, json(Value,
            "Sends the request (`GET /projects/{project_key}/metadata`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetMetadata<'_> {}
        ///Request value of [`DssProject::set_metadata`](super::super::handles::DssProject::set_metadata): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectSetMetadata<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) metadata: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectSetMetadata<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, metadata, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/metadata");
                __call.json(&::serde_json::Value::from(metadata))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectSetMetadata, super::endpoints::PROJECT_SET_METADATA,
            unit("Sends the request (`PUT /projects/{project_key}/metadata`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectSetMetadata<'_> {}
        ///Request value of [`DssProject::get_summary`](super::super::handles::DssProject::get_summary): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetSummary<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetSummary<'a> {
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
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetSummary, super::endpoints::PROJECT_GET_SUMMARY, json(Value,
            "Sends the request (`GET /projects/{project_key}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetSummary<'_> {}
        ///Request value of [`DssProject::get_settings`](super::super::handles::DssProject::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
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
                __call.lit("/settings");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssProjectSettings, crate::rt::Error> {
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
                            super::super::handles::DssProjectSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectGetSettings, super::endpoints::PROJECT_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetSettings<'_> {}
        ///Request value of [`DssProject::get_export_stream`](super::super::handles::DssProject::get_export_stream): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetExportStream<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) options: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetExportStream<'a> {
            /**Export options (`exportUploads`, `exportManagedFS`,
`exportAnalysisModels`, `exportSavedModels`,
`exportManagedFolders`, `exportGitRepository`, ...; each `false`
when left out), sent as the JSON body.

Default: `{}`. Sent as the JSON body.*/
            pub fn options(mut self, options: impl Into<::serde_json::Value>) -> Self {
                self.options = options.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, options, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/export");
                __call.json(&::serde_json::Value::from(options))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetExportStream, super::endpoints::PROJECT_GET_EXPORT_STREAM,
            stream("Sends the request (`POST /projects/{project_key}/export`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetExportStream<'_> {}
        ///Request value of [`DssProject::export_to_file`](super::super::handles::DssProject::export_to_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectExportToFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) path: ::std::path::PathBuf,
            pub(crate) options: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectExportToFile<'a> {
            /**Export options, as for `get_export_stream`.

Default: `{}`. Sent as the JSON body.*/
            pub fn options(mut self, options: impl Into<::serde_json::Value>) -> Self {
                self.options = options.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (::std::path::PathBuf,)),
                crate::rt::Error,
            > {
                let Self { __owner, path, options, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/export");
                __call.json(&::serde_json::Value::from(options))?;
                Ok((__call, (path,)))
            }
            ///Sends the request (`POST /projects/{project_key}/export`) and returns the answer.
            pub fn send(self) -> Result<u64, crate::rt::Error> {
                let (__call, (path,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| { __call.send_stream()?.save_to(path) },
                )
            }
        }
        crate::rt::request_common!(
            ProjectExportToFile, super::endpoints::PROJECT_EXPORT_TO_FILE, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectExportToFile<'_> {}
        ///Request value of [`DssProject::duplicate`](super::super::handles::DssProject::duplicate): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDuplicate<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) target_project_key: String,
            pub(crate) target_project_name: String,
            pub(crate) duplication_mode: String,
            pub(crate) export_analysis_models: bool,
            pub(crate) export_saved_models: bool,
            pub(crate) export_git_repository: Option<bool>,
            pub(crate) export_insights_data: bool,
            pub(crate) remapping: ::serde_json::Value,
            pub(crate) target_project_folder: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDuplicate<'a> {
            /**What to copy: `MINIMAL`, `SHARING`, `FULL` or `NONE`.

Default: `MINIMAL`. Sent as JSON member `duplicationMode`.*/
            pub fn duplication_mode(
                mut self,
                duplication_mode: impl Into<String>,
            ) -> Self {
                self.duplication_mode = duplication_mode.into();
                self
            }
            /**Also copy the models trained in analyses.

Default: `true`. Sent as JSON member `exportAnalysisModels`.*/
            pub fn export_analysis_models(
                mut self,
                export_analysis_models: bool,
            ) -> Self {
                self.export_analysis_models = export_analysis_models;
                self
            }
            /**Also copy the saved models.

Default: `true`. Sent as JSON member `exportSavedModels`.*/
            pub fn export_saved_models(mut self, export_saved_models: bool) -> Self {
                self.export_saved_models = export_saved_models;
                self
            }
            /**Also copy the Git history (unset: `null`, DSS decides; needs
project admin rights when a remote has credentials).

Unset by default (then sent as `null`). Sent as JSON member `exportGitRepository`.*/
            pub fn export_git_repository(mut self, export_git_repository: bool) -> Self {
                self.export_git_repository = Some(export_git_repository);
                self
            }
            /**Also copy the data of static insights.

Default: `true`. Sent as JSON member `exportInsightsData`.*/
            pub fn export_insights_data(mut self, export_insights_data: bool) -> Self {
                self.export_insights_data = export_insights_data;
                self
            }
            /**Connections to remap in the copy
(`{"connections": [{"source": .., "target": ..}]}`).

Default: `{}`. Sent as JSON member `remapping`.*/
            pub fn remapping(
                mut self,
                remapping: impl Into<::serde_json::Value>,
            ) -> Self {
                self.remapping = remapping.into();
                self
            }
            /**Id of the project folder to create the copy in (dataikuapi takes
the folder object); left out of the body when unset, so DSS uses
the root folder.

Unset by default (then left out). Sent as JSON member `targetProjectFolderId`.*/
            pub fn target_project_folder(
                mut self,
                target_project_folder: impl Into<String>,
            ) -> Self {
                self.target_project_folder = Some(target_project_folder.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    target_project_key,
                    target_project_name,
                    duplication_mode,
                    export_analysis_models,
                    export_saved_models,
                    export_git_repository,
                    export_insights_data,
                    remapping,
                    target_project_folder,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/duplicate/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("targetProjectName"),
                                    ::serde_json::Value::from(target_project_name),
                                );
                            __map
                                .insert(
                                    String::from("targetProjectKey"),
                                    ::serde_json::Value::from(target_project_key),
                                );
                            __map
                                .insert(
                                    String::from("duplicationMode"),
                                    ::serde_json::Value::from(duplication_mode),
                                );
                            __map
                                .insert(
                                    String::from("exportAnalysisModels"),
                                    ::serde_json::Value::from(export_analysis_models),
                                );
                            __map
                                .insert(
                                    String::from("exportSavedModels"),
                                    ::serde_json::Value::from(export_saved_models),
                                );
                            __map
                                .insert(
                                    String::from("exportGitRepository"),
                                    ::serde_json::Value::from(export_git_repository),
                                );
                            __map
                                .insert(
                                    String::from("exportInsightsData"),
                                    ::serde_json::Value::from(export_insights_data),
                                );
                            __map
                                .insert(
                                    String::from("remapping"),
                                    ::serde_json::Value::from(remapping),
                                );
                            let __v = ::serde_json::Value::from(target_project_folder);
                            if !__v.is_null() {
                                __map.insert(String::from("targetProjectFolderId"), __v);
                            }
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDuplicate, super::endpoints::PROJECT_DUPLICATE, json(Value,
            "Sends the request (`POST /projects/{project_key}/duplicate/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDuplicate<'_> {}
        ///Request value of [`DssProject::get_permissions`](super::super::handles::DssProject::get_permissions): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetPermissions<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetPermissions<'a> {
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
                __call.lit("/permissions");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetPermissions, super::endpoints::PROJECT_GET_PERMISSIONS, json(Value,
            "Sends the request (`GET /projects/{project_key}/permissions`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetPermissions<'_> {}
        ///Request value of [`DssProject::set_permissions`](super::super::handles::DssProject::set_permissions): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectSetPermissions<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) permissions: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectSetPermissions<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, permissions, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/permissions");
                __call.json(&::serde_json::Value::from(permissions))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectSetPermissions, super::endpoints::PROJECT_SET_PERMISSIONS,
            unit("Sends the request (`PUT /projects/{project_key}/permissions`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectSetPermissions<'_> {}
        ///Request value of [`DssProject::get_variables`](super::super::handles::DssProject::get_variables): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetVariables<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetVariables<'a> {
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
                __call.lit("/variables/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetVariables, super::endpoints::PROJECT_GET_VARIABLES, json(Value,
            "Sends the request (`GET /projects/{project_key}/variables/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetVariables<'_> {}
        ///Request value of [`DssProject::set_variables`](super::super::handles::DssProject::set_variables): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectSetVariables<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) variables: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectSetVariables<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, variables, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/variables/");
                __call.json(&::serde_json::Value::from(variables))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectSetVariables, super::endpoints::PROJECT_SET_VARIABLES,
            unit("Sends the request (`PUT /projects/{project_key}/variables/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectSetVariables<'_> {}
        ///Request value of [`DssProject::get_tags`](super::super::handles::DssProject::get_tags): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetTags<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetTags<'a> {
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
                __call.lit("/tags");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetTags, super::endpoints::PROJECT_GET_TAGS, json(Value,
            "Sends the request (`GET /projects/{project_key}/tags`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetTags<'_> {}
        ///Request value of [`DssProject::set_tags`](super::super::handles::DssProject::set_tags): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectSetTags<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) tags: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectSetTags<'a> {
            /**Sets `tags`.

Default: `{}`. Sent as the JSON body.*/
            pub fn tags(mut self, tags: impl Into<::serde_json::Value>) -> Self {
                self.tags = tags.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, tags, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/tags");
                __call.json(&::serde_json::Value::from(tags))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectSetTags, super::endpoints::PROJECT_SET_TAGS,
            unit("Sends the request (`PUT /projects/{project_key}/tags`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectSetTags<'_> {}
        ///Request value of [`DssProject::get_project_folder`](super::super::handles::DssProject::get_project_folder): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetProjectFolder<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetProjectFolder<'a> {
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
                __call.lit("/project-folders/locate-project/");
                __call.segment("project_key", &__owner.project_key, false)?;
                Ok((__call, ()))
            }
            ///Sends the request (`GET /project-folders/locate-project/{project_key}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssProjectFolder, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_folder_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            let __f_data = crate::rt::decode_value(
                                __answer,
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssProjectFolder {
                                client: ::core::clone::Clone::clone(__client),
                                project_folder_id: __f_project_folder_id,
                                data: __f_data,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectGetProjectFolder, super::endpoints::PROJECT_GET_PROJECT_FOLDER,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetProjectFolder<'_> {}
        ///Request value of [`DssProject::save_app_manifest`](super::super::handles::DssProject::save_app_manifest): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectSaveAppManifest<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) manifest: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectSaveAppManifest<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, manifest, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/app-manifest");
                __call.json(&::serde_json::Value::from(manifest))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectSaveAppManifest, super::endpoints::PROJECT_SAVE_APP_MANIFEST,
            unit("Sends the request (`PUT /projects/{project_key}/app-manifest`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectSaveAppManifest<'_> {}
        ///Request value of [`DssProject::delete`](super::super::handles::DssProject::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) clear_managed_datasets: bool,
            pub(crate) clear_output_managed_folders: bool,
            pub(crate) clear_job_and_scenario_logs: bool,
            pub(crate) clear_managed_knowledge_banks: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDelete<'a> {
            /**Also delete the data of managed datasets.

Default: `false`. Sent as query parameter `clearManagedDatasets`.*/
            pub fn clear_managed_datasets(
                mut self,
                clear_managed_datasets: bool,
            ) -> Self {
                self.clear_managed_datasets = clear_managed_datasets;
                self
            }
            /**Also delete the content of managed output folders.

Default: `false`. Sent as query parameter `clearOutputManagedFolders`.*/
            pub fn clear_output_managed_folders(
                mut self,
                clear_output_managed_folders: bool,
            ) -> Self {
                self.clear_output_managed_folders = clear_output_managed_folders;
                self
            }
            /**Also delete job and scenario logs.

Default: `true`. Sent as query parameter `clearJobAndScenarioLogs`.*/
            pub fn clear_job_and_scenario_logs(
                mut self,
                clear_job_and_scenario_logs: bool,
            ) -> Self {
                self.clear_job_and_scenario_logs = clear_job_and_scenario_logs;
                self
            }
            /**Also delete managed knowledge banks.

Default: `false`. Sent as query parameter `clearManagedKnowledgeBanks`.*/
            pub fn clear_managed_knowledge_banks(
                mut self,
                clear_managed_knowledge_banks: bool,
            ) -> Self {
                self.clear_managed_knowledge_banks = clear_managed_knowledge_banks;
                self
            }
            fn __prepare(
                self,
                __start: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    clear_managed_datasets,
                    clear_output_managed_folders,
                    clear_job_and_scenario_logs,
                    clear_managed_knowledge_banks,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.query("clearManagedDatasets", &clear_managed_datasets);
                __call.query("clearOutputManagedFolders", &clear_output_managed_folders);
                __call.query("clearJobAndScenarioLogs", &clear_job_and_scenario_logs);
                __call
                    .query("clearManagedKnowledgeBanks", &clear_managed_knowledge_banks);
                __call.query("wait", if __start { "false" } else { "true" });
                Ok((__call, ()))
            }
            ///Sends the request (`DELETE /projects/{project_key}`) and returns the answer.
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
            ///Sends the request with `wait=false` and returns the task the server answers with, without waiting (dataikuapi's `wait=False`).
            pub fn start(
                self,
            ) -> Result<super::super::handles::DssFuture, crate::rt::Error> {
                let (__call, _) = self.__prepare(true)?;
                crate::rt::finish(
                    __call,
                    |__call| {
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
            ProjectDelete, super::endpoints::PROJECT_DELETE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDelete<'_> {}
        ///Request value of [`DssProjectSettings::save`](super::super::handles::DssProjectSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectSettingsSave<'a> {
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
                __call.lit("/settings");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectSettingsSave, super::endpoints::PROJECT_SETTINGS_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectSettingsSave<'_> {}
        crate::rt::request_list!(
            ListProjectKeys, ListProjects, CreateProject,
            CreateProjectFromBundleLocalArchive, CreateProjectFromBundleArchive,
            PrepareProjectImport, TemporaryImportHandleExecute, ProjectGetTimeline,
            ProjectGetMetadata, ProjectSetMetadata, ProjectGetSummary,
            ProjectGetSettings, ProjectGetExportStream, ProjectExportToFile,
            ProjectDuplicate, ProjectGetPermissions, ProjectSetPermissions,
            ProjectGetVariables, ProjectSetVariables, ProjectGetTags, ProjectSetTags,
            ProjectGetProjectFolder, ProjectSaveAppManifest, ProjectDelete,
            ProjectSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_project_keys`.
        pub static LIST_PROJECT_KEYS: Endpoint = Endpoint::new(
            "DssClient",
            "list_project_keys",
            crate::rt::Server::DSS,
            "Lists the keys of the projects the caller can see.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/",
                    &[],
                    "ListProjectKeys",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "Vec < String >",
                member: "projectKey",
                each_item: true,
            },
            [false, true, false],
        );
        ///`DssClient::list_projects`.
        pub static LIST_PROJECTS: Endpoint = Endpoint::new(
            "DssClient",
            "list_projects",
            crate::rt::Server::DSS,
            "Lists the projects the caller can see; each has at least `projectKey`.",
            &[
                Arg::new(
                    "include_location",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("includeLocation"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/",
                    &[],
                    "ListProjects",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < ProjectSummary >"),
            [false, true, false],
        );
        ///`DssClient::get_project`.
        pub static GET_PROJECT: Endpoint = Endpoint::new(
            "DssClient",
            "get_project",
            crate::rt::Server::DSS,
            "A handle on one project.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssProject"),
            [false, true, false],
        );
        ///`DssClient::get_default_project`.
        pub static GET_DEFAULT_PROJECT: Endpoint = Endpoint::new(
            "DssClient",
            "get_default_project",
            crate::rt::Server::DSS,
            "A handle on the current project of code running inside DSS (the `DKU_CURRENT_PROJECT_KEY` environment variable); an error when it is not set.",
            &[],
            None,
            ResultKind::Handle("DssProject"),
            [false, true, false],
        );
        ///`DssClient::create_project`.
        pub static CREATE_PROJECT: Endpoint = Endpoint::new(
            "DssClient",
            "create_project",
            crate::rt::Server::DSS,
            "Creates a project (needs admin rights or the right to create projects) and returns a handle on it.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "projectKey",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
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
                    "owner",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "owner",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "description",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "description",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "settings",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "settings",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "project_folder_id",
                    "str",
                    Presence::Optional,
                    Place::Query("projectFolderId"),
                    false,
                ),
                Arg::new(
                    "permissions",
                    "json",
                    Presence::Default("[]"),
                    Place::Member {
                        path: "permissions",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "tags",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Member {
                        path: "tags",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/",
                    &[],
                    "CreateProject",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProject"),
            [false, true, false],
        );
        ///`DssClient::create_project_from_bundle_local_archive`.
        pub static CREATE_PROJECT_FROM_BUNDLE_LOCAL_ARCHIVE: Endpoint = Endpoint::new(
            "DssClient",
            "create_project_from_bundle_local_archive",
            crate::rt::Server::DSS,
            "Creates a project from a bundle archive already on the DSS server's disk (automation nodes only).",
            &[
                Arg::new(
                    "archive_path",
                    "str",
                    Presence::Required,
                    Place::Query("archivePath"),
                    false,
                ),
                Arg::new(
                    "project_folder_id",
                    "str",
                    Presence::Optional,
                    Place::Query("projectFolderId"),
                    false,
                ),
                Arg::new(
                    "permissions_propagation_policy",
                    "str",
                    Presence::Default("NONE"),
                    Place::Query("permissionsPropagationPolicy"),
                    false,
                ),
                Arg::new(
                    "fail_on_missing_users_or_groups",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("failOnMissingUsersOrGroups"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projectsFromBundle/fromArchive",
                    &[],
                    "CreateProjectFromBundleLocalArchive",
                    [true, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::create_project_from_bundle_archive`.
        pub static CREATE_PROJECT_FROM_BUNDLE_ARCHIVE: Endpoint = Endpoint::new(
            "DssClient",
            "create_project_from_bundle_archive",
            crate::rt::Server::DSS,
            "Creates a project from a bundle archive streamed from here (automation nodes only).",
            &[
                Arg::new("fp", "file", Presence::Required, Place::Upload, false),
                Arg::new(
                    "project_folder_id",
                    "str",
                    Presence::Optional,
                    Place::Query("projectFolderId"),
                    false,
                ),
                Arg::new(
                    "permissions_propagation_policy",
                    "str",
                    Presence::Default("NONE"),
                    Place::Query("permissionsPropagationPolicy"),
                    false,
                ),
                Arg::new(
                    "fail_on_missing_users_or_groups",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("failOnMissingUsersOrGroups"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projectsFromBundle/",
                    &[],
                    "CreateProjectFromBundleArchive",
                    [true, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::prepare_project_import`.
        pub static PREPARE_PROJECT_IMPORT: Endpoint = Endpoint::new(
            "DssClient",
            "prepare_project_import",
            crate::rt::Server::DSS,
            "Uploads a project export archive (design nodes only) and returns a handle to run its import.",
            &[Arg::new("f", "file", Presence::Required, Place::Upload, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/import/upload",
                    &[],
                    "PrepareProjectImport",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("TemporaryImportHandle"),
            [false, true, false],
        );
        ///`TemporaryImportHandle::execute`.
        pub static TEMPORARY_IMPORT_HANDLE_EXECUTE: Endpoint = Endpoint::new(
            "TemporaryImportHandle",
            "execute",
            crate::rt::Server::DSS,
            "Runs the import.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Optional,
                    Place::Body {
                        via: Some("import_settings"),
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/import/{import_id}/process",
                    &[],
                    "TemporaryImportHandleExecute",
                    [true, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::get_timeline`.
        pub static PROJECT_GET_TIMELINE: Endpoint = Endpoint::new(
            "DssProject",
            "get_timeline",
            crate::rt::Server::DSS,
            "Reads the project's timeline: who created and last changed it and when, its contributors, and its latest modifications.",
            &[
                Arg::new(
                    "item_count",
                    "int",
                    Presence::Default("100"),
                    Place::Query("itemCount"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/timeline",
                    &[],
                    "ProjectGetTimeline",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::get_metadata`.
        pub static PROJECT_GET_METADATA: Endpoint = Endpoint::new(
            "DssProject",
            "get_metadata",
            crate::rt::Server::DSS,
            "Reads the project's metadata (label, description, tags, custom fields).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/metadata",
                    &[],
                    "ProjectGetMetadata",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::set_metadata`.
        pub static PROJECT_SET_METADATA: Endpoint = Endpoint::new(
            "DssProject",
            "set_metadata",
            crate::rt::Server::DSS,
            "Saves the project's metadata, as read by `get_metadata` and changed.",
            &[
                Arg::new(
                    "metadata",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/metadata",
                    &[],
                    "ProjectSetMetadata",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProject::get_summary`.
        pub static PROJECT_GET_SUMMARY: Endpoint = Endpoint::new(
            "DssProject",
            "get_summary",
            crate::rt::Server::DSS,
            "Reads a summary of the project.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}",
                    &[],
                    "ProjectGetSummary",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::get_settings`.
        pub static PROJECT_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssProject",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the project's settings (code environments, container execution, exposed objects, status, ...), to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/settings",
                    &[],
                    "ProjectGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectSettings"),
            [false, true, false],
        );
        ///`DssProject::get_export_stream`.
        pub static PROJECT_GET_EXPORT_STREAM: Endpoint = Endpoint::new(
            "DssProject",
            "get_export_stream",
            crate::rt::Server::DSS,
            "Exports the project as a zip archive, read as it arrives (nothing is buffered whole).",
            &[
                Arg::new(
                    "options",
                    "json",
                    Presence::Default("{}"),
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/export",
                    &[],
                    "ProjectGetExportStream",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssProject::export_to_file`.
        pub static PROJECT_EXPORT_TO_FILE: Endpoint = Endpoint::new(
            "DssProject",
            "export_to_file",
            crate::rt::Server::DSS,
            "Exports the project as a zip archive into a local file (created or truncated only once the server has answered), streamed in constant memory.",
            &[
                Arg::new("path", "str", Presence::Required, Place::SaveTo, false),
                Arg::new(
                    "options",
                    "json",
                    Presence::Default("{}"),
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/export",
                    &[],
                    "ProjectExportToFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::SavedToFile,
            [false, true, false],
        );
        ///`DssProject::duplicate`.
        pub static PROJECT_DUPLICATE: Endpoint = Endpoint::new(
            "DssProject",
            "duplicate",
            crate::rt::Server::DSS,
            "Duplicates the project under a new key; returns DSS's answer (the keys of the original and of the copy).",
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
                    "target_project_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetProjectName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "duplication_mode",
                    "str",
                    Presence::Default("MINIMAL"),
                    Place::Member {
                        path: "duplicationMode",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "export_analysis_models",
                    "bool",
                    Presence::Default("true"),
                    Place::Member {
                        path: "exportAnalysisModels",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "export_saved_models",
                    "bool",
                    Presence::Default("true"),
                    Place::Member {
                        path: "exportSavedModels",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "export_git_repository",
                    "bool",
                    Presence::Optional,
                    Place::Member {
                        path: "exportGitRepository",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "export_insights_data",
                    "bool",
                    Presence::Default("true"),
                    Place::Member {
                        path: "exportInsightsData",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "remapping",
                    "json",
                    Presence::Default("{}"),
                    Place::Member {
                        path: "remapping",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "target_project_folder",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "targetProjectFolderId",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/duplicate/",
                    &[],
                    "ProjectDuplicate",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::get_permissions`.
        pub static PROJECT_GET_PERMISSIONS: Endpoint = Endpoint::new(
            "DssProject",
            "get_permissions",
            crate::rt::Server::DSS,
            "Reads the project's permissions.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/permissions",
                    &[],
                    "ProjectGetPermissions",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::set_permissions`.
        pub static PROJECT_SET_PERMISSIONS: Endpoint = Endpoint::new(
            "DssProject",
            "set_permissions",
            crate::rt::Server::DSS,
            "Saves the project's permissions.",
            &[
                Arg::new(
                    "permissions",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/permissions",
                    &[],
                    "ProjectSetPermissions",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProject::get_variables`.
        pub static PROJECT_GET_VARIABLES: Endpoint = Endpoint::new(
            "DssProject",
            "get_variables",
            crate::rt::Server::DSS,
            "Reads the project's variables (`standard` and `local`).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/variables/",
                    &[],
                    "ProjectGetVariables",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::set_variables`.
        pub static PROJECT_SET_VARIABLES: Endpoint = Endpoint::new(
            "DssProject",
            "set_variables",
            crate::rt::Server::DSS,
            "Saves the project's variables (an object with `standard` and `local`).",
            &[
                Arg::new(
                    "variables",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/variables/",
                    &[],
                    "ProjectSetVariables",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProject::get_tags`.
        pub static PROJECT_GET_TAGS: Endpoint = Endpoint::new(
            "DssProject",
            "get_tags",
            crate::rt::Server::DSS,
            "Reads the project's tags: an object mapping each tag to its color.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/tags",
                    &[],
                    "ProjectGetTags",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::set_tags`.
        pub static PROJECT_SET_TAGS: Endpoint = Endpoint::new(
            "DssProject",
            "set_tags",
            crate::rt::Server::DSS,
            "Saves the project's tags, as read by `get_tags` and changed (`{}` when unset, as dataikuapi sends).",
            &[
                Arg::new(
                    "tags",
                    "json",
                    Presence::Default("{}"),
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/tags",
                    &[],
                    "ProjectSetTags",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProject::get_project_folder`.
        pub static PROJECT_GET_PROJECT_FOLDER: Endpoint = Endpoint::new(
            "DssProject",
            "get_project_folder",
            crate::rt::Server::DSS,
            "Finds the folder the project is in and returns a handle on it (with the id the server answers with).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-folders/locate-project/{project_key}",
                    &[],
                    "ProjectGetProjectFolder",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectFolder"),
            [false, true, false],
        );
        ///`DssProject::save_app_manifest`.
        pub static PROJECT_SAVE_APP_MANIFEST: Endpoint = Endpoint::new(
            "DssProject",
            "save_app_manifest",
            crate::rt::Server::DSS,
            "Saves the app manifest of this project (the template project of the app `PROJECT_{key}`), as read by that app's `get_manifest` and changed: dataikuapi's `DSSAppManifest.save`.",
            &[
                Arg::new(
                    "manifest",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/app-manifest",
                    &[],
                    "ProjectSaveAppManifest",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProject::delete`.
        pub static PROJECT_DELETE: Endpoint = Endpoint::new(
            "DssProject",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the project; DSS answers with a task.",
            &[
                Arg::new(
                    "clear_managed_datasets",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("clearManagedDatasets"),
                    false,
                ),
                Arg::new(
                    "clear_output_managed_folders",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("clearOutputManagedFolders"),
                    false,
                ),
                Arg::new(
                    "clear_job_and_scenario_logs",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("clearJobAndScenarioLogs"),
                    false,
                ),
                Arg::new(
                    "clear_managed_knowledge_banks",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("clearManagedKnowledgeBanks"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}",
                    &[("wait", "true")],
                    "ProjectDelete",
                    [true, false, true, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssProject::update_variables`.
        pub static PROJECT_UPDATE_VARIABLES: Endpoint = Endpoint::new(
            "DssProject",
            "update_variables",
            crate::rt::Server::DSS,
            "Reads the project's variables, merges these into one set, and saves them.",
            &[
                Arg::new(
                    "variables",
                    "Value",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("ProjectUpdateVariables < '_ >"),
            [true, true, false],
        );
        ///`DssProjectSettings::save`.
        pub static PROJECT_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssProjectSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/settings",
                    &[],
                    "ProjectSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectSettings::set_python_code_env`.
        pub static PROJECT_SETTINGS_SET_PYTHON_CODE_ENV: Endpoint = Endpoint::new(
            "DssProjectSettings",
            "set_python_code_env",
            crate::rt::Server::DSS,
            "Sets the project's default Python code environment: the one named, or DSS's builtin one (`None`).",
            &[
                Arg::new(
                    "code_env_name",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssProjectSettings"),
            [true, true, false],
        );
        ///`DssProjectSettings::set_r_code_env`.
        pub static PROJECT_SETTINGS_SET_R_CODE_ENV: Endpoint = Endpoint::new(
            "DssProjectSettings",
            "set_r_code_env",
            crate::rt::Server::DSS,
            "Sets the project's default R code environment: the one named, or DSS's builtin one (`None`).",
            &[
                Arg::new(
                    "code_env_name",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssProjectSettings"),
            [true, true, false],
        );
        ///`DssProjectSettings::set_container_exec_config`.
        pub static PROJECT_SETTINGS_SET_CONTAINER_EXEC_CONFIG: Endpoint = Endpoint::new(
            "DssProjectSettings",
            "set_container_exec_config",
            crate::rt::Server::DSS,
            "Sets the project's default containerized execution configuration: the one named, or local execution (`None`).",
            &[
                Arg::new(
                    "config_name",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssProjectSettings"),
            [true, true, false],
        );
        ///`DssProjectSettings::set_k8s_cluster`.
        pub static PROJECT_SETTINGS_SET_K8S_CLUSTER: Endpoint = Endpoint::new(
            "DssProjectSettings",
            "set_k8s_cluster",
            crate::rt::Server::DSS,
            "Sets the Kubernetes cluster the project uses: the one named (which may use variables, with a fallback for when they do not resolve; dataikuapi's default fallback is `None`), or the instance's (`None`).",
            &[
                Arg::new(
                    "cluster",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "fallback_cluster",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssProjectSettings"),
            [true, true, false],
        );
        ///`DssProjectSettings::set_cluster`.
        pub static PROJECT_SETTINGS_SET_CLUSTER: Endpoint = Endpoint::new(
            "DssProjectSettings",
            "set_cluster",
            crate::rt::Server::DSS,
            "Sets the Hadoop or Spark cluster the project uses: the one named (which may use variables, with a fallback for when they do not resolve; dataikuapi's default fallback is `None`), or the instance's (`None`).",
            &[
                Arg::new(
                    "cluster",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "fallback_cluster",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssProjectSettings"),
            [true, true, false],
        );
        ///`DssProjectSettings::add_exposed_object`.
        pub static PROJECT_SETTINGS_ADD_EXPOSED_OBJECT: Endpoint = Endpoint::new(
            "DssProjectSettings",
            "add_exposed_object",
            crate::rt::Server::DSS,
            "Exposes an object of the project (a dataset, a managed folder, ...: its type and id) to another project; nothing changes when it is exposed there already.",
            &[
                Arg::new(
                    "object_type",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "object_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "target_project",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssProjectSettings"),
            [true, true, false],
        );
        ///`DssProjectSettings::get_raw`.
        pub static PROJECT_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssProjectSettings",
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
        &endpoints::LIST_PROJECT_KEYS,
        &endpoints::LIST_PROJECTS,
        &endpoints::GET_PROJECT,
        &endpoints::GET_DEFAULT_PROJECT,
        &endpoints::CREATE_PROJECT,
        &endpoints::CREATE_PROJECT_FROM_BUNDLE_LOCAL_ARCHIVE,
        &endpoints::CREATE_PROJECT_FROM_BUNDLE_ARCHIVE,
        &endpoints::PREPARE_PROJECT_IMPORT,
        &endpoints::TEMPORARY_IMPORT_HANDLE_EXECUTE,
        &endpoints::PROJECT_GET_TIMELINE,
        &endpoints::PROJECT_GET_METADATA,
        &endpoints::PROJECT_SET_METADATA,
        &endpoints::PROJECT_GET_SUMMARY,
        &endpoints::PROJECT_GET_SETTINGS,
        &endpoints::PROJECT_GET_EXPORT_STREAM,
        &endpoints::PROJECT_EXPORT_TO_FILE,
        &endpoints::PROJECT_DUPLICATE,
        &endpoints::PROJECT_GET_PERMISSIONS,
        &endpoints::PROJECT_SET_PERMISSIONS,
        &endpoints::PROJECT_GET_VARIABLES,
        &endpoints::PROJECT_SET_VARIABLES,
        &endpoints::PROJECT_GET_TAGS,
        &endpoints::PROJECT_SET_TAGS,
        &endpoints::PROJECT_GET_PROJECT_FOLDER,
        &endpoints::PROJECT_SAVE_APP_MANIFEST,
        &endpoints::PROJECT_DELETE,
        &endpoints::PROJECT_UPDATE_VARIABLES,
        &endpoints::PROJECT_SETTINGS_SAVE,
        &endpoints::PROJECT_SETTINGS_SET_PYTHON_CODE_ENV,
        &endpoints::PROJECT_SETTINGS_SET_R_CODE_ENV,
        &endpoints::PROJECT_SETTINGS_SET_CONTAINER_EXEC_CONFIG,
        &endpoints::PROJECT_SETTINGS_SET_K8S_CLUSTER,
        &endpoints::PROJECT_SETTINGS_SET_CLUSTER,
        &endpoints::PROJECT_SETTINGS_ADD_EXPOSED_OBJECT,
        &endpoints::PROJECT_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssProject",
                doc: "A project, named by its key.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssProjectSettings",
                doc: "The settings of a project, as `get_settings` reads them (dataikuapi's `DSSProjectSettings`): code environments, containerized execution, clusters, exposed objects, ...; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "TemporaryImportHandle",
                doc: "An uploaded project archive waiting to be imported (`prepare_project_import`); [`execute`](TemporaryImportHandle::execute) runs the import.",
                fields: &[
                    HandleField {
                        name: "import_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
        ]
    };
    /// This file's models, in spec order.
    pub const MODELS: &[crate::rt::catalog::Model] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Model, ModelMember};
        &[
            Model {
                name: "ProjectSummary",
                doc: "A project as listed by `list_projects`.",
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
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "owner_login",
                        wire: "ownerLogin",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssProject"),
            },
            Model {
                name: "ImportRemap",
                doc: "One remapping of a project import: objects named `source` in the archive use `target` on this instance.",
                members: &[
                    ModelMember {
                        name: "source",
                        wire: "source",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "target",
                        wire: "target",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "ImportRemapping",
                doc: "Remappings of a project import.",
                members: &[
                    ModelMember {
                        name: "connections",
                        wire: "connections",
                        ty: "Option < Vec < ImportRemap > >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "code_envs",
                        wire: "codeEnvs",
                        ty: "Option < Vec < ImportRemap > >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "ImportSettings",
                doc: "Settings of [`TemporaryImportHandle::execute`](crate::TemporaryImportHandle::execute), as a typed alternative to writing the JSON by hand (see its builder methods).",
                members: &[
                    ModelMember {
                        name: "target_project_key",
                        wire: "targetProjectKey",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "remapping",
                        wire: "remapping",
                        ty: "Option < ImportRemapping >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Lists the keys of the projects the caller can see.

`GET /projects/`

Returns a [`ListProjectKeys`](requests::ListProjectKeys) request; nothing is sent until `.send()`.*/
        pub fn list_project_keys(&self) -> requests::ListProjectKeys<'_> {
            requests::ListProjectKeys {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the projects the caller can see; each has at least `projectKey`.

`GET /projects/`

Optional arguments, set by name on the returned request:
- `include_location`: Default: `false`. Sent as query parameter `includeLocation`.

Returns a [`ListProjects`](requests::ListProjects) request; nothing is sent until `.send()`.*/
        pub fn list_projects(&self) -> requests::ListProjects<'_> {
            requests::ListProjects {
                __owner: self,
                include_location: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one project.

Builds a handle; sends no request.*/
        pub fn get_project(
            &self,
            project_key: impl Into<String>,
        ) -> super::handles::DssProject {
            let project_key = project_key.into();
            {
                let __f_project_key = project_key;
                super::handles::DssProject {
                    client: ::core::clone::Clone::clone(self),
                    project_key: __f_project_key,
                }
            }
        }
        /**A handle on the current project of code running inside DSS (the
`DKU_CURRENT_PROJECT_KEY` environment variable); an error when it is
not set.

Builds a handle; sends no request.*/
        pub fn get_default_project(
            &self,
        ) -> Result<super::handles::DssProject, crate::rt::Error> {
            Ok({
                let __f_project_key = crate::rt::env_value(
                    "DKU_CURRENT_PROJECT_KEY",
                    "project_key",
                )?;
                super::handles::DssProject {
                    client: ::core::clone::Clone::clone(self),
                    project_key: __f_project_key,
                }
            })
        }
        /**Creates a project (needs admin rights or the right to create
projects) and returns a handle on it.

`POST /projects/`

Never retried: sending it twice could do the work twice.

Arguments:
- `project_key`: Key of the new project, unique on the instance. Sent as JSON member `projectKey`.
- `name`: Display name. Sent as JSON member `name`.
- `owner`: Login of the owner. Sent as JSON member `owner`.

Optional arguments, set by name on the returned request:
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.
- `settings`: Unset by default (then sent as `null`). Sent as JSON member `settings`.
- `project_folder_id`: Unset by default (then left out). Sent as query parameter `projectFolderId`.
- `permissions`: Default: `[]`. Sent as JSON member `permissions`.
- `tags`: Default: `[]`. Sent as JSON member `tags`.

Returns a [`CreateProject`](requests::CreateProject) request; nothing is sent until `.send()`.*/
        pub fn create_project(
            &self,
            project_key: impl Into<String>,
            name: impl Into<String>,
            owner: impl Into<String>,
        ) -> requests::CreateProject<'_> {
            requests::CreateProject {
                __owner: self,
                project_key: project_key.into(),
                name: name.into(),
                owner: owner.into(),
                description: None,
                settings: None,
                project_folder_id: None,
                permissions: ::serde_json::Value::Array(Vec::new()),
                tags: Vec::new(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a project from a bundle archive already on the DSS server's
disk (automation nodes only). The path is sent as given.

`POST /projectsFromBundle/fromArchive`

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Never retried: sending it twice could do the work twice.

Arguments:
- `archive_path`: Path of the archive on the DSS server. Sent as query parameter `archivePath`.

Optional arguments, set by name on the returned request:
- `project_folder_id`: Unset by default (then left out). Sent as query parameter `projectFolderId`.
- `permissions_propagation_policy`: Default: `NONE`. Sent as query parameter `permissionsPropagationPolicy`.
- `fail_on_missing_users_or_groups`: Default: `true`. Sent as query parameter `failOnMissingUsersOrGroups`.

Returns a [`CreateProjectFromBundleLocalArchive`](requests::CreateProjectFromBundleLocalArchive) request; nothing is sent until `.send()`.*/
        pub fn create_project_from_bundle_local_archive(
            &self,
            archive_path: impl Into<String>,
        ) -> requests::CreateProjectFromBundleLocalArchive<'_> {
            requests::CreateProjectFromBundleLocalArchive {
                __owner: self,
                archive_path: archive_path.into(),
                project_folder_id: None,
                permissions_propagation_policy: String::from("NONE"),
                fail_on_missing_users_or_groups: true,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a project from a bundle archive streamed from here
(automation nodes only).

`POST /projectsFromBundle/`

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Never retried: sending it twice could do the work twice.

Arguments:
- `fp`: The bundle archive (a reader, a file or a path). Sent as a streamed multipart upload (part `file`, filename: the upload's own, or `file`).

Optional arguments, set by name on the returned request:
- `project_folder_id`: Unset by default (then left out). Sent as query parameter `projectFolderId`.
- `permissions_propagation_policy`: Default: `NONE`. Sent as query parameter `permissionsPropagationPolicy`.
- `fail_on_missing_users_or_groups`: Default: `true`. Sent as query parameter `failOnMissingUsersOrGroups`.

Returns a [`CreateProjectFromBundleArchive`](requests::CreateProjectFromBundleArchive) request; nothing is sent until `.send()`.*/
        pub fn create_project_from_bundle_archive(
            &self,
            fp: impl Into<crate::rt::Upload>,
        ) -> requests::CreateProjectFromBundleArchive<'_> {
            requests::CreateProjectFromBundleArchive {
                __owner: self,
                fp: fp.into(),
                project_folder_id: None,
                permissions_propagation_policy: String::from("NONE"),
                fail_on_missing_users_or_groups: true,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Uploads a project export archive (design nodes only) and returns a
handle to run its import.

`POST /projects/import/upload`

Never retried: sending it twice could do the work twice.

Arguments:
- `f`: The export archive (a reader, a file or a path). Sent as a streamed multipart upload (part `file`, filename `tmp-import.zip`).

Returns a [`PrepareProjectImport`](requests::PrepareProjectImport) request; nothing is sent until `.send()`.*/
        pub fn prepare_project_import(
            &self,
            f: impl Into<crate::rt::Upload>,
        ) -> requests::PrepareProjectImport<'_> {
            requests::PrepareProjectImport {
                __owner: self,
                f: f.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::TemporaryImportHandle {
        /**Runs the import. Settings may hold `targetProjectKey` and `remapping`
(`{"connections": [{"source", "target"}], "codeEnvs": [...]}`); check
the answer's `success` member.

`POST /projects/import/{import_id}/process`

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `settings`: Unset by default (then sent as `null`). Sent as the JSON body, converted by `import_settings`.

Returns a [`TemporaryImportHandleExecute`](requests::TemporaryImportHandleExecute) request; nothing is sent until `.send()`.*/
        pub fn execute(&self) -> requests::TemporaryImportHandleExecute<'_> {
            requests::TemporaryImportHandleExecute {
                __owner: self,
                settings: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssProject {
        /**Reads the project's timeline: who created and last changed it and
when, its contributors, and its latest modifications.

`GET /projects/{project_key}/timeline`

Optional arguments, set by name on the returned request:
- `item_count`: Default: `100`. Sent as query parameter `itemCount`.

Returns a [`ProjectGetTimeline`](requests::ProjectGetTimeline) request; nothing is sent until `.send()`.*/
        pub fn get_timeline(&self) -> requests::ProjectGetTimeline<'_> {
            requests::ProjectGetTimeline {
                __owner: self,
                item_count: 100i64,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the project's metadata (label, description, tags, custom fields).

`GET /projects/{project_key}/metadata`

Returns a [`ProjectGetMetadata`](requests::ProjectGetMetadata) request; nothing is sent until `.send()`.*/
        pub fn get_metadata(&self) -> requests::ProjectGetMetadata<'_> {
            requests::ProjectGetMetadata {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the project's metadata, as read by `get_metadata` and changed.

`PUT /projects/{project_key}/metadata`

Arguments:
- `metadata`: Sent as the JSON body.

Returns a [`ProjectSetMetadata`](requests::ProjectSetMetadata) request; nothing is sent until `.send()`.*/
        pub fn set_metadata(
            &self,
            metadata: impl Into<::serde_json::Value>,
        ) -> requests::ProjectSetMetadata<'_> {
            requests::ProjectSetMetadata {
                __owner: self,
                metadata: metadata.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads a summary of the project.

`GET /projects/{project_key}`

Returns a [`ProjectGetSummary`](requests::ProjectGetSummary) request; nothing is sent until `.send()`.*/
        pub fn get_summary(&self) -> requests::ProjectGetSummary<'_> {
            requests::ProjectGetSummary {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the project's settings (code environments, container
execution, exposed objects, status, ...), to change and `save`.

`GET /projects/{project_key}/settings`

Returns a [`ProjectGetSettings`](requests::ProjectGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::ProjectGetSettings<'_> {
            requests::ProjectGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Exports the project as a zip archive, read as it arrives (nothing is
buffered whole).

`POST /projects/{project_key}/export`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `options`: Default: `{}`. Sent as the JSON body.

Returns a [`ProjectGetExportStream`](requests::ProjectGetExportStream) request; nothing is sent until `.send()`.*/
        pub fn get_export_stream(&self) -> requests::ProjectGetExportStream<'_> {
            requests::ProjectGetExportStream {
                __owner: self,
                options: ::serde_json::Value::Object(::serde_json::Map::new()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Exports the project as a zip archive into a local file (created or
truncated only once the server has answered), streamed in constant
memory. Returns the number of bytes written.

`POST /projects/{project_key}/export`

Never retried: sending it twice could do the work twice.

Arguments:
- `path`: The local file to write. Sent as the local file the answer is written to.

Optional arguments, set by name on the returned request:
- `options`: Default: `{}`. Sent as the JSON body.

Returns a [`ProjectExportToFile`](requests::ProjectExportToFile) request; nothing is sent until `.send()`.*/
        pub fn export_to_file(
            &self,
            path: impl AsRef<::std::path::Path>,
        ) -> requests::ProjectExportToFile<'_> {
            requests::ProjectExportToFile {
                __owner: self,
                path: ::std::path::Path::to_path_buf(path.as_ref()),
                options: ::serde_json::Value::Object(::serde_json::Map::new()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Duplicates the project under a new key; returns DSS's answer (the
keys of the original and of the copy).

`POST /projects/{project_key}/duplicate/`

Never retried: sending it twice could do the work twice.

Arguments:
- `target_project_key`: Key of the new project. Sent as JSON member `targetProjectKey`.
- `target_project_name`: Name of the new project. Sent as JSON member `targetProjectName`.

Optional arguments, set by name on the returned request:
- `duplication_mode`: Default: `MINIMAL`. Sent as JSON member `duplicationMode`.
- `export_analysis_models`: Default: `true`. Sent as JSON member `exportAnalysisModels`.
- `export_saved_models`: Default: `true`. Sent as JSON member `exportSavedModels`.
- `export_git_repository`: Unset by default (then sent as `null`). Sent as JSON member `exportGitRepository`.
- `export_insights_data`: Default: `true`. Sent as JSON member `exportInsightsData`.
- `remapping`: Default: `{}`. Sent as JSON member `remapping`.
- `target_project_folder`: Unset by default (then left out). Sent as JSON member `targetProjectFolderId`.

Returns a [`ProjectDuplicate`](requests::ProjectDuplicate) request; nothing is sent until `.send()`.*/
        pub fn duplicate(
            &self,
            target_project_key: impl Into<String>,
            target_project_name: impl Into<String>,
        ) -> requests::ProjectDuplicate<'_> {
            requests::ProjectDuplicate {
                __owner: self,
                target_project_key: target_project_key.into(),
                target_project_name: target_project_name.into(),
                duplication_mode: String::from("MINIMAL"),
                export_analysis_models: true,
                export_saved_models: true,
                export_git_repository: None,
                export_insights_data: true,
                remapping: ::serde_json::Value::Object(::serde_json::Map::new()),
                target_project_folder: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the project's permissions.

`GET /projects/{project_key}/permissions`

Returns a [`ProjectGetPermissions`](requests::ProjectGetPermissions) request; nothing is sent until `.send()`.*/
        pub fn get_permissions(&self) -> requests::ProjectGetPermissions<'_> {
            requests::ProjectGetPermissions {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the project's permissions.

`PUT /projects/{project_key}/permissions`

Arguments:
- `permissions`: Sent as the JSON body.

Returns a [`ProjectSetPermissions`](requests::ProjectSetPermissions) request; nothing is sent until `.send()`.*/
        pub fn set_permissions(
            &self,
            permissions: impl Into<::serde_json::Value>,
        ) -> requests::ProjectSetPermissions<'_> {
            requests::ProjectSetPermissions {
                __owner: self,
                permissions: permissions.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the project's variables (`standard` and `local`).

`GET /projects/{project_key}/variables/`

Returns a [`ProjectGetVariables`](requests::ProjectGetVariables) request; nothing is sent until `.send()`.*/
        pub fn get_variables(&self) -> requests::ProjectGetVariables<'_> {
            requests::ProjectGetVariables {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the project's variables (an object with `standard` and `local`).

`PUT /projects/{project_key}/variables/`

Arguments:
- `variables`: Sent as the JSON body.

Returns a [`ProjectSetVariables`](requests::ProjectSetVariables) request; nothing is sent until `.send()`.*/
        pub fn set_variables(
            &self,
            variables: impl Into<::serde_json::Value>,
        ) -> requests::ProjectSetVariables<'_> {
            requests::ProjectSetVariables {
                __owner: self,
                variables: variables.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the project's tags: an object mapping each tag to its color.

`GET /projects/{project_key}/tags`

Returns a [`ProjectGetTags`](requests::ProjectGetTags) request; nothing is sent until `.send()`.*/
        pub fn get_tags(&self) -> requests::ProjectGetTags<'_> {
            requests::ProjectGetTags {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the project's tags, as read by `get_tags` and changed (`{}`
when unset, as dataikuapi sends).

`PUT /projects/{project_key}/tags`

Optional arguments, set by name on the returned request:
- `tags`: Default: `{}`. Sent as the JSON body.

Returns a [`ProjectSetTags`](requests::ProjectSetTags) request; nothing is sent until `.send()`.*/
        pub fn set_tags(&self) -> requests::ProjectSetTags<'_> {
            requests::ProjectSetTags {
                __owner: self,
                tags: ::serde_json::Value::Object(::serde_json::Map::new()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Finds the folder the project is in and returns a handle on it (with
the id the server answers with).

`GET /project-folders/locate-project/{project_key}`

Returns a [`ProjectGetProjectFolder`](requests::ProjectGetProjectFolder) request; nothing is sent until `.send()`.*/
        pub fn get_project_folder(&self) -> requests::ProjectGetProjectFolder<'_> {
            requests::ProjectGetProjectFolder {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the app manifest of this project (the template project of the
app `PROJECT_{key}`), as read by that app's `get_manifest` and
changed: dataikuapi's `DSSAppManifest.save`.

`PUT /projects/{project_key}/app-manifest`

Arguments:
- `manifest`: Sent as the JSON body.

Returns a [`ProjectSaveAppManifest`](requests::ProjectSaveAppManifest) request; nothing is sent until `.send()`.*/
        pub fn save_app_manifest(
            &self,
            manifest: impl Into<::serde_json::Value>,
        ) -> requests::ProjectSaveAppManifest<'_> {
            requests::ProjectSaveAppManifest {
                __owner: self,
                manifest: manifest.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the project; DSS answers with a task.

`DELETE /projects/{project_key}` (always with `wait=true`)

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Optional arguments, set by name on the returned request:
- `clear_managed_datasets`: Default: `false`. Sent as query parameter `clearManagedDatasets`.
- `clear_output_managed_folders`: Default: `false`. Sent as query parameter `clearOutputManagedFolders`.
- `clear_job_and_scenario_logs`: Default: `true`. Sent as query parameter `clearJobAndScenarioLogs`.
- `clear_managed_knowledge_banks`: Default: `false`. Sent as query parameter `clearManagedKnowledgeBanks`.

Returns a [`ProjectDelete`](requests::ProjectDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::ProjectDelete<'_> {
            requests::ProjectDelete {
                __owner: self,
                clear_managed_datasets: false,
                clear_output_managed_folders: false,
                clear_job_and_scenario_logs: true,
                clear_managed_knowledge_banks: false,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssProjectSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /projects/{project_key}/settings`

Returns a [`ProjectSettingsSave`](requests::ProjectSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::ProjectSettingsSave<'_> {
            requests::ProjectSettingsSave {
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
            impl super::handles::DssProject {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_update_variables(
                    &self,
                    variables: Value,
                ) -> ProjectUpdateVariables<'_> {
                    self.update_variables(variables)
                }
            }
            impl super::handles::DssProjectSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_python_code_env(
                    &mut self,
                    code_env_name: Option<&str>,
                ) -> &mut DssProjectSettings {
                    self.set_python_code_env(code_env_name)
                }
            }
            impl super::handles::DssProjectSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_r_code_env(
                    &mut self,
                    code_env_name: Option<&str>,
                ) -> &mut DssProjectSettings {
                    self.set_r_code_env(code_env_name)
                }
            }
            impl super::handles::DssProjectSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_container_exec_config(
                    &mut self,
                    config_name: Option<&str>,
                ) -> &mut DssProjectSettings {
                    self.set_container_exec_config(config_name)
                }
            }
            impl super::handles::DssProjectSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_k8s_cluster(
                    &mut self,
                    cluster: Option<&str>,
                    fallback_cluster: Option<&str>,
                ) -> &mut DssProjectSettings {
                    self.set_k8s_cluster(cluster, fallback_cluster)
                }
            }
            impl super::handles::DssProjectSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_cluster(
                    &mut self,
                    cluster: Option<&str>,
                    fallback_cluster: Option<&str>,
                ) -> &mut DssProjectSettings {
                    self.set_cluster(cluster, fallback_cluster)
                }
            }
            impl super::handles::DssProjectSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_exposed_object(
                    &mut self,
                    object_type: &str,
                    object_id: &str,
                    target_project: &str,
                ) -> &mut DssProjectSettings {
                    self.add_exposed_object(object_type, object_id, target_project)
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
                ("DssClient", "list_project_keys") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_project_keys();
                        let __endpoint = requests::ListProjectKeys::ENDPOINT;
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
                ("DssClient", "list_projects") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_projects();
                        let __endpoint = requests::ListProjects::ENDPOINT;
                        if let Some(__v) = args.opt_bool("include_location")? {
                            __r = __r.include_location(__v);
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
                ("DssClient", "create_project") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .create_project(
                                args.str("project_key")?,
                                args.str("name")?,
                                args.str("owner")?,
                            );
                        let __endpoint = requests::CreateProject::ENDPOINT;
                        if let Some(__v) = args.opt_str("description")? {
                            __r = __r.description(__v);
                        }
                        if let Some(__v) = args.opt_json("settings")? {
                            __r = __r.settings(__v);
                        }
                        if let Some(__v) = args.opt_str("project_folder_id")? {
                            __r = __r.project_folder_id(__v);
                        }
                        if let Some(__v) = args.opt_json("permissions")? {
                            __r = __r.permissions(__v);
                        }
                        if let Some(__v) = args.opt_strings("tags")? {
                            __r = __r.tags(__v);
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
                ("DssClient", "create_project_from_bundle_local_archive") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .create_project_from_bundle_local_archive(
                                args.str("archive_path")?,
                            );
                        let __endpoint = requests::CreateProjectFromBundleLocalArchive::ENDPOINT;
                        if let Some(__v) = args.opt_str("project_folder_id")? {
                            __r = __r.project_folder_id(__v);
                        }
                        if let Some(__v) = args
                            .opt_str("permissions_propagation_policy")?
                        {
                            __r = __r.permissions_propagation_policy(__v);
                        }
                        if let Some(__v) = args
                            .opt_bool("fail_on_missing_users_or_groups")?
                        {
                            __r = __r.fail_on_missing_users_or_groups(__v);
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
                ("DssClient", "create_project_from_bundle_archive") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .create_project_from_bundle_archive(args.file("fp")?);
                        let __endpoint = requests::CreateProjectFromBundleArchive::ENDPOINT;
                        if let Some(__v) = args.opt_str("project_folder_id")? {
                            __r = __r.project_folder_id(__v);
                        }
                        if let Some(__v) = args
                            .opt_str("permissions_propagation_policy")?
                        {
                            __r = __r.permissions_propagation_policy(__v);
                        }
                        if let Some(__v) = args
                            .opt_bool("fail_on_missing_users_or_groups")?
                        {
                            __r = __r.fail_on_missing_users_or_groups(__v);
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
                ("DssClient", "prepare_project_import") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.prepare_project_import(args.file("f")?);
                        let __endpoint = requests::PrepareProjectImport::ENDPOINT;
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
                ("TemporaryImportHandle", "execute") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_import_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("TemporaryImportHandle", ids)?;
                        let __owner = super::handles::TemporaryImportHandle {
                            client: ::core::clone::Clone::clone(client),
                            import_id: __id_import_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.execute();
                        let __endpoint = requests::TemporaryImportHandleExecute::ENDPOINT;
                        if let Some(__v) = args.opt_json("settings")? {
                            __r = __r.settings(__v);
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
                ("DssProject", "get_timeline") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_timeline();
                        let __endpoint = requests::ProjectGetTimeline::ENDPOINT;
                        if let Some(__v) = args.opt_int("item_count")? {
                            __r = __r.item_count(__v);
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
                ("DssProject", "get_metadata") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_metadata();
                        let __endpoint = requests::ProjectGetMetadata::ENDPOINT;
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
                ("DssProject", "set_metadata") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_metadata(args.json("metadata")?);
                        let __endpoint = requests::ProjectSetMetadata::ENDPOINT;
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
                ("DssProject", "get_summary") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_summary();
                        let __endpoint = requests::ProjectGetSummary::ENDPOINT;
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
                ("DssProject", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::ProjectGetSettings::ENDPOINT;
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
                ("DssProject", "get_export_stream") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_export_stream();
                        let __endpoint = requests::ProjectGetExportStream::ENDPOINT;
                        if let Some(__v) = args.opt_json("options")? {
                            __r = __r.options(__v);
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
                ("DssProject", "export_to_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.export_to_file(args.str("path")?);
                        let __endpoint = requests::ProjectExportToFile::ENDPOINT;
                        if let Some(__v) = args.opt_json("options")? {
                            __r = __r.options(__v);
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
                ("DssProject", "duplicate") => {
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
                            .duplicate(
                                args.str("target_project_key")?,
                                args.str("target_project_name")?,
                            );
                        let __endpoint = requests::ProjectDuplicate::ENDPOINT;
                        if let Some(__v) = args.opt_str("duplication_mode")? {
                            __r = __r.duplication_mode(__v);
                        }
                        if let Some(__v) = args.opt_bool("export_analysis_models")? {
                            __r = __r.export_analysis_models(__v);
                        }
                        if let Some(__v) = args.opt_bool("export_saved_models")? {
                            __r = __r.export_saved_models(__v);
                        }
                        if let Some(__v) = args.opt_bool("export_git_repository")? {
                            __r = __r.export_git_repository(__v);
                        }
                        if let Some(__v) = args.opt_bool("export_insights_data")? {
                            __r = __r.export_insights_data(__v);
                        }
                        if let Some(__v) = args.opt_json("remapping")? {
                            __r = __r.remapping(__v);
                        }
                        if let Some(__v) = args.opt_str("target_project_folder")? {
                            __r = __r.target_project_folder(__v);
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
                ("DssProject", "get_permissions") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_permissions();
                        let __endpoint = requests::ProjectGetPermissions::ENDPOINT;
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
                ("DssProject", "set_permissions") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_permissions(args.json("permissions")?);
                        let __endpoint = requests::ProjectSetPermissions::ENDPOINT;
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
                ("DssProject", "get_variables") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_variables();
                        let __endpoint = requests::ProjectGetVariables::ENDPOINT;
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
                ("DssProject", "set_variables") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_variables(args.json("variables")?);
                        let __endpoint = requests::ProjectSetVariables::ENDPOINT;
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
                ("DssProject", "get_tags") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_tags();
                        let __endpoint = requests::ProjectGetTags::ENDPOINT;
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
                ("DssProject", "set_tags") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_tags();
                        let __endpoint = requests::ProjectSetTags::ENDPOINT;
                        if let Some(__v) = args.opt_json("tags")? {
                            __r = __r.tags(__v);
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
                ("DssProject", "get_project_folder") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_project_folder();
                        let __endpoint = requests::ProjectGetProjectFolder::ENDPOINT;
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
                ("DssProject", "save_app_manifest") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save_app_manifest(args.json("manifest")?);
                        let __endpoint = requests::ProjectSaveAppManifest::ENDPOINT;
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
                ("DssProject", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::ProjectDelete::ENDPOINT;
                        if let Some(__v) = args.opt_bool("clear_managed_datasets")? {
                            __r = __r.clear_managed_datasets(__v);
                        }
                        if let Some(__v) = args.opt_bool("clear_output_managed_folders")?
                        {
                            __r = __r.clear_output_managed_folders(__v);
                        }
                        if let Some(__v) = args.opt_bool("clear_job_and_scenario_logs")?
                        {
                            __r = __r.clear_job_and_scenario_logs(__v);
                        }
                        if let Some(__v) = args
                            .opt_bool("clear_managed_knowledge_banks")?
                        {
                            __r = __r.clear_managed_knowledge_banks(__v);
                        }
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssProjectSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectSettings", ids)?;
                        let __owner = super::handles::DssProjectSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::ProjectSettingsSave::ENDPOINT;
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
                "DssProjectSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
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
            let model: super::models::ProjectSummary = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"name\":\"plain\",\"ownerLogin\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ProjectSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ProjectSummary"
            );
            checked += 1;
            let model: super::models::ImportRemap = ::serde_json::from_str(
                    "{\"source\":\"plain\",\"target\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ImportRemap")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ImportRemap"
            );
            checked += 1;
            let model: super::models::ImportRemapping = ::serde_json::from_str(
                    "{\"connections\":[{\"source\":\"plain\",\"target\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}],\"codeEnvs\":[{\"source\":\"plain\",\"target\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ImportRemapping")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ImportRemapping"
            );
            checked += 1;
            let model: super::models::ImportSettings = ::serde_json::from_str(
                    "{\"targetProjectKey\":\"plain\",\"remapping\":{\"connections\":[{\"source\":\"plain\",\"target\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}],\"codeEnvs\":[{\"source\":\"plain\",\"target\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}],\"unknownMember\":\"SECRET-0b7c2f\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ImportSettings")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ImportSettings"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssProject {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssProject"
            );
            checked += 1;
            let handle = super::handles::DssProjectSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
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
                "DssProjectSettings"
            );
            checked += 1;
            let handle = super::handles::TemporaryImportHandle {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                import_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "TemporaryImportHandle"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
