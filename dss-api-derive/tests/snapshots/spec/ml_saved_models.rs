// The expansion of `ml_saved_models.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/ml_saved_models.dss`.
pub mod spec_ml_saved_models {
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
        ///A saved model of a project's flow, named by its id.
        #[derive(Clone)]
        pub struct DssSavedModel {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) sm_id: String,
        }
        impl DssSavedModel {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `sm_id` this handle points at.
            pub fn sm_id(&self) -> &str {
                &self.sm_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssSavedModel {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssSavedModel")
                    .field("project_key", &self.project_key)
                    .field("sm_id", &self.sm_id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a saved model, as `get_settings` reads them
(dataikuapi's `DSSSavedModelSettings`): its type, prediction type and
metrics settings, the model it was last deployed from; changed, then
sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssSavedModelSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) sm_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssSavedModelSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `sm_id` this handle points at.
            pub fn sm_id(&self) -> &str {
                &self.sm_id
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
        impl ::core::fmt::Debug for DssSavedModelSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssSavedModelSettings")
                    .field("project_key", &self.project_key)
                    .field("sm_id", &self.sm_id)
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
        ///A saved model as listed by `list_saved_models`.
        #[derive(Clone, PartialEq)]
        pub struct SavedModelListItem {
            ///Project holding the saved model.
            pub project_key: String,
            ///The saved model's id.
            pub id: String,
            ///Display name.
            pub name: Option<String>,
            ///`PREDICTION` or `CLUSTERING`.
            pub r#type: Option<String>,
            ///`DSS_MANAGED`, `MLFLOW_PYFUNC`, `PROXY_MODEL`, `LLM_GENERIC`, ...
            pub saved_model_type: Option<String>,
            ///The id of the active version.
            pub active_version: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for SavedModelListItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = SavedModelListItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `SavedModelListItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<SavedModelListItem, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_id: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_saved_model_type: Option<String> = None;
                        let mut __m_active_version: Option<String> = None;
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
                                "type" => {
                                    __m_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "type",
                                    )?;
                                }
                                "savedModelType" => {
                                    __m_saved_model_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "savedModelType",
                                    )?;
                                }
                                "activeVersion" => {
                                    __m_active_version = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "activeVersion",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(SavedModelListItem {
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
                            r#type: __m_type,
                            saved_model_type: __m_saved_model_type,
                            active_version: __m_active_version,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for SavedModelListItem {
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
                    "type",
                    &self.r#type,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "savedModelType",
                    &self.saved_model_type,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "activeVersion",
                    &self.active_version,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for SavedModelListItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("SavedModelListItem")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("name", &self.name)
                    .field("type", &self.r#type)
                    .field("saved_model_type", &self.saved_model_type)
                    .field("active_version", &self.active_version)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl SavedModelListItem {
            ///The [`DssSavedModel`](super::super::handles::DssSavedModel) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssSavedModel {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_sm_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssSavedModel {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        sm_id: __f_sm_id,
                    }
                }
            }
        }
        ///One version of a saved model, as `list_versions` reads it.
        #[derive(Clone, PartialEq)]
        pub struct SavedModelVersion {
            ///The version's id.
            pub id: String,
            ///Whether it is the active version (the one the flow scores with).
            pub active: bool,
            /**Its summary: algorithm, training date, main metrics (`auc`, `r2`,
...), as DSS describes them.*/
            pub snippet: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for SavedModelVersion {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = SavedModelVersion;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `SavedModelVersion` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<SavedModelVersion, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_active: Option<bool> = None;
                        let mut __m_snippet: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "id" => {
                                    __m_id = Some(
                                        crate::rt::model::next_member(&mut __map, "id")?,
                                    );
                                }
                                "active" => {
                                    __m_active = Some(
                                        crate::rt::model::next_member(&mut __map, "active")?,
                                    );
                                }
                                "snippet" => {
                                    __m_snippet = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "snippet",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(SavedModelVersion {
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            active: __m_active.unwrap_or_default(),
                            snippet: __m_snippet,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for SavedModelVersion {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "active",
                    &self.active,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "snippet",
                    &self.snippet,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for SavedModelVersion {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("SavedModelVersion")
                    .field("id", &self.id)
                    .field("active", &self.active)
                    .field("snippet", &self.snippet)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl SavedModelVersion {}
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
        ///Request value of [`DssProject::list_saved_models`](super::super::handles::DssProject::list_saved_models): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListSavedModels<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) include_shared: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListSavedModels<'a> {
            /**Also list the saved models of other projects shared with this
one.

Default: `false`. Sent as query parameter `foreign`.*/
            pub fn include_shared(mut self, include_shared: bool) -> Self {
                self.include_shared = include_shared;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, include_shared, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/savedmodels/");
                __call.query("foreign", &include_shared);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListSavedModels, super::endpoints::PROJECT_LIST_SAVED_MODELS, json(Vec
            < SavedModelListItem >,
            "Sends the request (`GET /projects/{project_key}/savedmodels/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListSavedModels<'_> {}
        ///Request value of [`DssProject::create_mlflow_pyfunc_model`](super::super::handles::DssProject::create_mlflow_pyfunc_model): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateMlflowPyfuncModel<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) name: String,
            pub(crate) prediction_type: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateMlflowPyfuncModel<'a> {
            /**`BINARY_CLASSIFICATION`, `MULTICLASS`, `REGRESSION`, or unset
for another kind of model (then without performance analysis).

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
                let Self { __owner, name, prediction_type, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/savedmodels/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("savedModelType"),
                                    ::serde_json::Value::from("MLFLOW_PYFUNC"),
                                );
                            __map
                                .insert(
                                    String::from("predictionType"),
                                    ::serde_json::Value::from(prediction_type),
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
            ///Sends the request (`POST /projects/{project_key}/savedmodels/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssSavedModel, crate::rt::Error> {
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
                            let __f_sm_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssSavedModel {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                sm_id: __f_sm_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateMlflowPyfuncModel,
            super::endpoints::PROJECT_CREATE_MLFLOW_PYFUNC_MODEL, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateMlflowPyfuncModel<'_> {}
        ///Request value of [`DssProject::create_finetuned_llm_saved_model`](super::super::handles::DssProject::create_finetuned_llm_saved_model): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateFinetunedLlmSavedModel<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateFinetunedLlmSavedModel<'a> {
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
                __call.lit("/savedmodels/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("savedModelType"),
                                    ::serde_json::Value::from("LLM_GENERIC"),
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
            ///Sends the request (`POST /projects/{project_key}/savedmodels/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssSavedModel, crate::rt::Error> {
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
                            let __f_sm_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssSavedModel {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                sm_id: __f_sm_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateFinetunedLlmSavedModel,
            super::endpoints::PROJECT_CREATE_FINETUNED_LLM_SAVED_MODEL, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateFinetunedLlmSavedModel<'_> {}
        ///Request value of [`DssProject::create_external_model`](super::super::handles::DssProject::create_external_model): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateExternalModel<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) name: String,
            pub(crate) prediction_type: String,
            pub(crate) configuration: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateExternalModel<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self { __owner, name, prediction_type, configuration, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/savedmodels/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("savedModelType"),
                                    ::serde_json::Value::from("PROXY_MODEL"),
                                );
                            __map
                                .insert(
                                    String::from("predictionType"),
                                    ::serde_json::Value::from(prediction_type),
                                );
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(name),
                                );
                            __map
                                .insert(
                                    String::from("proxyModelConfiguration"),
                                    ::serde_json::Value::from(configuration),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/savedmodels/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssSavedModel, crate::rt::Error> {
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
                            let __f_sm_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssSavedModel {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                sm_id: __f_sm_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateExternalModel, super::endpoints::PROJECT_CREATE_EXTERNAL_MODEL,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateExternalModel<'_> {}
        ///Request value of [`DssSavedModel::get_settings`](super::super::handles::DssSavedModel::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SavedModelGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSavedModel,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SavedModelGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssSavedModel,)),
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
                __call.lit("/savedmodels/");
                __call.segment("sm_id", &__owner.sm_id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/savedmodels/{sm_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssSavedModelSettings, crate::rt::Error> {
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
                            let __f_sm_id = ::core::clone::Clone::clone(&__owner.sm_id);
                            super::super::handles::DssSavedModelSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                sm_id: __f_sm_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            SavedModelGetSettings, super::endpoints::SAVED_MODEL_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SavedModelGetSettings<'_> {}
        ///Request value of [`DssSavedModel::list_versions`](super::super::handles::DssSavedModel::list_versions): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SavedModelListVersions<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSavedModel,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SavedModelListVersions<'a> {
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
                __call.lit("/savedmodels/");
                __call.segment("sm_id", &__owner.sm_id, false)?;
                __call.lit("/versions");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SavedModelListVersions, super::endpoints::SAVED_MODEL_LIST_VERSIONS, json(Vec
            < SavedModelVersion >,
            "Sends the request (`GET /projects/{project_key}/savedmodels/{sm_id}/versions`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SavedModelListVersions<'_> {}
        ///Request value of [`DssSavedModel::get_version_details_only`](super::super::handles::DssSavedModel::get_version_details_only): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SavedModelGetVersionDetailsOnly<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSavedModel,
            pub(crate) version_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SavedModelGetVersionDetailsOnly<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, version_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/savedmodels/");
                __call.segment("sm_id", &__owner.sm_id, false)?;
                __call.lit("/versions/");
                __call.segment("version_id", &version_id, false)?;
                __call.lit("/details");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SavedModelGetVersionDetailsOnly,
            super::endpoints::SAVED_MODEL_GET_VERSION_DETAILS_ONLY, json(Value,
            "Sends the request (`GET /projects/{project_key}/savedmodels/{sm_id}/versions/{version_id}/details`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SavedModelGetVersionDetailsOnly<'_> {}
        ///Request value of [`DssSavedModel::get_version_snippet`](super::super::handles::DssSavedModel::get_version_snippet): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SavedModelGetVersionSnippet<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSavedModel,
            pub(crate) version_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SavedModelGetVersionSnippet<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, version_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/savedmodels/");
                __call.segment("sm_id", &__owner.sm_id, false)?;
                __call.lit("/versions/");
                __call.segment("version_id", &version_id, false)?;
                __call.lit("/snippet");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SavedModelGetVersionSnippet,
            super::endpoints::SAVED_MODEL_GET_VERSION_SNIPPET, json(Value,
            "Sends the request (`GET /projects/{project_key}/savedmodels/{sm_id}/versions/{version_id}/snippet`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SavedModelGetVersionSnippet<'_> {}
        ///Request value of [`DssSavedModel::set_active_version`](super::super::handles::DssSavedModel::set_active_version): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SavedModelSetActiveVersion<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSavedModel,
            pub(crate) version_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SavedModelSetActiveVersion<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, version_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/savedmodels/");
                __call.segment("sm_id", &__owner.sm_id, false)?;
                __call.lit("/versions/");
                __call.segment("version_id", &version_id, false)?;
                __call.lit("/actions/setActive");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SavedModelSetActiveVersion, super::endpoints::SAVED_MODEL_SET_ACTIVE_VERSION,
            unit("Sends the request (`POST /projects/{project_key}/savedmodels/{sm_id}/versions/{version_id}/actions/setActive`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SavedModelSetActiveVersion<'_> {}
        ///Request value of [`DssSavedModel::delete_versions`](super::super::handles::DssSavedModel::delete_versions): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SavedModelDeleteVersions<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSavedModel,
            pub(crate) versions: Vec<String>,
            pub(crate) remove_intermediate: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SavedModelDeleteVersions<'a> {
            /**Also remove the intermediate versions (those of partitions).

Default: `true`. Sent as JSON member `removeIntermediate`.*/
            pub fn remove_intermediate(mut self, remove_intermediate: bool) -> Self {
                self.remove_intermediate = remove_intermediate;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, versions, remove_intermediate, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/savedmodels/");
                __call.segment("sm_id", &__owner.sm_id, false)?;
                __call.lit("/actions/delete-versions");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("versions"),
                                    ::serde_json::Value::from(versions),
                                );
                            __map
                                .insert(
                                    String::from("removeIntermediate"),
                                    ::serde_json::Value::from(remove_intermediate),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SavedModelDeleteVersions, super::endpoints::SAVED_MODEL_DELETE_VERSIONS,
            unit("Sends the request (`POST /projects/{project_key}/savedmodels/{sm_id}/actions/delete-versions`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SavedModelDeleteVersions<'_> {}
        ///Request value of [`DssSavedModel::get_metric_values`](super::super::handles::DssSavedModel::get_metric_values): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SavedModelGetMetricValues<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSavedModel,
            pub(crate) version_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SavedModelGetMetricValues<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, version_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/savedmodels/");
                __call.segment("sm_id", &__owner.sm_id, false)?;
                __call.lit("/metrics/");
                __call.segment("version_id", &version_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SavedModelGetMetricValues, super::endpoints::SAVED_MODEL_GET_METRIC_VALUES,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/savedmodels/{sm_id}/metrics/{version_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SavedModelGetMetricValues<'_> {}
        ///Request value of [`DssSavedModel::get_usages`](super::super::handles::DssSavedModel::get_usages): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SavedModelGetUsages<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSavedModel,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SavedModelGetUsages<'a> {
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
                __call.lit("/savedmodels/");
                __call.segment("sm_id", &__owner.sm_id, false)?;
                __call.lit("/usages");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SavedModelGetUsages, super::endpoints::SAVED_MODEL_GET_USAGES, json(Value,
            "Sends the request (`GET /projects/{project_key}/savedmodels/{sm_id}/usages`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SavedModelGetUsages<'_> {}
        ///Request value of [`DssSavedModel::delete`](super::super::handles::DssSavedModel::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SavedModelDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSavedModel,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SavedModelDelete<'a> {
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
                __call.lit("/savedmodels/");
                __call.segment("sm_id", &__owner.sm_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SavedModelDelete, super::endpoints::SAVED_MODEL_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/savedmodels/{sm_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SavedModelDelete<'_> {}
        ///Request value of [`DssSavedModel::move_to_zone`](super::super::handles::DssSavedModel::move_to_zone): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SavedModelMoveToZone<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSavedModel,
            pub(crate) zone: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SavedModelMoveToZone<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (String, &'a super::super::handles::DssSavedModel),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, zone, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("zone", &zone, false)?;
                __call.lit("/items");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("objectId"),
                                    ::serde_json::Value::from(__owner.sm_id.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("objectType"),
                                    ::serde_json::Value::from("SAVED_MODEL"),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (zone, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/zones/{zone}/items`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
                let (__call, (zone, __owner)) = self.__prepare(false)?;
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
                            let __f_id = zone;
                            super::super::handles::DssFlowZone {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                id: __f_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            SavedModelMoveToZone, super::endpoints::SAVED_MODEL_MOVE_TO_ZONE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SavedModelMoveToZone<'_> {}
        ///Request value of [`DssSavedModel::share_to_zone`](super::super::handles::DssSavedModel::share_to_zone): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SavedModelShareToZone<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSavedModel,
            pub(crate) zone: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SavedModelShareToZone<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (String, &'a super::super::handles::DssSavedModel),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, zone, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("zone", &zone, false)?;
                __call.lit("/shared");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("objectId"),
                                    ::serde_json::Value::from(__owner.sm_id.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("objectType"),
                                    ::serde_json::Value::from("SAVED_MODEL"),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (zone, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/zones/{zone}/shared`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
                let (__call, (zone, __owner)) = self.__prepare(false)?;
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
                            let __f_id = zone;
                            super::super::handles::DssFlowZone {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                id: __f_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            SavedModelShareToZone, super::endpoints::SAVED_MODEL_SHARE_TO_ZONE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SavedModelShareToZone<'_> {}
        ///Request value of [`DssSavedModel::unshare_from_zone`](super::super::handles::DssSavedModel::unshare_from_zone): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SavedModelUnshareFromZone<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSavedModel,
            pub(crate) zone: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SavedModelUnshareFromZone<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (String, &'a super::super::handles::DssSavedModel),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, zone, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("zone", &zone, false)?;
                __call.lit("/shared/SAVED_MODEL/");
                __call.segment("sm_id", &__owner.sm_id, false)?;
                Ok((__call, (zone, __owner)))
            }
            ///Sends the request (`DELETE /projects/{project_key}/flow/zones/{zone}/shared/SAVED_MODEL/{sm_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
                let (__call, (zone, __owner)) = self.__prepare(false)?;
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
                            let __f_id = zone;
                            super::super::handles::DssFlowZone {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                id: __f_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            SavedModelUnshareFromZone, super::endpoints::SAVED_MODEL_UNSHARE_FROM_ZONE,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SavedModelUnshareFromZone<'_> {}
        ///Request value of [`DssSavedModelSettings::save`](super::super::handles::DssSavedModelSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SavedModelSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSavedModelSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SavedModelSettingsSave<'a> {
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
                __call.lit("/savedmodels/");
                __call.segment("sm_id", &__owner.sm_id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SavedModelSettingsSave, super::endpoints::SAVED_MODEL_SETTINGS_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/savedmodels/{sm_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SavedModelSettingsSave<'_> {}
        crate::rt::request_list!(
            ProjectListSavedModels, ProjectCreateMlflowPyfuncModel,
            ProjectCreateFinetunedLlmSavedModel, ProjectCreateExternalModel,
            SavedModelGetSettings, SavedModelListVersions,
            SavedModelGetVersionDetailsOnly, SavedModelGetVersionSnippet,
            SavedModelSetActiveVersion, SavedModelDeleteVersions,
            SavedModelGetMetricValues, SavedModelGetUsages, SavedModelDelete,
            SavedModelMoveToZone, SavedModelShareToZone, SavedModelUnshareFromZone,
            SavedModelSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_saved_models`.
        pub static PROJECT_LIST_SAVED_MODELS: Endpoint = Endpoint::new(
            "DssProject",
            "list_saved_models",
            crate::rt::Server::DSS,
            "Lists the saved models of the project; each item converts to a [`DssSavedModel`](crate::DssSavedModel) with `to_handle`.",
            &[
                Arg::new(
                    "include_shared",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("foreign"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/savedmodels/",
                    &[],
                    "ProjectListSavedModels",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < SavedModelListItem >"),
            [false, true, false],
        );
        ///`DssProject::get_saved_model`.
        pub static PROJECT_GET_SAVED_MODEL: Endpoint = Endpoint::new(
            "DssProject",
            "get_saved_model",
            crate::rt::Server::DSS,
            "A handle on one saved model of the project.",
            &[Arg::new("sm_id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssSavedModel"),
            [false, true, false],
        );
        ///`DssProject::create_mlflow_pyfunc_model`.
        pub static PROJECT_CREATE_MLFLOW_PYFUNC_MODEL: Endpoint = Endpoint::new(
            "DssProject",
            "create_mlflow_pyfunc_model",
            crate::rt::Server::DSS,
            "Creates a saved model holding MLflow models (versions are imported into it) and returns a handle on it.",
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
                    "/projects/{project_key}/savedmodels/",
                    &[],
                    "ProjectCreateMlflowPyfuncModel",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssSavedModel"),
            [false, true, false],
        );
        ///`DssProject::create_finetuned_llm_saved_model`.
        pub static PROJECT_CREATE_FINETUNED_LLM_SAVED_MODEL: Endpoint = Endpoint::new(
            "DssProject",
            "create_finetuned_llm_saved_model",
            crate::rt::Server::DSS,
            "Creates a saved model whose versions are fine-tuned LLMs (trained by Python code) and returns a handle on it.",
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
                    "/projects/{project_key}/savedmodels/",
                    &[],
                    "ProjectCreateFinetunedLlmSavedModel",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssSavedModel"),
            [false, true, false],
        );
        ///`DssProject::create_external_model`.
        pub static PROJECT_CREATE_EXTERNAL_MODEL: Endpoint = Endpoint::new(
            "DssProject",
            "create_external_model",
            crate::rt::Server::DSS,
            "Creates a saved model whose versions are endpoints served elsewhere (SageMaker, Vertex AI, Azure ML, Databricks, ...) and returns a handle on it.",
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
                Arg::new(
                    "prediction_type",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "predictionType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "configuration",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "proxyModelConfiguration",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/savedmodels/",
                    &[],
                    "ProjectCreateExternalModel",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssSavedModel"),
            [false, true, false],
        );
        ///`DssSavedModel::get_settings`.
        pub static SAVED_MODEL_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssSavedModel",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the saved model's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/savedmodels/{sm_id}",
                    &[],
                    "SavedModelGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssSavedModelSettings"),
            [false, true, false],
        );
        ///`DssSavedModel::list_versions`.
        pub static SAVED_MODEL_LIST_VERSIONS: Endpoint = Endpoint::new(
            "DssSavedModel",
            "list_versions",
            crate::rt::Server::DSS,
            "Lists the versions of the saved model, each with its summary.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/savedmodels/{sm_id}/versions",
                    &[],
                    "SavedModelListVersions",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < SavedModelVersion >"),
            [false, true, false],
        );
        ///`DssSavedModel::get_version_details_only`.
        pub static SAVED_MODEL_GET_VERSION_DETAILS_ONLY: Endpoint = Endpoint::new(
            "DssSavedModel",
            "get_version_details_only",
            crate::rt::Server::DSS,
            "Reads the details of one version (performance, settings, training information), as DSS describes them: the first request of [`get_version_details`](crate::DssSavedModel::get_version_details).",
            &[Arg::new("version_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/savedmodels/{sm_id}/versions/{version_id}/details",
                    &[],
                    "SavedModelGetVersionDetailsOnly",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssSavedModel::get_version_snippet`.
        pub static SAVED_MODEL_GET_VERSION_SNIPPET: Endpoint = Endpoint::new(
            "DssSavedModel",
            "get_version_snippet",
            crate::rt::Server::DSS,
            "Reads the summary (snippet) of one version: the second request of [`get_version_details`](crate::DssSavedModel::get_version_details).",
            &[Arg::new("version_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/savedmodels/{sm_id}/versions/{version_id}/snippet",
                    &[],
                    "SavedModelGetVersionSnippet",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssSavedModel::set_active_version`.
        pub static SAVED_MODEL_SET_ACTIVE_VERSION: Endpoint = Endpoint::new(
            "DssSavedModel",
            "set_active_version",
            crate::rt::Server::DSS,
            "Makes a version the active one (the one the flow scores with).",
            &[Arg::new("version_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/savedmodels/{sm_id}/versions/{version_id}/actions/setActive",
                    &[],
                    "SavedModelSetActiveVersion",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssSavedModel::delete_versions`.
        pub static SAVED_MODEL_DELETE_VERSIONS: Endpoint = Endpoint::new(
            "DssSavedModel",
            "delete_versions",
            crate::rt::Server::DSS,
            "Deletes versions of the saved model (not the active one).",
            &[
                Arg::new(
                    "versions",
                    "[str]",
                    Presence::Required,
                    Place::Member {
                        path: "versions",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "remove_intermediate",
                    "bool",
                    Presence::Default("true"),
                    Place::Member {
                        path: "removeIntermediate",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/savedmodels/{sm_id}/actions/delete-versions",
                    &[],
                    "SavedModelDeleteVersions",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssSavedModel::get_metric_values`.
        pub static SAVED_MODEL_GET_METRIC_VALUES: Endpoint = Endpoint::new(
            "DssSavedModel",
            "get_metric_values",
            crate::rt::Server::DSS,
            "Reads the metrics computed on one version, as DSS describes them.",
            &[Arg::new("version_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/savedmodels/{sm_id}/metrics/{version_id}",
                    &[],
                    "SavedModelGetMetricValues",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssSavedModel::get_usages`.
        pub static SAVED_MODEL_GET_USAGES: Endpoint = Endpoint::new(
            "DssSavedModel",
            "get_usages",
            crate::rt::Server::DSS,
            "Reads where the saved model is used (the recipes, API services, ...",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/savedmodels/{sm_id}/usages",
                    &[],
                    "SavedModelGetUsages",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssSavedModel::delete`.
        pub static SAVED_MODEL_DELETE: Endpoint = Endpoint::new(
            "DssSavedModel",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the saved model and all its versions.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/savedmodels/{sm_id}",
                    &[],
                    "SavedModelDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssSavedModel::get_object_discussions`.
        pub static SAVED_MODEL_GET_OBJECT_DISCUSSIONS: Endpoint = Endpoint::new(
            "DssSavedModel",
            "get_object_discussions",
            crate::rt::Server::DSS,
            "The discussions of the saved model.",
            &[],
            None,
            ResultKind::Handle("DssObjectDiscussions"),
            [false, true, false],
        );
        ///`DssSavedModel::move_to_zone`.
        pub static SAVED_MODEL_MOVE_TO_ZONE: Endpoint = Endpoint::new(
            "DssSavedModel",
            "move_to_zone",
            crate::rt::Server::DSS,
            "Moves the saved model into a zone of its project's flow; answers the zone as it is then.",
            &[Arg::new("zone", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/zones/{zone}/items",
                    &[],
                    "SavedModelMoveToZone",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssSavedModel::share_to_zone`.
        pub static SAVED_MODEL_SHARE_TO_ZONE: Endpoint = Endpoint::new(
            "DssSavedModel",
            "share_to_zone",
            crate::rt::Server::DSS,
            "Shares the saved model into a zone of its project's flow (it stays in its own zone); answers the zone as it is then.",
            &[Arg::new("zone", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/zones/{zone}/shared",
                    &[],
                    "SavedModelShareToZone",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssSavedModel::unshare_from_zone`.
        pub static SAVED_MODEL_UNSHARE_FROM_ZONE: Endpoint = Endpoint::new(
            "DssSavedModel",
            "unshare_from_zone",
            crate::rt::Server::DSS,
            "Stops sharing the saved model into a zone; answers the zone as it is then.",
            &[Arg::new("zone", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/flow/zones/{zone}/shared/SAVED_MODEL/{sm_id}",
                    &[],
                    "SavedModelUnshareFromZone",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssSavedModel::get_active_version`.
        pub static SAVED_MODEL_GET_ACTIVE_VERSION: Endpoint = Endpoint::new(
            "DssSavedModel",
            "get_active_version",
            crate::rt::Server::DSS,
            "The active version, from the list of versions (`None` when no version is active).",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Option < SavedModelVersion > >"),
            [true, true, false],
        );
        ///`DssSavedModel::get_version_details`.
        pub static SAVED_MODEL_GET_VERSION_DETAILS: Endpoint = Endpoint::new(
            "DssSavedModel",
            "get_version_details",
            crate::rt::Server::DSS,
            "The details of one version and its summary, as DSS describes them (two reads): `{\"details\": .., \"snippet\": ..}`.",
            &[
                Arg::new(
                    "version_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Pending < '_ , Value >"),
            [true, true, false],
        );
        ///`DssSavedModel::get_origin_ml_task`.
        pub static SAVED_MODEL_GET_ORIGIN_ML_TASK: Endpoint = Endpoint::new(
            "DssSavedModel",
            "get_origin_ml_task",
            crate::rt::Server::DSS,
            "The ML task the saved model was last deployed from, read from its settings (`lastExportedFrom`); `None` for a model that came from none.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Option < DssMlTask > >"),
            [true, true, false],
        );
        ///`DssSavedModel::get_zone`.
        pub static SAVED_MODEL_GET_ZONE: Endpoint = Endpoint::new(
            "DssSavedModel",
            "get_zone",
            crate::rt::Server::DSS,
            "The zone holding the saved model (see [`DssProjectFlow::get_zone_of_object`](crate::DssProjectFlow::get_zone_of_object)).",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , DssFlowZone >"),
            [true, true, false],
        );
        ///`DssSavedModelSettings::prediction_type`.
        pub static SAVED_MODEL_SETTINGS_PREDICTION_TYPE: Endpoint = Endpoint::new(
            "DssSavedModelSettings",
            "prediction_type",
            crate::rt::Server::DSS,
            "The prediction type (`miniTask.predictionType`).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssSavedModelSettings::prediction_metrics_settings`.
        pub static SAVED_MODEL_SETTINGS_PREDICTION_METRICS_SETTINGS: Endpoint = Endpoint::new(
            "DssSavedModelSettings",
            "prediction_metrics_settings",
            crate::rt::Server::DSS,
            "The metrics settings of a prediction model (`miniTask.modeling.metrics`).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssSavedModelSettings::save`.
        pub static SAVED_MODEL_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssSavedModelSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/savedmodels/{sm_id}",
                    &[],
                    "SavedModelSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssSavedModelSettings::get_raw`.
        pub static SAVED_MODEL_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssSavedModelSettings",
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
        &endpoints::PROJECT_LIST_SAVED_MODELS,
        &endpoints::PROJECT_GET_SAVED_MODEL,
        &endpoints::PROJECT_CREATE_MLFLOW_PYFUNC_MODEL,
        &endpoints::PROJECT_CREATE_FINETUNED_LLM_SAVED_MODEL,
        &endpoints::PROJECT_CREATE_EXTERNAL_MODEL,
        &endpoints::SAVED_MODEL_GET_SETTINGS,
        &endpoints::SAVED_MODEL_LIST_VERSIONS,
        &endpoints::SAVED_MODEL_GET_VERSION_DETAILS_ONLY,
        &endpoints::SAVED_MODEL_GET_VERSION_SNIPPET,
        &endpoints::SAVED_MODEL_SET_ACTIVE_VERSION,
        &endpoints::SAVED_MODEL_DELETE_VERSIONS,
        &endpoints::SAVED_MODEL_GET_METRIC_VALUES,
        &endpoints::SAVED_MODEL_GET_USAGES,
        &endpoints::SAVED_MODEL_DELETE,
        &endpoints::SAVED_MODEL_GET_OBJECT_DISCUSSIONS,
        &endpoints::SAVED_MODEL_MOVE_TO_ZONE,
        &endpoints::SAVED_MODEL_SHARE_TO_ZONE,
        &endpoints::SAVED_MODEL_UNSHARE_FROM_ZONE,
        &endpoints::SAVED_MODEL_GET_ACTIVE_VERSION,
        &endpoints::SAVED_MODEL_GET_VERSION_DETAILS,
        &endpoints::SAVED_MODEL_GET_ORIGIN_ML_TASK,
        &endpoints::SAVED_MODEL_GET_ZONE,
        &endpoints::SAVED_MODEL_SETTINGS_PREDICTION_TYPE,
        &endpoints::SAVED_MODEL_SETTINGS_PREDICTION_METRICS_SETTINGS,
        &endpoints::SAVED_MODEL_SETTINGS_SAVE,
        &endpoints::SAVED_MODEL_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssSavedModel",
                doc: "A saved model of a project's flow, named by its id.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "sm_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssSavedModelSettings",
                doc: "The settings of a saved model, as `get_settings` reads them (dataikuapi's `DSSSavedModelSettings`): its type, prediction type and metrics settings, the model it was last deployed from; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "sm_id",
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
                name: "SavedModelListItem",
                doc: "A saved model as listed by `list_saved_models`.",
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
                        name: "type",
                        wire: "type",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "saved_model_type",
                        wire: "savedModelType",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "active_version",
                        wire: "activeVersion",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssSavedModel"),
            },
            Model {
                name: "SavedModelVersion",
                doc: "One version of a saved model, as `list_versions` reads it.",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "active",
                        wire: "active",
                        ty: "bool",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "snippet",
                        wire: "snippet",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the saved models of the project; each item converts to a
[`DssSavedModel`](crate::DssSavedModel) with `to_handle`.

`GET /projects/{project_key}/savedmodels/`

Optional arguments, set by name on the returned request:
- `include_shared`: Default: `false`. Sent as query parameter `foreign`.

Returns a [`ProjectListSavedModels`](requests::ProjectListSavedModels) request; nothing is sent until `.send()`.*/
        pub fn list_saved_models(&self) -> requests::ProjectListSavedModels<'_> {
            requests::ProjectListSavedModels {
                __owner: self,
                include_shared: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one saved model of the project.

Builds a handle; sends no request.*/
        pub fn get_saved_model(
            &self,
            sm_id: impl Into<String>,
        ) -> super::handles::DssSavedModel {
            let sm_id = sm_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_sm_id = sm_id;
                super::handles::DssSavedModel {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    sm_id: __f_sm_id,
                }
            }
        }
        /**Creates a saved model holding MLflow models (versions are imported
into it) and returns a handle on it.

`POST /projects/{project_key}/savedmodels/`

Never retried: sending it twice could do the work twice.

Arguments:
- `name`: The saved model's name. Sent as JSON member `name`.

Optional arguments, set by name on the returned request:
- `prediction_type`: Unset by default (then sent as `null`). Sent as JSON member `predictionType`.

Returns a [`ProjectCreateMlflowPyfuncModel`](requests::ProjectCreateMlflowPyfuncModel) request; nothing is sent until `.send()`.*/
        pub fn create_mlflow_pyfunc_model(
            &self,
            name: impl Into<String>,
        ) -> requests::ProjectCreateMlflowPyfuncModel<'_> {
            requests::ProjectCreateMlflowPyfuncModel {
                __owner: self,
                name: name.into(),
                prediction_type: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a saved model whose versions are fine-tuned LLMs (trained
by Python code) and returns a handle on it.

`POST /projects/{project_key}/savedmodels/`

Never retried: sending it twice could do the work twice.

Arguments:
- `name`: The saved model's name. Sent as JSON member `name`.

Returns a [`ProjectCreateFinetunedLlmSavedModel`](requests::ProjectCreateFinetunedLlmSavedModel) request; nothing is sent until `.send()`.*/
        pub fn create_finetuned_llm_saved_model(
            &self,
            name: impl Into<String>,
        ) -> requests::ProjectCreateFinetunedLlmSavedModel<'_> {
            requests::ProjectCreateFinetunedLlmSavedModel {
                __owner: self,
                name: name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a saved model whose versions are endpoints served elsewhere
(SageMaker, Vertex AI, Azure ML, Databricks, ...) and returns a
handle on it.

`POST /projects/{project_key}/savedmodels/`

Never retried: sending it twice could do the work twice.

Arguments:
- `name`: The saved model's name. Sent as JSON member `name`.
- `prediction_type`: `BINARY_CLASSIFICATION`, `MULTICLASS` or `REGRESSION`. Sent as JSON member `predictionType`.
- `configuration`: Where the endpoints are (`protocol`, `connection`, `region`, ...). Sent as JSON member `proxyModelConfiguration`.

Returns a [`ProjectCreateExternalModel`](requests::ProjectCreateExternalModel) request; nothing is sent until `.send()`.*/
        pub fn create_external_model(
            &self,
            name: impl Into<String>,
            prediction_type: impl Into<String>,
            configuration: impl Into<::serde_json::Value>,
        ) -> requests::ProjectCreateExternalModel<'_> {
            requests::ProjectCreateExternalModel {
                __owner: self,
                name: name.into(),
                prediction_type: prediction_type.into(),
                configuration: configuration.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssSavedModel {
        /**Reads the saved model's settings, to change and `save`.

`GET /projects/{project_key}/savedmodels/{sm_id}`

Returns a [`SavedModelGetSettings`](requests::SavedModelGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::SavedModelGetSettings<'_> {
            requests::SavedModelGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the versions of the saved model, each with its summary.

`GET /projects/{project_key}/savedmodels/{sm_id}/versions`

Returns a [`SavedModelListVersions`](requests::SavedModelListVersions) request; nothing is sent until `.send()`.*/
        pub fn list_versions(&self) -> requests::SavedModelListVersions<'_> {
            requests::SavedModelListVersions {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the details of one version (performance, settings, training
information), as DSS describes them: the first request of
[`get_version_details`](crate::DssSavedModel::get_version_details).

`GET /projects/{project_key}/savedmodels/{sm_id}/versions/{version_id}/details`

Arguments:
- `version_id`: The version's id. Sent as a path segment.

Returns a [`SavedModelGetVersionDetailsOnly`](requests::SavedModelGetVersionDetailsOnly) request; nothing is sent until `.send()`.*/
        pub fn get_version_details_only(
            &self,
            version_id: impl Into<String>,
        ) -> requests::SavedModelGetVersionDetailsOnly<'_> {
            requests::SavedModelGetVersionDetailsOnly {
                __owner: self,
                version_id: version_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the summary (snippet) of one version: the second request of
[`get_version_details`](crate::DssSavedModel::get_version_details).

`GET /projects/{project_key}/savedmodels/{sm_id}/versions/{version_id}/snippet`

Arguments:
- `version_id`: The version's id. Sent as a path segment.

Returns a [`SavedModelGetVersionSnippet`](requests::SavedModelGetVersionSnippet) request; nothing is sent until `.send()`.*/
        pub fn get_version_snippet(
            &self,
            version_id: impl Into<String>,
        ) -> requests::SavedModelGetVersionSnippet<'_> {
            requests::SavedModelGetVersionSnippet {
                __owner: self,
                version_id: version_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Makes a version the active one (the one the flow scores with).

`POST /projects/{project_key}/savedmodels/{sm_id}/versions/{version_id}/actions/setActive`

Never retried: sending it twice could do the work twice.

Arguments:
- `version_id`: The version's id. Sent as a path segment.

Returns a [`SavedModelSetActiveVersion`](requests::SavedModelSetActiveVersion) request; nothing is sent until `.send()`.*/
        pub fn set_active_version(
            &self,
            version_id: impl Into<String>,
        ) -> requests::SavedModelSetActiveVersion<'_> {
            requests::SavedModelSetActiveVersion {
                __owner: self,
                version_id: version_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes versions of the saved model (not the active one).

`POST /projects/{project_key}/savedmodels/{sm_id}/actions/delete-versions`

Never retried: sending it twice could do the work twice.

Arguments:
- `versions`: The versions' ids. Sent as JSON member `versions`.

Optional arguments, set by name on the returned request:
- `remove_intermediate`: Default: `true`. Sent as JSON member `removeIntermediate`.

Returns a [`SavedModelDeleteVersions`](requests::SavedModelDeleteVersions) request; nothing is sent until `.send()`.*/
        pub fn delete_versions(
            &self,
            versions: impl IntoIterator<Item = impl Into<String>>,
        ) -> requests::SavedModelDeleteVersions<'_> {
            requests::SavedModelDeleteVersions {
                __owner: self,
                versions: versions.into_iter().map(Into::into).collect(),
                remove_intermediate: true,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the metrics computed on one version, as DSS describes them.

`GET /projects/{project_key}/savedmodels/{sm_id}/metrics/{version_id}`

Arguments:
- `version_id`: The version's id. Sent as a path segment.

Returns a [`SavedModelGetMetricValues`](requests::SavedModelGetMetricValues) request; nothing is sent until `.send()`.*/
        pub fn get_metric_values(
            &self,
            version_id: impl Into<String>,
        ) -> requests::SavedModelGetMetricValues<'_> {
            requests::SavedModelGetMetricValues {
                __owner: self,
                version_id: version_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads where the saved model is used (the recipes, API services,
... that read it).

`GET /projects/{project_key}/savedmodels/{sm_id}/usages`

Returns a [`SavedModelGetUsages`](requests::SavedModelGetUsages) request; nothing is sent until `.send()`.*/
        pub fn get_usages(&self) -> requests::SavedModelGetUsages<'_> {
            requests::SavedModelGetUsages {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the saved model and all its versions.

`DELETE /projects/{project_key}/savedmodels/{sm_id}`

Returns a [`SavedModelDelete`](requests::SavedModelDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::SavedModelDelete<'_> {
            requests::SavedModelDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The discussions of the saved model.

Builds a handle; sends no request.*/
        pub fn get_object_discussions(&self) -> super::handles::DssObjectDiscussions {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_object_type = String::from("SAVED_MODEL");
                let __f_object_id = ::core::clone::Clone::clone(&self.sm_id);
                super::handles::DssObjectDiscussions {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    object_type: __f_object_type,
                    object_id: __f_object_id,
                }
            }
        }
        /**Moves the saved model into a zone of its project's flow; answers
the zone as it is then. dataikuapi also takes the zone object; given
its id, it reads the zone first, which is not needed here.

`POST /projects/{project_key}/flow/zones/{zone}/items`

Never retried: sending it twice could do the work twice.

Arguments:
- `zone`: The zone's id. Sent as a path segment.

Returns a [`SavedModelMoveToZone`](requests::SavedModelMoveToZone) request; nothing is sent until `.send()`.*/
        pub fn move_to_zone(
            &self,
            zone: impl Into<String>,
        ) -> requests::SavedModelMoveToZone<'_> {
            requests::SavedModelMoveToZone {
                __owner: self,
                zone: zone.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Shares the saved model into a zone of its project's flow (it stays
in its own zone); answers the zone as it is then.

`POST /projects/{project_key}/flow/zones/{zone}/shared`

Never retried: sending it twice could do the work twice.

Arguments:
- `zone`: The zone's id. Sent as a path segment.

Returns a [`SavedModelShareToZone`](requests::SavedModelShareToZone) request; nothing is sent until `.send()`.*/
        pub fn share_to_zone(
            &self,
            zone: impl Into<String>,
        ) -> requests::SavedModelShareToZone<'_> {
            requests::SavedModelShareToZone {
                __owner: self,
                zone: zone.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Stops sharing the saved model into a zone; answers the zone as it
is then.

`DELETE /projects/{project_key}/flow/zones/{zone}/shared/SAVED_MODEL/{sm_id}`

Arguments:
- `zone`: The zone's id. Sent as a path segment.

Returns a [`SavedModelUnshareFromZone`](requests::SavedModelUnshareFromZone) request; nothing is sent until `.send()`.*/
        pub fn unshare_from_zone(
            &self,
            zone: impl Into<String>,
        ) -> requests::SavedModelUnshareFromZone<'_> {
            requests::SavedModelUnshareFromZone {
                __owner: self,
                zone: zone.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssSavedModelSettings {
        /**The prediction type (`miniTask.predictionType`).

Reads the document this value holds; sends no request.*/
        pub fn prediction_type(&self) -> ::core::option::Option<&str> {
            self.document
                .get("miniTask.predictionType")
                .and_then(::serde_json::Value::as_str)
        }
        /**The metrics settings of a prediction model
(`miniTask.modeling.metrics`).

Reads the document this value holds; sends no request.*/
        pub fn prediction_metrics_settings(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("miniTask.modeling.metrics")
        }
        /**Saves the settings: the whole object, sent back as it was read
except where it was changed.

`PUT /projects/{project_key}/savedmodels/{sm_id}`

Returns a [`SavedModelSettingsSave`](requests::SavedModelSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::SavedModelSettingsSave<'_> {
            requests::SavedModelSettingsSave {
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
            impl super::handles::DssSavedModel {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_active_version(
                    &self,
                ) -> Pending<'_, Option<SavedModelVersion>> {
                    self.get_active_version()
                }
            }
            impl super::handles::DssSavedModel {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_version_details(
                    &self,
                    version_id: &str,
                ) -> Pending<'_, Value> {
                    self.get_version_details(version_id)
                }
            }
            impl super::handles::DssSavedModel {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_origin_ml_task(
                    &self,
                ) -> Pending<'_, Option<DssMlTask>> {
                    self.get_origin_ml_task()
                }
            }
            impl super::handles::DssSavedModel {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_zone(&self) -> Pending<'_, DssFlowZone> {
                    self.get_zone()
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
                ("DssProject", "list_saved_models") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_saved_models();
                        let __endpoint = requests::ProjectListSavedModels::ENDPOINT;
                        if let Some(__v) = args.opt_bool("include_shared")? {
                            __r = __r.include_shared(__v);
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
                ("DssProject", "create_mlflow_pyfunc_model") => {
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
                            .create_mlflow_pyfunc_model(args.str("name")?);
                        let __endpoint = requests::ProjectCreateMlflowPyfuncModel::ENDPOINT;
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
                ("DssProject", "create_finetuned_llm_saved_model") => {
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
                            .create_finetuned_llm_saved_model(args.str("name")?);
                        let __endpoint = requests::ProjectCreateFinetunedLlmSavedModel::ENDPOINT;
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
                ("DssProject", "create_external_model") => {
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
                            .create_external_model(
                                args.str("name")?,
                                args.str("prediction_type")?,
                                args.json("configuration")?,
                            );
                        let __endpoint = requests::ProjectCreateExternalModel::ENDPOINT;
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
                ("DssSavedModel", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_sm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSavedModel", ids)?;
                        let __owner = super::handles::DssSavedModel {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            sm_id: __id_sm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::SavedModelGetSettings::ENDPOINT;
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
                ("DssSavedModel", "list_versions") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_sm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSavedModel", ids)?;
                        let __owner = super::handles::DssSavedModel {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            sm_id: __id_sm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_versions();
                        let __endpoint = requests::SavedModelListVersions::ENDPOINT;
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
                ("DssSavedModel", "get_version_details_only") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_sm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSavedModel", ids)?;
                        let __owner = super::handles::DssSavedModel {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            sm_id: __id_sm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .get_version_details_only(args.str("version_id")?);
                        let __endpoint = requests::SavedModelGetVersionDetailsOnly::ENDPOINT;
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
                ("DssSavedModel", "get_version_snippet") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_sm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSavedModel", ids)?;
                        let __owner = super::handles::DssSavedModel {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            sm_id: __id_sm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .get_version_snippet(args.str("version_id")?);
                        let __endpoint = requests::SavedModelGetVersionSnippet::ENDPOINT;
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
                ("DssSavedModel", "set_active_version") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_sm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSavedModel", ids)?;
                        let __owner = super::handles::DssSavedModel {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            sm_id: __id_sm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .set_active_version(args.str("version_id")?);
                        let __endpoint = requests::SavedModelSetActiveVersion::ENDPOINT;
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
                ("DssSavedModel", "delete_versions") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_sm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSavedModel", ids)?;
                        let __owner = super::handles::DssSavedModel {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            sm_id: __id_sm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete_versions(args.strings("versions")?);
                        let __endpoint = requests::SavedModelDeleteVersions::ENDPOINT;
                        if let Some(__v) = args.opt_bool("remove_intermediate")? {
                            __r = __r.remove_intermediate(__v);
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
                ("DssSavedModel", "get_metric_values") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_sm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSavedModel", ids)?;
                        let __owner = super::handles::DssSavedModel {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            sm_id: __id_sm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_metric_values(args.str("version_id")?);
                        let __endpoint = requests::SavedModelGetMetricValues::ENDPOINT;
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
                ("DssSavedModel", "get_usages") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_sm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSavedModel", ids)?;
                        let __owner = super::handles::DssSavedModel {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            sm_id: __id_sm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_usages();
                        let __endpoint = requests::SavedModelGetUsages::ENDPOINT;
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
                ("DssSavedModel", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_sm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSavedModel", ids)?;
                        let __owner = super::handles::DssSavedModel {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            sm_id: __id_sm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::SavedModelDelete::ENDPOINT;
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
                ("DssSavedModel", "move_to_zone") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_sm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSavedModel", ids)?;
                        let __owner = super::handles::DssSavedModel {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            sm_id: __id_sm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.move_to_zone(args.str("zone")?);
                        let __endpoint = requests::SavedModelMoveToZone::ENDPOINT;
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
                ("DssSavedModel", "share_to_zone") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_sm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSavedModel", ids)?;
                        let __owner = super::handles::DssSavedModel {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            sm_id: __id_sm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.share_to_zone(args.str("zone")?);
                        let __endpoint = requests::SavedModelShareToZone::ENDPOINT;
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
                ("DssSavedModel", "unshare_from_zone") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_sm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSavedModel", ids)?;
                        let __owner = super::handles::DssSavedModel {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            sm_id: __id_sm_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.unshare_from_zone(args.str("zone")?);
                        let __endpoint = requests::SavedModelUnshareFromZone::ENDPOINT;
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
                ("DssSavedModelSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_sm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSavedModelSettings", ids)?;
                        let __owner = super::handles::DssSavedModelSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            sm_id: __id_sm_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::SavedModelSettingsSave::ENDPOINT;
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
                "DssSavedModelSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_sm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSavedModel", ids)?;
                        let __owner = super::handles::DssSavedModel {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            sm_id: __id_sm_id,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssFlowZone" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_sm_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssSavedModel", ids)?;
                        let __owner = super::handles::DssSavedModel {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            sm_id: __id_sm_id,
                        };
                        let mut __doc = __owner.move_to_zone(args.str("zone")?).send()?;
                        edit(__doc.raw_mut());
                        Ok(false)
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
            let model: super::models::SavedModelListItem = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"id\":\"plain\",\"name\":\"plain\",\"type\":\"plain\",\"savedModelType\":\"plain\",\"activeVersion\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "SavedModelListItem")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "SavedModelListItem"
            );
            checked += 1;
            let model: super::models::SavedModelVersion = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"active\":true,\"snippet\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "SavedModelVersion")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "SavedModelVersion"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssSavedModel {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                sm_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssSavedModel"
            );
            checked += 1;
            let handle = super::handles::DssSavedModelSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                sm_id: ::std::string::String::from("plain"),
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
                "DssSavedModelSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
