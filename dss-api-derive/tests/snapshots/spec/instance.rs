// The expansion of `instance.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/instance.dss`.
pub mod spec_instance {
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
        /**The general settings of the DSS instance, as `get_general_settings`
reads them (dataikuapi's `DSSGeneralSettings`): security, impersonation,
container execution, ...; changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssGeneralSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) document: crate::rt::Document,
        }
        impl DssGeneralSettings {
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
        impl ::core::fmt::Debug for DssGeneralSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssGeneralSettings")
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
        ///What `get_instance_info` says about the DSS node.
        #[derive(Clone, PartialEq)]
        pub struct InstanceInfo {
            ///The node's id.
            pub node_id: Option<String>,
            ///The node's display name.
            pub node_name: Option<String>,
            ///`DESIGN`, `AUTOMATION`, `DEPLOYER`, `GOVERN`, ...
            pub node_type: Option<String>,
            ///The DSS version.
            pub dss_version: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for InstanceInfo {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = InstanceInfo;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `InstanceInfo` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<InstanceInfo, __A::Error> {
                        let mut __m_node_id: Option<String> = None;
                        let mut __m_node_name: Option<String> = None;
                        let mut __m_node_type: Option<String> = None;
                        let mut __m_dss_version: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "nodeId" => {
                                    __m_node_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "nodeId",
                                    )?;
                                }
                                "nodeName" => {
                                    __m_node_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "nodeName",
                                    )?;
                                }
                                "nodeType" => {
                                    __m_node_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "nodeType",
                                    )?;
                                }
                                "dssVersion" => {
                                    __m_dss_version = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "dssVersion",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(InstanceInfo {
                            node_id: __m_node_id,
                            node_name: __m_node_name,
                            node_type: __m_node_type,
                            dss_version: __m_dss_version,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for InstanceInfo {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "nodeId",
                    &self.node_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "nodeName",
                    &self.node_name,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "nodeType",
                    &self.node_type,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "dssVersion",
                    &self.dss_version,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for InstanceInfo {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("InstanceInfo")
                    .field("node_id", &self.node_id)
                    .field("node_name", &self.node_name)
                    .field("node_type", &self.node_type)
                    .field("dss_version", &self.dss_version)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl InstanceInfo {}
        ///Instance-wide counts from `get_global_usage_summary`.
        #[derive(Clone, PartialEq)]
        pub struct UsageSummary {
            ///Number of projects.
            pub projects: Option<i64>,
            ///Dataset counts (`all` and by type).
            pub datasets: Option<Value>,
            ///Recipe counts (`all` and by type).
            pub recipes: Option<Value>,
            ///Notebook counts.
            pub notebooks: Option<Value>,
            ///Per-project details, when asked for.
            pub projects_usages: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for UsageSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = UsageSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `UsageSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<UsageSummary, __A::Error> {
                        let mut __m_projects: Option<i64> = None;
                        let mut __m_datasets: Option<Value> = None;
                        let mut __m_recipes: Option<Value> = None;
                        let mut __m_notebooks: Option<Value> = None;
                        let mut __m_projects_usages: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "projects" => {
                                    __m_projects = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "projects",
                                    )?;
                                }
                                "datasets" => {
                                    __m_datasets = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "datasets",
                                    )?;
                                }
                                "recipes" => {
                                    __m_recipes = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "recipes",
                                    )?;
                                }
                                "notebooks" => {
                                    __m_notebooks = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "notebooks",
                                    )?;
                                }
                                "projectsUsages" => {
                                    __m_projects_usages = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "projectsUsages",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(UsageSummary {
                            projects: __m_projects,
                            datasets: __m_datasets,
                            recipes: __m_recipes,
                            notebooks: __m_notebooks,
                            projects_usages: __m_projects_usages,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for UsageSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "projects",
                    &self.projects,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "datasets",
                    &self.datasets,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "recipes",
                    &self.recipes,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "notebooks",
                    &self.notebooks,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "projectsUsages",
                    &self.projects_usages,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for UsageSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("UsageSummary")
                    .field("projects", &self.projects)
                    .field("datasets", &self.datasets)
                    .field("recipes", &self.recipes)
                    .field("notebooks", &self.notebooks)
                    .field("projects_usages", &self.projects_usages)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl UsageSummary {}
        ///Who the client is authenticated as (`get_auth_info`).
        #[derive(Clone, PartialEq)]
        pub struct AuthInfo {
            ///A user's login, or an API key's id.
            pub auth_identifier: Option<String>,
            ///Groups (when authenticated as a user).
            pub groups: Option<Vec<String>>,
            ///The user's secrets, when asked for with `with_secrets`.
            pub secrets: Option<Vec<Value>>,
            ///The user's profile.
            pub user_profile: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for AuthInfo {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = AuthInfo;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `AuthInfo` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<AuthInfo, __A::Error> {
                        let mut __m_auth_identifier: Option<String> = None;
                        let mut __m_groups: Option<Vec<String>> = None;
                        let mut __m_secrets: Option<Vec<Value>> = None;
                        let mut __m_user_profile: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "authIdentifier" => {
                                    __m_auth_identifier = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "authIdentifier",
                                    )?;
                                }
                                "groups" => {
                                    __m_groups = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "groups",
                                    )?;
                                }
                                "secrets" => {
                                    __m_secrets = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "secrets",
                                    )?;
                                }
                                "userProfile" => {
                                    __m_user_profile = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "userProfile",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(AuthInfo {
                            auth_identifier: __m_auth_identifier,
                            groups: __m_groups,
                            secrets: __m_secrets,
                            user_profile: __m_user_profile,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for AuthInfo {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "authIdentifier",
                    &self.auth_identifier,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "groups",
                    &self.groups,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "secrets",
                    &self.secrets,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "userProfile",
                    &self.user_profile,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for AuthInfo {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("AuthInfo")
                    .field("auth_identifier", &self.auth_identifier)
                    .field("groups", &self.groups)
                    .field("secrets", &crate::rt::Redacted)
                    .field("user_profile", &self.user_profile)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl AuthInfo {}
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
        ///Request value of [`DssClient::list_logs`](crate::rt::DssClient::list_logs): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListLogs<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListLogs<'a> {
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
                __call.lit("/admin/logs/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListLogs, super::endpoints::LIST_LOGS, json(Value,
            "Sends the request (`GET /admin/logs/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListLogs<'_> {}
        ///Request value of [`DssClient::get_log`](crate::rt::DssClient::get_log): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetLog<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetLog<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/logs/");
                __call.segment("name", &name, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GetLog, super::endpoints::GET_LOG, json(Value,
            "Sends the request (`GET /admin/logs/{name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetLog<'_> {}
        ///Request value of [`DssClient::log_custom_audit`](crate::rt::DssClient::log_custom_audit): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LogCustomAudit<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) custom_type: String,
            pub(crate) custom_params: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LogCustomAudit<'a> {
            /**Sent as the entry's `customMsgParams`.

Default: `{}`. Sent as the JSON body.*/
            pub fn custom_params(
                mut self,
                custom_params: impl Into<::serde_json::Value>,
            ) -> Self {
                self.custom_params = custom_params.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, custom_type, custom_params, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/audit/custom/");
                __call.segment("custom_type", &custom_type, false)?;
                __call.json(&::serde_json::Value::from(custom_params))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LogCustomAudit, super::endpoints::LOG_CUSTOM_AUDIT,
            unit("Sends the request (`POST /admin/audit/custom/{custom_type}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LogCustomAudit<'_> {}
        ///Request value of [`DssClient::get_global_usage_summary`](crate::rt::DssClient::get_global_usage_summary): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetGlobalUsageSummary<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) with_per_project: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetGlobalUsageSummary<'a> {
            /**Also give the counts per project.

Default: `false`. Sent as query parameter `withPerProject`.*/
            pub fn with_per_project(mut self, with_per_project: bool) -> Self {
                self.with_per_project = with_per_project;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, with_per_project, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/monitoring/global-usage-summary");
                __call.query("withPerProject", &with_per_project);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GetGlobalUsageSummary, super::endpoints::GET_GLOBAL_USAGE_SUMMARY,
            json(UsageSummary,
            "Sends the request (`GET /admin/monitoring/global-usage-summary`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetGlobalUsageSummary<'_> {}
        ///Request value of [`DssClient::get_variables`](crate::rt::DssClient::get_variables): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetVariables<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetVariables<'a> {
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
                __call.lit("/admin/variables/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GetVariables, super::endpoints::GET_VARIABLES, json(Value,
            "Sends the request (`GET /admin/variables/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetVariables<'_> {}
        ///Request value of [`DssClient::get_global_variables`](crate::rt::DssClient::get_global_variables): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetGlobalVariables<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetGlobalVariables<'a> {
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
                __call.lit("/admin/variables/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GetGlobalVariables, super::endpoints::GET_GLOBAL_VARIABLES, json(Value,
            "Sends the request (`GET /admin/variables/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetGlobalVariables<'_> {}
        ///Request value of [`DssClient::set_variables`](crate::rt::DssClient::set_variables): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SetVariables<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) variables: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SetVariables<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, variables, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/variables/");
                __call.json(&::serde_json::Value::from(variables))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SetVariables, super::endpoints::SET_VARIABLES,
            unit("Sends the request (`PUT /admin/variables/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SetVariables<'_> {}
        ///Request value of [`DssClient::get_resolved_variables`](crate::rt::DssClient::get_resolved_variables): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetResolvedVariables<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) project_key: Option<String>,
            pub(crate) typed: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetResolvedVariables<'a> {
            /**The project (default: `DKU_CURRENT_PROJECT_KEY`, as inside DSS).

Default: the `DKU_CURRENT_PROJECT_KEY` environment variable (an error if it is unset too). Sent as a path segment.*/
            pub fn project_key(mut self, project_key: impl Into<String>) -> Self {
                self.project_key = Some(project_key.into());
                self
            }
            /**Keep the values' JSON types instead of strings.

Default: `false`. Sent as query parameter `typed`.*/
            pub fn typed(mut self, typed: bool) -> Self {
                self.typed = typed;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, project_key, typed, __opts } = self;
                let project_key = match project_key {
                    Some(v) => v,
                    None => {
                        crate::rt::env_value("DKU_CURRENT_PROJECT_KEY", "project_key")?
                    }
                };
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &project_key, false)?;
                __call.lit("/variables-resolved");
                __call.query("typed", &typed);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GetResolvedVariables, super::endpoints::GET_RESOLVED_VARIABLES, json(Value,
            "Sends the request (`GET /projects/{project_key}/variables-resolved`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetResolvedVariables<'_> {}
        ///Request value of [`DssClient::get_general_settings`](crate::rt::DssClient::get_general_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetGeneralSettings<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetGeneralSettings<'a> {
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
                __call.lit("/admin/general-settings");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /admin/general-settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssGeneralSettings, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            super::super::handles::DssGeneralSettings {
                                client: ::core::clone::Clone::clone(__client),
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            GetGeneralSettings, super::endpoints::GET_GENERAL_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetGeneralSettings<'_> {}
        ///Request value of [`DssClient::catalog_index_connections`](crate::rt::DssClient::catalog_index_connections): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CatalogIndexConnections<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) connection_names: Vec<String>,
            pub(crate) all_connections: bool,
            pub(crate) indexing_mode: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CatalogIndexConnections<'a> {
            /**Connections to index (ignored with `all_connections`).

Default: `[]`. Sent as JSON member `connectionNames`.*/
            pub fn connection_names(
                mut self,
                connection_names: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.connection_names = connection_names
                    .into_iter()
                    .map(Into::into)
                    .collect();
                self
            }
            /**Index every connection.

Default: `false`. Sent as JSON member `indexAllConnections`.*/
            pub fn all_connections(mut self, all_connections: bool) -> Self {
                self.all_connections = all_connections;
                self
            }
            /**`FULL`, `SCAN`, ...

Default: `FULL`. Sent as JSON member `indexingMode`.*/
            pub fn indexing_mode(mut self, indexing_mode: impl Into<String>) -> Self {
                self.indexing_mode = indexing_mode.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    connection_names,
                    all_connections,
                    indexing_mode,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/catalog/index");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("connectionNames"),
                                    ::serde_json::Value::from(connection_names),
                                );
                            __map
                                .insert(
                                    String::from("indexAllConnections"),
                                    ::serde_json::Value::from(all_connections),
                                );
                            __map
                                .insert(
                                    String::from("indexingMode"),
                                    ::serde_json::Value::from(indexing_mode),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CatalogIndexConnections, super::endpoints::CATALOG_INDEX_CONNECTIONS,
            json(Value,
            "Sends the request (`POST /catalog/index`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CatalogIndexConnections<'_> {}
        ///Request value of [`DssClient::get_scoring_libs_stream`](crate::rt::DssClient::get_scoring_libs_stream): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetScoringLibsStream<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetScoringLibsStream<'a> {
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
                __call.lit("/resources/scoring-lib-jar");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GetScoringLibsStream, super::endpoints::GET_SCORING_LIBS_STREAM,
            stream("Sends the request (`GET /resources/scoring-lib-jar`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetScoringLibsStream<'_> {}
        ///Request value of [`DssClient::get_auth_info`](crate::rt::DssClient::get_auth_info): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetAuthInfo<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) with_secrets: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetAuthInfo<'a> {
            /**Also return the user's secrets.

Default: `false`. Sent as query parameter `withSecrets`.*/
            pub fn with_secrets(mut self, with_secrets: bool) -> Self {
                self.with_secrets = with_secrets;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, with_secrets, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/auth/info");
                __call.query("withSecrets", &with_secrets);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GetAuthInfo, super::endpoints::GET_AUTH_INFO, json(AuthInfo,
            "Sends the request (`GET /auth/info`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetAuthInfo<'_> {}
        ///Request value of [`DssClient::get_auth_info_from_browser_headers`](crate::rt::DssClient::get_auth_info_from_browser_headers): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetAuthInfoFromBrowserHeaders<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) headers_dict: ::serde_json::Value,
            pub(crate) with_secrets: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetAuthInfoFromBrowserHeaders<'a> {
            /**Also return the user's secrets.

Default: `false`. Sent as query parameter `withSecrets`.*/
            pub fn with_secrets(mut self, with_secrets: bool) -> Self {
                self.with_secrets = with_secrets;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, headers_dict, with_secrets, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/auth/info-from-browser-headers");
                __call.query("withSecrets", &with_secrets);
                __call.json(&::serde_json::Value::from(headers_dict))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GetAuthInfoFromBrowserHeaders,
            super::endpoints::GET_AUTH_INFO_FROM_BROWSER_HEADERS, json(AuthInfo,
            "Sends the request (`POST /auth/info-from-browser-headers`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetAuthInfoFromBrowserHeaders<'_> {}
        ///Request value of [`DssClient::get_ticket_from_browser_headers`](crate::rt::DssClient::get_ticket_from_browser_headers): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetTicketFromBrowserHeaders<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) headers_dict: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetTicketFromBrowserHeaders<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, headers_dict, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/auth/ticket-from-browser-headers");
                __call.json(&::serde_json::Value::from(headers_dict))?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /auth/ticket-from-browser-headers`) and returns the answer.
            pub fn send(self) -> Result<String, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<String>(__answer, "msg", false, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            GetTicketFromBrowserHeaders,
            super::endpoints::GET_TICKET_FROM_BROWSER_HEADERS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetTicketFromBrowserHeaders<'_> {}
        ///Request value of [`DssClient::get_ticket`](crate::rt::DssClient::get_ticket): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetTicket<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetTicket<'a> {
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
                __call.lit("/auth/ticket");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /auth/ticket`) and returns the answer.
            pub fn send(self) -> Result<String, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<
                            String,
                        >(__answer, "ticket", false, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(GetTicket, super::endpoints::GET_TICKET, send_as);
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetTicket<'_> {}
        ///Request value of [`DssClient::push_base_images`](crate::rt::DssClient::push_base_images): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PushBaseImages<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PushBaseImages<'a> {
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
                __call.lit("/admin/container-exec/actions/push-base-images");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/container-exec/actions/push-base-images`) and returns the answer.
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
            PushBaseImages, super::endpoints::PUSH_BASE_IMAGES, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PushBaseImages<'_> {}
        ///Request value of [`DssClient::apply_kubernetes_namespaces_policies`](crate::rt::DssClient::apply_kubernetes_namespaces_policies): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApplyKubernetesNamespacesPolicies<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApplyKubernetesNamespacesPolicies<'a> {
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
                __call.lit("/admin/container-exec/actions/apply-kubernetes-policies");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/container-exec/actions/apply-kubernetes-policies`) and returns the answer.
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
            ApplyKubernetesNamespacesPolicies,
            super::endpoints::APPLY_KUBERNETES_NAMESPACES_POLICIES, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApplyKubernetesNamespacesPolicies<'_> {}
        ///Request value of [`DssClient::get_instance_info`](crate::rt::DssClient::get_instance_info): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetInstanceInfo<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetInstanceInfo<'a> {
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
                __call.lit("/instance-info");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GetInstanceInfo, super::endpoints::GET_INSTANCE_INFO, json(InstanceInfo,
            "Sends the request (`GET /instance-info`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetInstanceInfo<'_> {}
        ///Request value of [`DssClient::perform_instance_sanity_check`](crate::rt::DssClient::perform_instance_sanity_check): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PerformInstanceSanityCheck<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) exclusion_list: Vec<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PerformInstanceSanityCheck<'a> {
            /**Codes to leave out (see `get_sanity_check_codes`).

Default: `[]`. Sent as the JSON body.*/
            pub fn exclusion_list(
                mut self,
                exclusion_list: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.exclusion_list = exclusion_list
                    .into_iter()
                    .map(Into::into)
                    .collect();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, exclusion_list, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/sanity-check/run");
                __call.json(&::serde_json::Value::from(exclusion_list))?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/sanity-check/run`) and returns the answer.
            pub fn send(self) -> Result<Value, crate::rt::Error> {
                crate::rt::wait_task::<_, Value>(self.start()?)
            }
            ///Starts the task, waits for it with the default wait options, and decodes its result into the caller's own type (any `DeserializeOwned` type).
            pub fn send_as<__T: ::serde::de::DeserializeOwned>(
                self,
            ) -> Result<__T, crate::rt::Error> {
                crate::rt::wait_task::<_, __T>(self.start()?)
            }
            ///Starts the task and returns its handle without waiting (dataikuapi's `wait=False`).
            pub fn start(
                self,
            ) -> Result<super::super::handles::DssFuture, crate::rt::Error> {
                let (__call, _) = self.__prepare(true)?;
                crate::rt::finish(
                    __call,
                    |__call| {
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
            PerformInstanceSanityCheck, super::endpoints::PERFORM_INSTANCE_SANITY_CHECK,
            plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PerformInstanceSanityCheck<'_> {}
        ///Request value of [`DssClient::get_sanity_check_codes`](crate::rt::DssClient::get_sanity_check_codes): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetSanityCheckCodes<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetSanityCheckCodes<'a> {
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
                __call.lit("/admin/sanity-check/codes");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GetSanityCheckCodes, super::endpoints::GET_SANITY_CHECK_CODES, json(Vec <
            String >,
            "Sends the request (`GET /admin/sanity-check/codes`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetSanityCheckCodes<'_> {}
        ///Request value of [`DssClient::get_licensing_status`](crate::rt::DssClient::get_licensing_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetLicensingStatus<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetLicensingStatus<'a> {
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
                __call.lit("/admin/licensing/status");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GetLicensingStatus, super::endpoints::GET_LICENSING_STATUS, json(Value,
            "Sends the request (`GET /admin/licensing/status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetLicensingStatus<'_> {}
        ///Request value of [`DssClient::set_license`](crate::rt::DssClient::set_license): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SetLicense<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) license: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SetLicense<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, license, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/licensing/license");
                let __body = crate::rt::convert::parse_json(
                    ::serde_json::Value::from(license),
                    "license",
                )?;
                if !__body.is_null() {
                    __call.json(&__body)?;
                }
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SetLicense, super::endpoints::SET_LICENSE,
            unit("Sends the request (`POST /admin/licensing/license`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SetLicense<'_> {}
        ///Request value of [`DssGeneralSettings::save`](super::super::handles::DssGeneralSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GeneralSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssGeneralSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GeneralSettingsSave<'a> {
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
                __call.lit("/admin/general-settings");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GeneralSettingsSave, super::endpoints::GENERAL_SETTINGS_SAVE,
            unit("Sends the request (`PUT /admin/general-settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GeneralSettingsSave<'_> {}
        ///Request value of [`DssGeneralSettings::push_container_exec_base_images`](super::super::handles::DssGeneralSettings::push_container_exec_base_images): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GeneralSettingsPushContainerExecBaseImages<'a> {
            pub(crate) __owner: &'a super::super::handles::DssGeneralSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GeneralSettingsPushContainerExecBaseImages<'a> {
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
                __call.lit("/admin/container-exec/actions/push-base-images");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/container-exec/actions/push-base-images`) and returns the answer.
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
            GeneralSettingsPushContainerExecBaseImages,
            super::endpoints::GENERAL_SETTINGS_PUSH_CONTAINER_EXEC_BASE_IMAGES,
            send_as_checked
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GeneralSettingsPushContainerExecBaseImages<'_> {}
        crate::rt::request_list!(
            ListLogs, GetLog, LogCustomAudit, GetGlobalUsageSummary, GetVariables,
            GetGlobalVariables, SetVariables, GetResolvedVariables, GetGeneralSettings,
            CatalogIndexConnections, GetScoringLibsStream, GetAuthInfo,
            GetAuthInfoFromBrowserHeaders, GetTicketFromBrowserHeaders, GetTicket,
            PushBaseImages, ApplyKubernetesNamespacesPolicies, GetInstanceInfo,
            PerformInstanceSanityCheck, GetSanityCheckCodes, GetLicensingStatus,
            SetLicense, GeneralSettingsSave, GeneralSettingsPushContainerExecBaseImages
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_logs`.
        pub static LIST_LOGS: Endpoint = Endpoint::new(
            "DssClient",
            "list_logs",
            crate::rt::Server::DSS,
            "Lists the log files of the instance (needs admin rights).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/logs/",
                    &[],
                    "ListLogs",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::get_log`.
        pub static GET_LOG: Endpoint = Endpoint::new(
            "DssClient",
            "get_log",
            crate::rt::Server::DSS,
            "Reads one log file (needs admin rights).",
            &[Arg::new("name", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/logs/{name}",
                    &[],
                    "GetLog",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::log_custom_audit`.
        pub static LOG_CUSTOM_AUDIT: Endpoint = Endpoint::new(
            "DssClient",
            "log_custom_audit",
            crate::rt::Server::DSS,
            "Writes a custom entry to the audit trail.",
            &[
                Arg::new("custom_type", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "custom_params",
                    "json",
                    Presence::Default("{}"),
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/audit/custom/{custom_type}",
                    &[],
                    "LogCustomAudit",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssClient::get_global_usage_summary`.
        pub static GET_GLOBAL_USAGE_SUMMARY: Endpoint = Endpoint::new(
            "DssClient",
            "get_global_usage_summary",
            crate::rt::Server::DSS,
            "Counts projects, datasets, recipes, ...",
            &[
                Arg::new(
                    "with_per_project",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("withPerProject"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/monitoring/global-usage-summary",
                    &[],
                    "GetGlobalUsageSummary",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("UsageSummary"),
            [false, true, false],
        );
        ///`DssClient::get_variables`.
        pub static GET_VARIABLES: Endpoint = Endpoint::new(
            "DssClient",
            "get_variables",
            crate::rt::Server::DSS,
            "Reads the instance variables.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/variables/",
                    &[],
                    "GetVariables",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::get_global_variables`.
        pub static GET_GLOBAL_VARIABLES: Endpoint = Endpoint::new(
            "DssClient",
            "get_global_variables",
            crate::rt::Server::DSS,
            "Reads the instance variables (needs admin rights).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/variables/",
                    &[],
                    "GetGlobalVariables",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::set_variables`.
        pub static SET_VARIABLES: Endpoint = Endpoint::new(
            "DssClient",
            "set_variables",
            crate::rt::Server::DSS,
            "Replaces all instance variables at once (needs admin rights); start from what `get_global_variables` returned.",
            &[
                Arg::new(
                    "variables",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/admin/variables/",
                    &[],
                    "SetVariables",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssClient::get_resolved_variables`.
        pub static GET_RESOLVED_VARIABLES: Endpoint = Endpoint::new(
            "DssClient",
            "get_resolved_variables",
            crate::rt::Server::DSS,
            "Reads a project's variables merged with the instance's.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Env("DKU_CURRENT_PROJECT_KEY"),
                    Place::Path,
                    false,
                ),
                Arg::new(
                    "typed",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("typed"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/variables-resolved",
                    &[],
                    "GetResolvedVariables",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::get_general_settings`.
        pub static GET_GENERAL_SETTINGS: Endpoint = Endpoint::new(
            "DssClient",
            "get_general_settings",
            crate::rt::Server::DSS,
            "Reads the general settings of the instance (needs admin rights), to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/general-settings",
                    &[],
                    "GetGeneralSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssGeneralSettings"),
            [false, true, false],
        );
        ///`DssClient::catalog_index_connections`.
        pub static CATALOG_INDEX_CONNECTIONS: Endpoint = Endpoint::new(
            "DssClient",
            "catalog_index_connections",
            crate::rt::Server::DSS,
            "Starts indexing connections in the data catalog.",
            &[
                Arg::new(
                    "connection_names",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Member {
                        path: "connectionNames",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "all_connections",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "indexAllConnections",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "indexing_mode",
                    "str",
                    Presence::Default("FULL"),
                    Place::Member {
                        path: "indexingMode",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/catalog/index",
                    &[],
                    "CatalogIndexConnections",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::get_scoring_libs_stream`.
        pub static GET_SCORING_LIBS_STREAM: Endpoint = Endpoint::new(
            "DssClient",
            "get_scoring_libs_stream",
            crate::rt::Server::DSS,
            "Streams the scoring libraries jar (needed to score with model jars that do not include them).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/resources/scoring-lib-jar",
                    &[],
                    "GetScoringLibsStream",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssClient::get_auth_info`.
        pub static GET_AUTH_INFO: Endpoint = Endpoint::new(
            "DssClient",
            "get_auth_info",
            crate::rt::Server::DSS,
            "Tells who the client is authenticated as.",
            &[
                Arg::new(
                    "with_secrets",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("withSecrets"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/auth/info",
                    &[],
                    "GetAuthInfo",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("AuthInfo"),
            [false, true, false],
        );
        ///`DssClient::get_auth_info_from_browser_headers`.
        pub static GET_AUTH_INFO_FROM_BROWSER_HEADERS: Endpoint = Endpoint::new(
            "DssClient",
            "get_auth_info_from_browser_headers",
            crate::rt::Server::DSS,
            "Tells which DSS user the given browser headers authenticate (for webapp backends).",
            &[
                Arg::new(
                    "headers_dict",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    true,
                ),
                Arg::new(
                    "with_secrets",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("withSecrets"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/auth/info-from-browser-headers",
                    &[],
                    "GetAuthInfoFromBrowserHeaders",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Json("AuthInfo"),
            [false, true, false],
        );
        ///`DssClient::get_ticket_from_browser_headers`.
        pub static GET_TICKET_FROM_BROWSER_HEADERS: Endpoint = Endpoint::new(
            "DssClient",
            "get_ticket_from_browser_headers",
            crate::rt::Server::DSS,
            "Gets an API ticket (for the `X-DKU-APITicket` header) for the user that the given browser headers authenticate.",
            &[
                Arg::new(
                    "headers_dict",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    true,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/auth/ticket-from-browser-headers",
                    &[],
                    "GetTicketFromBrowserHeaders",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "String",
                member: "msg",
                each_item: false,
            },
            [false, true, false],
        );
        ///`DssClient::get_ticket`.
        pub static GET_TICKET: Endpoint = Endpoint::new(
            "DssClient",
            "get_ticket",
            crate::rt::Server::DSS,
            "Gets a temporary API ticket (for the `X-DKU-APITicket` header) for the user the client is authenticated as.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/auth/ticket",
                    &[],
                    "GetTicket",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "String",
                member: "ticket",
                each_item: false,
            },
            [false, true, false],
        );
        ///`DssClient::push_base_images`.
        pub static PUSH_BASE_IMAGES: Endpoint = Endpoint::new(
            "DssClient",
            "push_base_images",
            crate::rt::Server::DSS,
            "Pushes the base images for Kubernetes container execution and Spark on Kubernetes; returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/container-exec/actions/push-base-images",
                    &[],
                    "PushBaseImages",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::apply_kubernetes_namespaces_policies`.
        pub static APPLY_KUBERNETES_NAMESPACES_POLICIES: Endpoint = Endpoint::new(
            "DssClient",
            "apply_kubernetes_namespaces_policies",
            crate::rt::Server::DSS,
            "Applies the Kubernetes namespace policies of the general settings; returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/container-exec/actions/apply-kubernetes-policies",
                    &[],
                    "ApplyKubernetesNamespacesPolicies",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::get_instance_info`.
        pub static GET_INSTANCE_INFO: Endpoint = Endpoint::new(
            "DssClient",
            "get_instance_info",
            crate::rt::Server::DSS,
            "Reads global information about the instance.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/instance-info",
                    &[],
                    "GetInstanceInfo",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("InstanceInfo"),
            [false, true, false],
        );
        ///`DssClient::perform_instance_sanity_check`.
        pub static PERFORM_INSTANCE_SANITY_CHECK: Endpoint = Endpoint::new(
            "DssClient",
            "perform_instance_sanity_check",
            crate::rt::Server::DSS,
            "Runs the instance sanity check (needs admin rights) and waits for its messages; `.start()` returns the task instead.",
            &[
                Arg::new(
                    "exclusion_list",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/sanity-check/run",
                    &[],
                    "PerformInstanceSanityCheck",
                    [false, false, true, false, false],
                ),
            ),
            ResultKind::Wait("Value"),
            [false, true, false],
        );
        ///`DssClient::get_sanity_check_codes`.
        pub static GET_SANITY_CHECK_CODES: Endpoint = Endpoint::new(
            "DssClient",
            "get_sanity_check_codes",
            crate::rt::Server::DSS,
            "Lists the codes the sanity check can report (needs admin rights).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/sanity-check/codes",
                    &[],
                    "GetSanityCheckCodes",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < String >"),
            [false, true, false],
        );
        ///`DssClient::get_licensing_status`.
        pub static GET_LICENSING_STATUS: Endpoint = Endpoint::new(
            "DssClient",
            "get_licensing_status",
            crate::rt::Server::DSS,
            "Reads the licensing status.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/licensing/status",
                    &[],
                    "GetLicensingStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::set_license`.
        pub static SET_LICENSE: Endpoint = Endpoint::new(
            "DssClient",
            "set_license",
            crate::rt::Server::DSS,
            "Installs a license (the content of a license file, which must be JSON: it is refused before sending otherwise).",
            &[
                Arg::new(
                    "license",
                    "str",
                    Presence::Required,
                    Place::Body {
                        via: Some("parse_json"),
                    },
                    true,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/licensing/license",
                    &[],
                    "SetLicense",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssGeneralSettings::save`.
        pub static GENERAL_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssGeneralSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings (needs admin rights): the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/admin/general-settings",
                    &[],
                    "GeneralSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssGeneralSettings::add_impersonation_rule`.
        pub static GENERAL_SETTINGS_ADD_IMPERSONATION_RULE: Endpoint = Endpoint::new(
            "DssGeneralSettings",
            "add_impersonation_rule",
            crate::rt::Server::DSS,
            "Adds an impersonation rule (`impersonation.userRules`, or `groupRules` when `is_user_rule` is false; dataikuapi's default is a user rule): `{\"scope\": \"GLOBAL\", \"type\": \"IDENTITY\"}`, `{\"type\": \"SINGLE_MAPPING\", \"dssUser\": .., \"targetUnix\": ..}`, ...",
            &[
                Arg::new("rule", "Value", Presence::Required, Place::HandWritten, false),
                Arg::new(
                    "is_user_rule",
                    "bool",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssGeneralSettings"),
            [true, true, false],
        );
        ///`DssGeneralSettings::get_impersonation_rules`.
        pub static GENERAL_SETTINGS_GET_IMPERSONATION_RULES: Endpoint = Endpoint::new(
            "DssGeneralSettings",
            "get_impersonation_rules",
            crate::rt::Server::DSS,
            "The impersonation rules that match a filter (every rule with `ImpersonationRuleFilter::new()`), user rules first.",
            &[
                Arg::new(
                    "filter",
                    "& ImpersonationRuleFilter",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Vec < ImpersonationRule < '_ > >"),
            [true, true, false],
        );
        ///`DssGeneralSettings::remove_impersonation_rules`.
        pub static GENERAL_SETTINGS_REMOVE_IMPERSONATION_RULES: Endpoint = Endpoint::new(
            "DssGeneralSettings",
            "remove_impersonation_rules",
            crate::rt::Server::DSS,
            "Removes the impersonation rules that match a filter (as `get_impersonation_rules` finds them).",
            &[
                Arg::new(
                    "filter",
                    "& ImpersonationRuleFilter",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssGeneralSettings"),
            [true, true, false],
        );
        ///`DssGeneralSettings::push_container_exec_base_images`.
        pub static GENERAL_SETTINGS_PUSH_CONTAINER_EXEC_BASE_IMAGES: Endpoint = Endpoint::new(
            "DssGeneralSettings",
            "push_container_exec_base_images",
            crate::rt::Server::DSS,
            "Pushes the base images of containerized execution to their repository (needs admin rights); returns DSS's report.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/container-exec/actions/push-base-images",
                    &[],
                    "GeneralSettingsPushContainerExecBaseImages",
                    [false, false, false, true, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssGeneralSettings::get_raw`.
        pub static GENERAL_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssGeneralSettings",
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
        &endpoints::LIST_LOGS,
        &endpoints::GET_LOG,
        &endpoints::LOG_CUSTOM_AUDIT,
        &endpoints::GET_GLOBAL_USAGE_SUMMARY,
        &endpoints::GET_VARIABLES,
        &endpoints::GET_GLOBAL_VARIABLES,
        &endpoints::SET_VARIABLES,
        &endpoints::GET_RESOLVED_VARIABLES,
        &endpoints::GET_GENERAL_SETTINGS,
        &endpoints::CATALOG_INDEX_CONNECTIONS,
        &endpoints::GET_SCORING_LIBS_STREAM,
        &endpoints::GET_AUTH_INFO,
        &endpoints::GET_AUTH_INFO_FROM_BROWSER_HEADERS,
        &endpoints::GET_TICKET_FROM_BROWSER_HEADERS,
        &endpoints::GET_TICKET,
        &endpoints::PUSH_BASE_IMAGES,
        &endpoints::APPLY_KUBERNETES_NAMESPACES_POLICIES,
        &endpoints::GET_INSTANCE_INFO,
        &endpoints::PERFORM_INSTANCE_SANITY_CHECK,
        &endpoints::GET_SANITY_CHECK_CODES,
        &endpoints::GET_LICENSING_STATUS,
        &endpoints::SET_LICENSE,
        &endpoints::GENERAL_SETTINGS_SAVE,
        &endpoints::GENERAL_SETTINGS_ADD_IMPERSONATION_RULE,
        &endpoints::GENERAL_SETTINGS_GET_IMPERSONATION_RULES,
        &endpoints::GENERAL_SETTINGS_REMOVE_IMPERSONATION_RULES,
        &endpoints::GENERAL_SETTINGS_PUSH_CONTAINER_EXEC_BASE_IMAGES,
        &endpoints::GENERAL_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssGeneralSettings",
                doc: "The general settings of the DSS instance, as `get_general_settings` reads them (dataikuapi's `DSSGeneralSettings`): security, impersonation, container execution, ...; changed, then sent back whole by `save`.",
                fields: &[],
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
                name: "InstanceInfo",
                doc: "What `get_instance_info` says about the DSS node.",
                members: &[
                    ModelMember {
                        name: "node_id",
                        wire: "nodeId",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "node_name",
                        wire: "nodeName",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "node_type",
                        wire: "nodeType",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "dss_version",
                        wire: "dssVersion",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "UsageSummary",
                doc: "Instance-wide counts from `get_global_usage_summary`.",
                members: &[
                    ModelMember {
                        name: "projects",
                        wire: "projects",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "datasets",
                        wire: "datasets",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "recipes",
                        wire: "recipes",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "notebooks",
                        wire: "notebooks",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "projects_usages",
                        wire: "projectsUsages",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "AuthInfo",
                doc: "Who the client is authenticated as (`get_auth_info`).",
                members: &[
                    ModelMember {
                        name: "auth_identifier",
                        wire: "authIdentifier",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "groups",
                        wire: "groups",
                        ty: "Option < Vec < String > >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "secrets",
                        wire: "secrets",
                        ty: "Option < Vec < Value > >",
                        optional: true,
                        secret: true,
                    },
                    ModelMember {
                        name: "user_profile",
                        wire: "userProfile",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Lists the log files of the instance (needs admin rights).

`GET /admin/logs/`

Returns a [`ListLogs`](requests::ListLogs) request; nothing is sent until `.send()`.*/
        pub fn list_logs(&self) -> requests::ListLogs<'_> {
            requests::ListLogs {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads one log file (needs admin rights).

`GET /admin/logs/{name}`

Arguments:
- `name`: Sent as a path segment.

Returns a [`GetLog`](requests::GetLog) request; nothing is sent until `.send()`.*/
        pub fn get_log(&self, name: impl Into<String>) -> requests::GetLog<'_> {
            requests::GetLog {
                __owner: self,
                name: name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Writes a custom entry to the audit trail.

`POST /admin/audit/custom/{custom_type}`

Never retried: sending it twice could do the work twice.

Arguments:
- `custom_type`: Sent as the entry's `customMsgType`. Sent as a path segment.

Optional arguments, set by name on the returned request:
- `custom_params`: Default: `{}`. Sent as the JSON body.

Returns a [`LogCustomAudit`](requests::LogCustomAudit) request; nothing is sent until `.send()`.*/
        pub fn log_custom_audit(
            &self,
            custom_type: impl Into<String>,
        ) -> requests::LogCustomAudit<'_> {
            requests::LogCustomAudit {
                __owner: self,
                custom_type: custom_type.into(),
                custom_params: ::serde_json::Value::Object(::serde_json::Map::new()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Counts projects, datasets, recipes, ... of the instance.

`GET /admin/monitoring/global-usage-summary`

Optional arguments, set by name on the returned request:
- `with_per_project`: Default: `false`. Sent as query parameter `withPerProject`.

Returns a [`GetGlobalUsageSummary`](requests::GetGlobalUsageSummary) request; nothing is sent until `.send()`.*/
        pub fn get_global_usage_summary(&self) -> requests::GetGlobalUsageSummary<'_> {
            requests::GetGlobalUsageSummary {
                __owner: self,
                with_per_project: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the instance variables. Deprecated: use `get_global_variables`.

`GET /admin/variables/`

Returns a [`GetVariables`](requests::GetVariables) request; nothing is sent until `.send()`.*/
        pub fn get_variables(&self) -> requests::GetVariables<'_> {
            requests::GetVariables {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the instance variables (needs admin rights).

`GET /admin/variables/`

Returns a [`GetGlobalVariables`](requests::GetGlobalVariables) request; nothing is sent until `.send()`.*/
        pub fn get_global_variables(&self) -> requests::GetGlobalVariables<'_> {
            requests::GetGlobalVariables {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Replaces all instance variables at once (needs admin rights); start
from what `get_global_variables` returned.

`PUT /admin/variables/`

Arguments:
- `variables`: Sent as the JSON body.

Returns a [`SetVariables`](requests::SetVariables) request; nothing is sent until `.send()`.*/
        pub fn set_variables(
            &self,
            variables: impl Into<::serde_json::Value>,
        ) -> requests::SetVariables<'_> {
            requests::SetVariables {
                __owner: self,
                variables: variables.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads a project's variables merged with the instance's.

`GET /projects/{project_key}/variables-resolved`

Optional arguments, set by name on the returned request:
- `project_key`: Default: the `DKU_CURRENT_PROJECT_KEY` environment variable (an error if it is unset too). Sent as a path segment.
- `typed`: Default: `false`. Sent as query parameter `typed`.

Returns a [`GetResolvedVariables`](requests::GetResolvedVariables) request; nothing is sent until `.send()`.*/
        pub fn get_resolved_variables(&self) -> requests::GetResolvedVariables<'_> {
            requests::GetResolvedVariables {
                __owner: self,
                project_key: None,
                typed: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the general settings of the instance (needs admin rights), to
change and `save`.

`GET /admin/general-settings`

Returns a [`GetGeneralSettings`](requests::GetGeneralSettings) request; nothing is sent until `.send()`.*/
        pub fn get_general_settings(&self) -> requests::GetGeneralSettings<'_> {
            requests::GetGeneralSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts indexing connections in the data catalog.

`POST /catalog/index`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `connection_names`: Default: `[]`. Sent as JSON member `connectionNames`.
- `all_connections`: Default: `false`. Sent as JSON member `indexAllConnections`.
- `indexing_mode`: Default: `FULL`. Sent as JSON member `indexingMode`.

Returns a [`CatalogIndexConnections`](requests::CatalogIndexConnections) request; nothing is sent until `.send()`.*/
        pub fn catalog_index_connections(
            &self,
        ) -> requests::CatalogIndexConnections<'_> {
            requests::CatalogIndexConnections {
                __owner: self,
                connection_names: Vec::new(),
                all_connections: false,
                indexing_mode: String::from("FULL"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Streams the scoring libraries jar (needed to score with model jars
that do not include them).

`GET /resources/scoring-lib-jar`

Returns a [`GetScoringLibsStream`](requests::GetScoringLibsStream) request; nothing is sent until `.send()`.*/
        pub fn get_scoring_libs_stream(&self) -> requests::GetScoringLibsStream<'_> {
            requests::GetScoringLibsStream {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Tells who the client is authenticated as.

`GET /auth/info`

Optional arguments, set by name on the returned request:
- `with_secrets`: Default: `false`. Sent as query parameter `withSecrets`.

Returns a [`GetAuthInfo`](requests::GetAuthInfo) request; nothing is sent until `.send()`.*/
        pub fn get_auth_info(&self) -> requests::GetAuthInfo<'_> {
            requests::GetAuthInfo {
                __owner: self,
                with_secrets: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Tells which DSS user the given browser headers authenticate (for
webapp backends).

`POST /auth/info-from-browser-headers`

Safe to send twice (reads who the headers authenticate; changes nothing): a retry policy may repeat it.

Arguments:
- `headers_dict`: The browser request's headers, as a JSON object. Sent as the JSON body.

Optional arguments, set by name on the returned request:
- `with_secrets`: Default: `false`. Sent as query parameter `withSecrets`.

Returns a [`GetAuthInfoFromBrowserHeaders`](requests::GetAuthInfoFromBrowserHeaders) request; nothing is sent until `.send()`.*/
        pub fn get_auth_info_from_browser_headers(
            &self,
            headers_dict: impl Into<::serde_json::Value>,
        ) -> requests::GetAuthInfoFromBrowserHeaders<'_> {
            requests::GetAuthInfoFromBrowserHeaders {
                __owner: self,
                headers_dict: headers_dict.into(),
                with_secrets: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Gets an API ticket (for the `X-DKU-APITicket` header) for the user
that the given browser headers authenticate.

`POST /auth/ticket-from-browser-headers`

Safe to send twice (each call only hands out a ticket; changes nothing else): a retry policy may repeat it.

Arguments:
- `headers_dict`: The browser request's headers, as a JSON object. Sent as the JSON body.

Returns a [`GetTicketFromBrowserHeaders`](requests::GetTicketFromBrowserHeaders) request; nothing is sent until `.send()`.*/
        pub fn get_ticket_from_browser_headers(
            &self,
            headers_dict: impl Into<::serde_json::Value>,
        ) -> requests::GetTicketFromBrowserHeaders<'_> {
            requests::GetTicketFromBrowserHeaders {
                __owner: self,
                headers_dict: headers_dict.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Gets a temporary API ticket (for the `X-DKU-APITicket` header) for
the user the client is authenticated as.

`POST /auth/ticket`

Safe to send twice (each call only hands out a ticket; changes nothing else): a retry policy may repeat it.

Returns a [`GetTicket`](requests::GetTicket) request; nothing is sent until `.send()`.*/
        pub fn get_ticket(&self) -> requests::GetTicket<'_> {
            requests::GetTicket {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Pushes the base images for Kubernetes container execution and
Spark on Kubernetes; returns the task.

`POST /admin/container-exec/actions/push-base-images`

Never retried: sending it twice could do the work twice.

Returns a [`PushBaseImages`](requests::PushBaseImages) request; nothing is sent until `.send()`.*/
        pub fn push_base_images(&self) -> requests::PushBaseImages<'_> {
            requests::PushBaseImages {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Applies the Kubernetes namespace policies of the general settings;
returns the task.

`POST /admin/container-exec/actions/apply-kubernetes-policies`

Never retried: sending it twice could do the work twice.

Returns a [`ApplyKubernetesNamespacesPolicies`](requests::ApplyKubernetesNamespacesPolicies) request; nothing is sent until `.send()`.*/
        pub fn apply_kubernetes_namespaces_policies(
            &self,
        ) -> requests::ApplyKubernetesNamespacesPolicies<'_> {
            requests::ApplyKubernetesNamespacesPolicies {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads global information about the instance.

`GET /instance-info`

Returns a [`GetInstanceInfo`](requests::GetInstanceInfo) request; nothing is sent until `.send()`.*/
        pub fn get_instance_info(&self) -> requests::GetInstanceInfo<'_> {
            requests::GetInstanceInfo {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Runs the instance sanity check (needs admin rights) and waits for its
messages; `.start()` returns the task instead.

`POST /admin/sanity-check/run`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `exclusion_list`: Default: `[]`. Sent as the JSON body.

Returns a [`PerformInstanceSanityCheck`](requests::PerformInstanceSanityCheck) request; nothing is sent until `.send()`.*/
        pub fn perform_instance_sanity_check(
            &self,
        ) -> requests::PerformInstanceSanityCheck<'_> {
            requests::PerformInstanceSanityCheck {
                __owner: self,
                exclusion_list: Vec::new(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the codes the sanity check can report (needs admin rights).

`GET /admin/sanity-check/codes`

Returns a [`GetSanityCheckCodes`](requests::GetSanityCheckCodes) request; nothing is sent until `.send()`.*/
        pub fn get_sanity_check_codes(&self) -> requests::GetSanityCheckCodes<'_> {
            requests::GetSanityCheckCodes {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the licensing status.

`GET /admin/licensing/status`

Returns a [`GetLicensingStatus`](requests::GetLicensingStatus) request; nothing is sent until `.send()`.*/
        pub fn get_licensing_status(&self) -> requests::GetLicensingStatus<'_> {
            requests::GetLicensingStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Installs a license (the content of a license file, which must be
JSON: it is refused before sending otherwise).

`POST /admin/licensing/license`

Safe to send twice (the same license is installed again): a retry policy may repeat it.

Arguments:
- `license`: Sent as the JSON body, converted by `parse_json`.

Returns a [`SetLicense`](requests::SetLicense) request; nothing is sent until `.send()`.*/
        pub fn set_license(
            &self,
            license: impl Into<String>,
        ) -> requests::SetLicense<'_> {
            requests::SetLicense {
                __owner: self,
                license: license.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssGeneralSettings {
        /**Saves the settings (needs admin rights): the whole object, sent back
as it was read except where it was changed.

`PUT /admin/general-settings`

Returns a [`GeneralSettingsSave`](requests::GeneralSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::GeneralSettingsSave<'_> {
            requests::GeneralSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Pushes the base images of containerized execution to their
repository (needs admin rights); returns DSS's report. A failure DSS
reports in its answer is an error. The same request as
`DssClient::push_base_images`, waited for by the server here.

`POST /admin/container-exec/actions/push-base-images`

Never retried: sending it twice could do the work twice.

Returns a [`GeneralSettingsPushContainerExecBaseImages`](requests::GeneralSettingsPushContainerExecBaseImages) request; nothing is sent until `.send()`.*/
        pub fn push_container_exec_base_images(
            &self,
        ) -> requests::GeneralSettingsPushContainerExecBaseImages<'_> {
            requests::GeneralSettingsPushContainerExecBaseImages {
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
            impl super::handles::DssGeneralSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_impersonation_rule(
                    &mut self,
                    rule: Value,
                    is_user_rule: bool,
                ) -> &mut DssGeneralSettings {
                    self.add_impersonation_rule(rule, is_user_rule)
                }
            }
            impl super::handles::DssGeneralSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_impersonation_rules(
                    &self,
                    filter: &ImpersonationRuleFilter,
                ) -> Vec<ImpersonationRule<'_>> {
                    self.get_impersonation_rules(filter)
                }
            }
            impl super::handles::DssGeneralSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_remove_impersonation_rules(
                    &mut self,
                    filter: &ImpersonationRuleFilter,
                ) -> &mut DssGeneralSettings {
                    self.remove_impersonation_rules(filter)
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
                ("DssClient", "list_logs") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_logs();
                        let __endpoint = requests::ListLogs::ENDPOINT;
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
                ("DssClient", "get_log") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_log(args.str("name")?);
                        let __endpoint = requests::GetLog::ENDPOINT;
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
                ("DssClient", "log_custom_audit") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.log_custom_audit(args.str("custom_type")?);
                        let __endpoint = requests::LogCustomAudit::ENDPOINT;
                        if let Some(__v) = args.opt_json("custom_params")? {
                            __r = __r.custom_params(__v);
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
                ("DssClient", "get_global_usage_summary") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_global_usage_summary();
                        let __endpoint = requests::GetGlobalUsageSummary::ENDPOINT;
                        if let Some(__v) = args.opt_bool("with_per_project")? {
                            __r = __r.with_per_project(__v);
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
                ("DssClient", "get_variables") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_variables();
                        let __endpoint = requests::GetVariables::ENDPOINT;
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
                ("DssClient", "get_global_variables") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_global_variables();
                        let __endpoint = requests::GetGlobalVariables::ENDPOINT;
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
                ("DssClient", "set_variables") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.set_variables(args.json("variables")?);
                        let __endpoint = requests::SetVariables::ENDPOINT;
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
                ("DssClient", "get_resolved_variables") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_resolved_variables();
                        let __endpoint = requests::GetResolvedVariables::ENDPOINT;
                        if let Some(__v) = args.opt_str("project_key")? {
                            __r = __r.project_key(__v);
                        }
                        if let Some(__v) = args.opt_bool("typed")? {
                            __r = __r.typed(__v);
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
                ("DssClient", "get_general_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_general_settings();
                        let __endpoint = requests::GetGeneralSettings::ENDPOINT;
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
                ("DssClient", "catalog_index_connections") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.catalog_index_connections();
                        let __endpoint = requests::CatalogIndexConnections::ENDPOINT;
                        if let Some(__v) = args.opt_strings("connection_names")? {
                            __r = __r.connection_names(__v);
                        }
                        if let Some(__v) = args.opt_bool("all_connections")? {
                            __r = __r.all_connections(__v);
                        }
                        if let Some(__v) = args.opt_str("indexing_mode")? {
                            __r = __r.indexing_mode(__v);
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
                ("DssClient", "get_scoring_libs_stream") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_scoring_libs_stream();
                        let __endpoint = requests::GetScoringLibsStream::ENDPOINT;
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
                ("DssClient", "get_auth_info") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_auth_info();
                        let __endpoint = requests::GetAuthInfo::ENDPOINT;
                        if let Some(__v) = args.opt_bool("with_secrets")? {
                            __r = __r.with_secrets(__v);
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
                ("DssClient", "get_auth_info_from_browser_headers") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .get_auth_info_from_browser_headers(
                                args.json("headers_dict")?,
                            );
                        let __endpoint = requests::GetAuthInfoFromBrowserHeaders::ENDPOINT;
                        if let Some(__v) = args.opt_bool("with_secrets")? {
                            __r = __r.with_secrets(__v);
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
                ("DssClient", "get_ticket_from_browser_headers") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .get_ticket_from_browser_headers(args.json("headers_dict")?);
                        let __endpoint = requests::GetTicketFromBrowserHeaders::ENDPOINT;
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
                ("DssClient", "get_ticket") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_ticket();
                        let __endpoint = requests::GetTicket::ENDPOINT;
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
                ("DssClient", "push_base_images") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.push_base_images();
                        let __endpoint = requests::PushBaseImages::ENDPOINT;
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
                ("DssClient", "apply_kubernetes_namespaces_policies") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.apply_kubernetes_namespaces_policies();
                        let __endpoint = requests::ApplyKubernetesNamespacesPolicies::ENDPOINT;
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
                ("DssClient", "get_instance_info") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_instance_info();
                        let __endpoint = requests::GetInstanceInfo::ENDPOINT;
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
                ("DssClient", "perform_instance_sanity_check") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.perform_instance_sanity_check();
                        let __endpoint = requests::PerformInstanceSanityCheck::ENDPOINT;
                        if let Some(__v) = args.opt_strings("exclusion_list")? {
                            __r = __r.exclusion_list(__v);
                        }
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssClient", "get_sanity_check_codes") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_sanity_check_codes();
                        let __endpoint = requests::GetSanityCheckCodes::ENDPOINT;
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
                ("DssClient", "get_licensing_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_licensing_status();
                        let __endpoint = requests::GetLicensingStatus::ENDPOINT;
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
                ("DssClient", "set_license") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.set_license(args.str("license")?);
                        let __endpoint = requests::SetLicense::ENDPOINT;
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
                ("DssGeneralSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssGeneralSettings", ids)?;
                        let __owner = super::handles::DssGeneralSettings {
                            client: ::core::clone::Clone::clone(client),
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::GeneralSettingsSave::ENDPOINT;
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
                ("DssGeneralSettings", "push_container_exec_base_images") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssGeneralSettings", ids)?;
                        let __owner = super::handles::DssGeneralSettings {
                            client: ::core::clone::Clone::clone(client),
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.push_container_exec_base_images();
                        let __endpoint = requests::GeneralSettingsPushContainerExecBaseImages::ENDPOINT;
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
                "DssGeneralSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let mut __doc = client.get_general_settings().send()?;
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
            let model: super::models::InstanceInfo = ::serde_json::from_str(
                    "{\"nodeId\":\"plain\",\"nodeName\":\"plain\",\"nodeType\":\"plain\",\"dssVersion\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "InstanceInfo")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "InstanceInfo"
            );
            checked += 1;
            let model: super::models::UsageSummary = ::serde_json::from_str(
                    "{\"projects\":1,\"datasets\":{\"k\":\"plain\"},\"recipes\":{\"k\":\"plain\"},\"notebooks\":{\"k\":\"plain\"},\"projectsUsages\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "UsageSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "UsageSummary"
            );
            checked += 1;
            let model: super::models::AuthInfo = ::serde_json::from_str(
                    "{\"authIdentifier\":\"plain\",\"groups\":[\"plain\"],\"secrets\":[{\"k\":\"SECRET-0b7c2f\"}],\"userProfile\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "AuthInfo")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "AuthInfo"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssGeneralSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
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
                "DssGeneralSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
