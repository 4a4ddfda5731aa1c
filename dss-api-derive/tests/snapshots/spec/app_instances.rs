// The expansion of `app_instances.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/app_instances.dss`.
pub mod spec_app_instances {
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
        ///An instance of a Dataiku app: the project it made, named by its key.
        #[derive(Clone)]
        pub struct DssAppInstance {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
        }
        impl DssAppInstance {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssAppInstance {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssAppInstance")
                    .field("project_key", &self.project_key)
                    .finish_non_exhaustive()
            }
        }
        /**The manifest of a Dataiku app, as DSS sent it (dataikuapi's
`DSSAppManifest`): its homepage sections and their tiles (the app's
actions), ... `project_key` is the project whose manifest it is, when
known (read from a project, or from an app made from one): only then
can it be saved; it is empty otherwise.*/
        #[derive(Clone)]
        pub struct DssAppManifest {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssAppManifest {
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
        impl ::core::fmt::Debug for DssAppManifest {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssAppManifest")
                    .field("project_key", &self.project_key)
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
                __call.lit("/app-manifest");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/app-manifest`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssAppManifest, crate::rt::Error> {
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
                            super::super::handles::DssAppManifest {
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
            ProjectGetAppManifest, super::endpoints::PROJECT_GET_APP_MANIFEST, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetAppManifest<'_> {}
        ///Request value of [`DssApp::get_raw_manifest`](super::super::handles::DssApp::get_raw_manifest): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AppGetRawManifest<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApp,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AppGetRawManifest<'a> {
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
                __call.lit("/apps/");
                __call.segment("app_id", &__owner.app_id, false)?;
                __call.lit("/");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /apps/{app_id}/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssAppManifest, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_project_key = String::from("");
                            super::super::handles::DssAppManifest {
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
            AppGetRawManifest, super::endpoints::APP_GET_RAW_MANIFEST, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AppGetRawManifest<'_> {}
        ///Request value of [`DssAppInstance::get_manifest`](super::super::handles::DssAppInstance::get_manifest): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AppInstanceGetManifest<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAppInstance,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AppInstanceGetManifest<'a> {
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
            ///Sends the request (`GET /projects/{project_key}/app-manifest`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssAppManifest, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_project_key = String::from("");
                            super::super::handles::DssAppManifest {
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
            AppInstanceGetManifest, super::endpoints::APP_INSTANCE_GET_MANIFEST, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AppInstanceGetManifest<'_> {}
        ///Request value of [`DssAppManifest::save`](super::super::handles::DssAppManifest::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AppManifestSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAppManifest,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AppManifestSave<'a> {
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
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AppManifestSave, super::endpoints::APP_MANIFEST_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/app-manifest`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AppManifestSave<'_> {}
        crate::rt::request_list!(
            ProjectGetAppManifest, AppGetRawManifest, AppInstanceGetManifest,
            AppManifestSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssApp::get_manifest`.
        pub static APP_GET_MANIFEST: Endpoint = Endpoint::new(
            "DssApp",
            "get_manifest",
            crate::rt::Server::DSS,
            "Reads the app's manifest.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , DssAppManifest >"),
            [true, true, false],
        );
        ///`DssApp::get_instance`.
        pub static APP_GET_INSTANCE: Endpoint = Endpoint::new(
            "DssApp",
            "get_instance",
            crate::rt::Server::DSS,
            "A handle on one instance of the app, named by its project key.",
            &[
                Arg::new(
                    "instance_key",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssAppInstance"),
            [false, true, false],
        );
        ///`DssApp::make_random_project_key`.
        pub static APP_MAKE_RANDOM_PROJECT_KEY: Endpoint = Endpoint::new(
            "DssApp",
            "make_random_project_key",
            crate::rt::Server::DSS,
            "A project key for a new instance: the app's id with every run of characters other than ASCII letters, digits and `_` made one `_`, then `_tmp_` and ten random ASCII letters.",
            &[],
            None,
            ResultKind::HandWritten("String"),
            [true, true, false],
        );
        ///`DssApp::create_temporary_instance`.
        pub static APP_CREATE_TEMPORARY_INSTANCE: Endpoint = Endpoint::new(
            "DssApp",
            "create_temporary_instance",
            crate::rt::Server::DSS,
            "Creates a temporary instance of the app under a random key (see [`make_random_project_key`](crate::DssApp::make_random_project_key)), waits for it, and returns a handle on it.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , DssAppInstance >"),
            [true, true, false],
        );
        ///`DssProject::get_app_manifest`.
        pub static PROJECT_GET_APP_MANIFEST: Endpoint = Endpoint::new(
            "DssProject",
            "get_app_manifest",
            crate::rt::Server::DSS,
            "Reads the manifest of the project's app, to change and `save`.",
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
            ResultKind::Handle("DssAppManifest"),
            [false, true, false],
        );
        ///`DssApp::get_raw_manifest`.
        pub static APP_GET_RAW_MANIFEST: Endpoint = Endpoint::new(
            "DssApp",
            "get_raw_manifest",
            crate::rt::Server::DSS,
            "Reads the app's manifest as DSS sends it: the request behind [`get_manifest`](crate::DssApp::get_manifest).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/apps/{app_id}/",
                    &[],
                    "AppGetRawManifest",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssAppManifest"),
            [false, false, false],
        );
        ///`DssAppInstance::get_as_project`.
        pub static APP_INSTANCE_GET_AS_PROJECT: Endpoint = Endpoint::new(
            "DssAppInstance",
            "get_as_project",
            crate::rt::Server::DSS,
            "A handle on the instance's project.",
            &[],
            None,
            ResultKind::Handle("DssProject"),
            [false, true, false],
        );
        ///`DssAppInstance::get_manifest`.
        pub static APP_INSTANCE_GET_MANIFEST: Endpoint = Endpoint::new(
            "DssAppInstance",
            "get_manifest",
            crate::rt::Server::DSS,
            "Reads the manifest of the app the instance runs (it cannot be saved from here, as in dataikuapi: its `project_key` is empty).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/app-manifest",
                    &[],
                    "AppInstanceGetManifest",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssAppManifest"),
            [false, true, false],
        );
        ///`DssAppManifest::get_all_actions`.
        pub static APP_MANIFEST_GET_ALL_ACTIONS: Endpoint = Endpoint::new(
            "DssAppManifest",
            "get_all_actions",
            crate::rt::Server::DSS,
            "Every action of the app: the tiles of all its homepage sections, in order.",
            &[],
            None,
            ResultKind::HandWritten("Vec < & Value >"),
            [true, true, false],
        );
        ///`DssAppManifest::get_runnable_scenarios`.
        pub static APP_MANIFEST_GET_RUNNABLE_SCENARIOS: Endpoint = Endpoint::new(
            "DssAppManifest",
            "get_runnable_scenarios",
            crate::rt::Server::DSS,
            "The ids of the scenarios the app's actions run (tiles of type `SCENARIO_RUN`).",
            &[],
            None,
            ResultKind::HandWritten("Vec < & str >"),
            [true, true, false],
        );
        ///`DssAppManifest::save`.
        pub static APP_MANIFEST_SAVE: Endpoint = Endpoint::new(
            "DssAppManifest",
            "save",
            crate::rt::Server::DSS,
            "Saves the manifest to its project: the whole manifest, as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/app-manifest",
                    &[],
                    "AppManifestSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssAppManifest::get_raw`.
        pub static APP_MANIFEST_GET_RAW: Endpoint = Endpoint::new(
            "DssAppManifest",
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
        &endpoints::APP_GET_MANIFEST,
        &endpoints::APP_GET_INSTANCE,
        &endpoints::APP_MAKE_RANDOM_PROJECT_KEY,
        &endpoints::APP_CREATE_TEMPORARY_INSTANCE,
        &endpoints::PROJECT_GET_APP_MANIFEST,
        &endpoints::APP_GET_RAW_MANIFEST,
        &endpoints::APP_INSTANCE_GET_AS_PROJECT,
        &endpoints::APP_INSTANCE_GET_MANIFEST,
        &endpoints::APP_MANIFEST_GET_ALL_ACTIONS,
        &endpoints::APP_MANIFEST_GET_RUNNABLE_SCENARIOS,
        &endpoints::APP_MANIFEST_SAVE,
        &endpoints::APP_MANIFEST_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssAppInstance",
                doc: "An instance of a Dataiku app: the project it made, named by its key.",
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
                name: "DssAppManifest",
                doc: "The manifest of a Dataiku app, as DSS sent it (dataikuapi's `DSSAppManifest`): its homepage sections and their tiles (the app's actions), ...",
                fields: &[
                    HandleField {
                        name: "project_key",
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
    impl super::handles::DssApp {
        /**A handle on one instance of the app, named by its project key.

Builds a handle; sends no request.*/
        pub fn get_instance(
            &self,
            instance_key: impl Into<String>,
        ) -> super::handles::DssAppInstance {
            let instance_key = instance_key.into();
            {
                let __f_project_key = instance_key;
                super::handles::DssAppInstance {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                }
            }
        }
        /**Reads the app's manifest as DSS sends it: the request behind
[`get_manifest`](crate::DssApp::get_manifest).

`GET /apps/{app_id}/`

Returns a [`AppGetRawManifest`](requests::AppGetRawManifest) request; nothing is sent until `.send()`.*/
        pub fn get_raw_manifest(&self) -> requests::AppGetRawManifest<'_> {
            requests::AppGetRawManifest {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssProject {
        /**Reads the manifest of the project's app, to change and `save`.

`GET /projects/{project_key}/app-manifest`

Returns a [`ProjectGetAppManifest`](requests::ProjectGetAppManifest) request; nothing is sent until `.send()`.*/
        pub fn get_app_manifest(&self) -> requests::ProjectGetAppManifest<'_> {
            requests::ProjectGetAppManifest {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssAppInstance {
        /**A handle on the instance's project.

Builds a handle; sends no request.*/
        pub fn get_as_project(&self) -> super::handles::DssProject {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                super::handles::DssProject {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                }
            }
        }
        /**Reads the manifest of the app the instance runs (it cannot be saved
from here, as in dataikuapi: its `project_key` is empty).

`GET /projects/{project_key}/app-manifest`

Returns a [`AppInstanceGetManifest`](requests::AppInstanceGetManifest) request; nothing is sent until `.send()`.*/
        pub fn get_manifest(&self) -> requests::AppInstanceGetManifest<'_> {
            requests::AppInstanceGetManifest {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssAppManifest {
        /**Saves the manifest to its project: the whole manifest, as it was read
except where it was changed. One whose project is not known (its
`project_key` is empty) is
[`Error::InvalidArgument`](crate::Error::InvalidArgument), and
nothing is sent.

`PUT /projects/{project_key}/app-manifest`

Returns a [`AppManifestSave`](requests::AppManifestSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::AppManifestSave<'_> {
            requests::AppManifestSave {
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
            impl super::handles::DssApp {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_manifest(&self) -> Pending<'_, DssAppManifest> {
                    self.get_manifest()
                }
            }
            impl super::handles::DssApp {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_make_random_project_key(&self) -> String {
                    self.make_random_project_key()
                }
            }
            impl super::handles::DssApp {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_create_temporary_instance(
                    &self,
                ) -> Pending<'_, DssAppInstance> {
                    self.create_temporary_instance()
                }
            }
            impl super::handles::DssAppManifest {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_all_actions(&self) -> Vec<&Value> {
                    self.get_all_actions()
                }
            }
            impl super::handles::DssAppManifest {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_runnable_scenarios(&self) -> Vec<&str> {
                    self.get_runnable_scenarios()
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
                ("DssApp", "get_raw_manifest") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_app_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApp", ids)?;
                        let __owner = super::handles::DssApp {
                            client: ::core::clone::Clone::clone(client),
                            app_id: __id_app_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_raw_manifest();
                        let __endpoint = requests::AppGetRawManifest::ENDPOINT;
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
                ("DssAppInstance", "get_manifest") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssAppInstance", ids)?;
                        let __owner = super::handles::DssAppInstance {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_manifest();
                        let __endpoint = requests::AppInstanceGetManifest::ENDPOINT;
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
                ("DssAppManifest", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssAppManifest", ids)?;
                        let __owner = super::handles::DssAppManifest {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::AppManifestSave::ENDPOINT;
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
                "DssAppManifest" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        let mut __doc = __owner.get_app_manifest().send()?;
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
            let handle = super::handles::DssAppInstance {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssAppInstance"
            );
            checked += 1;
            let handle = super::handles::DssAppManifest {
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
                "DssAppManifest"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
