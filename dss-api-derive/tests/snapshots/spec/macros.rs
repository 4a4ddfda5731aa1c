// The expansion of `macros.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/macros.dss`.
pub mod spec_macros {
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
        /**A macro of a project (dataikuapi's `DSSMacro`), named by its runnable
type (`pyrunnable_builtin-macros_list-datasets-using-connection`, ...):
its definition, its runs, their state and result.*/
        #[derive(Clone)]
        pub struct DssMacro {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) runnable_type: String,
        }
        impl DssMacro {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `runnable_type` this handle points at.
            pub fn runnable_type(&self) -> &str {
                &self.runnable_type
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssMacro {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssMacro")
                    .field("project_key", &self.project_key)
                    .field("runnable_type", &self.runnable_type)
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
        ///Request value of [`DssProject::list_macros`](super::super::handles::DssProject::list_macros): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListMacros<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListMacros<'a> {
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
                __call.lit("/runnables/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListMacros, super::endpoints::PROJECT_LIST_MACROS, json(Value,
            "Sends the request (`GET /projects/{project_key}/runnables/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListMacros<'_> {}
        ///Request value of [`DssMacro::get_definition`](super::super::handles::DssMacro::get_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MacroGetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMacro,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MacroGetDefinition<'a> {
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
                __call.lit("/runnables/");
                __call.segment("runnable_type", &__owner.runnable_type, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MacroGetDefinition, super::endpoints::MACRO_GET_DEFINITION, json(Value,
            "Sends the request (`GET /projects/{project_key}/runnables/{runnable_type}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MacroGetDefinition<'_> {}
        ///Request value of [`DssMacro::run`](super::super::handles::DssMacro::run): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MacroRun<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMacro,
            pub(crate) params: ::serde_json::Value,
            pub(crate) admin_params: ::serde_json::Value,
            pub(crate) wait: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MacroRun<'a> {
            /**The run's parameters.

Default: `{}`. Sent as JSON member `params`.*/
            pub fn params(mut self, params: impl Into<::serde_json::Value>) -> Self {
                self.params = params.into();
                self
            }
            /**The run's admin parameters (ignored unless the client has admin
rights).

Default: `{}`. Sent as JSON member `adminParams`.*/
            pub fn admin_params(
                mut self,
                admin_params: impl Into<::serde_json::Value>,
            ) -> Self {
                self.admin_params = admin_params.into();
                self
            }
            /**Answer once the run has ended.

Default: `true`. Sent as query parameter `wait`.*/
            pub fn wait(mut self, wait: bool) -> Self {
                self.wait = wait;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, params, admin_params, wait, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/runnables/");
                __call.segment("runnable_type", &__owner.runnable_type, false)?;
                __call.query("wait", &wait);
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("params"),
                                    ::serde_json::Value::from(params),
                                );
                            __map
                                .insert(
                                    String::from("adminParams"),
                                    ::serde_json::Value::from(admin_params),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/runnables/{runnable_type}`) and returns the answer.
            pub fn send(self) -> Result<String, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<
                            String,
                        >(__answer, "runId", false, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(MacroRun, super::endpoints::MACRO_RUN, send_as);
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MacroRun<'_> {}
        ///Request value of [`DssMacro::abort`](super::super::handles::DssMacro::abort): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MacroAbort<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMacro,
            pub(crate) run_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MacroAbort<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, run_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/runnables/");
                __call.segment("runnable_type", &__owner.runnable_type, false)?;
                __call.lit("/abort/");
                __call.segment("run_id", &run_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MacroAbort, super::endpoints::MACRO_ABORT,
            unit("Sends the request (`POST /projects/{project_key}/runnables/{runnable_type}/abort/{run_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MacroAbort<'_> {}
        ///Request value of [`DssMacro::get_status`](super::super::handles::DssMacro::get_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MacroGetStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMacro,
            pub(crate) run_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MacroGetStatus<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, run_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/runnables/");
                __call.segment("runnable_type", &__owner.runnable_type, false)?;
                __call.lit("/state/");
                __call.segment("run_id", &run_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MacroGetStatus, super::endpoints::MACRO_GET_STATUS, json(Value,
            "Sends the request (`GET /projects/{project_key}/runnables/{runnable_type}/state/{run_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MacroGetStatus<'_> {}
        ///Request value of [`DssMacro::get_result`](super::super::handles::DssMacro::get_result): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MacroGetResult<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMacro,
            pub(crate) run_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MacroGetResult<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, run_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/runnables/");
                __call.segment("runnable_type", &__owner.runnable_type, false)?;
                __call.lit("/result/");
                __call.segment("run_id", &run_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MacroGetResult, super::endpoints::MACRO_GET_RESULT,
            stream("Sends the request (`GET /projects/{project_key}/runnables/{runnable_type}/result/{run_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MacroGetResult<'_> {}
        crate::rt::request_list!(
            ProjectListMacros, MacroGetDefinition, MacroRun, MacroAbort, MacroGetStatus,
            MacroGetResult
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_macros`.
        pub static PROJECT_LIST_MACROS: Endpoint = Endpoint::new(
            "DssProject",
            "list_macros",
            crate::rt::Server::DSS,
            "Lists the macros the project can run, each with its `runnableType` (which names it for `get_macro`), label and parameters.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/runnables/",
                    &[],
                    "ProjectListMacros",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::get_macro`.
        pub static PROJECT_GET_MACRO: Endpoint = Endpoint::new(
            "DssProject",
            "get_macro",
            crate::rt::Server::DSS,
            "A handle on one macro of the project.",
            &[
                Arg::new(
                    "runnable_type",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssMacro"),
            [false, true, false],
        );
        ///`DssMacro::get_definition`.
        pub static MACRO_GET_DEFINITION: Endpoint = Endpoint::new(
            "DssMacro",
            "get_definition",
            crate::rt::Server::DSS,
            "Reads the macro's definition: its parameters, admin parameters (empty unless the client has admin rights) and the kind of result it gives (`resultType`), as its `runnable.json` says.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/runnables/{runnable_type}",
                    &[],
                    "MacroGetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssMacro::run`.
        pub static MACRO_RUN: Endpoint = Endpoint::new(
            "DssMacro",
            "run",
            crate::rt::Server::DSS,
            "Runs the macro and returns the run's id (for `get_status`, `get_result`, `abort` and `wait_for_run`).",
            &[
                Arg::new(
                    "params",
                    "json",
                    Presence::Default("{}"),
                    Place::Member {
                        path: "params",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "admin_params",
                    "json",
                    Presence::Default("{}"),
                    Place::Member {
                        path: "adminParams",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "wait",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("wait"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/runnables/{runnable_type}",
                    &[],
                    "MacroRun",
                    [true, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "String",
                member: "runId",
                each_item: false,
            },
            [false, true, false],
        );
        ///`DssMacro::abort`.
        pub static MACRO_ABORT: Endpoint = Endpoint::new(
            "DssMacro",
            "abort",
            crate::rt::Server::DSS,
            "Aborts a run of the macro.",
            &[Arg::new("run_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/runnables/{runnable_type}/abort/{run_id}",
                    &[],
                    "MacroAbort",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssMacro::get_status`.
        pub static MACRO_GET_STATUS: Endpoint = Endpoint::new(
            "DssMacro",
            "get_status",
            crate::rt::Server::DSS,
            "Reads the state of a run of the macro: `running` says whether it is still going.",
            &[Arg::new("run_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/runnables/{runnable_type}/state/{run_id}",
                    &[],
                    "MacroGetStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssMacro::get_result`.
        pub static MACRO_GET_RESULT: Endpoint = Endpoint::new(
            "DssMacro",
            "get_result",
            crate::rt::Server::DSS,
            "Reads the result of an ended run, as a byte stream (its kind is the definition's `resultType`: JSON for `RESULT_TABLE` and `JSON_OBJECT`, HTML, a file, ...).",
            &[Arg::new("run_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/runnables/{runnable_type}/result/{run_id}",
                    &[],
                    "MacroGetResult",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssMacro::wait_for_run`.
        pub static MACRO_WAIT_FOR_RUN: Endpoint = Endpoint::new(
            "DssMacro",
            "wait_for_run",
            crate::rt::Server::DSS,
            "Waits for a run started with `run().wait(false)`, polling its state until it is no longer `running`, and returns that last state; a run that ended with an error is an error naming it (unless `no_fail`).",
            &[
                Arg::new(
                    "run_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Waiting < '_ , 'static , Value >"),
            [true, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::PROJECT_LIST_MACROS,
        &endpoints::PROJECT_GET_MACRO,
        &endpoints::MACRO_GET_DEFINITION,
        &endpoints::MACRO_RUN,
        &endpoints::MACRO_ABORT,
        &endpoints::MACRO_GET_STATUS,
        &endpoints::MACRO_GET_RESULT,
        &endpoints::MACRO_WAIT_FOR_RUN,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssMacro",
                doc: "A macro of a project (dataikuapi's `DSSMacro`), named by its runnable type (`pyrunnable_builtin-macros_list-datasets-using-connection`, ...): its definition, its runs, their state and result.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "runnable_type",
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
        /**Lists the macros the project can run, each with its `runnableType`
(which names it for `get_macro`), label and parameters.

`GET /projects/{project_key}/runnables/`

Returns a [`ProjectListMacros`](requests::ProjectListMacros) request; nothing is sent until `.send()`.*/
        pub fn list_macros(&self) -> requests::ProjectListMacros<'_> {
            requests::ProjectListMacros {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one macro of the project.

Builds a handle; sends no request.*/
        pub fn get_macro(
            &self,
            runnable_type: impl Into<String>,
        ) -> super::handles::DssMacro {
            let runnable_type = runnable_type.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_runnable_type = runnable_type;
                super::handles::DssMacro {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    runnable_type: __f_runnable_type,
                }
            }
        }
    }
    impl super::handles::DssMacro {
        /**Reads the macro's definition: its parameters, admin parameters
(empty unless the client has admin rights) and the kind of result
it gives (`resultType`), as its `runnable.json` says.

`GET /projects/{project_key}/runnables/{runnable_type}`

Returns a [`MacroGetDefinition`](requests::MacroGetDefinition) request; nothing is sent until `.send()`.*/
        pub fn get_definition(&self) -> requests::MacroGetDefinition<'_> {
            requests::MacroGetDefinition {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Runs the macro and returns the run's id (for `get_status`,
`get_result`, `abort` and `wait_for_run`). By default DSS answers
once the run has ended; with `wait(false)` it answers at once and
the run goes on (`wait_for_run` waits for it).

`POST /projects/{project_key}/runnables/{runnable_type}`

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `params`: Default: `{}`. Sent as JSON member `params`.
- `admin_params`: Default: `{}`. Sent as JSON member `adminParams`.
- `wait`: Default: `true`. Sent as query parameter `wait`.

Returns a [`MacroRun`](requests::MacroRun) request; nothing is sent until `.send()`.*/
        pub fn run(&self) -> requests::MacroRun<'_> {
            requests::MacroRun {
                __owner: self,
                params: ::serde_json::Value::Object(::serde_json::Map::new()),
                admin_params: ::serde_json::Value::Object(::serde_json::Map::new()),
                wait: true,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Aborts a run of the macro.

`POST /projects/{project_key}/runnables/{runnable_type}/abort/{run_id}`

Safe to send twice (aborting a run that is already aborted changes nothing): a retry policy may repeat it.

Arguments:
- `run_id`: The run's id, as `run` answered it. Sent as a path segment.

Returns a [`MacroAbort`](requests::MacroAbort) request; nothing is sent until `.send()`.*/
        pub fn abort(&self, run_id: impl Into<String>) -> requests::MacroAbort<'_> {
            requests::MacroAbort {
                __owner: self,
                run_id: run_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the state of a run of the macro: `running` says whether it is
still going. Once its result has been read, the run is gone and
DSS no longer knows it.

`GET /projects/{project_key}/runnables/{runnable_type}/state/{run_id}`

Arguments:
- `run_id`: The run's id, as `run` answered it. Sent as a path segment.

Returns a [`MacroGetStatus`](requests::MacroGetStatus) request; nothing is sent until `.send()`.*/
        pub fn get_status(
            &self,
            run_id: impl Into<String>,
        ) -> requests::MacroGetStatus<'_> {
            requests::MacroGetStatus {
                __owner: self,
                run_id: run_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the result of an ended run, as a byte stream (its kind is the
definition's `resultType`: JSON for `RESULT_TABLE` and
`JSON_OBJECT`, HTML, a file, ...).

`GET /projects/{project_key}/runnables/{runnable_type}/result/{run_id}`

Arguments:
- `run_id`: The run's id, as `run` answered it. Sent as a path segment.

Returns a [`MacroGetResult`](requests::MacroGetResult) request; nothing is sent until `.send()`.*/
        pub fn get_result(
            &self,
            run_id: impl Into<String>,
        ) -> requests::MacroGetResult<'_> {
            requests::MacroGetResult {
                __owner: self,
                run_id: run_id.into(),
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
            impl super::handles::DssMacro {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_wait_for_run(
                    &self,
                    run_id: &str,
                ) -> Waiting<'_, 'static, Value> {
                    self.wait_for_run(run_id)
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
                ("DssProject", "list_macros") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_macros();
                        let __endpoint = requests::ProjectListMacros::ENDPOINT;
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
                ("DssMacro", "get_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_runnable_type] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssMacro", ids)?;
                        let __owner = super::handles::DssMacro {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            runnable_type: __id_runnable_type,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_definition();
                        let __endpoint = requests::MacroGetDefinition::ENDPOINT;
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
                ("DssMacro", "run") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_runnable_type] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssMacro", ids)?;
                        let __owner = super::handles::DssMacro {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            runnable_type: __id_runnable_type,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.run();
                        let __endpoint = requests::MacroRun::ENDPOINT;
                        if let Some(__v) = args.opt_json("params")? {
                            __r = __r.params(__v);
                        }
                        if let Some(__v) = args.opt_json("admin_params")? {
                            __r = __r.admin_params(__v);
                        }
                        if let Some(__v) = args.opt_bool("wait")? {
                            __r = __r.wait(__v);
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
                ("DssMacro", "abort") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_runnable_type] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssMacro", ids)?;
                        let __owner = super::handles::DssMacro {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            runnable_type: __id_runnable_type,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.abort(args.str("run_id")?);
                        let __endpoint = requests::MacroAbort::ENDPOINT;
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
                ("DssMacro", "get_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_runnable_type] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssMacro", ids)?;
                        let __owner = super::handles::DssMacro {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            runnable_type: __id_runnable_type,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_status(args.str("run_id")?);
                        let __endpoint = requests::MacroGetStatus::ENDPOINT;
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
                ("DssMacro", "get_result") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_runnable_type] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssMacro", ids)?;
                        let __owner = super::handles::DssMacro {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            runnable_type: __id_runnable_type,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_result(args.str("run_id")?);
                        let __endpoint = requests::MacroGetResult::ENDPOINT;
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
            let handle = super::handles::DssMacro {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                runnable_type: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssMacro"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
