// The expansion of `ml_tasks.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/ml_tasks.dss`.
pub mod spec_ml_tasks {
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
        ///A visual analysis of a project (a lab), named by its id.
        #[derive(Clone)]
        pub struct DssAnalysis {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) analysis_id: String,
        }
        impl DssAnalysis {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `analysis_id` this handle points at.
            pub fn analysis_id(&self) -> &str {
                &self.analysis_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssAnalysis {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssAnalysis")
                    .field("project_key", &self.project_key)
                    .field("analysis_id", &self.analysis_id)
                    .finish_non_exhaustive()
            }
        }
        ///An ML task of a visual analysis, named by the analysis's id and its own.
        #[derive(Clone)]
        pub struct DssMlTask {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) analysis_id: String,
            pub(crate) mltask_id: String,
        }
        impl DssMlTask {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `analysis_id` this handle points at.
            pub fn analysis_id(&self) -> &str {
                &self.analysis_id
            }
            ///The `mltask_id` this handle points at.
            pub fn mltask_id(&self) -> &str {
                &self.mltask_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssMlTask {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssMlTask")
                    .field("project_key", &self.project_key)
                    .field("analysis_id", &self.analysis_id)
                    .field("mltask_id", &self.mltask_id)
                    .finish_non_exhaustive()
            }
        }
        /**The definition of a visual analysis, as `get_definition` reads it
(dataikuapi's `DSSAnalysisDefinition`): its script of preparation steps
and its input; changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssAnalysisDefinition {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) analysis_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssAnalysisDefinition {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `analysis_id` this handle points at.
            pub fn analysis_id(&self) -> &str {
                &self.analysis_id
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
        impl ::core::fmt::Debug for DssAnalysisDefinition {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssAnalysisDefinition")
                    .field("project_key", &self.project_key)
                    .field("analysis_id", &self.analysis_id)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of an ML task, as `get_settings` reads them (dataikuapi's
`DSSPredictionMLTaskSettings`, `DSSClusteringMLTaskSettings` and their
time series, causal and multi-target forms): features, algorithms,
splitting, metrics; changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssMlTaskSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) analysis_id: String,
            pub(crate) mltask_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssMlTaskSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `analysis_id` this handle points at.
            pub fn analysis_id(&self) -> &str {
                &self.analysis_id
            }
            ///The `mltask_id` this handle points at.
            pub fn mltask_id(&self) -> &str {
                &self.mltask_id
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
        impl ::core::fmt::Debug for DssMlTaskSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssMlTaskSettings")
                    .field("project_key", &self.project_key)
                    .field("analysis_id", &self.analysis_id)
                    .field("mltask_id", &self.mltask_id)
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
        ///The id of one model trained by an ML task, as its status lists it.
        #[derive(Clone, PartialEq)]
        pub struct TrainedModelRef {
            ///The model's full id (`A-PROJECT-analysis-mltask-s1-pp1-m1`).
            pub id: String,
            ///Its parts: `projectKey`, `analysisId`, `mlTaskId`, `sessionId`, ...
            pub full_model_id: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for TrainedModelRef {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = TrainedModelRef;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `TrainedModelRef` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<TrainedModelRef, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_full_model_id: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "id" => {
                                    __m_id = Some(
                                        crate::rt::model::next_member(&mut __map, "id")?,
                                    );
                                }
                                "fullModelId" => {
                                    __m_full_model_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "fullModelId",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(TrainedModelRef {
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            full_model_id: __m_full_model_id,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for TrainedModelRef {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "fullModelId",
                    &self.full_model_id,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for TrainedModelRef {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("TrainedModelRef")
                    .field("id", &self.id)
                    .field("full_model_id", &self.full_model_id)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl TrainedModelRef {}
        /**The status of an ML task, as `get_status` reads it: whether DSS is
still guessing its settings or training its models, and the models
trained so far.*/
        #[derive(Clone, PartialEq)]
        pub struct MlTaskStatus {
            /**Whether DSS is guessing the task's settings (after a creation or a
`guess`); absent when DSS did not say.*/
            pub guessing: Option<bool>,
            ///Whether a training session is running; absent when DSS did not say.
            pub training: Option<bool>,
            ///The models trained so far, every session together.
            pub full_model_ids: Vec<TrainedModelRef>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for MlTaskStatus {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = MlTaskStatus;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `MlTaskStatus` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<MlTaskStatus, __A::Error> {
                        let mut __m_guessing: Option<bool> = None;
                        let mut __m_training: Option<bool> = None;
                        let mut __m_full_model_ids: Option<Vec<TrainedModelRef>> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "guessing" => {
                                    __m_guessing = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "guessing",
                                    )?;
                                }
                                "training" => {
                                    __m_training = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "training",
                                    )?;
                                }
                                "fullModelIds" => {
                                    __m_full_model_ids = Some(
                                        crate::rt::model::next_member(&mut __map, "fullModelIds")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(MlTaskStatus {
                            guessing: __m_guessing,
                            training: __m_training,
                            full_model_ids: __m_full_model_ids.unwrap_or_default(),
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for MlTaskStatus {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "guessing",
                    &self.guessing,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "training",
                    &self.training,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "fullModelIds",
                    &self.full_model_ids,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for MlTaskStatus {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("MlTaskStatus")
                    .field("guessing", &self.guessing)
                    .field("training", &self.training)
                    .field("full_model_ids", &self.full_model_ids)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl MlTaskStatus {}
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
        ///Request value of [`DssProject::list_analyses`](super::super::handles::DssProject::list_analyses): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListAnalyses<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListAnalyses<'a> {
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
                __call.lit("/lab/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListAnalyses, super::endpoints::PROJECT_LIST_ANALYSES, json(Value,
            "Sends the request (`GET /projects/{project_key}/lab/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListAnalyses<'_> {}
        ///Request value of [`DssProject::create_analysis`](super::super::handles::DssProject::create_analysis): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateAnalysis<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) input_dataset: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateAnalysis<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self { __owner, input_dataset, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/lab/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("inputDataset"),
                                    ::serde_json::Value::from(input_dataset),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/lab/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssAnalysis, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssAnalysis {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateAnalysis, super::endpoints::PROJECT_CREATE_ANALYSIS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateAnalysis<'_> {}
        ///Request value of [`DssProject::list_ml_tasks`](super::super::handles::DssProject::list_ml_tasks): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListMlTasks<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListMlTasks<'a> {
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
                __call.lit("/models/lab/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListMlTasks, super::endpoints::PROJECT_LIST_ML_TASKS, json(Value,
            "Sends the request (`GET /projects/{project_key}/models/lab/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListMlTasks<'_> {}
        ///Request value of [`DssProject::list_mltask_queues`](super::super::handles::DssProject::list_mltask_queues): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListMltaskQueues<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListMltaskQueues<'a> {
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
                __call.lit("/models/labs/mltask-queues");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListMltaskQueues, super::endpoints::PROJECT_LIST_MLTASK_QUEUES,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/models/labs/mltask-queues`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListMltaskQueues<'_> {}
        ///Request value of [`DssProject::create_prediction_ml_task`](super::super::handles::DssProject::create_prediction_ml_task): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreatePredictionMlTask<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) input_dataset: String,
            pub(crate) target_variable: String,
            pub(crate) ml_backend_type: String,
            pub(crate) guess_policy: String,
            pub(crate) prediction_type: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreatePredictionMlTask<'a> {
            /**The ML backend: `PY_MEMORY`, `MLLIB` or `H2O`.

Default: `PY_MEMORY`. Sent as JSON member `backendType`.*/
            pub fn ml_backend_type(
                mut self,
                ml_backend_type: impl Into<String>,
            ) -> Self {
                self.ml_backend_type = ml_backend_type.into();
                self
            }
            /**How DSS chooses the settings: `DEFAULT`, `SIMPLE_FORMULA`,
`DECISION_TREE`, `EXPLANATORY` or `PERFORMANCE`.

Default: `DEFAULT`. Sent as JSON member `guessPolicy`.*/
            pub fn guess_policy(mut self, guess_policy: impl Into<String>) -> Self {
                self.guess_policy = guess_policy.into();
                self
            }
            /**`BINARY_CLASSIFICATION`, `REGRESSION` or `MULTICLASS` (unset:
guessed).

Unset by default (then left out). Sent as JSON member `predictionType`.*/
            pub fn prediction_type(
                mut self,
                prediction_type: impl Into<String>,
            ) -> Self {
                self.prediction_type = Some(prediction_type.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    input_dataset,
                    target_variable,
                    ml_backend_type,
                    guess_policy,
                    prediction_type,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("inputDataset"),
                                    ::serde_json::Value::from(input_dataset),
                                );
                            __map
                                .insert(
                                    String::from("taskType"),
                                    ::serde_json::Value::from("PREDICTION"),
                                );
                            __map
                                .insert(
                                    String::from("targetVariable"),
                                    ::serde_json::Value::from(target_variable),
                                );
                            __map
                                .insert(
                                    String::from("backendType"),
                                    ::serde_json::Value::from(ml_backend_type),
                                );
                            __map
                                .insert(
                                    String::from("guessPolicy"),
                                    ::serde_json::Value::from(guess_policy),
                                );
                            let __v = ::serde_json::Value::from(prediction_type);
                            if !__v.is_null() {
                                __map.insert(String::from("predictionType"), __v);
                            }
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/models/lab/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMlTask, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = crate::rt::answer_string(
                                &__answer,
                                "analysisId",
                                Self::ENDPOINT,
                            )?;
                            let __f_mltask_id = crate::rt::answer_string(
                                &__answer,
                                "mlTaskId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMlTask {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                mltask_id: __f_mltask_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreatePredictionMlTask,
            super::endpoints::PROJECT_CREATE_PREDICTION_ML_TASK, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreatePredictionMlTask<'_> {}
        ///Request value of [`DssProject::create_clustering_ml_task`](super::super::handles::DssProject::create_clustering_ml_task): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateClusteringMlTask<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) input_dataset: String,
            pub(crate) ml_backend_type: String,
            pub(crate) guess_policy: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateClusteringMlTask<'a> {
            /**The ML backend: `PY_MEMORY`, `MLLIB` or `H2O`.

Default: `PY_MEMORY`. Sent as JSON member `backendType`.*/
            pub fn ml_backend_type(
                mut self,
                ml_backend_type: impl Into<String>,
            ) -> Self {
                self.ml_backend_type = ml_backend_type.into();
                self
            }
            /**How DSS chooses the settings: `KMEANS` or `ANOMALY_DETECTION`.

Default: `KMEANS`. Sent as JSON member `guessPolicy`.*/
            pub fn guess_policy(mut self, guess_policy: impl Into<String>) -> Self {
                self.guess_policy = guess_policy.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    input_dataset,
                    ml_backend_type,
                    guess_policy,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("inputDataset"),
                                    ::serde_json::Value::from(input_dataset),
                                );
                            __map
                                .insert(
                                    String::from("taskType"),
                                    ::serde_json::Value::from("CLUSTERING"),
                                );
                            __map
                                .insert(
                                    String::from("backendType"),
                                    ::serde_json::Value::from(ml_backend_type),
                                );
                            __map
                                .insert(
                                    String::from("guessPolicy"),
                                    ::serde_json::Value::from(guess_policy),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/models/lab/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMlTask, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = crate::rt::answer_string(
                                &__answer,
                                "analysisId",
                                Self::ENDPOINT,
                            )?;
                            let __f_mltask_id = crate::rt::answer_string(
                                &__answer,
                                "mlTaskId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMlTask {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                mltask_id: __f_mltask_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateClusteringMlTask,
            super::endpoints::PROJECT_CREATE_CLUSTERING_ML_TASK, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateClusteringMlTask<'_> {}
        ///Request value of [`DssProject::create_timeseries_forecasting_ml_task`](super::super::handles::DssProject::create_timeseries_forecasting_ml_task): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateTimeseriesForecastingMlTask<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) input_dataset: String,
            pub(crate) target_variable: String,
            pub(crate) time_variable: String,
            pub(crate) timeseries_identifiers: Option<Vec<String>>,
            pub(crate) guess_policy: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateTimeseriesForecastingMlTask<'a> {
            /**The columns identifying each series, when the dataset holds
several.

Unset by default (then sent as `null`). Sent as JSON member `timeseriesIdentifiers`.*/
            pub fn timeseries_identifiers(
                mut self,
                timeseries_identifiers: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.timeseries_identifiers = Some(
                    timeseries_identifiers.into_iter().map(Into::into).collect(),
                );
                self
            }
            /**`TIMESERIES_DEFAULT`, `TIMESERIES_STATISTICAL` or
`TIMESERIES_DEEP_LEARNING`.

Default: `TIMESERIES_DEFAULT`. Sent as JSON member `guessPolicy`.*/
            pub fn guess_policy(mut self, guess_policy: impl Into<String>) -> Self {
                self.guess_policy = guess_policy.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    input_dataset,
                    target_variable,
                    time_variable,
                    timeseries_identifiers,
                    guess_policy,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("inputDataset"),
                                    ::serde_json::Value::from(input_dataset),
                                );
                            __map
                                .insert(
                                    String::from("taskType"),
                                    ::serde_json::Value::from("PREDICTION"),
                                );
                            __map
                                .insert(
                                    String::from("targetVariable"),
                                    ::serde_json::Value::from(target_variable),
                                );
                            __map
                                .insert(
                                    String::from("timeVariable"),
                                    ::serde_json::Value::from(time_variable),
                                );
                            __map
                                .insert(
                                    String::from("timeseriesIdentifiers"),
                                    ::serde_json::Value::from(timeseries_identifiers),
                                );
                            __map
                                .insert(
                                    String::from("backendType"),
                                    ::serde_json::Value::from("PY_MEMORY"),
                                );
                            __map
                                .insert(
                                    String::from("guessPolicy"),
                                    ::serde_json::Value::from(guess_policy),
                                );
                            __map
                                .insert(
                                    String::from("predictionType"),
                                    ::serde_json::Value::from("TIMESERIES_FORECAST"),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/models/lab/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMlTask, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = crate::rt::answer_string(
                                &__answer,
                                "analysisId",
                                Self::ENDPOINT,
                            )?;
                            let __f_mltask_id = crate::rt::answer_string(
                                &__answer,
                                "mlTaskId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMlTask {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                mltask_id: __f_mltask_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateTimeseriesForecastingMlTask,
            super::endpoints::PROJECT_CREATE_TIMESERIES_FORECASTING_ML_TASK, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateTimeseriesForecastingMlTask<'_> {}
        ///Request value of [`DssProject::create_multi_target_prediction_ml_task`](super::super::handles::DssProject::create_multi_target_prediction_ml_task): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateMultiTargetPredictionMlTask<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) input_dataset: String,
            pub(crate) target_variables: Vec<String>,
            pub(crate) guess_policy: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateMultiTargetPredictionMlTask<'a> {
            /**How DSS chooses the settings: `MULTI_TARGET_DEFAULT`.

Default: `MULTI_TARGET_DEFAULT`. Sent as JSON member `guessPolicy`.*/
            pub fn guess_policy(mut self, guess_policy: impl Into<String>) -> Self {
                self.guess_policy = guess_policy.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    input_dataset,
                    target_variables,
                    guess_policy,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("inputDataset"),
                                    ::serde_json::Value::from(input_dataset),
                                );
                            __map
                                .insert(
                                    String::from("taskType"),
                                    ::serde_json::Value::from("PREDICTION"),
                                );
                            __map
                                .insert(
                                    String::from("targetVariables"),
                                    ::serde_json::Value::from(target_variables),
                                );
                            __map
                                .insert(
                                    String::from("backendType"),
                                    ::serde_json::Value::from("PY_MEMORY"),
                                );
                            __map
                                .insert(
                                    String::from("guessPolicy"),
                                    ::serde_json::Value::from(guess_policy),
                                );
                            __map
                                .insert(
                                    String::from("predictionType"),
                                    ::serde_json::Value::from("MULTI_TARGET_REGRESSION"),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/models/lab/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMlTask, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = crate::rt::answer_string(
                                &__answer,
                                "analysisId",
                                Self::ENDPOINT,
                            )?;
                            let __f_mltask_id = crate::rt::answer_string(
                                &__answer,
                                "mlTaskId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMlTask {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                mltask_id: __f_mltask_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateMultiTargetPredictionMlTask,
            super::endpoints::PROJECT_CREATE_MULTI_TARGET_PREDICTION_ML_TASK, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateMultiTargetPredictionMlTask<'_> {}
        ///Request value of [`DssProject::create_causal_prediction_ml_task`](super::super::handles::DssProject::create_causal_prediction_ml_task): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateCausalPredictionMlTask<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) input_dataset: String,
            pub(crate) outcome_variable: String,
            pub(crate) treatment_variable: String,
            pub(crate) prediction_type: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateCausalPredictionMlTask<'a> {
            /**`CAUSAL_BINARY_CLASSIFICATION` or `CAUSAL_REGRESSION` (unset:
guessed).

Unset by default (then sent as `null`). Sent as JSON member `predictionType`.*/
            pub fn prediction_type(
                mut self,
                prediction_type: impl Into<String>,
            ) -> Self {
                self.prediction_type = Some(prediction_type.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    input_dataset,
                    outcome_variable,
                    treatment_variable,
                    prediction_type,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("inputDataset"),
                                    ::serde_json::Value::from(input_dataset),
                                );
                            __map
                                .insert(
                                    String::from("taskType"),
                                    ::serde_json::Value::from("PREDICTION"),
                                );
                            __map
                                .insert(
                                    String::from("targetVariable"),
                                    ::serde_json::Value::from(outcome_variable),
                                );
                            __map
                                .insert(
                                    String::from("treatmentVariable"),
                                    ::serde_json::Value::from(treatment_variable),
                                );
                            __map
                                .insert(
                                    String::from("backendType"),
                                    ::serde_json::Value::from("PY_MEMORY"),
                                );
                            __map
                                .insert(
                                    String::from("guessPolicy"),
                                    ::serde_json::Value::from("CAUSAL_PREDICTION"),
                                );
                            __map
                                .insert(
                                    String::from("predictionType"),
                                    ::serde_json::Value::from(prediction_type),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/models/lab/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMlTask, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = crate::rt::answer_string(
                                &__answer,
                                "analysisId",
                                Self::ENDPOINT,
                            )?;
                            let __f_mltask_id = crate::rt::answer_string(
                                &__answer,
                                "mlTaskId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMlTask {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                mltask_id: __f_mltask_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateCausalPredictionMlTask,
            super::endpoints::PROJECT_CREATE_CAUSAL_PREDICTION_ML_TASK, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateCausalPredictionMlTask<'_> {}
        ///Request value of [`DssDataset::create_analysis`](super::super::handles::DssDataset::create_analysis): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetCreateAnalysis<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetCreateAnalysis<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssDataset,)),
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
                __call.lit("/lab/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("inputDataset"),
                                    ::serde_json::Value::from(__owner.dataset_name.as_str()),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/lab/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssAnalysis, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssAnalysis {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            DatasetCreateAnalysis, super::endpoints::DATASET_CREATE_ANALYSIS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetCreateAnalysis<'_> {}
        ///Request value of [`DssDataset::create_prediction_ml_task`](super::super::handles::DssDataset::create_prediction_ml_task): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetCreatePredictionMlTask<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) target_variable: String,
            pub(crate) ml_backend_type: String,
            pub(crate) guess_policy: String,
            pub(crate) prediction_type: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetCreatePredictionMlTask<'a> {
            /**The ML backend: `PY_MEMORY`, `MLLIB` or `H2O`.

Default: `PY_MEMORY`. Sent as JSON member `backendType`.*/
            pub fn ml_backend_type(
                mut self,
                ml_backend_type: impl Into<String>,
            ) -> Self {
                self.ml_backend_type = ml_backend_type.into();
                self
            }
            /**How DSS chooses the settings (`DEFAULT`, `PERFORMANCE`, ...).

Default: `DEFAULT`. Sent as JSON member `guessPolicy`.*/
            pub fn guess_policy(mut self, guess_policy: impl Into<String>) -> Self {
                self.guess_policy = guess_policy.into();
                self
            }
            /**`BINARY_CLASSIFICATION`, `REGRESSION` or `MULTICLASS` (unset:
guessed).

Unset by default (then left out). Sent as JSON member `predictionType`.*/
            pub fn prediction_type(
                mut self,
                prediction_type: impl Into<String>,
            ) -> Self {
                self.prediction_type = Some(prediction_type.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssDataset,)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    target_variable,
                    ml_backend_type,
                    guess_policy,
                    prediction_type,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("inputDataset"),
                                    ::serde_json::Value::from(__owner.dataset_name.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("taskType"),
                                    ::serde_json::Value::from("PREDICTION"),
                                );
                            __map
                                .insert(
                                    String::from("targetVariable"),
                                    ::serde_json::Value::from(target_variable),
                                );
                            __map
                                .insert(
                                    String::from("backendType"),
                                    ::serde_json::Value::from(ml_backend_type),
                                );
                            __map
                                .insert(
                                    String::from("guessPolicy"),
                                    ::serde_json::Value::from(guess_policy),
                                );
                            let __v = ::serde_json::Value::from(prediction_type);
                            if !__v.is_null() {
                                __map.insert(String::from("predictionType"), __v);
                            }
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/models/lab/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMlTask, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = crate::rt::answer_string(
                                &__answer,
                                "analysisId",
                                Self::ENDPOINT,
                            )?;
                            let __f_mltask_id = crate::rt::answer_string(
                                &__answer,
                                "mlTaskId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMlTask {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                mltask_id: __f_mltask_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            DatasetCreatePredictionMlTask,
            super::endpoints::DATASET_CREATE_PREDICTION_ML_TASK, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetCreatePredictionMlTask<'_> {}
        ///Request value of [`DssDataset::create_clustering_ml_task`](super::super::handles::DssDataset::create_clustering_ml_task): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetCreateClusteringMlTask<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) ml_backend_type: String,
            pub(crate) guess_policy: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetCreateClusteringMlTask<'a> {
            /**The ML backend: `PY_MEMORY`, `MLLIB` or `H2O`.

Default: `PY_MEMORY`. Sent as JSON member `backendType`.*/
            pub fn ml_backend_type(
                mut self,
                ml_backend_type: impl Into<String>,
            ) -> Self {
                self.ml_backend_type = ml_backend_type.into();
                self
            }
            /**How DSS chooses the settings: `KMEANS` or `ANOMALY_DETECTION`.

Default: `KMEANS`. Sent as JSON member `guessPolicy`.*/
            pub fn guess_policy(mut self, guess_policy: impl Into<String>) -> Self {
                self.guess_policy = guess_policy.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssDataset,)),
                crate::rt::Error,
            > {
                let Self { __owner, ml_backend_type, guess_policy, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("inputDataset"),
                                    ::serde_json::Value::from(__owner.dataset_name.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("taskType"),
                                    ::serde_json::Value::from("CLUSTERING"),
                                );
                            __map
                                .insert(
                                    String::from("backendType"),
                                    ::serde_json::Value::from(ml_backend_type),
                                );
                            __map
                                .insert(
                                    String::from("guessPolicy"),
                                    ::serde_json::Value::from(guess_policy),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/models/lab/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMlTask, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = crate::rt::answer_string(
                                &__answer,
                                "analysisId",
                                Self::ENDPOINT,
                            )?;
                            let __f_mltask_id = crate::rt::answer_string(
                                &__answer,
                                "mlTaskId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMlTask {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                mltask_id: __f_mltask_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            DatasetCreateClusteringMlTask,
            super::endpoints::DATASET_CREATE_CLUSTERING_ML_TASK, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetCreateClusteringMlTask<'_> {}
        ///Request value of [`DssDataset::create_timeseries_forecasting_ml_task`](super::super::handles::DssDataset::create_timeseries_forecasting_ml_task): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetCreateTimeseriesForecastingMlTask<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) target_variable: String,
            pub(crate) time_variable: String,
            pub(crate) timeseries_identifiers: Option<Vec<String>>,
            pub(crate) guess_policy: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetCreateTimeseriesForecastingMlTask<'a> {
            /**The columns identifying each series.

Unset by default (then sent as `null`). Sent as JSON member `timeseriesIdentifiers`.*/
            pub fn timeseries_identifiers(
                mut self,
                timeseries_identifiers: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.timeseries_identifiers = Some(
                    timeseries_identifiers.into_iter().map(Into::into).collect(),
                );
                self
            }
            /**`TIMESERIES_DEFAULT`, `TIMESERIES_STATISTICAL` or
`TIMESERIES_DEEP_LEARNING`.

Default: `TIMESERIES_DEFAULT`. Sent as JSON member `guessPolicy`.*/
            pub fn guess_policy(mut self, guess_policy: impl Into<String>) -> Self {
                self.guess_policy = guess_policy.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssDataset,)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    target_variable,
                    time_variable,
                    timeseries_identifiers,
                    guess_policy,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("inputDataset"),
                                    ::serde_json::Value::from(__owner.dataset_name.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("taskType"),
                                    ::serde_json::Value::from("PREDICTION"),
                                );
                            __map
                                .insert(
                                    String::from("targetVariable"),
                                    ::serde_json::Value::from(target_variable),
                                );
                            __map
                                .insert(
                                    String::from("timeVariable"),
                                    ::serde_json::Value::from(time_variable),
                                );
                            __map
                                .insert(
                                    String::from("timeseriesIdentifiers"),
                                    ::serde_json::Value::from(timeseries_identifiers),
                                );
                            __map
                                .insert(
                                    String::from("backendType"),
                                    ::serde_json::Value::from("PY_MEMORY"),
                                );
                            __map
                                .insert(
                                    String::from("guessPolicy"),
                                    ::serde_json::Value::from(guess_policy),
                                );
                            __map
                                .insert(
                                    String::from("predictionType"),
                                    ::serde_json::Value::from("TIMESERIES_FORECAST"),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/models/lab/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMlTask, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = crate::rt::answer_string(
                                &__answer,
                                "analysisId",
                                Self::ENDPOINT,
                            )?;
                            let __f_mltask_id = crate::rt::answer_string(
                                &__answer,
                                "mlTaskId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMlTask {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                mltask_id: __f_mltask_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            DatasetCreateTimeseriesForecastingMlTask,
            super::endpoints::DATASET_CREATE_TIMESERIES_FORECASTING_ML_TASK, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetCreateTimeseriesForecastingMlTask<'_> {}
        ///Request value of [`DssDataset::create_multi_target_prediction_ml_task`](super::super::handles::DssDataset::create_multi_target_prediction_ml_task): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetCreateMultiTargetPredictionMlTask<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) target_variables: Vec<String>,
            pub(crate) guess_policy: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetCreateMultiTargetPredictionMlTask<'a> {
            /**How DSS chooses the settings: `MULTI_TARGET_DEFAULT`.

Default: `MULTI_TARGET_DEFAULT`. Sent as JSON member `guessPolicy`.*/
            pub fn guess_policy(mut self, guess_policy: impl Into<String>) -> Self {
                self.guess_policy = guess_policy.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssDataset,)),
                crate::rt::Error,
            > {
                let Self { __owner, target_variables, guess_policy, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("inputDataset"),
                                    ::serde_json::Value::from(__owner.dataset_name.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("taskType"),
                                    ::serde_json::Value::from("PREDICTION"),
                                );
                            __map
                                .insert(
                                    String::from("targetVariables"),
                                    ::serde_json::Value::from(target_variables),
                                );
                            __map
                                .insert(
                                    String::from("backendType"),
                                    ::serde_json::Value::from("PY_MEMORY"),
                                );
                            __map
                                .insert(
                                    String::from("guessPolicy"),
                                    ::serde_json::Value::from(guess_policy),
                                );
                            __map
                                .insert(
                                    String::from("predictionType"),
                                    ::serde_json::Value::from("MULTI_TARGET_REGRESSION"),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/models/lab/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMlTask, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = crate::rt::answer_string(
                                &__answer,
                                "analysisId",
                                Self::ENDPOINT,
                            )?;
                            let __f_mltask_id = crate::rt::answer_string(
                                &__answer,
                                "mlTaskId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMlTask {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                mltask_id: __f_mltask_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            DatasetCreateMultiTargetPredictionMlTask,
            super::endpoints::DATASET_CREATE_MULTI_TARGET_PREDICTION_ML_TASK, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetCreateMultiTargetPredictionMlTask<'_> {}
        ///Request value of [`DssDataset::create_causal_prediction_ml_task`](super::super::handles::DssDataset::create_causal_prediction_ml_task): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetCreateCausalPredictionMlTask<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) outcome_variable: String,
            pub(crate) treatment_variable: String,
            pub(crate) prediction_type: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetCreateCausalPredictionMlTask<'a> {
            /**`CAUSAL_BINARY_CLASSIFICATION` or `CAUSAL_REGRESSION` (unset:
guessed).

Unset by default (then sent as `null`). Sent as JSON member `predictionType`.*/
            pub fn prediction_type(
                mut self,
                prediction_type: impl Into<String>,
            ) -> Self {
                self.prediction_type = Some(prediction_type.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssDataset,)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    outcome_variable,
                    treatment_variable,
                    prediction_type,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("inputDataset"),
                                    ::serde_json::Value::from(__owner.dataset_name.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("taskType"),
                                    ::serde_json::Value::from("PREDICTION"),
                                );
                            __map
                                .insert(
                                    String::from("targetVariable"),
                                    ::serde_json::Value::from(outcome_variable),
                                );
                            __map
                                .insert(
                                    String::from("treatmentVariable"),
                                    ::serde_json::Value::from(treatment_variable),
                                );
                            __map
                                .insert(
                                    String::from("backendType"),
                                    ::serde_json::Value::from("PY_MEMORY"),
                                );
                            __map
                                .insert(
                                    String::from("guessPolicy"),
                                    ::serde_json::Value::from("CAUSAL_PREDICTION"),
                                );
                            __map
                                .insert(
                                    String::from("predictionType"),
                                    ::serde_json::Value::from(prediction_type),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/models/lab/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMlTask, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = crate::rt::answer_string(
                                &__answer,
                                "analysisId",
                                Self::ENDPOINT,
                            )?;
                            let __f_mltask_id = crate::rt::answer_string(
                                &__answer,
                                "mlTaskId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMlTask {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                mltask_id: __f_mltask_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            DatasetCreateCausalPredictionMlTask,
            super::endpoints::DATASET_CREATE_CAUSAL_PREDICTION_ML_TASK, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetCreateCausalPredictionMlTask<'_> {}
        ///Request value of [`DssAnalysis::delete`](super::super::handles::DssAnalysis::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AnalysisDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAnalysis,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AnalysisDelete<'a> {
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
                __call.lit("/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AnalysisDelete, super::endpoints::ANALYSIS_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/lab/{analysis_id}/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AnalysisDelete<'_> {}
        ///Request value of [`DssAnalysis::get_definition`](super::super::handles::DssAnalysis::get_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AnalysisGetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAnalysis,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AnalysisGetDefinition<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssAnalysis,)),
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
                __call.lit("/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/lab/{analysis_id}/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssAnalysisDefinition, crate::rt::Error> {
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
                            let __f_analysis_id = ::core::clone::Clone::clone(
                                &__owner.analysis_id,
                            );
                            super::super::handles::DssAnalysisDefinition {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            AnalysisGetDefinition, super::endpoints::ANALYSIS_GET_DEFINITION, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AnalysisGetDefinition<'_> {}
        ///Request value of [`DssAnalysis::set_definition`](super::super::handles::DssAnalysis::set_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AnalysisSetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAnalysis,
            pub(crate) definition: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AnalysisSetDefinition<'a> {
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
                __call.lit("/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.json(&::serde_json::Value::from(definition))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AnalysisSetDefinition, super::endpoints::ANALYSIS_SET_DEFINITION, json(Value,
            "Sends the request (`PUT /projects/{project_key}/lab/{analysis_id}/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AnalysisSetDefinition<'_> {}
        ///Request value of [`DssAnalysis::list_ml_tasks`](super::super::handles::DssAnalysis::list_ml_tasks): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AnalysisListMlTasks<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAnalysis,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AnalysisListMlTasks<'a> {
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
                __call.lit("/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/models/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AnalysisListMlTasks, super::endpoints::ANALYSIS_LIST_ML_TASKS, json(Value,
            "Sends the request (`GET /projects/{project_key}/lab/{analysis_id}/models/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AnalysisListMlTasks<'_> {}
        ///Request value of [`DssAnalysis::create_prediction_ml_task`](super::super::handles::DssAnalysis::create_prediction_ml_task): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AnalysisCreatePredictionMlTask<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAnalysis,
            pub(crate) target_variable: String,
            pub(crate) ml_backend_type: String,
            pub(crate) guess_policy: String,
            pub(crate) prediction_type: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AnalysisCreatePredictionMlTask<'a> {
            /**The ML backend: `PY_MEMORY`, `MLLIB` or `H2O`.

Default: `PY_MEMORY`. Sent as JSON member `backendType`.*/
            pub fn ml_backend_type(
                mut self,
                ml_backend_type: impl Into<String>,
            ) -> Self {
                self.ml_backend_type = ml_backend_type.into();
                self
            }
            /**How DSS chooses the settings (`DEFAULT`, `PERFORMANCE`, ...).

Default: `DEFAULT`. Sent as JSON member `guessPolicy`.*/
            pub fn guess_policy(mut self, guess_policy: impl Into<String>) -> Self {
                self.guess_policy = guess_policy.into();
                self
            }
            /**`BINARY_CLASSIFICATION`, `REGRESSION` or `MULTICLASS` (unset:
guessed).

Unset by default (then left out). Sent as JSON member `predictionType`.*/
            pub fn prediction_type(
                mut self,
                prediction_type: impl Into<String>,
            ) -> Self {
                self.prediction_type = Some(prediction_type.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssAnalysis,)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    target_variable,
                    ml_backend_type,
                    guess_policy,
                    prediction_type,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/models/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("taskType"),
                                    ::serde_json::Value::from("PREDICTION"),
                                );
                            __map
                                .insert(
                                    String::from("targetVariable"),
                                    ::serde_json::Value::from(target_variable),
                                );
                            __map
                                .insert(
                                    String::from("backendType"),
                                    ::serde_json::Value::from(ml_backend_type),
                                );
                            __map
                                .insert(
                                    String::from("guessPolicy"),
                                    ::serde_json::Value::from(guess_policy),
                                );
                            let __v = ::serde_json::Value::from(prediction_type);
                            if !__v.is_null() {
                                __map.insert(String::from("predictionType"), __v);
                            }
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/lab/{analysis_id}/models/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMlTask, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = ::core::clone::Clone::clone(
                                &__owner.analysis_id,
                            );
                            let __f_mltask_id = crate::rt::answer_string(
                                &__answer,
                                "mlTaskId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMlTask {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                mltask_id: __f_mltask_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            AnalysisCreatePredictionMlTask,
            super::endpoints::ANALYSIS_CREATE_PREDICTION_ML_TASK, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AnalysisCreatePredictionMlTask<'_> {}
        ///Request value of [`DssAnalysis::create_clustering_ml_task`](super::super::handles::DssAnalysis::create_clustering_ml_task): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AnalysisCreateClusteringMlTask<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAnalysis,
            pub(crate) ml_backend_type: String,
            pub(crate) guess_policy: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AnalysisCreateClusteringMlTask<'a> {
            /**The ML backend: `PY_MEMORY`, `MLLIB` or `H2O`.

Default: `PY_MEMORY`. Sent as JSON member `backendType`.*/
            pub fn ml_backend_type(
                mut self,
                ml_backend_type: impl Into<String>,
            ) -> Self {
                self.ml_backend_type = ml_backend_type.into();
                self
            }
            /**How DSS chooses the settings: `KMEANS` or `ANOMALY_DETECTION`.

Default: `KMEANS`. Sent as JSON member `guessPolicy`.*/
            pub fn guess_policy(mut self, guess_policy: impl Into<String>) -> Self {
                self.guess_policy = guess_policy.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssAnalysis,)),
                crate::rt::Error,
            > {
                let Self { __owner, ml_backend_type, guess_policy, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/models/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("taskType"),
                                    ::serde_json::Value::from("CLUSTERING"),
                                );
                            __map
                                .insert(
                                    String::from("backendType"),
                                    ::serde_json::Value::from(ml_backend_type),
                                );
                            __map
                                .insert(
                                    String::from("guessPolicy"),
                                    ::serde_json::Value::from(guess_policy),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/lab/{analysis_id}/models/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMlTask, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = ::core::clone::Clone::clone(
                                &__owner.analysis_id,
                            );
                            let __f_mltask_id = crate::rt::answer_string(
                                &__answer,
                                "mlTaskId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMlTask {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                mltask_id: __f_mltask_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            AnalysisCreateClusteringMlTask,
            super::endpoints::ANALYSIS_CREATE_CLUSTERING_ML_TASK, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AnalysisCreateClusteringMlTask<'_> {}
        ///Request value of [`DssAnalysis::create_timeseries_forecasting_ml_task`](super::super::handles::DssAnalysis::create_timeseries_forecasting_ml_task): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AnalysisCreateTimeseriesForecastingMlTask<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAnalysis,
            pub(crate) target_variable: String,
            pub(crate) time_variable: String,
            pub(crate) timeseries_identifiers: Option<Vec<String>>,
            pub(crate) guess_policy: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AnalysisCreateTimeseriesForecastingMlTask<'a> {
            /**The columns identifying each series.

Unset by default (then sent as `null`). Sent as JSON member `timeseriesIdentifiers`.*/
            pub fn timeseries_identifiers(
                mut self,
                timeseries_identifiers: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.timeseries_identifiers = Some(
                    timeseries_identifiers.into_iter().map(Into::into).collect(),
                );
                self
            }
            /**`TIMESERIES_DEFAULT`, `TIMESERIES_STATISTICAL` or
`TIMESERIES_DEEP_LEARNING`.

Default: `TIMESERIES_DEFAULT`. Sent as JSON member `guessPolicy`.*/
            pub fn guess_policy(mut self, guess_policy: impl Into<String>) -> Self {
                self.guess_policy = guess_policy.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssAnalysis,)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    target_variable,
                    time_variable,
                    timeseries_identifiers,
                    guess_policy,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/models/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("taskType"),
                                    ::serde_json::Value::from("PREDICTION"),
                                );
                            __map
                                .insert(
                                    String::from("targetVariable"),
                                    ::serde_json::Value::from(target_variable),
                                );
                            __map
                                .insert(
                                    String::from("timeVariable"),
                                    ::serde_json::Value::from(time_variable),
                                );
                            __map
                                .insert(
                                    String::from("timeseriesIdentifiers"),
                                    ::serde_json::Value::from(timeseries_identifiers),
                                );
                            __map
                                .insert(
                                    String::from("backendType"),
                                    ::serde_json::Value::from("PY_MEMORY"),
                                );
                            __map
                                .insert(
                                    String::from("guessPolicy"),
                                    ::serde_json::Value::from(guess_policy),
                                );
                            __map
                                .insert(
                                    String::from("predictionType"),
                                    ::serde_json::Value::from("TIMESERIES_FORECAST"),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/lab/{analysis_id}/models/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMlTask, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = ::core::clone::Clone::clone(
                                &__owner.analysis_id,
                            );
                            let __f_mltask_id = crate::rt::answer_string(
                                &__answer,
                                "mlTaskId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMlTask {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                mltask_id: __f_mltask_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            AnalysisCreateTimeseriesForecastingMlTask,
            super::endpoints::ANALYSIS_CREATE_TIMESERIES_FORECASTING_ML_TASK, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AnalysisCreateTimeseriesForecastingMlTask<'_> {}
        ///Request value of [`DssAnalysis::create_multi_target_prediction_ml_task`](super::super::handles::DssAnalysis::create_multi_target_prediction_ml_task): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AnalysisCreateMultiTargetPredictionMlTask<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAnalysis,
            pub(crate) target_variables: Vec<String>,
            pub(crate) guess_policy: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AnalysisCreateMultiTargetPredictionMlTask<'a> {
            /**How DSS chooses the settings: `MULTI_TARGET_DEFAULT`.

Default: `MULTI_TARGET_DEFAULT`. Sent as JSON member `guessPolicy`.*/
            pub fn guess_policy(mut self, guess_policy: impl Into<String>) -> Self {
                self.guess_policy = guess_policy.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssAnalysis,)),
                crate::rt::Error,
            > {
                let Self { __owner, target_variables, guess_policy, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/models/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("taskType"),
                                    ::serde_json::Value::from("PREDICTION"),
                                );
                            __map
                                .insert(
                                    String::from("targetVariables"),
                                    ::serde_json::Value::from(target_variables),
                                );
                            __map
                                .insert(
                                    String::from("backendType"),
                                    ::serde_json::Value::from("PY_MEMORY"),
                                );
                            __map
                                .insert(
                                    String::from("guessPolicy"),
                                    ::serde_json::Value::from(guess_policy),
                                );
                            __map
                                .insert(
                                    String::from("predictionType"),
                                    ::serde_json::Value::from("MULTI_TARGET_REGRESSION"),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/lab/{analysis_id}/models/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMlTask, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = ::core::clone::Clone::clone(
                                &__owner.analysis_id,
                            );
                            let __f_mltask_id = crate::rt::answer_string(
                                &__answer,
                                "mlTaskId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMlTask {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                mltask_id: __f_mltask_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            AnalysisCreateMultiTargetPredictionMlTask,
            super::endpoints::ANALYSIS_CREATE_MULTI_TARGET_PREDICTION_ML_TASK, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AnalysisCreateMultiTargetPredictionMlTask<'_> {}
        ///Request value of [`DssAnalysis::create_causal_prediction_ml_task`](super::super::handles::DssAnalysis::create_causal_prediction_ml_task): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AnalysisCreateCausalPredictionMlTask<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAnalysis,
            pub(crate) outcome_variable: String,
            pub(crate) treatment_variable: String,
            pub(crate) prediction_type: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AnalysisCreateCausalPredictionMlTask<'a> {
            /**`CAUSAL_BINARY_CLASSIFICATION` or `CAUSAL_REGRESSION` (unset:
guessed).

Unset by default (then left out). Sent as JSON member `predictionType`.*/
            pub fn prediction_type(
                mut self,
                prediction_type: impl Into<String>,
            ) -> Self {
                self.prediction_type = Some(prediction_type.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssAnalysis,)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    outcome_variable,
                    treatment_variable,
                    prediction_type,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/models/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("taskType"),
                                    ::serde_json::Value::from("PREDICTION"),
                                );
                            __map
                                .insert(
                                    String::from("targetVariable"),
                                    ::serde_json::Value::from(outcome_variable),
                                );
                            __map
                                .insert(
                                    String::from("treatmentVariable"),
                                    ::serde_json::Value::from(treatment_variable),
                                );
                            __map
                                .insert(
                                    String::from("backendType"),
                                    ::serde_json::Value::from("PY_MEMORY"),
                                );
                            __map
                                .insert(
                                    String::from("guessPolicy"),
                                    ::serde_json::Value::from("CAUSAL_PREDICTION"),
                                );
                            let __v = ::serde_json::Value::from(prediction_type);
                            if !__v.is_null() {
                                __map.insert(String::from("predictionType"), __v);
                            }
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/lab/{analysis_id}/models/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMlTask, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_analysis_id = ::core::clone::Clone::clone(
                                &__owner.analysis_id,
                            );
                            let __f_mltask_id = crate::rt::answer_string(
                                &__answer,
                                "mlTaskId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMlTask {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                mltask_id: __f_mltask_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            AnalysisCreateCausalPredictionMlTask,
            super::endpoints::ANALYSIS_CREATE_CAUSAL_PREDICTION_ML_TASK, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AnalysisCreateCausalPredictionMlTask<'_> {}
        ///Request value of [`DssAnalysisDefinition::save`](super::super::handles::DssAnalysisDefinition::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AnalysisDefinitionSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAnalysisDefinition,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AnalysisDefinitionSave<'a> {
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
                __call.lit("/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AnalysisDefinitionSave, super::endpoints::ANALYSIS_DEFINITION_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/lab/{analysis_id}/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AnalysisDefinitionSave<'_> {}
        ///Request value of [`DssMlTask::delete`](super::super::handles::DssMlTask::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MlTaskDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMlTask,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MlTaskDelete<'a> {
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
                __call.lit("/models/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.segment("mltask_id", &__owner.mltask_id, false)?;
                __call.lit("/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MlTaskDelete, super::endpoints::ML_TASK_DELETE, json(Value,
            "Sends the request (`DELETE /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MlTaskDelete<'_> {}
        ///Request value of [`DssMlTask::get_status`](super::super::handles::DssMlTask::get_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MlTaskGetStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMlTask,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MlTaskGetStatus<'a> {
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
                __call.lit("/models/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.segment("mltask_id", &__owner.mltask_id, false)?;
                __call.lit("/status");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MlTaskGetStatus, super::endpoints::ML_TASK_GET_STATUS, json(MlTaskStatus,
            "Sends the request (`GET /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MlTaskGetStatus<'_> {}
        ///Request value of [`DssMlTask::get_settings`](super::super::handles::DssMlTask::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MlTaskGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMlTask,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MlTaskGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssMlTask,)),
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
                __call.lit("/models/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.segment("mltask_id", &__owner.mltask_id, false)?;
                __call.lit("/settings");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMlTaskSettings, crate::rt::Error> {
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
                            let __f_analysis_id = ::core::clone::Clone::clone(
                                &__owner.analysis_id,
                            );
                            let __f_mltask_id = ::core::clone::Clone::clone(
                                &__owner.mltask_id,
                            );
                            super::super::handles::DssMlTaskSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                analysis_id: __f_analysis_id,
                                mltask_id: __f_mltask_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            MlTaskGetSettings, super::endpoints::ML_TASK_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MlTaskGetSettings<'_> {}
        ///Request value of [`DssMlTask::start_train`](super::super::handles::DssMlTask::start_train): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MlTaskStartTrain<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMlTask,
            pub(crate) session_name: Option<String>,
            pub(crate) session_description: Option<String>,
            pub(crate) run_queue: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MlTaskStartTrain<'a> {
            /**The session's name.

Unset by default (then sent as `null`). Sent as JSON member `sessionName`.*/
            pub fn session_name(mut self, session_name: impl Into<String>) -> Self {
                self.session_name = Some(session_name.into());
                self
            }
            /**The session's description.

Unset by default (then sent as `null`). Sent as JSON member `sessionDescription`.*/
            pub fn session_description(
                mut self,
                session_description: impl Into<String>,
            ) -> Self {
                self.session_description = Some(session_description.into());
                self
            }
            /**Queue the training behind the task's queue instead of running
it now.

Default: `false`. Sent as JSON member `runQueue`.*/
            pub fn run_queue(mut self, run_queue: bool) -> Self {
                self.run_queue = run_queue;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    session_name,
                    session_description,
                    run_queue,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.segment("mltask_id", &__owner.mltask_id, false)?;
                __call.lit("/train");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("sessionName"),
                                    ::serde_json::Value::from(session_name),
                                );
                            __map
                                .insert(
                                    String::from("sessionDescription"),
                                    ::serde_json::Value::from(session_description),
                                );
                            __map
                                .insert(
                                    String::from("runQueue"),
                                    ::serde_json::Value::from(run_queue),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MlTaskStartTrain, super::endpoints::ML_TASK_START_TRAIN, json(Value,
            "Sends the request (`POST /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/train`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MlTaskStartTrain<'_> {}
        ///Request value of [`DssMlTask::start_ensembling`](super::super::handles::DssMlTask::start_ensembling): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MlTaskStartEnsembling<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMlTask,
            pub(crate) model_ids: Vec<String>,
            pub(crate) method: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MlTaskStartEnsembling<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, model_ids, method, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.segment("mltask_id", &__owner.mltask_id, false)?;
                __call.lit("/ensemble");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("method"),
                                    ::serde_json::Value::from(method),
                                );
                            __map
                                .insert(
                                    String::from("modelsIds"),
                                    ::serde_json::Value::from(model_ids),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/ensemble`) and returns the answer.
            pub fn send(self) -> Result<String, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<String>(__answer, "id", false, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            MlTaskStartEnsembling, super::endpoints::ML_TASK_START_ENSEMBLING, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MlTaskStartEnsembling<'_> {}
        ///Request value of [`DssMlTask::get_trained_model_snippet`](super::super::handles::DssMlTask::get_trained_model_snippet): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MlTaskGetTrainedModelSnippet<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMlTask,
            pub(crate) ids: Option<Vec<String>>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MlTaskGetTrainedModelSnippet<'a> {
            /**The full ids of the models to read (unset: every model).

Unset by default (then left out). Sent as JSON member `modelsIds`.*/
            pub fn ids(
                mut self,
                ids: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.ids = Some(ids.into_iter().map(Into::into).collect());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, ids, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.segment("mltask_id", &__owner.mltask_id, false)?;
                __call.lit("/models-snippets");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            let __v = ::serde_json::Value::from(ids);
                            if !__v.is_null() {
                                __map.insert(String::from("modelsIds"), __v);
                            }
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MlTaskGetTrainedModelSnippet,
            super::endpoints::ML_TASK_GET_TRAINED_MODEL_SNIPPET, json(Value,
            "Sends the request (`GET /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/models-snippets`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MlTaskGetTrainedModelSnippet<'_> {}
        ///Request value of [`DssMlTask::get_trained_model_details`](super::super::handles::DssMlTask::get_trained_model_details): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MlTaskGetTrainedModelDetails<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMlTask,
            pub(crate) id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MlTaskGetTrainedModelDetails<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.segment("mltask_id", &__owner.mltask_id, false)?;
                __call.lit("/models/");
                __call.segment("id", &id, false)?;
                __call.lit("/details");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MlTaskGetTrainedModelDetails,
            super::endpoints::ML_TASK_GET_TRAINED_MODEL_DETAILS, json(Value,
            "Sends the request (`GET /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/models/{id}/details`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MlTaskGetTrainedModelDetails<'_> {}
        ///Request value of [`DssMlTask::delete_trained_model`](super::super::handles::DssMlTask::delete_trained_model): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MlTaskDeleteTrainedModel<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMlTask,
            pub(crate) model_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MlTaskDeleteTrainedModel<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, model_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.segment("mltask_id", &__owner.mltask_id, false)?;
                __call.lit("/models/");
                __call.segment("model_id", &model_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MlTaskDeleteTrainedModel, super::endpoints::ML_TASK_DELETE_TRAINED_MODEL,
            unit("Sends the request (`DELETE /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/models/{model_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MlTaskDeleteTrainedModel<'_> {}
        ///Request value of [`DssMlTask::train_queue`](super::super::handles::DssMlTask::train_queue): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MlTaskTrainQueue<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMlTask,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MlTaskTrainQueue<'a> {
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
                __call.lit("/models/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.segment("mltask_id", &__owner.mltask_id, false)?;
                __call.lit("/actions/train-queue");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MlTaskTrainQueue, super::endpoints::ML_TASK_TRAIN_QUEUE, json(Value,
            "Sends the request (`POST /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/actions/train-queue`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MlTaskTrainQueue<'_> {}
        ///Request value of [`DssMlTask::deploy_to_flow`](super::super::handles::DssMlTask::deploy_to_flow): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MlTaskDeployToFlow<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMlTask,
            pub(crate) model_id: String,
            pub(crate) model_name: String,
            pub(crate) train_dataset: String,
            pub(crate) test_dataset: Option<String>,
            pub(crate) redo_optimization: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MlTaskDeployToFlow<'a> {
            /**The dataset to test it on (a split of the train dataset when
unset).

Unset by default (then sent as `null`). Sent as JSON member `testDatasetRef`.*/
            pub fn test_dataset(mut self, test_dataset: impl Into<String>) -> Self {
                self.test_dataset = Some(test_dataset.into());
                self
            }
            /**Optimize the hyperparameters again when training in the flow.

Default: `true`. Sent as JSON member `redoOptimization`.*/
            pub fn redo_optimization(mut self, redo_optimization: bool) -> Self {
                self.redo_optimization = redo_optimization;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    model_id,
                    model_name,
                    train_dataset,
                    test_dataset,
                    redo_optimization,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.segment("mltask_id", &__owner.mltask_id, false)?;
                __call.lit("/models/");
                __call.segment("model_id", &model_id, false)?;
                __call.lit("/actions/deployToFlow");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("trainDatasetRef"),
                                    ::serde_json::Value::from(train_dataset),
                                );
                            __map
                                .insert(
                                    String::from("testDatasetRef"),
                                    ::serde_json::Value::from(test_dataset),
                                );
                            __map
                                .insert(
                                    String::from("modelName"),
                                    ::serde_json::Value::from(model_name),
                                );
                            __map
                                .insert(
                                    String::from("redoOptimization"),
                                    ::serde_json::Value::from(redo_optimization),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MlTaskDeployToFlow, super::endpoints::ML_TASK_DEPLOY_TO_FLOW, json(Value,
            "Sends the request (`POST /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/models/{model_id}/actions/deployToFlow`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MlTaskDeployToFlow<'_> {}
        ///Request value of [`DssMlTask::redeploy_to_flow`](super::super::handles::DssMlTask::redeploy_to_flow): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MlTaskRedeployToFlow<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMlTask,
            pub(crate) model_id: String,
            pub(crate) recipe_name: Option<String>,
            pub(crate) saved_model_id: Option<String>,
            pub(crate) activate: bool,
            pub(crate) redo_optimization: bool,
            pub(crate) redo_threshold_optimization: bool,
            pub(crate) fixed_threshold: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MlTaskRedeployToFlow<'a> {
            /**The training recipe of the saved model to update.

Unset by default (then sent as `null`). Sent as JSON member `recipeName`.*/
            pub fn recipe_name(mut self, recipe_name: impl Into<String>) -> Self {
                self.recipe_name = Some(recipe_name.into());
                self
            }
            /**The saved model to update.

Unset by default (then sent as `null`). Sent as JSON member `savedModelId`.*/
            pub fn saved_model_id(mut self, saved_model_id: impl Into<String>) -> Self {
                self.saved_model_id = Some(saved_model_id.into());
                self
            }
            /**Make the new version the active one.

Default: `true`. Sent as JSON member `activate`.*/
            pub fn activate(mut self, activate: bool) -> Self {
                self.activate = activate;
                self
            }
            /**Optimize the hyperparameters again.

Default: `false`. Sent as JSON member `redoOptimization`.*/
            pub fn redo_optimization(mut self, redo_optimization: bool) -> Self {
                self.redo_optimization = redo_optimization;
                self
            }
            /**Optimize the classification threshold again.

Default: `true`. Sent as JSON member `redoThresholdOptimization`.*/
            pub fn redo_threshold_optimization(
                mut self,
                redo_threshold_optimization: bool,
            ) -> Self {
                self.redo_threshold_optimization = redo_threshold_optimization;
                self
            }
            /**A classification threshold to use (a number).

Unset by default (then left out). Sent as JSON member `fixedThreshold`.*/
            pub fn fixed_threshold(
                mut self,
                fixed_threshold: impl Into<::serde_json::Value>,
            ) -> Self {
                self.fixed_threshold = Some(fixed_threshold.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    model_id,
                    recipe_name,
                    saved_model_id,
                    activate,
                    redo_optimization,
                    redo_threshold_optimization,
                    fixed_threshold,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.segment("mltask_id", &__owner.mltask_id, false)?;
                __call.lit("/models/");
                __call.segment("model_id", &model_id, false)?;
                __call.lit("/actions/redeployToFlow");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("recipeName"),
                                    ::serde_json::Value::from(recipe_name),
                                );
                            __map
                                .insert(
                                    String::from("savedModelId"),
                                    ::serde_json::Value::from(saved_model_id),
                                );
                            __map
                                .insert(
                                    String::from("activate"),
                                    ::serde_json::Value::from(activate),
                                );
                            __map
                                .insert(
                                    String::from("redoOptimization"),
                                    ::serde_json::Value::from(redo_optimization),
                                );
                            __map
                                .insert(
                                    String::from("redoThresholdOptimization"),
                                    ::serde_json::Value::from(redo_threshold_optimization),
                                );
                            let __v = ::serde_json::Value::from(fixed_threshold);
                            if !__v.is_null() {
                                __map.insert(String::from("fixedThreshold"), __v);
                            }
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MlTaskRedeployToFlow, super::endpoints::ML_TASK_REDEPLOY_TO_FLOW, json(Value,
            "Sends the request (`POST /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/models/{model_id}/actions/redeployToFlow`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MlTaskRedeployToFlow<'_> {}
        ///Request value of [`DssMlTask::remove_unused_splits`](super::super::handles::DssMlTask::remove_unused_splits): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MlTaskRemoveUnusedSplits<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMlTask,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MlTaskRemoveUnusedSplits<'a> {
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
                __call.lit("/models/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.segment("mltask_id", &__owner.mltask_id, false)?;
                __call.lit("/actions/removeUnusedSplits");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MlTaskRemoveUnusedSplits, super::endpoints::ML_TASK_REMOVE_UNUSED_SPLITS,
            unit("Sends the request (`POST /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/actions/removeUnusedSplits`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MlTaskRemoveUnusedSplits<'_> {}
        ///Request value of [`DssMlTask::remove_all_splits`](super::super::handles::DssMlTask::remove_all_splits): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MlTaskRemoveAllSplits<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMlTask,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MlTaskRemoveAllSplits<'a> {
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
                __call.lit("/models/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.segment("mltask_id", &__owner.mltask_id, false)?;
                __call.lit("/actions/removeAllSplits");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MlTaskRemoveAllSplits, super::endpoints::ML_TASK_REMOVE_ALL_SPLITS,
            unit("Sends the request (`POST /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/actions/removeAllSplits`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MlTaskRemoveAllSplits<'_> {}
        ///Request value of [`DssMlTask::guess`](super::super::handles::DssMlTask::guess): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MlTaskGuess<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMlTask,
            pub(crate) prediction_type: Option<String>,
            pub(crate) target_variable: Option<String>,
            pub(crate) timeseries_identifiers: Option<Vec<String>>,
            pub(crate) time_variable: Option<String>,
            pub(crate) full_reguess: Option<bool>,
            pub(crate) target_variables: Option<Vec<String>>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MlTaskGuess<'a> {
            /**The new prediction type.

Unset by default (then left out). Sent as query parameter `predictionType`.*/
            pub fn prediction_type(
                mut self,
                prediction_type: impl Into<String>,
            ) -> Self {
                self.prediction_type = Some(prediction_type.into());
                self
            }
            /**The new target column.

Unset by default (then left out). Sent as query parameter `targetVariable`.*/
            pub fn target_variable(
                mut self,
                target_variable: impl Into<String>,
            ) -> Self {
                self.target_variable = Some(target_variable.into());
                self
            }
            /**The new columns identifying each time series.

Unset by default (then left out). Sent as query parameter `timeseriesIdentifiers`, repeated for each item.*/
            pub fn timeseries_identifiers(
                mut self,
                timeseries_identifiers: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.timeseries_identifiers = Some(
                    timeseries_identifiers.into_iter().map(Into::into).collect(),
                );
                self
            }
            /**The new time column.

Unset by default (then left out). Sent as query parameter `timeVariable`.*/
            pub fn time_variable(mut self, time_variable: impl Into<String>) -> Self {
                self.time_variable = Some(time_variable.into());
                self
            }
            /**Guess every setting again (`true`), or only those that depend on
the target (`false`).

Unset by default (then left out). Sent as query parameter `fullReguess`.*/
            pub fn full_reguess(mut self, full_reguess: bool) -> Self {
                self.full_reguess = Some(full_reguess);
                self
            }
            /**The new target columns (multi-target regression).

Unset by default (then left out). Sent as query parameter `targetVariables`, repeated for each item.*/
            pub fn target_variables(
                mut self,
                target_variables: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.target_variables = Some(
                    target_variables.into_iter().map(Into::into).collect(),
                );
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    prediction_type,
                    target_variable,
                    timeseries_identifiers,
                    time_variable,
                    full_reguess,
                    target_variables,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/models/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.segment("mltask_id", &__owner.mltask_id, false)?;
                __call.lit("/guess");
                __call.query("predictionType", &prediction_type);
                __call.query("timeseriesIdentifiers", &timeseries_identifiers);
                __call.query("timeVariable", &time_variable);
                __call.query("targetVariable", &target_variable);
                __call.query("targetVariables", &target_variables);
                __call.query("fullReguess", &full_reguess);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MlTaskGuess, super::endpoints::ML_TASK_GUESS,
            unit("Sends the request (`PUT /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/guess`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MlTaskGuess<'_> {}
        ///Request value of [`DssMlTaskSettings::save`](super::super::handles::DssMlTaskSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MlTaskSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMlTaskSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MlTaskSettingsSave<'a> {
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
                __call.lit("/models/lab/");
                __call.segment("analysis_id", &__owner.analysis_id, false)?;
                __call.lit("/");
                __call.segment("mltask_id", &__owner.mltask_id, false)?;
                __call.lit("/settings");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MlTaskSettingsSave, super::endpoints::ML_TASK_SETTINGS_SAVE,
            unit("Sends the request (`POST /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MlTaskSettingsSave<'_> {}
        crate::rt::request_list!(
            ProjectListAnalyses, ProjectCreateAnalysis, ProjectListMlTasks,
            ProjectListMltaskQueues, ProjectCreatePredictionMlTask,
            ProjectCreateClusteringMlTask, ProjectCreateTimeseriesForecastingMlTask,
            ProjectCreateMultiTargetPredictionMlTask,
            ProjectCreateCausalPredictionMlTask, DatasetCreateAnalysis,
            DatasetCreatePredictionMlTask, DatasetCreateClusteringMlTask,
            DatasetCreateTimeseriesForecastingMlTask,
            DatasetCreateMultiTargetPredictionMlTask,
            DatasetCreateCausalPredictionMlTask, AnalysisDelete, AnalysisGetDefinition,
            AnalysisSetDefinition, AnalysisListMlTasks, AnalysisCreatePredictionMlTask,
            AnalysisCreateClusteringMlTask, AnalysisCreateTimeseriesForecastingMlTask,
            AnalysisCreateMultiTargetPredictionMlTask,
            AnalysisCreateCausalPredictionMlTask, AnalysisDefinitionSave, MlTaskDelete,
            MlTaskGetStatus, MlTaskGetSettings, MlTaskStartTrain, MlTaskStartEnsembling,
            MlTaskGetTrainedModelSnippet, MlTaskGetTrainedModelDetails,
            MlTaskDeleteTrainedModel, MlTaskTrainQueue, MlTaskDeployToFlow,
            MlTaskRedeployToFlow, MlTaskRemoveUnusedSplits, MlTaskRemoveAllSplits,
            MlTaskGuess, MlTaskSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_analyses`.
        pub static PROJECT_LIST_ANALYSES: Endpoint = Endpoint::new(
            "DssProject",
            "list_analyses",
            crate::rt::Server::DSS,
            "Lists the visual analyses of the project, as DSS describes them (`analysisId`, `inputDataset`, ...).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/lab/",
                    &[],
                    "ProjectListAnalyses",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::get_analysis`.
        pub static PROJECT_GET_ANALYSIS: Endpoint = Endpoint::new(
            "DssProject",
            "get_analysis",
            crate::rt::Server::DSS,
            "A handle on one visual analysis of the project.",
            &[
                Arg::new(
                    "analysis_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssAnalysis"),
            [false, true, false],
        );
        ///`DssProject::create_analysis`.
        pub static PROJECT_CREATE_ANALYSIS: Endpoint = Endpoint::new(
            "DssProject",
            "create_analysis",
            crate::rt::Server::DSS,
            "Creates a visual analysis of a dataset and returns a handle on it.",
            &[
                Arg::new(
                    "input_dataset",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "inputDataset",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/lab/",
                    &[],
                    "ProjectCreateAnalysis",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssAnalysis"),
            [false, true, false],
        );
        ///`DssProject::list_ml_tasks`.
        pub static PROJECT_LIST_ML_TASKS: Endpoint = Endpoint::new(
            "DssProject",
            "list_ml_tasks",
            crate::rt::Server::DSS,
            "Lists the ML tasks of every visual analysis of the project, as DSS describes them.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/models/lab/",
                    &[],
                    "ProjectListMlTasks",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::list_mltask_queues`.
        pub static PROJECT_LIST_MLTASK_QUEUES: Endpoint = Endpoint::new(
            "DssProject",
            "list_mltask_queues",
            crate::rt::Server::DSS,
            "Lists the queues of ML tasks waiting to train in the project (the non-empty ones).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/models/labs/mltask-queues",
                    &[],
                    "ProjectListMltaskQueues",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::get_ml_task`.
        pub static PROJECT_GET_ML_TASK: Endpoint = Endpoint::new(
            "DssProject",
            "get_ml_task",
            crate::rt::Server::DSS,
            "A handle on one ML task of a visual analysis of the project.",
            &[
                Arg::new(
                    "analysis_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
                Arg::new(
                    "mltask_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssProject::create_prediction_ml_task`.
        pub static PROJECT_CREATE_PREDICTION_ML_TASK: Endpoint = Endpoint::new(
            "DssProject",
            "create_prediction_ml_task",
            crate::rt::Server::DSS,
            "Creates a prediction ML task in a new visual analysis of a dataset and returns a handle on it, without waiting for DSS to guess its settings: call [`wait_guess_complete`](crate::DssMlTask::wait_guess_complete) before reading its settings or training it.",
            &[
                Arg::new(
                    "input_dataset",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "inputDataset",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "target_variable",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetVariable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "ml_backend_type",
                    "str",
                    Presence::Default("PY_MEMORY"),
                    Place::Member {
                        path: "backendType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "guess_policy",
                    "str",
                    Presence::Default("DEFAULT"),
                    Place::Member {
                        path: "guessPolicy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "prediction_type",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "predictionType",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/",
                    &[],
                    "ProjectCreatePredictionMlTask",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssProject::create_clustering_ml_task`.
        pub static PROJECT_CREATE_CLUSTERING_ML_TASK: Endpoint = Endpoint::new(
            "DssProject",
            "create_clustering_ml_task",
            crate::rt::Server::DSS,
            "Creates a clustering ML task in a new visual analysis of a dataset and returns a handle on it, without waiting for the guess (see [`wait_guess_complete`](crate::DssMlTask::wait_guess_complete)).",
            &[
                Arg::new(
                    "input_dataset",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "inputDataset",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "ml_backend_type",
                    "str",
                    Presence::Default("PY_MEMORY"),
                    Place::Member {
                        path: "backendType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "guess_policy",
                    "str",
                    Presence::Default("KMEANS"),
                    Place::Member {
                        path: "guessPolicy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/",
                    &[],
                    "ProjectCreateClusteringMlTask",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssProject::create_timeseries_forecasting_ml_task`.
        pub static PROJECT_CREATE_TIMESERIES_FORECASTING_ML_TASK: Endpoint = Endpoint::new(
            "DssProject",
            "create_timeseries_forecasting_ml_task",
            crate::rt::Server::DSS,
            "Creates a time series forecasting ML task in a new visual analysis of a dataset and returns a handle on it, without waiting for the guess (see [`wait_guess_complete`](crate::DssMlTask::wait_guess_complete)).",
            &[
                Arg::new(
                    "input_dataset",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "inputDataset",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "target_variable",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetVariable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "time_variable",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "timeVariable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "timeseries_identifiers",
                    "[str]",
                    Presence::Optional,
                    Place::Member {
                        path: "timeseriesIdentifiers",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "guess_policy",
                    "str",
                    Presence::Default("TIMESERIES_DEFAULT"),
                    Place::Member {
                        path: "guessPolicy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/",
                    &[],
                    "ProjectCreateTimeseriesForecastingMlTask",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssProject::create_multi_target_prediction_ml_task`.
        pub static PROJECT_CREATE_MULTI_TARGET_PREDICTION_ML_TASK: Endpoint = Endpoint::new(
            "DssProject",
            "create_multi_target_prediction_ml_task",
            crate::rt::Server::DSS,
            "Creates a multi-target regression ML task in a new visual analysis of a dataset and returns a handle on it, without waiting for the guess (see [`wait_guess_complete`](crate::DssMlTask::wait_guess_complete)).",
            &[
                Arg::new(
                    "input_dataset",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "inputDataset",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "target_variables",
                    "[str]",
                    Presence::Required,
                    Place::Member {
                        path: "targetVariables",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "guess_policy",
                    "str",
                    Presence::Default("MULTI_TARGET_DEFAULT"),
                    Place::Member {
                        path: "guessPolicy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/",
                    &[],
                    "ProjectCreateMultiTargetPredictionMlTask",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssProject::create_causal_prediction_ml_task`.
        pub static PROJECT_CREATE_CAUSAL_PREDICTION_ML_TASK: Endpoint = Endpoint::new(
            "DssProject",
            "create_causal_prediction_ml_task",
            crate::rt::Server::DSS,
            "Creates a causal prediction ML task in a new visual analysis of a dataset and returns a handle on it, without waiting for the guess (see [`wait_guess_complete`](crate::DssMlTask::wait_guess_complete)).",
            &[
                Arg::new(
                    "input_dataset",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "inputDataset",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "outcome_variable",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetVariable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "treatment_variable",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "treatmentVariable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "prediction_type",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "predictionType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/",
                    &[],
                    "ProjectCreateCausalPredictionMlTask",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssDataset::create_analysis`.
        pub static DATASET_CREATE_ANALYSIS: Endpoint = Endpoint::new(
            "DssDataset",
            "create_analysis",
            crate::rt::Server::DSS,
            "Creates a visual analysis of this dataset and returns a handle on it.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/lab/",
                    &[],
                    "DatasetCreateAnalysis",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssAnalysis"),
            [false, true, false],
        );
        ///`DssDataset::create_prediction_ml_task`.
        pub static DATASET_CREATE_PREDICTION_ML_TASK: Endpoint = Endpoint::new(
            "DssDataset",
            "create_prediction_ml_task",
            crate::rt::Server::DSS,
            "Creates a prediction ML task on this dataset in a new visual analysis (see [`DssProject::create_prediction_ml_task`](crate::DssProject::create_prediction_ml_task)); the guess is not waited for.",
            &[
                Arg::new(
                    "target_variable",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetVariable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "ml_backend_type",
                    "str",
                    Presence::Default("PY_MEMORY"),
                    Place::Member {
                        path: "backendType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "guess_policy",
                    "str",
                    Presence::Default("DEFAULT"),
                    Place::Member {
                        path: "guessPolicy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "prediction_type",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "predictionType",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/",
                    &[],
                    "DatasetCreatePredictionMlTask",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssDataset::create_clustering_ml_task`.
        pub static DATASET_CREATE_CLUSTERING_ML_TASK: Endpoint = Endpoint::new(
            "DssDataset",
            "create_clustering_ml_task",
            crate::rt::Server::DSS,
            "Creates a clustering ML task on this dataset in a new visual analysis; the guess is not waited for.",
            &[
                Arg::new(
                    "ml_backend_type",
                    "str",
                    Presence::Default("PY_MEMORY"),
                    Place::Member {
                        path: "backendType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "guess_policy",
                    "str",
                    Presence::Default("KMEANS"),
                    Place::Member {
                        path: "guessPolicy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/",
                    &[],
                    "DatasetCreateClusteringMlTask",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssDataset::create_timeseries_forecasting_ml_task`.
        pub static DATASET_CREATE_TIMESERIES_FORECASTING_ML_TASK: Endpoint = Endpoint::new(
            "DssDataset",
            "create_timeseries_forecasting_ml_task",
            crate::rt::Server::DSS,
            "Creates a time series forecasting ML task on this dataset in a new visual analysis; the guess is not waited for.",
            &[
                Arg::new(
                    "target_variable",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetVariable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "time_variable",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "timeVariable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "timeseries_identifiers",
                    "[str]",
                    Presence::Optional,
                    Place::Member {
                        path: "timeseriesIdentifiers",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "guess_policy",
                    "str",
                    Presence::Default("TIMESERIES_DEFAULT"),
                    Place::Member {
                        path: "guessPolicy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/",
                    &[],
                    "DatasetCreateTimeseriesForecastingMlTask",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssDataset::create_multi_target_prediction_ml_task`.
        pub static DATASET_CREATE_MULTI_TARGET_PREDICTION_ML_TASK: Endpoint = Endpoint::new(
            "DssDataset",
            "create_multi_target_prediction_ml_task",
            crate::rt::Server::DSS,
            "Creates a multi-target regression ML task on this dataset in a new visual analysis; the guess is not waited for.",
            &[
                Arg::new(
                    "target_variables",
                    "[str]",
                    Presence::Required,
                    Place::Member {
                        path: "targetVariables",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "guess_policy",
                    "str",
                    Presence::Default("MULTI_TARGET_DEFAULT"),
                    Place::Member {
                        path: "guessPolicy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/",
                    &[],
                    "DatasetCreateMultiTargetPredictionMlTask",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssDataset::create_causal_prediction_ml_task`.
        pub static DATASET_CREATE_CAUSAL_PREDICTION_ML_TASK: Endpoint = Endpoint::new(
            "DssDataset",
            "create_causal_prediction_ml_task",
            crate::rt::Server::DSS,
            "Creates a causal prediction ML task on this dataset in a new visual analysis; the guess is not waited for.",
            &[
                Arg::new(
                    "outcome_variable",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetVariable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "treatment_variable",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "treatmentVariable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "prediction_type",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "predictionType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/",
                    &[],
                    "DatasetCreateCausalPredictionMlTask",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssDataset::list_analyses`.
        pub static DATASET_LIST_ANALYSES: Endpoint = Endpoint::new(
            "DssDataset",
            "list_analyses",
            crate::rt::Server::DSS,
            "The project's visual analyses whose input is this dataset (the project's list, filtered here).",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Vec < Value > >"),
            [true, true, false],
        );
        ///`DssDataset::delete_analyses`.
        pub static DATASET_DELETE_ANALYSES: Endpoint = Endpoint::new(
            "DssDataset",
            "delete_analyses",
            crate::rt::Server::DSS,
            "Deletes every visual analysis whose input is this dataset: the project's list is read, then each one is deleted.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , () >"),
            [true, true, false],
        );
        ///`DssAnalysis::delete`.
        pub static ANALYSIS_DELETE: Endpoint = Endpoint::new(
            "DssAnalysis",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the visual analysis.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/lab/{analysis_id}/",
                    &[],
                    "AnalysisDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssAnalysis::get_definition`.
        pub static ANALYSIS_GET_DEFINITION: Endpoint = Endpoint::new(
            "DssAnalysis",
            "get_definition",
            crate::rt::Server::DSS,
            "Reads the analysis's definition, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/lab/{analysis_id}/",
                    &[],
                    "AnalysisGetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssAnalysisDefinition"),
            [false, true, false],
        );
        ///`DssAnalysis::set_definition`.
        pub static ANALYSIS_SET_DEFINITION: Endpoint = Endpoint::new(
            "DssAnalysis",
            "set_definition",
            crate::rt::Server::DSS,
            "Replaces the analysis's definition, as a whole JSON object (see [`DssAnalysisDefinition::save`](crate::DssAnalysisDefinition::save) to send back one read); answers what DSS answers.",
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
                    "/projects/{project_key}/lab/{analysis_id}/",
                    &[],
                    "AnalysisSetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssAnalysis::list_ml_tasks`.
        pub static ANALYSIS_LIST_ML_TASKS: Endpoint = Endpoint::new(
            "DssAnalysis",
            "list_ml_tasks",
            crate::rt::Server::DSS,
            "Lists the ML tasks of the analysis, as DSS describes them.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/lab/{analysis_id}/models/",
                    &[],
                    "AnalysisListMlTasks",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssAnalysis::get_ml_task`.
        pub static ANALYSIS_GET_ML_TASK: Endpoint = Endpoint::new(
            "DssAnalysis",
            "get_ml_task",
            crate::rt::Server::DSS,
            "A handle on one ML task of the analysis.",
            &[
                Arg::new(
                    "mltask_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssAnalysis::create_prediction_ml_task`.
        pub static ANALYSIS_CREATE_PREDICTION_ML_TASK: Endpoint = Endpoint::new(
            "DssAnalysis",
            "create_prediction_ml_task",
            crate::rt::Server::DSS,
            "Creates a prediction ML task in the analysis and returns a handle on it, without waiting for the guess (see [`wait_guess_complete`](crate::DssMlTask::wait_guess_complete)).",
            &[
                Arg::new(
                    "target_variable",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetVariable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "ml_backend_type",
                    "str",
                    Presence::Default("PY_MEMORY"),
                    Place::Member {
                        path: "backendType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "guess_policy",
                    "str",
                    Presence::Default("DEFAULT"),
                    Place::Member {
                        path: "guessPolicy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "prediction_type",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "predictionType",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/lab/{analysis_id}/models/",
                    &[],
                    "AnalysisCreatePredictionMlTask",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssAnalysis::create_clustering_ml_task`.
        pub static ANALYSIS_CREATE_CLUSTERING_ML_TASK: Endpoint = Endpoint::new(
            "DssAnalysis",
            "create_clustering_ml_task",
            crate::rt::Server::DSS,
            "Creates a clustering ML task in the analysis; the guess is not waited for.",
            &[
                Arg::new(
                    "ml_backend_type",
                    "str",
                    Presence::Default("PY_MEMORY"),
                    Place::Member {
                        path: "backendType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "guess_policy",
                    "str",
                    Presence::Default("KMEANS"),
                    Place::Member {
                        path: "guessPolicy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/lab/{analysis_id}/models/",
                    &[],
                    "AnalysisCreateClusteringMlTask",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssAnalysis::create_timeseries_forecasting_ml_task`.
        pub static ANALYSIS_CREATE_TIMESERIES_FORECASTING_ML_TASK: Endpoint = Endpoint::new(
            "DssAnalysis",
            "create_timeseries_forecasting_ml_task",
            crate::rt::Server::DSS,
            "Creates a time series forecasting ML task in the analysis; the guess is not waited for.",
            &[
                Arg::new(
                    "target_variable",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetVariable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "time_variable",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "timeVariable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "timeseries_identifiers",
                    "[str]",
                    Presence::Optional,
                    Place::Member {
                        path: "timeseriesIdentifiers",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "guess_policy",
                    "str",
                    Presence::Default("TIMESERIES_DEFAULT"),
                    Place::Member {
                        path: "guessPolicy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/lab/{analysis_id}/models/",
                    &[],
                    "AnalysisCreateTimeseriesForecastingMlTask",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssAnalysis::create_multi_target_prediction_ml_task`.
        pub static ANALYSIS_CREATE_MULTI_TARGET_PREDICTION_ML_TASK: Endpoint = Endpoint::new(
            "DssAnalysis",
            "create_multi_target_prediction_ml_task",
            crate::rt::Server::DSS,
            "Creates a multi-target regression ML task in the analysis; the guess is not waited for.",
            &[
                Arg::new(
                    "target_variables",
                    "[str]",
                    Presence::Required,
                    Place::Member {
                        path: "targetVariables",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "guess_policy",
                    "str",
                    Presence::Default("MULTI_TARGET_DEFAULT"),
                    Place::Member {
                        path: "guessPolicy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/lab/{analysis_id}/models/",
                    &[],
                    "AnalysisCreateMultiTargetPredictionMlTask",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssAnalysis::create_causal_prediction_ml_task`.
        pub static ANALYSIS_CREATE_CAUSAL_PREDICTION_ML_TASK: Endpoint = Endpoint::new(
            "DssAnalysis",
            "create_causal_prediction_ml_task",
            crate::rt::Server::DSS,
            "Creates a causal prediction ML task in the analysis; the guess is not waited for.",
            &[
                Arg::new(
                    "outcome_variable",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetVariable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "treatment_variable",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "treatmentVariable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "prediction_type",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "predictionType",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/lab/{analysis_id}/models/",
                    &[],
                    "AnalysisCreateCausalPredictionMlTask",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMlTask"),
            [false, true, false],
        );
        ///`DssAnalysisDefinition::save`.
        pub static ANALYSIS_DEFINITION_SAVE: Endpoint = Endpoint::new(
            "DssAnalysisDefinition",
            "save",
            crate::rt::Server::DSS,
            "Saves the definition: the whole object, sent back as it was read except where it was changed (dataikuapi's `DSSAnalysis.set_definition` given the definition read).",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/lab/{analysis_id}/",
                    &[],
                    "AnalysisDefinitionSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssMlTask::delete`.
        pub static ML_TASK_DELETE: Endpoint = Endpoint::new(
            "DssMlTask",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the ML task.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/",
                    &[],
                    "MlTaskDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssMlTask::get_status`.
        pub static ML_TASK_GET_STATUS: Endpoint = Endpoint::new(
            "DssMlTask",
            "get_status",
            crate::rt::Server::DSS,
            "Reads the ML task's status: whether DSS is guessing its settings or training, and the models trained so far.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/status",
                    &[],
                    "MlTaskGetStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("MlTaskStatus"),
            [false, true, false],
        );
        ///`DssMlTask::get_settings`.
        pub static ML_TASK_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssMlTask",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the ML task's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/settings",
                    &[],
                    "MlTaskGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMlTaskSettings"),
            [false, true, false],
        );
        ///`DssMlTask::start_train`.
        pub static ML_TASK_START_TRAIN: Endpoint = Endpoint::new(
            "DssMlTask",
            "start_train",
            crate::rt::Server::DSS,
            "Starts a training session and answers at once (`sessionId`, ...); [`wait_train_complete`](crate::DssMlTask::wait_train_complete) waits for it, [`train`](crate::DssMlTask::train) does both.",
            &[
                Arg::new(
                    "session_name",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "sessionName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "session_description",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "sessionDescription",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "run_queue",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "runQueue",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/train",
                    &[],
                    "MlTaskStartTrain",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssMlTask::start_ensembling`.
        pub static ML_TASK_START_ENSEMBLING: Endpoint = Endpoint::new(
            "DssMlTask",
            "start_ensembling",
            crate::rt::Server::DSS,
            "Starts training an ensemble of trained models and answers the new model's id at once; [`ensemble`](crate::DssMlTask::ensemble) also waits for the training.",
            &[
                Arg::new(
                    "model_ids",
                    "[str]",
                    Presence::Required,
                    Place::Member {
                        path: "modelsIds",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "method",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "method",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/ensemble",
                    &[],
                    "MlTaskStartEnsembling",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "String",
                member: "id",
                each_item: false,
            },
            [false, true, false],
        );
        ///`DssMlTask::get_trained_model_snippet`.
        pub static ML_TASK_GET_TRAINED_MODEL_SNIPPET: Endpoint = Endpoint::new(
            "DssMlTask",
            "get_trained_model_snippet",
            crate::rt::Server::DSS,
            "Reads the snippets (summary and main metrics) of the trained models, keyed by model id: of the models named, or of all.",
            &[
                Arg::new(
                    "ids",
                    "[str]",
                    Presence::Optional,
                    Place::Member {
                        path: "modelsIds",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/models-snippets",
                    &[],
                    "MlTaskGetTrainedModelSnippet",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssMlTask::get_trained_model_details`.
        pub static ML_TASK_GET_TRAINED_MODEL_DETAILS: Endpoint = Endpoint::new(
            "DssMlTask",
            "get_trained_model_details",
            crate::rt::Server::DSS,
            "Reads the details of one trained model (its performance, settings, training information), as DSS describes them.",
            &[Arg::new("id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/models/{id}/details",
                    &[],
                    "MlTaskGetTrainedModelDetails",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssMlTask::delete_trained_model`.
        pub static ML_TASK_DELETE_TRAINED_MODEL: Endpoint = Endpoint::new(
            "DssMlTask",
            "delete_trained_model",
            crate::rt::Server::DSS,
            "Deletes one trained model.",
            &[Arg::new("model_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/models/{model_id}",
                    &[],
                    "MlTaskDeleteTrainedModel",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssMlTask::train_queue`.
        pub static ML_TASK_TRAIN_QUEUE: Endpoint = Endpoint::new(
            "DssMlTask",
            "train_queue",
            crate::rt::Server::DSS,
            "Starts training the queue of ML tasks this task belongs to.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/actions/train-queue",
                    &[],
                    "MlTaskTrainQueue",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssMlTask::deploy_to_flow`.
        pub static ML_TASK_DEPLOY_TO_FLOW: Endpoint = Endpoint::new(
            "DssMlTask",
            "deploy_to_flow",
            crate::rt::Server::DSS,
            "Deploys a trained model to the flow as a new saved model, with its training recipe; answers the saved model's and recipe's ids.",
            &[
                Arg::new("model_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "model_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "modelName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "train_dataset",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "trainDatasetRef",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "test_dataset",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "testDatasetRef",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "redo_optimization",
                    "bool",
                    Presence::Default("true"),
                    Place::Member {
                        path: "redoOptimization",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/models/{model_id}/actions/deployToFlow",
                    &[],
                    "MlTaskDeployToFlow",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssMlTask::redeploy_to_flow`.
        pub static ML_TASK_REDEPLOY_TO_FLOW: Endpoint = Endpoint::new(
            "DssMlTask",
            "redeploy_to_flow",
            crate::rt::Server::DSS,
            "Deploys a trained model as a new version of an existing saved model of the flow (named by its training recipe or by its id).",
            &[
                Arg::new("model_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "recipe_name",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "recipeName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "saved_model_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "savedModelId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "activate",
                    "bool",
                    Presence::Default("true"),
                    Place::Member {
                        path: "activate",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "redo_optimization",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "redoOptimization",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "redo_threshold_optimization",
                    "bool",
                    Presence::Default("true"),
                    Place::Member {
                        path: "redoThresholdOptimization",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "fixed_threshold",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "fixedThreshold",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/models/{model_id}/actions/redeployToFlow",
                    &[],
                    "MlTaskRedeployToFlow",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssMlTask::remove_unused_splits`.
        pub static ML_TASK_REMOVE_UNUSED_SPLITS: Endpoint = Endpoint::new(
            "DssMlTask",
            "remove_unused_splits",
            crate::rt::Server::DSS,
            "Removes the train/test splits no model uses any more.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/actions/removeUnusedSplits",
                    &[],
                    "MlTaskRemoveUnusedSplits",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssMlTask::remove_all_splits`.
        pub static ML_TASK_REMOVE_ALL_SPLITS: Endpoint = Endpoint::new(
            "DssMlTask",
            "remove_all_splits",
            crate::rt::Server::DSS,
            "Removes every train/test split of the task (its models can no longer be retrained or analysed further).",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/actions/removeAllSplits",
                    &[],
                    "MlTaskRemoveAllSplits",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssMlTask::guess`.
        pub static ML_TASK_GUESS: Endpoint = Endpoint::new(
            "DssMlTask",
            "guess",
            crate::rt::Server::DSS,
            "Asks DSS to guess the task's settings again, from the core parameters given (the target, the prediction type, ...); with none, everything is guessed again.",
            &[
                Arg::new(
                    "prediction_type",
                    "str",
                    Presence::Optional,
                    Place::Query("predictionType"),
                    false,
                ),
                Arg::new(
                    "target_variable",
                    "str",
                    Presence::Optional,
                    Place::Query("targetVariable"),
                    false,
                ),
                Arg::new(
                    "timeseries_identifiers",
                    "[str]",
                    Presence::Optional,
                    Place::Query("timeseriesIdentifiers"),
                    false,
                ),
                Arg::new(
                    "time_variable",
                    "str",
                    Presence::Optional,
                    Place::Query("timeVariable"),
                    false,
                ),
                Arg::new(
                    "full_reguess",
                    "bool",
                    Presence::Optional,
                    Place::Query("fullReguess"),
                    false,
                ),
                Arg::new(
                    "target_variables",
                    "[str]",
                    Presence::Optional,
                    Place::Query("targetVariables"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/guess",
                    &[],
                    "MlTaskGuess",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssMlTask::wait_guess_complete`.
        pub static ML_TASK_WAIT_GUESS_COMPLETE: Endpoint = Endpoint::new(
            "DssMlTask",
            "wait_guess_complete",
            crate::rt::Server::DSS,
            "Waits until DSS has guessed the task's settings (its status no longer says `guessing`), and returns that last status.",
            &[],
            None,
            ResultKind::HandWritten("Waiting < '_ , 'static , MlTaskStatus >"),
            [true, true, false],
        );
        ///`DssMlTask::wait_train_complete`.
        pub static ML_TASK_WAIT_TRAIN_COMPLETE: Endpoint = Endpoint::new(
            "DssMlTask",
            "wait_train_complete",
            crate::rt::Server::DSS,
            "Waits until the task's training session ends (its status no longer says `training`), and returns that last status; a model of the task whose training failed is then an error naming the task (unless `no_fail`).",
            &[],
            None,
            ResultKind::HandWritten("Waiting < '_ , 'static , MlTaskStatus >"),
            [true, true, false],
        );
        ///`DssMlTask::train`.
        pub static ML_TASK_TRAIN: Endpoint = Endpoint::new(
            "DssMlTask",
            "train",
            crate::rt::Server::DSS,
            "Starts a training session (`start_train`), waits for it (`wait_train_complete`), and returns the ids of the models it trained.",
            &[],
            None,
            ResultKind::HandWritten("Waiting < '_ , 'static , Vec < String > >"),
            [true, true, false],
        );
        ///`DssMlTask::ensemble`.
        pub static ML_TASK_ENSEMBLE: Endpoint = Endpoint::new(
            "DssMlTask",
            "ensemble",
            crate::rt::Server::DSS,
            "Starts training an ensemble (`start_ensembling`), waits for the training, and returns the new model's id.",
            &[
                Arg::new(
                    "model_ids",
                    "& [& str]",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "method",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Waiting < '_ , 'static , String >"),
            [true, true, false],
        );
        ///`DssMlTask::get_trained_models_ids`.
        pub static ML_TASK_GET_TRAINED_MODELS_IDS: Endpoint = Endpoint::new(
            "DssMlTask",
            "get_trained_models_ids",
            crate::rt::Server::DSS,
            "The ids of the models trained by the task, read from its status: all, or those of one training session.",
            &[
                Arg::new(
                    "session_id",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Pending < '_ , Vec < String > >"),
            [true, true, false],
        );
        ///`DssMlTask::from_full_model_id`.
        pub static ML_TASK_FROM_FULL_MODEL_ID: Endpoint = Endpoint::new(
            "DssMlTask",
            "from_full_model_id",
            crate::rt::Server::DSS,
            "A handle on the ML task that trained a model, named by the model's full id (`A-PROJECT-analysis-mltask-s1-pp1-m1`): no request.",
            &[
                Arg::new(
                    "client",
                    "& DssClient",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new("fmi", "& str", Presence::Required, Place::HandWritten, false),
                Arg::new(
                    "project_key",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < DssMlTask >"),
            [true, true, true],
        );
        ///`DssMlTaskSettings::save`.
        pub static ML_TASK_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssMlTaskSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/settings",
                    &[],
                    "MlTaskSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssAnalysisDefinition::get_raw`.
        pub static ANALYSIS_DEFINITION_GET_RAW: Endpoint = Endpoint::new(
            "DssAnalysisDefinition",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssMlTaskSettings::get_raw`.
        pub static ML_TASK_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssMlTaskSettings",
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
        &endpoints::PROJECT_LIST_ANALYSES,
        &endpoints::PROJECT_GET_ANALYSIS,
        &endpoints::PROJECT_CREATE_ANALYSIS,
        &endpoints::PROJECT_LIST_ML_TASKS,
        &endpoints::PROJECT_LIST_MLTASK_QUEUES,
        &endpoints::PROJECT_GET_ML_TASK,
        &endpoints::PROJECT_CREATE_PREDICTION_ML_TASK,
        &endpoints::PROJECT_CREATE_CLUSTERING_ML_TASK,
        &endpoints::PROJECT_CREATE_TIMESERIES_FORECASTING_ML_TASK,
        &endpoints::PROJECT_CREATE_MULTI_TARGET_PREDICTION_ML_TASK,
        &endpoints::PROJECT_CREATE_CAUSAL_PREDICTION_ML_TASK,
        &endpoints::DATASET_CREATE_ANALYSIS,
        &endpoints::DATASET_CREATE_PREDICTION_ML_TASK,
        &endpoints::DATASET_CREATE_CLUSTERING_ML_TASK,
        &endpoints::DATASET_CREATE_TIMESERIES_FORECASTING_ML_TASK,
        &endpoints::DATASET_CREATE_MULTI_TARGET_PREDICTION_ML_TASK,
        &endpoints::DATASET_CREATE_CAUSAL_PREDICTION_ML_TASK,
        &endpoints::DATASET_LIST_ANALYSES,
        &endpoints::DATASET_DELETE_ANALYSES,
        &endpoints::ANALYSIS_DELETE,
        &endpoints::ANALYSIS_GET_DEFINITION,
        &endpoints::ANALYSIS_SET_DEFINITION,
        &endpoints::ANALYSIS_LIST_ML_TASKS,
        &endpoints::ANALYSIS_GET_ML_TASK,
        &endpoints::ANALYSIS_CREATE_PREDICTION_ML_TASK,
        &endpoints::ANALYSIS_CREATE_CLUSTERING_ML_TASK,
        &endpoints::ANALYSIS_CREATE_TIMESERIES_FORECASTING_ML_TASK,
        &endpoints::ANALYSIS_CREATE_MULTI_TARGET_PREDICTION_ML_TASK,
        &endpoints::ANALYSIS_CREATE_CAUSAL_PREDICTION_ML_TASK,
        &endpoints::ANALYSIS_DEFINITION_SAVE,
        &endpoints::ML_TASK_DELETE,
        &endpoints::ML_TASK_GET_STATUS,
        &endpoints::ML_TASK_GET_SETTINGS,
        &endpoints::ML_TASK_START_TRAIN,
        &endpoints::ML_TASK_START_ENSEMBLING,
        &endpoints::ML_TASK_GET_TRAINED_MODEL_SNIPPET,
        &endpoints::ML_TASK_GET_TRAINED_MODEL_DETAILS,
        &endpoints::ML_TASK_DELETE_TRAINED_MODEL,
        &endpoints::ML_TASK_TRAIN_QUEUE,
        &endpoints::ML_TASK_DEPLOY_TO_FLOW,
        &endpoints::ML_TASK_REDEPLOY_TO_FLOW,
        &endpoints::ML_TASK_REMOVE_UNUSED_SPLITS,
        &endpoints::ML_TASK_REMOVE_ALL_SPLITS,
        &endpoints::ML_TASK_GUESS,
        &endpoints::ML_TASK_WAIT_GUESS_COMPLETE,
        &endpoints::ML_TASK_WAIT_TRAIN_COMPLETE,
        &endpoints::ML_TASK_TRAIN,
        &endpoints::ML_TASK_ENSEMBLE,
        &endpoints::ML_TASK_GET_TRAINED_MODELS_IDS,
        &endpoints::ML_TASK_FROM_FULL_MODEL_ID,
        &endpoints::ML_TASK_SETTINGS_SAVE,
        &endpoints::ANALYSIS_DEFINITION_GET_RAW,
        &endpoints::ML_TASK_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssAnalysis",
                doc: "A visual analysis of a project (a lab), named by its id.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "analysis_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssMlTask",
                doc: "An ML task of a visual analysis, named by the analysis's id and its own.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "analysis_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "mltask_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssAnalysisDefinition",
                doc: "The definition of a visual analysis, as `get_definition` reads it (dataikuapi's `DSSAnalysisDefinition`): its script of preparation steps and its input; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "analysis_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "DssMlTaskSettings",
                doc: "The settings of an ML task, as `get_settings` reads them (dataikuapi's `DSSPredictionMLTaskSettings`, `DSSClusteringMLTaskSettings` and their time series, causal and multi-target forms): features, algorithms, splitting, metrics; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "analysis_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "mltask_id",
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
        &[
            Model {
                name: "TrainedModelRef",
                doc: "The id of one model trained by an ML task, as its status lists it.",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "full_model_id",
                        wire: "fullModelId",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "MlTaskStatus",
                doc: "The status of an ML task, as `get_status` reads it: whether DSS is still guessing its settings or training its models, and the models trained so far.",
                members: &[
                    ModelMember {
                        name: "guessing",
                        wire: "guessing",
                        ty: "Option < bool >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "training",
                        wire: "training",
                        ty: "Option < bool >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "full_model_ids",
                        wire: "fullModelIds",
                        ty: "Vec < TrainedModelRef >",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the visual analyses of the project, as DSS describes them
(`analysisId`, `inputDataset`, ...).

`GET /projects/{project_key}/lab/`

Returns a [`ProjectListAnalyses`](requests::ProjectListAnalyses) request; nothing is sent until `.send()`.*/
        pub fn list_analyses(&self) -> requests::ProjectListAnalyses<'_> {
            requests::ProjectListAnalyses {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one visual analysis of the project.

Builds a handle; sends no request.*/
        pub fn get_analysis(
            &self,
            analysis_id: impl Into<String>,
        ) -> super::handles::DssAnalysis {
            let analysis_id = analysis_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_analysis_id = analysis_id;
                super::handles::DssAnalysis {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    analysis_id: __f_analysis_id,
                }
            }
        }
        /**Creates a visual analysis of a dataset and returns a handle on it.

`POST /projects/{project_key}/lab/`

Never retried: sending it twice could do the work twice.

Arguments:
- `input_dataset`: The dataset the analysis reads. Sent as JSON member `inputDataset`.

Returns a [`ProjectCreateAnalysis`](requests::ProjectCreateAnalysis) request; nothing is sent until `.send()`.*/
        pub fn create_analysis(
            &self,
            input_dataset: impl Into<String>,
        ) -> requests::ProjectCreateAnalysis<'_> {
            requests::ProjectCreateAnalysis {
                __owner: self,
                input_dataset: input_dataset.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the ML tasks of every visual analysis of the project, as DSS
describes them.

`GET /projects/{project_key}/models/lab/`

Returns a [`ProjectListMlTasks`](requests::ProjectListMlTasks) request; nothing is sent until `.send()`.*/
        pub fn list_ml_tasks(&self) -> requests::ProjectListMlTasks<'_> {
            requests::ProjectListMlTasks {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the queues of ML tasks waiting to train in the project (the
non-empty ones).

`GET /projects/{project_key}/models/labs/mltask-queues`

Returns a [`ProjectListMltaskQueues`](requests::ProjectListMltaskQueues) request; nothing is sent until `.send()`.*/
        pub fn list_mltask_queues(&self) -> requests::ProjectListMltaskQueues<'_> {
            requests::ProjectListMltaskQueues {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one ML task of a visual analysis of the project.

Builds a handle; sends no request.*/
        pub fn get_ml_task(
            &self,
            analysis_id: impl Into<String>,
            mltask_id: impl Into<String>,
        ) -> super::handles::DssMlTask {
            let analysis_id = analysis_id.into();
            let mltask_id = mltask_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_analysis_id = analysis_id;
                let __f_mltask_id = mltask_id;
                super::handles::DssMlTask {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    analysis_id: __f_analysis_id,
                    mltask_id: __f_mltask_id,
                }
            }
        }
        /**Creates a prediction ML task in a new visual analysis of a dataset
and returns a handle on it, without waiting for DSS to guess its
settings: call
[`wait_guess_complete`](crate::DssMlTask::wait_guess_complete)
before reading its settings or training it.

`POST /projects/{project_key}/models/lab/`

Never retried: sending it twice could do the work twice.

Arguments:
- `input_dataset`: The dataset to train and test on. Sent as JSON member `inputDataset`.
- `target_variable`: The column to predict. Sent as JSON member `targetVariable`.

Optional arguments, set by name on the returned request:
- `ml_backend_type`: Default: `PY_MEMORY`. Sent as JSON member `backendType`.
- `guess_policy`: Default: `DEFAULT`. Sent as JSON member `guessPolicy`.
- `prediction_type`: Unset by default (then left out). Sent as JSON member `predictionType`.

Returns a [`ProjectCreatePredictionMlTask`](requests::ProjectCreatePredictionMlTask) request; nothing is sent until `.send()`.*/
        pub fn create_prediction_ml_task(
            &self,
            input_dataset: impl Into<String>,
            target_variable: impl Into<String>,
        ) -> requests::ProjectCreatePredictionMlTask<'_> {
            requests::ProjectCreatePredictionMlTask {
                __owner: self,
                input_dataset: input_dataset.into(),
                target_variable: target_variable.into(),
                ml_backend_type: String::from("PY_MEMORY"),
                guess_policy: String::from("DEFAULT"),
                prediction_type: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a clustering ML task in a new visual analysis of a dataset
and returns a handle on it, without waiting for the guess (see
[`wait_guess_complete`](crate::DssMlTask::wait_guess_complete)).

`POST /projects/{project_key}/models/lab/`

Never retried: sending it twice could do the work twice.

Arguments:
- `input_dataset`: The dataset to cluster. Sent as JSON member `inputDataset`.

Optional arguments, set by name on the returned request:
- `ml_backend_type`: Default: `PY_MEMORY`. Sent as JSON member `backendType`.
- `guess_policy`: Default: `KMEANS`. Sent as JSON member `guessPolicy`.

Returns a [`ProjectCreateClusteringMlTask`](requests::ProjectCreateClusteringMlTask) request; nothing is sent until `.send()`.*/
        pub fn create_clustering_ml_task(
            &self,
            input_dataset: impl Into<String>,
        ) -> requests::ProjectCreateClusteringMlTask<'_> {
            requests::ProjectCreateClusteringMlTask {
                __owner: self,
                input_dataset: input_dataset.into(),
                ml_backend_type: String::from("PY_MEMORY"),
                guess_policy: String::from("KMEANS"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a time series forecasting ML task in a new visual analysis
of a dataset and returns a handle on it, without waiting for the
guess (see
[`wait_guess_complete`](crate::DssMlTask::wait_guess_complete)).

`POST /projects/{project_key}/models/lab/`

Never retried: sending it twice could do the work twice.

Arguments:
- `input_dataset`: The dataset to train and test on. Sent as JSON member `inputDataset`.
- `target_variable`: The column to forecast. Sent as JSON member `targetVariable`.
- `time_variable`: The time column (a parsed date). Sent as JSON member `timeVariable`.

Optional arguments, set by name on the returned request:
- `timeseries_identifiers`: Unset by default (then sent as `null`). Sent as JSON member `timeseriesIdentifiers`.
- `guess_policy`: Default: `TIMESERIES_DEFAULT`. Sent as JSON member `guessPolicy`.

Returns a [`ProjectCreateTimeseriesForecastingMlTask`](requests::ProjectCreateTimeseriesForecastingMlTask) request; nothing is sent until `.send()`.*/
        pub fn create_timeseries_forecasting_ml_task(
            &self,
            input_dataset: impl Into<String>,
            target_variable: impl Into<String>,
            time_variable: impl Into<String>,
        ) -> requests::ProjectCreateTimeseriesForecastingMlTask<'_> {
            requests::ProjectCreateTimeseriesForecastingMlTask {
                __owner: self,
                input_dataset: input_dataset.into(),
                target_variable: target_variable.into(),
                time_variable: time_variable.into(),
                timeseries_identifiers: None,
                guess_policy: String::from("TIMESERIES_DEFAULT"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a multi-target regression ML task in a new visual analysis
of a dataset and returns a handle on it, without waiting for the
guess (see
[`wait_guess_complete`](crate::DssMlTask::wait_guess_complete)).

`POST /projects/{project_key}/models/lab/`

Never retried: sending it twice could do the work twice.

Arguments:
- `input_dataset`: The dataset to train and test on. Sent as JSON member `inputDataset`.
- `target_variables`: The columns to predict. Sent as JSON member `targetVariables`.

Optional arguments, set by name on the returned request:
- `guess_policy`: Default: `MULTI_TARGET_DEFAULT`. Sent as JSON member `guessPolicy`.

Returns a [`ProjectCreateMultiTargetPredictionMlTask`](requests::ProjectCreateMultiTargetPredictionMlTask) request; nothing is sent until `.send()`.*/
        pub fn create_multi_target_prediction_ml_task(
            &self,
            input_dataset: impl Into<String>,
            target_variables: impl IntoIterator<Item = impl Into<String>>,
        ) -> requests::ProjectCreateMultiTargetPredictionMlTask<'_> {
            requests::ProjectCreateMultiTargetPredictionMlTask {
                __owner: self,
                input_dataset: input_dataset.into(),
                target_variables: target_variables.into_iter().map(Into::into).collect(),
                guess_policy: String::from("MULTI_TARGET_DEFAULT"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a causal prediction ML task in a new visual analysis of a
dataset and returns a handle on it, without waiting for the guess
(see [`wait_guess_complete`](crate::DssMlTask::wait_guess_complete)).

`POST /projects/{project_key}/models/lab/`

Never retried: sending it twice could do the work twice.

Arguments:
- `input_dataset`: The dataset to train and test on. Sent as JSON member `inputDataset`.
- `outcome_variable`: The outcome to predict. Sent as JSON member `targetVariable`.
- `treatment_variable`: The treatment column. Sent as JSON member `treatmentVariable`.

Optional arguments, set by name on the returned request:
- `prediction_type`: Unset by default (then sent as `null`). Sent as JSON member `predictionType`.

Returns a [`ProjectCreateCausalPredictionMlTask`](requests::ProjectCreateCausalPredictionMlTask) request; nothing is sent until `.send()`.*/
        pub fn create_causal_prediction_ml_task(
            &self,
            input_dataset: impl Into<String>,
            outcome_variable: impl Into<String>,
            treatment_variable: impl Into<String>,
        ) -> requests::ProjectCreateCausalPredictionMlTask<'_> {
            requests::ProjectCreateCausalPredictionMlTask {
                __owner: self,
                input_dataset: input_dataset.into(),
                outcome_variable: outcome_variable.into(),
                treatment_variable: treatment_variable.into(),
                prediction_type: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssDataset {
        /**Creates a visual analysis of this dataset and returns a handle on it.

`POST /projects/{project_key}/lab/`

Never retried: sending it twice could do the work twice.

Returns a [`DatasetCreateAnalysis`](requests::DatasetCreateAnalysis) request; nothing is sent until `.send()`.*/
        pub fn create_analysis(&self) -> requests::DatasetCreateAnalysis<'_> {
            requests::DatasetCreateAnalysis {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a prediction ML task on this dataset in a new visual
analysis (see
[`DssProject::create_prediction_ml_task`](crate::DssProject::create_prediction_ml_task));
the guess is not waited for.

`POST /projects/{project_key}/models/lab/`

Never retried: sending it twice could do the work twice.

Arguments:
- `target_variable`: The column to predict. Sent as JSON member `targetVariable`.

Optional arguments, set by name on the returned request:
- `ml_backend_type`: Default: `PY_MEMORY`. Sent as JSON member `backendType`.
- `guess_policy`: Default: `DEFAULT`. Sent as JSON member `guessPolicy`.
- `prediction_type`: Unset by default (then left out). Sent as JSON member `predictionType`.

Returns a [`DatasetCreatePredictionMlTask`](requests::DatasetCreatePredictionMlTask) request; nothing is sent until `.send()`.*/
        pub fn create_prediction_ml_task(
            &self,
            target_variable: impl Into<String>,
        ) -> requests::DatasetCreatePredictionMlTask<'_> {
            requests::DatasetCreatePredictionMlTask {
                __owner: self,
                target_variable: target_variable.into(),
                ml_backend_type: String::from("PY_MEMORY"),
                guess_policy: String::from("DEFAULT"),
                prediction_type: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a clustering ML task on this dataset in a new visual
analysis; the guess is not waited for. (dataikuapi's method also
takes an `input_dataset`, which it ignores: not here.)

`POST /projects/{project_key}/models/lab/`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `ml_backend_type`: Default: `PY_MEMORY`. Sent as JSON member `backendType`.
- `guess_policy`: Default: `KMEANS`. Sent as JSON member `guessPolicy`.

Returns a [`DatasetCreateClusteringMlTask`](requests::DatasetCreateClusteringMlTask) request; nothing is sent until `.send()`.*/
        pub fn create_clustering_ml_task(
            &self,
        ) -> requests::DatasetCreateClusteringMlTask<'_> {
            requests::DatasetCreateClusteringMlTask {
                __owner: self,
                ml_backend_type: String::from("PY_MEMORY"),
                guess_policy: String::from("KMEANS"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a time series forecasting ML task on this dataset in a new
visual analysis; the guess is not waited for.

`POST /projects/{project_key}/models/lab/`

Never retried: sending it twice could do the work twice.

Arguments:
- `target_variable`: The column to forecast. Sent as JSON member `targetVariable`.
- `time_variable`: The time column (a parsed date). Sent as JSON member `timeVariable`.

Optional arguments, set by name on the returned request:
- `timeseries_identifiers`: Unset by default (then sent as `null`). Sent as JSON member `timeseriesIdentifiers`.
- `guess_policy`: Default: `TIMESERIES_DEFAULT`. Sent as JSON member `guessPolicy`.

Returns a [`DatasetCreateTimeseriesForecastingMlTask`](requests::DatasetCreateTimeseriesForecastingMlTask) request; nothing is sent until `.send()`.*/
        pub fn create_timeseries_forecasting_ml_task(
            &self,
            target_variable: impl Into<String>,
            time_variable: impl Into<String>,
        ) -> requests::DatasetCreateTimeseriesForecastingMlTask<'_> {
            requests::DatasetCreateTimeseriesForecastingMlTask {
                __owner: self,
                target_variable: target_variable.into(),
                time_variable: time_variable.into(),
                timeseries_identifiers: None,
                guess_policy: String::from("TIMESERIES_DEFAULT"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a multi-target regression ML task on this dataset in a new
visual analysis; the guess is not waited for.

`POST /projects/{project_key}/models/lab/`

Never retried: sending it twice could do the work twice.

Arguments:
- `target_variables`: The columns to predict. Sent as JSON member `targetVariables`.

Optional arguments, set by name on the returned request:
- `guess_policy`: Default: `MULTI_TARGET_DEFAULT`. Sent as JSON member `guessPolicy`.

Returns a [`DatasetCreateMultiTargetPredictionMlTask`](requests::DatasetCreateMultiTargetPredictionMlTask) request; nothing is sent until `.send()`.*/
        pub fn create_multi_target_prediction_ml_task(
            &self,
            target_variables: impl IntoIterator<Item = impl Into<String>>,
        ) -> requests::DatasetCreateMultiTargetPredictionMlTask<'_> {
            requests::DatasetCreateMultiTargetPredictionMlTask {
                __owner: self,
                target_variables: target_variables.into_iter().map(Into::into).collect(),
                guess_policy: String::from("MULTI_TARGET_DEFAULT"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a causal prediction ML task on this dataset in a new visual
analysis; the guess is not waited for.

`POST /projects/{project_key}/models/lab/`

Never retried: sending it twice could do the work twice.

Arguments:
- `outcome_variable`: The outcome to predict. Sent as JSON member `targetVariable`.
- `treatment_variable`: The treatment column. Sent as JSON member `treatmentVariable`.

Optional arguments, set by name on the returned request:
- `prediction_type`: Unset by default (then sent as `null`). Sent as JSON member `predictionType`.

Returns a [`DatasetCreateCausalPredictionMlTask`](requests::DatasetCreateCausalPredictionMlTask) request; nothing is sent until `.send()`.*/
        pub fn create_causal_prediction_ml_task(
            &self,
            outcome_variable: impl Into<String>,
            treatment_variable: impl Into<String>,
        ) -> requests::DatasetCreateCausalPredictionMlTask<'_> {
            requests::DatasetCreateCausalPredictionMlTask {
                __owner: self,
                outcome_variable: outcome_variable.into(),
                treatment_variable: treatment_variable.into(),
                prediction_type: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssAnalysis {
        /**Deletes the visual analysis. (dataikuapi's `drop_data` is not sent
to DSS: not here either.)

`DELETE /projects/{project_key}/lab/{analysis_id}/`

Returns a [`AnalysisDelete`](requests::AnalysisDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::AnalysisDelete<'_> {
            requests::AnalysisDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the analysis's definition, to change and `save`.

`GET /projects/{project_key}/lab/{analysis_id}/`

Returns a [`AnalysisGetDefinition`](requests::AnalysisGetDefinition) request; nothing is sent until `.send()`.*/
        pub fn get_definition(&self) -> requests::AnalysisGetDefinition<'_> {
            requests::AnalysisGetDefinition {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Replaces the analysis's definition, as a whole JSON object (see
[`DssAnalysisDefinition::save`](crate::DssAnalysisDefinition::save)
to send back one read); answers what DSS answers.

`PUT /projects/{project_key}/lab/{analysis_id}/`

Arguments:
- `definition`: The whole definition. Sent as the JSON body.

Returns a [`AnalysisSetDefinition`](requests::AnalysisSetDefinition) request; nothing is sent until `.send()`.*/
        pub fn set_definition(
            &self,
            definition: impl Into<::serde_json::Value>,
        ) -> requests::AnalysisSetDefinition<'_> {
            requests::AnalysisSetDefinition {
                __owner: self,
                definition: definition.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the ML tasks of the analysis, as DSS describes them.

`GET /projects/{project_key}/lab/{analysis_id}/models/`

Returns a [`AnalysisListMlTasks`](requests::AnalysisListMlTasks) request; nothing is sent until `.send()`.*/
        pub fn list_ml_tasks(&self) -> requests::AnalysisListMlTasks<'_> {
            requests::AnalysisListMlTasks {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one ML task of the analysis.

Builds a handle; sends no request.*/
        pub fn get_ml_task(
            &self,
            mltask_id: impl Into<String>,
        ) -> super::handles::DssMlTask {
            let mltask_id = mltask_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_analysis_id = ::core::clone::Clone::clone(&self.analysis_id);
                let __f_mltask_id = mltask_id;
                super::handles::DssMlTask {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    analysis_id: __f_analysis_id,
                    mltask_id: __f_mltask_id,
                }
            }
        }
        /**Creates a prediction ML task in the analysis and returns a handle
on it, without waiting for the guess (see
[`wait_guess_complete`](crate::DssMlTask::wait_guess_complete)).

`POST /projects/{project_key}/lab/{analysis_id}/models/`

Never retried: sending it twice could do the work twice.

Arguments:
- `target_variable`: The column to predict. Sent as JSON member `targetVariable`.

Optional arguments, set by name on the returned request:
- `ml_backend_type`: Default: `PY_MEMORY`. Sent as JSON member `backendType`.
- `guess_policy`: Default: `DEFAULT`. Sent as JSON member `guessPolicy`.
- `prediction_type`: Unset by default (then left out). Sent as JSON member `predictionType`.

Returns a [`AnalysisCreatePredictionMlTask`](requests::AnalysisCreatePredictionMlTask) request; nothing is sent until `.send()`.*/
        pub fn create_prediction_ml_task(
            &self,
            target_variable: impl Into<String>,
        ) -> requests::AnalysisCreatePredictionMlTask<'_> {
            requests::AnalysisCreatePredictionMlTask {
                __owner: self,
                target_variable: target_variable.into(),
                ml_backend_type: String::from("PY_MEMORY"),
                guess_policy: String::from("DEFAULT"),
                prediction_type: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a clustering ML task in the analysis; the guess is not
waited for.

`POST /projects/{project_key}/lab/{analysis_id}/models/`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `ml_backend_type`: Default: `PY_MEMORY`. Sent as JSON member `backendType`.
- `guess_policy`: Default: `KMEANS`. Sent as JSON member `guessPolicy`.

Returns a [`AnalysisCreateClusteringMlTask`](requests::AnalysisCreateClusteringMlTask) request; nothing is sent until `.send()`.*/
        pub fn create_clustering_ml_task(
            &self,
        ) -> requests::AnalysisCreateClusteringMlTask<'_> {
            requests::AnalysisCreateClusteringMlTask {
                __owner: self,
                ml_backend_type: String::from("PY_MEMORY"),
                guess_policy: String::from("KMEANS"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a time series forecasting ML task in the analysis; the guess
is not waited for.

`POST /projects/{project_key}/lab/{analysis_id}/models/`

Never retried: sending it twice could do the work twice.

Arguments:
- `target_variable`: The column to forecast. Sent as JSON member `targetVariable`.
- `time_variable`: The time column (a parsed date). Sent as JSON member `timeVariable`.

Optional arguments, set by name on the returned request:
- `timeseries_identifiers`: Unset by default (then sent as `null`). Sent as JSON member `timeseriesIdentifiers`.
- `guess_policy`: Default: `TIMESERIES_DEFAULT`. Sent as JSON member `guessPolicy`.

Returns a [`AnalysisCreateTimeseriesForecastingMlTask`](requests::AnalysisCreateTimeseriesForecastingMlTask) request; nothing is sent until `.send()`.*/
        pub fn create_timeseries_forecasting_ml_task(
            &self,
            target_variable: impl Into<String>,
            time_variable: impl Into<String>,
        ) -> requests::AnalysisCreateTimeseriesForecastingMlTask<'_> {
            requests::AnalysisCreateTimeseriesForecastingMlTask {
                __owner: self,
                target_variable: target_variable.into(),
                time_variable: time_variable.into(),
                timeseries_identifiers: None,
                guess_policy: String::from("TIMESERIES_DEFAULT"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a multi-target regression ML task in the analysis; the guess
is not waited for.

`POST /projects/{project_key}/lab/{analysis_id}/models/`

Never retried: sending it twice could do the work twice.

Arguments:
- `target_variables`: The columns to predict. Sent as JSON member `targetVariables`.

Optional arguments, set by name on the returned request:
- `guess_policy`: Default: `MULTI_TARGET_DEFAULT`. Sent as JSON member `guessPolicy`.

Returns a [`AnalysisCreateMultiTargetPredictionMlTask`](requests::AnalysisCreateMultiTargetPredictionMlTask) request; nothing is sent until `.send()`.*/
        pub fn create_multi_target_prediction_ml_task(
            &self,
            target_variables: impl IntoIterator<Item = impl Into<String>>,
        ) -> requests::AnalysisCreateMultiTargetPredictionMlTask<'_> {
            requests::AnalysisCreateMultiTargetPredictionMlTask {
                __owner: self,
                target_variables: target_variables.into_iter().map(Into::into).collect(),
                guess_policy: String::from("MULTI_TARGET_DEFAULT"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a causal prediction ML task in the analysis; the guess is
not waited for.

`POST /projects/{project_key}/lab/{analysis_id}/models/`

Never retried: sending it twice could do the work twice.

Arguments:
- `outcome_variable`: The outcome to predict. Sent as JSON member `targetVariable`.
- `treatment_variable`: The treatment column. Sent as JSON member `treatmentVariable`.

Optional arguments, set by name on the returned request:
- `prediction_type`: Unset by default (then left out). Sent as JSON member `predictionType`.

Returns a [`AnalysisCreateCausalPredictionMlTask`](requests::AnalysisCreateCausalPredictionMlTask) request; nothing is sent until `.send()`.*/
        pub fn create_causal_prediction_ml_task(
            &self,
            outcome_variable: impl Into<String>,
            treatment_variable: impl Into<String>,
        ) -> requests::AnalysisCreateCausalPredictionMlTask<'_> {
            requests::AnalysisCreateCausalPredictionMlTask {
                __owner: self,
                outcome_variable: outcome_variable.into(),
                treatment_variable: treatment_variable.into(),
                prediction_type: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssAnalysisDefinition {
        /**Saves the definition: the whole object, sent back as it was read
except where it was changed (dataikuapi's `DSSAnalysis.set_definition`
given the definition read).

`PUT /projects/{project_key}/lab/{analysis_id}/`

Returns a [`AnalysisDefinitionSave`](requests::AnalysisDefinitionSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::AnalysisDefinitionSave<'_> {
            requests::AnalysisDefinitionSave {
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
    impl super::handles::DssMlTask {
        /**Deletes the ML task.

`DELETE /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/`

Returns a [`MlTaskDelete`](requests::MlTaskDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::MlTaskDelete<'_> {
            requests::MlTaskDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the ML task's status: whether DSS is guessing its settings or
training, and the models trained so far.

`GET /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/status`

Returns a [`MlTaskGetStatus`](requests::MlTaskGetStatus) request; nothing is sent until `.send()`.*/
        pub fn get_status(&self) -> requests::MlTaskGetStatus<'_> {
            requests::MlTaskGetStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the ML task's settings, to change and `save`.

`GET /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/settings`

Returns a [`MlTaskGetSettings`](requests::MlTaskGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::MlTaskGetSettings<'_> {
            requests::MlTaskGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts a training session and answers at once (`sessionId`, ...);
[`wait_train_complete`](crate::DssMlTask::wait_train_complete)
waits for it, [`train`](crate::DssMlTask::train) does both.

`POST /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/train`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `session_name`: Unset by default (then sent as `null`). Sent as JSON member `sessionName`.
- `session_description`: Unset by default (then sent as `null`). Sent as JSON member `sessionDescription`.
- `run_queue`: Default: `false`. Sent as JSON member `runQueue`.

Returns a [`MlTaskStartTrain`](requests::MlTaskStartTrain) request; nothing is sent until `.send()`.*/
        pub fn start_train(&self) -> requests::MlTaskStartTrain<'_> {
            requests::MlTaskStartTrain {
                __owner: self,
                session_name: None,
                session_description: None,
                run_queue: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts training an ensemble of trained models and answers the new
model's id at once; [`ensemble`](crate::DssMlTask::ensemble) also
waits for the training.

`POST /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/ensemble`

Never retried: sending it twice could do the work twice.

Arguments:
- `model_ids`: The full ids of the models to put together (at least one). Sent as JSON member `modelsIds`.
- `method`: `AVERAGE`, `PROBA_AVERAGE`, `MEDIAN`, `VOTE`, `LINEAR_MODEL` or `LOGISTIC_MODEL`. Sent as JSON member `method`.

Returns a [`MlTaskStartEnsembling`](requests::MlTaskStartEnsembling) request; nothing is sent until `.send()`.*/
        pub fn start_ensembling(
            &self,
            model_ids: impl IntoIterator<Item = impl Into<String>>,
            method: impl Into<String>,
        ) -> requests::MlTaskStartEnsembling<'_> {
            requests::MlTaskStartEnsembling {
                __owner: self,
                model_ids: model_ids.into_iter().map(Into::into).collect(),
                method: method.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the snippets (summary and main metrics) of the trained models,
keyed by model id: of the models named, or of all.

`GET /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/models-snippets`

Optional arguments, set by name on the returned request:
- `ids`: Unset by default (then left out). Sent as JSON member `modelsIds`.

Returns a [`MlTaskGetTrainedModelSnippet`](requests::MlTaskGetTrainedModelSnippet) request; nothing is sent until `.send()`.*/
        pub fn get_trained_model_snippet(
            &self,
        ) -> requests::MlTaskGetTrainedModelSnippet<'_> {
            requests::MlTaskGetTrainedModelSnippet {
                __owner: self,
                ids: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the details of one trained model (its performance, settings,
training information), as DSS describes them.

`GET /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/models/{id}/details`

Arguments:
- `id`: The model's full id. Sent as a path segment.

Returns a [`MlTaskGetTrainedModelDetails`](requests::MlTaskGetTrainedModelDetails) request; nothing is sent until `.send()`.*/
        pub fn get_trained_model_details(
            &self,
            id: impl Into<String>,
        ) -> requests::MlTaskGetTrainedModelDetails<'_> {
            requests::MlTaskGetTrainedModelDetails {
                __owner: self,
                id: id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes one trained model.

`DELETE /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/models/{model_id}`

Arguments:
- `model_id`: The model's full id. Sent as a path segment.

Returns a [`MlTaskDeleteTrainedModel`](requests::MlTaskDeleteTrainedModel) request; nothing is sent until `.send()`.*/
        pub fn delete_trained_model(
            &self,
            model_id: impl Into<String>,
        ) -> requests::MlTaskDeleteTrainedModel<'_> {
            requests::MlTaskDeleteTrainedModel {
                __owner: self,
                model_id: model_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts training the queue of ML tasks this task belongs to.

`POST /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/actions/train-queue`

Never retried: sending it twice could do the work twice.

Returns a [`MlTaskTrainQueue`](requests::MlTaskTrainQueue) request; nothing is sent until `.send()`.*/
        pub fn train_queue(&self) -> requests::MlTaskTrainQueue<'_> {
            requests::MlTaskTrainQueue {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deploys a trained model to the flow as a new saved model, with its
training recipe; answers the saved model's and recipe's ids.

`POST /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/models/{model_id}/actions/deployToFlow`

Never retried: sending it twice could do the work twice.

Arguments:
- `model_id`: The trained model's full id. Sent as a path segment.
- `model_name`: The saved model's name. Sent as JSON member `modelName`.
- `train_dataset`: The dataset to train it on. Sent as JSON member `trainDatasetRef`.

Optional arguments, set by name on the returned request:
- `test_dataset`: Unset by default (then sent as `null`). Sent as JSON member `testDatasetRef`.
- `redo_optimization`: Default: `true`. Sent as JSON member `redoOptimization`.

Returns a [`MlTaskDeployToFlow`](requests::MlTaskDeployToFlow) request; nothing is sent until `.send()`.*/
        pub fn deploy_to_flow(
            &self,
            model_id: impl Into<String>,
            model_name: impl Into<String>,
            train_dataset: impl Into<String>,
        ) -> requests::MlTaskDeployToFlow<'_> {
            requests::MlTaskDeployToFlow {
                __owner: self,
                model_id: model_id.into(),
                model_name: model_name.into(),
                train_dataset: train_dataset.into(),
                test_dataset: None,
                redo_optimization: true,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deploys a trained model as a new version of an existing saved model
of the flow (named by its training recipe or by its id).

`POST /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/models/{model_id}/actions/redeployToFlow`

Never retried: sending it twice could do the work twice.

Arguments:
- `model_id`: The trained model's full id. Sent as a path segment.

Optional arguments, set by name on the returned request:
- `recipe_name`: Unset by default (then sent as `null`). Sent as JSON member `recipeName`.
- `saved_model_id`: Unset by default (then sent as `null`). Sent as JSON member `savedModelId`.
- `activate`: Default: `true`. Sent as JSON member `activate`.
- `redo_optimization`: Default: `false`. Sent as JSON member `redoOptimization`.
- `redo_threshold_optimization`: Default: `true`. Sent as JSON member `redoThresholdOptimization`.
- `fixed_threshold`: Unset by default (then left out). Sent as JSON member `fixedThreshold`.

Returns a [`MlTaskRedeployToFlow`](requests::MlTaskRedeployToFlow) request; nothing is sent until `.send()`.*/
        pub fn redeploy_to_flow(
            &self,
            model_id: impl Into<String>,
        ) -> requests::MlTaskRedeployToFlow<'_> {
            requests::MlTaskRedeployToFlow {
                __owner: self,
                model_id: model_id.into(),
                recipe_name: None,
                saved_model_id: None,
                activate: true,
                redo_optimization: false,
                redo_threshold_optimization: true,
                fixed_threshold: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Removes the train/test splits no model uses any more.

`POST /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/actions/removeUnusedSplits`

Never retried: sending it twice could do the work twice.

Returns a [`MlTaskRemoveUnusedSplits`](requests::MlTaskRemoveUnusedSplits) request; nothing is sent until `.send()`.*/
        pub fn remove_unused_splits(&self) -> requests::MlTaskRemoveUnusedSplits<'_> {
            requests::MlTaskRemoveUnusedSplits {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Removes every train/test split of the task (its models can no longer
be retrained or analysed further).

`POST /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/actions/removeAllSplits`

Never retried: sending it twice could do the work twice.

Returns a [`MlTaskRemoveAllSplits`](requests::MlTaskRemoveAllSplits) request; nothing is sent until `.send()`.*/
        pub fn remove_all_splits(&self) -> requests::MlTaskRemoveAllSplits<'_> {
            requests::MlTaskRemoveAllSplits {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Asks DSS to guess the task's settings again, from the core
parameters given (the target, the prediction type, ...); with none,
everything is guessed again. The guess runs on: see
[`wait_guess_complete`](crate::DssMlTask::wait_guess_complete).

`PUT /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/guess`

Optional arguments, set by name on the returned request:
- `prediction_type`: Unset by default (then left out). Sent as query parameter `predictionType`.
- `target_variable`: Unset by default (then left out). Sent as query parameter `targetVariable`.
- `timeseries_identifiers`: Unset by default (then left out). Sent as query parameter `timeseriesIdentifiers`, repeated for each item.
- `time_variable`: Unset by default (then left out). Sent as query parameter `timeVariable`.
- `full_reguess`: Unset by default (then left out). Sent as query parameter `fullReguess`.
- `target_variables`: Unset by default (then left out). Sent as query parameter `targetVariables`, repeated for each item.

Returns a [`MlTaskGuess`](requests::MlTaskGuess) request; nothing is sent until `.send()`.*/
        pub fn guess(&self) -> requests::MlTaskGuess<'_> {
            requests::MlTaskGuess {
                __owner: self,
                prediction_type: None,
                target_variable: None,
                timeseries_identifiers: None,
                time_variable: None,
                full_reguess: None,
                target_variables: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssMlTaskSettings {
        /**Saves the settings: the whole object, sent back as it was read
except where it was changed.

`POST /projects/{project_key}/models/lab/{analysis_id}/{mltask_id}/settings`

Never retried: sending it twice could do the work twice.

Returns a [`MlTaskSettingsSave`](requests::MlTaskSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::MlTaskSettingsSave<'_> {
            requests::MlTaskSettingsSave {
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
            impl super::handles::DssDataset {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_list_analyses(&self) -> Pending<'_, Vec<Value>> {
                    self.list_analyses()
                }
            }
            impl super::handles::DssDataset {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_delete_analyses(&self) -> Pending<'_, ()> {
                    self.delete_analyses()
                }
            }
            impl super::handles::DssMlTask {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_wait_guess_complete(
                    &self,
                ) -> Waiting<'_, 'static, MlTaskStatus> {
                    self.wait_guess_complete()
                }
            }
            impl super::handles::DssMlTask {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_wait_train_complete(
                    &self,
                ) -> Waiting<'_, 'static, MlTaskStatus> {
                    self.wait_train_complete()
                }
            }
            impl super::handles::DssMlTask {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_train(&self) -> Waiting<'_, 'static, Vec<String>> {
                    self.train()
                }
            }
            impl super::handles::DssMlTask {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_ensemble(
                    &self,
                    model_ids: &[&str],
                    method: &str,
                ) -> Waiting<'_, 'static, String> {
                    self.ensemble(model_ids, method)
                }
            }
            impl super::handles::DssMlTask {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_trained_models_ids(
                    &self,
                    session_id: Option<&str>,
                ) -> Pending<'_, Vec<String>> {
                    self.get_trained_models_ids(session_id)
                }
            }
            impl super::handles::DssMlTask {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_from_full_model_id(
                    client: &DssClient,
                    fmi: &str,
                    project_key: Option<&str>,
                ) -> Result<DssMlTask> {
                    Self::from_full_model_id(client, fmi, project_key)
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
                ("DssProject", "list_analyses") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_analyses();
                        let __endpoint = requests::ProjectListAnalyses::ENDPOINT;
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
                ("DssProject", "create_analysis") => {
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
                            .create_analysis(args.str("input_dataset")?);
                        let __endpoint = requests::ProjectCreateAnalysis::ENDPOINT;
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
                ("DssProject", "list_ml_tasks") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_ml_tasks();
                        let __endpoint = requests::ProjectListMlTasks::ENDPOINT;
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
                ("DssProject", "list_mltask_queues") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_mltask_queues();
                        let __endpoint = requests::ProjectListMltaskQueues::ENDPOINT;
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
                ("DssProject", "create_prediction_ml_task") => {
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
                            .create_prediction_ml_task(
                                args.str("input_dataset")?,
                                args.str("target_variable")?,
                            );
                        let __endpoint = requests::ProjectCreatePredictionMlTask::ENDPOINT;
                        if let Some(__v) = args.opt_str("ml_backend_type")? {
                            __r = __r.ml_backend_type(__v);
                        }
                        if let Some(__v) = args.opt_str("guess_policy")? {
                            __r = __r.guess_policy(__v);
                        }
                        if let Some(__v) = args.opt_str("prediction_type")? {
                            __r = __r.prediction_type(__v);
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
                ("DssProject", "create_clustering_ml_task") => {
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
                            .create_clustering_ml_task(args.str("input_dataset")?);
                        let __endpoint = requests::ProjectCreateClusteringMlTask::ENDPOINT;
                        if let Some(__v) = args.opt_str("ml_backend_type")? {
                            __r = __r.ml_backend_type(__v);
                        }
                        if let Some(__v) = args.opt_str("guess_policy")? {
                            __r = __r.guess_policy(__v);
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
                ("DssProject", "create_timeseries_forecasting_ml_task") => {
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
                            .create_timeseries_forecasting_ml_task(
                                args.str("input_dataset")?,
                                args.str("target_variable")?,
                                args.str("time_variable")?,
                            );
                        let __endpoint = requests::ProjectCreateTimeseriesForecastingMlTask::ENDPOINT;
                        if let Some(__v) = args.opt_strings("timeseries_identifiers")? {
                            __r = __r.timeseries_identifiers(__v);
                        }
                        if let Some(__v) = args.opt_str("guess_policy")? {
                            __r = __r.guess_policy(__v);
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
                ("DssProject", "create_multi_target_prediction_ml_task") => {
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
                            .create_multi_target_prediction_ml_task(
                                args.str("input_dataset")?,
                                args.strings("target_variables")?,
                            );
                        let __endpoint = requests::ProjectCreateMultiTargetPredictionMlTask::ENDPOINT;
                        if let Some(__v) = args.opt_str("guess_policy")? {
                            __r = __r.guess_policy(__v);
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
                ("DssProject", "create_causal_prediction_ml_task") => {
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
                            .create_causal_prediction_ml_task(
                                args.str("input_dataset")?,
                                args.str("outcome_variable")?,
                                args.str("treatment_variable")?,
                            );
                        let __endpoint = requests::ProjectCreateCausalPredictionMlTask::ENDPOINT;
                        if let Some(__v) = args.opt_str("prediction_type")? {
                            __r = __r.prediction_type(__v);
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
                ("DssDataset", "create_analysis") => {
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
                        let mut __r = __owner.create_analysis();
                        let __endpoint = requests::DatasetCreateAnalysis::ENDPOINT;
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
                ("DssDataset", "create_prediction_ml_task") => {
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
                        let mut __r = __owner
                            .create_prediction_ml_task(args.str("target_variable")?);
                        let __endpoint = requests::DatasetCreatePredictionMlTask::ENDPOINT;
                        if let Some(__v) = args.opt_str("ml_backend_type")? {
                            __r = __r.ml_backend_type(__v);
                        }
                        if let Some(__v) = args.opt_str("guess_policy")? {
                            __r = __r.guess_policy(__v);
                        }
                        if let Some(__v) = args.opt_str("prediction_type")? {
                            __r = __r.prediction_type(__v);
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
                ("DssDataset", "create_clustering_ml_task") => {
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
                        let mut __r = __owner.create_clustering_ml_task();
                        let __endpoint = requests::DatasetCreateClusteringMlTask::ENDPOINT;
                        if let Some(__v) = args.opt_str("ml_backend_type")? {
                            __r = __r.ml_backend_type(__v);
                        }
                        if let Some(__v) = args.opt_str("guess_policy")? {
                            __r = __r.guess_policy(__v);
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
                ("DssDataset", "create_timeseries_forecasting_ml_task") => {
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
                        let mut __r = __owner
                            .create_timeseries_forecasting_ml_task(
                                args.str("target_variable")?,
                                args.str("time_variable")?,
                            );
                        let __endpoint = requests::DatasetCreateTimeseriesForecastingMlTask::ENDPOINT;
                        if let Some(__v) = args.opt_strings("timeseries_identifiers")? {
                            __r = __r.timeseries_identifiers(__v);
                        }
                        if let Some(__v) = args.opt_str("guess_policy")? {
                            __r = __r.guess_policy(__v);
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
                ("DssDataset", "create_multi_target_prediction_ml_task") => {
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
                        let mut __r = __owner
                            .create_multi_target_prediction_ml_task(
                                args.strings("target_variables")?,
                            );
                        let __endpoint = requests::DatasetCreateMultiTargetPredictionMlTask::ENDPOINT;
                        if let Some(__v) = args.opt_str("guess_policy")? {
                            __r = __r.guess_policy(__v);
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
                ("DssDataset", "create_causal_prediction_ml_task") => {
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
                        let mut __r = __owner
                            .create_causal_prediction_ml_task(
                                args.str("outcome_variable")?,
                                args.str("treatment_variable")?,
                            );
                        let __endpoint = requests::DatasetCreateCausalPredictionMlTask::ENDPOINT;
                        if let Some(__v) = args.opt_str("prediction_type")? {
                            __r = __r.prediction_type(__v);
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
                ("DssAnalysis", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAnalysis", ids)?;
                        let __owner = super::handles::DssAnalysis {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::AnalysisDelete::ENDPOINT;
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
                ("DssAnalysis", "get_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAnalysis", ids)?;
                        let __owner = super::handles::DssAnalysis {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_definition();
                        let __endpoint = requests::AnalysisGetDefinition::ENDPOINT;
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
                ("DssAnalysis", "set_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAnalysis", ids)?;
                        let __owner = super::handles::DssAnalysis {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_definition(args.json("definition")?);
                        let __endpoint = requests::AnalysisSetDefinition::ENDPOINT;
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
                ("DssAnalysis", "list_ml_tasks") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAnalysis", ids)?;
                        let __owner = super::handles::DssAnalysis {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_ml_tasks();
                        let __endpoint = requests::AnalysisListMlTasks::ENDPOINT;
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
                ("DssAnalysis", "create_prediction_ml_task") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAnalysis", ids)?;
                        let __owner = super::handles::DssAnalysis {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_prediction_ml_task(args.str("target_variable")?);
                        let __endpoint = requests::AnalysisCreatePredictionMlTask::ENDPOINT;
                        if let Some(__v) = args.opt_str("ml_backend_type")? {
                            __r = __r.ml_backend_type(__v);
                        }
                        if let Some(__v) = args.opt_str("guess_policy")? {
                            __r = __r.guess_policy(__v);
                        }
                        if let Some(__v) = args.opt_str("prediction_type")? {
                            __r = __r.prediction_type(__v);
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
                ("DssAnalysis", "create_clustering_ml_task") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAnalysis", ids)?;
                        let __owner = super::handles::DssAnalysis {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_clustering_ml_task();
                        let __endpoint = requests::AnalysisCreateClusteringMlTask::ENDPOINT;
                        if let Some(__v) = args.opt_str("ml_backend_type")? {
                            __r = __r.ml_backend_type(__v);
                        }
                        if let Some(__v) = args.opt_str("guess_policy")? {
                            __r = __r.guess_policy(__v);
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
                ("DssAnalysis", "create_timeseries_forecasting_ml_task") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAnalysis", ids)?;
                        let __owner = super::handles::DssAnalysis {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_timeseries_forecasting_ml_task(
                                args.str("target_variable")?,
                                args.str("time_variable")?,
                            );
                        let __endpoint = requests::AnalysisCreateTimeseriesForecastingMlTask::ENDPOINT;
                        if let Some(__v) = args.opt_strings("timeseries_identifiers")? {
                            __r = __r.timeseries_identifiers(__v);
                        }
                        if let Some(__v) = args.opt_str("guess_policy")? {
                            __r = __r.guess_policy(__v);
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
                ("DssAnalysis", "create_multi_target_prediction_ml_task") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAnalysis", ids)?;
                        let __owner = super::handles::DssAnalysis {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_multi_target_prediction_ml_task(
                                args.strings("target_variables")?,
                            );
                        let __endpoint = requests::AnalysisCreateMultiTargetPredictionMlTask::ENDPOINT;
                        if let Some(__v) = args.opt_str("guess_policy")? {
                            __r = __r.guess_policy(__v);
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
                ("DssAnalysis", "create_causal_prediction_ml_task") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAnalysis", ids)?;
                        let __owner = super::handles::DssAnalysis {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_causal_prediction_ml_task(
                                args.str("outcome_variable")?,
                                args.str("treatment_variable")?,
                            );
                        let __endpoint = requests::AnalysisCreateCausalPredictionMlTask::ENDPOINT;
                        if let Some(__v) = args.opt_str("prediction_type")? {
                            __r = __r.prediction_type(__v);
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
                ("DssAnalysisDefinition", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAnalysisDefinition", ids)?;
                        let __owner = super::handles::DssAnalysisDefinition {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::AnalysisDefinitionSave::ENDPOINT;
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
                ("DssMlTask", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id, __id_mltask_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssMlTask", ids)?;
                        let __owner = super::handles::DssMlTask {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            mltask_id: __id_mltask_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::MlTaskDelete::ENDPOINT;
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
                ("DssMlTask", "get_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id, __id_mltask_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssMlTask", ids)?;
                        let __owner = super::handles::DssMlTask {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            mltask_id: __id_mltask_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_status();
                        let __endpoint = requests::MlTaskGetStatus::ENDPOINT;
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
                ("DssMlTask", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id, __id_mltask_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssMlTask", ids)?;
                        let __owner = super::handles::DssMlTask {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            mltask_id: __id_mltask_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::MlTaskGetSettings::ENDPOINT;
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
                ("DssMlTask", "start_train") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id, __id_mltask_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssMlTask", ids)?;
                        let __owner = super::handles::DssMlTask {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            mltask_id: __id_mltask_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.start_train();
                        let __endpoint = requests::MlTaskStartTrain::ENDPOINT;
                        if let Some(__v) = args.opt_str("session_name")? {
                            __r = __r.session_name(__v);
                        }
                        if let Some(__v) = args.opt_str("session_description")? {
                            __r = __r.session_description(__v);
                        }
                        if let Some(__v) = args.opt_bool("run_queue")? {
                            __r = __r.run_queue(__v);
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
                ("DssMlTask", "start_ensembling") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id, __id_mltask_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssMlTask", ids)?;
                        let __owner = super::handles::DssMlTask {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            mltask_id: __id_mltask_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .start_ensembling(
                                args.strings("model_ids")?,
                                args.str("method")?,
                            );
                        let __endpoint = requests::MlTaskStartEnsembling::ENDPOINT;
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
                ("DssMlTask", "get_trained_model_snippet") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id, __id_mltask_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssMlTask", ids)?;
                        let __owner = super::handles::DssMlTask {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            mltask_id: __id_mltask_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_trained_model_snippet();
                        let __endpoint = requests::MlTaskGetTrainedModelSnippet::ENDPOINT;
                        if let Some(__v) = args.opt_strings("ids")? {
                            __r = __r.ids(__v);
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
                ("DssMlTask", "get_trained_model_details") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id, __id_mltask_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssMlTask", ids)?;
                        let __owner = super::handles::DssMlTask {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            mltask_id: __id_mltask_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_trained_model_details(args.str("id")?);
                        let __endpoint = requests::MlTaskGetTrainedModelDetails::ENDPOINT;
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
                ("DssMlTask", "delete_trained_model") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id, __id_mltask_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssMlTask", ids)?;
                        let __owner = super::handles::DssMlTask {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            mltask_id: __id_mltask_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .delete_trained_model(args.str("model_id")?);
                        let __endpoint = requests::MlTaskDeleteTrainedModel::ENDPOINT;
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
                ("DssMlTask", "train_queue") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id, __id_mltask_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssMlTask", ids)?;
                        let __owner = super::handles::DssMlTask {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            mltask_id: __id_mltask_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.train_queue();
                        let __endpoint = requests::MlTaskTrainQueue::ENDPOINT;
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
                ("DssMlTask", "deploy_to_flow") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id, __id_mltask_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssMlTask", ids)?;
                        let __owner = super::handles::DssMlTask {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            mltask_id: __id_mltask_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .deploy_to_flow(
                                args.str("model_id")?,
                                args.str("model_name")?,
                                args.str("train_dataset")?,
                            );
                        let __endpoint = requests::MlTaskDeployToFlow::ENDPOINT;
                        if let Some(__v) = args.opt_str("test_dataset")? {
                            __r = __r.test_dataset(__v);
                        }
                        if let Some(__v) = args.opt_bool("redo_optimization")? {
                            __r = __r.redo_optimization(__v);
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
                ("DssMlTask", "redeploy_to_flow") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id, __id_mltask_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssMlTask", ids)?;
                        let __owner = super::handles::DssMlTask {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            mltask_id: __id_mltask_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.redeploy_to_flow(args.str("model_id")?);
                        let __endpoint = requests::MlTaskRedeployToFlow::ENDPOINT;
                        if let Some(__v) = args.opt_str("recipe_name")? {
                            __r = __r.recipe_name(__v);
                        }
                        if let Some(__v) = args.opt_str("saved_model_id")? {
                            __r = __r.saved_model_id(__v);
                        }
                        if let Some(__v) = args.opt_bool("activate")? {
                            __r = __r.activate(__v);
                        }
                        if let Some(__v) = args.opt_bool("redo_optimization")? {
                            __r = __r.redo_optimization(__v);
                        }
                        if let Some(__v) = args.opt_bool("redo_threshold_optimization")?
                        {
                            __r = __r.redo_threshold_optimization(__v);
                        }
                        if let Some(__v) = args.opt_json("fixed_threshold")? {
                            __r = __r.fixed_threshold(__v);
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
                ("DssMlTask", "remove_unused_splits") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id, __id_mltask_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssMlTask", ids)?;
                        let __owner = super::handles::DssMlTask {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            mltask_id: __id_mltask_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.remove_unused_splits();
                        let __endpoint = requests::MlTaskRemoveUnusedSplits::ENDPOINT;
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
                ("DssMlTask", "remove_all_splits") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id, __id_mltask_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssMlTask", ids)?;
                        let __owner = super::handles::DssMlTask {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            mltask_id: __id_mltask_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.remove_all_splits();
                        let __endpoint = requests::MlTaskRemoveAllSplits::ENDPOINT;
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
                ("DssMlTask", "guess") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id, __id_mltask_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssMlTask", ids)?;
                        let __owner = super::handles::DssMlTask {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            mltask_id: __id_mltask_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.guess();
                        let __endpoint = requests::MlTaskGuess::ENDPOINT;
                        if let Some(__v) = args.opt_str("prediction_type")? {
                            __r = __r.prediction_type(__v);
                        }
                        if let Some(__v) = args.opt_str("target_variable")? {
                            __r = __r.target_variable(__v);
                        }
                        if let Some(__v) = args.opt_strings("timeseries_identifiers")? {
                            __r = __r.timeseries_identifiers(__v);
                        }
                        if let Some(__v) = args.opt_str("time_variable")? {
                            __r = __r.time_variable(__v);
                        }
                        if let Some(__v) = args.opt_bool("full_reguess")? {
                            __r = __r.full_reguess(__v);
                        }
                        if let Some(__v) = args.opt_strings("target_variables")? {
                            __r = __r.target_variables(__v);
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
                ("DssMlTaskSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id, __id_mltask_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssMlTaskSettings", ids)?;
                        let __owner = super::handles::DssMlTaskSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            mltask_id: __id_mltask_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::MlTaskSettingsSave::ENDPOINT;
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
                "DssAnalysisDefinition" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAnalysis", ids)?;
                        let __owner = super::handles::DssAnalysis {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                        };
                        let mut __doc = __owner.get_definition().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssMlTaskSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_analysis_id, __id_mltask_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssMlTask", ids)?;
                        let __owner = super::handles::DssMlTask {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            analysis_id: __id_analysis_id,
                            mltask_id: __id_mltask_id,
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
            let model: super::models::TrainedModelRef = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"fullModelId\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "TrainedModelRef")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "TrainedModelRef"
            );
            checked += 1;
            let model: super::models::MlTaskStatus = ::serde_json::from_str(
                    "{\"guessing\":true,\"training\":true,\"fullModelIds\":[{\"id\":\"plain\",\"fullModelId\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "MlTaskStatus")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "MlTaskStatus"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssAnalysis {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                analysis_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssAnalysis"
            );
            checked += 1;
            let handle = super::handles::DssMlTask {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                analysis_id: ::std::string::String::from("plain"),
                mltask_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssMlTask"
            );
            checked += 1;
            let handle = super::handles::DssAnalysisDefinition {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                analysis_id: ::std::string::String::from("plain"),
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
                "DssAnalysisDefinition"
            );
            checked += 1;
            let handle = super::handles::DssMlTaskSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                analysis_id: ::std::string::String::from("plain"),
                mltask_id: ::std::string::String::from("plain"),
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
                "DssMlTaskSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
