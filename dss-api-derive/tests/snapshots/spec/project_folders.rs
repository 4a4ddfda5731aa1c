// The expansion of `project_folders.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/project_folders.dss`.
pub mod spec_project_folders {
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
        /**A project folder, named by its id (as the server reports it), with what
DSS said of it when the handle was made (`data`: its name, parent,
children and projects), which `get_name`, `get_parent`, `get_path`,
`list_child_folders` and `list_project_keys` read.*/
        #[derive(Clone)]
        pub struct DssProjectFolder {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_folder_id: String,
            pub(crate) data: Value,
        }
        impl DssProjectFolder {
            ///The `project_folder_id` this handle points at.
            pub fn project_folder_id(&self) -> &str {
                &self.project_folder_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssProjectFolder {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssProjectFolder")
                    .field("project_folder_id", &self.project_folder_id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a project folder, as `get_settings` reads them
(dataikuapi's `DSSProjectFolderSettings`): its name, owner and
permissions; changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssProjectFolderSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_folder_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssProjectFolderSettings {
            ///The `project_folder_id` this handle points at.
            pub fn project_folder_id(&self) -> &str {
                &self.project_folder_id
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
        impl ::core::fmt::Debug for DssProjectFolderSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssProjectFolderSettings")
                    .field("project_folder_id", &self.project_folder_id)
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
        ///Request value of [`DssClient::get_root_project_folder`](crate::rt::DssClient::get_root_project_folder): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetRootProjectFolder<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetRootProjectFolder<'a> {
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
                __call.lit("/project-folders/ROOT");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /project-folders/ROOT`) and returns the answer.
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
            GetRootProjectFolder, super::endpoints::GET_ROOT_PROJECT_FOLDER, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetRootProjectFolder<'_> {}
        ///Request value of [`DssClient::get_project_folder`](crate::rt::DssClient::get_project_folder): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetProjectFolder<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) project_folder_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetProjectFolder<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, project_folder_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-folders/");
                __call.segment("project_folder_id", &project_folder_id, false)?;
                Ok((__call, ()))
            }
            ///Sends the request (`GET /project-folders/{project_folder_id}`) and returns the answer.
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
            GetProjectFolder, super::endpoints::GET_PROJECT_FOLDER, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetProjectFolder<'_> {}
        ///Request value of [`DssProjectFolder::get_settings`](super::super::handles::DssProjectFolder::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFolderGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFolder,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFolderGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProjectFolder,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-folders/");
                __call.segment("project_folder_id", &__owner.project_folder_id, false)?;
                __call.lit("/settings");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /project-folders/{project_folder_id}/settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssProjectFolderSettings,
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
                            let __f_project_folder_id = ::core::clone::Clone::clone(
                                &__owner.project_folder_id,
                            );
                            super::super::handles::DssProjectFolderSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_folder_id: __f_project_folder_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectFolderGetSettings, super::endpoints::PROJECT_FOLDER_GET_SETTINGS,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFolderGetSettings<'_> {}
        ///Request value of [`DssProjectFolder::delete`](super::super::handles::DssProjectFolder::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFolderDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFolder,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFolderDelete<'a> {
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
                __call.lit("/project-folders/");
                __call.segment("project_folder_id", &__owner.project_folder_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectFolderDelete, super::endpoints::PROJECT_FOLDER_DELETE,
            unit("Sends the request (`DELETE /project-folders/{project_folder_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFolderDelete<'_> {}
        ///Request value of [`DssProjectFolder::create_sub_folder`](super::super::handles::DssProjectFolder::create_sub_folder): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFolderCreateSubFolder<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFolder,
            pub(crate) name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFolderCreateSubFolder<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-folders/");
                __call.segment("project_folder_id", &__owner.project_folder_id, false)?;
                __call.lit("/children");
                __call.query("name", &name);
                Ok((__call, ()))
            }
            ///Sends the request (`POST /project-folders/{project_folder_id}/children`) and returns the answer.
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
            ProjectFolderCreateSubFolder,
            super::endpoints::PROJECT_FOLDER_CREATE_SUB_FOLDER, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFolderCreateSubFolder<'_> {}
        ///Request value of [`DssProjectFolder::get_default_folder_for_project_creation`](super::super::handles::DssProjectFolder::get_default_folder_for_project_creation): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFolderGetDefaultFolderForProjectCreation<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFolder,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFolderGetDefaultFolderForProjectCreation<'a> {
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
                __call.lit("/project-folders/");
                __call.segment("project_folder_id", &__owner.project_folder_id, false)?;
                __call.lit("/default-for-project-creation");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /project-folders/{project_folder_id}/default-for-project-creation`) and returns the answer.
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
            ProjectFolderGetDefaultFolderForProjectCreation,
            super::endpoints::PROJECT_FOLDER_GET_DEFAULT_FOLDER_FOR_PROJECT_CREATION,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFolderGetDefaultFolderForProjectCreation<'_> {}
        ///Request value of [`DssProjectFolder::move_to`](super::super::handles::DssProjectFolder::move_to): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFolderMoveTo<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFolder,
            pub(crate) destination: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFolderMoveTo<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, destination, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-folders/");
                __call.segment("project_folder_id", &__owner.project_folder_id, false)?;
                __call.lit("/move");
                __call.query("destination", &destination);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectFolderMoveTo, super::endpoints::PROJECT_FOLDER_MOVE_TO,
            unit("Sends the request (`POST /project-folders/{project_folder_id}/move`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFolderMoveTo<'_> {}
        ///Request value of [`DssProjectFolder::move_project_to`](super::super::handles::DssProjectFolder::move_project_to): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFolderMoveProjectTo<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFolder,
            pub(crate) project_key: String,
            pub(crate) destination: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFolderMoveProjectTo<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, project_key, destination, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-folders/");
                __call.segment("project_folder_id", &__owner.project_folder_id, false)?;
                __call.lit("/projects/");
                __call.segment("project_key", &project_key, false)?;
                __call.lit("/move");
                __call.query("destination", &destination);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectFolderMoveProjectTo, super::endpoints::PROJECT_FOLDER_MOVE_PROJECT_TO,
            unit("Sends the request (`POST /project-folders/{project_folder_id}/projects/{project_key}/move`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFolderMoveProjectTo<'_> {}
        ///Request value of [`DssProjectFolder::create_project`](super::super::handles::DssProjectFolder::create_project): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFolderCreateProject<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFolder,
            pub(crate) project_key: String,
            pub(crate) name: String,
            pub(crate) owner: String,
            pub(crate) description: Option<String>,
            pub(crate) settings: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFolderCreateProject<'a> {
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
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.query("projectFolderId", &__owner.project_folder_id);
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
                                    ::serde_json::Value::Array(Vec::new()),
                                );
                            __map
                                .insert(
                                    String::from("tags"),
                                    ::serde_json::Value::Array(Vec::new()),
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
            ProjectFolderCreateProject, super::endpoints::PROJECT_FOLDER_CREATE_PROJECT,
            plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFolderCreateProject<'_> {}
        ///Request value of [`DssProjectFolderSettings::save`](super::super::handles::DssProjectFolderSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFolderSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFolderSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFolderSettingsSave<'a> {
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
                __call.lit("/project-folders/");
                __call.segment("project_folder_id", &__owner.project_folder_id, false)?;
                __call.lit("/settings");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectFolderSettingsSave, super::endpoints::PROJECT_FOLDER_SETTINGS_SAVE,
            unit("Sends the request (`PUT /project-folders/{project_folder_id}/settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFolderSettingsSave<'_> {}
        crate::rt::request_list!(
            GetRootProjectFolder, GetProjectFolder, ProjectFolderGetSettings,
            ProjectFolderDelete, ProjectFolderCreateSubFolder,
            ProjectFolderGetDefaultFolderForProjectCreation, ProjectFolderMoveTo,
            ProjectFolderMoveProjectTo, ProjectFolderCreateProject,
            ProjectFolderSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::get_root_project_folder`.
        pub static GET_ROOT_PROJECT_FOLDER: Endpoint = Endpoint::new(
            "DssClient",
            "get_root_project_folder",
            crate::rt::Server::DSS,
            "Fetches the root project folder and returns a handle on it.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-folders/ROOT",
                    &[],
                    "GetRootProjectFolder",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectFolder"),
            [false, true, false],
        );
        ///`DssClient::get_project_folder`.
        pub static GET_PROJECT_FOLDER: Endpoint = Endpoint::new(
            "DssClient",
            "get_project_folder",
            crate::rt::Server::DSS,
            "Fetches a project folder and returns a handle on it; the handle uses the id the server answers with.",
            &[
                Arg::new(
                    "project_folder_id",
                    "str",
                    Presence::Required,
                    Place::Path,
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-folders/{project_folder_id}",
                    &[],
                    "GetProjectFolder",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectFolder"),
            [false, true, false],
        );
        ///`DssProjectFolder::get_settings`.
        pub static PROJECT_FOLDER_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssProjectFolder",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the folder's settings (name, owner, permissions), to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-folders/{project_folder_id}/settings",
                    &[],
                    "ProjectFolderGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectFolderSettings"),
            [false, true, false],
        );
        ///`DssProjectFolder::delete`.
        pub static PROJECT_FOLDER_DELETE: Endpoint = Endpoint::new(
            "DssProjectFolder",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the folder (it must be empty).",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/project-folders/{project_folder_id}",
                    &[],
                    "ProjectFolderDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectFolder::create_sub_folder`.
        pub static PROJECT_FOLDER_CREATE_SUB_FOLDER: Endpoint = Endpoint::new(
            "DssProjectFolder",
            "create_sub_folder",
            crate::rt::Server::DSS,
            "Creates a sub-folder and returns a handle on it.",
            &[Arg::new("name", "str", Presence::Required, Place::Query("name"), false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/project-folders/{project_folder_id}/children",
                    &[],
                    "ProjectFolderCreateSubFolder",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectFolder"),
            [false, true, false],
        );
        ///`DssProjectFolder::get_default_folder_for_project_creation`.
        pub static PROJECT_FOLDER_GET_DEFAULT_FOLDER_FOR_PROJECT_CREATION: Endpoint = Endpoint::new(
            "DssProjectFolder",
            "get_default_folder_for_project_creation",
            crate::rt::Server::DSS,
            "Asks DSS which folder new projects created from this folder go to for the calling user, and returns a handle on that folder (with the id the server answers with).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-folders/{project_folder_id}/default-for-project-creation",
                    &[],
                    "ProjectFolderGetDefaultFolderForProjectCreation",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectFolder"),
            [false, true, false],
        );
        ///`DssProjectFolder::move_to`.
        pub static PROJECT_FOLDER_MOVE_TO: Endpoint = Endpoint::new(
            "DssProjectFolder",
            "move_to",
            crate::rt::Server::DSS,
            "Moves this folder, with everything in it, under another folder.",
            &[
                Arg::new(
                    "destination",
                    "str",
                    Presence::Required,
                    Place::Query("destination"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/project-folders/{project_folder_id}/move",
                    &[],
                    "ProjectFolderMoveTo",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectFolder::move_project_to`.
        pub static PROJECT_FOLDER_MOVE_PROJECT_TO: Endpoint = Endpoint::new(
            "DssProjectFolder",
            "move_project_to",
            crate::rt::Server::DSS,
            "Moves one project of this folder into another folder, given by its id (dataikuapi takes the folder object).",
            &[
                Arg::new("project_key", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "destination",
                    "str",
                    Presence::Required,
                    Place::Query("destination"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/project-folders/{project_folder_id}/projects/{project_key}/move",
                    &[],
                    "ProjectFolderMoveProjectTo",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectFolder::create_project`.
        pub static PROJECT_FOLDER_CREATE_PROJECT: Endpoint = Endpoint::new(
            "DssProjectFolder",
            "create_project",
            crate::rt::Server::DSS,
            "Creates a project inside this folder (same request as the client's `create_project` with this folder's id, no permissions and no tags) and returns a handle on the new project.",
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
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/",
                    &[],
                    "ProjectFolderCreateProject",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProject"),
            [false, true, false],
        );
        ///`DssProjectFolderSettings::save`.
        pub static PROJECT_FOLDER_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssProjectFolderSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/project-folders/{project_folder_id}/settings",
                    &[],
                    "ProjectFolderSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectFolderSettings::get_name`.
        pub static PROJECT_FOLDER_SETTINGS_GET_NAME: Endpoint = Endpoint::new(
            "DssProjectFolderSettings",
            "get_name",
            crate::rt::Server::DSS,
            "The folder's name.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssProjectFolderSettings::set_name`.
        pub static PROJECT_FOLDER_SETTINGS_SET_NAME: Endpoint = Endpoint::new(
            "DssProjectFolderSettings",
            "set_name",
            crate::rt::Server::DSS,
            "Renames the folder.",
            &[
                Arg::new(
                    "name",
                    "str",
                    Presence::Required,
                    Place::Document("name"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssProjectFolderSettings::get_owner`.
        pub static PROJECT_FOLDER_SETTINGS_GET_OWNER: Endpoint = Endpoint::new(
            "DssProjectFolderSettings",
            "get_owner",
            crate::rt::Server::DSS,
            "The login of the folder's owner.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssProjectFolderSettings::set_owner`.
        pub static PROJECT_FOLDER_SETTINGS_SET_OWNER: Endpoint = Endpoint::new(
            "DssProjectFolderSettings",
            "set_owner",
            crate::rt::Server::DSS,
            "Gives the folder another owner.",
            &[
                Arg::new(
                    "owner",
                    "str",
                    Presence::Required,
                    Place::Document("owner"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssProjectFolderSettings::get_permissions`.
        pub static PROJECT_FOLDER_SETTINGS_GET_PERMISSIONS: Endpoint = Endpoint::new(
            "DssProjectFolderSettings",
            "get_permissions",
            crate::rt::Server::DSS,
            "The folder's permissions (change them in place, through `raw_mut`).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssProjectFolder::get_name`.
        pub static PROJECT_FOLDER_GET_NAME: Endpoint = Endpoint::new(
            "DssProjectFolder",
            "get_name",
            crate::rt::Server::DSS,
            "The folder's name, as read when the handle was made (`None` for the root folder, which has none).",
            &[],
            None,
            ResultKind::HandWritten("Option < & str >"),
            [true, true, false],
        );
        ///`DssProjectFolder::get_parent`.
        pub static PROJECT_FOLDER_GET_PARENT: Endpoint = Endpoint::new(
            "DssProjectFolder",
            "get_parent",
            crate::rt::Server::DSS,
            "The folder's parent, read from DSS (`None` for the root folder).",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Option < DssProjectFolder > >"),
            [true, true, false],
        );
        ///`DssProjectFolder::get_path`.
        pub static PROJECT_FOLDER_GET_PATH: Endpoint = Endpoint::new(
            "DssProjectFolder",
            "get_path",
            crate::rt::Server::DSS,
            "The folder's path from the root (`/` for the root, `/a/b` below it), reading each parent from DSS.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , String >"),
            [true, true, false],
        );
        ///`DssProjectFolder::list_child_folders`.
        pub static PROJECT_FOLDER_LIST_CHILD_FOLDERS: Endpoint = Endpoint::new(
            "DssProjectFolder",
            "list_child_folders",
            crate::rt::Server::DSS,
            "The folder's sub-folders, each read from DSS.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Vec < DssProjectFolder > >"),
            [true, true, false],
        );
        ///`DssProjectFolder::list_project_keys`.
        pub static PROJECT_FOLDER_LIST_PROJECT_KEYS: Endpoint = Endpoint::new(
            "DssProjectFolder",
            "list_project_keys",
            crate::rt::Server::DSS,
            "The keys of the projects in the folder, as read when the handle was made.",
            &[],
            None,
            ResultKind::HandWritten("Vec < & str >"),
            [true, true, false],
        );
        ///`DssProjectFolder::list_projects`.
        pub static PROJECT_FOLDER_LIST_PROJECTS: Endpoint = Endpoint::new(
            "DssProjectFolder",
            "list_projects",
            crate::rt::Server::DSS,
            "Handles on the projects in the folder (no request).",
            &[],
            None,
            ResultKind::HandWritten("Vec < DssProject >"),
            [true, true, false],
        );
        ///`DssProjectFolderSettings::get_raw`.
        pub static PROJECT_FOLDER_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssProjectFolderSettings",
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
        &endpoints::GET_ROOT_PROJECT_FOLDER,
        &endpoints::GET_PROJECT_FOLDER,
        &endpoints::PROJECT_FOLDER_GET_SETTINGS,
        &endpoints::PROJECT_FOLDER_DELETE,
        &endpoints::PROJECT_FOLDER_CREATE_SUB_FOLDER,
        &endpoints::PROJECT_FOLDER_GET_DEFAULT_FOLDER_FOR_PROJECT_CREATION,
        &endpoints::PROJECT_FOLDER_MOVE_TO,
        &endpoints::PROJECT_FOLDER_MOVE_PROJECT_TO,
        &endpoints::PROJECT_FOLDER_CREATE_PROJECT,
        &endpoints::PROJECT_FOLDER_SETTINGS_SAVE,
        &endpoints::PROJECT_FOLDER_SETTINGS_GET_NAME,
        &endpoints::PROJECT_FOLDER_SETTINGS_SET_NAME,
        &endpoints::PROJECT_FOLDER_SETTINGS_GET_OWNER,
        &endpoints::PROJECT_FOLDER_SETTINGS_SET_OWNER,
        &endpoints::PROJECT_FOLDER_SETTINGS_GET_PERMISSIONS,
        &endpoints::PROJECT_FOLDER_GET_NAME,
        &endpoints::PROJECT_FOLDER_GET_PARENT,
        &endpoints::PROJECT_FOLDER_GET_PATH,
        &endpoints::PROJECT_FOLDER_LIST_CHILD_FOLDERS,
        &endpoints::PROJECT_FOLDER_LIST_PROJECT_KEYS,
        &endpoints::PROJECT_FOLDER_LIST_PROJECTS,
        &endpoints::PROJECT_FOLDER_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssProjectFolder",
                doc: "A project folder, named by its id (as the server reports it), with what DSS said of it when the handle was made (`data`: its name, parent, children and projects), which `get_name`, `get_parent`, `get_path`, `list_child_folders` and `list_project_keys` read.",
                fields: &[
                    HandleField {
                        name: "project_folder_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "data",
                        ty: Some("Value"),
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssProjectFolderSettings",
                doc: "The settings of a project folder, as `get_settings` reads them (dataikuapi's `DSSProjectFolderSettings`): its name, owner and permissions; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_folder_id",
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
        &[]
    };
    impl crate::rt::DssClient {
        /**Fetches the root project folder and returns a handle on it.

`GET /project-folders/ROOT`

Returns a [`GetRootProjectFolder`](requests::GetRootProjectFolder) request; nothing is sent until `.send()`.*/
        pub fn get_root_project_folder(&self) -> requests::GetRootProjectFolder<'_> {
            requests::GetRootProjectFolder {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Fetches a project folder and returns a handle on it; the handle uses
the id the server answers with.

`GET /project-folders/{project_folder_id}`

Arguments:
- `project_folder_id`: Sent as a path segment.

Returns a [`GetProjectFolder`](requests::GetProjectFolder) request; nothing is sent until `.send()`.*/
        pub fn get_project_folder(
            &self,
            project_folder_id: impl Into<String>,
        ) -> requests::GetProjectFolder<'_> {
            requests::GetProjectFolder {
                __owner: self,
                project_folder_id: project_folder_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssProjectFolder {
        /**Reads the folder's settings (name, owner, permissions), to change
and `save`.

`GET /project-folders/{project_folder_id}/settings`

Returns a [`ProjectFolderGetSettings`](requests::ProjectFolderGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::ProjectFolderGetSettings<'_> {
            requests::ProjectFolderGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the folder (it must be empty).

`DELETE /project-folders/{project_folder_id}`

Returns a [`ProjectFolderDelete`](requests::ProjectFolderDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::ProjectFolderDelete<'_> {
            requests::ProjectFolderDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a sub-folder and returns a handle on it.

`POST /project-folders/{project_folder_id}/children`

Never retried: sending it twice could do the work twice.

Arguments:
- `name`: Sent as query parameter `name`.

Returns a [`ProjectFolderCreateSubFolder`](requests::ProjectFolderCreateSubFolder) request; nothing is sent until `.send()`.*/
        pub fn create_sub_folder(
            &self,
            name: impl Into<String>,
        ) -> requests::ProjectFolderCreateSubFolder<'_> {
            requests::ProjectFolderCreateSubFolder {
                __owner: self,
                name: name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Asks DSS which folder new projects created from this folder go to
for the calling user, and returns a handle on that folder (with the
id the server answers with).

`GET /project-folders/{project_folder_id}/default-for-project-creation`

Returns a [`ProjectFolderGetDefaultFolderForProjectCreation`](requests::ProjectFolderGetDefaultFolderForProjectCreation) request; nothing is sent until `.send()`.*/
        pub fn get_default_folder_for_project_creation(
            &self,
        ) -> requests::ProjectFolderGetDefaultFolderForProjectCreation<'_> {
            requests::ProjectFolderGetDefaultFolderForProjectCreation {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Moves this folder, with everything in it, under another folder. The
destination is given by its id (e.g. `other.project_folder_id()`),
where dataikuapi takes the folder object.

`POST /project-folders/{project_folder_id}/move`

Never retried: sending it twice could do the work twice.

Arguments:
- `destination`: Id of the new parent folder. Sent as query parameter `destination`.

Returns a [`ProjectFolderMoveTo`](requests::ProjectFolderMoveTo) request; nothing is sent until `.send()`.*/
        pub fn move_to(
            &self,
            destination: impl Into<String>,
        ) -> requests::ProjectFolderMoveTo<'_> {
            requests::ProjectFolderMoveTo {
                __owner: self,
                destination: destination.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Moves one project of this folder into another folder, given by its
id (dataikuapi takes the folder object).

`POST /project-folders/{project_folder_id}/projects/{project_key}/move`

Never retried: sending it twice could do the work twice.

Arguments:
- `project_key`: Key of the project to move. Sent as a path segment.
- `destination`: Id of the folder to move it to. Sent as query parameter `destination`.

Returns a [`ProjectFolderMoveProjectTo`](requests::ProjectFolderMoveProjectTo) request; nothing is sent until `.send()`.*/
        pub fn move_project_to(
            &self,
            project_key: impl Into<String>,
            destination: impl Into<String>,
        ) -> requests::ProjectFolderMoveProjectTo<'_> {
            requests::ProjectFolderMoveProjectTo {
                __owner: self,
                project_key: project_key.into(),
                destination: destination.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a project inside this folder (same request as the client's
`create_project` with this folder's id, no permissions and no tags)
and returns a handle on the new project.

`POST /projects/`

Never retried: sending it twice could do the work twice.

Arguments:
- `project_key`: Key of the new project, unique on the instance. Sent as JSON member `projectKey`.
- `name`: Display name. Sent as JSON member `name`.
- `owner`: Login of the owner. Sent as JSON member `owner`.

Optional arguments, set by name on the returned request:
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.
- `settings`: Unset by default (then sent as `null`). Sent as JSON member `settings`.

Returns a [`ProjectFolderCreateProject`](requests::ProjectFolderCreateProject) request; nothing is sent until `.send()`.*/
        pub fn create_project(
            &self,
            project_key: impl Into<String>,
            name: impl Into<String>,
            owner: impl Into<String>,
        ) -> requests::ProjectFolderCreateProject<'_> {
            requests::ProjectFolderCreateProject {
                __owner: self,
                project_key: project_key.into(),
                name: name.into(),
                owner: owner.into(),
                description: None,
                settings: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssProjectFolderSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /project-folders/{project_folder_id}/settings`

Returns a [`ProjectFolderSettingsSave`](requests::ProjectFolderSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::ProjectFolderSettingsSave<'_> {
            requests::ProjectFolderSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The folder's name.

Reads the document this value holds; sends no request.*/
        pub fn get_name(&self) -> ::core::option::Option<&str> {
            self.document.get("name").and_then(::serde_json::Value::as_str)
        }
        /**Renames the folder.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_name(
            &mut self,
            name: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("name", ::serde_json::Value::from(name.into()));
            self
        }
        /**The login of the folder's owner.

Reads the document this value holds; sends no request.*/
        pub fn get_owner(&self) -> ::core::option::Option<&str> {
            self.document.get("owner").and_then(::serde_json::Value::as_str)
        }
        /**Gives the folder another owner.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_owner(
            &mut self,
            owner: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("owner", ::serde_json::Value::from(owner.into()));
            self
        }
        /**The folder's permissions (change them in place, through `raw_mut`).

Reads the document this value holds; sends no request.*/
        pub fn get_permissions(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("permissions")
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
            impl super::handles::DssProjectFolder {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_name(&self) -> Option<&str> {
                    self.get_name()
                }
            }
            impl super::handles::DssProjectFolder {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_parent(
                    &self,
                ) -> Pending<'_, Option<DssProjectFolder>> {
                    self.get_parent()
                }
            }
            impl super::handles::DssProjectFolder {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_path(&self) -> Pending<'_, String> {
                    self.get_path()
                }
            }
            impl super::handles::DssProjectFolder {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_list_child_folders(
                    &self,
                ) -> Pending<'_, Vec<DssProjectFolder>> {
                    self.list_child_folders()
                }
            }
            impl super::handles::DssProjectFolder {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_list_project_keys(&self) -> Vec<&str> {
                    self.list_project_keys()
                }
            }
            impl super::handles::DssProjectFolder {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_list_projects(&self) -> Vec<DssProject> {
                    self.list_projects()
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
                ("DssClient", "get_root_project_folder") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_root_project_folder();
                        let __endpoint = requests::GetRootProjectFolder::ENDPOINT;
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
                ("DssClient", "get_project_folder") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .get_project_folder(args.str("project_folder_id")?);
                        let __endpoint = requests::GetProjectFolder::ENDPOINT;
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
                ("DssProjectFolder", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_folder_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFolder", ids)?;
                        let __owner = super::handles::DssProjectFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_folder_id: __id_project_folder_id,
                            data: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::ProjectFolderGetSettings::ENDPOINT;
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
                ("DssProjectFolder", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_folder_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFolder", ids)?;
                        let __owner = super::handles::DssProjectFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_folder_id: __id_project_folder_id,
                            data: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::ProjectFolderDelete::ENDPOINT;
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
                ("DssProjectFolder", "create_sub_folder") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_folder_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFolder", ids)?;
                        let __owner = super::handles::DssProjectFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_folder_id: __id_project_folder_id,
                            data: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_sub_folder(args.str("name")?);
                        let __endpoint = requests::ProjectFolderCreateSubFolder::ENDPOINT;
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
                ("DssProjectFolder", "get_default_folder_for_project_creation") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_folder_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFolder", ids)?;
                        let __owner = super::handles::DssProjectFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_folder_id: __id_project_folder_id,
                            data: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_default_folder_for_project_creation();
                        let __endpoint = requests::ProjectFolderGetDefaultFolderForProjectCreation::ENDPOINT;
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
                ("DssProjectFolder", "move_to") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_folder_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFolder", ids)?;
                        let __owner = super::handles::DssProjectFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_folder_id: __id_project_folder_id,
                            data: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.move_to(args.str("destination")?);
                        let __endpoint = requests::ProjectFolderMoveTo::ENDPOINT;
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
                ("DssProjectFolder", "move_project_to") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_folder_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFolder", ids)?;
                        let __owner = super::handles::DssProjectFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_folder_id: __id_project_folder_id,
                            data: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .move_project_to(
                                args.str("project_key")?,
                                args.str("destination")?,
                            );
                        let __endpoint = requests::ProjectFolderMoveProjectTo::ENDPOINT;
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
                ("DssProjectFolder", "create_project") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_folder_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFolder", ids)?;
                        let __owner = super::handles::DssProjectFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_folder_id: __id_project_folder_id,
                            data: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_project(
                                args.str("project_key")?,
                                args.str("name")?,
                                args.str("owner")?,
                            );
                        let __endpoint = requests::ProjectFolderCreateProject::ENDPOINT;
                        if let Some(__v) = args.opt_str("description")? {
                            __r = __r.description(__v);
                        }
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
                ("DssProjectFolderSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_folder_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFolderSettings", ids)?;
                        let __owner = super::handles::DssProjectFolderSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_folder_id: __id_project_folder_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::ProjectFolderSettingsSave::ENDPOINT;
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
                "DssProjectFolderSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_folder_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFolder", ids)?;
                        let __owner = super::handles::DssProjectFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_folder_id: __id_project_folder_id,
                            data: ::core::default::Default::default(),
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
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssProjectFolder {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_folder_id: ::std::string::String::from("plain"),
                data: ::serde_json::from_str("{\"k\":\"plain\"}")
                    .unwrap_or_else(|e| {
                        panic!(
                            "cannot build `{}`'s `{}`: {e}", "DssProjectFolder", "data"
                        )
                    }),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssProjectFolder"
            );
            checked += 1;
            let handle = super::handles::DssProjectFolderSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_folder_id: ::std::string::String::from("plain"),
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
                "DssProjectFolderSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
