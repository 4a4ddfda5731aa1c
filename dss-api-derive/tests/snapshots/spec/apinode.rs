// The expansion of `apinode.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/apinode.dss`.
pub mod spec_apinode {
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
        /**A client of one service of a DSS API node: real-time predictions,
lookups, SQL queries and functions of its endpoints. Requests go to
`{host}/public/api/v1/{service_id}/{endpoint_id}/...`; an open service
takes them without a credential.*/
        #[derive(Clone)]
        pub struct ApiNodeClient {
            /// The transport: a client of this server's base path.
            core: crate::rt::DssClient,
            pub(crate) service_id: String,
        }
        impl ApiNodeClient {
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
                    &super::endpoints::API_NODE_CLIENT_RAW,
                    verb,
                    path,
                )
            }
        }
        impl crate::rt::ServerClient for ApiNodeClient {
            const SERVER: crate::rt::Server = crate::rt::Server::new(
                "ApiNodeClient",
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
                ApiNodeClient {
                    core,
                    service_id: ids.next().unwrap_or_default(),
                }
            }
        }
        impl ::core::fmt::Debug for ApiNodeClient {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ApiNodeClient")
                    .field("host", &self.core.host())
                    .field("service_id", &self.service_id)
                    .field("auth", &crate::rt::auth_kind(&self.core))
                    .finish()
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
        /**The prediction of one record, as a prediction endpoint answers it (one
item of a batch's `results`, or the `result` of one record).*/
        #[derive(Clone, PartialEq)]
        pub struct PredictionResult {
            /**The predicted value: a class for a classification, a number for a
regression.*/
            pub prediction: Option<Value>,
            ///Each class's probability, by class, for a classification.
            pub probas: Option<::std::collections::BTreeMap<String, f64>>,
            /**Whether the record was not scored (a filter or a missing feature);
then there is no prediction.*/
            pub ignored: bool,
            ///Why the record was not scored, when it was not.
            pub ignore_reason: Option<String>,
            ///The explanations of the prediction, by feature, when asked for.
            pub explanations: Option<::std::collections::BTreeMap<String, f64>>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for PredictionResult {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = PredictionResult;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `PredictionResult` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<PredictionResult, __A::Error> {
                        let mut __m_prediction: Option<Value> = None;
                        let mut __m_probas: Option<
                            ::std::collections::BTreeMap<String, f64>,
                        > = None;
                        let mut __m_ignored: Option<bool> = None;
                        let mut __m_ignore_reason: Option<String> = None;
                        let mut __m_explanations: Option<
                            ::std::collections::BTreeMap<String, f64>,
                        > = None;
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
                                "probas" => {
                                    __m_probas = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "probas",
                                    )?;
                                }
                                "ignored" => {
                                    __m_ignored = Some(
                                        crate::rt::model::next_member(&mut __map, "ignored")?,
                                    );
                                }
                                "ignoreReason" => {
                                    __m_ignore_reason = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "ignoreReason",
                                    )?;
                                }
                                "explanations" => {
                                    __m_explanations = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "explanations",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(PredictionResult {
                            prediction: __m_prediction,
                            probas: __m_probas,
                            ignored: __m_ignored.unwrap_or_default(),
                            ignore_reason: __m_ignore_reason,
                            explanations: __m_explanations,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for PredictionResult {
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
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "probas",
                    &self.probas,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "ignored",
                    &self.ignored,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "ignoreReason",
                    &self.ignore_reason,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "explanations",
                    &self.explanations,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for PredictionResult {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("PredictionResult")
                    .field("prediction", &self.prediction)
                    .field("probas", &self.probas)
                    .field("ignored", &self.ignored)
                    .field("ignore_reason", &self.ignore_reason)
                    .field("explanations", &self.explanations)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl PredictionResult {}
        ///What a prediction endpoint answers for one record (`predict_record`).
        #[derive(Clone, PartialEq)]
        pub struct PredictionAnswer {
            ///The record's prediction.
            pub result: PredictionResult,
            /**Where the time went on the node, in microseconds, by step
(`preProcessing`, `predictionPredict`, `wait`, ...).*/
            pub timing: Option<::std::collections::BTreeMap<String, f64>>,
            ///The service, endpoint and generation that answered.
            pub api_context: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for PredictionAnswer {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = PredictionAnswer;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `PredictionAnswer` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<PredictionAnswer, __A::Error> {
                        let mut __m_result: Option<PredictionResult> = None;
                        let mut __m_timing: Option<
                            ::std::collections::BTreeMap<String, f64>,
                        > = None;
                        let mut __m_api_context: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "result" => {
                                    __m_result = Some(
                                        crate::rt::model::next_member(&mut __map, "result")?,
                                    );
                                }
                                "timing" => {
                                    __m_timing = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "timing",
                                    )?;
                                }
                                "apiContext" => {
                                    __m_api_context = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "apiContext",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(PredictionAnswer {
                            result: match __m_result {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("result"),
                                    );
                                }
                            },
                            timing: __m_timing,
                            api_context: __m_api_context,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for PredictionAnswer {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "result",
                    &self.result,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "timing",
                    &self.timing,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "apiContext",
                    &self.api_context,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for PredictionAnswer {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("PredictionAnswer")
                    .field("result", &self.result)
                    .field("timing", &self.timing)
                    .field("api_context", &self.api_context)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl PredictionAnswer {}
        /**What a prediction endpoint answers for a batch of records
(`predict_records`): one result per record, in their order.*/
        #[derive(Clone, PartialEq)]
        pub struct PredictionsAnswer {
            ///The records' predictions, in the order of the records.
            pub results: Vec<PredictionResult>,
            ///Where the time went on the node, in microseconds, by step.
            pub timing: Option<::std::collections::BTreeMap<String, f64>>,
            ///The service, endpoint and generation that answered.
            pub api_context: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for PredictionsAnswer {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = PredictionsAnswer;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `PredictionsAnswer` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<PredictionsAnswer, __A::Error> {
                        let mut __m_results: Option<Vec<PredictionResult>> = None;
                        let mut __m_timing: Option<
                            ::std::collections::BTreeMap<String, f64>,
                        > = None;
                        let mut __m_api_context: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "results" => {
                                    __m_results = Some(
                                        crate::rt::model::next_member(&mut __map, "results")?,
                                    );
                                }
                                "timing" => {
                                    __m_timing = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "timing",
                                    )?;
                                }
                                "apiContext" => {
                                    __m_api_context = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "apiContext",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(PredictionsAnswer {
                            results: match __m_results {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("results"),
                                    );
                                }
                            },
                            timing: __m_timing,
                            api_context: __m_api_context,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for PredictionsAnswer {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "results",
                    &self.results,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "timing",
                    &self.timing,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "apiContext",
                    &self.api_context,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for PredictionsAnswer {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("PredictionsAnswer")
                    .field("results", &self.results)
                    .field("timing", &self.timing)
                    .field("api_context", &self.api_context)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl PredictionsAnswer {}
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
        ///Request value of [`ApiNodeClient::predict_record`](super::super::handles::ApiNodeClient::predict_record): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeClientPredictRecord<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeClient,
            pub(crate) endpoint_id: String,
            pub(crate) features: ::serde_json::Value,
            pub(crate) forced_generation: Option<String>,
            pub(crate) dispatch_key: Option<String>,
            pub(crate) context: Option<::serde_json::Value>,
            pub(crate) with_explanations: Option<bool>,
            pub(crate) explanation_method: Option<String>,
            pub(crate) n_explanations: Option<i64>,
            pub(crate) n_explanations_mc_steps: Option<i64>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeClientPredictRecord<'a> {
            /**The generation of the service to score with.

Unset by default (then sent as `null`). Sent as JSON member `dispatch.forcedGeneration`, converted by `first_set`.*/
            pub fn forced_generation(
                mut self,
                forced_generation: impl Into<String>,
            ) -> Self {
                self.forced_generation = Some(forced_generation.into());
                self
            }
            /**The key that picks a generation, when no generation is forced.

Unset by default (then sent as `null`). Sent as JSON member `dispatch.dispatchKey`, converted by `first_set`.*/
            pub fn dispatch_key(mut self, dispatch_key: impl Into<String>) -> Self {
                self.dispatch_key = Some(dispatch_key.into());
                self
            }
            /**Context logged with the request, not used for the prediction.

Unset by default (then left out). Sent as JSON member `context`.*/
            pub fn context(mut self, context: impl Into<::serde_json::Value>) -> Self {
                self.context = Some(context.into());
                self
            }
            /**Whether to compute explanations (unset: the endpoint's setting).

Unset by default (then sent as `null`). Sent as JSON member `explanations.enabled`.*/
            pub fn with_explanations(mut self, with_explanations: bool) -> Self {
                self.with_explanations = Some(with_explanations);
                self
            }
            /**How explanations are computed: `SHAPLEY` or `ICE` (unset: the
endpoint's setting).

Unset by default (then sent as `null`). Sent as JSON member `explanations.method`.*/
            pub fn explanation_method(
                mut self,
                explanation_method: impl Into<String>,
            ) -> Self {
                self.explanation_method = Some(explanation_method.into());
                self
            }
            /**How many explanations per prediction (unset: the endpoint's
setting).

Unset by default (then sent as `null`). Sent as JSON member `explanations.nExplanations`.*/
            pub fn n_explanations(mut self, n_explanations: i64) -> Self {
                self.n_explanations = Some(n_explanations);
                self
            }
            /**Monte Carlo steps of the `SHAPLEY` method, 25 to 1000 (unset:
the endpoint's setting).

Unset by default (then sent as `null`). Sent as JSON member `explanations.nMonteCarloSteps`.*/
            pub fn n_explanations_mc_steps(
                mut self,
                n_explanations_mc_steps: i64,
            ) -> Self {
                self.n_explanations_mc_steps = Some(n_explanations_mc_steps);
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
                    forced_generation,
                    dispatch_key,
                    context,
                    with_explanations,
                    explanation_method,
                    n_explanations,
                    n_explanations_mc_steps,
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
                            __map
                                .insert(
                                    String::from("explanations"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        __map
                                            .insert(
                                                String::from("enabled"),
                                                ::serde_json::Value::from(with_explanations),
                                            );
                                        __map
                                            .insert(
                                                String::from("method"),
                                                ::serde_json::Value::from(explanation_method),
                                            );
                                        __map
                                            .insert(
                                                String::from("nExplanations"),
                                                ::serde_json::Value::from(n_explanations),
                                            );
                                        __map
                                            .insert(
                                                String::from("nMonteCarloSteps"),
                                                ::serde_json::Value::from(n_explanations_mc_steps),
                                            );
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            let __v = crate::rt::convert::first_set(
                                {
                                    let mut __map = ::serde_json::Map::new();
                                    __map
                                        .insert(
                                            String::from("forcedGeneration"),
                                            ::serde_json::Value::from(forced_generation),
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
                            let __v = ::serde_json::Value::from(context);
                            if !__v.is_null() {
                                __map.insert(String::from("context"), __v);
                            }
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeClientPredictRecord, super::endpoints::API_NODE_CLIENT_PREDICT_RECORD,
            json(PredictionAnswer,
            "Sends the request (`POST /{service_id}/{endpoint_id}/predict`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeClientPredictRecord<'_> {}
        ///Request value of [`ApiNodeClient::predict_records`](super::super::handles::ApiNodeClient::predict_records): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeClientPredictRecords<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeClient,
            pub(crate) endpoint_id: String,
            pub(crate) records: ::serde_json::Value,
            pub(crate) forced_generation: Option<String>,
            pub(crate) dispatch_key: Option<String>,
            pub(crate) with_explanations: Option<bool>,
            pub(crate) explanation_method: Option<String>,
            pub(crate) n_explanations: Option<i64>,
            pub(crate) n_explanations_mc_steps: Option<i64>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeClientPredictRecords<'a> {
            /**The generation of the service to score with.

Unset by default (then sent as `null`). Sent as JSON member `dispatch.forcedGeneration`, converted by `first_set`.*/
            pub fn forced_generation(
                mut self,
                forced_generation: impl Into<String>,
            ) -> Self {
                self.forced_generation = Some(forced_generation.into());
                self
            }
            /**The key that picks a generation, when no generation is forced.

Unset by default (then sent as `null`). Sent as JSON member `dispatch.dispatchKey`, converted by `first_set`.*/
            pub fn dispatch_key(mut self, dispatch_key: impl Into<String>) -> Self {
                self.dispatch_key = Some(dispatch_key.into());
                self
            }
            /**Whether to compute explanations (unset: the endpoint's setting).

Unset by default (then sent as `null`). Sent as JSON member `explanations.enabled`.*/
            pub fn with_explanations(mut self, with_explanations: bool) -> Self {
                self.with_explanations = Some(with_explanations);
                self
            }
            /**How explanations are computed: `SHAPLEY` or `ICE` (unset: the
endpoint's setting).

Unset by default (then sent as `null`). Sent as JSON member `explanations.method`.*/
            pub fn explanation_method(
                mut self,
                explanation_method: impl Into<String>,
            ) -> Self {
                self.explanation_method = Some(explanation_method.into());
                self
            }
            /**How many explanations per prediction (unset: the endpoint's
setting).

Unset by default (then sent as `null`). Sent as JSON member `explanations.nExplanations`.*/
            pub fn n_explanations(mut self, n_explanations: i64) -> Self {
                self.n_explanations = Some(n_explanations);
                self
            }
            /**Monte Carlo steps of the `SHAPLEY` method, 25 to 1000 (unset:
the endpoint's setting).

Unset by default (then sent as `null`). Sent as JSON member `explanations.nMonteCarloSteps`.*/
            pub fn n_explanations_mc_steps(
                mut self,
                n_explanations_mc_steps: i64,
            ) -> Self {
                self.n_explanations_mc_steps = Some(n_explanations_mc_steps);
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    endpoint_id,
                    records,
                    forced_generation,
                    dispatch_key,
                    with_explanations,
                    explanation_method,
                    n_explanations,
                    n_explanations_mc_steps,
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
                __call.lit("/predict-multi");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("items"),
                                    crate::rt::convert::records_with_features(
                                        ::serde_json::Value::from(records),
                                        "records",
                                    )?,
                                );
                            __map
                                .insert(
                                    String::from("explanations"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        __map
                                            .insert(
                                                String::from("enabled"),
                                                ::serde_json::Value::from(with_explanations),
                                            );
                                        __map
                                            .insert(
                                                String::from("method"),
                                                ::serde_json::Value::from(explanation_method),
                                            );
                                        __map
                                            .insert(
                                                String::from("nExplanations"),
                                                ::serde_json::Value::from(n_explanations),
                                            );
                                        __map
                                            .insert(
                                                String::from("nMonteCarloSteps"),
                                                ::serde_json::Value::from(n_explanations_mc_steps),
                                            );
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            let __v = crate::rt::convert::first_set(
                                {
                                    let mut __map = ::serde_json::Map::new();
                                    __map
                                        .insert(
                                            String::from("forcedGeneration"),
                                            ::serde_json::Value::from(forced_generation),
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
            ApiNodeClientPredictRecords,
            super::endpoints::API_NODE_CLIENT_PREDICT_RECORDS, json(PredictionsAnswer,
            "Sends the request (`POST /{service_id}/{endpoint_id}/predict-multi`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeClientPredictRecords<'_> {}
        ///Request value of [`ApiNodeClient::forecast`](super::super::handles::ApiNodeClient::forecast): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeClientForecast<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeClient,
            pub(crate) endpoint_id: String,
            pub(crate) records: ::serde_json::Value,
            pub(crate) forced_generation: Option<String>,
            pub(crate) dispatch_key: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeClientForecast<'a> {
            /**The generation of the service to score with.

Unset by default (then sent as `null`). Sent as JSON member `dispatch.forcedGeneration`, converted by `first_set`.*/
            pub fn forced_generation(
                mut self,
                forced_generation: impl Into<String>,
            ) -> Self {
                self.forced_generation = Some(forced_generation.into());
                self
            }
            /**The key that picks a generation, when no generation is forced.

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
                    records,
                    forced_generation,
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
                __call.lit("/forecast");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("items"),
                                    ::serde_json::Value::from(records),
                                );
                            let __v = crate::rt::convert::first_set(
                                {
                                    let mut __map = ::serde_json::Map::new();
                                    __map
                                        .insert(
                                            String::from("forcedGeneration"),
                                            ::serde_json::Value::from(forced_generation),
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
            ApiNodeClientForecast, super::endpoints::API_NODE_CLIENT_FORECAST,
            json(Value,
            "Sends the request (`POST /{service_id}/{endpoint_id}/forecast`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeClientForecast<'_> {}
        ///Request value of [`ApiNodeClient::predict_effect`](super::super::handles::ApiNodeClient::predict_effect): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeClientPredictEffect<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeClient,
            pub(crate) endpoint_id: String,
            pub(crate) features: ::serde_json::Value,
            pub(crate) forced_generation: Option<String>,
            pub(crate) dispatch_key: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeClientPredictEffect<'a> {
            /**The generation of the service to score with.

Unset by default (then sent as `null`). Sent as JSON member `dispatch.forcedGeneration`, converted by `first_set`.*/
            pub fn forced_generation(
                mut self,
                forced_generation: impl Into<String>,
            ) -> Self {
                self.forced_generation = Some(forced_generation.into());
                self
            }
            /**The key that picks a generation, when no generation is forced.

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
                    forced_generation,
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
                __call.lit("/predict-effect");
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
                                            ::serde_json::Value::from(forced_generation),
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
            ApiNodeClientPredictEffect, super::endpoints::API_NODE_CLIENT_PREDICT_EFFECT,
            json(Value,
            "Sends the request (`POST /{service_id}/{endpoint_id}/predict-effect`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeClientPredictEffect<'_> {}
        ///Request value of [`ApiNodeClient::predict_effects`](super::super::handles::ApiNodeClient::predict_effects): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeClientPredictEffects<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeClient,
            pub(crate) endpoint_id: String,
            pub(crate) records: ::serde_json::Value,
            pub(crate) forced_generation: Option<String>,
            pub(crate) dispatch_key: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeClientPredictEffects<'a> {
            /**The generation of the service to score with.

Unset by default (then sent as `null`). Sent as JSON member `dispatch.forcedGeneration`, converted by `first_set`.*/
            pub fn forced_generation(
                mut self,
                forced_generation: impl Into<String>,
            ) -> Self {
                self.forced_generation = Some(forced_generation.into());
                self
            }
            /**The key that picks a generation, when no generation is forced.

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
                    records,
                    forced_generation,
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
                __call.lit("/predict-effect-multi");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("items"),
                                    crate::rt::convert::records_with_features(
                                        ::serde_json::Value::from(records),
                                        "records",
                                    )?,
                                );
                            let __v = crate::rt::convert::first_set(
                                {
                                    let mut __map = ::serde_json::Map::new();
                                    __map
                                        .insert(
                                            String::from("forcedGeneration"),
                                            ::serde_json::Value::from(forced_generation),
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
            ApiNodeClientPredictEffects,
            super::endpoints::API_NODE_CLIENT_PREDICT_EFFECTS, json(Value,
            "Sends the request (`POST /{service_id}/{endpoint_id}/predict-effect-multi`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeClientPredictEffects<'_> {}
        ///Request value of [`ApiNodeClient::sql_query`](super::super::handles::ApiNodeClient::sql_query): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeClientSqlQuery<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeClient,
            pub(crate) endpoint_id: String,
            pub(crate) parameters: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeClientSqlQuery<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, endpoint_id, parameters, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/");
                __call.segment("endpoint_id", &endpoint_id, false)?;
                __call.lit("/query");
                let __body = crate::rt::convert::nonempty(
                    ::serde_json::Value::from(parameters),
                    "parameters",
                )?;
                if !__body.is_null() {
                    __call.json(&__body)?;
                }
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeClientSqlQuery, super::endpoints::API_NODE_CLIENT_SQL_QUERY,
            json(Value,
            "Sends the request (`POST /{service_id}/{endpoint_id}/query`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeClientSqlQuery<'_> {}
        ///Request value of [`ApiNodeClient::lookup_record`](super::super::handles::ApiNodeClient::lookup_record): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeClientLookupRecord<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeClient,
            pub(crate) endpoint_id: String,
            pub(crate) record: ::serde_json::Value,
            pub(crate) context: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeClientLookupRecord<'a> {
            /**Context logged with the request, not used for the lookup.

Unset by default (then left out). Sent as JSON member `context`.*/
            pub fn context(mut self, context: impl Into<::serde_json::Value>) -> Self {
                self.context = Some(context.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, endpoint_id, record, context, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/");
                __call.segment("endpoint_id", &endpoint_id, false)?;
                __call.lit("/lookup");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("data"),
                                    ::serde_json::Value::from(record),
                                );
                            let __v = ::serde_json::Value::from(context);
                            if !__v.is_null() {
                                __map.insert(String::from("context"), __v);
                            }
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
            ApiNodeClientLookupRecord, super::endpoints::API_NODE_CLIENT_LOOKUP_RECORD,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeClientLookupRecord<'_> {}
        ///Request value of [`ApiNodeClient::lookup_records`](super::super::handles::ApiNodeClient::lookup_records): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeClientLookupRecords<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeClient,
            pub(crate) endpoint_id: String,
            pub(crate) records: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeClientLookupRecords<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, endpoint_id, records, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/");
                __call.segment("endpoint_id", &endpoint_id, false)?;
                __call.lit("/lookup-multi");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("items"),
                                    crate::rt::convert::records_with_data(
                                        ::serde_json::Value::from(records),
                                        "records",
                                    )?,
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeClientLookupRecords, super::endpoints::API_NODE_CLIENT_LOOKUP_RECORDS,
            json(Value,
            "Sends the request (`POST /{service_id}/{endpoint_id}/lookup-multi`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeClientLookupRecords<'_> {}
        ///Request value of [`ApiNodeClient::run_function`](super::super::handles::ApiNodeClient::run_function): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeClientRunFunction<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeClient,
            pub(crate) endpoint_id: String,
            pub(crate) arguments: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeClientRunFunction<'a> {
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
            ApiNodeClientRunFunction, super::endpoints::API_NODE_CLIENT_RUN_FUNCTION,
            json(Value,
            "Sends the request (`POST /{service_id}/{endpoint_id}/run`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeClientRunFunction<'_> {}
        crate::rt::request_list!(
            ApiNodeClientPredictRecord, ApiNodeClientPredictRecords,
            ApiNodeClientForecast, ApiNodeClientPredictEffect,
            ApiNodeClientPredictEffects, ApiNodeClientSqlQuery,
            ApiNodeClientLookupRecord, ApiNodeClientLookupRecords,
            ApiNodeClientRunFunction
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`ApiNodeClient::predict_record`.
        pub static API_NODE_CLIENT_PREDICT_RECORD: Endpoint = Endpoint::new(
            "ApiNodeClient",
            "predict_record",
            crate::rt::Server::new("ApiNodeClient", "/public/api/v1", false),
            "Predicts one record on a prediction endpoint (a standard or a custom model).",
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
                    "forced_generation",
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
                Arg::new(
                    "context",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "context",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "with_explanations",
                    "bool",
                    Presence::Optional,
                    Place::Member {
                        path: "explanations.enabled",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "explanation_method",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "explanations.method",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "n_explanations",
                    "int",
                    Presence::Optional,
                    Place::Member {
                        path: "explanations.nExplanations",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "n_explanations_mc_steps",
                    "int",
                    Presence::Optional,
                    Place::Member {
                        path: "explanations.nMonteCarloSteps",
                        via: None,
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
                    "ApiNodeClientPredictRecord",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("PredictionAnswer"),
            [false, true, false],
        );
        ///`ApiNodeClient::predict_records`.
        pub static API_NODE_CLIENT_PREDICT_RECORDS: Endpoint = Endpoint::new(
            "ApiNodeClient",
            "predict_records",
            crate::rt::Server::new("ApiNodeClient", "/public/api/v1", false),
            "Predicts a batch of records on a prediction endpoint; each record is an object with `features` (and an optional `context`), and one without `features` refuses the call before anything is sent.",
            &[
                Arg::new("endpoint_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "records",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "items",
                        via: Some("records_with_features"),
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "forced_generation",
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
                Arg::new(
                    "with_explanations",
                    "bool",
                    Presence::Optional,
                    Place::Member {
                        path: "explanations.enabled",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "explanation_method",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "explanations.method",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "n_explanations",
                    "int",
                    Presence::Optional,
                    Place::Member {
                        path: "explanations.nExplanations",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "n_explanations_mc_steps",
                    "int",
                    Presence::Optional,
                    Place::Member {
                        path: "explanations.nMonteCarloSteps",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/{service_id}/{endpoint_id}/predict-multi",
                    &[],
                    "ApiNodeClientPredictRecords",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("PredictionsAnswer"),
            [false, true, false],
        );
        ///`ApiNodeClient::forecast`.
        pub static API_NODE_CLIENT_FORECAST: Endpoint = Endpoint::new(
            "ApiNodeClient",
            "forecast",
            crate::rt::Server::new("ApiNodeClient", "/public/api/v1", false),
            "Forecasts with a time series forecasting endpoint from the past records of each series (objects of feature values: date, series identifiers, target).",
            &[
                Arg::new("endpoint_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "records",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "items",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "forced_generation",
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
                    "/{service_id}/{endpoint_id}/forecast",
                    &[],
                    "ApiNodeClientForecast",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeClient::predict_effect`.
        pub static API_NODE_CLIENT_PREDICT_EFFECT: Endpoint = Endpoint::new(
            "ApiNodeClient",
            "predict_effect",
            crate::rt::Server::new("ApiNodeClient", "/public/api/v1", false),
            "Predicts the treatment effect of one record on a causal prediction endpoint.",
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
                    "forced_generation",
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
                    "/{service_id}/{endpoint_id}/predict-effect",
                    &[],
                    "ApiNodeClientPredictEffect",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeClient::predict_effects`.
        pub static API_NODE_CLIENT_PREDICT_EFFECTS: Endpoint = Endpoint::new(
            "ApiNodeClient",
            "predict_effects",
            crate::rt::Server::new("ApiNodeClient", "/public/api/v1", false),
            "Predicts the treatment effects of a batch of records on a causal prediction endpoint; each record is an object with `features`, and one without refuses the call before anything is sent.",
            &[
                Arg::new("endpoint_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "records",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "items",
                        via: Some("records_with_features"),
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "forced_generation",
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
                    "/{service_id}/{endpoint_id}/predict-effect-multi",
                    &[],
                    "ApiNodeClientPredictEffects",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeClient::sql_query`.
        pub static API_NODE_CLIENT_SQL_QUERY: Endpoint = Endpoint::new(
            "ApiNodeClient",
            "sql_query",
            crate::rt::Server::new("ApiNodeClient", "/public/api/v1", false),
            "Queries an endpoint of the \"SQL query\" type with these parameters (a JSON object, sent as the body; none when it is empty, as dataikuapi sends it).",
            &[
                Arg::new("endpoint_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "parameters",
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
                    "/{service_id}/{endpoint_id}/query",
                    &[],
                    "ApiNodeClientSqlQuery",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeClient::lookup_record`.
        pub static API_NODE_CLIENT_LOOKUP_RECORD: Endpoint = Endpoint::new(
            "ApiNodeClient",
            "lookup_record",
            crate::rt::Server::new("ApiNodeClient", "/public/api/v1", false),
            "Looks one record up on an endpoint of the \"dataset lookup\" type and answers its result (the first of the answer's `results`; an answer without one is an error).",
            &[
                Arg::new("endpoint_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "record",
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
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/{service_id}/{endpoint_id}/lookup",
                    &[],
                    "ApiNodeClientLookupRecord",
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
        ///`ApiNodeClient::lookup_records`.
        pub static API_NODE_CLIENT_LOOKUP_RECORDS: Endpoint = Endpoint::new(
            "ApiNodeClient",
            "lookup_records",
            crate::rt::Server::new("ApiNodeClient", "/public/api/v1", false),
            "Looks a batch of records up on an endpoint of the \"dataset lookup\" type: each record is an object with a `data` member, and one without refuses the call before anything is sent.",
            &[
                Arg::new("endpoint_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "records",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "items",
                        via: Some("records_with_data"),
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/{service_id}/{endpoint_id}/lookup-multi",
                    &[],
                    "ApiNodeClientLookupRecords",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeClient::run_function`.
        pub static API_NODE_CLIENT_RUN_FUNCTION: Endpoint = Endpoint::new(
            "ApiNodeClient",
            "run_function",
            crate::rt::Server::new("ApiNodeClient", "/public/api/v1", false),
            "Calls an endpoint of the \"function\" type with these arguments (a JSON object, by name: dataikuapi's keyword arguments; no body when there are none) and answers what the function returned.",
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
                    "ApiNodeClientRunFunction",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeClient::raw`.
        pub static API_NODE_CLIENT_RAW: Endpoint = Endpoint::new(
            "ApiNodeClient",
            "raw",
            crate::rt::Server::new("ApiNodeClient", "/public/api/v1", false),
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
        &endpoints::API_NODE_CLIENT_PREDICT_RECORD,
        &endpoints::API_NODE_CLIENT_PREDICT_RECORDS,
        &endpoints::API_NODE_CLIENT_FORECAST,
        &endpoints::API_NODE_CLIENT_PREDICT_EFFECT,
        &endpoints::API_NODE_CLIENT_PREDICT_EFFECTS,
        &endpoints::API_NODE_CLIENT_SQL_QUERY,
        &endpoints::API_NODE_CLIENT_LOOKUP_RECORD,
        &endpoints::API_NODE_CLIENT_LOOKUP_RECORDS,
        &endpoints::API_NODE_CLIENT_RUN_FUNCTION,
        &endpoints::API_NODE_CLIENT_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "ApiNodeClient",
                doc: "A client of one service of a DSS API node: real-time predictions, lookups, SQL queries and functions of its endpoints.",
                fields: &[
                    HandleField {
                        name: "service_id",
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
                name: "PredictionResult",
                doc: "The prediction of one record, as a prediction endpoint answers it (one item of a batch's `results`, or the `result` of one record).",
                members: &[
                    ModelMember {
                        name: "prediction",
                        wire: "prediction",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "probas",
                        wire: "probas",
                        ty: "Option < :: std :: collections :: BTreeMap < String , f64 > >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "ignored",
                        wire: "ignored",
                        ty: "bool",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "ignore_reason",
                        wire: "ignoreReason",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "explanations",
                        wire: "explanations",
                        ty: "Option < :: std :: collections :: BTreeMap < String , f64 > >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "PredictionAnswer",
                doc: "What a prediction endpoint answers for one record (`predict_record`).",
                members: &[
                    ModelMember {
                        name: "result",
                        wire: "result",
                        ty: "PredictionResult",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "timing",
                        wire: "timing",
                        ty: "Option < :: std :: collections :: BTreeMap < String , f64 > >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "api_context",
                        wire: "apiContext",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "PredictionsAnswer",
                doc: "What a prediction endpoint answers for a batch of records (`predict_records`): one result per record, in their order.",
                members: &[
                    ModelMember {
                        name: "results",
                        wire: "results",
                        ty: "Vec < PredictionResult >",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "timing",
                        wire: "timing",
                        ty: "Option < :: std :: collections :: BTreeMap < String , f64 > >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "api_context",
                        wire: "apiContext",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl super::handles::ApiNodeClient {
        /**Predicts one record on a prediction endpoint (a standard or a
custom model).

`POST /{service_id}/{endpoint_id}/predict`

Never retried: sending it twice could do the work twice.

Arguments:
- `endpoint_id`: The endpoint's id. Sent as a path segment.
- `features`: The record's features, by name. Sent as JSON member `features`.

Optional arguments, set by name on the returned request:
- `forced_generation`: Unset by default (then sent as `null`). Sent as JSON member `dispatch.forcedGeneration`, converted by `first_set`.
- `dispatch_key`: Unset by default (then sent as `null`). Sent as JSON member `dispatch.dispatchKey`, converted by `first_set`.
- `context`: Unset by default (then left out). Sent as JSON member `context`.
- `with_explanations`: Unset by default (then sent as `null`). Sent as JSON member `explanations.enabled`.
- `explanation_method`: Unset by default (then sent as `null`). Sent as JSON member `explanations.method`.
- `n_explanations`: Unset by default (then sent as `null`). Sent as JSON member `explanations.nExplanations`.
- `n_explanations_mc_steps`: Unset by default (then sent as `null`). Sent as JSON member `explanations.nMonteCarloSteps`.

Returns a [`ApiNodeClientPredictRecord`](requests::ApiNodeClientPredictRecord) request; nothing is sent until `.send()`.*/
        pub fn predict_record(
            &self,
            endpoint_id: impl Into<String>,
            features: impl Into<::serde_json::Value>,
        ) -> requests::ApiNodeClientPredictRecord<'_> {
            requests::ApiNodeClientPredictRecord {
                __owner: self,
                endpoint_id: endpoint_id.into(),
                features: features.into(),
                forced_generation: None,
                dispatch_key: None,
                context: None,
                with_explanations: None,
                explanation_method: None,
                n_explanations: None,
                n_explanations_mc_steps: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Predicts a batch of records on a prediction endpoint; each record
is an object with `features` (and an optional `context`), and one
without `features` refuses the call before anything is sent.

`POST /{service_id}/{endpoint_id}/predict-multi`

Never retried: sending it twice could do the work twice.

Arguments:
- `endpoint_id`: The endpoint's id. Sent as a path segment.
- `records`: The records, each `{"features": {..}}`. Sent as JSON member `items`, converted by `records_with_features`.

Optional arguments, set by name on the returned request:
- `forced_generation`: Unset by default (then sent as `null`). Sent as JSON member `dispatch.forcedGeneration`, converted by `first_set`.
- `dispatch_key`: Unset by default (then sent as `null`). Sent as JSON member `dispatch.dispatchKey`, converted by `first_set`.
- `with_explanations`: Unset by default (then sent as `null`). Sent as JSON member `explanations.enabled`.
- `explanation_method`: Unset by default (then sent as `null`). Sent as JSON member `explanations.method`.
- `n_explanations`: Unset by default (then sent as `null`). Sent as JSON member `explanations.nExplanations`.
- `n_explanations_mc_steps`: Unset by default (then sent as `null`). Sent as JSON member `explanations.nMonteCarloSteps`.

Returns a [`ApiNodeClientPredictRecords`](requests::ApiNodeClientPredictRecords) request; nothing is sent until `.send()`.*/
        pub fn predict_records(
            &self,
            endpoint_id: impl Into<String>,
            records: impl Into<::serde_json::Value>,
        ) -> requests::ApiNodeClientPredictRecords<'_> {
            requests::ApiNodeClientPredictRecords {
                __owner: self,
                endpoint_id: endpoint_id.into(),
                records: records.into(),
                forced_generation: None,
                dispatch_key: None,
                with_explanations: None,
                explanation_method: None,
                n_explanations: None,
                n_explanations_mc_steps: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Forecasts with a time series forecasting endpoint from the past
records of each series (objects of feature values: date, series
identifiers, target).

`POST /{service_id}/{endpoint_id}/forecast`

Never retried: sending it twice could do the work twice.

Arguments:
- `endpoint_id`: The endpoint's id. Sent as a path segment.
- `records`: The time series records the forecast starts from. Sent as JSON member `items`.

Optional arguments, set by name on the returned request:
- `forced_generation`: Unset by default (then sent as `null`). Sent as JSON member `dispatch.forcedGeneration`, converted by `first_set`.
- `dispatch_key`: Unset by default (then sent as `null`). Sent as JSON member `dispatch.dispatchKey`, converted by `first_set`.

Returns a [`ApiNodeClientForecast`](requests::ApiNodeClientForecast) request; nothing is sent until `.send()`.*/
        pub fn forecast(
            &self,
            endpoint_id: impl Into<String>,
            records: impl Into<::serde_json::Value>,
        ) -> requests::ApiNodeClientForecast<'_> {
            requests::ApiNodeClientForecast {
                __owner: self,
                endpoint_id: endpoint_id.into(),
                records: records.into(),
                forced_generation: None,
                dispatch_key: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Predicts the treatment effect of one record on a causal prediction
endpoint.

`POST /{service_id}/{endpoint_id}/predict-effect`

Never retried: sending it twice could do the work twice.

Arguments:
- `endpoint_id`: The endpoint's id. Sent as a path segment.
- `features`: The record's features, by name. Sent as JSON member `features`.

Optional arguments, set by name on the returned request:
- `forced_generation`: Unset by default (then sent as `null`). Sent as JSON member `dispatch.forcedGeneration`, converted by `first_set`.
- `dispatch_key`: Unset by default (then sent as `null`). Sent as JSON member `dispatch.dispatchKey`, converted by `first_set`.

Returns a [`ApiNodeClientPredictEffect`](requests::ApiNodeClientPredictEffect) request; nothing is sent until `.send()`.*/
        pub fn predict_effect(
            &self,
            endpoint_id: impl Into<String>,
            features: impl Into<::serde_json::Value>,
        ) -> requests::ApiNodeClientPredictEffect<'_> {
            requests::ApiNodeClientPredictEffect {
                __owner: self,
                endpoint_id: endpoint_id.into(),
                features: features.into(),
                forced_generation: None,
                dispatch_key: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Predicts the treatment effects of a batch of records on a causal
prediction endpoint; each record is an object with `features`, and
one without refuses the call before anything is sent.

`POST /{service_id}/{endpoint_id}/predict-effect-multi`

Never retried: sending it twice could do the work twice.

Arguments:
- `endpoint_id`: The endpoint's id. Sent as a path segment.
- `records`: The records, each `{"features": {..}}`. Sent as JSON member `items`, converted by `records_with_features`.

Optional arguments, set by name on the returned request:
- `forced_generation`: Unset by default (then sent as `null`). Sent as JSON member `dispatch.forcedGeneration`, converted by `first_set`.
- `dispatch_key`: Unset by default (then sent as `null`). Sent as JSON member `dispatch.dispatchKey`, converted by `first_set`.

Returns a [`ApiNodeClientPredictEffects`](requests::ApiNodeClientPredictEffects) request; nothing is sent until `.send()`.*/
        pub fn predict_effects(
            &self,
            endpoint_id: impl Into<String>,
            records: impl Into<::serde_json::Value>,
        ) -> requests::ApiNodeClientPredictEffects<'_> {
            requests::ApiNodeClientPredictEffects {
                __owner: self,
                endpoint_id: endpoint_id.into(),
                records: records.into(),
                forced_generation: None,
                dispatch_key: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Queries an endpoint of the "SQL query" type with these parameters
(a JSON object, sent as the body; none when it is empty, as
dataikuapi sends it).

`POST /{service_id}/{endpoint_id}/query`

Never retried: sending it twice could do the work twice.

Arguments:
- `endpoint_id`: The endpoint's id. Sent as a path segment.
- `parameters`: The query's parameters, by name. Sent as the JSON body, converted by `nonempty`.

Returns a [`ApiNodeClientSqlQuery`](requests::ApiNodeClientSqlQuery) request; nothing is sent until `.send()`.*/
        pub fn sql_query(
            &self,
            endpoint_id: impl Into<String>,
            parameters: impl Into<::serde_json::Value>,
        ) -> requests::ApiNodeClientSqlQuery<'_> {
            requests::ApiNodeClientSqlQuery {
                __owner: self,
                endpoint_id: endpoint_id.into(),
                parameters: parameters.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Looks one record up on an endpoint of the "dataset lookup" type and
answers its result (the first of the answer's `results`; an answer
without one is an error).

`POST /{service_id}/{endpoint_id}/lookup`

Never retried: sending it twice could do the work twice.

Arguments:
- `endpoint_id`: The endpoint's id. Sent as a path segment.
- `record`: The record's lookup columns, by name. Sent as JSON member `data`.

Optional arguments, set by name on the returned request:
- `context`: Unset by default (then left out). Sent as JSON member `context`.

Returns a [`ApiNodeClientLookupRecord`](requests::ApiNodeClientLookupRecord) request; nothing is sent until `.send()`.*/
        pub fn lookup_record(
            &self,
            endpoint_id: impl Into<String>,
            record: impl Into<::serde_json::Value>,
        ) -> requests::ApiNodeClientLookupRecord<'_> {
            requests::ApiNodeClientLookupRecord {
                __owner: self,
                endpoint_id: endpoint_id.into(),
                record: record.into(),
                context: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Looks a batch of records up on an endpoint of the "dataset lookup"
type: each record is an object with a `data` member, and one without
refuses the call before anything is sent.

`POST /{service_id}/{endpoint_id}/lookup-multi`

Never retried: sending it twice could do the work twice.

Arguments:
- `endpoint_id`: The endpoint's id. Sent as a path segment.
- `records`: The records, each `{"data": {..}}` (and an optional `context`). Sent as JSON member `items`, converted by `records_with_data`.

Returns a [`ApiNodeClientLookupRecords`](requests::ApiNodeClientLookupRecords) request; nothing is sent until `.send()`.*/
        pub fn lookup_records(
            &self,
            endpoint_id: impl Into<String>,
            records: impl Into<::serde_json::Value>,
        ) -> requests::ApiNodeClientLookupRecords<'_> {
            requests::ApiNodeClientLookupRecords {
                __owner: self,
                endpoint_id: endpoint_id.into(),
                records: records.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Calls an endpoint of the "function" type with these arguments (a
JSON object, by name: dataikuapi's keyword arguments; no body when
there are none) and answers what the function returned.

`POST /{service_id}/{endpoint_id}/run`

Never retried: sending it twice could do the work twice.

Arguments:
- `endpoint_id`: The endpoint's id. Sent as a path segment.
- `arguments`: The function's arguments, by name. Sent as the JSON body, converted by `nonempty`.

Returns a [`ApiNodeClientRunFunction`](requests::ApiNodeClientRunFunction) request; nothing is sent until `.send()`.*/
        pub fn run_function(
            &self,
            endpoint_id: impl Into<String>,
            arguments: impl Into<::serde_json::Value>,
        ) -> requests::ApiNodeClientRunFunction<'_> {
            requests::ApiNodeClientRunFunction {
                __owner: self,
                endpoint_id: endpoint_id.into(),
                arguments: arguments.into(),
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
            impl super::handles::ApiNodeClient {
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
                ("ApiNodeClient", "predict_record") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeClient", ids)?;
                        let __owner: super::handles::ApiNodeClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![__id_service_id],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .predict_record(
                                args.str("endpoint_id")?,
                                args.json("features")?,
                            );
                        let __endpoint = requests::ApiNodeClientPredictRecord::ENDPOINT;
                        if let Some(__v) = args.opt_str("forced_generation")? {
                            __r = __r.forced_generation(__v);
                        }
                        if let Some(__v) = args.opt_str("dispatch_key")? {
                            __r = __r.dispatch_key(__v);
                        }
                        if let Some(__v) = args.opt_json("context")? {
                            __r = __r.context(__v);
                        }
                        if let Some(__v) = args.opt_bool("with_explanations")? {
                            __r = __r.with_explanations(__v);
                        }
                        if let Some(__v) = args.opt_str("explanation_method")? {
                            __r = __r.explanation_method(__v);
                        }
                        if let Some(__v) = args.opt_int("n_explanations")? {
                            __r = __r.n_explanations(__v);
                        }
                        if let Some(__v) = args.opt_int("n_explanations_mc_steps")? {
                            __r = __r.n_explanations_mc_steps(__v);
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
                ("ApiNodeClient", "predict_records") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeClient", ids)?;
                        let __owner: super::handles::ApiNodeClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![__id_service_id],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .predict_records(
                                args.str("endpoint_id")?,
                                args.json("records")?,
                            );
                        let __endpoint = requests::ApiNodeClientPredictRecords::ENDPOINT;
                        if let Some(__v) = args.opt_str("forced_generation")? {
                            __r = __r.forced_generation(__v);
                        }
                        if let Some(__v) = args.opt_str("dispatch_key")? {
                            __r = __r.dispatch_key(__v);
                        }
                        if let Some(__v) = args.opt_bool("with_explanations")? {
                            __r = __r.with_explanations(__v);
                        }
                        if let Some(__v) = args.opt_str("explanation_method")? {
                            __r = __r.explanation_method(__v);
                        }
                        if let Some(__v) = args.opt_int("n_explanations")? {
                            __r = __r.n_explanations(__v);
                        }
                        if let Some(__v) = args.opt_int("n_explanations_mc_steps")? {
                            __r = __r.n_explanations_mc_steps(__v);
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
                ("ApiNodeClient", "forecast") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeClient", ids)?;
                        let __owner: super::handles::ApiNodeClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![__id_service_id],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .forecast(args.str("endpoint_id")?, args.json("records")?);
                        let __endpoint = requests::ApiNodeClientForecast::ENDPOINT;
                        if let Some(__v) = args.opt_str("forced_generation")? {
                            __r = __r.forced_generation(__v);
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
                ("ApiNodeClient", "predict_effect") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeClient", ids)?;
                        let __owner: super::handles::ApiNodeClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![__id_service_id],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .predict_effect(
                                args.str("endpoint_id")?,
                                args.json("features")?,
                            );
                        let __endpoint = requests::ApiNodeClientPredictEffect::ENDPOINT;
                        if let Some(__v) = args.opt_str("forced_generation")? {
                            __r = __r.forced_generation(__v);
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
                ("ApiNodeClient", "predict_effects") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeClient", ids)?;
                        let __owner: super::handles::ApiNodeClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![__id_service_id],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .predict_effects(
                                args.str("endpoint_id")?,
                                args.json("records")?,
                            );
                        let __endpoint = requests::ApiNodeClientPredictEffects::ENDPOINT;
                        if let Some(__v) = args.opt_str("forced_generation")? {
                            __r = __r.forced_generation(__v);
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
                ("ApiNodeClient", "sql_query") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeClient", ids)?;
                        let __owner: super::handles::ApiNodeClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![__id_service_id],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .sql_query(
                                args.str("endpoint_id")?,
                                args.json("parameters")?,
                            );
                        let __endpoint = requests::ApiNodeClientSqlQuery::ENDPOINT;
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
                ("ApiNodeClient", "lookup_record") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeClient", ids)?;
                        let __owner: super::handles::ApiNodeClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![__id_service_id],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .lookup_record(
                                args.str("endpoint_id")?,
                                args.json("record")?,
                            );
                        let __endpoint = requests::ApiNodeClientLookupRecord::ENDPOINT;
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
                ("ApiNodeClient", "lookup_records") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeClient", ids)?;
                        let __owner: super::handles::ApiNodeClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![__id_service_id],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .lookup_records(
                                args.str("endpoint_id")?,
                                args.json("records")?,
                            );
                        let __endpoint = requests::ApiNodeClientLookupRecords::ENDPOINT;
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
                ("ApiNodeClient", "run_function") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeClient", ids)?;
                        let __owner: super::handles::ApiNodeClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![__id_service_id],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .run_function(
                                args.str("endpoint_id")?,
                                args.json("arguments")?,
                            );
                        let __endpoint = requests::ApiNodeClientRunFunction::ENDPOINT;
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
            let model: super::models::PredictionResult = ::serde_json::from_str(
                    "{\"prediction\":{\"k\":\"plain\"},\"probas\":{\"k\":1.5},\"ignored\":true,\"ignoreReason\":\"plain\",\"explanations\":{\"k\":1.5},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "PredictionResult")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "PredictionResult"
            );
            checked += 1;
            let model: super::models::PredictionAnswer = ::serde_json::from_str(
                    "{\"result\":{\"prediction\":{\"k\":\"plain\"},\"probas\":{\"k\":1.5},\"ignored\":true,\"ignoreReason\":\"plain\",\"explanations\":{\"k\":1.5},\"unknownMember\":\"SECRET-0b7c2f\"},\"timing\":{\"k\":1.5},\"apiContext\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "PredictionAnswer")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "PredictionAnswer"
            );
            checked += 1;
            let model: super::models::PredictionsAnswer = ::serde_json::from_str(
                    "{\"results\":[{\"prediction\":{\"k\":\"plain\"},\"probas\":{\"k\":1.5},\"ignored\":true,\"ignoreReason\":\"plain\",\"explanations\":{\"k\":1.5},\"unknownMember\":\"SECRET-0b7c2f\"}],\"timing\":{\"k\":1.5},\"apiContext\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "PredictionsAnswer")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "PredictionsAnswer"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle: super::handles::ApiNodeClient = crate::rt::ServerClient::from_core(
                ::core::clone::Clone::clone(&client),
                ::std::vec![::std::string::String::from("plain")],
            );
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ApiNodeClient"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
