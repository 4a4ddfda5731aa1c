// The expansion of `streaming.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/streaming.dss`.
pub mod spec_streaming {
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
        /**A streaming endpoint of a project, named by its id. `exists`,
`test_and_detect` and `autodetect_settings` are written by hand over the
requests below.*/
        #[derive(Clone)]
        pub struct DssStreamingEndpoint {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) streaming_endpoint_name: String,
        }
        impl DssStreamingEndpoint {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `streaming_endpoint_name` this handle points at.
            pub fn streaming_endpoint_name(&self) -> &str {
                &self.streaming_endpoint_name
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssStreamingEndpoint {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssStreamingEndpoint")
                    .field("project_key", &self.project_key)
                    .field("streaming_endpoint_name", &self.streaming_endpoint_name)
                    .finish_non_exhaustive()
            }
        }
        /**The continuous activity of a continuous recipe, named by the recipe's
name.*/
        #[derive(Clone)]
        pub struct DssContinuousActivity {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) recipe_id: String,
        }
        impl DssContinuousActivity {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `recipe_id` this handle points at.
            pub fn recipe_id(&self) -> &str {
                &self.recipe_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssContinuousActivity {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssContinuousActivity")
                    .field("project_key", &self.project_key)
                    .field("recipe_id", &self.recipe_id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a streaming endpoint, as `get_settings` reads them
(dataikuapi's `DSSStreamingEndpointSettings`, with the methods of its
`KafkaStreamingEndpointSettings` and `HTTPSSEStreamingEndpointSettings`
forms): type, params, schema; changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssStreamingEndpointSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) streaming_endpoint_name: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssStreamingEndpointSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `streaming_endpoint_name` this handle points at.
            pub fn streaming_endpoint_name(&self) -> &str {
                &self.streaming_endpoint_name
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
        impl ::core::fmt::Debug for DssStreamingEndpointSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssStreamingEndpointSettings")
                    .field("project_key", &self.project_key)
                    .field("streaming_endpoint_name", &self.streaming_endpoint_name)
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
        ///A streaming endpoint as listed by `list_streaming_endpoints`.
        #[derive(Clone, PartialEq)]
        pub struct StreamingEndpointListItem {
            ///Project holding the streaming endpoint.
            pub project_key: String,
            ///The streaming endpoint's id (its name).
            pub id: String,
            ///Its type (`kafka`, `httpsse`, ...).
            pub r#type: Option<String>,
            ///Type-specific parameters (`connection`, `topic`, `url`, ...).
            pub params: Option<Value>,
            ///Its schema (`{"columns": [..]}`).
            pub schema: Option<Value>,
            ///Tags.
            pub tags: Option<Vec<String>>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for StreamingEndpointListItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = StreamingEndpointListItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `StreamingEndpointListItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<StreamingEndpointListItem, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_id: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_params: Option<Value> = None;
                        let mut __m_schema: Option<Value> = None;
                        let mut __m_tags: Option<Vec<String>> = None;
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
                                "type" => {
                                    __m_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "type",
                                    )?;
                                }
                                "params" => {
                                    __m_params = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "params",
                                    )?;
                                }
                                "schema" => {
                                    __m_schema = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "schema",
                                    )?;
                                }
                                "tags" => {
                                    __m_tags = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "tags",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(StreamingEndpointListItem {
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
                            r#type: __m_type,
                            params: __m_params,
                            schema: __m_schema,
                            tags: __m_tags,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for StreamingEndpointListItem {
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
                    "type",
                    &self.r#type,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "params",
                    &self.params,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "schema",
                    &self.schema,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "tags",
                    &self.tags,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for StreamingEndpointListItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("StreamingEndpointListItem")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("type", &self.r#type)
                    .field("params", &self.params)
                    .field("schema", &self.schema)
                    .field("tags", &self.tags)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl StreamingEndpointListItem {
            ///The [`DssStreamingEndpoint`](super::super::handles::DssStreamingEndpoint) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssStreamingEndpoint {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_streaming_endpoint_name = ::core::clone::Clone::clone(
                        &self.id,
                    );
                    super::super::handles::DssStreamingEndpoint {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        streaming_endpoint_name: __f_streaming_endpoint_name,
                    }
                }
            }
        }
        ///A continuous activity as listed by `list_continuous_activities`.
        #[derive(Clone, PartialEq)]
        pub struct ContinuousActivitySummary {
            ///Project holding the activity.
            pub project_key: String,
            ///The continuous recipe it runs.
            pub recipe_id: String,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ContinuousActivitySummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ContinuousActivitySummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ContinuousActivitySummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ContinuousActivitySummary, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_recipe_id: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "projectKey" => {
                                    __m_project_key = Some(
                                        crate::rt::model::next_member(&mut __map, "projectKey")?,
                                    );
                                }
                                "recipeId" => {
                                    __m_recipe_id = Some(
                                        crate::rt::model::next_member(&mut __map, "recipeId")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ContinuousActivitySummary {
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
                            recipe_id: match __m_recipe_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field(
                                            "recipeId",
                                        ),
                                    );
                                }
                            },
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ContinuousActivitySummary {
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
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "recipeId",
                    &self.recipe_id,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ContinuousActivitySummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ContinuousActivitySummary")
                    .field("project_key", &self.project_key)
                    .field("recipe_id", &self.recipe_id)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ContinuousActivitySummary {
            ///The [`DssContinuousActivity`](super::super::handles::DssContinuousActivity) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssContinuousActivity {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_recipe_id = ::core::clone::Clone::clone(&self.recipe_id);
                    super::super::handles::DssContinuousActivity {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        recipe_id: __f_recipe_id,
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
        ///Request value of [`DssProject::list_streaming_endpoints`](super::super::handles::DssProject::list_streaming_endpoints): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListStreamingEndpoints<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListStreamingEndpoints<'a> {
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
                __call.lit("/streamingendpoints/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListStreamingEndpoints,
            super::endpoints::PROJECT_LIST_STREAMING_ENDPOINTS, json(Vec <
            StreamingEndpointListItem >,
            "Sends the request (`GET /projects/{project_key}/streamingendpoints/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListStreamingEndpoints<'_> {}
        ///Request value of [`DssProject::create_streaming_endpoint`](super::super::handles::DssProject::create_streaming_endpoint): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateStreamingEndpoint<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) streaming_endpoint_name: String,
            pub(crate) r#type: String,
            pub(crate) params: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateStreamingEndpoint<'a> {
            /**Type-specific parameters.

Default: `{}`. Sent as JSON member `params`.*/
            pub fn params(mut self, params: impl Into<::serde_json::Value>) -> Self {
                self.params = params.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssProject)),
                crate::rt::Error,
            > {
                let Self { __owner, streaming_endpoint_name, r#type, params, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/streamingendpoints/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("id"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&streaming_endpoint_name),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(__owner.project_key.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from(r#type),
                                );
                            __map
                                .insert(
                                    String::from("params"),
                                    ::serde_json::Value::from(params),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (streaming_endpoint_name, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/streamingendpoints/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssStreamingEndpoint, crate::rt::Error> {
                let (__call, (streaming_endpoint_name, __owner)) = self
                    .__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_streaming_endpoint_name = streaming_endpoint_name;
                            super::super::handles::DssStreamingEndpoint {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                streaming_endpoint_name: __f_streaming_endpoint_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateStreamingEndpoint,
            super::endpoints::PROJECT_CREATE_STREAMING_ENDPOINT, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateStreamingEndpoint<'_> {}
        ///Request value of [`DssProject::create_kafka_streaming_endpoint`](super::super::handles::DssProject::create_kafka_streaming_endpoint): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateKafkaStreamingEndpoint<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) streaming_endpoint_name: String,
            pub(crate) connection: Option<String>,
            pub(crate) topic: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateKafkaStreamingEndpoint<'a> {
            /**The Kafka connection.

Unset by default (then left out). Sent as JSON member `params.connection`.*/
            pub fn connection(mut self, connection: impl Into<String>) -> Self {
                self.connection = Some(connection.into());
                self
            }
            /**The topic.

Unset by default (then left out). Sent as JSON member `params.topic`.*/
            pub fn topic(mut self, topic: impl Into<String>) -> Self {
                self.topic = Some(topic.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssProject)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    streaming_endpoint_name,
                    connection,
                    topic,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/streamingendpoints/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("id"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&streaming_endpoint_name),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(__owner.project_key.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from("kafka"),
                                );
                            __map
                                .insert(
                                    String::from("params"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        let __v = ::serde_json::Value::from(connection);
                                        if !__v.is_null() {
                                            __map.insert(String::from("connection"), __v);
                                        }
                                        let __v = ::serde_json::Value::from(topic);
                                        if !__v.is_null() {
                                            __map.insert(String::from("topic"), __v);
                                        }
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (streaming_endpoint_name, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/streamingendpoints/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssStreamingEndpoint, crate::rt::Error> {
                let (__call, (streaming_endpoint_name, __owner)) = self
                    .__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_streaming_endpoint_name = streaming_endpoint_name;
                            super::super::handles::DssStreamingEndpoint {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                streaming_endpoint_name: __f_streaming_endpoint_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateKafkaStreamingEndpoint,
            super::endpoints::PROJECT_CREATE_KAFKA_STREAMING_ENDPOINT, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateKafkaStreamingEndpoint<'_> {}
        ///Request value of [`DssProject::create_httpsse_streaming_endpoint`](super::super::handles::DssProject::create_httpsse_streaming_endpoint): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateHttpsseStreamingEndpoint<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) streaming_endpoint_name: String,
            pub(crate) url: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateHttpsseStreamingEndpoint<'a> {
            /**The URL of the events.

Unset by default (then left out). Sent as JSON member `params.url`.*/
            pub fn url(mut self, url: impl Into<String>) -> Self {
                self.url = Some(url.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssProject)),
                crate::rt::Error,
            > {
                let Self { __owner, streaming_endpoint_name, url, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/streamingendpoints/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("id"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&streaming_endpoint_name),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(__owner.project_key.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from("httpsse"),
                                );
                            __map
                                .insert(
                                    String::from("params"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        let __v = ::serde_json::Value::from(url);
                                        if !__v.is_null() {
                                            __map.insert(String::from("url"), __v);
                                        }
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (streaming_endpoint_name, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/streamingendpoints/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssStreamingEndpoint, crate::rt::Error> {
                let (__call, (streaming_endpoint_name, __owner)) = self
                    .__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_streaming_endpoint_name = streaming_endpoint_name;
                            super::super::handles::DssStreamingEndpoint {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                streaming_endpoint_name: __f_streaming_endpoint_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateHttpsseStreamingEndpoint,
            super::endpoints::PROJECT_CREATE_HTTPSSE_STREAMING_ENDPOINT, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateHttpsseStreamingEndpoint<'_> {}
        ///Request value of [`DssProject::create_managed_streaming_endpoint`](super::super::handles::DssProject::create_managed_streaming_endpoint): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateManagedStreamingEndpoint<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) streaming_endpoint_name: String,
            pub(crate) streaming_endpoint_type: Option<String>,
            pub(crate) creation_settings: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateManagedStreamingEndpoint<'a> {
            /**Its type (DSS picks one when unset).

Unset by default (then sent as `null`). Sent as JSON member `type`.*/
            pub fn streaming_endpoint_type(
                mut self,
                streaming_endpoint_type: impl Into<String>,
            ) -> Self {
                self.streaming_endpoint_type = Some(streaming_endpoint_type.into());
                self
            }
            /**Where to store it: `{"connectionId", "formatOptionId"}`.

Default: `{}`. Sent as JSON member `creationSettings`.*/
            pub fn creation_settings(
                mut self,
                creation_settings: impl Into<::serde_json::Value>,
            ) -> Self {
                self.creation_settings = creation_settings.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssProject)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    streaming_endpoint_name,
                    streaming_endpoint_type,
                    creation_settings,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/streamingendpoints/managed");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("id"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&streaming_endpoint_name),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from(streaming_endpoint_type),
                                );
                            __map
                                .insert(
                                    String::from("creationSettings"),
                                    ::serde_json::Value::from(creation_settings),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (streaming_endpoint_name, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/streamingendpoints/managed`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssStreamingEndpoint, crate::rt::Error> {
                let (__call, (streaming_endpoint_name, __owner)) = self
                    .__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_streaming_endpoint_name = streaming_endpoint_name;
                            super::super::handles::DssStreamingEndpoint {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                streaming_endpoint_name: __f_streaming_endpoint_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateManagedStreamingEndpoint,
            super::endpoints::PROJECT_CREATE_MANAGED_STREAMING_ENDPOINT, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateManagedStreamingEndpoint<'_> {}
        ///Request value of [`DssProject::list_continuous_activities`](super::super::handles::DssProject::list_continuous_activities): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListContinuousActivities<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListContinuousActivities<'a> {
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
                __call.lit("/continuous-activities/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListContinuousActivities,
            super::endpoints::PROJECT_LIST_CONTINUOUS_ACTIVITIES, json(Vec <
            ContinuousActivitySummary >,
            "Sends the request (`GET /projects/{project_key}/continuous-activities/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListContinuousActivities<'_> {}
        ///Request value of [`DssStreamingEndpoint::delete`](super::super::handles::DssStreamingEndpoint::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StreamingEndpointDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssStreamingEndpoint,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StreamingEndpointDelete<'a> {
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
                __call.lit("/streamingendpoints/");
                __call
                    .segment(
                        "streaming_endpoint_name",
                        &__owner.streaming_endpoint_name,
                        false,
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            StreamingEndpointDelete, super::endpoints::STREAMING_ENDPOINT_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/streamingendpoints/{streaming_endpoint_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StreamingEndpointDelete<'_> {}
        ///Request value of [`DssStreamingEndpoint::get_settings`](super::super::handles::DssStreamingEndpoint::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StreamingEndpointGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssStreamingEndpoint,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StreamingEndpointGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (&'a super::super::handles::DssStreamingEndpoint,),
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
                __call.lit("/streamingendpoints/");
                __call
                    .segment(
                        "streaming_endpoint_name",
                        &__owner.streaming_endpoint_name,
                        false,
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/streamingendpoints/{streaming_endpoint_name}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssStreamingEndpointSettings,
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
                            let __f_streaming_endpoint_name = ::core::clone::Clone::clone(
                                &__owner.streaming_endpoint_name,
                            );
                            super::super::handles::DssStreamingEndpointSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                streaming_endpoint_name: __f_streaming_endpoint_name,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            StreamingEndpointGetSettings,
            super::endpoints::STREAMING_ENDPOINT_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StreamingEndpointGetSettings<'_> {}
        ///Request value of [`DssStreamingEndpoint::get_schema`](super::super::handles::DssStreamingEndpoint::get_schema): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StreamingEndpointGetSchema<'a> {
            pub(crate) __owner: &'a super::super::handles::DssStreamingEndpoint,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StreamingEndpointGetSchema<'a> {
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
                __call.lit("/streamingendpoints/");
                __call
                    .segment(
                        "streaming_endpoint_name",
                        &__owner.streaming_endpoint_name,
                        false,
                    )?;
                __call.lit("/schema");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            StreamingEndpointGetSchema, super::endpoints::STREAMING_ENDPOINT_GET_SCHEMA,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/streamingendpoints/{streaming_endpoint_name}/schema`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StreamingEndpointGetSchema<'_> {}
        ///Request value of [`DssStreamingEndpoint::set_schema`](super::super::handles::DssStreamingEndpoint::set_schema): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StreamingEndpointSetSchema<'a> {
            pub(crate) __owner: &'a super::super::handles::DssStreamingEndpoint,
            pub(crate) schema: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StreamingEndpointSetSchema<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, schema, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/streamingendpoints/");
                __call
                    .segment(
                        "streaming_endpoint_name",
                        &__owner.streaming_endpoint_name,
                        false,
                    )?;
                __call.lit("/schema");
                __call.json(&::serde_json::Value::from(schema))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            StreamingEndpointSetSchema, super::endpoints::STREAMING_ENDPOINT_SET_SCHEMA,
            json(Value,
            "Sends the request (`PUT /projects/{project_key}/streamingendpoints/{streaming_endpoint_name}/schema`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StreamingEndpointSetSchema<'_> {}
        ///Request value of [`DssStreamingEndpoint::get_usages`](super::super::handles::DssStreamingEndpoint::get_usages): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StreamingEndpointGetUsages<'a> {
            pub(crate) __owner: &'a super::super::handles::DssStreamingEndpoint,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StreamingEndpointGetUsages<'a> {
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
                __call.lit("/streamingendpoints/");
                __call
                    .segment(
                        "streaming_endpoint_name",
                        &__owner.streaming_endpoint_name,
                        false,
                    )?;
                __call.lit("/usages");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            StreamingEndpointGetUsages, super::endpoints::STREAMING_ENDPOINT_GET_USAGES,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/streamingendpoints/{streaming_endpoint_name}/usages`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StreamingEndpointGetUsages<'_> {}
        ///Request value of [`DssStreamingEndpoint::start_test_and_detect`](super::super::handles::DssStreamingEndpoint::start_test_and_detect): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StreamingEndpointStartTestAndDetect<'a> {
            pub(crate) __owner: &'a super::super::handles::DssStreamingEndpoint,
            pub(crate) kind: String,
            pub(crate) infer_storage_types: bool,
            pub(crate) limit: i64,
            pub(crate) timeout_seconds: i64,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StreamingEndpointStartTestAndDetect<'a> {
            /**Infer storage types from the data.

Default: `false`. Sent as JSON member `inferStorageTypes`.*/
            pub fn infer_storage_types(mut self, infer_storage_types: bool) -> Self {
                self.infer_storage_types = infer_storage_types;
                self
            }
            /**Most messages to read.

Default: `10`. Sent as JSON member `limit`.*/
            pub fn limit(mut self, limit: i64) -> Self {
                self.limit = limit;
                self
            }
            /**Most seconds to wait for them (dataikuapi's `timeout`, a name
every request value takes for its own time bound).

Default: `60`. Sent as JSON member `timeout`.*/
            pub fn timeout_seconds(mut self, timeout_seconds: i64) -> Self {
                self.timeout_seconds = timeout_seconds;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    kind,
                    infer_storage_types,
                    limit,
                    timeout_seconds,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/streamingendpoints/");
                __call
                    .segment(
                        "streaming_endpoint_name",
                        &__owner.streaming_endpoint_name,
                        false,
                    )?;
                __call.lit("/actions/testAndDetectSettings/");
                __call.segment("kind", &kind, false)?;
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("inferStorageTypes"),
                                    ::serde_json::Value::from(infer_storage_types),
                                );
                            __map
                                .insert(
                                    String::from("limit"),
                                    ::serde_json::Value::from(limit),
                                );
                            __map
                                .insert(
                                    String::from("timeout"),
                                    ::serde_json::Value::from(timeout_seconds),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/streamingendpoints/{streaming_endpoint_name}/actions/testAndDetectSettings/{kind}`) and returns the answer.
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
            StreamingEndpointStartTestAndDetect,
            super::endpoints::STREAMING_ENDPOINT_START_TEST_AND_DETECT, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StreamingEndpointStartTestAndDetect<'_> {}
        ///Request value of [`DssStreamingEndpointSettings::save`](super::super::handles::DssStreamingEndpointSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StreamingEndpointSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssStreamingEndpointSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StreamingEndpointSettingsSave<'a> {
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
                __call.lit("/streamingendpoints/");
                __call
                    .segment(
                        "streaming_endpoint_name",
                        &__owner.streaming_endpoint_name,
                        false,
                    )?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            StreamingEndpointSettingsSave,
            super::endpoints::STREAMING_ENDPOINT_SETTINGS_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/streamingendpoints/{streaming_endpoint_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StreamingEndpointSettingsSave<'_> {}
        ///Request value of [`DssContinuousActivity::start`](super::super::handles::DssContinuousActivity::start): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ContinuousActivityStart<'a> {
            pub(crate) __owner: &'a super::super::handles::DssContinuousActivity,
            pub(crate) loop_params: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ContinuousActivityStart<'a> {
            /**Restart settings (`{"abortAfterCrashes", "initialRestartDelayMs",
...}`; none: DSS's).

Default: `{}`. Sent as the JSON body.*/
            pub fn loop_params(
                mut self,
                loop_params: impl Into<::serde_json::Value>,
            ) -> Self {
                self.loop_params = loop_params.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, loop_params, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/continuous-activities/");
                __call.segment("recipe_id", &__owner.recipe_id, false)?;
                __call.lit("/start");
                __call.json(&::serde_json::Value::from(loop_params))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ContinuousActivityStart, super::endpoints::CONTINUOUS_ACTIVITY_START,
            json(Value,
            "Sends the request (`POST /projects/{project_key}/continuous-activities/{recipe_id}/start`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ContinuousActivityStart<'_> {}
        ///Request value of [`DssContinuousActivity::stop`](super::super::handles::DssContinuousActivity::stop): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ContinuousActivityStop<'a> {
            pub(crate) __owner: &'a super::super::handles::DssContinuousActivity,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ContinuousActivityStop<'a> {
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
                __call.lit("/continuous-activities/");
                __call.segment("recipe_id", &__owner.recipe_id, false)?;
                __call.lit("/stop");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ContinuousActivityStop, super::endpoints::CONTINUOUS_ACTIVITY_STOP,
            unit("Sends the request (`POST /projects/{project_key}/continuous-activities/{recipe_id}/stop`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ContinuousActivityStop<'_> {}
        ///Request value of [`DssContinuousActivity::get_status`](super::super::handles::DssContinuousActivity::get_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ContinuousActivityGetStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssContinuousActivity,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ContinuousActivityGetStatus<'a> {
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
                __call.lit("/continuous-activities/");
                __call.segment("recipe_id", &__owner.recipe_id, false)?;
                __call.lit("/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ContinuousActivityGetStatus,
            super::endpoints::CONTINUOUS_ACTIVITY_GET_STATUS, json(Value,
            "Sends the request (`GET /projects/{project_key}/continuous-activities/{recipe_id}/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ContinuousActivityGetStatus<'_> {}
        crate::rt::request_list!(
            ProjectListStreamingEndpoints, ProjectCreateStreamingEndpoint,
            ProjectCreateKafkaStreamingEndpoint, ProjectCreateHttpsseStreamingEndpoint,
            ProjectCreateManagedStreamingEndpoint, ProjectListContinuousActivities,
            StreamingEndpointDelete, StreamingEndpointGetSettings,
            StreamingEndpointGetSchema, StreamingEndpointSetSchema,
            StreamingEndpointGetUsages, StreamingEndpointStartTestAndDetect,
            StreamingEndpointSettingsSave, ContinuousActivityStart,
            ContinuousActivityStop, ContinuousActivityGetStatus
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_streaming_endpoints`.
        pub static PROJECT_LIST_STREAMING_ENDPOINTS: Endpoint = Endpoint::new(
            "DssProject",
            "list_streaming_endpoints",
            crate::rt::Server::DSS,
            "Lists the streaming endpoints of the project; each item converts to a [`DssStreamingEndpoint`](crate::DssStreamingEndpoint) with `to_handle`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/streamingendpoints/",
                    &[],
                    "ProjectListStreamingEndpoints",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < StreamingEndpointListItem >"),
            [false, true, false],
        );
        ///`DssProject::get_streaming_endpoint`.
        pub static PROJECT_GET_STREAMING_ENDPOINT: Endpoint = Endpoint::new(
            "DssProject",
            "get_streaming_endpoint",
            crate::rt::Server::DSS,
            "A handle on one streaming endpoint of the project.",
            &[
                Arg::new(
                    "streaming_endpoint_name",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssStreamingEndpoint"),
            [false, true, false],
        );
        ///`DssProject::create_streaming_endpoint`.
        pub static PROJECT_CREATE_STREAMING_ENDPOINT: Endpoint = Endpoint::new(
            "DssProject",
            "create_streaming_endpoint",
            crate::rt::Server::DSS,
            "Creates a streaming endpoint of any type and returns a handle on it.",
            &[
                Arg::new(
                    "streaming_endpoint_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "id",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "r#type",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "type",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
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
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/streamingendpoints/",
                    &[],
                    "ProjectCreateStreamingEndpoint",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssStreamingEndpoint"),
            [false, true, false],
        );
        ///`DssProject::create_kafka_streaming_endpoint`.
        pub static PROJECT_CREATE_KAFKA_STREAMING_ENDPOINT: Endpoint = Endpoint::new(
            "DssProject",
            "create_kafka_streaming_endpoint",
            crate::rt::Server::DSS,
            "Creates a Kafka streaming endpoint and returns a handle on it.",
            &[
                Arg::new(
                    "streaming_endpoint_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "id",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "connection",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "params.connection",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "topic",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "params.topic",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/streamingendpoints/",
                    &[],
                    "ProjectCreateKafkaStreamingEndpoint",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssStreamingEndpoint"),
            [false, true, false],
        );
        ///`DssProject::create_httpsse_streaming_endpoint`.
        pub static PROJECT_CREATE_HTTPSSE_STREAMING_ENDPOINT: Endpoint = Endpoint::new(
            "DssProject",
            "create_httpsse_streaming_endpoint",
            crate::rt::Server::DSS,
            "Creates an HTTP Server-Sent-Events streaming endpoint and returns a handle on it.",
            &[
                Arg::new(
                    "streaming_endpoint_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "id",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "url",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "params.url",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/streamingendpoints/",
                    &[],
                    "ProjectCreateHttpsseStreamingEndpoint",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssStreamingEndpoint"),
            [false, true, false],
        );
        ///`DssProject::create_managed_streaming_endpoint`.
        pub static PROJECT_CREATE_MANAGED_STREAMING_ENDPOINT: Endpoint = Endpoint::new(
            "DssProject",
            "create_managed_streaming_endpoint",
            crate::rt::Server::DSS,
            "Creates a managed streaming endpoint: the request behind [`DssManagedStreamingEndpointCreationHelper::create`](crate::models::DssManagedStreamingEndpointCreationHelper::create).",
            &[
                Arg::new(
                    "streaming_endpoint_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "id",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "streaming_endpoint_type",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "type",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "creation_settings",
                    "json",
                    Presence::Default("{}"),
                    Place::Member {
                        path: "creationSettings",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/streamingendpoints/managed",
                    &[],
                    "ProjectCreateManagedStreamingEndpoint",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssStreamingEndpoint"),
            [false, false, false],
        );
        ///`DssProject::new_managed_streaming_endpoint`.
        pub static PROJECT_NEW_MANAGED_STREAMING_ENDPOINT: Endpoint = Endpoint::new(
            "DssProject",
            "new_managed_streaming_endpoint",
            crate::rt::Server::DSS,
            "A builder of a managed streaming endpoint (where to store it), which `create` sends.",
            &[
                Arg::new(
                    "streaming_endpoint_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("DssManagedStreamingEndpointCreationHelper"),
            [true, true, false],
        );
        ///`DssProject::list_continuous_activities`.
        pub static PROJECT_LIST_CONTINUOUS_ACTIVITIES: Endpoint = Endpoint::new(
            "DssProject",
            "list_continuous_activities",
            crate::rt::Server::DSS,
            "Lists the continuous activities of the project; each item converts to a [`DssContinuousActivity`](crate::DssContinuousActivity) with `to_handle`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/continuous-activities/",
                    &[],
                    "ProjectListContinuousActivities",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < ContinuousActivitySummary >"),
            [false, true, false],
        );
        ///`DssProject::get_continuous_activity`.
        pub static PROJECT_GET_CONTINUOUS_ACTIVITY: Endpoint = Endpoint::new(
            "DssProject",
            "get_continuous_activity",
            crate::rt::Server::DSS,
            "A handle on the continuous activity of a continuous recipe.",
            &[
                Arg::new(
                    "recipe_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssContinuousActivity"),
            [false, true, false],
        );
        ///`DssRecipe::get_continuous_activity`.
        pub static RECIPE_GET_CONTINUOUS_ACTIVITY: Endpoint = Endpoint::new(
            "DssRecipe",
            "get_continuous_activity",
            crate::rt::Server::DSS,
            "A handle on the continuous activity of this (continuous) recipe.",
            &[],
            None,
            ResultKind::Handle("DssContinuousActivity"),
            [false, true, false],
        );
        ///`DssStreamingEndpoint::delete`.
        pub static STREAMING_ENDPOINT_DELETE: Endpoint = Endpoint::new(
            "DssStreamingEndpoint",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the streaming endpoint.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/streamingendpoints/{streaming_endpoint_name}",
                    &[],
                    "StreamingEndpointDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssStreamingEndpoint::get_settings`.
        pub static STREAMING_ENDPOINT_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssStreamingEndpoint",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the streaming endpoint's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/streamingendpoints/{streaming_endpoint_name}",
                    &[],
                    "StreamingEndpointGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssStreamingEndpointSettings"),
            [false, true, false],
        );
        ///`DssStreamingEndpoint::exists`.
        pub static STREAMING_ENDPOINT_EXISTS: Endpoint = Endpoint::new(
            "DssStreamingEndpoint",
            "exists",
            crate::rt::Server::DSS,
            "Whether the streaming endpoint exists: its schema is read (`GET .../schema`), and only a 404 means it does not.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , bool >"),
            [true, true, false],
        );
        ///`DssStreamingEndpoint::get_schema`.
        pub static STREAMING_ENDPOINT_GET_SCHEMA: Endpoint = Endpoint::new(
            "DssStreamingEndpoint",
            "get_schema",
            crate::rt::Server::DSS,
            "Reads the streaming endpoint's schema.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/streamingendpoints/{streaming_endpoint_name}/schema",
                    &[],
                    "StreamingEndpointGetSchema",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssStreamingEndpoint::set_schema`.
        pub static STREAMING_ENDPOINT_SET_SCHEMA: Endpoint = Endpoint::new(
            "DssStreamingEndpoint",
            "set_schema",
            crate::rt::Server::DSS,
            "Saves the streaming endpoint's schema (`{\"columns\": [..]}`).",
            &[
                Arg::new(
                    "schema",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/streamingendpoints/{streaming_endpoint_name}/schema",
                    &[],
                    "StreamingEndpointSetSchema",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssStreamingEndpoint::get_usages`.
        pub static STREAMING_ENDPOINT_GET_USAGES: Endpoint = Endpoint::new(
            "DssStreamingEndpoint",
            "get_usages",
            crate::rt::Server::DSS,
            "Lists where the streaming endpoint is used.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/streamingendpoints/{streaming_endpoint_name}/usages",
                    &[],
                    "StreamingEndpointGetUsages",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssStreamingEndpoint::get_object_discussions`.
        pub static STREAMING_ENDPOINT_GET_OBJECT_DISCUSSIONS: Endpoint = Endpoint::new(
            "DssStreamingEndpoint",
            "get_object_discussions",
            crate::rt::Server::DSS,
            "A handle on the discussions of the streaming endpoint.",
            &[],
            None,
            ResultKind::Handle("DssObjectDiscussions"),
            [false, true, false],
        );
        ///`DssStreamingEndpoint::start_test_and_detect`.
        pub static STREAMING_ENDPOINT_START_TEST_AND_DETECT: Endpoint = Endpoint::new(
            "DssStreamingEndpoint",
            "start_test_and_detect",
            crate::rt::Server::DSS,
            "Starts testing the connection of a streaming endpoint of one kind and detecting its schema: the request behind [`test_and_detect`](crate::DssStreamingEndpoint::test_and_detect).",
            &[
                Arg::new("kind", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "infer_storage_types",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "inferStorageTypes",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "limit",
                    "int",
                    Presence::Default("10"),
                    Place::Member {
                        path: "limit",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "timeout_seconds",
                    "int",
                    Presence::Default("60"),
                    Place::Member {
                        path: "timeout",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/streamingendpoints/{streaming_endpoint_name}/actions/testAndDetectSettings/{kind}",
                    &[],
                    "StreamingEndpointStartTestAndDetect",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, false, false],
        );
        ///`DssStreamingEndpoint::test_and_detect`.
        pub static STREAMING_ENDPOINT_TEST_AND_DETECT: Endpoint = Endpoint::new(
            "DssStreamingEndpoint",
            "test_and_detect",
            crate::rt::Server::DSS,
            "Tests the connection of a Kafka or HTTP SSE streaming endpoint and detects its schema (reading its settings for its type first); returns the task, whose result holds what was found.",
            &[],
            None,
            ResultKind::HandWritten("StreamingEndpointTestAndDetect < '_ >"),
            [true, true, false],
        );
        ///`DssStreamingEndpoint::autodetect_settings`.
        pub static STREAMING_ENDPOINT_AUTODETECT_SETTINGS: Endpoint = Endpoint::new(
            "DssStreamingEndpoint",
            "autodetect_settings",
            crate::rt::Server::DSS,
            "Reads the settings, tests and detects as [`test_and_detect`](crate::DssStreamingEndpoint::test_and_detect), waits for the result, and returns the settings with the schema detected (when one was); they are not saved.",
            &[],
            None,
            ResultKind::HandWritten("StreamingEndpointAutodetectSettings < '_ >"),
            [true, true, false],
        );
        ///`DssStreamingEndpointSettings::save`.
        pub static STREAMING_ENDPOINT_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssStreamingEndpointSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/streamingendpoints/{streaming_endpoint_name}",
                    &[],
                    "StreamingEndpointSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssStreamingEndpointSettings::get_raw_params`.
        pub static STREAMING_ENDPOINT_SETTINGS_GET_RAW_PARAMS: Endpoint = Endpoint::new(
            "DssStreamingEndpointSettings",
            "get_raw_params",
            crate::rt::Server::DSS,
            "The type-specific parameters.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssStreamingEndpointSettings::r#type`.
        pub static STREAMING_ENDPOINT_SETTINGS_R_TYPE: Endpoint = Endpoint::new(
            "DssStreamingEndpointSettings",
            "r#type",
            crate::rt::Server::DSS,
            "The streaming endpoint's type (`kafka`, `httpsse`, ...).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssStreamingEndpointSettings::add_raw_schema_column`.
        pub static STREAMING_ENDPOINT_SETTINGS_ADD_RAW_SCHEMA_COLUMN: Endpoint = Endpoint::new(
            "DssStreamingEndpointSettings",
            "add_raw_schema_column",
            crate::rt::Server::DSS,
            "Adds a column to the schema (`{\"name\": .., \"type\": ..}`).",
            &[
                Arg::new(
                    "column",
                    "Value",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssStreamingEndpointSettings"),
            [true, true, false],
        );
        ///`DssStreamingEndpointSettings::set_connection_and_topic`.
        pub static STREAMING_ENDPOINT_SETTINGS_SET_CONNECTION_AND_TOPIC: Endpoint = Endpoint::new(
            "DssStreamingEndpointSettings",
            "set_connection_and_topic",
            crate::rt::Server::DSS,
            "Sets the connection and the topic of a Kafka endpoint (each only when given).",
            &[
                Arg::new(
                    "connection",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "topic",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssStreamingEndpointSettings"),
            [true, true, false],
        );
        ///`DssStreamingEndpointSettings::set_url`.
        pub static STREAMING_ENDPOINT_SETTINGS_SET_URL: Endpoint = Endpoint::new(
            "DssStreamingEndpointSettings",
            "set_url",
            crate::rt::Server::DSS,
            "Sets the URL of an HTTP SSE endpoint.",
            &[
                Arg::new(
                    "url",
                    "str",
                    Presence::Required,
                    Place::Document("params.url"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssContinuousActivity::start`.
        pub static CONTINUOUS_ACTIVITY_START: Endpoint = Endpoint::new(
            "DssContinuousActivity",
            "start",
            crate::rt::Server::DSS,
            "Starts the continuous activity.",
            &[
                Arg::new(
                    "loop_params",
                    "json",
                    Presence::Default("{}"),
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/continuous-activities/{recipe_id}/start",
                    &[],
                    "ContinuousActivityStart",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssContinuousActivity::stop`.
        pub static CONTINUOUS_ACTIVITY_STOP: Endpoint = Endpoint::new(
            "DssContinuousActivity",
            "stop",
            crate::rt::Server::DSS,
            "Stops the continuous activity.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/continuous-activities/{recipe_id}/stop",
                    &[],
                    "ContinuousActivityStop",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssContinuousActivity::get_status`.
        pub static CONTINUOUS_ACTIVITY_GET_STATUS: Endpoint = Endpoint::new(
            "DssContinuousActivity",
            "get_status",
            crate::rt::Server::DSS,
            "Reads the continuous activity's status.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/continuous-activities/{recipe_id}/",
                    &[],
                    "ContinuousActivityGetStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssContinuousActivity::get_recipe`.
        pub static CONTINUOUS_ACTIVITY_GET_RECIPE: Endpoint = Endpoint::new(
            "DssContinuousActivity",
            "get_recipe",
            crate::rt::Server::DSS,
            "A handle on the continuous recipe the activity runs.",
            &[],
            None,
            ResultKind::Handle("DssRecipe"),
            [false, true, false],
        );
        ///`DssStreamingEndpointSettings::get_raw`.
        pub static STREAMING_ENDPOINT_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssStreamingEndpointSettings",
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
        &endpoints::PROJECT_LIST_STREAMING_ENDPOINTS,
        &endpoints::PROJECT_GET_STREAMING_ENDPOINT,
        &endpoints::PROJECT_CREATE_STREAMING_ENDPOINT,
        &endpoints::PROJECT_CREATE_KAFKA_STREAMING_ENDPOINT,
        &endpoints::PROJECT_CREATE_HTTPSSE_STREAMING_ENDPOINT,
        &endpoints::PROJECT_CREATE_MANAGED_STREAMING_ENDPOINT,
        &endpoints::PROJECT_NEW_MANAGED_STREAMING_ENDPOINT,
        &endpoints::PROJECT_LIST_CONTINUOUS_ACTIVITIES,
        &endpoints::PROJECT_GET_CONTINUOUS_ACTIVITY,
        &endpoints::RECIPE_GET_CONTINUOUS_ACTIVITY,
        &endpoints::STREAMING_ENDPOINT_DELETE,
        &endpoints::STREAMING_ENDPOINT_GET_SETTINGS,
        &endpoints::STREAMING_ENDPOINT_EXISTS,
        &endpoints::STREAMING_ENDPOINT_GET_SCHEMA,
        &endpoints::STREAMING_ENDPOINT_SET_SCHEMA,
        &endpoints::STREAMING_ENDPOINT_GET_USAGES,
        &endpoints::STREAMING_ENDPOINT_GET_OBJECT_DISCUSSIONS,
        &endpoints::STREAMING_ENDPOINT_START_TEST_AND_DETECT,
        &endpoints::STREAMING_ENDPOINT_TEST_AND_DETECT,
        &endpoints::STREAMING_ENDPOINT_AUTODETECT_SETTINGS,
        &endpoints::STREAMING_ENDPOINT_SETTINGS_SAVE,
        &endpoints::STREAMING_ENDPOINT_SETTINGS_GET_RAW_PARAMS,
        &endpoints::STREAMING_ENDPOINT_SETTINGS_R_TYPE,
        &endpoints::STREAMING_ENDPOINT_SETTINGS_ADD_RAW_SCHEMA_COLUMN,
        &endpoints::STREAMING_ENDPOINT_SETTINGS_SET_CONNECTION_AND_TOPIC,
        &endpoints::STREAMING_ENDPOINT_SETTINGS_SET_URL,
        &endpoints::CONTINUOUS_ACTIVITY_START,
        &endpoints::CONTINUOUS_ACTIVITY_STOP,
        &endpoints::CONTINUOUS_ACTIVITY_GET_STATUS,
        &endpoints::CONTINUOUS_ACTIVITY_GET_RECIPE,
        &endpoints::STREAMING_ENDPOINT_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssStreamingEndpoint",
                doc: "A streaming endpoint of a project, named by its id.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "streaming_endpoint_name",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssContinuousActivity",
                doc: "The continuous activity of a continuous recipe, named by the recipe's name.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "recipe_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssStreamingEndpointSettings",
                doc: "The settings of a streaming endpoint, as `get_settings` reads them (dataikuapi's `DSSStreamingEndpointSettings`, with the methods of its `KafkaStreamingEndpointSettings` and `HTTPSSEStreamingEndpointSettings` forms): type, params, schema; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "streaming_endpoint_name",
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
                name: "StreamingEndpointListItem",
                doc: "A streaming endpoint as listed by `list_streaming_endpoints`.",
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
                        name: "type",
                        wire: "type",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "params",
                        wire: "params",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "schema",
                        wire: "schema",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "tags",
                        wire: "tags",
                        ty: "Option < Vec < String > >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssStreamingEndpoint"),
            },
            Model {
                name: "ContinuousActivitySummary",
                doc: "A continuous activity as listed by `list_continuous_activities`.",
                members: &[
                    ModelMember {
                        name: "project_key",
                        wire: "projectKey",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "recipe_id",
                        wire: "recipeId",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: Some("DssContinuousActivity"),
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the streaming endpoints of the project; each item converts to
a [`DssStreamingEndpoint`](crate::DssStreamingEndpoint) with
`to_handle`.

`GET /projects/{project_key}/streamingendpoints/`

Returns a [`ProjectListStreamingEndpoints`](requests::ProjectListStreamingEndpoints) request; nothing is sent until `.send()`.*/
        pub fn list_streaming_endpoints(
            &self,
        ) -> requests::ProjectListStreamingEndpoints<'_> {
            requests::ProjectListStreamingEndpoints {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one streaming endpoint of the project.

Builds a handle; sends no request.*/
        pub fn get_streaming_endpoint(
            &self,
            streaming_endpoint_name: impl Into<String>,
        ) -> super::handles::DssStreamingEndpoint {
            let streaming_endpoint_name = streaming_endpoint_name.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_streaming_endpoint_name = streaming_endpoint_name;
                super::handles::DssStreamingEndpoint {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    streaming_endpoint_name: __f_streaming_endpoint_name,
                }
            }
        }
        /**Creates a streaming endpoint of any type and returns a handle on it.

`POST /projects/{project_key}/streamingendpoints/`

Never retried: sending it twice could do the work twice.

Arguments:
- `streaming_endpoint_name`: The new streaming endpoint's name. Sent as JSON member `id`.
- `r#type`: Its type (`kafka`, `httpsse`, ...). Sent as JSON member `type`.

Optional arguments, set by name on the returned request:
- `params`: Default: `{}`. Sent as JSON member `params`.

Returns a [`ProjectCreateStreamingEndpoint`](requests::ProjectCreateStreamingEndpoint) request; nothing is sent until `.send()`.*/
        pub fn create_streaming_endpoint(
            &self,
            streaming_endpoint_name: impl Into<String>,
            r#type: impl Into<String>,
        ) -> requests::ProjectCreateStreamingEndpoint<'_> {
            requests::ProjectCreateStreamingEndpoint {
                __owner: self,
                streaming_endpoint_name: streaming_endpoint_name.into(),
                r#type: r#type.into(),
                params: ::serde_json::Value::Object(::serde_json::Map::new()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a Kafka streaming endpoint and returns a handle on it.

`POST /projects/{project_key}/streamingendpoints/`

Never retried: sending it twice could do the work twice.

Arguments:
- `streaming_endpoint_name`: The new streaming endpoint's name. Sent as JSON member `id`.

Optional arguments, set by name on the returned request:
- `connection`: Unset by default (then left out). Sent as JSON member `params.connection`.
- `topic`: Unset by default (then left out). Sent as JSON member `params.topic`.

Returns a [`ProjectCreateKafkaStreamingEndpoint`](requests::ProjectCreateKafkaStreamingEndpoint) request; nothing is sent until `.send()`.*/
        pub fn create_kafka_streaming_endpoint(
            &self,
            streaming_endpoint_name: impl Into<String>,
        ) -> requests::ProjectCreateKafkaStreamingEndpoint<'_> {
            requests::ProjectCreateKafkaStreamingEndpoint {
                __owner: self,
                streaming_endpoint_name: streaming_endpoint_name.into(),
                connection: None,
                topic: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates an HTTP Server-Sent-Events streaming endpoint and returns a
handle on it.

`POST /projects/{project_key}/streamingendpoints/`

Never retried: sending it twice could do the work twice.

Arguments:
- `streaming_endpoint_name`: The new streaming endpoint's name. Sent as JSON member `id`.

Optional arguments, set by name on the returned request:
- `url`: Unset by default (then left out). Sent as JSON member `params.url`.

Returns a [`ProjectCreateHttpsseStreamingEndpoint`](requests::ProjectCreateHttpsseStreamingEndpoint) request; nothing is sent until `.send()`.*/
        pub fn create_httpsse_streaming_endpoint(
            &self,
            streaming_endpoint_name: impl Into<String>,
        ) -> requests::ProjectCreateHttpsseStreamingEndpoint<'_> {
            requests::ProjectCreateHttpsseStreamingEndpoint {
                __owner: self,
                streaming_endpoint_name: streaming_endpoint_name.into(),
                url: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a managed streaming endpoint: the request behind
[`DssManagedStreamingEndpointCreationHelper::create`](crate::models::DssManagedStreamingEndpointCreationHelper::create).

`POST /projects/{project_key}/streamingendpoints/managed`

Never retried: sending it twice could do the work twice.

Arguments:
- `streaming_endpoint_name`: The new streaming endpoint's name. Sent as JSON member `id`.

Optional arguments, set by name on the returned request:
- `streaming_endpoint_type`: Unset by default (then sent as `null`). Sent as JSON member `type`.
- `creation_settings`: Default: `{}`. Sent as JSON member `creationSettings`.

Returns a [`ProjectCreateManagedStreamingEndpoint`](requests::ProjectCreateManagedStreamingEndpoint) request; nothing is sent until `.send()`.*/
        pub fn create_managed_streaming_endpoint(
            &self,
            streaming_endpoint_name: impl Into<String>,
        ) -> requests::ProjectCreateManagedStreamingEndpoint<'_> {
            requests::ProjectCreateManagedStreamingEndpoint {
                __owner: self,
                streaming_endpoint_name: streaming_endpoint_name.into(),
                streaming_endpoint_type: None,
                creation_settings: ::serde_json::Value::Object(::serde_json::Map::new()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the continuous activities of the project; each item converts
to a [`DssContinuousActivity`](crate::DssContinuousActivity) with
`to_handle`.

`GET /projects/{project_key}/continuous-activities/`

Returns a [`ProjectListContinuousActivities`](requests::ProjectListContinuousActivities) request; nothing is sent until `.send()`.*/
        pub fn list_continuous_activities(
            &self,
        ) -> requests::ProjectListContinuousActivities<'_> {
            requests::ProjectListContinuousActivities {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on the continuous activity of a continuous recipe.

Builds a handle; sends no request.*/
        pub fn get_continuous_activity(
            &self,
            recipe_id: impl Into<String>,
        ) -> super::handles::DssContinuousActivity {
            let recipe_id = recipe_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_recipe_id = recipe_id;
                super::handles::DssContinuousActivity {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    recipe_id: __f_recipe_id,
                }
            }
        }
    }
    impl super::handles::DssRecipe {
        /**A handle on the continuous activity of this (continuous) recipe.

Builds a handle; sends no request.*/
        pub fn get_continuous_activity(&self) -> super::handles::DssContinuousActivity {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_recipe_id = ::core::clone::Clone::clone(&self.recipe_name);
                super::handles::DssContinuousActivity {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    recipe_id: __f_recipe_id,
                }
            }
        }
    }
    impl super::handles::DssStreamingEndpoint {
        /**Deletes the streaming endpoint.

`DELETE /projects/{project_key}/streamingendpoints/{streaming_endpoint_name}`

Returns a [`StreamingEndpointDelete`](requests::StreamingEndpointDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::StreamingEndpointDelete<'_> {
            requests::StreamingEndpointDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the streaming endpoint's settings, to change and `save`.

`GET /projects/{project_key}/streamingendpoints/{streaming_endpoint_name}`

Returns a [`StreamingEndpointGetSettings`](requests::StreamingEndpointGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::StreamingEndpointGetSettings<'_> {
            requests::StreamingEndpointGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the streaming endpoint's schema.

`GET /projects/{project_key}/streamingendpoints/{streaming_endpoint_name}/schema`

Returns a [`StreamingEndpointGetSchema`](requests::StreamingEndpointGetSchema) request; nothing is sent until `.send()`.*/
        pub fn get_schema(&self) -> requests::StreamingEndpointGetSchema<'_> {
            requests::StreamingEndpointGetSchema {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the streaming endpoint's schema (`{"columns": [..]}`).

`PUT /projects/{project_key}/streamingendpoints/{streaming_endpoint_name}/schema`

Arguments:
- `schema`: Sent as the JSON body.

Returns a [`StreamingEndpointSetSchema`](requests::StreamingEndpointSetSchema) request; nothing is sent until `.send()`.*/
        pub fn set_schema(
            &self,
            schema: impl Into<::serde_json::Value>,
        ) -> requests::StreamingEndpointSetSchema<'_> {
            requests::StreamingEndpointSetSchema {
                __owner: self,
                schema: schema.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists where the streaming endpoint is used.

`GET /projects/{project_key}/streamingendpoints/{streaming_endpoint_name}/usages`

Returns a [`StreamingEndpointGetUsages`](requests::StreamingEndpointGetUsages) request; nothing is sent until `.send()`.*/
        pub fn get_usages(&self) -> requests::StreamingEndpointGetUsages<'_> {
            requests::StreamingEndpointGetUsages {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on the discussions of the streaming endpoint.

Builds a handle; sends no request.*/
        pub fn get_object_discussions(&self) -> super::handles::DssObjectDiscussions {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_object_type = String::from("STREAMING_ENDPOINT");
                let __f_object_id = ::core::clone::Clone::clone(
                    &self.streaming_endpoint_name,
                );
                super::handles::DssObjectDiscussions {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    object_type: __f_object_type,
                    object_id: __f_object_id,
                }
            }
        }
        /**Starts testing the connection of a streaming endpoint of one kind
and detecting its schema: the request behind
[`test_and_detect`](crate::DssStreamingEndpoint::test_and_detect).

`POST /projects/{project_key}/streamingendpoints/{streaming_endpoint_name}/actions/testAndDetectSettings/{kind}`

Never retried: sending it twice could do the work twice.

Arguments:
- `kind`: The endpoint's type: `kafka` or `httpsse`. Sent as a path segment.

Optional arguments, set by name on the returned request:
- `infer_storage_types`: Default: `false`. Sent as JSON member `inferStorageTypes`.
- `limit`: Default: `10`. Sent as JSON member `limit`.
- `timeout_seconds`: Default: `60`. Sent as JSON member `timeout`.

Returns a [`StreamingEndpointStartTestAndDetect`](requests::StreamingEndpointStartTestAndDetect) request; nothing is sent until `.send()`.*/
        pub fn start_test_and_detect(
            &self,
            kind: impl Into<String>,
        ) -> requests::StreamingEndpointStartTestAndDetect<'_> {
            requests::StreamingEndpointStartTestAndDetect {
                __owner: self,
                kind: kind.into(),
                infer_storage_types: false,
                limit: 10i64,
                timeout_seconds: 60i64,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssStreamingEndpointSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /projects/{project_key}/streamingendpoints/{streaming_endpoint_name}`

Returns a [`StreamingEndpointSettingsSave`](requests::StreamingEndpointSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::StreamingEndpointSettingsSave<'_> {
            requests::StreamingEndpointSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The type-specific parameters.

Reads the document this value holds; sends no request.*/
        pub fn get_raw_params(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("params")
        }
        /**The streaming endpoint's type (`kafka`, `httpsse`, ...).

Reads the document this value holds; sends no request.*/
        pub fn r#type(&self) -> ::core::option::Option<&str> {
            self.document.get("type").and_then(::serde_json::Value::as_str)
        }
        /**Sets the URL of an HTTP SSE endpoint.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_url(
            &mut self,
            url: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("params.url", ::serde_json::Value::from(url.into()));
            self
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssContinuousActivity {
        /**Starts the continuous activity.

`POST /projects/{project_key}/continuous-activities/{recipe_id}/start`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `loop_params`: Default: `{}`. Sent as the JSON body.

Returns a [`ContinuousActivityStart`](requests::ContinuousActivityStart) request; nothing is sent until `.send()`.*/
        pub fn start(&self) -> requests::ContinuousActivityStart<'_> {
            requests::ContinuousActivityStart {
                __owner: self,
                loop_params: ::serde_json::Value::Object(::serde_json::Map::new()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Stops the continuous activity.

`POST /projects/{project_key}/continuous-activities/{recipe_id}/stop`

Never retried: sending it twice could do the work twice.

Returns a [`ContinuousActivityStop`](requests::ContinuousActivityStop) request; nothing is sent until `.send()`.*/
        pub fn stop(&self) -> requests::ContinuousActivityStop<'_> {
            requests::ContinuousActivityStop {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the continuous activity's status.

`GET /projects/{project_key}/continuous-activities/{recipe_id}/`

Returns a [`ContinuousActivityGetStatus`](requests::ContinuousActivityGetStatus) request; nothing is sent until `.send()`.*/
        pub fn get_status(&self) -> requests::ContinuousActivityGetStatus<'_> {
            requests::ContinuousActivityGetStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on the continuous recipe the activity runs.

Builds a handle; sends no request.*/
        pub fn get_recipe(&self) -> super::handles::DssRecipe {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_recipe_name = ::core::clone::Clone::clone(&self.recipe_id);
                super::handles::DssRecipe {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    recipe_name: __f_recipe_name,
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
                fn __signature_of_new_managed_streaming_endpoint(
                    &self,
                    streaming_endpoint_name: &str,
                ) -> DssManagedStreamingEndpointCreationHelper {
                    self.new_managed_streaming_endpoint(streaming_endpoint_name)
                }
            }
            impl super::handles::DssStreamingEndpoint {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_exists(&self) -> Pending<'_, bool> {
                    self.exists()
                }
            }
            impl super::handles::DssStreamingEndpoint {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_test_and_detect(
                    &self,
                ) -> StreamingEndpointTestAndDetect<'_> {
                    self.test_and_detect()
                }
            }
            impl super::handles::DssStreamingEndpoint {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_autodetect_settings(
                    &self,
                ) -> StreamingEndpointAutodetectSettings<'_> {
                    self.autodetect_settings()
                }
            }
            impl super::handles::DssStreamingEndpointSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_raw_schema_column(
                    &mut self,
                    column: Value,
                ) -> &mut DssStreamingEndpointSettings {
                    self.add_raw_schema_column(column)
                }
            }
            impl super::handles::DssStreamingEndpointSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_connection_and_topic(
                    &mut self,
                    connection: Option<&str>,
                    topic: Option<&str>,
                ) -> &mut DssStreamingEndpointSettings {
                    self.set_connection_and_topic(connection, topic)
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
                ("DssProject", "list_streaming_endpoints") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_streaming_endpoints();
                        let __endpoint = requests::ProjectListStreamingEndpoints::ENDPOINT;
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
                ("DssProject", "create_streaming_endpoint") => {
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
                            .create_streaming_endpoint(
                                args.str("streaming_endpoint_name")?,
                                args.str("type")?,
                            );
                        let __endpoint = requests::ProjectCreateStreamingEndpoint::ENDPOINT;
                        if let Some(__v) = args.opt_json("params")? {
                            __r = __r.params(__v);
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
                ("DssProject", "create_kafka_streaming_endpoint") => {
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
                            .create_kafka_streaming_endpoint(
                                args.str("streaming_endpoint_name")?,
                            );
                        let __endpoint = requests::ProjectCreateKafkaStreamingEndpoint::ENDPOINT;
                        if let Some(__v) = args.opt_str("connection")? {
                            __r = __r.connection(__v);
                        }
                        if let Some(__v) = args.opt_str("topic")? {
                            __r = __r.topic(__v);
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
                ("DssProject", "create_httpsse_streaming_endpoint") => {
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
                            .create_httpsse_streaming_endpoint(
                                args.str("streaming_endpoint_name")?,
                            );
                        let __endpoint = requests::ProjectCreateHttpsseStreamingEndpoint::ENDPOINT;
                        if let Some(__v) = args.opt_str("url")? {
                            __r = __r.url(__v);
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
                ("DssProject", "create_managed_streaming_endpoint") => {
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
                            .create_managed_streaming_endpoint(
                                args.str("streaming_endpoint_name")?,
                            );
                        let __endpoint = requests::ProjectCreateManagedStreamingEndpoint::ENDPOINT;
                        if let Some(__v) = args.opt_str("streaming_endpoint_type")? {
                            __r = __r.streaming_endpoint_type(__v);
                        }
                        if let Some(__v) = args.opt_json("creation_settings")? {
                            __r = __r.creation_settings(__v);
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
                ("DssProject", "list_continuous_activities") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_continuous_activities();
                        let __endpoint = requests::ProjectListContinuousActivities::ENDPOINT;
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
                ("DssStreamingEndpoint", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_streaming_endpoint_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssStreamingEndpoint", ids)?;
                        let __owner = super::handles::DssStreamingEndpoint {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            streaming_endpoint_name: __id_streaming_endpoint_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::StreamingEndpointDelete::ENDPOINT;
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
                ("DssStreamingEndpoint", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_streaming_endpoint_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssStreamingEndpoint", ids)?;
                        let __owner = super::handles::DssStreamingEndpoint {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            streaming_endpoint_name: __id_streaming_endpoint_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::StreamingEndpointGetSettings::ENDPOINT;
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
                ("DssStreamingEndpoint", "get_schema") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_streaming_endpoint_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssStreamingEndpoint", ids)?;
                        let __owner = super::handles::DssStreamingEndpoint {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            streaming_endpoint_name: __id_streaming_endpoint_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_schema();
                        let __endpoint = requests::StreamingEndpointGetSchema::ENDPOINT;
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
                ("DssStreamingEndpoint", "set_schema") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_streaming_endpoint_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssStreamingEndpoint", ids)?;
                        let __owner = super::handles::DssStreamingEndpoint {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            streaming_endpoint_name: __id_streaming_endpoint_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_schema(args.json("schema")?);
                        let __endpoint = requests::StreamingEndpointSetSchema::ENDPOINT;
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
                ("DssStreamingEndpoint", "get_usages") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_streaming_endpoint_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssStreamingEndpoint", ids)?;
                        let __owner = super::handles::DssStreamingEndpoint {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            streaming_endpoint_name: __id_streaming_endpoint_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_usages();
                        let __endpoint = requests::StreamingEndpointGetUsages::ENDPOINT;
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
                ("DssStreamingEndpoint", "start_test_and_detect") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_streaming_endpoint_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssStreamingEndpoint", ids)?;
                        let __owner = super::handles::DssStreamingEndpoint {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            streaming_endpoint_name: __id_streaming_endpoint_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.start_test_and_detect(args.str("kind")?);
                        let __endpoint = requests::StreamingEndpointStartTestAndDetect::ENDPOINT;
                        if let Some(__v) = args.opt_bool("infer_storage_types")? {
                            __r = __r.infer_storage_types(__v);
                        }
                        if let Some(__v) = args.opt_int("limit")? {
                            __r = __r.limit(__v);
                        }
                        if let Some(__v) = args.opt_int("timeout_seconds")? {
                            __r = __r.timeout_seconds(__v);
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
                ("DssStreamingEndpointSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_streaming_endpoint_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssStreamingEndpointSettings", ids)?;
                        let __owner = super::handles::DssStreamingEndpointSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            streaming_endpoint_name: __id_streaming_endpoint_name,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::StreamingEndpointSettingsSave::ENDPOINT;
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
                ("DssContinuousActivity", "start") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_recipe_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssContinuousActivity", ids)?;
                        let __owner = super::handles::DssContinuousActivity {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            recipe_id: __id_recipe_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.start();
                        let __endpoint = requests::ContinuousActivityStart::ENDPOINT;
                        if let Some(__v) = args.opt_json("loop_params")? {
                            __r = __r.loop_params(__v);
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
                ("DssContinuousActivity", "stop") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_recipe_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssContinuousActivity", ids)?;
                        let __owner = super::handles::DssContinuousActivity {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            recipe_id: __id_recipe_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.stop();
                        let __endpoint = requests::ContinuousActivityStop::ENDPOINT;
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
                ("DssContinuousActivity", "get_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_recipe_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssContinuousActivity", ids)?;
                        let __owner = super::handles::DssContinuousActivity {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            recipe_id: __id_recipe_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_status();
                        let __endpoint = requests::ContinuousActivityGetStatus::ENDPOINT;
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
                "DssStreamingEndpointSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_streaming_endpoint_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssStreamingEndpoint", ids)?;
                        let __owner = super::handles::DssStreamingEndpoint {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            streaming_endpoint_name: __id_streaming_endpoint_name,
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
            let model: super::models::StreamingEndpointListItem = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"id\":\"plain\",\"type\":\"plain\",\"params\":{\"k\":\"plain\"},\"schema\":{\"k\":\"plain\"},\"tags\":[\"plain\"],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot build a sample `{}`: {e}", "StreamingEndpointListItem"
                    )
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "StreamingEndpointListItem"
            );
            checked += 1;
            let model: super::models::ContinuousActivitySummary = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"recipeId\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot build a sample `{}`: {e}", "ContinuousActivitySummary"
                    )
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ContinuousActivitySummary"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssStreamingEndpoint {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                streaming_endpoint_name: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssStreamingEndpoint"
            );
            checked += 1;
            let handle = super::handles::DssContinuousActivity {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                recipe_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssContinuousActivity"
            );
            checked += 1;
            let handle = super::handles::DssStreamingEndpointSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                streaming_endpoint_name: ::std::string::String::from("plain"),
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
                "DssStreamingEndpointSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
