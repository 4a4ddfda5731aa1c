// The expansion of `deprecated.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/deprecated.dss`.
pub mod spec_deprecated {
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
        ///Request value of [`DssDataset::get_definition`](super::super::handles::DssDataset::get_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetGetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetGetDefinition<'a> {
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
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetGetDefinition, super::endpoints::DATASET_GET_DEFINITION, json(Value,
            "Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetGetDefinition<'_> {}
        ///Request value of [`DssDataset::set_definition`](super::super::handles::DssDataset::set_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetSetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) definition: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetSetDefinition<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, definition, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.json(&::serde_json::Value::from(definition))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetSetDefinition, super::endpoints::DATASET_SET_DEFINITION, json(Value,
            "Sends the request (`PUT /projects/{project_key}/datasets/{dataset_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetSetDefinition<'_> {}
        ///Request value of [`DssManagedFolder::get_definition`](super::super::handles::DssManagedFolder::get_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderGetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderGetDefinition<'a> {
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
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ManagedFolderGetDefinition, super::endpoints::MANAGED_FOLDER_GET_DEFINITION,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/managedfolders/{odb_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderGetDefinition<'_> {}
        ///Request value of [`DssManagedFolder::set_definition`](super::super::handles::DssManagedFolder::set_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderSetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) definition: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderSetDefinition<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, definition, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/managedfolders/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                __call.json(&::serde_json::Value::from(definition))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ManagedFolderSetDefinition, super::endpoints::MANAGED_FOLDER_SET_DEFINITION,
            json(Value,
            "Sends the request (`PUT /projects/{project_key}/managedfolders/{odb_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderSetDefinition<'_> {}
        ///Request value of [`DssRecipe::get_definition_and_payload`](super::super::handles::DssRecipe::get_definition_and_payload): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RecipeGetDefinitionAndPayload<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRecipe,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RecipeGetDefinitionAndPayload<'a> {
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
                __call.lit("/recipes/");
                __call.segment("recipe_name", &__owner.recipe_name, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            RecipeGetDefinitionAndPayload,
            super::endpoints::RECIPE_GET_DEFINITION_AND_PAYLOAD, json(Value,
            "Sends the request (`GET /projects/{project_key}/recipes/{recipe_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RecipeGetDefinitionAndPayload<'_> {}
        ///Request value of [`DssRecipe::set_definition_and_payload`](super::super::handles::DssRecipe::set_definition_and_payload): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RecipeSetDefinitionAndPayload<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRecipe,
            pub(crate) definition: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RecipeSetDefinitionAndPayload<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, definition, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/recipes/");
                __call.segment("recipe_name", &__owner.recipe_name, false)?;
                __call.json(&::serde_json::Value::from(definition))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            RecipeSetDefinitionAndPayload,
            super::endpoints::RECIPE_SET_DEFINITION_AND_PAYLOAD, json(Value,
            "Sends the request (`PUT /projects/{project_key}/recipes/{recipe_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RecipeSetDefinitionAndPayload<'_> {}
        ///Request value of [`DssScenario::get_payload`](super::super::handles::DssScenario::get_payload): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioGetPayload<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenario,
            pub(crate) extension: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioGetPayload<'a> {
            /**The script's kind.

Default: `py`. Sent as JSON member `extension`.*/
            pub fn extension(mut self, extension: impl Into<String>) -> Self {
                self.extension = extension.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, extension, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/scenarios/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/payload");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("extension"),
                                    ::serde_json::Value::from(extension),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`GET /projects/{project_key}/scenarios/{id}/payload`) and returns the answer.
            pub fn send(self) -> Result<String, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<
                            String,
                        >(__answer, "script", false, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            ScenarioGetPayload, super::endpoints::SCENARIO_GET_PAYLOAD, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioGetPayload<'_> {}
        ///Request value of [`DssScenario::set_payload`](super::super::handles::DssScenario::set_payload): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScenarioSetPayload<'a> {
            pub(crate) __owner: &'a super::super::handles::DssScenario,
            pub(crate) script: String,
            pub(crate) extension: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScenarioSetPayload<'a> {
            /**The script's kind.

Default: `py`. Sent as JSON member `extension`.*/
            pub fn extension(mut self, extension: impl Into<String>) -> Self {
                self.extension = extension.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, script, extension, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/scenarios/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/payload");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("script"),
                                    ::serde_json::Value::from(script),
                                );
                            __map
                                .insert(
                                    String::from("extension"),
                                    ::serde_json::Value::from(extension),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScenarioSetPayload, super::endpoints::SCENARIO_SET_PAYLOAD, json(Value,
            "Sends the request (`PUT /projects/{project_key}/scenarios/{id}/payload`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScenarioSetPayload<'_> {}
        ///Request value of [`DssConnection::get_location_info`](super::super::handles::DssConnection::get_location_info): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ConnectionGetLocationInfo<'a> {
            pub(crate) __owner: &'a super::super::handles::DssConnection,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ConnectionGetLocationInfo<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssConnection,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/connections/");
                __call.segment("name", &__owner.name, false)?;
                __call.lit("/info");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /connections/{name}/info`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssConnectionInfo, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_name = ::core::clone::Clone::clone(&__owner.name);
                            super::super::handles::DssConnectionInfo {
                                client: ::core::clone::Clone::clone(__client),
                                name: __f_name,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ConnectionGetLocationInfo, super::endpoints::CONNECTION_GET_LOCATION_INFO,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ConnectionGetLocationInfo<'_> {}
        ///Request value of [`DssNotebook::get_sessions`](super::super::handles::DssNotebook::get_sessions): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct NotebookGetSessions<'a> {
            pub(crate) __owner: &'a super::super::handles::DssNotebook,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> NotebookGetSessions<'a> {
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
                __call.lit("/notebooks/");
                __call.query("notebookName", &__owner.notebook_name);
                Ok((__call, ()))
            }
            ///Sends the request (`GET /projects/{project_key}/notebooks/`) and returns the answer.
            pub fn send(self) -> Result<Value, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<
                            Value,
                        >(__answer, "activeSessions", false, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            NotebookGetSessions, super::endpoints::NOTEBOOK_GET_SESSIONS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for NotebookGetSessions<'_> {}
        ///Request value of [`DssProject::list_running_notebooks`](super::super::handles::DssProject::list_running_notebooks): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListRunningNotebooks<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListRunningNotebooks<'a> {
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
                __call.lit("/notebooks/active");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListRunningNotebooks,
            super::endpoints::PROJECT_LIST_RUNNING_NOTEBOOKS, json(Vec < NotebookSummary
            >,
            "Sends the request (`GET /projects/{project_key}/notebooks/active`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListRunningNotebooks<'_> {}
        crate::rt::request_list!(
            DatasetGetDefinition, DatasetSetDefinition, ManagedFolderGetDefinition,
            ManagedFolderSetDefinition, RecipeGetDefinitionAndPayload,
            RecipeSetDefinitionAndPayload, ScenarioGetPayload, ScenarioSetPayload,
            ConnectionGetLocationInfo, NotebookGetSessions, ProjectListRunningNotebooks
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssDataset::get_definition`.
        pub static DATASET_GET_DEFINITION: Endpoint = Endpoint::new(
            "DssDataset",
            "get_definition",
            crate::rt::Server::DSS,
            "Reads the dataset's definition, the document `get_settings` reads.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}",
                    &[],
                    "DatasetGetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssDataset::set_definition`.
        pub static DATASET_SET_DEFINITION: Endpoint = Endpoint::new(
            "DssDataset",
            "set_definition",
            crate::rt::Server::DSS,
            "Saves a definition read by `get_definition` and changed.",
            &[
                Arg::new(
                    "definition",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/datasets/{dataset_name}",
                    &[],
                    "DatasetSetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssManagedFolder::get_definition`.
        pub static MANAGED_FOLDER_GET_DEFINITION: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "get_definition",
            crate::rt::Server::DSS,
            "Reads the folder's definition, the document `get_settings` reads.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/managedfolders/{odb_id}",
                    &[],
                    "ManagedFolderGetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssManagedFolder::set_definition`.
        pub static MANAGED_FOLDER_SET_DEFINITION: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "set_definition",
            crate::rt::Server::DSS,
            "Saves a definition read by `get_definition` and changed (its `id` and `projectKey` cannot change).",
            &[
                Arg::new(
                    "definition",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/managedfolders/{odb_id}",
                    &[],
                    "ManagedFolderSetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssRecipe::get_definition_and_payload`.
        pub static RECIPE_GET_DEFINITION_AND_PAYLOAD: Endpoint = Endpoint::new(
            "DssRecipe",
            "get_definition_and_payload",
            crate::rt::Server::DSS,
            "Reads the recipe's definition and payload together (`{\"recipe\": .., \"payload\": \"..\"}`), the document `get_settings` reads.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/recipes/{recipe_name}",
                    &[],
                    "RecipeGetDefinitionAndPayload",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssRecipe::set_definition_and_payload`.
        pub static RECIPE_SET_DEFINITION_AND_PAYLOAD: Endpoint = Endpoint::new(
            "DssRecipe",
            "set_definition_and_payload",
            crate::rt::Server::DSS,
            "Saves a definition and payload read by `get_definition_and_payload` and changed (the payload as text).",
            &[
                Arg::new(
                    "definition",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/recipes/{recipe_name}",
                    &[],
                    "RecipeSetDefinitionAndPayload",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssScenario::get_payload`.
        pub static SCENARIO_GET_PAYLOAD: Endpoint = Endpoint::new(
            "DssScenario",
            "get_payload",
            crate::rt::Server::DSS,
            "Reads the script of a custom-script scenario (`GET .../payload`, the extension sent as a body, as dataikuapi does).",
            &[
                Arg::new(
                    "extension",
                    "str",
                    Presence::Default("py"),
                    Place::Member {
                        path: "extension",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/scenarios/{id}/payload",
                    &[],
                    "ScenarioGetPayload",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "String",
                member: "script",
                each_item: false,
            },
            [false, true, false],
        );
        ///`DssScenario::set_payload`.
        pub static SCENARIO_SET_PAYLOAD: Endpoint = Endpoint::new(
            "DssScenario",
            "set_payload",
            crate::rt::Server::DSS,
            "Replaces the script of a custom-script scenario.",
            &[
                Arg::new(
                    "script",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "script",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "extension",
                    "str",
                    Presence::Default("py"),
                    Place::Member {
                        path: "extension",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/scenarios/{id}/payload",
                    &[],
                    "ScenarioSetPayload",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssConnection::get_location_info`.
        pub static CONNECTION_GET_LOCATION_INFO: Endpoint = Endpoint::new(
            "DssConnection",
            "get_location_info",
            crate::rt::Server::DSS,
            "What the caller may know of the connection, without a project's context: the same request as `get_info` without `contextual_project_key`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/connections/{name}/info",
                    &[],
                    "ConnectionGetLocationInfo",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssConnectionInfo"),
            [false, true, false],
        );
        ///`DssNotebook::get_sessions`.
        pub static NOTEBOOK_GET_SESSIONS: Endpoint = Endpoint::new(
            "DssNotebook",
            "get_sessions",
            crate::rt::Server::DSS,
            "The notebook's running kernel sessions: its `activeSessions`, as `get_state` reads them (an error when DSS lists none, as the notebook is not running then).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/notebooks/",
                    &[],
                    "NotebookGetSessions",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "Value",
                member: "activeSessions",
                each_item: false,
            },
            [false, true, false],
        );
        ///`DssNotebook::get_object_discussions`.
        pub static NOTEBOOK_GET_OBJECT_DISCUSSIONS: Endpoint = Endpoint::new(
            "DssNotebook",
            "get_object_discussions",
            crate::rt::Server::DSS,
            "A handle on the discussions of the notebook.",
            &[],
            None,
            ResultKind::Handle("DssObjectDiscussions"),
            [false, true, false],
        );
        ///`DssProject::list_running_notebooks`.
        pub static PROJECT_LIST_RUNNING_NOTEBOOKS: Endpoint = Endpoint::new(
            "DssProject",
            "list_running_notebooks",
            crate::rt::Server::DSS,
            "The project's running notebooks, each convertible to a [`DssNotebook`] with `to_handle`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/notebooks/active",
                    &[],
                    "ProjectListRunningNotebooks",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < NotebookSummary >"),
            [false, true, false],
        );
        ///`DssProject::new_job_definition_builder`.
        pub static PROJECT_NEW_JOB_DEFINITION_BUILDER: Endpoint = Endpoint::new(
            "DssProject",
            "new_job_definition_builder",
            crate::rt::Server::DSS,
            "The job builder under its old name: see `new_job`; `job_type` is the job's type (dataikuapi's default `NON_RECURSIVE_FORCED_BUILD`).",
            &[
                Arg::new(
                    "job_type",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("JobDefinitionBuilder"),
            [true, true, false],
        );
        ///`DssProject::new_managed_dataset_creation_helper`.
        pub static PROJECT_NEW_MANAGED_DATASET_CREATION_HELPER: Endpoint = Endpoint::new(
            "DssProject",
            "new_managed_dataset_creation_helper",
            crate::rt::Server::DSS,
            "The managed dataset creation helper under its old name: see `new_managed_dataset`.",
            &[
                Arg::new(
                    "dataset_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("DssManagedDatasetCreationHelper"),
            [true, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::DATASET_GET_DEFINITION,
        &endpoints::DATASET_SET_DEFINITION,
        &endpoints::MANAGED_FOLDER_GET_DEFINITION,
        &endpoints::MANAGED_FOLDER_SET_DEFINITION,
        &endpoints::RECIPE_GET_DEFINITION_AND_PAYLOAD,
        &endpoints::RECIPE_SET_DEFINITION_AND_PAYLOAD,
        &endpoints::SCENARIO_GET_PAYLOAD,
        &endpoints::SCENARIO_SET_PAYLOAD,
        &endpoints::CONNECTION_GET_LOCATION_INFO,
        &endpoints::NOTEBOOK_GET_SESSIONS,
        &endpoints::NOTEBOOK_GET_OBJECT_DISCUSSIONS,
        &endpoints::PROJECT_LIST_RUNNING_NOTEBOOKS,
        &endpoints::PROJECT_NEW_JOB_DEFINITION_BUILDER,
        &endpoints::PROJECT_NEW_MANAGED_DATASET_CREATION_HELPER,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[]
    };
    /// This file's models, in spec order.
    pub const MODELS: &[crate::rt::catalog::Model] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Model, ModelMember};
        &[]
    };
    impl super::handles::DssDataset {
        #[deprecated(note = "use `get_settings`, then `get_raw`")]
        /**Reads the dataset's definition, the document `get_settings` reads.

Deprecated in dataikuapi: use `get_settings`, then `get_raw`.

`GET /projects/{project_key}/datasets/{dataset_name}`

Returns a [`DatasetGetDefinition`](requests::DatasetGetDefinition) request; nothing is sent until `.send()`.*/
        pub fn get_definition(&self) -> requests::DatasetGetDefinition<'_> {
            requests::DatasetGetDefinition {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        #[deprecated(note = "use `get_settings`, change it, then `save`")]
        /**Saves a definition read by `get_definition` and changed.

Deprecated in dataikuapi: use `get_settings`, change it, then `save`.

`PUT /projects/{project_key}/datasets/{dataset_name}`

Arguments:
- `definition`: The whole definition, as read and changed. Sent as the JSON body.

Returns a [`DatasetSetDefinition`](requests::DatasetSetDefinition) request; nothing is sent until `.send()`.*/
        pub fn set_definition(
            &self,
            definition: impl Into<::serde_json::Value>,
        ) -> requests::DatasetSetDefinition<'_> {
            requests::DatasetSetDefinition {
                __owner: self,
                definition: definition.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssManagedFolder {
        #[deprecated(note = "use `get_settings`, then `get_raw`")]
        /**Reads the folder's definition, the document `get_settings` reads.

Deprecated in dataikuapi: use `get_settings`, then `get_raw`.

`GET /projects/{project_key}/managedfolders/{odb_id}`

Returns a [`ManagedFolderGetDefinition`](requests::ManagedFolderGetDefinition) request; nothing is sent until `.send()`.*/
        pub fn get_definition(&self) -> requests::ManagedFolderGetDefinition<'_> {
            requests::ManagedFolderGetDefinition {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        #[deprecated(note = "use `get_settings`, change it, then `save`")]
        /**Saves a definition read by `get_definition` and changed (its `id`
and `projectKey` cannot change).

Deprecated in dataikuapi: use `get_settings`, change it, then `save`.

`PUT /projects/{project_key}/managedfolders/{odb_id}`

Arguments:
- `definition`: The whole definition, as read and changed. Sent as the JSON body.

Returns a [`ManagedFolderSetDefinition`](requests::ManagedFolderSetDefinition) request; nothing is sent until `.send()`.*/
        pub fn set_definition(
            &self,
            definition: impl Into<::serde_json::Value>,
        ) -> requests::ManagedFolderSetDefinition<'_> {
            requests::ManagedFolderSetDefinition {
                __owner: self,
                definition: definition.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssRecipe {
        #[deprecated(note = "use `get_settings`")]
        /**Reads the recipe's definition and payload together (`{"recipe":
.., "payload": ".."}`), the document `get_settings` reads.

Deprecated in dataikuapi: use `get_settings`.

`GET /projects/{project_key}/recipes/{recipe_name}`

Returns a [`RecipeGetDefinitionAndPayload`](requests::RecipeGetDefinitionAndPayload) request; nothing is sent until `.send()`.*/
        pub fn get_definition_and_payload(
            &self,
        ) -> requests::RecipeGetDefinitionAndPayload<'_> {
            requests::RecipeGetDefinitionAndPayload {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        #[deprecated(note = "use `get_settings`, change it, then `save`")]
        /**Saves a definition and payload read by `get_definition_and_payload`
and changed (the payload as text).

Deprecated in dataikuapi: use `get_settings`, change it, then `save`.

`PUT /projects/{project_key}/recipes/{recipe_name}`

Arguments:
- `definition`: `{"recipe": .., "payload": ".."}`, as read and changed. Sent as the JSON body.

Returns a [`RecipeSetDefinitionAndPayload`](requests::RecipeSetDefinitionAndPayload) request; nothing is sent until `.send()`.*/
        pub fn set_definition_and_payload(
            &self,
            definition: impl Into<::serde_json::Value>,
        ) -> requests::RecipeSetDefinitionAndPayload<'_> {
            requests::RecipeSetDefinitionAndPayload {
                __owner: self,
                definition: definition.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssScenario {
        #[deprecated(note = "use `get_settings` (`DssScenarioSettings::code`)")]
        /**Reads the script of a custom-script scenario (`GET
.../payload`, the extension sent as a body, as dataikuapi does).

Deprecated in dataikuapi: use `get_settings` (`DssScenarioSettings::code`).

`GET /projects/{project_key}/scenarios/{id}/payload`

Optional arguments, set by name on the returned request:
- `extension`: Default: `py`. Sent as JSON member `extension`.

Returns a [`ScenarioGetPayload`](requests::ScenarioGetPayload) request; nothing is sent until `.send()`.*/
        pub fn get_payload(&self) -> requests::ScenarioGetPayload<'_> {
            requests::ScenarioGetPayload {
                __owner: self,
                extension: String::from("py"),
                __opts: ::core::default::Default::default(),
            }
        }
        #[deprecated(note = "use `get_settings`, `set_code`, then `save`")]
        /**Replaces the script of a custom-script scenario.

Deprecated in dataikuapi: use `get_settings`, `set_code`, then `save`.

`PUT /projects/{project_key}/scenarios/{id}/payload`

Arguments:
- `script`: The new script. Sent as JSON member `script`.

Optional arguments, set by name on the returned request:
- `extension`: Default: `py`. Sent as JSON member `extension`.

Returns a [`ScenarioSetPayload`](requests::ScenarioSetPayload) request; nothing is sent until `.send()`.*/
        pub fn set_payload(
            &self,
            script: impl Into<String>,
        ) -> requests::ScenarioSetPayload<'_> {
            requests::ScenarioSetPayload {
                __owner: self,
                script: script.into(),
                extension: String::from("py"),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssConnection {
        #[deprecated(note = "use `get_info`")]
        /**What the caller may know of the connection, without a project's
context: the same request as `get_info` without
`contextual_project_key`.

Deprecated in dataikuapi: use `get_info`.

`GET /connections/{name}/info`

Returns a [`ConnectionGetLocationInfo`](requests::ConnectionGetLocationInfo) request; nothing is sent until `.send()`.*/
        pub fn get_location_info(&self) -> requests::ConnectionGetLocationInfo<'_> {
            requests::ConnectionGetLocationInfo {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssNotebook {
        #[deprecated(
            note = "use `DssJupyterNotebook` (`get_jupyter_notebook` of the project)"
        )]
        /**The notebook's running kernel sessions: its `activeSessions`, as
`get_state` reads them (an error when DSS lists none, as the
notebook is not running then).

Deprecated in dataikuapi: use `DssJupyterNotebook` (`get_jupyter_notebook` of the project).

`GET /projects/{project_key}/notebooks/`

Returns a [`NotebookGetSessions`](requests::NotebookGetSessions) request; nothing is sent until `.send()`.*/
        pub fn get_sessions(&self) -> requests::NotebookGetSessions<'_> {
            requests::NotebookGetSessions {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        #[deprecated(note = "use `DssJupyterNotebook::get_object_discussions`")]
        /**A handle on the discussions of the notebook.

Deprecated in dataikuapi: use `DssJupyterNotebook::get_object_discussions`.

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
    impl super::handles::DssProject {
        #[deprecated(note = "use `list_jupyter_notebooks` (with `active`)")]
        /**The project's running notebooks, each convertible to a
[`DssNotebook`] with `to_handle`.

Deprecated in dataikuapi: use `list_jupyter_notebooks` (with `active`).

`GET /projects/{project_key}/notebooks/active`

Returns a [`ProjectListRunningNotebooks`](requests::ProjectListRunningNotebooks) request; nothing is sent until `.send()`.*/
        pub fn list_running_notebooks(
            &self,
        ) -> requests::ProjectListRunningNotebooks<'_> {
            requests::ProjectListRunningNotebooks {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
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
                fn __signature_of_new_job_definition_builder(
                    &self,
                    job_type: &str,
                ) -> JobDefinitionBuilder {
                    self.new_job_definition_builder(job_type)
                }
            }
            impl super::handles::DssProject {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_new_managed_dataset_creation_helper(
                    &self,
                    dataset_name: &str,
                ) -> DssManagedDatasetCreationHelper {
                    self.new_managed_dataset_creation_helper(dataset_name)
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
                ("DssDataset", "get_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataset", ids)?;
                        let __owner = super::handles::DssDataset {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_definition();
                        let __endpoint = requests::DatasetGetDefinition::ENDPOINT;
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
                ("DssDataset", "set_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataset", ids)?;
                        let __owner = super::handles::DssDataset {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_definition(args.json("definition")?);
                        let __endpoint = requests::DatasetSetDefinition::ENDPOINT;
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
                ("DssManagedFolder", "get_definition") => {
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
                        let mut __r = __owner.get_definition();
                        let __endpoint = requests::ManagedFolderGetDefinition::ENDPOINT;
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
                ("DssManagedFolder", "set_definition") => {
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
                        let mut __r = __owner.set_definition(args.json("definition")?);
                        let __endpoint = requests::ManagedFolderSetDefinition::ENDPOINT;
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
                ("DssRecipe", "get_definition_and_payload") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_recipe_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssRecipe", ids)?;
                        let __owner = super::handles::DssRecipe {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            recipe_name: __id_recipe_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_definition_and_payload();
                        let __endpoint = requests::RecipeGetDefinitionAndPayload::ENDPOINT;
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
                ("DssRecipe", "set_definition_and_payload") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_recipe_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssRecipe", ids)?;
                        let __owner = super::handles::DssRecipe {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            recipe_name: __id_recipe_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .set_definition_and_payload(args.json("definition")?);
                        let __endpoint = requests::RecipeSetDefinitionAndPayload::ENDPOINT;
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
                ("DssScenario", "get_payload") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssScenario", ids)?;
                        let __owner = super::handles::DssScenario {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_payload();
                        let __endpoint = requests::ScenarioGetPayload::ENDPOINT;
                        if let Some(__v) = args.opt_str("extension")? {
                            __r = __r.extension(__v);
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
                ("DssScenario", "set_payload") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssScenario", ids)?;
                        let __owner = super::handles::DssScenario {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_payload(args.str("script")?);
                        let __endpoint = requests::ScenarioSetPayload::ENDPOINT;
                        if let Some(__v) = args.opt_str("extension")? {
                            __r = __r.extension(__v);
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
                ("DssConnection", "get_location_info") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssConnection", ids)?;
                        let __owner = super::handles::DssConnection {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_location_info();
                        let __endpoint = requests::ConnectionGetLocationInfo::ENDPOINT;
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
                ("DssNotebook", "get_sessions") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_notebook_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssNotebook", ids)?;
                        let __owner = super::handles::DssNotebook {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_name: __id_notebook_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_sessions();
                        let __endpoint = requests::NotebookGetSessions::ENDPOINT;
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
                ("DssProject", "list_running_notebooks") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_running_notebooks();
                        let __endpoint = requests::ProjectListRunningNotebooks::ENDPOINT;
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
                "DssConnectionInfo" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssConnection", ids)?;
                        let __owner = super::handles::DssConnection {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                        };
                        let mut __doc = __owner.get_location_info().send()?;
                        edit(__doc.raw_mut());
                        Ok(false)
                    })()
                }
                _ => return None,
            },
        )
    }
}
