// The expansion of `deployments.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/deployments.dss`.
pub mod spec_deployments {
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
        /**The basic ("light") status of a Project Deployer deployment, as
`get_light_status` reads it: what is deployed where, not its health.*/
        #[derive(Clone, PartialEq)]
        pub struct ProjectDeploymentLightStatus {
            /**What the deployment is: its id, published project, bundle,
infrastructure.*/
            pub deployment_basic_info: Option<ProjectDeploymentBasicInfo>,
            ///The infrastructure it is deployed on (its `id`, `stage`, `type`, ...).
            pub infra_basic_info: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ProjectDeploymentLightStatus {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ProjectDeploymentLightStatus;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ProjectDeploymentLightStatus` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ProjectDeploymentLightStatus, __A::Error> {
                        let mut __m_deployment_basic_info: Option<
                            ProjectDeploymentBasicInfo,
                        > = None;
                        let mut __m_infra_basic_info: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "deploymentBasicInfo" => {
                                    __m_deployment_basic_info = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "deploymentBasicInfo",
                                    )?;
                                }
                                "infraBasicInfo" => {
                                    __m_infra_basic_info = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "infraBasicInfo",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ProjectDeploymentLightStatus {
                            deployment_basic_info: __m_deployment_basic_info,
                            infra_basic_info: __m_infra_basic_info,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ProjectDeploymentLightStatus {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "deploymentBasicInfo",
                    &self.deployment_basic_info,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "infraBasicInfo",
                    &self.infra_basic_info,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ProjectDeploymentLightStatus {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ProjectDeploymentLightStatus")
                    .field("deployment_basic_info", &self.deployment_basic_info)
                    .field("infra_basic_info", &self.infra_basic_info)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ProjectDeploymentLightStatus {}
        ///What a Project Deployer deployment is, in its light status.
        #[derive(Clone, PartialEq)]
        pub struct ProjectDeploymentBasicInfo {
            ///The deployment's id.
            pub id: Option<String>,
            ///The published project the deployed bundle comes from.
            pub published_project_key: Option<String>,
            ///The deployed bundle.
            pub bundle_id: Option<String>,
            ///The infrastructure it is deployed on.
            pub infra_id: Option<String>,
            ///The project's key on the automation node.
            pub deployed_project_key: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ProjectDeploymentBasicInfo {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ProjectDeploymentBasicInfo;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ProjectDeploymentBasicInfo` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ProjectDeploymentBasicInfo, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_published_project_key: Option<String> = None;
                        let mut __m_bundle_id: Option<String> = None;
                        let mut __m_infra_id: Option<String> = None;
                        let mut __m_deployed_project_key: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "id" => {
                                    __m_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "id",
                                    )?;
                                }
                                "publishedProjectKey" => {
                                    __m_published_project_key = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "publishedProjectKey",
                                    )?;
                                }
                                "bundleId" => {
                                    __m_bundle_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "bundleId",
                                    )?;
                                }
                                "infraId" => {
                                    __m_infra_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "infraId",
                                    )?;
                                }
                                "deployedProjectKey" => {
                                    __m_deployed_project_key = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "deployedProjectKey",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ProjectDeploymentBasicInfo {
                            id: __m_id,
                            published_project_key: __m_published_project_key,
                            bundle_id: __m_bundle_id,
                            infra_id: __m_infra_id,
                            deployed_project_key: __m_deployed_project_key,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ProjectDeploymentBasicInfo {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "id",
                    &self.id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "publishedProjectKey",
                    &self.published_project_key,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "bundleId",
                    &self.bundle_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "infraId",
                    &self.infra_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "deployedProjectKey",
                    &self.deployed_project_key,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ProjectDeploymentBasicInfo {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ProjectDeploymentBasicInfo")
                    .field("id", &self.id)
                    .field("published_project_key", &self.published_project_key)
                    .field("bundle_id", &self.bundle_id)
                    .field("infra_id", &self.infra_id)
                    .field("deployed_project_key", &self.deployed_project_key)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ProjectDeploymentBasicInfo {}
        /**The basic ("light") status of an API Deployer deployment, as
`get_light_status` reads it: what is deployed where, not its health.*/
        #[derive(Clone, PartialEq)]
        pub struct ApiDeploymentLightStatus {
            ///What the deployment is: its id, service, versions, whether enabled.
            pub deployment_basic_info: Option<ApiDeploymentBasicInfo>,
            ///The infrastructure it is deployed on (its `id`, `stage`, `type`, ...).
            pub infra_basic_info: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ApiDeploymentLightStatus {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ApiDeploymentLightStatus;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ApiDeploymentLightStatus` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ApiDeploymentLightStatus, __A::Error> {
                        let mut __m_deployment_basic_info: Option<
                            ApiDeploymentBasicInfo,
                        > = None;
                        let mut __m_infra_basic_info: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "deploymentBasicInfo" => {
                                    __m_deployment_basic_info = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "deploymentBasicInfo",
                                    )?;
                                }
                                "infraBasicInfo" => {
                                    __m_infra_basic_info = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "infraBasicInfo",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ApiDeploymentLightStatus {
                            deployment_basic_info: __m_deployment_basic_info,
                            infra_basic_info: __m_infra_basic_info,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ApiDeploymentLightStatus {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "deploymentBasicInfo",
                    &self.deployment_basic_info,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "infraBasicInfo",
                    &self.infra_basic_info,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ApiDeploymentLightStatus {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ApiDeploymentLightStatus")
                    .field("deployment_basic_info", &self.deployment_basic_info)
                    .field("infra_basic_info", &self.infra_basic_info)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ApiDeploymentLightStatus {}
        ///What an API Deployer deployment is, in its light status.
        #[derive(Clone, PartialEq)]
        pub struct ApiDeploymentBasicInfo {
            ///The deployment's id.
            pub id: Option<String>,
            ///The published API service it deploys.
            pub published_service_id: Option<String>,
            /**The service's id on the API nodes, when it differs from the
published one.*/
            pub deployed_service_id: Option<String>,
            ///The infrastructure it is deployed on.
            pub infra_id: Option<String>,
            ///Whether the deployment is enabled.
            pub enabled: Option<bool>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ApiDeploymentBasicInfo {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ApiDeploymentBasicInfo;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ApiDeploymentBasicInfo` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ApiDeploymentBasicInfo, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_published_service_id: Option<String> = None;
                        let mut __m_deployed_service_id: Option<String> = None;
                        let mut __m_infra_id: Option<String> = None;
                        let mut __m_enabled: Option<bool> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "id" => {
                                    __m_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "id",
                                    )?;
                                }
                                "publishedServiceId" => {
                                    __m_published_service_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "publishedServiceId",
                                    )?;
                                }
                                "deployedServiceId" => {
                                    __m_deployed_service_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "deployedServiceId",
                                    )?;
                                }
                                "infraId" => {
                                    __m_infra_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "infraId",
                                    )?;
                                }
                                "enabled" => {
                                    __m_enabled = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "enabled",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ApiDeploymentBasicInfo {
                            id: __m_id,
                            published_service_id: __m_published_service_id,
                            deployed_service_id: __m_deployed_service_id,
                            infra_id: __m_infra_id,
                            enabled: __m_enabled,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ApiDeploymentBasicInfo {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "id",
                    &self.id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "publishedServiceId",
                    &self.published_service_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "deployedServiceId",
                    &self.deployed_service_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "infraId",
                    &self.infra_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "enabled",
                    &self.enabled,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ApiDeploymentBasicInfo {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ApiDeploymentBasicInfo")
                    .field("id", &self.id)
                    .field("published_service_id", &self.published_service_id)
                    .field("deployed_service_id", &self.deployed_service_id)
                    .field("infra_id", &self.infra_id)
                    .field("enabled", &self.enabled)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ApiDeploymentBasicInfo {}
        /**The full ("heavy") status of a deployment of either deployer, as
`get_heavy_status` reads it: its health and the messages that explain
it (an API deployment's also holds its API nodes or public URL, kept
with the other members).*/
        #[derive(Clone, PartialEq)]
        pub struct DeploymentHeavyStatus {
            /**`HEALTHY`, `WARNING`, `UNHEALTHY`, `ERROR`, `OUT_OF_SYNC` or
`UNKNOWN` (typed by `DeploymentHeavyStatus::health_state`).*/
            pub health: Option<String>,
            ///Why the deployment is in that health.
            pub health_messages: Option<DeploymentHealthMessages>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DeploymentHeavyStatus {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DeploymentHeavyStatus;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DeploymentHeavyStatus` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DeploymentHeavyStatus, __A::Error> {
                        let mut __m_health: Option<String> = None;
                        let mut __m_health_messages: Option<DeploymentHealthMessages> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "health" => {
                                    __m_health = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "health",
                                    )?;
                                }
                                "healthMessages" => {
                                    __m_health_messages = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "healthMessages",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DeploymentHeavyStatus {
                            health: __m_health,
                            health_messages: __m_health_messages,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DeploymentHeavyStatus {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "health",
                    &self.health,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "healthMessages",
                    &self.health_messages,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DeploymentHeavyStatus {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DeploymentHeavyStatus")
                    .field("health", &self.health)
                    .field("health_messages", &self.health_messages)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DeploymentHeavyStatus {}
        ///The messages that explain a deployment's health.
        #[derive(Clone, PartialEq)]
        pub struct DeploymentHealthMessages {
            /**The most severe of the messages (`SUCCESS`, `INFO`, `WARNING`,
`ERROR`).*/
            pub max_severity: Option<String>,
            /**The messages, each with its `severity`, `isFatal`, `code`, `title`,
`message` and `details`.*/
            pub messages: Vec<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DeploymentHealthMessages {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DeploymentHealthMessages;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DeploymentHealthMessages` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DeploymentHealthMessages, __A::Error> {
                        let mut __m_max_severity: Option<String> = None;
                        let mut __m_messages: Option<Vec<Value>> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "maxSeverity" => {
                                    __m_max_severity = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "maxSeverity",
                                    )?;
                                }
                                "messages" => {
                                    __m_messages = Some(
                                        crate::rt::model::next_member(&mut __map, "messages")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DeploymentHealthMessages {
                            max_severity: __m_max_severity,
                            messages: __m_messages.unwrap_or_default(),
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DeploymentHealthMessages {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "maxSeverity",
                    &self.max_severity,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "messages",
                    &self.messages,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DeploymentHealthMessages {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DeploymentHealthMessages")
                    .field("max_severity", &self.max_severity)
                    .field("messages", &self.messages)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DeploymentHealthMessages {}
        ///An update of a deployment, as listed by `list_updates`.
        #[derive(Clone, PartialEq)]
        pub struct DeploymentUpdateSummary {
            /**When it started (ms since the Unix epoch): names it for
`get_update`.*/
            pub start_timestamp: i64,
            ///What kind of update it was.
            pub r#type: Option<String>,
            ///How it went (`SUCCESS`, `WARNING`, `FAILED`, ...).
            pub status: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DeploymentUpdateSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DeploymentUpdateSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DeploymentUpdateSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DeploymentUpdateSummary, __A::Error> {
                        let mut __m_start_timestamp: Option<i64> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_status: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "startTimestamp" => {
                                    __m_start_timestamp = Some(
                                        crate::rt::model::next_member(&mut __map, "startTimestamp")?,
                                    );
                                }
                                "type" => {
                                    __m_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "type",
                                    )?;
                                }
                                "status" => {
                                    __m_status = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "status",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DeploymentUpdateSummary {
                            start_timestamp: __m_start_timestamp.unwrap_or_default(),
                            r#type: __m_type,
                            status: __m_status,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DeploymentUpdateSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "startTimestamp",
                    &self.start_timestamp,
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
                    "status",
                    &self.status,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DeploymentUpdateSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DeploymentUpdateSummary")
                    .field("start_timestamp", &self.start_timestamp)
                    .field("type", &self.r#type)
                    .field("status", &self.status)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DeploymentUpdateSummary {}
        /**An update of a deployment, with its log, as `get_update` reads it
(dataikuapi's `DSSProjectDeployerDeploymentUpdate` and
`DSSAPIDeployerDeploymentUpdate`).*/
        #[derive(Clone, PartialEq)]
        pub struct DeploymentUpdate {
            ///When it started (ms since the Unix epoch).
            pub start_timestamp: Option<i64>,
            ///When it ended (ms since the Unix epoch).
            pub end_timestamp: Option<i64>,
            ///Who asked for it.
            pub requester: Option<String>,
            ///How it went (`SUCCESS`, `WARNING`, `FAILED`, ...).
            pub status: Option<String>,
            ///Its log: `lines`, each a line of text (see `DeploymentUpdate::log_lines`).
            pub logs: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DeploymentUpdate {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DeploymentUpdate;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DeploymentUpdate` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DeploymentUpdate, __A::Error> {
                        let mut __m_start_timestamp: Option<i64> = None;
                        let mut __m_end_timestamp: Option<i64> = None;
                        let mut __m_requester: Option<String> = None;
                        let mut __m_status: Option<String> = None;
                        let mut __m_logs: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "startTimestamp" => {
                                    __m_start_timestamp = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "startTimestamp",
                                    )?;
                                }
                                "endTimestamp" => {
                                    __m_end_timestamp = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "endTimestamp",
                                    )?;
                                }
                                "requester" => {
                                    __m_requester = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "requester",
                                    )?;
                                }
                                "status" => {
                                    __m_status = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "status",
                                    )?;
                                }
                                "logs" => {
                                    __m_logs = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "logs",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DeploymentUpdate {
                            start_timestamp: __m_start_timestamp,
                            end_timestamp: __m_end_timestamp,
                            requester: __m_requester,
                            status: __m_status,
                            logs: __m_logs,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DeploymentUpdate {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "startTimestamp",
                    &self.start_timestamp,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "endTimestamp",
                    &self.end_timestamp,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "requester",
                    &self.requester,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "status",
                    &self.status,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "logs",
                    &self.logs,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DeploymentUpdate {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DeploymentUpdate")
                    .field("start_timestamp", &self.start_timestamp)
                    .field("end_timestamp", &self.end_timestamp)
                    .field("requester", &self.requester)
                    .field("status", &self.status)
                    .field("logs", &self.logs)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DeploymentUpdate {}
        /**The outcome of the test scenarios of a deployed project (dataikuapi's
`DSSTestingStatus`).*/
        #[derive(Clone, PartialEq)]
        pub struct DeploymentTestingStatus {
            ///How many test scenarios ran.
            pub nb_total_ran_scenarios: Option<i64>,
            ///How many ended with each outcome (`SUCCESS`, `FAILED`, ...).
            pub nb_scenarios_per_outcome: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DeploymentTestingStatus {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DeploymentTestingStatus;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DeploymentTestingStatus` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DeploymentTestingStatus, __A::Error> {
                        let mut __m_nb_total_ran_scenarios: Option<i64> = None;
                        let mut __m_nb_scenarios_per_outcome: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "nbTotalRanScenarios" => {
                                    __m_nb_total_ran_scenarios = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "nbTotalRanScenarios",
                                    )?;
                                }
                                "nbScenariosPerOutcome" => {
                                    __m_nb_scenarios_per_outcome = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "nbScenariosPerOutcome",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DeploymentTestingStatus {
                            nb_total_ran_scenarios: __m_nb_total_ran_scenarios,
                            nb_scenarios_per_outcome: __m_nb_scenarios_per_outcome,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DeploymentTestingStatus {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "nbTotalRanScenarios",
                    &self.nb_total_ran_scenarios,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "nbScenariosPerOutcome",
                    &self.nb_scenarios_per_outcome,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DeploymentTestingStatus {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DeploymentTestingStatus")
                    .field("nb_total_ran_scenarios", &self.nb_total_ran_scenarios)
                    .field("nb_scenarios_per_outcome", &self.nb_scenarios_per_outcome)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DeploymentTestingStatus {}
        /**What `generate_personal_api_key` of an infrastructure made (dataikuapi's
`DSSPersonalAPIKeyCreationResult`): a key for a user on each automation
node of the infrastructure.*/
        #[derive(Clone, PartialEq)]
        pub struct InfraPersonalApiKeyCreation {
            ///Whether the key was made on every node.
            pub created_on_all_nodes: Option<bool>,
            ///The user the key is for.
            pub user: Option<String>,
            ///The key's secret.
            pub secret: Option<String>,
            ///The key made on each node, by node.
            pub nodes_and_keys: Option<Value>,
            ///What went wrong, if anything.
            pub error: Option<Value>,
            ///The nodes where the user does not exist.
            pub nodes_where_user_does_not_exist: Option<Vec<String>>,
            ///The nodes where the user is disabled.
            pub nodes_where_user_is_disabled: Option<Vec<String>>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for InfraPersonalApiKeyCreation {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = InfraPersonalApiKeyCreation;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `InfraPersonalApiKeyCreation` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<InfraPersonalApiKeyCreation, __A::Error> {
                        let mut __m_created_on_all_nodes: Option<bool> = None;
                        let mut __m_user: Option<String> = None;
                        let mut __m_secret: Option<String> = None;
                        let mut __m_nodes_and_keys: Option<Value> = None;
                        let mut __m_error: Option<Value> = None;
                        let mut __m_nodes_where_user_does_not_exist: Option<
                            Vec<String>,
                        > = None;
                        let mut __m_nodes_where_user_is_disabled: Option<Vec<String>> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "createdOnAllNodes" => {
                                    __m_created_on_all_nodes = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "createdOnAllNodes",
                                    )?;
                                }
                                "user" => {
                                    __m_user = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "user",
                                    )?;
                                }
                                "secret" => {
                                    __m_secret = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "secret",
                                    )?;
                                }
                                "nodesAndKeys" => {
                                    __m_nodes_and_keys = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "nodesAndKeys",
                                    )?;
                                }
                                "error" => {
                                    __m_error = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "error",
                                    )?;
                                }
                                "nodesWhereUserDoesNotExist" => {
                                    __m_nodes_where_user_does_not_exist = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "nodesWhereUserDoesNotExist",
                                    )?;
                                }
                                "nodesWhereUserIsDisabled" => {
                                    __m_nodes_where_user_is_disabled = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "nodesWhereUserIsDisabled",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(InfraPersonalApiKeyCreation {
                            created_on_all_nodes: __m_created_on_all_nodes,
                            user: __m_user,
                            secret: __m_secret,
                            nodes_and_keys: __m_nodes_and_keys,
                            error: __m_error,
                            nodes_where_user_does_not_exist: __m_nodes_where_user_does_not_exist,
                            nodes_where_user_is_disabled: __m_nodes_where_user_is_disabled,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for InfraPersonalApiKeyCreation {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "createdOnAllNodes",
                    &self.created_on_all_nodes,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "user",
                    &self.user,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "secret",
                    &self.secret,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "nodesAndKeys",
                    &self.nodes_and_keys,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "error",
                    &self.error,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "nodesWhereUserDoesNotExist",
                    &self.nodes_where_user_does_not_exist,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "nodesWhereUserIsDisabled",
                    &self.nodes_where_user_is_disabled,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for InfraPersonalApiKeyCreation {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("InfraPersonalApiKeyCreation")
                    .field("created_on_all_nodes", &self.created_on_all_nodes)
                    .field("user", &self.user)
                    .field("secret", &crate::rt::Redacted)
                    .field("nodes_and_keys", &crate::rt::Redacted)
                    .field("error", &self.error)
                    .field(
                        "nodes_where_user_does_not_exist",
                        &self.nodes_where_user_does_not_exist,
                    )
                    .field(
                        "nodes_where_user_is_disabled",
                        &self.nodes_where_user_is_disabled,
                    )
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl InfraPersonalApiKeyCreation {}
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
        ///Request value of [`DssProjectDeployerProject::delete`](super::super::handles::DssProjectDeployerProject::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerProjectDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerProjectDelete<'a> {
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
                __call.lit("/project-deployer/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerProjectDelete,
            super::endpoints::PROJECT_DEPLOYER_PROJECT_DELETE,
            unit("Sends the request (`DELETE /project-deployer/projects/{project_key}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerProjectDelete<'_> {}
        ///Request value of [`DssProjectDeployerProject::get_bundle_stream`](super::super::handles::DssProjectDeployerProject::get_bundle_stream): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerProjectGetBundleStream<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerProject,
            pub(crate) bundle_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerProjectGetBundleStream<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, bundle_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-deployer/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/bundles/");
                __call.segment("bundle_id", &bundle_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerProjectGetBundleStream,
            super::endpoints::PROJECT_DEPLOYER_PROJECT_GET_BUNDLE_STREAM,
            stream("Sends the request (`GET /project-deployer/projects/{project_key}/bundles/{bundle_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerProjectGetBundleStream<'_> {}
        ///Request value of [`DssProjectDeployerProject::download_bundle_to_file`](super::super::handles::DssProjectDeployerProject::download_bundle_to_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerProjectDownloadBundleToFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerProject,
            pub(crate) bundle_id: String,
            pub(crate) path: ::std::path::PathBuf,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerProjectDownloadBundleToFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (::std::path::PathBuf,)),
                crate::rt::Error,
            > {
                let Self { __owner, bundle_id, path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-deployer/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/bundles/");
                __call.segment("bundle_id", &bundle_id, false)?;
                Ok((__call, (path,)))
            }
            ///Sends the request (`GET /project-deployer/projects/{project_key}/bundles/{bundle_id}`) and returns the answer.
            pub fn send(self) -> Result<u64, crate::rt::Error> {
                let (__call, (path,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| { __call.send_stream()?.save_to(path) },
                )
            }
        }
        crate::rt::request_common!(
            ProjectDeployerProjectDownloadBundleToFile,
            super::endpoints::PROJECT_DEPLOYER_PROJECT_DOWNLOAD_BUNDLE_TO_FILE, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerProjectDownloadBundleToFile<'_> {}
        ///Request value of [`DssProjectDeployerProject::get_project_standards_report`](super::super::handles::DssProjectDeployerProject::get_project_standards_report): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerProjectGetProjectStandardsReport<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerProject,
            pub(crate) bundle_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerProjectGetProjectStandardsReport<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, bundle_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-deployer/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/bundles/");
                __call.segment("bundle_id", &bundle_id, false)?;
                __call.lit("/project-standards-report");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerProjectGetProjectStandardsReport,
            super::endpoints::PROJECT_DEPLOYER_PROJECT_GET_PROJECT_STANDARDS_REPORT,
            json(Value,
            "Sends the request (`GET /project-deployer/projects/{project_key}/bundles/{bundle_id}/project-standards-report`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerProjectGetProjectStandardsReport<'_> {}
        ///Request value of [`DssProjectDeployerInfra::generate_personal_api_key`](super::super::handles::DssProjectDeployerInfra::generate_personal_api_key): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerInfraGeneratePersonalApiKey<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerInfra,
            pub(crate) label: String,
            pub(crate) description: String,
            pub(crate) for_user: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerInfraGeneratePersonalApiKey<'a> {
            /**The user the key is for (unset: the user of this client).

Unset by default (then left out). Sent as query parameter `forUser`.*/
            pub fn for_user(mut self, for_user: impl Into<String>) -> Self {
                self.for_user = Some(for_user.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, label, description, for_user, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-deployer/infras/");
                __call.segment("infra_id", &__owner.infra_id, false)?;
                __call.lit("/generate-personal-api-key");
                __call.query("label", &label);
                __call.query("description", &description);
                __call.query("forUser", &for_user);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerInfraGeneratePersonalApiKey,
            super::endpoints::PROJECT_DEPLOYER_INFRA_GENERATE_PERSONAL_API_KEY,
            json(InfraPersonalApiKeyCreation,
            "Sends the request (`POST /project-deployer/infras/{infra_id}/generate-personal-api-key`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerInfraGeneratePersonalApiKey<'_> {}
        ///Request value of [`DssProjectDeployerDeployment::get_governance_status`](super::super::handles::DssProjectDeployerDeployment::get_governance_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerDeploymentGetGovernanceStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerDeployment,
            pub(crate) bundle_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerDeploymentGetGovernanceStatus<'a> {
            /**The bundle (empty: the deployed one).

Default: ``. Sent as query parameter `bundleId`.*/
            pub fn bundle_id(mut self, bundle_id: impl Into<String>) -> Self {
                self.bundle_id = bundle_id.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, bundle_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/governance-status");
                __call.query("bundleId", &bundle_id);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerDeploymentGetGovernanceStatus,
            super::endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_GOVERNANCE_STATUS,
            json(Value,
            "Sends the request (`GET /project-deployer/deployments/{deployment_id}/governance-status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerDeploymentGetGovernanceStatus<'_> {}
        ///Request value of [`DssProjectDeployerDeployment::get_testing_status`](super::super::handles::DssProjectDeployerDeployment::get_testing_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerDeploymentGetTestingStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerDeployment,
            pub(crate) bundle_id: Option<String>,
            pub(crate) automation_node_id: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerDeploymentGetTestingStatus<'a> {
            /**The bundle whose tests to read (unset: the deployed one).

Unset by default (then left out). Sent as query parameter `bundleId`.*/
            pub fn bundle_id(mut self, bundle_id: impl Into<String>) -> Self {
                self.bundle_id = Some(bundle_id.into());
                self
            }
            /**The automation node whose tests to read (unset: all of them).

Unset by default (then left out). Sent as query parameter `automationNodeId`.*/
            pub fn automation_node_id(
                mut self,
                automation_node_id: impl Into<String>,
            ) -> Self {
                self.automation_node_id = Some(automation_node_id.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, bundle_id, automation_node_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/testing-status");
                __call.query("bundleId", &bundle_id);
                __call.query("automationNodeId", &automation_node_id);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerDeploymentGetTestingStatus,
            super::endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_TESTING_STATUS,
            json(DeploymentTestingStatus,
            "Sends the request (`GET /project-deployer/deployments/{deployment_id}/testing-status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerDeploymentGetTestingStatus<'_> {}
        ///Request value of [`DssProjectDeployerDeployment::run_test_scenarios`](super::super::handles::DssProjectDeployerDeployment::run_test_scenarios): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerDeploymentRunTestScenarios<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerDeployment,
            pub(crate) automation_node_id: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerDeploymentRunTestScenarios<'a> {
            /**The automation node to run them on (unset: all of them).

Unset by default (then left out). Sent as query parameter `automationNodeId`.*/
            pub fn automation_node_id(
                mut self,
                automation_node_id: impl Into<String>,
            ) -> Self {
                self.automation_node_id = Some(automation_node_id.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, automation_node_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/run-test-scenarios");
                __call.query("automationNodeId", &automation_node_id);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerDeploymentRunTestScenarios,
            super::endpoints::PROJECT_DEPLOYER_DEPLOYMENT_RUN_TEST_SCENARIOS,
            json(DeploymentTestingStatus,
            "Sends the request (`POST /project-deployer/deployments/{deployment_id}/run-test-scenarios`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerDeploymentRunTestScenarios<'_> {}
        ///Request value of [`DssProjectDeployerDeployment::list_updates`](super::super::handles::DssProjectDeployerDeployment::list_updates): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerDeploymentListUpdates<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerDeployment,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerDeploymentListUpdates<'a> {
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
                __call.lit("/project-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/update");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerDeploymentListUpdates,
            super::endpoints::PROJECT_DEPLOYER_DEPLOYMENT_LIST_UPDATES, json(Vec <
            DeploymentUpdateSummary >,
            "Sends the request (`GET /project-deployer/deployments/{deployment_id}/update`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerDeploymentListUpdates<'_> {}
        ///Request value of [`DssProjectDeployerDeployment::get_last_update`](super::super::handles::DssProjectDeployerDeployment::get_last_update): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerDeploymentGetLastUpdate<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerDeployment,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerDeploymentGetLastUpdate<'a> {
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
                __call.lit("/project-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/last-update");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerDeploymentGetLastUpdate,
            super::endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_LAST_UPDATE,
            json(DeploymentUpdate,
            "Sends the request (`GET /project-deployer/deployments/{deployment_id}/last-update`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerDeploymentGetLastUpdate<'_> {}
        ///Request value of [`DssProjectDeployerDeployment::get_update_at`](super::super::handles::DssProjectDeployerDeployment::get_update_at): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectDeployerDeploymentGetUpdateAt<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectDeployerDeployment,
            pub(crate) timestamp: i64,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectDeployerDeploymentGetUpdateAt<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, timestamp, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/update/");
                __call.segment("timestamp", &timestamp.to_string(), false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectDeployerDeploymentGetUpdateAt,
            super::endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_UPDATE_AT,
            json(DeploymentUpdate,
            "Sends the request (`GET /project-deployer/deployments/{deployment_id}/update/{timestamp}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectDeployerDeploymentGetUpdateAt<'_> {}
        ///Request value of [`DssApiDeployerService::import_version`](super::super::handles::DssApiDeployerService::import_version): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerServiceImportVersion<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerService,
            pub(crate) fp: crate::rt::Upload,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerServiceImportVersion<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, fp, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/api-deployer/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/versions");
                __call.upload_named(fp);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerServiceImportVersion,
            super::endpoints::API_DEPLOYER_SERVICE_IMPORT_VERSION,
            unit("Sends the request (`POST /api-deployer/services/{service_id}/versions`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerServiceImportVersion<'_> {}
        ///Request value of [`DssApiDeployerService::get_version_stream`](super::super::handles::DssApiDeployerService::get_version_stream): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerServiceGetVersionStream<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerService,
            pub(crate) version_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerServiceGetVersionStream<'a> {
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
                __call.lit("/api-deployer/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/versions/");
                __call.segment("version_id", &version_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerServiceGetVersionStream,
            super::endpoints::API_DEPLOYER_SERVICE_GET_VERSION_STREAM,
            stream("Sends the request (`GET /api-deployer/services/{service_id}/versions/{version_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerServiceGetVersionStream<'_> {}
        ///Request value of [`DssApiDeployerService::download_version_to_file`](super::super::handles::DssApiDeployerService::download_version_to_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerServiceDownloadVersionToFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerService,
            pub(crate) version_id: String,
            pub(crate) path: ::std::path::PathBuf,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerServiceDownloadVersionToFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (::std::path::PathBuf,)),
                crate::rt::Error,
            > {
                let Self { __owner, version_id, path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/api-deployer/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/versions/");
                __call.segment("version_id", &version_id, false)?;
                Ok((__call, (path,)))
            }
            ///Sends the request (`GET /api-deployer/services/{service_id}/versions/{version_id}`) and returns the answer.
            pub fn send(self) -> Result<u64, crate::rt::Error> {
                let (__call, (path,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| { __call.send_stream()?.save_to(path) },
                )
            }
        }
        crate::rt::request_common!(
            ApiDeployerServiceDownloadVersionToFile,
            super::endpoints::API_DEPLOYER_SERVICE_DOWNLOAD_VERSION_TO_FILE, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerServiceDownloadVersionToFile<'_> {}
        ///Request value of [`DssApiDeployerDeployment::get_governance_status`](super::super::handles::DssApiDeployerDeployment::get_governance_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerDeploymentGetGovernanceStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerDeployment,
            pub(crate) version: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerDeploymentGetGovernanceStatus<'a> {
            /**The version (empty: the deployed one).

Default: ``. Sent as query parameter `version`.*/
            pub fn version(mut self, version: impl Into<String>) -> Self {
                self.version = version.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, version, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/api-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/governance-status");
                __call.query("version", &version);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerDeploymentGetGovernanceStatus,
            super::endpoints::API_DEPLOYER_DEPLOYMENT_GET_GOVERNANCE_STATUS, json(Value,
            "Sends the request (`GET /api-deployer/deployments/{deployment_id}/governance-status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerDeploymentGetGovernanceStatus<'_> {}
        ///Request value of [`DssApiDeployerDeployment::run_test_queries`](super::super::handles::DssApiDeployerDeployment::run_test_queries): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerDeploymentRunTestQueries<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerDeployment,
            pub(crate) endpoint_id: Option<String>,
            pub(crate) test_queries: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerDeploymentRunTestQueries<'a> {
            /**The endpoint (unset: the service's only one).

Unset by default (then left out). Sent as query parameter `endpointIdParam`.*/
            pub fn endpoint_id(mut self, endpoint_id: impl Into<String>) -> Self {
                self.endpoint_id = Some(endpoint_id.into());
                self
            }
            /**The queries to run instead of the endpoint's own, each
`{"q": {...}}` (sent as JSON text).

Unset by default (then left out). Sent as query parameter `testQueriesParam`.*/
            pub fn test_queries(
                mut self,
                test_queries: impl Into<::serde_json::Value>,
            ) -> Self {
                self.test_queries = Some(test_queries.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, endpoint_id, test_queries, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/api-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/actions/run-test-queries");
                __call.query("endpointIdParam", &endpoint_id);
                __call
                    .query(
                        "testQueriesParam",
                        crate::rt::query_text(
                            crate::rt::convert::python_json(
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&test_queries),
                                ),
                                "test_queries",
                            )?,
                        ),
                    );
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerDeploymentRunTestQueries,
            super::endpoints::API_DEPLOYER_DEPLOYMENT_RUN_TEST_QUERIES, json(Value,
            "Sends the request (`POST /api-deployer/deployments/{deployment_id}/actions/run-test-queries`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerDeploymentRunTestQueries<'_> {}
        ///Request value of [`DssApiDeployerDeployment::run_queries`](super::super::handles::DssApiDeployerDeployment::run_queries): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerDeploymentRunQueries<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerDeployment,
            pub(crate) queries: ::serde_json::Value,
            pub(crate) endpoint_id: Option<String>,
            pub(crate) adapt_query_for_infra_type: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerDeploymentRunQueries<'a> {
            /**The endpoint (unset: the service's only one).

Unset by default (then left out). Sent as query parameter `endpointId`.*/
            pub fn endpoint_id(mut self, endpoint_id: impl Into<String>) -> Self {
                self.endpoint_id = Some(endpoint_id.into());
                self
            }
            /**Let DSS reshape the queries for the infrastructure's type.

Default: `true`. Sent as query parameter `adaptQueryForInfraType`.*/
            pub fn adapt_query_for_infra_type(
                mut self,
                adapt_query_for_infra_type: bool,
            ) -> Self {
                self.adapt_query_for_infra_type = adapt_query_for_infra_type;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    queries,
                    endpoint_id,
                    adapt_query_for_infra_type,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/api-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/actions/run-queries");
                __call
                    .query(
                        "queries",
                        crate::rt::query_text(
                            crate::rt::convert::python_json(
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&queries),
                                ),
                                "queries",
                            )?,
                        ),
                    );
                __call.query("adaptQueryForInfraType", &adapt_query_for_infra_type);
                __call.query("endpointId", &endpoint_id);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerDeploymentRunQueries,
            super::endpoints::API_DEPLOYER_DEPLOYMENT_RUN_QUERIES, json(Value,
            "Sends the request (`POST /api-deployer/deployments/{deployment_id}/actions/run-queries`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerDeploymentRunQueries<'_> {}
        ///Request value of [`DssApiDeployerDeployment::list_updates`](super::super::handles::DssApiDeployerDeployment::list_updates): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerDeploymentListUpdates<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerDeployment,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerDeploymentListUpdates<'a> {
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
                __call.lit("/api-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/update");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerDeploymentListUpdates,
            super::endpoints::API_DEPLOYER_DEPLOYMENT_LIST_UPDATES, json(Vec <
            DeploymentUpdateSummary >,
            "Sends the request (`GET /api-deployer/deployments/{deployment_id}/update`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerDeploymentListUpdates<'_> {}
        ///Request value of [`DssApiDeployerDeployment::get_last_update`](super::super::handles::DssApiDeployerDeployment::get_last_update): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerDeploymentGetLastUpdate<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerDeployment,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerDeploymentGetLastUpdate<'a> {
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
                __call.lit("/api-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/last-update");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerDeploymentGetLastUpdate,
            super::endpoints::API_DEPLOYER_DEPLOYMENT_GET_LAST_UPDATE,
            json(DeploymentUpdate,
            "Sends the request (`GET /api-deployer/deployments/{deployment_id}/last-update`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerDeploymentGetLastUpdate<'_> {}
        ///Request value of [`DssApiDeployerDeployment::get_update_at`](super::super::handles::DssApiDeployerDeployment::get_update_at): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiDeployerDeploymentGetUpdateAt<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiDeployerDeployment,
            pub(crate) timestamp: i64,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiDeployerDeploymentGetUpdateAt<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, timestamp, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/api-deployer/deployments/");
                __call.segment("deployment_id", &__owner.deployment_id, false)?;
                __call.lit("/update/");
                __call.segment("timestamp", &timestamp.to_string(), false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiDeployerDeploymentGetUpdateAt,
            super::endpoints::API_DEPLOYER_DEPLOYMENT_GET_UPDATE_AT,
            json(DeploymentUpdate,
            "Sends the request (`GET /api-deployer/deployments/{deployment_id}/update/{timestamp}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiDeployerDeploymentGetUpdateAt<'_> {}
        crate::rt::request_list!(
            ProjectDeployerProjectDelete, ProjectDeployerProjectGetBundleStream,
            ProjectDeployerProjectDownloadBundleToFile,
            ProjectDeployerProjectGetProjectStandardsReport,
            ProjectDeployerInfraGeneratePersonalApiKey,
            ProjectDeployerDeploymentGetGovernanceStatus,
            ProjectDeployerDeploymentGetTestingStatus,
            ProjectDeployerDeploymentRunTestScenarios,
            ProjectDeployerDeploymentListUpdates, ProjectDeployerDeploymentGetLastUpdate,
            ProjectDeployerDeploymentGetUpdateAt, ApiDeployerServiceImportVersion,
            ApiDeployerServiceGetVersionStream, ApiDeployerServiceDownloadVersionToFile,
            ApiDeployerDeploymentGetGovernanceStatus,
            ApiDeployerDeploymentRunTestQueries, ApiDeployerDeploymentRunQueries,
            ApiDeployerDeploymentListUpdates, ApiDeployerDeploymentGetLastUpdate,
            ApiDeployerDeploymentGetUpdateAt
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProjectDeployerProject::delete`.
        pub static PROJECT_DEPLOYER_PROJECT_DELETE: Endpoint = Endpoint::new(
            "DssProjectDeployerProject",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the published project (it must have no deployment left).",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/project-deployer/projects/{project_key}",
                    &[],
                    "ProjectDeployerProjectDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectDeployerProject::get_bundle_stream`.
        pub static PROJECT_DEPLOYER_PROJECT_GET_BUNDLE_STREAM: Endpoint = Endpoint::new(
            "DssProjectDeployerProject",
            "get_bundle_stream",
            crate::rt::Server::DSS,
            "Downloads one bundle of the published project as a byte stream (read it as it arrives).",
            &[Arg::new("bundle_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/projects/{project_key}/bundles/{bundle_id}",
                    &[],
                    "ProjectDeployerProjectGetBundleStream",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssProjectDeployerProject::download_bundle_to_file`.
        pub static PROJECT_DEPLOYER_PROJECT_DOWNLOAD_BUNDLE_TO_FILE: Endpoint = Endpoint::new(
            "DssProjectDeployerProject",
            "download_bundle_to_file",
            crate::rt::Server::DSS,
            "Downloads one bundle of the published project into a file, streamed in constant memory (dataikuapi's `-` for standard output is `/dev/stdout` here).",
            &[
                Arg::new("bundle_id", "str", Presence::Required, Place::Path, false),
                Arg::new("path", "str", Presence::Required, Place::SaveTo, false),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/projects/{project_key}/bundles/{bundle_id}",
                    &[],
                    "ProjectDeployerProjectDownloadBundleToFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::SavedToFile,
            [false, true, false],
        );
        ///`DssProjectDeployerProject::get_project_standards_report`.
        pub static PROJECT_DEPLOYER_PROJECT_GET_PROJECT_STANDARDS_REPORT: Endpoint = Endpoint::new(
            "DssProjectDeployerProject",
            "get_project_standards_report",
            crate::rt::Server::DSS,
            "Reads the project standards report of one bundle (`null` when the bundle has none).",
            &[Arg::new("bundle_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/projects/{project_key}/bundles/{bundle_id}/project-standards-report",
                    &[],
                    "ProjectDeployerProjectGetProjectStandardsReport",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectDeployerInfra::generate_personal_api_key`.
        pub static PROJECT_DEPLOYER_INFRA_GENERATE_PERSONAL_API_KEY: Endpoint = Endpoint::new(
            "DssProjectDeployerInfra",
            "generate_personal_api_key",
            crate::rt::Server::DSS,
            "Makes a personal API key for a user on every automation node of the infrastructure (needs admin rights).",
            &[
                Arg::new(
                    "label",
                    "str",
                    Presence::Required,
                    Place::Query("label"),
                    false,
                ),
                Arg::new(
                    "description",
                    "str",
                    Presence::Required,
                    Place::Query("description"),
                    false,
                ),
                Arg::new(
                    "for_user",
                    "str",
                    Presence::Optional,
                    Place::Query("forUser"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/project-deployer/infras/{infra_id}/generate-personal-api-key",
                    &[],
                    "ProjectDeployerInfraGeneratePersonalApiKey",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("InfraPersonalApiKeyCreation"),
            [false, true, false],
        );
        ///`DssProjectDeployerDeployment::get_governance_status`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_GET_GOVERNANCE_STATUS: Endpoint = Endpoint::new(
            "DssProjectDeployerDeployment",
            "get_governance_status",
            crate::rt::Server::DSS,
            "Reads what Dataiku Govern says of deploying a bundle with this deployment.",
            &[
                Arg::new(
                    "bundle_id",
                    "str",
                    Presence::Default(""),
                    Place::Query("bundleId"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/deployments/{deployment_id}/governance-status",
                    &[],
                    "ProjectDeployerDeploymentGetGovernanceStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectDeployerDeployment::get_testing_status`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_GET_TESTING_STATUS: Endpoint = Endpoint::new(
            "DssProjectDeployerDeployment",
            "get_testing_status",
            crate::rt::Server::DSS,
            "Reads the outcome of the deployment's test scenarios.",
            &[
                Arg::new(
                    "bundle_id",
                    "str",
                    Presence::Optional,
                    Place::Query("bundleId"),
                    false,
                ),
                Arg::new(
                    "automation_node_id",
                    "str",
                    Presence::Optional,
                    Place::Query("automationNodeId"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/deployments/{deployment_id}/testing-status",
                    &[],
                    "ProjectDeployerDeploymentGetTestingStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("DeploymentTestingStatus"),
            [false, true, false],
        );
        ///`DssProjectDeployerDeployment::run_test_scenarios`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_RUN_TEST_SCENARIOS: Endpoint = Endpoint::new(
            "DssProjectDeployerDeployment",
            "run_test_scenarios",
            crate::rt::Server::DSS,
            "Runs the deployed project's test scenarios and returns their outcome.",
            &[
                Arg::new(
                    "automation_node_id",
                    "str",
                    Presence::Optional,
                    Place::Query("automationNodeId"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/project-deployer/deployments/{deployment_id}/run-test-scenarios",
                    &[],
                    "ProjectDeployerDeploymentRunTestScenarios",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("DeploymentTestingStatus"),
            [false, true, false],
        );
        ///`DssProjectDeployerDeployment::list_updates`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_LIST_UPDATES: Endpoint = Endpoint::new(
            "DssProjectDeployerDeployment",
            "list_updates",
            crate::rt::Server::DSS,
            "Lists the deployment's updates, newest first.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/deployments/{deployment_id}/update",
                    &[],
                    "ProjectDeployerDeploymentListUpdates",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < DeploymentUpdateSummary >"),
            [false, true, false],
        );
        ///`DssProjectDeployerDeployment::get_last_update`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_GET_LAST_UPDATE: Endpoint = Endpoint::new(
            "DssProjectDeployerDeployment",
            "get_last_update",
            crate::rt::Server::DSS,
            "Reads the last update of the deployment, with its log (the building block of `get_update` without a timestamp).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/deployments/{deployment_id}/last-update",
                    &[],
                    "ProjectDeployerDeploymentGetLastUpdate",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("DeploymentUpdate"),
            [false, false, false],
        );
        ///`DssProjectDeployerDeployment::get_update_at`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_GET_UPDATE_AT: Endpoint = Endpoint::new(
            "DssProjectDeployerDeployment",
            "get_update_at",
            crate::rt::Server::DSS,
            "Reads one update of the deployment, with its log (the building block of `get_update` with a timestamp).",
            &[Arg::new("timestamp", "int", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-deployer/deployments/{deployment_id}/update/{timestamp}",
                    &[],
                    "ProjectDeployerDeploymentGetUpdateAt",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("DeploymentUpdate"),
            [false, false, false],
        );
        ///`DssApiDeployerService::import_version`.
        pub static API_DEPLOYER_SERVICE_IMPORT_VERSION: Endpoint = Endpoint::new(
            "DssApiDeployerService",
            "import_version",
            crate::rt::Server::DSS,
            "Uploads a version of the service (a package archive made by a project's API service), streamed from here.",
            &[Arg::new("fp", "file", Presence::Required, Place::Upload, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/api-deployer/services/{service_id}/versions",
                    &[],
                    "ApiDeployerServiceImportVersion",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssApiDeployerService::get_version_stream`.
        pub static API_DEPLOYER_SERVICE_GET_VERSION_STREAM: Endpoint = Endpoint::new(
            "DssApiDeployerService",
            "get_version_stream",
            crate::rt::Server::DSS,
            "Downloads one version of the service as a byte stream (read it as it arrives).",
            &[Arg::new("version_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/services/{service_id}/versions/{version_id}",
                    &[],
                    "ApiDeployerServiceGetVersionStream",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssApiDeployerService::download_version_to_file`.
        pub static API_DEPLOYER_SERVICE_DOWNLOAD_VERSION_TO_FILE: Endpoint = Endpoint::new(
            "DssApiDeployerService",
            "download_version_to_file",
            crate::rt::Server::DSS,
            "Downloads one version of the service into a file, streamed in constant memory.",
            &[
                Arg::new("version_id", "str", Presence::Required, Place::Path, false),
                Arg::new("path", "str", Presence::Required, Place::SaveTo, false),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/services/{service_id}/versions/{version_id}",
                    &[],
                    "ApiDeployerServiceDownloadVersionToFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::SavedToFile,
            [false, true, false],
        );
        ///`DssApiDeployerDeployment::get_governance_status`.
        pub static API_DEPLOYER_DEPLOYMENT_GET_GOVERNANCE_STATUS: Endpoint = Endpoint::new(
            "DssApiDeployerDeployment",
            "get_governance_status",
            crate::rt::Server::DSS,
            "Reads what Dataiku Govern says of deploying a version with this deployment.",
            &[
                Arg::new(
                    "version",
                    "str",
                    Presence::Default(""),
                    Place::Query("version"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/deployments/{deployment_id}/governance-status",
                    &[],
                    "ApiDeployerDeploymentGetGovernanceStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssApiDeployerDeployment::run_test_queries`.
        pub static API_DEPLOYER_DEPLOYMENT_RUN_TEST_QUERIES: Endpoint = Endpoint::new(
            "DssApiDeployerDeployment",
            "run_test_queries",
            crate::rt::Server::DSS,
            "Runs the test queries of an endpoint of the deployed service (those of its settings, or the ones given) and returns their answers.",
            &[
                Arg::new(
                    "endpoint_id",
                    "str",
                    Presence::Optional,
                    Place::Query("endpointIdParam"),
                    false,
                ),
                Arg::new(
                    "test_queries",
                    "json",
                    Presence::Optional,
                    Place::Query("testQueriesParam"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/api-deployer/deployments/{deployment_id}/actions/run-test-queries",
                    &[],
                    "ApiDeployerDeploymentRunTestQueries",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssApiDeployerDeployment::run_queries`.
        pub static API_DEPLOYER_DEPLOYMENT_RUN_QUERIES: Endpoint = Endpoint::new(
            "DssApiDeployerDeployment",
            "run_queries",
            crate::rt::Server::DSS,
            "Runs queries on an endpoint of the deployed service and returns their answers.",
            &[
                Arg::new(
                    "queries",
                    "json",
                    Presence::Required,
                    Place::Query("queries"),
                    false,
                ),
                Arg::new(
                    "endpoint_id",
                    "str",
                    Presence::Optional,
                    Place::Query("endpointId"),
                    false,
                ),
                Arg::new(
                    "adapt_query_for_infra_type",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("adaptQueryForInfraType"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/api-deployer/deployments/{deployment_id}/actions/run-queries",
                    &[],
                    "ApiDeployerDeploymentRunQueries",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssApiDeployerDeployment::list_updates`.
        pub static API_DEPLOYER_DEPLOYMENT_LIST_UPDATES: Endpoint = Endpoint::new(
            "DssApiDeployerDeployment",
            "list_updates",
            crate::rt::Server::DSS,
            "Lists the deployment's updates, newest first.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/deployments/{deployment_id}/update",
                    &[],
                    "ApiDeployerDeploymentListUpdates",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < DeploymentUpdateSummary >"),
            [false, true, false],
        );
        ///`DssApiDeployerDeployment::get_last_update`.
        pub static API_DEPLOYER_DEPLOYMENT_GET_LAST_UPDATE: Endpoint = Endpoint::new(
            "DssApiDeployerDeployment",
            "get_last_update",
            crate::rt::Server::DSS,
            "Reads the last update of the deployment, with its log (the building block of `get_update` without a timestamp).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/deployments/{deployment_id}/last-update",
                    &[],
                    "ApiDeployerDeploymentGetLastUpdate",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("DeploymentUpdate"),
            [false, false, false],
        );
        ///`DssApiDeployerDeployment::get_update_at`.
        pub static API_DEPLOYER_DEPLOYMENT_GET_UPDATE_AT: Endpoint = Endpoint::new(
            "DssApiDeployerDeployment",
            "get_update_at",
            crate::rt::Server::DSS,
            "Reads one update of the deployment, with its log (the building block of `get_update` with a timestamp).",
            &[Arg::new("timestamp", "int", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/api-deployer/deployments/{deployment_id}/update/{timestamp}",
                    &[],
                    "ApiDeployerDeploymentGetUpdateAt",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("DeploymentUpdate"),
            [false, false, false],
        );
        ///`DssProjectDeployerDeployment::get_status`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_GET_STATUS: Endpoint = Endpoint::new(
            "DssProjectDeployerDeployment",
            "get_status",
            crate::rt::Server::DSS,
            "Reads the deployment's light then heavy status, typed (dataikuapi's `DSSProjectDeployerDeploymentStatus`).",
            &[],
            None,
            ResultKind::HandWritten(
                "Pending < '_ , DssProjectDeployerDeploymentStatus >",
            ),
            [true, true, false],
        );
        ///`DssProjectDeployerDeployment::get_update`.
        pub static PROJECT_DEPLOYER_DEPLOYMENT_GET_UPDATE: Endpoint = Endpoint::new(
            "DssProjectDeployerDeployment",
            "get_update",
            crate::rt::Server::DSS,
            "Reads one update of the deployment, with its log: the last one, or the one that started at `timestamp`.",
            &[],
            None,
            ResultKind::HandWritten("DeploymentGetUpdate < '_ >"),
            [true, true, false],
        );
        ///`DssApiDeployerDeployment::get_status`.
        pub static API_DEPLOYER_DEPLOYMENT_GET_STATUS: Endpoint = Endpoint::new(
            "DssApiDeployerDeployment",
            "get_status",
            crate::rt::Server::DSS,
            "Reads the deployment's light then heavy status, typed (dataikuapi's `DSSAPIDeployerDeploymentStatus`).",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , DssApiDeployerDeploymentStatus >"),
            [true, true, false],
        );
        ///`DssApiDeployerDeployment::get_update`.
        pub static API_DEPLOYER_DEPLOYMENT_GET_UPDATE: Endpoint = Endpoint::new(
            "DssApiDeployerDeployment",
            "get_update",
            crate::rt::Server::DSS,
            "Reads one update of the deployment, with its log: the last one, or the one that started at `timestamp`.",
            &[],
            None,
            ResultKind::HandWritten("DeploymentGetUpdate < '_ >"),
            [true, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::PROJECT_DEPLOYER_PROJECT_DELETE,
        &endpoints::PROJECT_DEPLOYER_PROJECT_GET_BUNDLE_STREAM,
        &endpoints::PROJECT_DEPLOYER_PROJECT_DOWNLOAD_BUNDLE_TO_FILE,
        &endpoints::PROJECT_DEPLOYER_PROJECT_GET_PROJECT_STANDARDS_REPORT,
        &endpoints::PROJECT_DEPLOYER_INFRA_GENERATE_PERSONAL_API_KEY,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_GOVERNANCE_STATUS,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_TESTING_STATUS,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_RUN_TEST_SCENARIOS,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_LIST_UPDATES,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_LAST_UPDATE,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_UPDATE_AT,
        &endpoints::API_DEPLOYER_SERVICE_IMPORT_VERSION,
        &endpoints::API_DEPLOYER_SERVICE_GET_VERSION_STREAM,
        &endpoints::API_DEPLOYER_SERVICE_DOWNLOAD_VERSION_TO_FILE,
        &endpoints::API_DEPLOYER_DEPLOYMENT_GET_GOVERNANCE_STATUS,
        &endpoints::API_DEPLOYER_DEPLOYMENT_RUN_TEST_QUERIES,
        &endpoints::API_DEPLOYER_DEPLOYMENT_RUN_QUERIES,
        &endpoints::API_DEPLOYER_DEPLOYMENT_LIST_UPDATES,
        &endpoints::API_DEPLOYER_DEPLOYMENT_GET_LAST_UPDATE,
        &endpoints::API_DEPLOYER_DEPLOYMENT_GET_UPDATE_AT,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_STATUS,
        &endpoints::PROJECT_DEPLOYER_DEPLOYMENT_GET_UPDATE,
        &endpoints::API_DEPLOYER_DEPLOYMENT_GET_STATUS,
        &endpoints::API_DEPLOYER_DEPLOYMENT_GET_UPDATE,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[]
    };
    /// This file's models, in spec order.
    pub const MODELS: &[crate::rt::catalog::Model] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Model, ModelMember};
        &[
            Model {
                name: "ProjectDeploymentLightStatus",
                doc: "The basic (\"light\") status of a Project Deployer deployment, as `get_light_status` reads it: what is deployed where, not its health.",
                members: &[
                    ModelMember {
                        name: "deployment_basic_info",
                        wire: "deploymentBasicInfo",
                        ty: "Option < ProjectDeploymentBasicInfo >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "infra_basic_info",
                        wire: "infraBasicInfo",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "ProjectDeploymentBasicInfo",
                doc: "What a Project Deployer deployment is, in its light status.",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "published_project_key",
                        wire: "publishedProjectKey",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "bundle_id",
                        wire: "bundleId",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "infra_id",
                        wire: "infraId",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "deployed_project_key",
                        wire: "deployedProjectKey",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "ApiDeploymentLightStatus",
                doc: "The basic (\"light\") status of an API Deployer deployment, as `get_light_status` reads it: what is deployed where, not its health.",
                members: &[
                    ModelMember {
                        name: "deployment_basic_info",
                        wire: "deploymentBasicInfo",
                        ty: "Option < ApiDeploymentBasicInfo >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "infra_basic_info",
                        wire: "infraBasicInfo",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "ApiDeploymentBasicInfo",
                doc: "What an API Deployer deployment is, in its light status.",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "published_service_id",
                        wire: "publishedServiceId",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "deployed_service_id",
                        wire: "deployedServiceId",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "infra_id",
                        wire: "infraId",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "enabled",
                        wire: "enabled",
                        ty: "Option < bool >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "DeploymentHeavyStatus",
                doc: "The full (\"heavy\") status of a deployment of either deployer, as `get_heavy_status` reads it: its health and the messages that explain it (an API deployment's also holds its API nodes or public URL, kept with the other members).",
                members: &[
                    ModelMember {
                        name: "health",
                        wire: "health",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "health_messages",
                        wire: "healthMessages",
                        ty: "Option < DeploymentHealthMessages >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "DeploymentHealthMessages",
                doc: "The messages that explain a deployment's health.",
                members: &[
                    ModelMember {
                        name: "max_severity",
                        wire: "maxSeverity",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "messages",
                        wire: "messages",
                        ty: "Vec < Value >",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "DeploymentUpdateSummary",
                doc: "An update of a deployment, as listed by `list_updates`.",
                members: &[
                    ModelMember {
                        name: "start_timestamp",
                        wire: "startTimestamp",
                        ty: "i64",
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
                        name: "status",
                        wire: "status",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "DeploymentUpdate",
                doc: "An update of a deployment, with its log, as `get_update` reads it (dataikuapi's `DSSProjectDeployerDeploymentUpdate` and `DSSAPIDeployerDeploymentUpdate`).",
                members: &[
                    ModelMember {
                        name: "start_timestamp",
                        wire: "startTimestamp",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "end_timestamp",
                        wire: "endTimestamp",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "requester",
                        wire: "requester",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "status",
                        wire: "status",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "logs",
                        wire: "logs",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "DeploymentTestingStatus",
                doc: "The outcome of the test scenarios of a deployed project (dataikuapi's `DSSTestingStatus`).",
                members: &[
                    ModelMember {
                        name: "nb_total_ran_scenarios",
                        wire: "nbTotalRanScenarios",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "nb_scenarios_per_outcome",
                        wire: "nbScenariosPerOutcome",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "InfraPersonalApiKeyCreation",
                doc: "What `generate_personal_api_key` of an infrastructure made (dataikuapi's `DSSPersonalAPIKeyCreationResult`): a key for a user on each automation node of the infrastructure.",
                members: &[
                    ModelMember {
                        name: "created_on_all_nodes",
                        wire: "createdOnAllNodes",
                        ty: "Option < bool >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "user",
                        wire: "user",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "secret",
                        wire: "secret",
                        ty: "Option < String >",
                        optional: true,
                        secret: true,
                    },
                    ModelMember {
                        name: "nodes_and_keys",
                        wire: "nodesAndKeys",
                        ty: "Option < Value >",
                        optional: true,
                        secret: true,
                    },
                    ModelMember {
                        name: "error",
                        wire: "error",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "nodes_where_user_does_not_exist",
                        wire: "nodesWhereUserDoesNotExist",
                        ty: "Option < Vec < String > >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "nodes_where_user_is_disabled",
                        wire: "nodesWhereUserIsDisabled",
                        ty: "Option < Vec < String > >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl super::handles::DssProjectDeployerProject {
        /**Deletes the published project (it must have no deployment left).

`DELETE /project-deployer/projects/{project_key}`

Returns a [`ProjectDeployerProjectDelete`](requests::ProjectDeployerProjectDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::ProjectDeployerProjectDelete<'_> {
            requests::ProjectDeployerProjectDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Downloads one bundle of the published project as a byte stream (read
it as it arrives).

`GET /project-deployer/projects/{project_key}/bundles/{bundle_id}`

Arguments:
- `bundle_id`: The bundle's id. Sent as a path segment.

Returns a [`ProjectDeployerProjectGetBundleStream`](requests::ProjectDeployerProjectGetBundleStream) request; nothing is sent until `.send()`.*/
        pub fn get_bundle_stream(
            &self,
            bundle_id: impl Into<String>,
        ) -> requests::ProjectDeployerProjectGetBundleStream<'_> {
            requests::ProjectDeployerProjectGetBundleStream {
                __owner: self,
                bundle_id: bundle_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Downloads one bundle of the published project into a file, streamed
in constant memory (dataikuapi's `-` for standard output is
`/dev/stdout` here). Returns the number of bytes written.

`GET /project-deployer/projects/{project_key}/bundles/{bundle_id}`

Arguments:
- `bundle_id`: The bundle's id. Sent as a path segment.
- `path`: Where to write the archive. Sent as the local file the answer is written to.

Returns a [`ProjectDeployerProjectDownloadBundleToFile`](requests::ProjectDeployerProjectDownloadBundleToFile) request; nothing is sent until `.send()`.*/
        pub fn download_bundle_to_file(
            &self,
            bundle_id: impl Into<String>,
            path: impl AsRef<::std::path::Path>,
        ) -> requests::ProjectDeployerProjectDownloadBundleToFile<'_> {
            requests::ProjectDeployerProjectDownloadBundleToFile {
                __owner: self,
                bundle_id: bundle_id.into(),
                path: ::std::path::Path::to_path_buf(path.as_ref()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the project standards report of one bundle (`null` when the
bundle has none).

`GET /project-deployer/projects/{project_key}/bundles/{bundle_id}/project-standards-report`

Arguments:
- `bundle_id`: The bundle's id. Sent as a path segment.

Returns a [`ProjectDeployerProjectGetProjectStandardsReport`](requests::ProjectDeployerProjectGetProjectStandardsReport) request; nothing is sent until `.send()`.*/
        pub fn get_project_standards_report(
            &self,
            bundle_id: impl Into<String>,
        ) -> requests::ProjectDeployerProjectGetProjectStandardsReport<'_> {
            requests::ProjectDeployerProjectGetProjectStandardsReport {
                __owner: self,
                bundle_id: bundle_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssProjectDeployerInfra {
        /**Makes a personal API key for a user on every automation node of the
infrastructure (needs admin rights).

`POST /project-deployer/infras/{infra_id}/generate-personal-api-key`

Never retried: sending it twice could do the work twice.

Arguments:
- `label`: The key's label. Sent as query parameter `label`.
- `description`: The key's description. Sent as query parameter `description`.

Optional arguments, set by name on the returned request:
- `for_user`: Unset by default (then left out). Sent as query parameter `forUser`.

Returns a [`ProjectDeployerInfraGeneratePersonalApiKey`](requests::ProjectDeployerInfraGeneratePersonalApiKey) request; nothing is sent until `.send()`.*/
        pub fn generate_personal_api_key(
            &self,
            label: impl Into<String>,
            description: impl Into<String>,
        ) -> requests::ProjectDeployerInfraGeneratePersonalApiKey<'_> {
            requests::ProjectDeployerInfraGeneratePersonalApiKey {
                __owner: self,
                label: label.into(),
                description: description.into(),
                for_user: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssProjectDeployerDeployment {
        /**Reads what Dataiku Govern says of deploying a bundle with this
deployment.

`GET /project-deployer/deployments/{deployment_id}/governance-status`

Optional arguments, set by name on the returned request:
- `bundle_id`: Default: ``. Sent as query parameter `bundleId`.

Returns a [`ProjectDeployerDeploymentGetGovernanceStatus`](requests::ProjectDeployerDeploymentGetGovernanceStatus) request; nothing is sent until `.send()`.*/
        pub fn get_governance_status(
            &self,
        ) -> requests::ProjectDeployerDeploymentGetGovernanceStatus<'_> {
            requests::ProjectDeployerDeploymentGetGovernanceStatus {
                __owner: self,
                bundle_id: String::from(""),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the outcome of the deployment's test scenarios.

`GET /project-deployer/deployments/{deployment_id}/testing-status`

Optional arguments, set by name on the returned request:
- `bundle_id`: Unset by default (then left out). Sent as query parameter `bundleId`.
- `automation_node_id`: Unset by default (then left out). Sent as query parameter `automationNodeId`.

Returns a [`ProjectDeployerDeploymentGetTestingStatus`](requests::ProjectDeployerDeploymentGetTestingStatus) request; nothing is sent until `.send()`.*/
        pub fn get_testing_status(
            &self,
        ) -> requests::ProjectDeployerDeploymentGetTestingStatus<'_> {
            requests::ProjectDeployerDeploymentGetTestingStatus {
                __owner: self,
                bundle_id: None,
                automation_node_id: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Runs the deployed project's test scenarios and returns their outcome.

`POST /project-deployer/deployments/{deployment_id}/run-test-scenarios`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `automation_node_id`: Unset by default (then left out). Sent as query parameter `automationNodeId`.

Returns a [`ProjectDeployerDeploymentRunTestScenarios`](requests::ProjectDeployerDeploymentRunTestScenarios) request; nothing is sent until `.send()`.*/
        pub fn run_test_scenarios(
            &self,
        ) -> requests::ProjectDeployerDeploymentRunTestScenarios<'_> {
            requests::ProjectDeployerDeploymentRunTestScenarios {
                __owner: self,
                automation_node_id: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the deployment's updates, newest first.

`GET /project-deployer/deployments/{deployment_id}/update`

Returns a [`ProjectDeployerDeploymentListUpdates`](requests::ProjectDeployerDeploymentListUpdates) request; nothing is sent until `.send()`.*/
        pub fn list_updates(
            &self,
        ) -> requests::ProjectDeployerDeploymentListUpdates<'_> {
            requests::ProjectDeployerDeploymentListUpdates {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the last update of the deployment, with its log (the building
block of `get_update` without a timestamp).

`GET /project-deployer/deployments/{deployment_id}/last-update`

Returns a [`ProjectDeployerDeploymentGetLastUpdate`](requests::ProjectDeployerDeploymentGetLastUpdate) request; nothing is sent until `.send()`.*/
        pub fn get_last_update(
            &self,
        ) -> requests::ProjectDeployerDeploymentGetLastUpdate<'_> {
            requests::ProjectDeployerDeploymentGetLastUpdate {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads one update of the deployment, with its log (the building
block of `get_update` with a timestamp).

`GET /project-deployer/deployments/{deployment_id}/update/{timestamp}`

Arguments:
- `timestamp`: When the update started, as `list_updates` gives it. Sent as a path segment.

Returns a [`ProjectDeployerDeploymentGetUpdateAt`](requests::ProjectDeployerDeploymentGetUpdateAt) request; nothing is sent until `.send()`.*/
        pub fn get_update_at(
            &self,
            timestamp: i64,
        ) -> requests::ProjectDeployerDeploymentGetUpdateAt<'_> {
            requests::ProjectDeployerDeploymentGetUpdateAt {
                __owner: self,
                timestamp: timestamp,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssApiDeployerService {
        /**Uploads a version of the service (a package archive made by a
project's API service), streamed from here.

`POST /api-deployer/services/{service_id}/versions`

Never retried: sending it twice could do the work twice.

Arguments:
- `fp`: The package archive (a reader, a file, a path or bytes). Sent as a streamed multipart upload (part `file`, filename: the upload's own, or `file`).

Returns a [`ApiDeployerServiceImportVersion`](requests::ApiDeployerServiceImportVersion) request; nothing is sent until `.send()`.*/
        pub fn import_version(
            &self,
            fp: impl Into<crate::rt::Upload>,
        ) -> requests::ApiDeployerServiceImportVersion<'_> {
            requests::ApiDeployerServiceImportVersion {
                __owner: self,
                fp: fp.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Downloads one version of the service as a byte stream (read it as
it arrives).

`GET /api-deployer/services/{service_id}/versions/{version_id}`

Arguments:
- `version_id`: The version's id. Sent as a path segment.

Returns a [`ApiDeployerServiceGetVersionStream`](requests::ApiDeployerServiceGetVersionStream) request; nothing is sent until `.send()`.*/
        pub fn get_version_stream(
            &self,
            version_id: impl Into<String>,
        ) -> requests::ApiDeployerServiceGetVersionStream<'_> {
            requests::ApiDeployerServiceGetVersionStream {
                __owner: self,
                version_id: version_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Downloads one version of the service into a file, streamed in
constant memory. Returns the number of bytes written.

`GET /api-deployer/services/{service_id}/versions/{version_id}`

Arguments:
- `version_id`: The version's id. Sent as a path segment.
- `path`: Where to write the archive. Sent as the local file the answer is written to.

Returns a [`ApiDeployerServiceDownloadVersionToFile`](requests::ApiDeployerServiceDownloadVersionToFile) request; nothing is sent until `.send()`.*/
        pub fn download_version_to_file(
            &self,
            version_id: impl Into<String>,
            path: impl AsRef<::std::path::Path>,
        ) -> requests::ApiDeployerServiceDownloadVersionToFile<'_> {
            requests::ApiDeployerServiceDownloadVersionToFile {
                __owner: self,
                version_id: version_id.into(),
                path: ::std::path::Path::to_path_buf(path.as_ref()),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssApiDeployerDeployment {
        /**Reads what Dataiku Govern says of deploying a version with this
deployment.

`GET /api-deployer/deployments/{deployment_id}/governance-status`

Optional arguments, set by name on the returned request:
- `version`: Default: ``. Sent as query parameter `version`.

Returns a [`ApiDeployerDeploymentGetGovernanceStatus`](requests::ApiDeployerDeploymentGetGovernanceStatus) request; nothing is sent until `.send()`.*/
        pub fn get_governance_status(
            &self,
        ) -> requests::ApiDeployerDeploymentGetGovernanceStatus<'_> {
            requests::ApiDeployerDeploymentGetGovernanceStatus {
                __owner: self,
                version: String::from(""),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Runs the test queries of an endpoint of the deployed service (those
of its settings, or the ones given) and returns their answers.

`POST /api-deployer/deployments/{deployment_id}/actions/run-test-queries`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `endpoint_id`: Unset by default (then left out). Sent as query parameter `endpointIdParam`.
- `test_queries`: Unset by default (then left out). Sent as query parameter `testQueriesParam`.

Returns a [`ApiDeployerDeploymentRunTestQueries`](requests::ApiDeployerDeploymentRunTestQueries) request; nothing is sent until `.send()`.*/
        pub fn run_test_queries(
            &self,
        ) -> requests::ApiDeployerDeploymentRunTestQueries<'_> {
            requests::ApiDeployerDeploymentRunTestQueries {
                __owner: self,
                endpoint_id: None,
                test_queries: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Runs queries on an endpoint of the deployed service and returns
their answers.

`POST /api-deployer/deployments/{deployment_id}/actions/run-queries`

Never retried: sending it twice could do the work twice.

Arguments:
- `queries`: The queries, each `{"features": {...}}` or as the endpoint takes them (sent as JSON text). Sent as query parameter `queries`.

Optional arguments, set by name on the returned request:
- `endpoint_id`: Unset by default (then left out). Sent as query parameter `endpointId`.
- `adapt_query_for_infra_type`: Default: `true`. Sent as query parameter `adaptQueryForInfraType`.

Returns a [`ApiDeployerDeploymentRunQueries`](requests::ApiDeployerDeploymentRunQueries) request; nothing is sent until `.send()`.*/
        pub fn run_queries(
            &self,
            queries: impl Into<::serde_json::Value>,
        ) -> requests::ApiDeployerDeploymentRunQueries<'_> {
            requests::ApiDeployerDeploymentRunQueries {
                __owner: self,
                queries: queries.into(),
                endpoint_id: None,
                adapt_query_for_infra_type: true,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the deployment's updates, newest first.

`GET /api-deployer/deployments/{deployment_id}/update`

Returns a [`ApiDeployerDeploymentListUpdates`](requests::ApiDeployerDeploymentListUpdates) request; nothing is sent until `.send()`.*/
        pub fn list_updates(&self) -> requests::ApiDeployerDeploymentListUpdates<'_> {
            requests::ApiDeployerDeploymentListUpdates {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the last update of the deployment, with its log (the building
block of `get_update` without a timestamp).

`GET /api-deployer/deployments/{deployment_id}/last-update`

Returns a [`ApiDeployerDeploymentGetLastUpdate`](requests::ApiDeployerDeploymentGetLastUpdate) request; nothing is sent until `.send()`.*/
        pub fn get_last_update(
            &self,
        ) -> requests::ApiDeployerDeploymentGetLastUpdate<'_> {
            requests::ApiDeployerDeploymentGetLastUpdate {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads one update of the deployment, with its log (the building
block of `get_update` with a timestamp).

`GET /api-deployer/deployments/{deployment_id}/update/{timestamp}`

Arguments:
- `timestamp`: When the update started, as `list_updates` gives it. Sent as a path segment.

Returns a [`ApiDeployerDeploymentGetUpdateAt`](requests::ApiDeployerDeploymentGetUpdateAt) request; nothing is sent until `.send()`.*/
        pub fn get_update_at(
            &self,
            timestamp: i64,
        ) -> requests::ApiDeployerDeploymentGetUpdateAt<'_> {
            requests::ApiDeployerDeploymentGetUpdateAt {
                __owner: self,
                timestamp: timestamp,
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
            impl super::handles::DssProjectDeployerDeployment {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_status(
                    &self,
                ) -> Pending<'_, DssProjectDeployerDeploymentStatus> {
                    self.get_status()
                }
            }
            impl super::handles::DssProjectDeployerDeployment {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_update(&self) -> DeploymentGetUpdate<'_> {
                    self.get_update()
                }
            }
            impl super::handles::DssApiDeployerDeployment {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_status(
                    &self,
                ) -> Pending<'_, DssApiDeployerDeploymentStatus> {
                    self.get_status()
                }
            }
            impl super::handles::DssApiDeployerDeployment {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_update(&self) -> DeploymentGetUpdate<'_> {
                    self.get_update()
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
                ("DssProjectDeployerProject", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerProject", ids)?;
                        let __owner = super::handles::DssProjectDeployerProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::ProjectDeployerProjectDelete::ENDPOINT;
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
                ("DssProjectDeployerProject", "get_bundle_stream") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerProject", ids)?;
                        let __owner = super::handles::DssProjectDeployerProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_bundle_stream(args.str("bundle_id")?);
                        let __endpoint = requests::ProjectDeployerProjectGetBundleStream::ENDPOINT;
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
                ("DssProjectDeployerProject", "download_bundle_to_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerProject", ids)?;
                        let __owner = super::handles::DssProjectDeployerProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .download_bundle_to_file(
                                args.str("bundle_id")?,
                                args.str("path")?,
                            );
                        let __endpoint = requests::ProjectDeployerProjectDownloadBundleToFile::ENDPOINT;
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
                ("DssProjectDeployerProject", "get_project_standards_report") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerProject", ids)?;
                        let __owner = super::handles::DssProjectDeployerProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .get_project_standards_report(args.str("bundle_id")?);
                        let __endpoint = requests::ProjectDeployerProjectGetProjectStandardsReport::ENDPOINT;
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
                ("DssProjectDeployerInfra", "generate_personal_api_key") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_infra_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerInfra", ids)?;
                        let __owner = super::handles::DssProjectDeployerInfra {
                            client: ::core::clone::Clone::clone(client),
                            infra_id: __id_infra_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .generate_personal_api_key(
                                args.str("label")?,
                                args.str("description")?,
                            );
                        let __endpoint = requests::ProjectDeployerInfraGeneratePersonalApiKey::ENDPOINT;
                        if let Some(__v) = args.opt_str("for_user")? {
                            __r = __r.for_user(__v);
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
                ("DssProjectDeployerDeployment", "get_governance_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerDeployment", ids)?;
                        let __owner = super::handles::DssProjectDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_governance_status();
                        let __endpoint = requests::ProjectDeployerDeploymentGetGovernanceStatus::ENDPOINT;
                        if let Some(__v) = args.opt_str("bundle_id")? {
                            __r = __r.bundle_id(__v);
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
                ("DssProjectDeployerDeployment", "get_testing_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerDeployment", ids)?;
                        let __owner = super::handles::DssProjectDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_testing_status();
                        let __endpoint = requests::ProjectDeployerDeploymentGetTestingStatus::ENDPOINT;
                        if let Some(__v) = args.opt_str("bundle_id")? {
                            __r = __r.bundle_id(__v);
                        }
                        if let Some(__v) = args.opt_str("automation_node_id")? {
                            __r = __r.automation_node_id(__v);
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
                ("DssProjectDeployerDeployment", "run_test_scenarios") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerDeployment", ids)?;
                        let __owner = super::handles::DssProjectDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.run_test_scenarios();
                        let __endpoint = requests::ProjectDeployerDeploymentRunTestScenarios::ENDPOINT;
                        if let Some(__v) = args.opt_str("automation_node_id")? {
                            __r = __r.automation_node_id(__v);
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
                ("DssProjectDeployerDeployment", "list_updates") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerDeployment", ids)?;
                        let __owner = super::handles::DssProjectDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_updates();
                        let __endpoint = requests::ProjectDeployerDeploymentListUpdates::ENDPOINT;
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
                ("DssProjectDeployerDeployment", "get_last_update") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerDeployment", ids)?;
                        let __owner = super::handles::DssProjectDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_last_update();
                        let __endpoint = requests::ProjectDeployerDeploymentGetLastUpdate::ENDPOINT;
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
                ("DssProjectDeployerDeployment", "get_update_at") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectDeployerDeployment", ids)?;
                        let __owner = super::handles::DssProjectDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_update_at(args.int("timestamp")?);
                        let __endpoint = requests::ProjectDeployerDeploymentGetUpdateAt::ENDPOINT;
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
                ("DssApiDeployerService", "import_version") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerService", ids)?;
                        let __owner = super::handles::DssApiDeployerService {
                            client: ::core::clone::Clone::clone(client),
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.import_version(args.file("fp")?);
                        let __endpoint = requests::ApiDeployerServiceImportVersion::ENDPOINT;
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
                ("DssApiDeployerService", "get_version_stream") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerService", ids)?;
                        let __owner = super::handles::DssApiDeployerService {
                            client: ::core::clone::Clone::clone(client),
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .get_version_stream(args.str("version_id")?);
                        let __endpoint = requests::ApiDeployerServiceGetVersionStream::ENDPOINT;
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
                ("DssApiDeployerService", "download_version_to_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerService", ids)?;
                        let __owner = super::handles::DssApiDeployerService {
                            client: ::core::clone::Clone::clone(client),
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .download_version_to_file(
                                args.str("version_id")?,
                                args.str("path")?,
                            );
                        let __endpoint = requests::ApiDeployerServiceDownloadVersionToFile::ENDPOINT;
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
                ("DssApiDeployerDeployment", "get_governance_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerDeployment", ids)?;
                        let __owner = super::handles::DssApiDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_governance_status();
                        let __endpoint = requests::ApiDeployerDeploymentGetGovernanceStatus::ENDPOINT;
                        if let Some(__v) = args.opt_str("version")? {
                            __r = __r.version(__v);
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
                ("DssApiDeployerDeployment", "run_test_queries") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerDeployment", ids)?;
                        let __owner = super::handles::DssApiDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.run_test_queries();
                        let __endpoint = requests::ApiDeployerDeploymentRunTestQueries::ENDPOINT;
                        if let Some(__v) = args.opt_str("endpoint_id")? {
                            __r = __r.endpoint_id(__v);
                        }
                        if let Some(__v) = args.opt_json("test_queries")? {
                            __r = __r.test_queries(__v);
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
                ("DssApiDeployerDeployment", "run_queries") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerDeployment", ids)?;
                        let __owner = super::handles::DssApiDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.run_queries(args.json("queries")?);
                        let __endpoint = requests::ApiDeployerDeploymentRunQueries::ENDPOINT;
                        if let Some(__v) = args.opt_str("endpoint_id")? {
                            __r = __r.endpoint_id(__v);
                        }
                        if let Some(__v) = args.opt_bool("adapt_query_for_infra_type")? {
                            __r = __r.adapt_query_for_infra_type(__v);
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
                ("DssApiDeployerDeployment", "list_updates") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerDeployment", ids)?;
                        let __owner = super::handles::DssApiDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_updates();
                        let __endpoint = requests::ApiDeployerDeploymentListUpdates::ENDPOINT;
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
                ("DssApiDeployerDeployment", "get_last_update") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerDeployment", ids)?;
                        let __owner = super::handles::DssApiDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_last_update();
                        let __endpoint = requests::ApiDeployerDeploymentGetLastUpdate::ENDPOINT;
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
                ("DssApiDeployerDeployment", "get_update_at") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_deployment_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApiDeployerDeployment", ids)?;
                        let __owner = super::handles::DssApiDeployerDeployment {
                            client: ::core::clone::Clone::clone(client),
                            deployment_id: __id_deployment_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_update_at(args.int("timestamp")?);
                        let __endpoint = requests::ApiDeployerDeploymentGetUpdateAt::ENDPOINT;
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
            let model: super::models::ProjectDeploymentLightStatus = ::serde_json::from_str(
                    "{\"deploymentBasicInfo\":{\"id\":\"plain\",\"publishedProjectKey\":\"plain\",\"bundleId\":\"plain\",\"infraId\":\"plain\",\"deployedProjectKey\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"infraBasicInfo\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot build a sample `{}`: {e}", "ProjectDeploymentLightStatus"
                    )
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ProjectDeploymentLightStatus"
            );
            checked += 1;
            let model: super::models::ProjectDeploymentBasicInfo = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"publishedProjectKey\":\"plain\",\"bundleId\":\"plain\",\"infraId\":\"plain\",\"deployedProjectKey\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot build a sample `{}`: {e}", "ProjectDeploymentBasicInfo"
                    )
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ProjectDeploymentBasicInfo"
            );
            checked += 1;
            let model: super::models::ApiDeploymentLightStatus = ::serde_json::from_str(
                    "{\"deploymentBasicInfo\":{\"id\":\"plain\",\"publishedServiceId\":\"plain\",\"deployedServiceId\":\"plain\",\"infraId\":\"plain\",\"enabled\":true,\"unknownMember\":\"SECRET-0b7c2f\"},\"infraBasicInfo\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ApiDeploymentLightStatus")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ApiDeploymentLightStatus"
            );
            checked += 1;
            let model: super::models::ApiDeploymentBasicInfo = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"publishedServiceId\":\"plain\",\"deployedServiceId\":\"plain\",\"infraId\":\"plain\",\"enabled\":true,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ApiDeploymentBasicInfo")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ApiDeploymentBasicInfo"
            );
            checked += 1;
            let model: super::models::DeploymentHeavyStatus = ::serde_json::from_str(
                    "{\"health\":\"plain\",\"healthMessages\":{\"maxSeverity\":\"plain\",\"messages\":[{\"k\":\"plain\"}],\"unknownMember\":\"SECRET-0b7c2f\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DeploymentHeavyStatus")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DeploymentHeavyStatus"
            );
            checked += 1;
            let model: super::models::DeploymentHealthMessages = ::serde_json::from_str(
                    "{\"maxSeverity\":\"plain\",\"messages\":[{\"k\":\"plain\"}],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DeploymentHealthMessages")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DeploymentHealthMessages"
            );
            checked += 1;
            let model: super::models::DeploymentUpdateSummary = ::serde_json::from_str(
                    "{\"startTimestamp\":1,\"type\":\"plain\",\"status\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DeploymentUpdateSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DeploymentUpdateSummary"
            );
            checked += 1;
            let model: super::models::DeploymentUpdate = ::serde_json::from_str(
                    "{\"startTimestamp\":1,\"endTimestamp\":1,\"requester\":\"plain\",\"status\":\"plain\",\"logs\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DeploymentUpdate")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DeploymentUpdate"
            );
            checked += 1;
            let model: super::models::DeploymentTestingStatus = ::serde_json::from_str(
                    "{\"nbTotalRanScenarios\":1,\"nbScenariosPerOutcome\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DeploymentTestingStatus")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DeploymentTestingStatus"
            );
            checked += 1;
            let model: super::models::InfraPersonalApiKeyCreation = ::serde_json::from_str(
                    "{\"createdOnAllNodes\":true,\"user\":\"plain\",\"secret\":\"SECRET-0b7c2f\",\"nodesAndKeys\":{\"k\":\"SECRET-0b7c2f\"},\"error\":{\"k\":\"plain\"},\"nodesWhereUserDoesNotExist\":[\"plain\"],\"nodesWhereUserIsDisabled\":[\"plain\"],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot build a sample `{}`: {e}", "InfraPersonalApiKeyCreation"
                    )
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "InfraPersonalApiKeyCreation"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
