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
        /**The library of a project (dataikuapi's `DSSLibrary`): its files, shared
by the project's code.*/
        #[derive(Clone)]
        pub struct DssLibrary {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
        }
        impl DssLibrary {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssLibrary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLibrary")
                    .field("project_key", &self.project_key)
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
        ///Request value of [`DssProject::get_data_quality_status`](super::super::handles::DssProject::get_data_quality_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetDataQualityStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) only_monitored: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetDataQualityStatus<'a> {
            /**Only the datasets whose data quality is monitored.

Default: `true`. Sent as query parameter `onlyMonitored`.*/
            pub fn only_monitored(mut self, only_monitored: bool) -> Self {
                self.only_monitored = only_monitored;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, only_monitored, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/data-quality/status");
                __call.query("onlyMonitored", &only_monitored);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetDataQualityStatus,
            super::endpoints::PROJECT_GET_DATA_QUALITY_STATUS, json(Value,
            "Sends the request (`GET /projects/{project_key}/data-quality/status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetDataQualityStatus<'_> {}
        ///Request value of [`DssProject::get_data_quality_timeline`](super::super::handles::DssProject::get_data_quality_timeline): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetDataQualityTimeline<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) min_timestamp: Option<i64>,
            pub(crate) max_timestamp: Option<i64>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetDataQualityTimeline<'a> {
            /**From this time, in milliseconds since the Unix epoch (DSS's
default when unset).

Unset by default (then left out). Sent as query parameter `minTimestamp`.*/
            pub fn min_timestamp(mut self, min_timestamp: i64) -> Self {
                self.min_timestamp = Some(min_timestamp);
                self
            }
            /**Up to this time, in milliseconds since the Unix epoch (DSS's
default when unset).

Unset by default (then left out). Sent as query parameter `maxTimestamp`.*/
            pub fn max_timestamp(mut self, max_timestamp: i64) -> Self {
                self.max_timestamp = Some(max_timestamp);
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, min_timestamp, max_timestamp, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/data-quality/timeline");
                __call.query("minTimestamp", &min_timestamp);
                __call.query("maxTimestamp", &max_timestamp);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetDataQualityTimeline,
            super::endpoints::PROJECT_GET_DATA_QUALITY_TIMELINE, json(Value,
            "Sends the request (`GET /projects/{project_key}/data-quality/timeline`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetDataQualityTimeline<'_> {}
        ///Request value of [`DssProject::get_app_manifest`](super::super::handles::DssProject::get_app_manifest): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetAppManifest<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetAppManifest<'a> {
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
                __call.lit("/app-manifest");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetAppManifest, super::endpoints::PROJECT_GET_APP_MANIFEST,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/app-manifest`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetAppManifest<'_> {}
        crate::rt::request_list!(
            ProjectGetInterest, ProjectListPluginsUsages, ProjectSyncDatasetsAcls,
            ProjectRenderDocumentTemplateRequest, ProjectGetDataQualityStatus,
            ProjectGetDataQualityTimeline, ProjectGetAppManifest
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
        ///`DssProject::get_library`.
        pub static PROJECT_GET_LIBRARY: Endpoint = Endpoint::new(
            "DssProject",
            "get_library",
            crate::rt::Server::DSS,
            "A handle on the project's library.",
            &[],
            None,
            ResultKind::Handle("DssLibrary"),
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
        ///`DssProject::get_data_quality_status`.
        pub static PROJECT_GET_DATA_QUALITY_STATUS: Endpoint = Endpoint::new(
            "DssProject",
            "get_data_quality_status",
            crate::rt::Server::DSS,
            "Reads the data quality status of the project's datasets.",
            &[
                Arg::new(
                    "only_monitored",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("onlyMonitored"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/data-quality/status",
                    &[],
                    "ProjectGetDataQualityStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::get_data_quality_timeline`.
        pub static PROJECT_GET_DATA_QUALITY_TIMELINE: Endpoint = Endpoint::new(
            "DssProject",
            "get_data_quality_timeline",
            crate::rt::Server::DSS,
            "Reads the timeline of the data quality of the project.",
            &[
                Arg::new(
                    "min_timestamp",
                    "int",
                    Presence::Optional,
                    Place::Query("minTimestamp"),
                    false,
                ),
                Arg::new(
                    "max_timestamp",
                    "int",
                    Presence::Optional,
                    Place::Query("maxTimestamp"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/data-quality/timeline",
                    &[],
                    "ProjectGetDataQualityTimeline",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::get_app_manifest`.
        pub static PROJECT_GET_APP_MANIFEST: Endpoint = Endpoint::new(
            "DssProject",
            "get_app_manifest",
            crate::rt::Server::DSS,
            "Reads the app manifest of this project (the template project of an app); `save_app_manifest` saves it.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/app-manifest",
                    &[],
                    "ProjectGetAppManifest",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::get_object_discussions`.
        pub static PROJECT_GET_OBJECT_DISCUSSIONS: Endpoint = Endpoint::new(
            "DssProject",
            "get_object_discussions",
            crate::rt::Server::DSS,
            "A handle on the discussions of the project.",
            &[],
            None,
            ResultKind::Handle("DssObjectDiscussions"),
            [false, true, false],
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
            ResultKind::HandWritten("Result < () >"),
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
        &endpoints::PROJECT_GET_LIBRARY,
        &endpoints::PROJECT_LIST_PLUGINS_USAGES,
        &endpoints::PROJECT_SYNC_DATASETS_ACLS,
        &endpoints::PROJECT_RENDER_DOCUMENT_TEMPLATE_REQUEST,
        &endpoints::PROJECT_GET_DATA_QUALITY_STATUS,
        &endpoints::PROJECT_GET_DATA_QUALITY_TIMELINE,
        &endpoints::PROJECT_GET_APP_MANIFEST,
        &endpoints::PROJECT_GET_OBJECT_DISCUSSIONS,
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
        &[
            Handle {
                name: "DssLibrary",
                doc: "The library of a project (dataikuapi's `DSSLibrary`): its files, shared by the project's code.",
                fields: &[
                    HandleField {
                        name: "project_key",
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
        /**A handle on the project's library.

Builds a handle; sends no request.*/
        pub fn get_library(&self) -> super::handles::DssLibrary {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                super::handles::DssLibrary {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                }
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
        /**Reads the data quality status of the project's datasets.

`GET /projects/{project_key}/data-quality/status`

Optional arguments, set by name on the returned request:
- `only_monitored`: Default: `true`. Sent as query parameter `onlyMonitored`.

Returns a [`ProjectGetDataQualityStatus`](requests::ProjectGetDataQualityStatus) request; nothing is sent until `.send()`.*/
        pub fn get_data_quality_status(
            &self,
        ) -> requests::ProjectGetDataQualityStatus<'_> {
            requests::ProjectGetDataQualityStatus {
                __owner: self,
                only_monitored: true,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the timeline of the data quality of the project.

`GET /projects/{project_key}/data-quality/timeline`

Optional arguments, set by name on the returned request:
- `min_timestamp`: Unset by default (then left out). Sent as query parameter `minTimestamp`.
- `max_timestamp`: Unset by default (then left out). Sent as query parameter `maxTimestamp`.

Returns a [`ProjectGetDataQualityTimeline`](requests::ProjectGetDataQualityTimeline) request; nothing is sent until `.send()`.*/
        pub fn get_data_quality_timeline(
            &self,
        ) -> requests::ProjectGetDataQualityTimeline<'_> {
            requests::ProjectGetDataQualityTimeline {
                __owner: self,
                min_timestamp: None,
                max_timestamp: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the app manifest of this project (the template project of an
app); `save_app_manifest` saves it.

`GET /projects/{project_key}/app-manifest`

Returns a [`ProjectGetAppManifest`](requests::ProjectGetAppManifest) request; nothing is sent until `.send()`.*/
        pub fn get_app_manifest(&self) -> requests::ProjectGetAppManifest<'_> {
            requests::ProjectGetAppManifest {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on the discussions of the project.

Builds a handle; sends no request.*/
        pub fn get_object_discussions(&self) -> super::handles::DssObjectDiscussions {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_object_type = String::from("PROJECT");
                let __f_object_id = ::core::clone::Clone::clone(&self.project_key);
                super::handles::DssObjectDiscussions {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    object_type: __f_object_type,
                    object_id: __f_object_id,
                }
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
                #[allow(dead_code, clippy::needless_lifetimes)]
                fn __signature_of_move_to_folder(&self, folder: &str) -> Result<()> {
                    self.move_to_folder(folder)
                }
            }
            impl super::handles::DssProject {
                #[allow(dead_code, clippy::needless_lifetimes)]
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
    #[allow(unused_variables, clippy::redundant_closure_call)]
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
                ("DssProject", "get_data_quality_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_data_quality_status();
                        let __endpoint = requests::ProjectGetDataQualityStatus::ENDPOINT;
                        if let Some(__v) = args.opt_bool("only_monitored")? {
                            __r = __r.only_monitored(__v);
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
                ("DssProject", "get_data_quality_timeline") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_data_quality_timeline();
                        let __endpoint = requests::ProjectGetDataQualityTimeline::ENDPOINT;
                        if let Some(__v) = args.opt_int("min_timestamp")? {
                            __r = __r.min_timestamp(__v);
                        }
                        if let Some(__v) = args.opt_int("max_timestamp")? {
                            __r = __r.max_timestamp(__v);
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
                ("DssProject", "get_app_manifest") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_app_manifest();
                        let __endpoint = requests::ProjectGetAppManifest::ENDPOINT;
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
    #[allow(unused_variables, unused_mut, clippy::redundant_closure_call)]
    pub(crate) fn round_trip(
        client: &crate::rt::DssClient,
        document: &str,
        ids: &[&str],
        args: &mut crate::rt::dynamic::DynArgs,
        edit: &dyn Fn(&mut ::serde_json::Value),
    ) -> Option<Result<bool, crate::rt::Error>> {
        None
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
            let handle = super::handles::DssLibrary {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssLibrary"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
