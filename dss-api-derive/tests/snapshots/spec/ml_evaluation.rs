// The expansion of `ml_evaluation.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/ml_evaluation.dss`.
pub mod spec_ml_evaluation {
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
        ///A model evaluation store of a project's flow, named by its id.
        #[derive(Clone)]
        pub struct DssModelEvaluationStore {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) mes_id: String,
        }
        impl DssModelEvaluationStore {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `mes_id` this handle points at.
            pub fn mes_id(&self) -> &str {
                &self.mes_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssModelEvaluationStore {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssModelEvaluationStore")
                    .field("project_key", &self.project_key)
                    .field("mes_id", &self.mes_id)
                    .finish_non_exhaustive()
            }
        }
        /**One evaluation of a model evaluation store, named by the store's id and
its own.*/
        #[derive(Clone)]
        pub struct DssModelEvaluation {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) mes_id: String,
            pub(crate) evaluation_id: String,
        }
        impl DssModelEvaluation {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `mes_id` this handle points at.
            pub fn mes_id(&self) -> &str {
                &self.mes_id
            }
            ///The `evaluation_id` this handle points at.
            pub fn evaluation_id(&self) -> &str {
                &self.evaluation_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssModelEvaluation {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssModelEvaluation")
                    .field("project_key", &self.project_key)
                    .field("mes_id", &self.mes_id)
                    .field("evaluation_id", &self.evaluation_id)
                    .finish_non_exhaustive()
            }
        }
        /**The MLflow extension of a project (dataikuapi's `DSSMLflowExtension`):
experiment tracking and MLflow models.*/
        #[derive(Clone)]
        pub struct DssMlflowExtension {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
        }
        impl DssMlflowExtension {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssMlflowExtension {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssMlflowExtension")
                    .field("project_key", &self.project_key)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a model evaluation store, as `get_settings` reads them
(dataikuapi's `DSSModelEvaluationStoreSettings`); changed, then sent
back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssModelEvaluationStoreSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) mes_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssModelEvaluationStoreSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `mes_id` this handle points at.
            pub fn mes_id(&self) -> &str {
                &self.mes_id
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
        impl ::core::fmt::Debug for DssModelEvaluationStoreSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssModelEvaluationStoreSettings")
                    .field("project_key", &self.project_key)
                    .field("mes_id", &self.mes_id)
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
        ///An evaluation store as listed by `list_model_evaluation_stores`.
        #[derive(Clone, PartialEq)]
        pub struct EvaluationStoreListItem {
            ///Project holding the store.
            pub project_key: String,
            ///The store's id.
            pub id: String,
            ///Display name.
            pub name: Option<String>,
            /**What it evaluates: `TABULAR` for a model evaluation store, else
another kind (LLMs, agents, ...).*/
            pub mes_flavor: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for EvaluationStoreListItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = EvaluationStoreListItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `EvaluationStoreListItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<EvaluationStoreListItem, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_id: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_mes_flavor: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "projectKey" => {
                                    __m_project_key = Some(
                                        crate::rt::model::next_member(&mut __map, "projectKey")?,
                                    );
                                }
                                "id" => {
                                    __m_id = Some(
                                        crate::rt::model::next_member(&mut __map, "id")?,
                                    );
                                }
                                "name" => {
                                    __m_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "name",
                                    )?;
                                }
                                "mesFlavor" => {
                                    __m_mes_flavor = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "mesFlavor",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(EvaluationStoreListItem {
                            project_key: match __m_project_key {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field(
                                            "projectKey",
                                        ),
                                    );
                                }
                            },
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            name: __m_name,
                            mes_flavor: __m_mes_flavor,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for EvaluationStoreListItem {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "projectKey",
                    &self.project_key,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "name",
                    &self.name,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "mesFlavor",
                    &self.mes_flavor,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for EvaluationStoreListItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("EvaluationStoreListItem")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("name", &self.name)
                    .field("mes_flavor", &self.mes_flavor)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl EvaluationStoreListItem {
            ///The [`DssModelEvaluationStore`](super::super::handles::DssModelEvaluationStore) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssModelEvaluationStore {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_mes_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssModelEvaluationStore {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        mes_id: __f_mes_id,
                    }
                }
            }
        }
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
        ///Request value of [`DssProject::list_model_evaluation_stores`](super::super::handles::DssProject::list_model_evaluation_stores): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListModelEvaluationStores<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListModelEvaluationStores<'a> {
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
                __call.lit("/evaluationstores/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListModelEvaluationStores,
            super::endpoints::PROJECT_LIST_MODEL_EVALUATION_STORES, json(Vec <
            EvaluationStoreListItem >,
            "Sends the request (`GET /projects/{project_key}/evaluationstores/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListModelEvaluationStores<'_> {}
        ///Request value of [`DssProject::create_model_evaluation_store`](super::super::handles::DssProject::create_model_evaluation_store): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateModelEvaluationStore<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateModelEvaluationStore<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self { __owner, name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/evaluationstores/");
                __call.query("flavor", "TABULAR");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(__owner.project_key.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(name),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/evaluationstores/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssModelEvaluationStore,
                crate::rt::Error,
            > {
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
                            let __f_mes_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssModelEvaluationStore {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                mes_id: __f_mes_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateModelEvaluationStore,
            super::endpoints::PROJECT_CREATE_MODEL_EVALUATION_STORE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateModelEvaluationStore<'_> {}
        ///Request value of [`DssModelEvaluationStore::get_settings`](super::super::handles::DssModelEvaluationStore::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ModelEvaluationStoreGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssModelEvaluationStore,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ModelEvaluationStoreGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (&'a super::super::handles::DssModelEvaluationStore,),
                ),
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
                __call.lit("/evaluationstores/");
                __call.segment("mes_id", &__owner.mes_id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/evaluationstores/{mes_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssModelEvaluationStoreSettings,
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
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_mes_id = ::core::clone::Clone::clone(
                                &__owner.mes_id,
                            );
                            super::super::handles::DssModelEvaluationStoreSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                mes_id: __f_mes_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ModelEvaluationStoreGetSettings,
            super::endpoints::MODEL_EVALUATION_STORE_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ModelEvaluationStoreGetSettings<'_> {}
        ///Request value of [`DssModelEvaluationStore::list_model_evaluations`](super::super::handles::DssModelEvaluationStore::list_model_evaluations): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ModelEvaluationStoreListModelEvaluations<'a> {
            pub(crate) __owner: &'a super::super::handles::DssModelEvaluationStore,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ModelEvaluationStoreListModelEvaluations<'a> {
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
                __call.lit("/evaluationstores/");
                __call.segment("mes_id", &__owner.mes_id, false)?;
                __call.lit("/evaluations/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ModelEvaluationStoreListModelEvaluations,
            super::endpoints::MODEL_EVALUATION_STORE_LIST_MODEL_EVALUATIONS, json(Value,
            "Sends the request (`GET /projects/{project_key}/evaluationstores/{mes_id}/evaluations/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ModelEvaluationStoreListModelEvaluations<'_> {}
        ///Request value of [`DssModelEvaluationStore::get_latest_model_evaluation`](super::super::handles::DssModelEvaluationStore::get_latest_model_evaluation): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ModelEvaluationStoreGetLatestModelEvaluation<'a> {
            pub(crate) __owner: &'a super::super::handles::DssModelEvaluationStore,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ModelEvaluationStoreGetLatestModelEvaluation<'a> {
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
                __call.lit("/evaluationstores/");
                __call.segment("mes_id", &__owner.mes_id, false)?;
                __call.lit("/latestEvaluationId");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ModelEvaluationStoreGetLatestModelEvaluation,
            super::endpoints::MODEL_EVALUATION_STORE_GET_LATEST_MODEL_EVALUATION,
            text("Sends the request (`GET /projects/{project_key}/evaluationstores/{mes_id}/latestEvaluationId`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ModelEvaluationStoreGetLatestModelEvaluation<'_> {}
        ///Request value of [`DssModelEvaluationStore::delete_model_evaluations`](super::super::handles::DssModelEvaluationStore::delete_model_evaluations): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ModelEvaluationStoreDeleteModelEvaluations<'a> {
            pub(crate) __owner: &'a super::super::handles::DssModelEvaluationStore,
            pub(crate) evaluations: Vec<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ModelEvaluationStoreDeleteModelEvaluations<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, evaluations, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/evaluationstores/");
                __call.segment("mes_id", &__owner.mes_id, false)?;
                __call.lit("/evaluations/");
                __call.json(&::serde_json::Value::from(evaluations))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ModelEvaluationStoreDeleteModelEvaluations,
            super::endpoints::MODEL_EVALUATION_STORE_DELETE_MODEL_EVALUATIONS,
            json(Value,
            "Sends the request (`DELETE /projects/{project_key}/evaluationstores/{mes_id}/evaluations/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ModelEvaluationStoreDeleteModelEvaluations<'_> {}
        ///Request value of [`DssModelEvaluationStore::add_custom_model_evaluation`](super::super::handles::DssModelEvaluationStore::add_custom_model_evaluation): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ModelEvaluationStoreAddCustomModelEvaluation<'a> {
            pub(crate) __owner: &'a super::super::handles::DssModelEvaluationStore,
            pub(crate) metrics: ::serde_json::Value,
            pub(crate) evaluation_id: Option<String>,
            pub(crate) name: Option<String>,
            pub(crate) labels: Option<::serde_json::Value>,
            pub(crate) model: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ModelEvaluationStoreAddCustomModelEvaluation<'a> {
            /**The new evaluation's id (unset: DSS makes one).

Unset by default (then sent as `null`). Sent as JSON member `evaluationId`.*/
            pub fn evaluation_id(mut self, evaluation_id: impl Into<String>) -> Self {
                self.evaluation_id = Some(evaluation_id.into());
                self
            }
            /**Its name.

Unset by default (then sent as `null`). Sent as JSON member `name`.*/
            pub fn name(mut self, name: impl Into<String>) -> Self {
                self.name = Some(name.into());
                self
            }
            /**Its labels (`[{"key": .., "value": ..}]`).

Unset by default (then sent as `null`). Sent as JSON member `labels`.*/
            pub fn labels(mut self, labels: impl Into<::serde_json::Value>) -> Self {
                self.labels = Some(labels.into());
                self
            }
            /**The full id of the model evaluated.

Unset by default (then sent as `null`). Sent as JSON member `fullModelId`.*/
            pub fn model(mut self, model: impl Into<String>) -> Self {
                self.model = Some(model.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    metrics,
                    evaluation_id,
                    name,
                    labels,
                    model,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/evaluationstores/");
                __call.segment("mes_id", &__owner.mes_id, false)?;
                __call.lit("/evaluations");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("evaluationId"),
                                    ::serde_json::Value::from(evaluation_id),
                                );
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(name),
                                );
                            __map
                                .insert(
                                    String::from("metrics"),
                                    ::serde_json::Value::from(metrics),
                                );
                            __map
                                .insert(
                                    String::from("labels"),
                                    ::serde_json::Value::from(labels),
                                );
                            __map
                                .insert(
                                    String::from("fullModelId"),
                                    ::serde_json::Value::from(model),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ModelEvaluationStoreAddCustomModelEvaluation,
            super::endpoints::MODEL_EVALUATION_STORE_ADD_CUSTOM_MODEL_EVALUATION,
            json(Value,
            "Sends the request (`POST /projects/{project_key}/evaluationstores/{mes_id}/evaluations`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ModelEvaluationStoreAddCustomModelEvaluation<'_> {}
        ///Request value of [`DssModelEvaluation::get_full_info`](super::super::handles::DssModelEvaluation::get_full_info): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ModelEvaluationGetFullInfo<'a> {
            pub(crate) __owner: &'a super::super::handles::DssModelEvaluation,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ModelEvaluationGetFullInfo<'a> {
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
                __call.lit("/evaluationstores/");
                __call.segment("mes_id", &__owner.mes_id, false)?;
                __call.lit("/evaluations/");
                __call.segment("evaluation_id", &__owner.evaluation_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ModelEvaluationGetFullInfo, super::endpoints::MODEL_EVALUATION_GET_FULL_INFO,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/evaluationstores/{mes_id}/evaluations/{evaluation_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ModelEvaluationGetFullInfo<'_> {}
        ///Request value of [`DssModelEvaluationStoreSettings::save`](super::super::handles::DssModelEvaluationStoreSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ModelEvaluationStoreSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssModelEvaluationStoreSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ModelEvaluationStoreSettingsSave<'a> {
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
                __call.lit("/evaluationstores/");
                __call.segment("mes_id", &__owner.mes_id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ModelEvaluationStoreSettingsSave,
            super::endpoints::MODEL_EVALUATION_STORE_SETTINGS_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/evaluationstores/{mes_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ModelEvaluationStoreSettingsSave<'_> {}
        crate::rt::request_list!(
            ProjectListModelEvaluationStores, ProjectCreateModelEvaluationStore,
            ModelEvaluationStoreGetSettings, ModelEvaluationStoreListModelEvaluations,
            ModelEvaluationStoreGetLatestModelEvaluation,
            ModelEvaluationStoreDeleteModelEvaluations,
            ModelEvaluationStoreAddCustomModelEvaluation, ModelEvaluationGetFullInfo,
            ModelEvaluationStoreSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_model_evaluation_stores`.
        pub static PROJECT_LIST_MODEL_EVALUATION_STORES: Endpoint = Endpoint::new(
            "DssProject",
            "list_model_evaluation_stores",
            crate::rt::Server::DSS,
            "Lists the evaluation stores of the project, model evaluation stores (`mesFlavor` `TABULAR`) and the others; each item converts to a [`DssModelEvaluationStore`](crate::DssModelEvaluationStore) with `to_handle`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/evaluationstores/",
                    &[],
                    "ProjectListModelEvaluationStores",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < EvaluationStoreListItem >"),
            [false, true, false],
        );
        ///`DssProject::get_model_evaluation_store`.
        pub static PROJECT_GET_MODEL_EVALUATION_STORE: Endpoint = Endpoint::new(
            "DssProject",
            "get_model_evaluation_store",
            crate::rt::Server::DSS,
            "A handle on one model evaluation store of the project.",
            &[Arg::new("mes_id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssModelEvaluationStore"),
            [false, true, false],
        );
        ///`DssProject::create_model_evaluation_store`.
        pub static PROJECT_CREATE_MODEL_EVALUATION_STORE: Endpoint = Endpoint::new(
            "DssProject",
            "create_model_evaluation_store",
            crate::rt::Server::DSS,
            "Creates a model evaluation store and returns a handle on it.",
            &[
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
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/evaluationstores/",
                    &[("flavor", "TABULAR")],
                    "ProjectCreateModelEvaluationStore",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssModelEvaluationStore"),
            [false, true, false],
        );
        ///`DssProject::get_mlflow_extension`.
        pub static PROJECT_GET_MLFLOW_EXTENSION: Endpoint = Endpoint::new(
            "DssProject",
            "get_mlflow_extension",
            crate::rt::Server::DSS,
            "A handle on the project's MLflow extension.",
            &[],
            None,
            ResultKind::Handle("DssMlflowExtension"),
            [false, true, false],
        );
        ///`DssModelEvaluationStore::get_settings`.
        pub static MODEL_EVALUATION_STORE_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssModelEvaluationStore",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the store's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/evaluationstores/{mes_id}",
                    &[],
                    "ModelEvaluationStoreGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssModelEvaluationStoreSettings"),
            [false, true, false],
        );
        ///`DssModelEvaluationStore::list_model_evaluations`.
        pub static MODEL_EVALUATION_STORE_LIST_MODEL_EVALUATIONS: Endpoint = Endpoint::new(
            "DssModelEvaluationStore",
            "list_model_evaluations",
            crate::rt::Server::DSS,
            "Lists the evaluations of the store, as DSS describes them (each names itself in `ref.evaluationId`).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/evaluationstores/{mes_id}/evaluations/",
                    &[],
                    "ModelEvaluationStoreListModelEvaluations",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssModelEvaluationStore::get_model_evaluation`.
        pub static MODEL_EVALUATION_STORE_GET_MODEL_EVALUATION: Endpoint = Endpoint::new(
            "DssModelEvaluationStore",
            "get_model_evaluation",
            crate::rt::Server::DSS,
            "A handle on one evaluation of the store.",
            &[
                Arg::new(
                    "evaluation_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssModelEvaluation"),
            [false, true, false],
        );
        ///`DssModelEvaluationStore::get_latest_model_evaluation`.
        pub static MODEL_EVALUATION_STORE_GET_LATEST_MODEL_EVALUATION: Endpoint = Endpoint::new(
            "DssModelEvaluationStore",
            "get_latest_model_evaluation",
            crate::rt::Server::DSS,
            "Reads the id of the latest evaluation of the store (empty when it has none).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/evaluationstores/{mes_id}/latestEvaluationId",
                    &[],
                    "ModelEvaluationStoreGetLatestModelEvaluation",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Text,
            [false, true, false],
        );
        ///`DssModelEvaluationStore::delete_model_evaluations`.
        pub static MODEL_EVALUATION_STORE_DELETE_MODEL_EVALUATIONS: Endpoint = Endpoint::new(
            "DssModelEvaluationStore",
            "delete_model_evaluations",
            crate::rt::Server::DSS,
            "Deletes evaluations of the store.",
            &[
                Arg::new(
                    "evaluations",
                    "[str]",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/evaluationstores/{mes_id}/evaluations/",
                    &[],
                    "ModelEvaluationStoreDeleteModelEvaluations",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssModelEvaluationStore::add_custom_model_evaluation`.
        pub static MODEL_EVALUATION_STORE_ADD_CUSTOM_MODEL_EVALUATION: Endpoint = Endpoint::new(
            "DssModelEvaluationStore",
            "add_custom_model_evaluation",
            crate::rt::Server::DSS,
            "Adds an evaluation made outside DSS: its metrics, and what it evaluated.",
            &[
                Arg::new(
                    "metrics",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "metrics",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "evaluation_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "evaluationId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "name",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "name",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "labels",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "labels",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "model",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "fullModelId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/evaluationstores/{mes_id}/evaluations",
                    &[],
                    "ModelEvaluationStoreAddCustomModelEvaluation",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssModelEvaluation::get_full_info`.
        pub static MODEL_EVALUATION_GET_FULL_INFO: Endpoint = Endpoint::new(
            "DssModelEvaluation",
            "get_full_info",
            crate::rt::Server::DSS,
            "Reads everything DSS knows of the evaluation: its metrics, the model evaluated, its data.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/evaluationstores/{mes_id}/evaluations/{evaluation_id}",
                    &[],
                    "ModelEvaluationGetFullInfo",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssModelEvaluationStoreSettings::save`.
        pub static MODEL_EVALUATION_STORE_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssModelEvaluationStoreSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/evaluationstores/{mes_id}",
                    &[],
                    "ModelEvaluationStoreSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssModelEvaluationStoreSettings::get_raw`.
        pub static MODEL_EVALUATION_STORE_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssModelEvaluationStoreSettings",
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
        &endpoints::PROJECT_LIST_MODEL_EVALUATION_STORES,
        &endpoints::PROJECT_GET_MODEL_EVALUATION_STORE,
        &endpoints::PROJECT_CREATE_MODEL_EVALUATION_STORE,
        &endpoints::PROJECT_GET_MLFLOW_EXTENSION,
        &endpoints::MODEL_EVALUATION_STORE_GET_SETTINGS,
        &endpoints::MODEL_EVALUATION_STORE_LIST_MODEL_EVALUATIONS,
        &endpoints::MODEL_EVALUATION_STORE_GET_MODEL_EVALUATION,
        &endpoints::MODEL_EVALUATION_STORE_GET_LATEST_MODEL_EVALUATION,
        &endpoints::MODEL_EVALUATION_STORE_DELETE_MODEL_EVALUATIONS,
        &endpoints::MODEL_EVALUATION_STORE_ADD_CUSTOM_MODEL_EVALUATION,
        &endpoints::MODEL_EVALUATION_GET_FULL_INFO,
        &endpoints::MODEL_EVALUATION_STORE_SETTINGS_SAVE,
        &endpoints::MODEL_EVALUATION_STORE_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssModelEvaluationStore",
                doc: "A model evaluation store of a project's flow, named by its id.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "mes_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssModelEvaluation",
                doc: "One evaluation of a model evaluation store, named by the store's id and its own.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "mes_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "evaluation_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssMlflowExtension",
                doc: "The MLflow extension of a project (dataikuapi's `DSSMLflowExtension`): experiment tracking and MLflow models.",
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
                name: "DssModelEvaluationStoreSettings",
                doc: "The settings of a model evaluation store, as `get_settings` reads them (dataikuapi's `DSSModelEvaluationStoreSettings`); changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "mes_id",
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
                name: "EvaluationStoreListItem",
                doc: "An evaluation store as listed by `list_model_evaluation_stores`.",
                members: &[
                    ModelMember {
                        name: "project_key",
                        wire: "projectKey",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "name",
                        wire: "name",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "mes_flavor",
                        wire: "mesFlavor",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssModelEvaluationStore"),
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the evaluation stores of the project, model evaluation stores
(`mesFlavor` `TABULAR`) and the others; each item converts to a
[`DssModelEvaluationStore`](crate::DssModelEvaluationStore) with
`to_handle`.

`GET /projects/{project_key}/evaluationstores/`

Returns a [`ProjectListModelEvaluationStores`](requests::ProjectListModelEvaluationStores) request; nothing is sent until `.send()`.*/
        pub fn list_model_evaluation_stores(
            &self,
        ) -> requests::ProjectListModelEvaluationStores<'_> {
            requests::ProjectListModelEvaluationStores {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one model evaluation store of the project.

Builds a handle; sends no request.*/
        pub fn get_model_evaluation_store(
            &self,
            mes_id: impl Into<String>,
        ) -> super::handles::DssModelEvaluationStore {
            let mes_id = mes_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_mes_id = mes_id;
                super::handles::DssModelEvaluationStore {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    mes_id: __f_mes_id,
                }
            }
        }
        /**Creates a model evaluation store and returns a handle on it.

`POST /projects/{project_key}/evaluationstores/` (always with `flavor=TABULAR`)

Never retried: sending it twice could do the work twice.

Arguments:
- `name`: The store's name. Sent as JSON member `name`.

Returns a [`ProjectCreateModelEvaluationStore`](requests::ProjectCreateModelEvaluationStore) request; nothing is sent until `.send()`.*/
        pub fn create_model_evaluation_store(
            &self,
            name: impl Into<String>,
        ) -> requests::ProjectCreateModelEvaluationStore<'_> {
            requests::ProjectCreateModelEvaluationStore {
                __owner: self,
                name: name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on the project's MLflow extension.

Builds a handle; sends no request.*/
        pub fn get_mlflow_extension(&self) -> super::handles::DssMlflowExtension {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                super::handles::DssMlflowExtension {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                }
            }
        }
    }
    impl super::handles::DssModelEvaluationStore {
        /**Reads the store's settings, to change and `save`.

`GET /projects/{project_key}/evaluationstores/{mes_id}`

Returns a [`ModelEvaluationStoreGetSettings`](requests::ModelEvaluationStoreGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::ModelEvaluationStoreGetSettings<'_> {
            requests::ModelEvaluationStoreGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the evaluations of the store, as DSS describes them (each
names itself in `ref.evaluationId`).

`GET /projects/{project_key}/evaluationstores/{mes_id}/evaluations/`

Returns a [`ModelEvaluationStoreListModelEvaluations`](requests::ModelEvaluationStoreListModelEvaluations) request; nothing is sent until `.send()`.*/
        pub fn list_model_evaluations(
            &self,
        ) -> requests::ModelEvaluationStoreListModelEvaluations<'_> {
            requests::ModelEvaluationStoreListModelEvaluations {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one evaluation of the store.

Builds a handle; sends no request.*/
        pub fn get_model_evaluation(
            &self,
            evaluation_id: impl Into<String>,
        ) -> super::handles::DssModelEvaluation {
            let evaluation_id = evaluation_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_mes_id = ::core::clone::Clone::clone(&self.mes_id);
                let __f_evaluation_id = evaluation_id;
                super::handles::DssModelEvaluation {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    mes_id: __f_mes_id,
                    evaluation_id: __f_evaluation_id,
                }
            }
        }
        /**Reads the id of the latest evaluation of the store (empty when it
has none).

`GET /projects/{project_key}/evaluationstores/{mes_id}/latestEvaluationId`

Returns a [`ModelEvaluationStoreGetLatestModelEvaluation`](requests::ModelEvaluationStoreGetLatestModelEvaluation) request; nothing is sent until `.send()`.*/
        pub fn get_latest_model_evaluation(
            &self,
        ) -> requests::ModelEvaluationStoreGetLatestModelEvaluation<'_> {
            requests::ModelEvaluationStoreGetLatestModelEvaluation {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes evaluations of the store.

`DELETE /projects/{project_key}/evaluationstores/{mes_id}/evaluations/`

Arguments:
- `evaluations`: The evaluations' ids. Sent as the JSON body.

Returns a [`ModelEvaluationStoreDeleteModelEvaluations`](requests::ModelEvaluationStoreDeleteModelEvaluations) request; nothing is sent until `.send()`.*/
        pub fn delete_model_evaluations(
            &self,
            evaluations: impl IntoIterator<Item = impl Into<String>>,
        ) -> requests::ModelEvaluationStoreDeleteModelEvaluations<'_> {
            requests::ModelEvaluationStoreDeleteModelEvaluations {
                __owner: self,
                evaluations: evaluations.into_iter().map(Into::into).collect(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Adds an evaluation made outside DSS: its metrics, and what it
evaluated.

`POST /projects/{project_key}/evaluationstores/{mes_id}/evaluations`

Never retried: sending it twice could do the work twice.

Arguments:
- `metrics`: The metrics (`{"auc": 0.8, ...}`). Sent as JSON member `metrics`.

Optional arguments, set by name on the returned request:
- `evaluation_id`: Unset by default (then sent as `null`). Sent as JSON member `evaluationId`.
- `name`: Unset by default (then sent as `null`). Sent as JSON member `name`.
- `labels`: Unset by default (then sent as `null`). Sent as JSON member `labels`.
- `model`: Unset by default (then sent as `null`). Sent as JSON member `fullModelId`.

Returns a [`ModelEvaluationStoreAddCustomModelEvaluation`](requests::ModelEvaluationStoreAddCustomModelEvaluation) request; nothing is sent until `.send()`.*/
        pub fn add_custom_model_evaluation(
            &self,
            metrics: impl Into<::serde_json::Value>,
        ) -> requests::ModelEvaluationStoreAddCustomModelEvaluation<'_> {
            requests::ModelEvaluationStoreAddCustomModelEvaluation {
                __owner: self,
                metrics: metrics.into(),
                evaluation_id: None,
                name: None,
                labels: None,
                model: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssModelEvaluation {
        /**Reads everything DSS knows of the evaluation: its metrics, the
model evaluated, its data.

`GET /projects/{project_key}/evaluationstores/{mes_id}/evaluations/{evaluation_id}`

Returns a [`ModelEvaluationGetFullInfo`](requests::ModelEvaluationGetFullInfo) request; nothing is sent until `.send()`.*/
        pub fn get_full_info(&self) -> requests::ModelEvaluationGetFullInfo<'_> {
            requests::ModelEvaluationGetFullInfo {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssModelEvaluationStoreSettings {
        /**Saves the settings: the whole object, sent back as it was read
except where it was changed.

`PUT /projects/{project_key}/evaluationstores/{mes_id}`

Returns a [`ModelEvaluationStoreSettingsSave`](requests::ModelEvaluationStoreSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::ModelEvaluationStoreSettingsSave<'_> {
            requests::ModelEvaluationStoreSettingsSave {
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
                ("DssProject", "list_model_evaluation_stores") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_model_evaluation_stores();
                        let __endpoint = requests::ProjectListModelEvaluationStores::ENDPOINT;
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
                ("DssProject", "create_model_evaluation_store") => {
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
                            .create_model_evaluation_store(args.str("name")?);
                        let __endpoint = requests::ProjectCreateModelEvaluationStore::ENDPOINT;
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
                ("DssModelEvaluationStore", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_mes_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssModelEvaluationStore", ids)?;
                        let __owner = super::handles::DssModelEvaluationStore {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            mes_id: __id_mes_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::ModelEvaluationStoreGetSettings::ENDPOINT;
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
                ("DssModelEvaluationStore", "list_model_evaluations") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_mes_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssModelEvaluationStore", ids)?;
                        let __owner = super::handles::DssModelEvaluationStore {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            mes_id: __id_mes_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_model_evaluations();
                        let __endpoint = requests::ModelEvaluationStoreListModelEvaluations::ENDPOINT;
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
                ("DssModelEvaluationStore", "get_latest_model_evaluation") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_mes_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssModelEvaluationStore", ids)?;
                        let __owner = super::handles::DssModelEvaluationStore {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            mes_id: __id_mes_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_latest_model_evaluation();
                        let __endpoint = requests::ModelEvaluationStoreGetLatestModelEvaluation::ENDPOINT;
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
                ("DssModelEvaluationStore", "delete_model_evaluations") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_mes_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssModelEvaluationStore", ids)?;
                        let __owner = super::handles::DssModelEvaluationStore {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            mes_id: __id_mes_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .delete_model_evaluations(args.strings("evaluations")?);
                        let __endpoint = requests::ModelEvaluationStoreDeleteModelEvaluations::ENDPOINT;
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
                ("DssModelEvaluationStore", "add_custom_model_evaluation") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_mes_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssModelEvaluationStore", ids)?;
                        let __owner = super::handles::DssModelEvaluationStore {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            mes_id: __id_mes_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .add_custom_model_evaluation(args.json("metrics")?);
                        let __endpoint = requests::ModelEvaluationStoreAddCustomModelEvaluation::ENDPOINT;
                        if let Some(__v) = args.opt_str("evaluation_id")? {
                            __r = __r.evaluation_id(__v);
                        }
                        if let Some(__v) = args.opt_str("name")? {
                            __r = __r.name(__v);
                        }
                        if let Some(__v) = args.opt_json("labels")? {
                            __r = __r.labels(__v);
                        }
                        if let Some(__v) = args.opt_str("model")? {
                            __r = __r.model(__v);
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
                ("DssModelEvaluation", "get_full_info") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_mes_id, __id_evaluation_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssModelEvaluation", ids)?;
                        let __owner = super::handles::DssModelEvaluation {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            mes_id: __id_mes_id,
                            evaluation_id: __id_evaluation_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_full_info();
                        let __endpoint = requests::ModelEvaluationGetFullInfo::ENDPOINT;
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
                ("DssModelEvaluationStoreSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_mes_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssModelEvaluationStoreSettings", ids)?;
                        let __owner = super::handles::DssModelEvaluationStoreSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            mes_id: __id_mes_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::ModelEvaluationStoreSettingsSave::ENDPOINT;
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
                "DssModelEvaluationStoreSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_mes_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssModelEvaluationStore", ids)?;
                        let __owner = super::handles::DssModelEvaluationStore {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            mes_id: __id_mes_id,
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
            let model: super::models::EvaluationStoreListItem = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"id\":\"plain\",\"name\":\"plain\",\"mesFlavor\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "EvaluationStoreListItem")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "EvaluationStoreListItem"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssModelEvaluationStore {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                mes_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssModelEvaluationStore"
            );
            checked += 1;
            let handle = super::handles::DssModelEvaluation {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                mes_id: ::std::string::String::from("plain"),
                evaluation_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssModelEvaluation"
            );
            checked += 1;
            let handle = super::handles::DssMlflowExtension {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssMlflowExtension"
            );
            checked += 1;
            let handle = super::handles::DssModelEvaluationStoreSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                mes_id: ::std::string::String::from("plain"),
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
                "DssModelEvaluationStoreSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
