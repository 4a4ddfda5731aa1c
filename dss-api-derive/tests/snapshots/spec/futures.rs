// The expansion of `futures.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/futures.dss`.
pub mod spec_futures {
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
        /**A long-running task ("future") on the DSS server. Holds the last state
seen; [`DssFuture::wait_for_result`] polls until the task ends.*/
        #[derive(Clone)]
        pub struct DssFuture {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) job_id: String,
            pub(crate) state: Option<FutureState>,
        }
        impl DssFuture {
            ///The `job_id` this handle points at.
            pub fn job_id(&self) -> &str {
                &self.job_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssFuture {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssFuture")
                    .field("job_id", &self.job_id)
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
        ///A long-running task as listed by `list_futures` / `list_running_scenarios`.
        #[derive(Clone, PartialEq)]
        pub struct FutureSummary {
            ///The task's id.
            pub job_id: String,
            ///Whether the task is still running.
            pub alive: Option<bool>,
            ///What the task is about (for scenarios: the scenario's identifiers).
            pub payload: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for FutureSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = FutureSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `FutureSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<FutureSummary, __A::Error> {
                        let mut __m_job_id: Option<String> = None;
                        let mut __m_alive: Option<bool> = None;
                        let mut __m_payload: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "jobId" => {
                                    __m_job_id = Some(
                                        crate::rt::model::next_member(&mut __map, "jobId")?,
                                    );
                                }
                                "alive" => {
                                    __m_alive = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "alive",
                                    )?;
                                }
                                "payload" => {
                                    __m_payload = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "payload",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(FutureSummary {
                            job_id: match __m_job_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("jobId"),
                                    );
                                }
                            },
                            alive: __m_alive,
                            payload: __m_payload,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for FutureSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "jobId",
                    &self.job_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "alive",
                    &self.alive,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "payload",
                    &self.payload,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for FutureSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("FutureSummary")
                    .field("job_id", &self.job_id)
                    .field("alive", &self.alive)
                    .field("payload", &self.payload)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl FutureSummary {}
        ///The state of a long-running task (`GET /futures/{jobId}`).
        #[derive(Clone, PartialEq)]
        pub struct FutureState {
            ///The task's id.
            pub job_id: Option<String>,
            ///Whether the task is still running.
            pub alive: bool,
            ///Whether `result` holds the task's result.
            pub has_result: bool,
            ///The result, once there is one.
            pub result: Option<Value>,
            ///Progress information, while the task runs.
            pub progress: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for FutureState {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = FutureState;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `FutureState` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<FutureState, __A::Error> {
                        let mut __m_job_id: Option<String> = None;
                        let mut __m_alive: Option<bool> = None;
                        let mut __m_has_result: Option<bool> = None;
                        let mut __m_result: Option<Value> = None;
                        let mut __m_progress: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "jobId" => {
                                    __m_job_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "jobId",
                                    )?;
                                }
                                "alive" => {
                                    __m_alive = Some(
                                        crate::rt::model::next_member(&mut __map, "alive")?,
                                    );
                                }
                                "hasResult" => {
                                    __m_has_result = Some(
                                        crate::rt::model::next_member(&mut __map, "hasResult")?,
                                    );
                                }
                                "result" => {
                                    __m_result = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "result",
                                    )?;
                                }
                                "progress" => {
                                    __m_progress = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "progress",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(FutureState {
                            job_id: __m_job_id,
                            alive: __m_alive.unwrap_or_default(),
                            has_result: __m_has_result.unwrap_or_default(),
                            result: __m_result,
                            progress: __m_progress,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for FutureState {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "jobId",
                    &self.job_id,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "alive",
                    &self.alive,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "hasResult",
                    &self.has_result,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "result",
                    &self.result,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "progress",
                    &self.progress,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for FutureState {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("FutureState")
                    .field("job_id", &self.job_id)
                    .field("alive", &self.alive)
                    .field("has_result", &self.has_result)
                    .field("result", &self.result)
                    .field("progress", &self.progress)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl FutureState {}
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
        ///Request value of [`DssClient::list_futures`](crate::rt::DssClient::list_futures): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListFutures<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) all_users: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListFutures<'a> {
            /**Also list other users' tasks (needs admin rights).

Default: `false`. Sent as query parameter `allUsers`.*/
            pub fn all_users(mut self, all_users: bool) -> Self {
                self.all_users = all_users;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, all_users, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/futures/");
                __call.query("withScenarios", "false");
                __call.query("withNotScenarios", "true");
                __call.query("allUsers", &all_users);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListFutures, super::endpoints::LIST_FUTURES, json(Vec < FutureSummary >,
            "Sends the request (`GET /futures/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListFutures<'_> {}
        ///Request value of [`DssClient::list_running_scenarios`](crate::rt::DssClient::list_running_scenarios): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListRunningScenarios<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) all_users: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListRunningScenarios<'a> {
            /**Also list other users' scenario runs (needs admin rights).

Default: `false`. Sent as query parameter `allUsers`.*/
            pub fn all_users(mut self, all_users: bool) -> Self {
                self.all_users = all_users;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, all_users, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/futures/");
                __call.query("withScenarios", "true");
                __call.query("withNotScenarios", "false");
                __call.query("allUsers", &all_users);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListRunningScenarios, super::endpoints::LIST_RUNNING_SCENARIOS, json(Vec <
            FutureSummary >,
            "Sends the request (`GET /futures/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListRunningScenarios<'_> {}
        ///Request value of [`DssFuture::abort`](super::super::handles::DssFuture::abort): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct FutureAbort<'a> {
            pub(crate) __owner: &'a super::super::handles::DssFuture,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> FutureAbort<'a> {
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
                __call.lit("/futures/");
                __call.segment("job_id", &__owner.job_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            FutureAbort, super::endpoints::FUTURE_ABORT,
            unit("Sends the request (`DELETE /futures/{job_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for FutureAbort<'_> {}
        ///Request value of [`DssFuture::get_state`](super::super::handles::DssFuture::get_state): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct FutureGetState<'a> {
            pub(crate) __owner: &'a super::super::handles::DssFuture,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> FutureGetState<'a> {
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
                __call.lit("/futures/");
                __call.segment("job_id", &__owner.job_id, false)?;
                __call.query("peek", "false");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            FutureGetState, super::endpoints::FUTURE_GET_STATE, json(FutureState,
            "Sends the request (`GET /futures/{job_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for FutureGetState<'_> {}
        ///Request value of [`DssFuture::peek_state`](super::super::handles::DssFuture::peek_state): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct FuturePeekState<'a> {
            pub(crate) __owner: &'a super::super::handles::DssFuture,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> FuturePeekState<'a> {
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
                __call.lit("/futures/");
                __call.segment("job_id", &__owner.job_id, false)?;
                __call.query("peek", "true");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            FuturePeekState, super::endpoints::FUTURE_PEEK_STATE, json(FutureState,
            "Sends the request (`GET /futures/{job_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for FuturePeekState<'_> {}
        crate::rt::request_list!(
            ListFutures, ListRunningScenarios, FutureAbort, FutureGetState,
            FuturePeekState
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_futures`.
        pub static LIST_FUTURES: Endpoint = Endpoint::new(
            "DssClient",
            "list_futures",
            crate::rt::Server::DSS,
            "Lists the long tasks currently running.",
            &[
                Arg::new(
                    "all_users",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("allUsers"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/futures/",
                    &[("withScenarios", "false"), ("withNotScenarios", "true")],
                    "ListFutures",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < FutureSummary >"),
            [false, true, false],
        );
        ///`DssClient::list_running_scenarios`.
        pub static LIST_RUNNING_SCENARIOS: Endpoint = Endpoint::new(
            "DssClient",
            "list_running_scenarios",
            crate::rt::Server::DSS,
            "Lists the scenarios currently running; each item's `payload` names the scenario.",
            &[
                Arg::new(
                    "all_users",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("allUsers"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/futures/",
                    &[("withScenarios", "true"), ("withNotScenarios", "false")],
                    "ListRunningScenarios",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < FutureSummary >"),
            [false, true, false],
        );
        ///`DssClient::get_future`.
        pub static GET_FUTURE: Endpoint = Endpoint::new(
            "DssClient",
            "get_future",
            crate::rt::Server::DSS,
            "A handle on one long task, e.g.",
            &[Arg::new("job_id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssFuture"),
            [false, true, false],
        );
        ///`DssFuture::abort`.
        pub static FUTURE_ABORT: Endpoint = Endpoint::new(
            "DssFuture",
            "abort",
            crate::rt::Server::DSS,
            "Asks the server to abort the task.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/futures/{job_id}",
                    &[],
                    "FutureAbort",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssFuture::get_state`.
        pub static FUTURE_GET_STATE: Endpoint = Endpoint::new(
            "DssFuture",
            "get_state",
            crate::rt::Server::DSS,
            "Fetches the task's current state, result included when there is one.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/futures/{job_id}",
                    &[("peek", "false")],
                    "FutureGetState",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("FutureState"),
            [false, true, false],
        );
        ///`DssFuture::peek_state`.
        pub static FUTURE_PEEK_STATE: Endpoint = Endpoint::new(
            "DssFuture",
            "peek_state",
            crate::rt::Server::DSS,
            "Fetches the task's state without its result (lighter, for polling).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/futures/{job_id}",
                    &[("peek", "true")],
                    "FuturePeekState",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("FutureState"),
            [false, true, false],
        );
        ///`DssFuture::from_resp`.
        pub static FUTURE_FROM_RESP: Endpoint = Endpoint::new(
            "DssFuture",
            "from_resp",
            crate::rt::Server::DSS,
            "A handle on the task an answer describes (`{jobId, hasResult, result, alive, ..}`), holding that answer as its last state.",
            &[
                Arg::new(
                    "client",
                    "& DssClient",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new("resp", "Value", Presence::Required, Place::HandWritten, false),
            ],
            None,
            ResultKind::HandWritten("Result < DssFuture >"),
            [true, true, true],
        );
        ///`DssFuture::has_result`.
        pub static FUTURE_HAS_RESULT: Endpoint = Endpoint::new(
            "DssFuture",
            "has_result",
            crate::rt::Server::DSS,
            "Whether the task has a result, asking the server unless one is already known.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , bool >"),
            [true, true, false],
        );
        ///`DssFuture::get_result`.
        pub static FUTURE_GET_RESULT: Endpoint = Endpoint::new(
            "DssFuture",
            "get_result",
            crate::rt::Server::DSS,
            "The result if the task has one now; `None` while it runs; an error if it ended without one.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Option < Value > >"),
            [true, true, false],
        );
        ///`DssFuture::wait_for_result`.
        pub static FUTURE_WAIT_FOR_RESULT: Endpoint = Endpoint::new(
            "DssFuture",
            "wait_for_result",
            crate::rt::Server::DSS,
            "Waits for the task and returns its result (dataikuapi's name for `wait`).",
            &[],
            None,
            ResultKind::HandWritten("Waiting < '_ , 'static , Value >"),
            [true, true, false],
        );
        ///`DssFuture::refresh`.
        pub static FUTURE_REFRESH: Endpoint = Endpoint::new(
            "DssFuture",
            "refresh",
            crate::rt::Server::DSS,
            "Reads the task's state again and keeps it.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , & FutureState >"),
            [true, true, false],
        );
        ///`DssFuture::wait`.
        pub static FUTURE_WAIT: Endpoint = Endpoint::new(
            "DssFuture",
            "wait",
            crate::rt::Server::DSS,
            "Polls until the task ends, with backoff, a deadline and a progress callback, then returns its result.",
            &[],
            None,
            ResultKind::HandWritten("Waiting < '_ , 'static , Value >"),
            [true, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::LIST_FUTURES,
        &endpoints::LIST_RUNNING_SCENARIOS,
        &endpoints::GET_FUTURE,
        &endpoints::FUTURE_ABORT,
        &endpoints::FUTURE_GET_STATE,
        &endpoints::FUTURE_PEEK_STATE,
        &endpoints::FUTURE_FROM_RESP,
        &endpoints::FUTURE_HAS_RESULT,
        &endpoints::FUTURE_GET_RESULT,
        &endpoints::FUTURE_WAIT_FOR_RESULT,
        &endpoints::FUTURE_REFRESH,
        &endpoints::FUTURE_WAIT,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssFuture",
                doc: "A long-running task (\"future\") on the DSS server.",
                fields: &[
                    HandleField {
                        name: "job_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "state",
                        ty: Some("Option < FutureState >"),
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
                name: "FutureSummary",
                doc: "A long-running task as listed by `list_futures` / `list_running_scenarios`.",
                members: &[
                    ModelMember {
                        name: "job_id",
                        wire: "jobId",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "alive",
                        wire: "alive",
                        ty: "Option < bool >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "payload",
                        wire: "payload",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "FutureState",
                doc: "The state of a long-running task (`GET /futures/{jobId}`).",
                members: &[
                    ModelMember {
                        name: "job_id",
                        wire: "jobId",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "alive",
                        wire: "alive",
                        ty: "bool",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "has_result",
                        wire: "hasResult",
                        ty: "bool",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "result",
                        wire: "result",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "progress",
                        wire: "progress",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Lists the long tasks currently running.

`GET /futures/` (always with `withScenarios=false`, `withNotScenarios=true`)

Optional arguments, set by name on the returned request:
- `all_users`: Default: `false`. Sent as query parameter `allUsers`.

Returns a [`ListFutures`](requests::ListFutures) request; nothing is sent until `.send()`.*/
        pub fn list_futures(&self) -> requests::ListFutures<'_> {
            requests::ListFutures {
                __owner: self,
                all_users: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the scenarios currently running; each item's `payload` names
the scenario.

`GET /futures/` (always with `withScenarios=true`, `withNotScenarios=false`)

Optional arguments, set by name on the returned request:
- `all_users`: Default: `false`. Sent as query parameter `allUsers`.

Returns a [`ListRunningScenarios`](requests::ListRunningScenarios) request; nothing is sent until `.send()`.*/
        pub fn list_running_scenarios(&self) -> requests::ListRunningScenarios<'_> {
            requests::ListRunningScenarios {
                __owner: self,
                all_users: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one long task, e.g. to abort it.

Builds a handle; sends no request.*/
        pub fn get_future(
            &self,
            job_id: impl Into<String>,
        ) -> super::handles::DssFuture {
            let job_id = job_id.into();
            {
                let __f_job_id = job_id;
                let __f_state = ::core::default::Default::default();
                super::handles::DssFuture {
                    client: ::core::clone::Clone::clone(self),
                    job_id: __f_job_id,
                    state: __f_state,
                }
            }
        }
    }
    impl super::handles::DssFuture {
        /**Asks the server to abort the task.

`DELETE /futures/{job_id}`

Returns a [`FutureAbort`](requests::FutureAbort) request; nothing is sent until `.send()`.*/
        pub fn abort(&self) -> requests::FutureAbort<'_> {
            requests::FutureAbort {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Fetches the task's current state, result included when there is one.

`GET /futures/{job_id}` (always with `peek=false`)

Returns a [`FutureGetState`](requests::FutureGetState) request; nothing is sent until `.send()`.*/
        pub fn get_state(&self) -> requests::FutureGetState<'_> {
            requests::FutureGetState {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Fetches the task's state without its result (lighter, for polling).

`GET /futures/{job_id}` (always with `peek=true`)

Returns a [`FuturePeekState`](requests::FuturePeekState) request; nothing is sent until `.send()`.*/
        pub fn peek_state(&self) -> requests::FuturePeekState<'_> {
            requests::FuturePeekState {
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
            impl super::handles::DssFuture {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_from_resp(
                    client: &DssClient,
                    resp: Value,
                ) -> Result<DssFuture> {
                    Self::from_resp(client, resp)
                }
            }
            impl super::handles::DssFuture {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_has_result(&mut self) -> Pending<'_, bool> {
                    self.has_result()
                }
            }
            impl super::handles::DssFuture {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_result(&mut self) -> Pending<'_, Option<Value>> {
                    self.get_result()
                }
            }
            impl super::handles::DssFuture {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_wait_for_result(
                    &mut self,
                ) -> Waiting<'_, 'static, Value> {
                    self.wait_for_result()
                }
            }
            impl super::handles::DssFuture {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_refresh(&mut self) -> Pending<'_, &FutureState> {
                    self.refresh()
                }
            }
            impl super::handles::DssFuture {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_wait(&mut self) -> Waiting<'_, 'static, Value> {
                    self.wait()
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
                ("DssClient", "list_futures") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_futures();
                        let __endpoint = requests::ListFutures::ENDPOINT;
                        if let Some(__v) = args.opt_bool("all_users")? {
                            __r = __r.all_users(__v);
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
                ("DssClient", "list_running_scenarios") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_running_scenarios();
                        let __endpoint = requests::ListRunningScenarios::ENDPOINT;
                        if let Some(__v) = args.opt_bool("all_users")? {
                            __r = __r.all_users(__v);
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
                ("DssFuture", "abort") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_job_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssFuture", ids)?;
                        let __owner = super::handles::DssFuture {
                            client: ::core::clone::Clone::clone(client),
                            job_id: __id_job_id,
                            state: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.abort();
                        let __endpoint = requests::FutureAbort::ENDPOINT;
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
                ("DssFuture", "get_state") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_job_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssFuture", ids)?;
                        let __owner = super::handles::DssFuture {
                            client: ::core::clone::Clone::clone(client),
                            job_id: __id_job_id,
                            state: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_state();
                        let __endpoint = requests::FutureGetState::ENDPOINT;
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
                ("DssFuture", "peek_state") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_job_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssFuture", ids)?;
                        let __owner = super::handles::DssFuture {
                            client: ::core::clone::Clone::clone(client),
                            job_id: __id_job_id,
                            state: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.peek_state();
                        let __endpoint = requests::FuturePeekState::ENDPOINT;
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
            let model: super::models::FutureSummary = ::serde_json::from_str(
                    "{\"jobId\":\"plain\",\"alive\":true,\"payload\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "FutureSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "FutureSummary"
            );
            checked += 1;
            let model: super::models::FutureState = ::serde_json::from_str(
                    "{\"jobId\":\"plain\",\"alive\":true,\"hasResult\":true,\"result\":{\"k\":\"plain\"},\"progress\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "FutureState")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "FutureState"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssFuture {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                job_id: ::std::string::String::from("plain"),
                state: ::serde_json::from_str(
                        "{\"jobId\":\"plain\",\"alive\":true,\"hasResult\":true,\"result\":{\"k\":\"plain\"},\"progress\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                    )
                    .unwrap_or_else(|e| {
                        panic!("cannot build `{}`'s `{}`: {e}", "DssFuture", "state")
                    }),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssFuture"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
