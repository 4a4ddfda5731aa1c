// The expansion of `node.dss`, as generated from `tests/fixtures/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `tests/fixtures/node.dss`.
pub mod spec_node {
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
        /**A client of a scoring node: its services are reached under
`/public/api/v1`, with or without an API key.*/
        #[derive(Clone)]
        pub struct ScoringClient {
            /// The transport: a client of this server's base path.
            core: crate::rt::DssClient,
            pub(crate) service_id: String,
        }
        impl ScoringClient {
            ///A client for `host` (`https://host:port`), with an API key when the server asks for one (`None`: no credential), with the default settings of [`ClientBuilder`](crate::ClientBuilder).
            pub fn new(
                host: impl ::core::convert::Into<String>,
                service_id: impl ::core::convert::Into<String>,
                api_key: ::core::option::Option<&str>,
            ) -> crate::rt::Result<Self> {
                let builder = Self::builder(host, service_id);
                let builder = match api_key {
                    ::core::option::Option::Some(key) => builder.api_key(key),
                    ::core::option::Option::None => builder,
                };
                builder.build()
            }
            ///Starts configuring a client for `host`: every option of [`ClientBuilder`](crate::ClientBuilder) (credentials, TLS, proxy, time bounds, retries, headers); its requests go under `/public/api/v1`.
            pub fn builder(
                host: impl ::core::convert::Into<String>,
                service_id: impl ::core::convert::Into<String>,
            ) -> crate::rt::ClientBuilder<Self> {
                crate::rt::ClientBuilder::for_client(
                    host,
                    ::std::vec![::core::convert::Into:: < String > ::into(service_id)],
                )
            }
            /// The host this client talks to, as given (without a trailing `/`).
            pub fn host(&self) -> &str {
                self.core.host()
            }
            ///The `service_id` this client was made for.
            pub fn service_id(&self) -> &str {
                &self.service_id
            }
            /// A request on any path of this server's API (under its base
            /// path), for an endpoint the spec lacks: the same credential, time
            /// bounds, retries, errors and logs as every method; the mock stubs
            /// it too.
            pub fn raw(
                &self,
                verb: crate::Verb,
                path: &str,
            ) -> crate::requests::RawRequest<'_> {
                crate::requests::RawRequest::new(
                    &self.core,
                    &super::endpoints::SCORING_CLIENT_RAW,
                    verb,
                    path,
                )
            }
        }
        impl crate::rt::ServerClient for ScoringClient {
            const SERVER: crate::rt::Server = crate::rt::Server::new(
                "ScoringClient",
                "/public/api/v1",
                false,
            );
            fn core(&self) -> &crate::rt::DssClient {
                &self.core
            }
            fn from_core(
                core: crate::rt::DssClient,
                ids: ::std::vec::Vec<String>,
            ) -> Self {
                #[allow(unused_mut, unused_variables)]
                let mut ids = ids.into_iter();
                ScoringClient {
                    core,
                    service_id: ids.next().unwrap_or_default(),
                }
            }
        }
        impl ::core::fmt::Debug for ScoringClient {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ScoringClient")
                    .field("host", &self.core.host())
                    .field("service_id", &self.service_id)
                    .field("auth", &crate::rt::auth_kind(&self.core))
                    .finish()
            }
        }
        ///An endpoint of a service.
        #[derive(Clone)]
        pub struct ScoringEndpoint {
            pub(crate) client: super::handles::ScoringClient,
            pub(crate) service_id: String,
            pub(crate) endpoint_id: String,
        }
        impl ScoringEndpoint {
            ///The `service_id` this handle points at.
            pub fn service_id(&self) -> &str {
                &self.service_id
            }
            ///The `endpoint_id` this handle points at.
            pub fn endpoint_id(&self) -> &str {
                &self.endpoint_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &super::handles::ScoringClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for ScoringEndpoint {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ScoringEndpoint")
                    .field("service_id", &self.service_id)
                    .field("endpoint_id", &self.endpoint_id)
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
        ///What a prediction answers.
        #[derive(Clone, PartialEq)]
        pub struct Prediction {
            ///The predicted value.
            pub prediction: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for Prediction {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = Prediction;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `Prediction` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<Prediction, __A::Error> {
                        let mut __m_prediction: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "prediction" => {
                                    __m_prediction = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "prediction",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(Prediction {
                            prediction: __m_prediction,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for Prediction {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "prediction",
                    &self.prediction,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for Prediction {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("Prediction")
                    .field("prediction", &self.prediction)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl Prediction {}
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
        ///Request value of [`ScoringClient::predict_record`](super::super::handles::ScoringClient::predict_record): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScoringClientPredictRecord<'a> {
            pub(crate) __owner: &'a super::super::handles::ScoringClient,
            pub(crate) endpoint_id: String,
            pub(crate) features: ::serde_json::Value,
            pub(crate) generation: Option<String>,
            pub(crate) dispatch_key: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScoringClientPredictRecord<'a> {
            /**Sets `generation`.

Unset by default (then sent as `null`). Sent as JSON member `dispatch.forcedGeneration`, converted by `first_set`.*/
            pub fn generation(mut self, generation: impl Into<String>) -> Self {
                self.generation = Some(generation.into());
                self
            }
            /**Sets `dispatch_key`.

Unset by default (then sent as `null`). Sent as JSON member `dispatch.dispatchKey`, converted by `first_set`.*/
            pub fn dispatch_key(mut self, dispatch_key: impl Into<String>) -> Self {
                self.dispatch_key = Some(dispatch_key.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    endpoint_id,
                    features,
                    generation,
                    dispatch_key,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/");
                __call.segment("endpoint_id", &endpoint_id, false)?;
                __call.lit("/predict");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("features"),
                                    ::serde_json::Value::from(features),
                                );
                            let __v = crate::rt::convert::first_set(
                                {
                                    let mut __map = ::serde_json::Map::new();
                                    __map
                                        .insert(
                                            String::from("forcedGeneration"),
                                            ::serde_json::Value::from(generation),
                                        );
                                    __map
                                        .insert(
                                            String::from("dispatchKey"),
                                            ::serde_json::Value::from(dispatch_key),
                                        );
                                    ::serde_json::Value::Object(__map)
                                },
                                "first_set",
                            )?;
                            if !__v.is_null() {
                                __map.insert(String::from("dispatch"), __v);
                            }
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScoringClientPredictRecord, super::endpoints::SCORING_CLIENT_PREDICT_RECORD,
            json(Prediction,
            "Sends the request (`POST /{service_id}/{endpoint_id}/predict`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScoringClientPredictRecord<'_> {}
        ///Request value of [`ScoringClient::run`](super::super::handles::ScoringClient::run): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScoringClientRun<'a> {
            pub(crate) __owner: &'a super::super::handles::ScoringClient,
            pub(crate) endpoint_id: String,
            pub(crate) arguments: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScoringClientRun<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, endpoint_id, arguments, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/");
                __call.segment("endpoint_id", &endpoint_id, false)?;
                __call.lit("/run");
                let __body = crate::rt::convert::nonempty(
                    ::serde_json::Value::from(arguments),
                    "arguments",
                )?;
                if !__body.is_null() {
                    __call.json(&__body)?;
                }
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScoringClientRun, super::endpoints::SCORING_CLIENT_RUN, json(Value,
            "Sends the request (`POST /{service_id}/{endpoint_id}/run`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScoringClientRun<'_> {}
        ///Request value of [`ScoringEndpoint::lookup`](super::super::handles::ScoringEndpoint::lookup): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScoringEndpointLookup<'a> {
            pub(crate) __owner: &'a super::super::handles::ScoringEndpoint,
            pub(crate) data: ::serde_json::Value,
            pub(crate) context: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScoringEndpointLookup<'a> {
            /**Sets `context`.

Unset by default (then sent as `null`). Sent as JSON member `context`.*/
            pub fn context(mut self, context: impl Into<::serde_json::Value>) -> Self {
                self.context = Some(context.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, data, context, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/");
                __call.segment("endpoint_id", &__owner.endpoint_id, false)?;
                __call.lit("/lookup");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("data"),
                                    ::serde_json::Value::from(data),
                                );
                            __map
                                .insert(
                                    String::from("context"),
                                    ::serde_json::Value::from(context),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ScoringEndpointLookup, super::endpoints::SCORING_ENDPOINT_LOOKUP, json(Value,
            "Sends the request (`POST /{service_id}/{endpoint_id}/lookup`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScoringEndpointLookup<'_> {}
        ///Request value of [`ScoringEndpoint::lookup_first`](super::super::handles::ScoringEndpoint::lookup_first): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ScoringEndpointLookupFirst<'a> {
            pub(crate) __owner: &'a super::super::handles::ScoringEndpoint,
            pub(crate) data: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ScoringEndpointLookupFirst<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, data, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/");
                __call.segment("endpoint_id", &__owner.endpoint_id, false)?;
                __call.lit("/lookup");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("data"),
                                    ::serde_json::Value::from(data),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /{service_id}/{endpoint_id}/lookup`) and returns the answer.
            pub fn send(self) -> Result<Value, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<
                            Value,
                        >(__answer, "results.0", false, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            ScoringEndpointLookupFirst, super::endpoints::SCORING_ENDPOINT_LOOKUP_FIRST,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ScoringEndpointLookupFirst<'_> {}
        crate::rt::request_list!(
            ScoringClientPredictRecord, ScoringClientRun, ScoringEndpointLookup,
            ScoringEndpointLookupFirst
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`ScoringClient::predict_record`.
        pub static SCORING_CLIENT_PREDICT_RECORD: Endpoint = Endpoint::new(
            "ScoringClient",
            "predict_record",
            crate::rt::Server::new("ScoringClient", "/public/api/v1", false),
            "Scores one record.",
            &[
                Arg::new("endpoint_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "features",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "features",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "generation",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "dispatch.forcedGeneration",
                        via: Some("first_set"),
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "dispatch_key",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "dispatch.dispatchKey",
                        via: Some("first_set"),
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/{service_id}/{endpoint_id}/predict",
                    &[],
                    "ScoringClientPredictRecord",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Prediction"),
            [false, true, false],
        );
        ///`ScoringClient::run`.
        pub static SCORING_CLIENT_RUN: Endpoint = Endpoint::new(
            "ScoringClient",
            "run",
            crate::rt::Server::new("ScoringClient", "/public/api/v1", false),
            "Calls a function; an empty set of arguments sends no body.",
            &[
                Arg::new("endpoint_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "arguments",
                    "json",
                    Presence::Required,
                    Place::Body {
                        via: Some("nonempty"),
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/{service_id}/{endpoint_id}/run",
                    &[],
                    "ScoringClientRun",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ScoringClient::get_endpoint`.
        pub static SCORING_CLIENT_GET_ENDPOINT: Endpoint = Endpoint::new(
            "ScoringClient",
            "get_endpoint",
            crate::rt::Server::new("ScoringClient", "/public/api/v1", false),
            "A handle on an endpoint (no request).",
            &[
                Arg::new(
                    "endpoint_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("ScoringEndpoint"),
            [false, true, false],
        );
        ///`ScoringEndpoint::lookup`.
        pub static SCORING_ENDPOINT_LOOKUP: Endpoint = Endpoint::new(
            "ScoringEndpoint",
            "lookup",
            crate::rt::Server::new("ScoringClient", "/public/api/v1", false),
            "Looks one record up.",
            &[
                Arg::new(
                    "data",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "data",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "context",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "context",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/{service_id}/{endpoint_id}/lookup",
                    &[],
                    "ScoringEndpointLookup",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ScoringEndpoint::lookup_first`.
        pub static SCORING_ENDPOINT_LOOKUP_FIRST: Endpoint = Endpoint::new(
            "ScoringEndpoint",
            "lookup_first",
            crate::rt::Server::new("ScoringClient", "/public/api/v1", false),
            "Looks one record up and answers the first of the answer's results.",
            &[
                Arg::new(
                    "data",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "data",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/{service_id}/{endpoint_id}/lookup",
                    &[],
                    "ScoringEndpointLookupFirst",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "Value",
                member: "results.0",
                each_item: false,
            },
            [false, true, false],
        );
        ///`ScoringClient::raw`.
        pub static SCORING_CLIENT_RAW: Endpoint = Endpoint::new(
            "ScoringClient",
            "raw",
            crate::rt::Server::new("ScoringClient", "/public/api/v1", false),
            "A request on any path of this server's API, for an endpoint the spec lacks: the same credential, time bounds, retries, errors and logs as every method.",
            &[
                Arg::new(
                    "verb",
                    "crate::Verb",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new("path", "&str", Presence::Required, Place::HandWritten, false),
            ],
            None,
            ResultKind::HandWritten("RawRequest<'_>"),
            [true, false, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::SCORING_CLIENT_PREDICT_RECORD,
        &endpoints::SCORING_CLIENT_RUN,
        &endpoints::SCORING_CLIENT_GET_ENDPOINT,
        &endpoints::SCORING_ENDPOINT_LOOKUP,
        &endpoints::SCORING_ENDPOINT_LOOKUP_FIRST,
        &endpoints::SCORING_CLIENT_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "ScoringClient",
                doc: "A client of a scoring node: its services are reached under `/public/api/v1`, with or without an API key.",
                fields: &[
                    HandleField {
                        name: "service_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "ScoringEndpoint",
                doc: "An endpoint of a service.",
                fields: &[
                    HandleField {
                        name: "service_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "endpoint_id",
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
                name: "Prediction",
                doc: "What a prediction answers.",
                members: &[
                    ModelMember {
                        name: "prediction",
                        wire: "prediction",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl super::handles::ScoringClient {
        /**Scores one record.

`POST /{service_id}/{endpoint_id}/predict`

Never retried: sending it twice could do the work twice.

Arguments:
- `endpoint_id`: Sent as a path segment.
- `features`: Sent as JSON member `features`.

Optional arguments, set by name on the returned request:
- `generation`: Unset by default (then sent as `null`). Sent as JSON member `dispatch.forcedGeneration`, converted by `first_set`.
- `dispatch_key`: Unset by default (then sent as `null`). Sent as JSON member `dispatch.dispatchKey`, converted by `first_set`.

Returns a [`ScoringClientPredictRecord`](requests::ScoringClientPredictRecord) request; nothing is sent until `.send()`.*/
        pub fn predict_record(
            &self,
            endpoint_id: impl Into<String>,
            features: impl Into<::serde_json::Value>,
        ) -> requests::ScoringClientPredictRecord<'_> {
            requests::ScoringClientPredictRecord {
                __owner: self,
                endpoint_id: endpoint_id.into(),
                features: features.into(),
                generation: None,
                dispatch_key: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Calls a function; an empty set of arguments sends no body.

`POST /{service_id}/{endpoint_id}/run`

Never retried: sending it twice could do the work twice.

Arguments:
- `endpoint_id`: Sent as a path segment.
- `arguments`: Sent as the JSON body, converted by `nonempty`.

Returns a [`ScoringClientRun`](requests::ScoringClientRun) request; nothing is sent until `.send()`.*/
        pub fn run(
            &self,
            endpoint_id: impl Into<String>,
            arguments: impl Into<::serde_json::Value>,
        ) -> requests::ScoringClientRun<'_> {
            requests::ScoringClientRun {
                __owner: self,
                endpoint_id: endpoint_id.into(),
                arguments: arguments.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on an endpoint (no request).

Builds a handle; sends no request.*/
        pub fn get_endpoint(
            &self,
            endpoint_id: impl Into<String>,
        ) -> super::handles::ScoringEndpoint {
            let endpoint_id = endpoint_id.into();
            {
                let __f_service_id = ::core::clone::Clone::clone(&self.service_id);
                let __f_endpoint_id = endpoint_id;
                super::handles::ScoringEndpoint {
                    client: ::core::clone::Clone::clone(self),
                    service_id: __f_service_id,
                    endpoint_id: __f_endpoint_id,
                }
            }
        }
    }
    impl super::handles::ScoringEndpoint {
        /**Looks one record up.

`POST /{service_id}/{endpoint_id}/lookup`

Never retried: sending it twice could do the work twice.

Arguments:
- `data`: Sent as JSON member `data`.

Optional arguments, set by name on the returned request:
- `context`: Unset by default (then sent as `null`). Sent as JSON member `context`.

Returns a [`ScoringEndpointLookup`](requests::ScoringEndpointLookup) request; nothing is sent until `.send()`.*/
        pub fn lookup(
            &self,
            data: impl Into<::serde_json::Value>,
        ) -> requests::ScoringEndpointLookup<'_> {
            requests::ScoringEndpointLookup {
                __owner: self,
                data: data.into(),
                context: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Looks one record up and answers the first of the answer's results.

`POST /{service_id}/{endpoint_id}/lookup`

Never retried: sending it twice could do the work twice.

Arguments:
- `data`: Sent as JSON member `data`.

Returns a [`ScoringEndpointLookupFirst`](requests::ScoringEndpointLookupFirst) request; nothing is sent until `.send()`.*/
        pub fn lookup_first(
            &self,
            data: impl Into<::serde_json::Value>,
        ) -> requests::ScoringEndpointLookupFirst<'_> {
            requests::ScoringEndpointLookupFirst {
                __owner: self,
                data: data.into(),
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
            impl super::handles::ScoringClient {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_raw(
                    &self,
                    verb: crate::Verb,
                    path: &str,
                ) -> RawRequest<'_> {
                    self.raw(verb, path)
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
                ("ScoringClient", "predict_record") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ScoringClient", ids)?;
                        let __owner: super::handles::ScoringClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ScoringClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![__id_service_id],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .predict_record(
                                args.str("endpoint_id")?,
                                args.json("features")?,
                            );
                        let __endpoint = requests::ScoringClientPredictRecord::ENDPOINT;
                        if let Some(__v) = args.opt_str("generation")? {
                            __r = __r.generation(__v);
                        }
                        if let Some(__v) = args.opt_str("dispatch_key")? {
                            __r = __r.dispatch_key(__v);
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
                ("ScoringClient", "run") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ScoringClient", ids)?;
                        let __owner: super::handles::ScoringClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ScoringClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![__id_service_id],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .run(args.str("endpoint_id")?, args.json("arguments")?);
                        let __endpoint = requests::ScoringClientRun::ENDPOINT;
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
                ("ScoringEndpoint", "lookup") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id, __id_endpoint_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("ScoringEndpoint", ids)?;
                        let __owner = super::handles::ScoringEndpoint {
                            client: crate::rt::ServerClient::from_core(
                                crate::rt::on_server(
                                    client,
                                    <super::handles::ScoringClient as crate::rt::ServerClient>::SERVER,
                                ),
                                ::std::vec::Vec::new(),
                            ),
                            service_id: __id_service_id,
                            endpoint_id: __id_endpoint_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.lookup(args.json("data")?);
                        let __endpoint = requests::ScoringEndpointLookup::ENDPOINT;
                        if let Some(__v) = args.opt_json("context")? {
                            __r = __r.context(__v);
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
                ("ScoringEndpoint", "lookup_first") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id, __id_endpoint_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("ScoringEndpoint", ids)?;
                        let __owner = super::handles::ScoringEndpoint {
                            client: crate::rt::ServerClient::from_core(
                                crate::rt::on_server(
                                    client,
                                    <super::handles::ScoringClient as crate::rt::ServerClient>::SERVER,
                                ),
                                ::std::vec::Vec::new(),
                            ),
                            service_id: __id_service_id,
                            endpoint_id: __id_endpoint_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.lookup_first(args.json("data")?);
                        let __endpoint = requests::ScoringEndpointLookupFirst::ENDPOINT;
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
            let model: super::models::Prediction = ::serde_json::from_str(
                    "{\"prediction\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "Prediction")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "Prediction"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle: super::handles::ScoringClient = crate::rt::ServerClient::from_core(
                ::core::clone::Clone::clone(&client),
                ::std::vec![::std::string::String::from("plain")],
            );
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ScoringClient"
            );
            checked += 1;
            let handle = super::handles::ScoringEndpoint {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                service_id: ::std::string::String::from("plain"),
                endpoint_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ScoringEndpoint"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
