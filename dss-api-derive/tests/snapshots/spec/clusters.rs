// The expansion of `clusters.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/clusters.dss`.
pub mod spec_clusters {
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
        ///A cluster, named by its id.
        #[derive(Clone)]
        pub struct DssCluster {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) cluster_id: String,
        }
        impl DssCluster {
            ///The `cluster_id` this handle points at.
            pub fn cluster_id(&self) -> &str {
                &self.cluster_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssCluster {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssCluster")
                    .field("cluster_id", &self.cluster_id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a cluster, as `get_settings` reads them (dataikuapi's
`DSSClusterSettings`): `permissions`, `usableByAll`, `owner`, `params`,
and what the cluster's plugin stored in `data`; changed, then sent back
whole by `save`.*/
        #[derive(Clone)]
        pub struct DssClusterSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) cluster_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssClusterSettings {
            ///The `cluster_id` this handle points at.
            pub fn cluster_id(&self) -> &str {
                &self.cluster_id
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
        impl ::core::fmt::Debug for DssClusterSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssClusterSettings")
                    .field("cluster_id", &self.cluster_id)
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
        ///A cluster as listed by `list_clusters`.
        #[derive(Clone, PartialEq)]
        pub struct ClusterSummary {
            ///The cluster's id.
            pub id: String,
            ///Display name.
            pub name: Option<String>,
            ///Cluster type (e.g. `manual`).
            pub r#type: Option<String>,
            ///`HADOOP` or `KUBERNETES`.
            pub architecture: Option<String>,
            ///Current state.
            pub state: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ClusterSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ClusterSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ClusterSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ClusterSummary, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_architecture: Option<String> = None;
                        let mut __m_state: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
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
                                "architecture" => {
                                    __m_architecture = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "architecture",
                                    )?;
                                }
                                "state" => {
                                    __m_state = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "state",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ClusterSummary {
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
                            architecture: __m_architecture,
                            state: __m_state,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ClusterSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
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
                    "architecture",
                    &self.architecture,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "state",
                    &self.state,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ClusterSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ClusterSummary")
                    .field("id", &self.id)
                    .field("name", &self.name)
                    .field("type", &self.r#type)
                    .field("architecture", &self.architecture)
                    .field("state", &self.state)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ClusterSummary {
            ///The [`DssCluster`](super::super::handles::DssCluster) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssCluster {
                {
                    let __f_cluster_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssCluster {
                        client: ::core::clone::Clone::clone(client),
                        cluster_id: __f_cluster_id,
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
        ///Request value of [`DssClient::list_clusters`](crate::rt::DssClient::list_clusters): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListClusters<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListClusters<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/clusters/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListClusters, super::endpoints::LIST_CLUSTERS, json(Vec < ClusterSummary >,
            "Sends the request (`GET /admin/clusters/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListClusters<'_> {}
        ///Request value of [`DssClient::create_cluster`](crate::rt::DssClient::create_cluster): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateCluster<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) cluster_name: String,
            pub(crate) cluster_type: String,
            pub(crate) params: ::serde_json::Value,
            pub(crate) cluster_architecture: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateCluster<'a> {
            /**Cluster type.

Default: `manual`. Sent as JSON member `type`.*/
            pub fn cluster_type(mut self, cluster_type: impl Into<String>) -> Self {
                self.cluster_type = cluster_type.into();
                self
            }
            /**Type-specific parameters.

Default: `{}`. Sent as JSON member `params`.*/
            pub fn params(mut self, params: impl Into<::serde_json::Value>) -> Self {
                self.params = params.into();
                self
            }
            /**`HADOOP` or `KUBERNETES`.

Default: `HADOOP`. Sent as JSON member `architecture`.*/
            pub fn cluster_architecture(
                mut self,
                cluster_architecture: impl Into<String>,
            ) -> Self {
                self.cluster_architecture = cluster_architecture.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    cluster_name,
                    cluster_type,
                    params,
                    cluster_architecture,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/clusters/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(cluster_name),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from(cluster_type),
                                );
                            __map
                                .insert(
                                    String::from("architecture"),
                                    ::serde_json::Value::from(cluster_architecture),
                                );
                            __map
                                .insert(
                                    String::from("params"),
                                    ::serde_json::Value::from(params),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/clusters/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssCluster, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        crate::rt::check_messages(&__answer, Self::ENDPOINT)?;
                        Ok({
                            let __f_cluster_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssCluster {
                                client: ::core::clone::Clone::clone(__client),
                                cluster_id: __f_cluster_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            CreateCluster, super::endpoints::CREATE_CLUSTER, send_as_checked
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateCluster<'_> {}
        ///Request value of [`DssCluster::get_settings`](super::super::handles::DssCluster::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ClusterGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCluster,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ClusterGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssCluster,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/clusters/");
                __call.segment("cluster_id", &__owner.cluster_id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /admin/clusters/{cluster_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssClusterSettings, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_cluster_id = ::core::clone::Clone::clone(
                                &__owner.cluster_id,
                            );
                            super::super::handles::DssClusterSettings {
                                client: ::core::clone::Clone::clone(__client),
                                cluster_id: __f_cluster_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ClusterGetSettings, super::endpoints::CLUSTER_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ClusterGetSettings<'_> {}
        ///Request value of [`DssCluster::get_definition`](super::super::handles::DssCluster::get_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ClusterGetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCluster,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ClusterGetDefinition<'a> {
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
                __call.lit("/admin/clusters/");
                __call.segment("cluster_id", &__owner.cluster_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ClusterGetDefinition, super::endpoints::CLUSTER_GET_DEFINITION, json(Value,
            "Sends the request (`GET /admin/clusters/{cluster_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ClusterGetDefinition<'_> {}
        ///Request value of [`DssCluster::set_definition`](super::super::handles::DssCluster::set_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ClusterSetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCluster,
            pub(crate) definition: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ClusterSetDefinition<'a> {
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
                __call.lit("/admin/clusters/");
                __call.segment("cluster_id", &__owner.cluster_id, false)?;
                __call.json(&::serde_json::Value::from(definition))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ClusterSetDefinition, super::endpoints::CLUSTER_SET_DEFINITION, json(Value,
            "Sends the request (`PUT /admin/clusters/{cluster_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ClusterSetDefinition<'_> {}
        ///Request value of [`DssCluster::delete`](super::super::handles::DssCluster::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ClusterDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCluster,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ClusterDelete<'a> {
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
                __call.lit("/admin/clusters/");
                __call.segment("cluster_id", &__owner.cluster_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ClusterDelete, super::endpoints::CLUSTER_DELETE,
            unit("Sends the request (`DELETE /admin/clusters/{cluster_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ClusterDelete<'_> {}
        ///Request value of [`DssCluster::get_status`](super::super::handles::DssCluster::get_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ClusterGetStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCluster,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ClusterGetStatus<'a> {
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
                __call.lit("/admin/clusters/");
                __call.segment("cluster_id", &__owner.cluster_id, false)?;
                __call.lit("/status");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ClusterGetStatus, super::endpoints::CLUSTER_GET_STATUS, json(Value,
            "Sends the request (`GET /admin/clusters/{cluster_id}/status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ClusterGetStatus<'_> {}
        ///Request value of [`DssCluster::start`](super::super::handles::DssCluster::start): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ClusterStart<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCluster,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ClusterStart<'a> {
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
                __call.lit("/admin/clusters/");
                __call.segment("cluster_id", &__owner.cluster_id, false)?;
                __call.lit("/actions/start");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/clusters/{cluster_id}/actions/start`) and returns the answer.
            pub fn send(self) -> Result<Value, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::check_messages(&__answer, Self::ENDPOINT)?;
                        crate::rt::decode_value::<Value>(__answer, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            ClusterStart, super::endpoints::CLUSTER_START, send_as_checked
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ClusterStart<'_> {}
        ///Request value of [`DssCluster::stop`](super::super::handles::DssCluster::stop): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ClusterStop<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCluster,
            pub(crate) terminate: bool,
            pub(crate) force_stop: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ClusterStop<'a> {
            /**Terminate the cluster rather than detach from it.

Default: `true`. Sent as query parameter `terminate`.*/
            pub fn terminate(mut self, terminate: bool) -> Self {
                self.terminate = terminate;
                self
            }
            /**Stop even if the cluster is in use.

Default: `false`. Sent as query parameter `forceStop`.*/
            pub fn force_stop(mut self, force_stop: bool) -> Self {
                self.force_stop = force_stop;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, terminate, force_stop, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/clusters/");
                __call.segment("cluster_id", &__owner.cluster_id, false)?;
                __call.lit("/actions/stop");
                __call.query("terminate", &terminate);
                __call.query("forceStop", &force_stop);
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/clusters/{cluster_id}/actions/stop`) and returns the answer.
            pub fn send(self) -> Result<Value, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::check_messages(&__answer, Self::ENDPOINT)?;
                        crate::rt::decode_value::<Value>(__answer, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            ClusterStop, super::endpoints::CLUSTER_STOP, send_as_checked
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ClusterStop<'_> {}
        ///Request value of [`DssClusterSettings::save`](super::super::handles::DssClusterSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ClusterSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssClusterSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ClusterSettingsSave<'a> {
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
                __call.lit("/admin/clusters/");
                __call.segment("cluster_id", &__owner.cluster_id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ClusterSettingsSave, super::endpoints::CLUSTER_SETTINGS_SAVE, json(Value,
            "Sends the request (`PUT /admin/clusters/{cluster_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ClusterSettingsSave<'_> {}
        crate::rt::request_list!(
            ListClusters, CreateCluster, ClusterGetSettings, ClusterGetDefinition,
            ClusterSetDefinition, ClusterDelete, ClusterGetStatus, ClusterStart,
            ClusterStop, ClusterSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_clusters`.
        pub static LIST_CLUSTERS: Endpoint = Endpoint::new(
            "DssClient",
            "list_clusters",
            crate::rt::Server::DSS,
            "Lists the clusters (id, name, type, state).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/clusters/",
                    &[],
                    "ListClusters",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < ClusterSummary >"),
            [false, true, false],
        );
        ///`DssClient::get_cluster`.
        pub static GET_CLUSTER: Endpoint = Endpoint::new(
            "DssClient",
            "get_cluster",
            crate::rt::Server::DSS,
            "A handle on one cluster.",
            &[
                Arg::new(
                    "cluster_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssCluster"),
            [false, true, false],
        );
        ///`DssClient::create_cluster`.
        pub static CREATE_CLUSTER: Endpoint = Endpoint::new(
            "DssClient",
            "create_cluster",
            crate::rt::Server::DSS,
            "Creates a cluster and returns a handle on it (with the id the server gives it).",
            &[
                Arg::new(
                    "cluster_name",
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
                    "cluster_type",
                    "str",
                    Presence::Default("manual"),
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
                Arg::new(
                    "cluster_architecture",
                    "str",
                    Presence::Default("HADOOP"),
                    Place::Member {
                        path: "architecture",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/clusters/",
                    &[],
                    "CreateCluster",
                    [false, false, false, true, false],
                ),
            ),
            ResultKind::Handle("DssCluster"),
            [false, true, false],
        );
        ///`DssCluster::get_settings`.
        pub static CLUSTER_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssCluster",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the cluster's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/clusters/{cluster_id}",
                    &[],
                    "ClusterGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssClusterSettings"),
            [false, true, false],
        );
        ///`DssCluster::get_definition`.
        pub static CLUSTER_GET_DEFINITION: Endpoint = Endpoint::new(
            "DssCluster",
            "get_definition",
            crate::rt::Server::DSS,
            "Reads the cluster's definition: the same request and answer as `get_settings` (dataikuapi keeps it as a deprecated name).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/clusters/{cluster_id}",
                    &[],
                    "ClusterGetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCluster::set_definition`.
        pub static CLUSTER_SET_DEFINITION: Endpoint = Endpoint::new(
            "DssCluster",
            "set_definition",
            crate::rt::Server::DSS,
            "Saves the cluster's definition, as read by `get_definition` and changed; returns the definition as saved.",
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
                    "/admin/clusters/{cluster_id}",
                    &[],
                    "ClusterSetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCluster::delete`.
        pub static CLUSTER_DELETE: Endpoint = Endpoint::new(
            "DssCluster",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the cluster.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/admin/clusters/{cluster_id}",
                    &[],
                    "ClusterDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssCluster::get_status`.
        pub static CLUSTER_GET_STATUS: Endpoint = Endpoint::new(
            "DssCluster",
            "get_status",
            crate::rt::Server::DSS,
            "Reads the cluster's status.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/clusters/{cluster_id}/status",
                    &[],
                    "ClusterGetStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCluster::start`.
        pub static CLUSTER_START: Endpoint = Endpoint::new(
            "DssCluster",
            "start",
            crate::rt::Server::DSS,
            "Starts (or attaches) the cluster.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/clusters/{cluster_id}/actions/start",
                    &[],
                    "ClusterStart",
                    [false, false, false, true, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCluster::stop`.
        pub static CLUSTER_STOP: Endpoint = Endpoint::new(
            "DssCluster",
            "stop",
            crate::rt::Server::DSS,
            "Stops (or detaches) the cluster.",
            &[
                Arg::new(
                    "terminate",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("terminate"),
                    false,
                ),
                Arg::new(
                    "force_stop",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("forceStop"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/clusters/{cluster_id}/actions/stop",
                    &[],
                    "ClusterStop",
                    [false, false, false, true, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClusterSettings::save`.
        pub static CLUSTER_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssClusterSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed; returns the settings as DSS saved them.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/admin/clusters/{cluster_id}",
                    &[],
                    "ClusterSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClusterSettings::get_plugin_data`.
        pub static CLUSTER_SETTINGS_GET_PLUGIN_DATA: Endpoint = Endpoint::new(
            "DssClusterSettings",
            "get_plugin_data",
            crate::rt::Server::DSS,
            "What the plugin that made the cluster stored in it when starting it (none for a cluster no plugin made); best left as it is.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssClusterSettings::get_raw`.
        pub static CLUSTER_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssClusterSettings",
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
        &endpoints::LIST_CLUSTERS,
        &endpoints::GET_CLUSTER,
        &endpoints::CREATE_CLUSTER,
        &endpoints::CLUSTER_GET_SETTINGS,
        &endpoints::CLUSTER_GET_DEFINITION,
        &endpoints::CLUSTER_SET_DEFINITION,
        &endpoints::CLUSTER_DELETE,
        &endpoints::CLUSTER_GET_STATUS,
        &endpoints::CLUSTER_START,
        &endpoints::CLUSTER_STOP,
        &endpoints::CLUSTER_SETTINGS_SAVE,
        &endpoints::CLUSTER_SETTINGS_GET_PLUGIN_DATA,
        &endpoints::CLUSTER_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssCluster",
                doc: "A cluster, named by its id.",
                fields: &[
                    HandleField {
                        name: "cluster_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssClusterSettings",
                doc: "The settings of a cluster, as `get_settings` reads them (dataikuapi's `DSSClusterSettings`): `permissions`, `usableByAll`, `owner`, `params`, and what the cluster's plugin stored in `data`; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "cluster_id",
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
                name: "ClusterSummary",
                doc: "A cluster as listed by `list_clusters`.",
                members: &[
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
                        name: "architecture",
                        wire: "architecture",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "state",
                        wire: "state",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssCluster"),
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Lists the clusters (id, name, type, state).

`GET /admin/clusters/`

Returns a [`ListClusters`](requests::ListClusters) request; nothing is sent until `.send()`.*/
        pub fn list_clusters(&self) -> requests::ListClusters<'_> {
            requests::ListClusters {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one cluster.

Builds a handle; sends no request.*/
        pub fn get_cluster(
            &self,
            cluster_id: impl Into<String>,
        ) -> super::handles::DssCluster {
            let cluster_id = cluster_id.into();
            {
                let __f_cluster_id = cluster_id;
                super::handles::DssCluster {
                    client: ::core::clone::Clone::clone(self),
                    cluster_id: __f_cluster_id,
                }
            }
        }
        /**Creates a cluster and returns a handle on it (with the id the server
gives it). A failure DSS reports in its answer is an error.

`POST /admin/clusters/`

Never retried: sending it twice could do the work twice.

Arguments:
- `cluster_name`: Name of the new cluster. Sent as JSON member `name`.

Optional arguments, set by name on the returned request:
- `cluster_type`: Default: `manual`. Sent as JSON member `type`.
- `params`: Default: `{}`. Sent as JSON member `params`.
- `cluster_architecture`: Default: `HADOOP`. Sent as JSON member `architecture`.

Returns a [`CreateCluster`](requests::CreateCluster) request; nothing is sent until `.send()`.*/
        pub fn create_cluster(
            &self,
            cluster_name: impl Into<String>,
        ) -> requests::CreateCluster<'_> {
            requests::CreateCluster {
                __owner: self,
                cluster_name: cluster_name.into(),
                cluster_type: String::from("manual"),
                params: ::serde_json::Value::Object(::serde_json::Map::new()),
                cluster_architecture: String::from("HADOOP"),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssCluster {
        /**Reads the cluster's settings, to change and `save`.

`GET /admin/clusters/{cluster_id}`

Returns a [`ClusterGetSettings`](requests::ClusterGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::ClusterGetSettings<'_> {
            requests::ClusterGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the cluster's definition: the same request and answer as
`get_settings` (dataikuapi keeps it as a deprecated name).

`GET /admin/clusters/{cluster_id}`

Returns a [`ClusterGetDefinition`](requests::ClusterGetDefinition) request; nothing is sent until `.send()`.*/
        pub fn get_definition(&self) -> requests::ClusterGetDefinition<'_> {
            requests::ClusterGetDefinition {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the cluster's definition, as read by `get_definition` and
changed; returns the definition as saved. The same request as
`DssClusterSettings::save` (deprecated in dataikuapi).

`PUT /admin/clusters/{cluster_id}`

Arguments:
- `definition`: Sent as the JSON body.

Returns a [`ClusterSetDefinition`](requests::ClusterSetDefinition) request; nothing is sent until `.send()`.*/
        pub fn set_definition(
            &self,
            definition: impl Into<::serde_json::Value>,
        ) -> requests::ClusterSetDefinition<'_> {
            requests::ClusterSetDefinition {
                __owner: self,
                definition: definition.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the cluster.

`DELETE /admin/clusters/{cluster_id}`

Returns a [`ClusterDelete`](requests::ClusterDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::ClusterDelete<'_> {
            requests::ClusterDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the cluster's status.

`GET /admin/clusters/{cluster_id}/status`

Returns a [`ClusterGetStatus`](requests::ClusterGetStatus) request; nothing is sent until `.send()`.*/
        pub fn get_status(&self) -> requests::ClusterGetStatus<'_> {
            requests::ClusterGetStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts (or attaches) the cluster.

`POST /admin/clusters/{cluster_id}/actions/start`

Never retried: sending it twice could do the work twice.

Returns a [`ClusterStart`](requests::ClusterStart) request; nothing is sent until `.send()`.*/
        pub fn start(&self) -> requests::ClusterStart<'_> {
            requests::ClusterStart {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Stops (or detaches) the cluster.

`POST /admin/clusters/{cluster_id}/actions/stop`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `terminate`: Default: `true`. Sent as query parameter `terminate`.
- `force_stop`: Default: `false`. Sent as query parameter `forceStop`.

Returns a [`ClusterStop`](requests::ClusterStop) request; nothing is sent until `.send()`.*/
        pub fn stop(&self) -> requests::ClusterStop<'_> {
            requests::ClusterStop {
                __owner: self,
                terminate: true,
                force_stop: false,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssClusterSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed; returns the settings as DSS saved them.

`PUT /admin/clusters/{cluster_id}`

Returns a [`ClusterSettingsSave`](requests::ClusterSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::ClusterSettingsSave<'_> {
            requests::ClusterSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**What the plugin that made the cluster stored in it when starting it
(none for a cluster no plugin made); best left as it is.

Reads the document this value holds; sends no request.*/
        pub fn get_plugin_data(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("data")
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
                ("DssClient", "list_clusters") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_clusters();
                        let __endpoint = requests::ListClusters::ENDPOINT;
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
                ("DssClient", "create_cluster") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.create_cluster(args.str("cluster_name")?);
                        let __endpoint = requests::CreateCluster::ENDPOINT;
                        if let Some(__v) = args.opt_str("cluster_type")? {
                            __r = __r.cluster_type(__v);
                        }
                        if let Some(__v) = args.opt_json("params")? {
                            __r = __r.params(__v);
                        }
                        if let Some(__v) = args.opt_str("cluster_architecture")? {
                            __r = __r.cluster_architecture(__v);
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
                ("DssCluster", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_cluster_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCluster", ids)?;
                        let __owner = super::handles::DssCluster {
                            client: ::core::clone::Clone::clone(client),
                            cluster_id: __id_cluster_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::ClusterGetSettings::ENDPOINT;
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
                ("DssCluster", "get_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_cluster_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCluster", ids)?;
                        let __owner = super::handles::DssCluster {
                            client: ::core::clone::Clone::clone(client),
                            cluster_id: __id_cluster_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_definition();
                        let __endpoint = requests::ClusterGetDefinition::ENDPOINT;
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
                ("DssCluster", "set_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_cluster_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCluster", ids)?;
                        let __owner = super::handles::DssCluster {
                            client: ::core::clone::Clone::clone(client),
                            cluster_id: __id_cluster_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_definition(args.json("definition")?);
                        let __endpoint = requests::ClusterSetDefinition::ENDPOINT;
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
                ("DssCluster", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_cluster_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCluster", ids)?;
                        let __owner = super::handles::DssCluster {
                            client: ::core::clone::Clone::clone(client),
                            cluster_id: __id_cluster_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::ClusterDelete::ENDPOINT;
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
                ("DssCluster", "get_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_cluster_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCluster", ids)?;
                        let __owner = super::handles::DssCluster {
                            client: ::core::clone::Clone::clone(client),
                            cluster_id: __id_cluster_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_status();
                        let __endpoint = requests::ClusterGetStatus::ENDPOINT;
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
                ("DssCluster", "start") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_cluster_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCluster", ids)?;
                        let __owner = super::handles::DssCluster {
                            client: ::core::clone::Clone::clone(client),
                            cluster_id: __id_cluster_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.start();
                        let __endpoint = requests::ClusterStart::ENDPOINT;
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
                ("DssCluster", "stop") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_cluster_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCluster", ids)?;
                        let __owner = super::handles::DssCluster {
                            client: ::core::clone::Clone::clone(client),
                            cluster_id: __id_cluster_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.stop();
                        let __endpoint = requests::ClusterStop::ENDPOINT;
                        if let Some(__v) = args.opt_bool("terminate")? {
                            __r = __r.terminate(__v);
                        }
                        if let Some(__v) = args.opt_bool("force_stop")? {
                            __r = __r.force_stop(__v);
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
                ("DssClusterSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_cluster_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssClusterSettings", ids)?;
                        let __owner = super::handles::DssClusterSettings {
                            client: ::core::clone::Clone::clone(client),
                            cluster_id: __id_cluster_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::ClusterSettingsSave::ENDPOINT;
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
                "DssClusterSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_cluster_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCluster", ids)?;
                        let __owner = super::handles::DssCluster {
                            client: ::core::clone::Clone::clone(client),
                            cluster_id: __id_cluster_id,
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
            let model: super::models::ClusterSummary = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"name\":\"plain\",\"type\":\"plain\",\"architecture\":\"plain\",\"state\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ClusterSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ClusterSummary"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssCluster {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                cluster_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssCluster"
            );
            checked += 1;
            let handle = super::handles::DssClusterSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                cluster_id: ::std::string::String::from("plain"),
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
                "DssClusterSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
