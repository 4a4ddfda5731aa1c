// The expansion of `project_extras.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/project_extras.dss`.
pub mod spec_project_extras {
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
        ///Request value of [`DssProject::get_interest`](super::super::handles::DssProject::get_interest): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetInterest<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetInterest<'a> {
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
                __call.lit("/interest");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetInterest, super::endpoints::PROJECT_GET_INTEREST, json(Value,
            "Sends the request (`GET /projects/{project_key}/interest`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetInterest<'_> {}
        ///Request value of [`DssProject::list_plugins_usages`](super::super::handles::DssProject::list_plugins_usages): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListPluginsUsages<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListPluginsUsages<'a> {
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
                __call.lit("/plugins/usages");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListPluginsUsages, super::endpoints::PROJECT_LIST_PLUGINS_USAGES,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/plugins/usages`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListPluginsUsages<'_> {}
        ///Request value of [`DssProject::sync_datasets_acls`](super::super::handles::DssProject::sync_datasets_acls): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectSyncDatasetsAcls<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectSyncDatasetsAcls<'a> {
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
                __call.lit("/actions/sync");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/actions/sync`) and returns the answer.
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
            ProjectSyncDatasetsAcls, super::endpoints::PROJECT_SYNC_DATASETS_ACLS,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectSyncDatasetsAcls<'_> {}
        ///Request value of [`DssProject::render_document_template_request`](super::super::handles::DssProject::render_document_template_request): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectRenderDocumentTemplateRequest<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) payload: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectRenderDocumentTemplateRequest<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, payload, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/document-templating/actions/render-template");
                __call.json(&::serde_json::Value::from(payload))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectRenderDocumentTemplateRequest,
            super::endpoints::PROJECT_RENDER_DOCUMENT_TEMPLATE_REQUEST, json(Value,
            "Sends the request (`POST /projects/{project_key}/document-templating/actions/render-template`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectRenderDocumentTemplateRequest<'_> {}
        crate::rt::request_list!(
            ProjectGetInterest, ProjectListPluginsUsages, ProjectSyncDatasetsAcls,
            ProjectRenderDocumentTemplateRequest
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::get_interest`.
        pub static PROJECT_GET_INTEREST: Endpoint = Endpoint::new(
            "DssProject",
            "get_interest",
            crate::rt::Server::DSS,
            "Reads the interest users show in the project (stars, watches).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/interest",
                    &[],
                    "ProjectGetInterest",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::list_plugins_usages`.
        pub static PROJECT_LIST_PLUGINS_USAGES: Endpoint = Endpoint::new(
            "DssProject",
            "list_plugins_usages",
            crate::rt::Server::DSS,
            "Lists the uses of plugins' components in the project, and what is missing.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/plugins/usages",
                    &[],
                    "ProjectListPluginsUsages",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::sync_datasets_acls`.
        pub static PROJECT_SYNC_DATASETS_ACLS: Endpoint = Endpoint::new(
            "DssProject",
            "sync_datasets_acls",
            crate::rt::Server::DSS,
            "Starts updating the access rights of the project's datasets on their storage (`.wait()` on the task waits for it).",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/actions/sync",
                    &[],
                    "ProjectSyncDatasetsAcls",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssProject::render_document_template_request`.
        pub static PROJECT_RENDER_DOCUMENT_TEMPLATE_REQUEST: Endpoint = Endpoint::new(
            "DssProject",
            "render_document_template_request",
            crate::rt::Server::DSS,
            "Renders a document template with data: the request behind [`render_document_template`](crate::DssProject::render_document_template), which builds its body.",
            &[
                Arg::new(
                    "payload",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/document-templating/actions/render-template",
                    &[],
                    "ProjectRenderDocumentTemplateRequest",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssProject::move_to_folder`.
        pub static PROJECT_MOVE_TO_FOLDER: Endpoint = Endpoint::new(
            "DssProject",
            "move_to_folder",
            crate::rt::Server::DSS,
            "Moves the project into another project folder, given by its id.",
            &[
                Arg::new(
                    "folder",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Pending < '_ , () >"),
            [true, true, false],
        );
        ///`DssProject::render_document_template`.
        pub static PROJECT_RENDER_DOCUMENT_TEMPLATE: Endpoint = Endpoint::new(
            "DssProject",
            "render_document_template",
            crate::rt::Server::DSS,
            "Renders a document template (CEL, Jinja or Word) with data, into a text, Word or PDF document.",
            &[
                Arg::new(
                    "template_type",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new("data", "Value", Presence::Required, Place::HandWritten, false),
            ],
            None,
            ResultKind::HandWritten("ProjectRenderDocumentTemplate < '_ >"),
            [true, true, false],
        );
        ///`DssDataset::get_object_discussions`.
        pub static DATASET_GET_OBJECT_DISCUSSIONS: Endpoint = Endpoint::new(
            "DssDataset",
            "get_object_discussions",
            crate::rt::Server::DSS,
            "A handle on the discussions of the dataset.",
            &[],
            None,
            ResultKind::Handle("DssObjectDiscussions"),
            [false, true, false],
        );
        ///`DssManagedFolder::get_object_discussions`.
        pub static MANAGED_FOLDER_GET_OBJECT_DISCUSSIONS: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "get_object_discussions",
            crate::rt::Server::DSS,
            "A handle on the discussions of the folder.",
            &[],
            None,
            ResultKind::Handle("DssObjectDiscussions"),
            [false, true, false],
        );
        ///`DssRecipe::get_object_discussions`.
        pub static RECIPE_GET_OBJECT_DISCUSSIONS: Endpoint = Endpoint::new(
            "DssRecipe",
            "get_object_discussions",
            crate::rt::Server::DSS,
            "A handle on the discussions of the recipe.",
            &[],
            None,
            ResultKind::Handle("DssObjectDiscussions"),
            [false, true, false],
        );
        ///`DssScenario::get_object_discussions`.
        pub static SCENARIO_GET_OBJECT_DISCUSSIONS: Endpoint = Endpoint::new(
            "DssScenario",
            "get_object_discussions",
            crate::rt::Server::DSS,
            "A handle on the discussions of the scenario.",
            &[],
            None,
            ResultKind::Handle("DssObjectDiscussions"),
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::PROJECT_GET_INTEREST,
        &endpoints::PROJECT_LIST_PLUGINS_USAGES,
        &endpoints::PROJECT_SYNC_DATASETS_ACLS,
        &endpoints::PROJECT_RENDER_DOCUMENT_TEMPLATE_REQUEST,
        &endpoints::PROJECT_MOVE_TO_FOLDER,
        &endpoints::PROJECT_RENDER_DOCUMENT_TEMPLATE,
        &endpoints::DATASET_GET_OBJECT_DISCUSSIONS,
        &endpoints::MANAGED_FOLDER_GET_OBJECT_DISCUSSIONS,
        &endpoints::RECIPE_GET_OBJECT_DISCUSSIONS,
        &endpoints::SCENARIO_GET_OBJECT_DISCUSSIONS,
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
    impl super::handles::DssProject {
        /**Reads the interest users show in the project (stars, watches).

`GET /projects/{project_key}/interest`

Returns a [`ProjectGetInterest`](requests::ProjectGetInterest) request; nothing is sent until `.send()`.*/
        pub fn get_interest(&self) -> requests::ProjectGetInterest<'_> {
            requests::ProjectGetInterest {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the uses of plugins' components in the project, and what is
missing.

`GET /projects/{project_key}/plugins/usages`

Returns a [`ProjectListPluginsUsages`](requests::ProjectListPluginsUsages) request; nothing is sent until `.send()`.*/
        pub fn list_plugins_usages(&self) -> requests::ProjectListPluginsUsages<'_> {
            requests::ProjectListPluginsUsages {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts updating the access rights of the project's datasets on
their storage (`.wait()` on the task waits for it).

`POST /projects/{project_key}/actions/sync`

Never retried: sending it twice could do the work twice.

Returns a [`ProjectSyncDatasetsAcls`](requests::ProjectSyncDatasetsAcls) request; nothing is sent until `.send()`.*/
        pub fn sync_datasets_acls(&self) -> requests::ProjectSyncDatasetsAcls<'_> {
            requests::ProjectSyncDatasetsAcls {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Renders a document template with data: the request behind
[`render_document_template`](crate::DssProject::render_document_template),
which builds its body.

`POST /projects/{project_key}/document-templating/actions/render-template`

Never retried: sending it twice could do the work twice.

Arguments:
- `payload`: The whole request (`templateType`, `data`, `outputFormat`, `templateRef`, `destinationRef`), sent as the JSON body. Sent as the JSON body.

Returns a [`ProjectRenderDocumentTemplateRequest`](requests::ProjectRenderDocumentTemplateRequest) request; nothing is sent until `.send()`.*/
        pub fn render_document_template_request(
            &self,
            payload: impl Into<::serde_json::Value>,
        ) -> requests::ProjectRenderDocumentTemplateRequest<'_> {
            requests::ProjectRenderDocumentTemplateRequest {
                __owner: self,
                payload: payload.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssDataset {
        /**A handle on the discussions of the dataset.

Builds a handle; sends no request.*/
        pub fn get_object_discussions(&self) -> super::handles::DssObjectDiscussions {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_object_type = String::from("DATASET");
                let __f_object_id = ::core::clone::Clone::clone(&self.dataset_name);
                super::handles::DssObjectDiscussions {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    object_type: __f_object_type,
                    object_id: __f_object_id,
                }
            }
        }
    }
    impl super::handles::DssManagedFolder {
        /**A handle on the discussions of the folder.

Builds a handle; sends no request.*/
        pub fn get_object_discussions(&self) -> super::handles::DssObjectDiscussions {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_object_type = String::from("MANAGED_FOLDER");
                let __f_object_id = ::core::clone::Clone::clone(&self.odb_id);
                super::handles::DssObjectDiscussions {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    object_type: __f_object_type,
                    object_id: __f_object_id,
                }
            }
        }
    }
    impl super::handles::DssRecipe {
        /**A handle on the discussions of the recipe.

Builds a handle; sends no request.*/
        pub fn get_object_discussions(&self) -> super::handles::DssObjectDiscussions {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_object_type = String::from("RECIPE");
                let __f_object_id = ::core::clone::Clone::clone(&self.recipe_name);
                super::handles::DssObjectDiscussions {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    object_type: __f_object_type,
                    object_id: __f_object_id,
                }
            }
        }
    }
    impl super::handles::DssScenario {
        /**A handle on the discussions of the scenario.

Builds a handle; sends no request.*/
        pub fn get_object_discussions(&self) -> super::handles::DssObjectDiscussions {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_object_type = String::from("SCENARIO");
                let __f_object_id = ::core::clone::Clone::clone(&self.id);
                super::handles::DssObjectDiscussions {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    object_type: __f_object_type,
                    object_id: __f_object_id,
                }
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
                fn __signature_of_move_to_folder(
                    &self,
                    folder: &str,
                ) -> Pending<'_, ()> {
                    self.move_to_folder(folder)
                }
            }
            impl super::handles::DssProject {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_render_document_template(
                    &self,
                    template_type: &str,
                    data: Value,
                ) -> ProjectRenderDocumentTemplate<'_> {
                    self.render_document_template(template_type, data)
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
                ("DssProject", "get_interest") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_interest();
                        let __endpoint = requests::ProjectGetInterest::ENDPOINT;
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
                ("DssProject", "list_plugins_usages") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_plugins_usages();
                        let __endpoint = requests::ProjectListPluginsUsages::ENDPOINT;
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
                ("DssProject", "sync_datasets_acls") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.sync_datasets_acls();
                        let __endpoint = requests::ProjectSyncDatasetsAcls::ENDPOINT;
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
                ("DssProject", "render_document_template_request") => {
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
                            .render_document_template_request(args.json("payload")?);
                        let __endpoint = requests::ProjectRenderDocumentTemplateRequest::ENDPOINT;
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
        None
    }
}
