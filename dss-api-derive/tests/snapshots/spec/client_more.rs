// The expansion of `client_more.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/client_more.dss`.
pub mod spec_client_more {
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
        /**A messaging channel of the instance (dataikuapi's `DSSMessagingChannel`):
a mail server, a Slack or Teams webhook, ... that scenarios and
deployers send messages through; named by its id.*/
        #[derive(Clone)]
        pub struct DssMessagingChannel {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) id: String,
        }
        impl DssMessagingChannel {
            ///The `id` this handle points at.
            pub fn id(&self) -> &str {
                &self.id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssMessagingChannel {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssMessagingChannel")
                    .field("id", &self.id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a messaging channel, as `get_settings` reads them
(dataikuapi's `DSSMessagingChannelSettings`): its type's configuration;
changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssMessagingChannelSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssMessagingChannelSettings {
            ///The `id` this handle points at.
            pub fn id(&self) -> &str {
                &self.id
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
        impl ::core::fmt::Debug for DssMessagingChannelSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssMessagingChannelSettings")
                    .field("id", &self.id)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**The unified monitoring of the instance (dataikuapi's
`DSSUnifiedMonitoring`): what the deployers' deployments and API
endpoints are doing.*/
        #[derive(Clone)]
        pub struct DssUnifiedMonitoring {
            pub(crate) client: crate::rt::DssClient,
        }
        impl DssUnifiedMonitoring {
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssUnifiedMonitoring {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssUnifiedMonitoring").finish_non_exhaustive()
            }
        }
        ///The secrets manager of the instance (dataikuapi's `DSSSecretsManager`).
        #[derive(Clone)]
        pub struct DssSecretsManager {
            pub(crate) client: crate::rt::DssClient,
        }
        impl DssSecretsManager {
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssSecretsManager {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssSecretsManager").finish_non_exhaustive()
            }
        }
        /**The vaults manager of the instance (dataikuapi's `DSSVaultsManager`):
the outside vaults secrets can come from.*/
        #[derive(Clone)]
        pub struct DssVaultsManager {
            pub(crate) client: crate::rt::DssClient,
        }
        impl DssVaultsManager {
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssVaultsManager {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssVaultsManager").finish_non_exhaustive()
            }
        }
        /**The enterprise asset library of the instance (dataikuapi's
`DSSEnterpriseAssetLibrary`): shared collections of prompts and email
templates.*/
        #[derive(Clone)]
        pub struct DssEnterpriseAssetLibrary {
            pub(crate) client: crate::rt::DssClient,
        }
        impl DssEnterpriseAssetLibrary {
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssEnterpriseAssetLibrary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssEnterpriseAssetLibrary").finish_non_exhaustive()
            }
        }
        /**What the data directories of the instance take on disk (dataikuapi's
`DSSDataDirectoriesFootprint`).*/
        #[derive(Clone)]
        pub struct DssDataDirectoriesFootprint {
            pub(crate) client: crate::rt::DssClient,
        }
        impl DssDataDirectoriesFootprint {
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssDataDirectoriesFootprint {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssDataDirectoriesFootprint").finish_non_exhaustive()
            }
        }
        /**The single sign-on settings of the instance, as `get_sso_settings` reads
them (dataikuapi's `DSSSSOSettings`): the protocol and its parameters,
how users are provisioned at login; changed, then sent back whole by
`save`.*/
        #[derive(Clone)]
        pub struct DssSsoSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) document: crate::rt::Document,
        }
        impl DssSsoSettings {
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
        impl ::core::fmt::Debug for DssSsoSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssSsoSettings")
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**The LDAP settings of the instance, as `get_ldap_settings` reads them
(dataikuapi's `DSSLDAPSettings`): the server, how users and groups are
found, how users are provisioned; changed, then sent back whole by
`save`.*/
        #[derive(Clone)]
        pub struct DssLdapSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) document: crate::rt::Document,
        }
        impl DssLdapSettings {
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
        impl ::core::fmt::Debug for DssLdapSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLdapSettings")
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**The Azure AD settings of the instance, as `get_azure_ad_settings` reads
them (dataikuapi's `DSSAzureADSettings`): the credentials DSS reaches
Azure AD with, how users and groups are found and provisioned; changed,
then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssAzureAdSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) document: crate::rt::Document,
        }
        impl DssAzureAdSettings {
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
        impl ::core::fmt::Debug for DssAzureAdSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssAzureAdSettings")
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**The counters of LLM cost limiting, as `get_llm_cost_limiting_counters`
reads them (dataikuapi's `DSSLLMCostLimitingCounters`). Read only.*/
        #[derive(Clone)]
        pub struct DssLlmCostLimitingCounters {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) document: crate::rt::Document,
        }
        impl DssLlmCostLimitingCounters {
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
        impl ::core::fmt::Debug for DssLlmCostLimitingCounters {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssLlmCostLimitingCounters")
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**A check of what the user of the client may do on objects, built with
`with_item` and sent by `execute_raw` (dataikuapi's
`DSSPermissionsCheckRequest`): `{"items": [...]}`, each item an object
type, its project and its id.*/
        #[derive(Clone)]
        pub struct DssPermissionsCheckRequest {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) document: crate::rt::Document,
        }
        impl DssPermissionsCheckRequest {
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
        impl ::core::fmt::Debug for DssPermissionsCheckRequest {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssPermissionsCheckRequest")
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
        /**What any user may know of a user, as listed by `list_users_info`
(dataikuapi's `DSSUserInfo`).*/
        #[derive(Clone, PartialEq)]
        pub struct PublicUserInfo {
            ///The user's login.
            pub login: String,
            ///Display name.
            pub display_name: Option<String>,
            ///Groups the user belongs to.
            pub groups: Option<Vec<String>>,
            ///Email address.
            pub email: Option<String>,
            ///Whether the user may log in.
            pub enabled: Option<bool>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for PublicUserInfo {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = PublicUserInfo;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `PublicUserInfo` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<PublicUserInfo, __A::Error> {
                        let mut __m_login: Option<String> = None;
                        let mut __m_display_name: Option<String> = None;
                        let mut __m_groups: Option<Vec<String>> = None;
                        let mut __m_email: Option<String> = None;
                        let mut __m_enabled: Option<bool> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "login" => {
                                    __m_login = Some(
                                        crate::rt::model::next_member(&mut __map, "login")?,
                                    );
                                }
                                "displayName" => {
                                    __m_display_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "displayName",
                                    )?;
                                }
                                "groups" => {
                                    __m_groups = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "groups",
                                    )?;
                                }
                                "email" => {
                                    __m_email = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "email",
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
                        Ok(PublicUserInfo {
                            login: match __m_login {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("login"),
                                    );
                                }
                            },
                            display_name: __m_display_name,
                            groups: __m_groups,
                            email: __m_email,
                            enabled: __m_enabled,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for PublicUserInfo {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "login",
                    &self.login,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "displayName",
                    &self.display_name,
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
                    "email",
                    &self.email,
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
        impl ::core::fmt::Debug for PublicUserInfo {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("PublicUserInfo")
                    .field("login", &self.login)
                    .field("display_name", &self.display_name)
                    .field("groups", &self.groups)
                    .field("email", &self.email)
                    .field("enabled", &self.enabled)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl PublicUserInfo {
            ///The [`DssUser`](super::super::handles::DssUser) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssUser {
                {
                    let __f_login = ::core::clone::Clone::clone(&self.login);
                    super::super::handles::DssUser {
                        client: ::core::clone::Clone::clone(client),
                        login: __f_login,
                    }
                }
            }
        }
        /**What any user may know of a group, as listed by `list_groups_info`
(dataikuapi's `DSSGroupInfo`).*/
        #[derive(Clone, PartialEq)]
        pub struct PublicGroupInfo {
            ///The group's name.
            pub name: String,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for PublicGroupInfo {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = PublicGroupInfo;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `PublicGroupInfo` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<PublicGroupInfo, __A::Error> {
                        let mut __m_name: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "name" => {
                                    __m_name = Some(
                                        crate::rt::model::next_member(&mut __map, "name")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(PublicGroupInfo {
                            name: match __m_name {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("name"),
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
        impl ::serde::Serialize for PublicGroupInfo {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "name",
                    &self.name,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for PublicGroupInfo {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("PublicGroupInfo")
                    .field("name", &self.name)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl PublicGroupInfo {
            ///The [`DssGroup`](super::super::handles::DssGroup) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssGroup {
                {
                    let __f_name = ::core::clone::Clone::clone(&self.name);
                    super::super::handles::DssGroup {
                        client: ::core::clone::Clone::clone(client),
                        name: __f_name,
                    }
                }
            }
        }
        ///A business app as listed by `list_business_apps`.
        #[derive(Clone, PartialEq)]
        pub struct BusinessAppSummary {
            ///The app's id.
            pub id: String,
            ///Installed version.
            pub version: Option<String>,
            ///Display name.
            pub name: Option<String>,
            ///Description.
            pub description: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for BusinessAppSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = BusinessAppSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `BusinessAppSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<BusinessAppSummary, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_version: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_description: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "id" => {
                                    __m_id = Some(
                                        crate::rt::model::next_member(&mut __map, "id")?,
                                    );
                                }
                                "version" => {
                                    __m_version = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "version",
                                    )?;
                                }
                                "name" => {
                                    __m_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "name",
                                    )?;
                                }
                                "description" => {
                                    __m_description = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "description",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(BusinessAppSummary {
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            version: __m_version,
                            name: __m_name,
                            description: __m_description,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for BusinessAppSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "version",
                    &self.version,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "name",
                    &self.name,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "description",
                    &self.description,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for BusinessAppSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("BusinessAppSummary")
                    .field("id", &self.id)
                    .field("version", &self.version)
                    .field("name", &self.name)
                    .field("description", &self.description)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl BusinessAppSummary {
            ///The [`DssBusinessApp`](super::super::handles::DssBusinessApp) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssBusinessApp {
                {
                    let __f_business_app_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssBusinessApp {
                        client: ::core::clone::Clone::clone(client),
                        business_app_id: __f_business_app_id,
                    }
                }
            }
        }
        ///A data collection as listed by `list_data_collections`.
        #[derive(Clone, PartialEq)]
        pub struct DataCollectionSummary {
            ///The collection's id.
            pub id: String,
            ///Display name.
            pub display_name: Option<String>,
            ///Description.
            pub description: Option<String>,
            ///Color, as `#rrggbb`.
            pub color: Option<String>,
            ///Tags.
            pub tags: Option<Vec<String>>,
            ///How many objects it holds.
            pub item_count: Option<i64>,
            ///When it last changed (ms since the Unix epoch).
            pub last_modified_on: Option<i64>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DataCollectionSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DataCollectionSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DataCollectionSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DataCollectionSummary, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_display_name: Option<String> = None;
                        let mut __m_description: Option<String> = None;
                        let mut __m_color: Option<String> = None;
                        let mut __m_tags: Option<Vec<String>> = None;
                        let mut __m_item_count: Option<i64> = None;
                        let mut __m_last_modified_on: Option<i64> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "id" => {
                                    __m_id = Some(
                                        crate::rt::model::next_member(&mut __map, "id")?,
                                    );
                                }
                                "displayName" => {
                                    __m_display_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "displayName",
                                    )?;
                                }
                                "description" => {
                                    __m_description = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "description",
                                    )?;
                                }
                                "color" => {
                                    __m_color = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "color",
                                    )?;
                                }
                                "tags" => {
                                    __m_tags = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "tags",
                                    )?;
                                }
                                "itemCount" => {
                                    __m_item_count = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "itemCount",
                                    )?;
                                }
                                "lastModifiedOn" => {
                                    __m_last_modified_on = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "lastModifiedOn",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DataCollectionSummary {
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            display_name: __m_display_name,
                            description: __m_description,
                            color: __m_color,
                            tags: __m_tags,
                            item_count: __m_item_count,
                            last_modified_on: __m_last_modified_on,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DataCollectionSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "displayName",
                    &self.display_name,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "description",
                    &self.description,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "color",
                    &self.color,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "tags",
                    &self.tags,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "itemCount",
                    &self.item_count,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "lastModifiedOn",
                    &self.last_modified_on,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DataCollectionSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DataCollectionSummary")
                    .field("id", &self.id)
                    .field("display_name", &self.display_name)
                    .field("description", &self.description)
                    .field("color", &self.color)
                    .field("tags", &self.tags)
                    .field("item_count", &self.item_count)
                    .field("last_modified_on", &self.last_modified_on)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DataCollectionSummary {
            ///The [`DssDataCollection`](super::super::handles::DssDataCollection) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssDataCollection {
                {
                    let __f_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssDataCollection {
                        client: ::core::clone::Clone::clone(client),
                        id: __f_id,
                    }
                }
            }
        }
        ///A messaging channel as listed by `list_messaging_channels`.
        #[derive(Clone, PartialEq)]
        pub struct MessagingChannelSummary {
            ///The channel's id.
            pub id: String,
            ///Its type (`smtp`, `slack`, `msft-teams`, ...).
            pub r#type: Option<String>,
            ///Its family (`mail`, ...).
            pub family: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for MessagingChannelSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = MessagingChannelSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `MessagingChannelSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<MessagingChannelSummary, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_family: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
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
                                "family" => {
                                    __m_family = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "family",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(MessagingChannelSummary {
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            r#type: __m_type,
                            family: __m_family,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for MessagingChannelSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
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
                    "family",
                    &self.family,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for MessagingChannelSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("MessagingChannelSummary")
                    .field("id", &self.id)
                    .field("type", &self.r#type)
                    .field("family", &self.family)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl MessagingChannelSummary {
            ///The [`DssMessagingChannel`](super::super::handles::DssMessagingChannel) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssMessagingChannel {
                {
                    let __f_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssMessagingChannel {
                        client: ::core::clone::Clone::clone(client),
                        id: __f_id,
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
        ///Request value of [`DssClient::list_users_info`](crate::rt::DssClient::list_users_info): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListUsersInfo<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListUsersInfo<'a> {
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
                __call.lit("/users");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListUsersInfo, super::endpoints::LIST_USERS_INFO, json(Vec < PublicUserInfo
            >, "Sends the request (`GET /users`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListUsersInfo<'_> {}
        ///Request value of [`DssClient::list_groups_info`](crate::rt::DssClient::list_groups_info): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListGroupsInfo<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListGroupsInfo<'a> {
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
                __call.lit("/groups");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListGroupsInfo, super::endpoints::LIST_GROUPS_INFO, json(Vec <
            PublicGroupInfo >,
            "Sends the request (`GET /groups`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListGroupsInfo<'_> {}
        ///Request value of [`DssClient::create_users`](crate::rt::DssClient::create_users): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateUsers<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) users: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateUsers<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, users, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/users/actions/bulk");
                let __body = crate::rt::convert::bulk_users(
                    ::serde_json::Value::from(users),
                    "users",
                )?;
                if !__body.is_null() {
                    __call.json(&__body)?;
                }
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CreateUsers, super::endpoints::CREATE_USERS, json(Value,
            "Sends the request (`POST /admin/users/actions/bulk`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateUsers<'_> {}
        ///Request value of [`DssClient::edit_users`](crate::rt::DssClient::edit_users): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct EditUsers<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) user_changes: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> EditUsers<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, user_changes, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/users/actions/bulk");
                __call.json(&::serde_json::Value::from(user_changes))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            EditUsers, super::endpoints::EDIT_USERS, json(Value,
            "Sends the request (`PUT /admin/users/actions/bulk`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for EditUsers<'_> {}
        ///Request value of [`DssClient::delete_users`](crate::rt::DssClient::delete_users): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DeleteUsers<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) user_logins: Vec<String>,
            pub(crate) allow_self_deletion: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DeleteUsers<'a> {
            /**Allow deleting the user the client is authenticated as.

Default: `false`. Sent as query parameter `allowSelfDeletion`.*/
            pub fn allow_self_deletion(mut self, allow_self_deletion: bool) -> Self {
                self.allow_self_deletion = allow_self_deletion;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, user_logins, allow_self_deletion, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/users/actions/bulk");
                __call.query("allowSelfDeletion", &allow_self_deletion);
                __call.json(&::serde_json::Value::from(user_logins))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DeleteUsers, super::endpoints::DELETE_USERS, json(Value,
            "Sends the request (`DELETE /admin/users/actions/bulk`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DeleteUsers<'_> {}
        ///Request value of [`DssClient::list_expired_trial_users`](crate::rt::DssClient::list_expired_trial_users): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListExpiredTrialUsers<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListExpiredTrialUsers<'a> {
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
                __call.lit("/admin/list-trial-expired-users");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListExpiredTrialUsers, super::endpoints::LIST_EXPIRED_TRIAL_USERS,
            json(Value,
            "Sends the request (`GET /admin/list-trial-expired-users`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListExpiredTrialUsers<'_> {}
        ///Request value of [`DssClient::start_resync_users_from_supplier`](crate::rt::DssClient::start_resync_users_from_supplier): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StartResyncUsersFromSupplier<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) logins: Vec<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StartResyncUsersFromSupplier<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, logins, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/users/actions/resync-multi");
                __call.json(&::serde_json::Value::from(logins))?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/users/actions/resync-multi`) and returns the answer.
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
            StartResyncUsersFromSupplier,
            super::endpoints::START_RESYNC_USERS_FROM_SUPPLIER, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StartResyncUsersFromSupplier<'_> {}
        ///Request value of [`DssClient::start_resync_all_users_from_supplier`](crate::rt::DssClient::start_resync_all_users_from_supplier): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StartResyncAllUsersFromSupplier<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StartResyncAllUsersFromSupplier<'a> {
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
                __call.lit("/admin/users/actions/resync-multi");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/users/actions/resync-multi`) and returns the answer.
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
            StartResyncAllUsersFromSupplier,
            super::endpoints::START_RESYNC_ALL_USERS_FROM_SUPPLIER, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StartResyncAllUsersFromSupplier<'_> {}
        ///Request value of [`DssClient::start_fetch_external_groups`](crate::rt::DssClient::start_fetch_external_groups): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StartFetchExternalGroups<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) user_source_type: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StartFetchExternalGroups<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, user_source_type, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/external-groups");
                __call.query("userSourceType", &user_source_type);
                Ok((__call, ()))
            }
            ///Sends the request (`GET /admin/external-groups`) and returns the answer.
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
            StartFetchExternalGroups, super::endpoints::START_FETCH_EXTERNAL_GROUPS,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StartFetchExternalGroups<'_> {}
        ///Request value of [`DssClient::start_fetch_external_users`](crate::rt::DssClient::start_fetch_external_users): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StartFetchExternalUsers<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) user_source_type: String,
            pub(crate) login: Option<String>,
            pub(crate) email: Option<String>,
            pub(crate) group_name: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StartFetchExternalUsers<'a> {
            /**Only the user of this login.

Unset by default (then left out). Sent as query parameter `login`.*/
            pub fn login(mut self, login: impl Into<String>) -> Self {
                self.login = Some(login.into());
                self
            }
            /**Only the user of this email.

Unset by default (then left out). Sent as query parameter `email`.*/
            pub fn email(mut self, email: impl Into<String>) -> Self {
                self.email = Some(email.into());
                self
            }
            /**Only the users of this group.

Unset by default (then left out). Sent as query parameter `groupName`.*/
            pub fn group_name(mut self, group_name: impl Into<String>) -> Self {
                self.group_name = Some(group_name.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    user_source_type,
                    login,
                    email,
                    group_name,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/external-users");
                __call.query("userSourceType", &user_source_type);
                __call.query("login", &login);
                __call.query("email", &email);
                __call.query("groupName", &group_name);
                Ok((__call, ()))
            }
            ///Sends the request (`GET /admin/external-users`) and returns the answer.
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
            StartFetchExternalUsers, super::endpoints::START_FETCH_EXTERNAL_USERS,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StartFetchExternalUsers<'_> {}
        ///Request value of [`DssClient::start_provision_users`](crate::rt::DssClient::start_provision_users): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StartProvisionUsers<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) user_source_type: String,
            pub(crate) users: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StartProvisionUsers<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, user_source_type, users, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/users/actions/provision");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("userSourceType"),
                                    ::serde_json::Value::from(user_source_type),
                                );
                            __map
                                .insert(
                                    String::from("users"),
                                    ::serde_json::Value::from(users),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/users/actions/provision`) and returns the answer.
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
            StartProvisionUsers, super::endpoints::START_PROVISION_USERS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StartProvisionUsers<'_> {}
        ///Request value of [`DssClient::list_connections_names`](crate::rt::DssClient::list_connections_names): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListConnectionsNames<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) connection_type: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListConnectionsNames<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, connection_type, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/connections/get-names");
                __call.query("type", &connection_type);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListConnectionsNames, super::endpoints::LIST_CONNECTIONS_NAMES, json(Vec <
            String >,
            "Sends the request (`GET /connections/get-names`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListConnectionsNames<'_> {}
        ///Request value of [`DssClient::create_internal_code_env`](crate::rt::DssClient::create_internal_code_env): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateInternalCodeEnv<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) internal_env_type: String,
            pub(crate) python_interpreter: Option<String>,
            pub(crate) code_env_version: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateInternalCodeEnv<'a> {
            /**The Python to build it with (unset: DSS's choice).

Unset by default (then left out). Sent as query parameter `pythonInterpreter`.*/
            pub fn python_interpreter(
                mut self,
                python_interpreter: impl Into<String>,
            ) -> Self {
                self.python_interpreter = Some(python_interpreter.into());
                self
            }
            /**Which version of its package list (unset: the latest).

Unset by default (then left out). Sent as query parameter `codeEnvVersion`.*/
            pub fn code_env_version(
                mut self,
                code_env_version: impl Into<String>,
            ) -> Self {
                self.code_env_version = Some(code_env_version.into());
                self
            }
            fn __prepare(
                self,
                __start: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    internal_env_type,
                    python_interpreter,
                    code_env_version,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/code-envs/internal-env/create");
                __call.query("dssInternalCodeEnvType", &internal_env_type);
                __call.query("pythonInterpreter", &python_interpreter);
                __call.query("codeEnvVersion", &code_env_version);
                __call.query("wait", if __start { "false" } else { "true" });
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/code-envs/internal-env/create`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssCodeEnv, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        crate::rt::check_messages(&__answer, Self::ENDPOINT)?;
                        Ok({
                            let __f_env_lang = String::from("python");
                            let __f_env_name = crate::rt::answer_string(
                                &__answer,
                                "envName",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssCodeEnv {
                                client: ::core::clone::Clone::clone(__client),
                                env_lang: __f_env_lang,
                                env_name: __f_env_name,
                            }
                        })
                    },
                )
            }
            ///Sends the request with `wait=false` and returns the task the server answers with, without waiting (dataikuapi's `wait=False`).
            pub fn start(
                self,
            ) -> Result<super::super::handles::DssFuture, crate::rt::Error> {
                let (__call, _) = self.__prepare(true)?;
                crate::rt::finish(
                    __call,
                    |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        crate::rt::check_messages(&__answer, Self::ENDPOINT)?;
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
            CreateInternalCodeEnv, super::endpoints::CREATE_INTERNAL_CODE_ENV,
            send_as_checked
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateInternalCodeEnv<'_> {}
        ///Request value of [`DssClient::create_code_env_from_python_preset`](crate::rt::DssClient::create_code_env_from_python_preset): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateCodeEnvFromPythonPreset<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) preset_name: String,
            pub(crate) allow_update: bool,
            pub(crate) interpreter: Option<String>,
            pub(crate) prefix: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateCodeEnvFromPythonPreset<'a> {
            /**Update the environment if it exists.

Default: `true`. Sent as query parameter `allowUpdate`.*/
            pub fn allow_update(mut self, allow_update: bool) -> Self {
                self.allow_update = allow_update;
                self
            }
            /**The Python to build it with (unset: DSS's choice).

Unset by default (then left out). Sent as query parameter `interpreter`.*/
            pub fn interpreter(mut self, interpreter: impl Into<String>) -> Self {
                self.interpreter = Some(interpreter.into());
                self
            }
            /**A prefix of the environment's name.

Unset by default (then left out). Sent as query parameter `prefix`.*/
            pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
                self.prefix = Some(prefix.into());
                self
            }
            fn __prepare(
                self,
                __start: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    preset_name,
                    allow_update,
                    interpreter,
                    prefix,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/code-envs/from-python-preset/");
                __call.segment("preset_name", &preset_name, false)?;
                __call.query("allowUpdate", &allow_update);
                __call.query("interpreter", &interpreter);
                __call.query("prefix", &prefix);
                __call.query("wait", if __start { "false" } else { "true" });
                Ok((__call, ()))
            }
            ///Sends the request with `wait=false` and returns the task the server answers with, without waiting (dataikuapi's `wait=False`).
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
            CreateCodeEnvFromPythonPreset,
            super::endpoints::CREATE_CODE_ENV_FROM_PYTHON_PRESET, json(Value,
            "Sends the request (`POST /admin/code-envs/from-python-preset/{preset_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateCodeEnvFromPythonPreset<'_> {}
        ///Request value of [`DssClient::create_code_studio_template`](crate::rt::DssClient::create_code_studio_template): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateCodeStudioTemplate<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) template_label: String,
            pub(crate) template_type: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateCodeStudioTemplate<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, template_label, template_type, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/code-studios/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("label"),
                                    ::serde_json::Value::from(template_label),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from(template_type),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/code-studios/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssCodeStudioTemplate, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        crate::rt::check_messages(&__answer, Self::ENDPOINT)?;
                        Ok({
                            let __f_template_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssCodeStudioTemplate {
                                client: ::core::clone::Clone::clone(__client),
                                template_id: __f_template_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            CreateCodeStudioTemplate, super::endpoints::CREATE_CODE_STUDIO_TEMPLATE,
            send_as_checked
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateCodeStudioTemplate<'_> {}
        ///Request value of [`DssClient::import_code_studio_template`](crate::rt::DssClient::import_code_studio_template): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ImportCodeStudioTemplate<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) archive_path: crate::rt::Upload,
            pub(crate) label: Option<String>,
            pub(crate) import_spec: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ImportCodeStudioTemplate<'a> {
            /**The imported template's label (unset: the archive's).

Unset by default (then left out). Sent as query parameter `label`.*/
            pub fn label(mut self, label: impl Into<String>) -> Self {
                self.label = Some(label.into());
                self
            }
            /**How to import it (sent as JSON text; unset or empty: DSS's
defaults).

Unset by default (then left out). Sent as query parameter `importSpec`.*/
            pub fn import_spec(
                mut self,
                import_spec: impl Into<::serde_json::Value>,
            ) -> Self {
                self.import_spec = Some(import_spec.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, archive_path, label, import_spec, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/code-studios/import");
                __call.query("label", &label);
                __call
                    .query(
                        "importSpec",
                        crate::rt::query_text(
                            crate::rt::convert::python_json(
                                crate::rt::convert::nonempty(
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&import_spec),
                                    ),
                                    "import_spec",
                                )?,
                                "import_spec",
                            )?,
                        ),
                    );
                __call.upload_named(archive_path);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ImportCodeStudioTemplate, super::endpoints::IMPORT_CODE_STUDIO_TEMPLATE,
            json(Value,
            "Sends the request (`POST /admin/code-studios/import`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ImportCodeStudioTemplate<'_> {}
        ///Request value of [`DssClient::get_global_api_key_by_id`](crate::rt::DssClient::get_global_api_key_by_id): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetGlobalApiKeyById<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) id_: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetGlobalApiKeyById<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
                let Self { __owner, id_, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/global-api-keys/");
                __call.segment("id_", &id_, false)?;
                Ok((__call, (id_,)))
            }
            ///Sends the request (`GET /admin/global-api-keys/{id_}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssGlobalApiKey, crate::rt::Error> {
                let (__call, (id_,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_key = crate::rt::answer_string_or_empty(
                                &__answer,
                                "key",
                            );
                            let __f_id = id_;
                            super::super::handles::DssGlobalApiKey {
                                client: ::core::clone::Clone::clone(__client),
                                key: __f_key,
                                id: __f_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            GetGlobalApiKeyById, super::endpoints::GET_GLOBAL_API_KEY_BY_ID, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetGlobalApiKeyById<'_> {}
        ///Request value of [`DssClient::create_global_api_key_with_groups`](crate::rt::DssClient::create_global_api_key_with_groups): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateGlobalApiKeyWithGroups<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) label: Option<String>,
            pub(crate) description: Option<String>,
            pub(crate) groups: Vec<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateGlobalApiKeyWithGroups<'a> {
            /**Label.

Unset by default (then sent as `null`). Sent as JSON member `label`.*/
            pub fn label(mut self, label: impl Into<String>) -> Self {
                self.label = Some(label.into());
                self
            }
            /**Description.

Unset by default (then sent as `null`). Sent as JSON member `description`.*/
            pub fn description(mut self, description: impl Into<String>) -> Self {
                self.description = Some(description.into());
                self
            }
            /**The groups whose rights the key has.

Default: `[]`. Sent as JSON member `groups`.*/
            pub fn groups(
                mut self,
                groups: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.groups = groups.into_iter().map(Into::into).collect();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, label, description, groups, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/global-api-keys/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("label"),
                                    ::serde_json::Value::from(label),
                                );
                            __map
                                .insert(
                                    String::from("description"),
                                    ::serde_json::Value::from(description),
                                );
                            __map
                                .insert(
                                    String::from("groups"),
                                    ::serde_json::Value::from(groups),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/global-api-keys/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssGlobalApiKey, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        crate::rt::check_messages(&__answer, Self::ENDPOINT)?;
                        Ok({
                            let __f_key = crate::rt::answer_string_or_empty(
                                &__answer,
                                "key",
                            );
                            let __f_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssGlobalApiKey {
                                client: ::core::clone::Clone::clone(__client),
                                key: __f_key,
                                id: __f_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            CreateGlobalApiKeyWithGroups,
            super::endpoints::CREATE_GLOBAL_API_KEY_WITH_GROUPS, send_as_checked
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateGlobalApiKeyWithGroups<'_> {}
        ///Request value of [`DssClient::build_cde_plugins_image`](crate::rt::DssClient::build_cde_plugins_image): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct BuildCdePluginsImage<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> BuildCdePluginsImage<'a> {
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
                __call.lit("/admin/container-exec/actions/build-cde-plugins-image");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/container-exec/actions/build-cde-plugins-image`) and returns the answer.
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
            BuildCdePluginsImage, super::endpoints::BUILD_CDE_PLUGINS_IMAGE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for BuildCdePluginsImage<'_> {}
        ///Request value of [`DssClient::install_jupyter_support`](crate::rt::DssClient::install_jupyter_support): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct InstallJupyterSupport<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> InstallJupyterSupport<'a> {
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
                __call.lit("/admin/container-exec/actions/install-jupyter-support");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/container-exec/actions/install-jupyter-support`) and returns the answer.
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
            InstallJupyterSupport, super::endpoints::INSTALL_JUPYTER_SUPPORT, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for InstallJupyterSupport<'_> {}
        ///Request value of [`DssClient::remove_jupyter_support`](crate::rt::DssClient::remove_jupyter_support): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RemoveJupyterSupport<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RemoveJupyterSupport<'a> {
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
                __call.lit("/admin/container-exec/actions/remove-jupyter-support");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/container-exec/actions/remove-jupyter-support`) and returns the answer.
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
            RemoveJupyterSupport, super::endpoints::REMOVE_JUPYTER_SUPPORT, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RemoveJupyterSupport<'_> {}
        ///Request value of [`DssClient::govern_dss_sync`](crate::rt::DssClient::govern_dss_sync): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GovernDssSync<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) project_key: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GovernDssSync<'a> {
            /**Only this project (unset: every one).

Unset by default (then left out). Sent as query parameter `projectKey`.*/
            pub fn project_key(mut self, project_key: impl Into<String>) -> Self {
                self.project_key = Some(project_key.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, project_key, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/govern-integration-sync");
                __call.query("projectKey", &project_key);
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/govern-integration-sync`) and returns the answer.
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
            GovernDssSync, super::endpoints::GOVERN_DSS_SYNC, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GovernDssSync<'_> {}
        ///Request value of [`DssClient::govern_deployer_sync`](crate::rt::DssClient::govern_deployer_sync): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GovernDeployerSync<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GovernDeployerSync<'a> {
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
                __call.lit("/admin/govern-integration-deployer-sync");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/govern-integration-deployer-sync`) and returns the answer.
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
            GovernDeployerSync, super::endpoints::GOVERN_DEPLOYER_SYNC, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GovernDeployerSync<'_> {}
        ///Request value of [`DssClient::list_business_apps`](crate::rt::DssClient::list_business_apps): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListBusinessApps<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListBusinessApps<'a> {
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
                __call.lit("/business-apps/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListBusinessApps, super::endpoints::LIST_BUSINESS_APPS, json(Vec <
            BusinessAppSummary >,
            "Sends the request (`GET /business-apps/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListBusinessApps<'_> {}
        ///Request value of [`DssClient::install_business_app_from_archive`](crate::rt::DssClient::install_business_app_from_archive): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct InstallBusinessAppFromArchive<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) fp: crate::rt::Upload,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> InstallBusinessAppFromArchive<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, fp, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/business-apps/install-from-archive");
                __call.upload_named(fp);
                Ok((__call, ()))
            }
            ///Sends the request (`POST /business-apps/install-from-archive`) and returns the answer.
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
            InstallBusinessAppFromArchive,
            super::endpoints::INSTALL_BUSINESS_APP_FROM_ARCHIVE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for InstallBusinessAppFromArchive<'_> {}
        ///Request value of [`DssClient::install_business_app_from_store`](crate::rt::DssClient::install_business_app_from_store): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct InstallBusinessAppFromStore<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) business_app_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> InstallBusinessAppFromStore<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, business_app_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/business-apps/install-from-store");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("businessAppId"),
                                    ::serde_json::Value::from(business_app_id),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /business-apps/install-from-store`) and returns the answer.
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
            InstallBusinessAppFromStore,
            super::endpoints::INSTALL_BUSINESS_APP_FROM_STORE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for InstallBusinessAppFromStore<'_> {}
        ///Request value of [`DssClient::list_data_collections`](crate::rt::DssClient::list_data_collections): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListDataCollections<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListDataCollections<'a> {
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
                __call.lit("/data-collections/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListDataCollections, super::endpoints::LIST_DATA_COLLECTIONS, json(Vec <
            DataCollectionSummary >,
            "Sends the request (`GET /data-collections/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListDataCollections<'_> {}
        ///Request value of [`DssClient::create_data_collection`](crate::rt::DssClient::create_data_collection): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateDataCollection<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) display_name: String,
            pub(crate) id: Option<String>,
            pub(crate) tags: Vec<String>,
            pub(crate) description: Option<String>,
            pub(crate) color: Option<String>,
            pub(crate) permissions: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateDataCollection<'a> {
            /**Id of the new collection (unset: DSS makes one).

Unset by default (then sent as `null`). Sent as JSON member `id`.*/
            pub fn id(mut self, id: impl Into<String>) -> Self {
                self.id = Some(id.into());
                self
            }
            /**Tags.

Default: `[]`. Sent as JSON member `tags`.*/
            pub fn tags(
                mut self,
                tags: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.tags = tags.into_iter().map(Into::into).collect();
                self
            }
            /**Description.

Unset by default (then sent as `null`). Sent as JSON member `description`.*/
            pub fn description(mut self, description: impl Into<String>) -> Self {
                self.description = Some(description.into());
                self
            }
            /**Color, as `#rrggbb` (unset: DSS picks one).

Unset by default (then sent as `null`). Sent as JSON member `color`.*/
            pub fn color(mut self, color: impl Into<String>) -> Self {
                self.color = Some(color.into());
                self
            }
            /**Permissions: a list of `{"group"|"user", "read", "write", "admin"}`.

Unset by default (then sent as `null`). Sent as JSON member `permissions`.*/
            pub fn permissions(
                mut self,
                permissions: impl Into<::serde_json::Value>,
            ) -> Self {
                self.permissions = Some(permissions.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    display_name,
                    id,
                    tags,
                    description,
                    color,
                    permissions,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/data-collections/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(String::from("id"), ::serde_json::Value::from(id));
                            __map
                                .insert(
                                    String::from("tags"),
                                    ::serde_json::Value::from(tags),
                                );
                            __map
                                .insert(
                                    String::from("displayName"),
                                    ::serde_json::Value::from(display_name),
                                );
                            __map
                                .insert(
                                    String::from("color"),
                                    ::serde_json::Value::from(color),
                                );
                            __map
                                .insert(
                                    String::from("description"),
                                    ::serde_json::Value::from(description),
                                );
                            __map
                                .insert(
                                    String::from("permissions"),
                                    ::serde_json::Value::from(permissions),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /data-collections/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDataCollection, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssDataCollection {
                                client: ::core::clone::Clone::clone(__client),
                                id: __f_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            CreateDataCollection, super::endpoints::CREATE_DATA_COLLECTION, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateDataCollection<'_> {}
        ///Request value of [`DssClient::list_collections`](crate::rt::DssClient::list_collections): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListCollections<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListCollections<'a> {
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
                __call.lit("/data-collections/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListCollections, super::endpoints::LIST_COLLECTIONS, json(Vec <
            DataCollectionSummary >,
            "Sends the request (`GET /data-collections/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListCollections<'_> {}
        ///Request value of [`DssClient::create_collection`](crate::rt::DssClient::create_collection): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateCollection<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) display_name: String,
            pub(crate) id: Option<String>,
            pub(crate) tags: Vec<String>,
            pub(crate) description: Option<String>,
            pub(crate) color: Option<String>,
            pub(crate) permissions: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateCollection<'a> {
            /**Id of the new collection (unset: DSS makes one).

Unset by default (then sent as `null`). Sent as JSON member `id`.*/
            pub fn id(mut self, id: impl Into<String>) -> Self {
                self.id = Some(id.into());
                self
            }
            /**Tags.

Default: `[]`. Sent as JSON member `tags`.*/
            pub fn tags(
                mut self,
                tags: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.tags = tags.into_iter().map(Into::into).collect();
                self
            }
            /**Description.

Unset by default (then sent as `null`). Sent as JSON member `description`.*/
            pub fn description(mut self, description: impl Into<String>) -> Self {
                self.description = Some(description.into());
                self
            }
            /**Color, as `#rrggbb` (unset: DSS picks one).

Unset by default (then sent as `null`). Sent as JSON member `color`.*/
            pub fn color(mut self, color: impl Into<String>) -> Self {
                self.color = Some(color.into());
                self
            }
            /**Permissions: a list of `{"group"|"user", "read", "write", "admin"}`.

Unset by default (then sent as `null`). Sent as JSON member `permissions`.*/
            pub fn permissions(
                mut self,
                permissions: impl Into<::serde_json::Value>,
            ) -> Self {
                self.permissions = Some(permissions.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    display_name,
                    id,
                    tags,
                    description,
                    color,
                    permissions,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/data-collections/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(String::from("id"), ::serde_json::Value::from(id));
                            __map
                                .insert(
                                    String::from("tags"),
                                    ::serde_json::Value::from(tags),
                                );
                            __map
                                .insert(
                                    String::from("displayName"),
                                    ::serde_json::Value::from(display_name),
                                );
                            __map
                                .insert(
                                    String::from("color"),
                                    ::serde_json::Value::from(color),
                                );
                            __map
                                .insert(
                                    String::from("description"),
                                    ::serde_json::Value::from(description),
                                );
                            __map
                                .insert(
                                    String::from("permissions"),
                                    ::serde_json::Value::from(permissions),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /data-collections/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDataCollection, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssDataCollection {
                                client: ::core::clone::Clone::clone(__client),
                                id: __f_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            CreateCollection, super::endpoints::CREATE_COLLECTION, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateCollection<'_> {}
        ///Request value of [`DssClient::get_messaging_channel`](crate::rt::DssClient::get_messaging_channel): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetMessagingChannel<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) channel_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetMessagingChannel<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, channel_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/messaging-channels/");
                __call.segment("channel_id", &channel_id, false)?;
                Ok((__call, ()))
            }
            ///Sends the request (`GET /messaging-channels/{channel_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMessagingChannel, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMessagingChannel {
                                client: ::core::clone::Clone::clone(__client),
                                id: __f_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            GetMessagingChannel, super::endpoints::GET_MESSAGING_CHANNEL, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetMessagingChannel<'_> {}
        ///Request value of [`DssClient::list_messaging_channels`](crate::rt::DssClient::list_messaging_channels): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListMessagingChannels<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) channel_type: Option<String>,
            pub(crate) channel_family: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListMessagingChannels<'a> {
            /**Only channels of this type (`smtp`, `slack`, ...).

Unset by default (then left out). Sent as query parameter `channelType`.*/
            pub fn channel_type(mut self, channel_type: impl Into<String>) -> Self {
                self.channel_type = Some(channel_type.into());
                self
            }
            /**Only channels of this family (`mail`, ...).

Unset by default (then left out). Sent as query parameter `channelFamily`.*/
            pub fn channel_family(mut self, channel_family: impl Into<String>) -> Self {
                self.channel_family = Some(channel_family.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, channel_type, channel_family, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/messaging-channels/");
                __call.query("channelType", &channel_type);
                __call.query("channelFamily", &channel_family);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListMessagingChannels, super::endpoints::LIST_MESSAGING_CHANNELS, json(Vec <
            MessagingChannelSummary >,
            "Sends the request (`GET /messaging-channels/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListMessagingChannels<'_> {}
        ///Request value of [`DssClient::create_messaging_channel`](crate::rt::DssClient::create_messaging_channel): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateMessagingChannel<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) channel_type: String,
            pub(crate) channel_id: String,
            pub(crate) channel_configuration: ::serde_json::Value,
            pub(crate) permissions: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateMessagingChannel<'a> {
            /**Id of the new channel (empty: DSS makes one).

Default: ``. Sent as JSON member `id`.*/
            pub fn channel_id(mut self, channel_id: impl Into<String>) -> Self {
                self.channel_id = channel_id.into();
                self
            }
            /**The type's configuration (it may hold credentials).

Default: `{}`. Sent as JSON member `configuration`.*/
            pub fn channel_configuration(
                mut self,
                channel_configuration: impl Into<::serde_json::Value>,
            ) -> Self {
                self.channel_configuration = channel_configuration.into();
                self
            }
            /**Who may use it: a list of `{"group"|"user", "canUse"}` (unset:
every user).

Unset by default (then sent as `null`). Sent as JSON member `permissions`.*/
            pub fn permissions(
                mut self,
                permissions: impl Into<::serde_json::Value>,
            ) -> Self {
                self.permissions = Some(permissions.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    channel_type,
                    channel_id,
                    channel_configuration,
                    permissions,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/messaging-channels/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("id"),
                                    ::serde_json::Value::from(channel_id),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from(channel_type),
                                );
                            __map
                                .insert(
                                    String::from("configuration"),
                                    ::serde_json::Value::from(channel_configuration),
                                );
                            __map
                                .insert(
                                    String::from("permissions"),
                                    ::serde_json::Value::from(permissions),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /messaging-channels/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMessagingChannel, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssMessagingChannel {
                                client: ::core::clone::Clone::clone(__client),
                                id: __f_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            CreateMessagingChannel, super::endpoints::CREATE_MESSAGING_CHANNEL, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateMessagingChannel<'_> {}
        ///Request value of [`DssClient::get_data_quality_status`](crate::rt::DssClient::get_data_quality_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetDataQualityStatus<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetDataQualityStatus<'a> {
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
                __call.lit("/data-quality/status");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GetDataQualityStatus, super::endpoints::GET_DATA_QUALITY_STATUS, json(Value,
            "Sends the request (`GET /data-quality/status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetDataQualityStatus<'_> {}
        ///Request value of [`DssClient::get_sso_settings`](crate::rt::DssClient::get_sso_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetSsoSettings<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetSsoSettings<'a> {
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
                __call.lit("/admin/iam/sso-settings");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /admin/iam/sso-settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssSsoSettings, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            super::super::handles::DssSsoSettings {
                                client: ::core::clone::Clone::clone(__client),
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            GetSsoSettings, super::endpoints::GET_SSO_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetSsoSettings<'_> {}
        ///Request value of [`DssClient::get_ldap_settings`](crate::rt::DssClient::get_ldap_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetLdapSettings<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetLdapSettings<'a> {
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
                __call.lit("/admin/iam/ldap-settings");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /admin/iam/ldap-settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssLdapSettings, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            super::super::handles::DssLdapSettings {
                                client: ::core::clone::Clone::clone(__client),
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            GetLdapSettings, super::endpoints::GET_LDAP_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetLdapSettings<'_> {}
        ///Request value of [`DssClient::get_azure_ad_settings`](crate::rt::DssClient::get_azure_ad_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetAzureAdSettings<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetAzureAdSettings<'a> {
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
                __call.lit("/admin/iam/azure-ad-settings");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /admin/iam/azure-ad-settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssAzureAdSettings, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            super::super::handles::DssAzureAdSettings {
                                client: ::core::clone::Clone::clone(__client),
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            GetAzureAdSettings, super::endpoints::GET_AZURE_AD_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetAzureAdSettings<'_> {}
        ///Request value of [`DssClient::get_llm_cost_limiting_counters`](crate::rt::DssClient::get_llm_cost_limiting_counters): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetLlmCostLimitingCounters<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetLlmCostLimitingCounters<'a> {
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
                __call.lit("/admin/llm-cost-limiting/counters");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /admin/llm-cost-limiting/counters`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssLlmCostLimitingCounters,
                crate::rt::Error,
            > {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            super::super::handles::DssLlmCostLimitingCounters {
                                client: ::core::clone::Clone::clone(__client),
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            GetLlmCostLimitingCounters, super::endpoints::GET_LLM_COST_LIMITING_COUNTERS,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetLlmCostLimitingCounters<'_> {}
        ///Request value of [`DssClient::get_cobuild_status`](crate::rt::DssClient::get_cobuild_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetCobuildStatus<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetCobuildStatus<'a> {
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
                __call.lit("/cobuild/status");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GetCobuildStatus, super::endpoints::GET_COBUILD_STATUS, json(Value,
            "Sends the request (`GET /cobuild/status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetCobuildStatus<'_> {}
        ///Request value of [`DssClient::start_install_plugin_from_archive`](crate::rt::DssClient::start_install_plugin_from_archive): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StartInstallPluginFromArchive<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) fp: crate::rt::Upload,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StartInstallPluginFromArchive<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, fp, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/actions/future/installFromZip");
                __call.upload_named(fp);
                Ok((__call, ()))
            }
            ///Sends the request (`POST /plugins/actions/future/installFromZip`) and returns the answer.
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
            StartInstallPluginFromArchive,
            super::endpoints::START_INSTALL_PLUGIN_FROM_ARCHIVE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StartInstallPluginFromArchive<'_> {}
        ///Request value of [`DssPermissionsCheckRequest::execute_raw`](super::super::handles::DssPermissionsCheckRequest::execute_raw): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PermissionsCheckRequestExecuteRaw<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPermissionsCheckRequest,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PermissionsCheckRequestExecuteRaw<'a> {
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
                __call.lit("/permissions/actions/check-objects");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            PermissionsCheckRequestExecuteRaw,
            super::endpoints::PERMISSIONS_CHECK_REQUEST_EXECUTE_RAW, json(Value,
            "Sends the request (`POST /permissions/actions/check-objects`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PermissionsCheckRequestExecuteRaw<'_> {}
        ///Request value of [`DssMessagingChannel::get_settings`](super::super::handles::DssMessagingChannel::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MessagingChannelGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMessagingChannel,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MessagingChannelGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssMessagingChannel,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/messaging-channels/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/settings");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /messaging-channels/{id}/settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssMessagingChannelSettings,
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
                            let __f_id = ::core::clone::Clone::clone(&__owner.id);
                            super::super::handles::DssMessagingChannelSettings {
                                client: ::core::clone::Clone::clone(__client),
                                id: __f_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            MessagingChannelGetSettings,
            super::endpoints::MESSAGING_CHANNEL_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MessagingChannelGetSettings<'_> {}
        ///Request value of [`DssMessagingChannel::get_permissions`](super::super::handles::DssMessagingChannel::get_permissions): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MessagingChannelGetPermissions<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMessagingChannel,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MessagingChannelGetPermissions<'a> {
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
                __call.lit("/messaging-channels/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/permissions");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MessagingChannelGetPermissions,
            super::endpoints::MESSAGING_CHANNEL_GET_PERMISSIONS, json(Value,
            "Sends the request (`GET /messaging-channels/{id}/permissions`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MessagingChannelGetPermissions<'_> {}
        ///Request value of [`DssMessagingChannel::set_permissions`](super::super::handles::DssMessagingChannel::set_permissions): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MessagingChannelSetPermissions<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMessagingChannel,
            pub(crate) permissions: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MessagingChannelSetPermissions<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, permissions, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/messaging-channels/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/permissions");
                __call.json(&::serde_json::Value::from(permissions))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MessagingChannelSetPermissions,
            super::endpoints::MESSAGING_CHANNEL_SET_PERMISSIONS,
            unit("Sends the request (`PUT /messaging-channels/{id}/permissions`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MessagingChannelSetPermissions<'_> {}
        ///Request value of [`DssMessagingChannel::delete`](super::super::handles::DssMessagingChannel::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MessagingChannelDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMessagingChannel,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MessagingChannelDelete<'a> {
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
                __call.lit("/messaging-channels/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MessagingChannelDelete, super::endpoints::MESSAGING_CHANNEL_DELETE,
            unit("Sends the request (`DELETE /messaging-channels/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MessagingChannelDelete<'_> {}
        ///Request value of [`DssMessagingChannelSettings::save`](super::super::handles::DssMessagingChannelSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MessagingChannelSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMessagingChannelSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MessagingChannelSettingsSave<'a> {
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
                __call.lit("/messaging-channels/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/settings");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MessagingChannelSettingsSave,
            super::endpoints::MESSAGING_CHANNEL_SETTINGS_SAVE,
            unit("Sends the request (`PUT /messaging-channels/{id}/settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MessagingChannelSettingsSave<'_> {}
        ///Request value of [`DssLlmCostLimitingCounters::get_counter_details`](super::super::handles::DssLlmCostLimitingCounters::get_counter_details): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct LlmCostLimitingCountersGetCounterDetails<'a> {
            pub(crate) __owner: &'a super::super::handles::DssLlmCostLimitingCounters,
            pub(crate) id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> LlmCostLimitingCountersGetCounterDetails<'a> {
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
                __call.lit("/admin/llm-cost-limiting/counters/");
                __call.segment("id", &id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            LlmCostLimitingCountersGetCounterDetails,
            super::endpoints::LLM_COST_LIMITING_COUNTERS_GET_COUNTER_DETAILS, json(Value,
            "Sends the request (`GET /admin/llm-cost-limiting/counters/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for LlmCostLimitingCountersGetCounterDetails<'_> {}
        ///Request value of [`DssUnifiedMonitoring::list_monitored_project_deployments`](super::super::handles::DssUnifiedMonitoring::list_monitored_project_deployments): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct UnifiedMonitoringListMonitoredProjectDeployments<'a> {
            pub(crate) __owner: &'a super::super::handles::DssUnifiedMonitoring,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> UnifiedMonitoringListMonitoredProjectDeployments<'a> {
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
                __call.lit("/unified-monitoring/deployer/projects");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            UnifiedMonitoringListMonitoredProjectDeployments,
            super::endpoints::UNIFIED_MONITORING_LIST_MONITORED_PROJECT_DEPLOYMENTS,
            json(Value,
            "Sends the request (`GET /unified-monitoring/deployer/projects`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for UnifiedMonitoringListMonitoredProjectDeployments<'_> {}
        ///Request value of [`DssUnifiedMonitoring::list_monitored_api_endpoints`](super::super::handles::DssUnifiedMonitoring::list_monitored_api_endpoints): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct UnifiedMonitoringListMonitoredApiEndpoints<'a> {
            pub(crate) __owner: &'a super::super::handles::DssUnifiedMonitoring,
            pub(crate) remove_duplicated_external_endpoints: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> UnifiedMonitoringListMonitoredApiEndpoints<'a> {
            /**List an external endpoint seen through several scopes once.

Default: `true`. Sent as query parameter `removeDuplicatedExternalEndpoints`.*/
            pub fn remove_duplicated_external_endpoints(
                mut self,
                remove_duplicated_external_endpoints: bool,
            ) -> Self {
                self.remove_duplicated_external_endpoints = remove_duplicated_external_endpoints;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, remove_duplicated_external_endpoints, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/unified-monitoring/deployer/api-endpoints");
                __call
                    .query(
                        "removeDuplicatedExternalEndpoints",
                        &remove_duplicated_external_endpoints,
                    );
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            UnifiedMonitoringListMonitoredApiEndpoints,
            super::endpoints::UNIFIED_MONITORING_LIST_MONITORED_API_ENDPOINTS,
            json(Value,
            "Sends the request (`GET /unified-monitoring/deployer/api-endpoints`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for UnifiedMonitoringListMonitoredApiEndpoints<'_> {}
        ///Request value of [`DssUnifiedMonitoring::list_monitored_api_endpoint_with_activity_metrics`](super::super::handles::DssUnifiedMonitoring::list_monitored_api_endpoint_with_activity_metrics): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct UnifiedMonitoringListMonitoredApiEndpointWithActivityMetrics<'a> {
            pub(crate) __owner: &'a super::super::handles::DssUnifiedMonitoring,
            pub(crate) endpoints_to_filter_on: ::serde_json::Value,
            pub(crate) remove_duplicated_external_endpoints: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> UnifiedMonitoringListMonitoredApiEndpointWithActivityMetrics<'a> {
            /**The endpoints to list, each `{"endpointId", "deploymentId"}`
(managed) or `{"endpointName", "externalEndpointsScopeName"}`
(external), where dataikuapi takes the monitoring objects
`list_monitored_api_endpoints` made (empty: all of them).

Default: `[]`. Sent as the JSON body.*/
            pub fn endpoints_to_filter_on(
                mut self,
                endpoints_to_filter_on: impl Into<::serde_json::Value>,
            ) -> Self {
                self.endpoints_to_filter_on = endpoints_to_filter_on.into();
                self
            }
            /**List an external endpoint seen through several scopes once.

Default: `true`. Sent as query parameter `removeDuplicatedExternalEndpoints`.*/
            pub fn remove_duplicated_external_endpoints(
                mut self,
                remove_duplicated_external_endpoints: bool,
            ) -> Self {
                self.remove_duplicated_external_endpoints = remove_duplicated_external_endpoints;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    endpoints_to_filter_on,
                    remove_duplicated_external_endpoints,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call
                    .lit(
                        "/unified-monitoring/deployer/api-endpoints-with-activity-metrics",
                    );
                __call
                    .query(
                        "removeDuplicatedExternalEndpoints",
                        &remove_duplicated_external_endpoints,
                    );
                __call.json(&::serde_json::Value::from(endpoints_to_filter_on))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            UnifiedMonitoringListMonitoredApiEndpointWithActivityMetrics,
            super::endpoints::UNIFIED_MONITORING_LIST_MONITORED_API_ENDPOINT_WITH_ACTIVITY_METRICS,
            json(Value,
            "Sends the request (`POST /unified-monitoring/deployer/api-endpoints-with-activity-metrics`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub
        for UnifiedMonitoringListMonitoredApiEndpointWithActivityMetrics<'_> {}
        ///Request value of [`DssEnterpriseAssetLibrary::list_collections`](super::super::handles::DssEnterpriseAssetLibrary::list_collections): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct EnterpriseAssetLibraryListCollections<'a> {
            pub(crate) __owner: &'a super::super::handles::DssEnterpriseAssetLibrary,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> EnterpriseAssetLibraryListCollections<'a> {
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
                __call.lit("/enterprise-asset-library/collections");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            EnterpriseAssetLibraryListCollections,
            super::endpoints::ENTERPRISE_ASSET_LIBRARY_LIST_COLLECTIONS, json(Value,
            "Sends the request (`GET /enterprise-asset-library/collections`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for EnterpriseAssetLibraryListCollections<'_> {}
        ///Request value of [`DssEnterpriseAssetLibrary::list_prompts`](super::super::handles::DssEnterpriseAssetLibrary::list_prompts): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct EnterpriseAssetLibraryListPrompts<'a> {
            pub(crate) __owner: &'a super::super::handles::DssEnterpriseAssetLibrary,
            pub(crate) restrict_collections: Vec<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> EnterpriseAssetLibraryListPrompts<'a> {
            /**Only the prompts of these collections (empty: all).

Default: `[]`. Sent as query parameter `restrictCollections`, repeated for each item.*/
            pub fn restrict_collections(
                mut self,
                restrict_collections: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.restrict_collections = restrict_collections
                    .into_iter()
                    .map(Into::into)
                    .collect();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, restrict_collections, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/enterprise-asset-library/prompts");
                __call.query("restrictCollections", &restrict_collections);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            EnterpriseAssetLibraryListPrompts,
            super::endpoints::ENTERPRISE_ASSET_LIBRARY_LIST_PROMPTS, json(Value,
            "Sends the request (`GET /enterprise-asset-library/prompts`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for EnterpriseAssetLibraryListPrompts<'_> {}
        ///Request value of [`DssEnterpriseAssetLibrary::list_email_templates`](super::super::handles::DssEnterpriseAssetLibrary::list_email_templates): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct EnterpriseAssetLibraryListEmailTemplates<'a> {
            pub(crate) __owner: &'a super::super::handles::DssEnterpriseAssetLibrary,
            pub(crate) restrict_collections: Vec<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> EnterpriseAssetLibraryListEmailTemplates<'a> {
            /**Only the templates of these collections (empty: all).

Default: `[]`. Sent as query parameter `restrictCollections`, repeated for each item.*/
            pub fn restrict_collections(
                mut self,
                restrict_collections: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.restrict_collections = restrict_collections
                    .into_iter()
                    .map(Into::into)
                    .collect();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, restrict_collections, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/enterprise-asset-library/email-templates");
                __call.query("restrictCollections", &restrict_collections);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            EnterpriseAssetLibraryListEmailTemplates,
            super::endpoints::ENTERPRISE_ASSET_LIBRARY_LIST_EMAIL_TEMPLATES, json(Value,
            "Sends the request (`GET /enterprise-asset-library/email-templates`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for EnterpriseAssetLibraryListEmailTemplates<'_> {}
        ///Request value of [`DssEnterpriseAssetLibrary::get_export_stream`](super::super::handles::DssEnterpriseAssetLibrary::get_export_stream): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct EnterpriseAssetLibraryGetExportStream<'a> {
            pub(crate) __owner: &'a super::super::handles::DssEnterpriseAssetLibrary,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> EnterpriseAssetLibraryGetExportStream<'a> {
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
                __call.lit("/enterprise-asset-library/export");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            EnterpriseAssetLibraryGetExportStream,
            super::endpoints::ENTERPRISE_ASSET_LIBRARY_GET_EXPORT_STREAM,
            stream("Sends the request (`POST /enterprise-asset-library/export`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for EnterpriseAssetLibraryGetExportStream<'_> {}
        ///Request value of [`DssEnterpriseAssetLibrary::export_collections_to_file`](super::super::handles::DssEnterpriseAssetLibrary::export_collections_to_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct EnterpriseAssetLibraryExportCollectionsToFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssEnterpriseAssetLibrary,
            pub(crate) path: ::std::path::PathBuf,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> EnterpriseAssetLibraryExportCollectionsToFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (::std::path::PathBuf,)),
                crate::rt::Error,
            > {
                let Self { __owner, path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/enterprise-asset-library/export");
                Ok((__call, (path,)))
            }
            ///Sends the request (`POST /enterprise-asset-library/export`) and returns the answer.
            pub fn send(self) -> Result<u64, crate::rt::Error> {
                let (__call, (path,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| { __call.send_stream()?.save_to(path) },
                )
            }
        }
        crate::rt::request_common!(
            EnterpriseAssetLibraryExportCollectionsToFile,
            super::endpoints::ENTERPRISE_ASSET_LIBRARY_EXPORT_COLLECTIONS_TO_FILE, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for EnterpriseAssetLibraryExportCollectionsToFile<'_> {}
        ///Request value of [`DssDataDirectoriesFootprint::compute_global_only_footprint`](super::super::handles::DssDataDirectoriesFootprint::compute_global_only_footprint): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataDirectoriesFootprintComputeGlobalOnlyFootprint<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataDirectoriesFootprint,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataDirectoriesFootprintComputeGlobalOnlyFootprint<'a> {
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
                __call.lit("/directories-footprint/global");
                __call.query("summaryOnly", "false");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /directories-footprint/global`) and returns the answer.
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
            DataDirectoriesFootprintComputeGlobalOnlyFootprint,
            super::endpoints::DATA_DIRECTORIES_FOOTPRINT_COMPUTE_GLOBAL_ONLY_FOOTPRINT,
            plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub
        for DataDirectoriesFootprintComputeGlobalOnlyFootprint<'_> {}
        ///Request value of [`DssDataDirectoriesFootprint::compute_project_footprint`](super::super::handles::DssDataDirectoriesFootprint::compute_project_footprint): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataDirectoriesFootprintComputeProjectFootprint<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataDirectoriesFootprint,
            pub(crate) project_key: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataDirectoriesFootprintComputeProjectFootprint<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, project_key, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/directories-footprint/projects/");
                __call.segment("project_key", &project_key, false)?;
                __call.query("summaryOnly", "false");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /directories-footprint/projects/{project_key}`) and returns the answer.
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
            DataDirectoriesFootprintComputeProjectFootprint,
            super::endpoints::DATA_DIRECTORIES_FOOTPRINT_COMPUTE_PROJECT_FOOTPRINT, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataDirectoriesFootprintComputeProjectFootprint<'_> {}
        ///Request value of [`DssDataDirectoriesFootprint::compute_all_dss_footprint`](super::super::handles::DssDataDirectoriesFootprint::compute_all_dss_footprint): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataDirectoriesFootprintComputeAllDssFootprint<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataDirectoriesFootprint,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataDirectoriesFootprintComputeAllDssFootprint<'a> {
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
                __call.lit("/directories-footprint/all-dss");
                __call.query("summaryOnly", "false");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /directories-footprint/all-dss`) and returns the answer.
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
            DataDirectoriesFootprintComputeAllDssFootprint,
            super::endpoints::DATA_DIRECTORIES_FOOTPRINT_COMPUTE_ALL_DSS_FOOTPRINT, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataDirectoriesFootprintComputeAllDssFootprint<'_> {}
        ///Request value of [`DssDataDirectoriesFootprint::compute_unknown_footprint`](super::super::handles::DssDataDirectoriesFootprint::compute_unknown_footprint): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataDirectoriesFootprintComputeUnknownFootprint<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataDirectoriesFootprint,
            pub(crate) show_summary_only: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataDirectoriesFootprintComputeUnknownFootprint<'a> {
            /**Only the totals, not every file.

Default: `true`. Sent as query parameter `summaryOnly`.*/
            pub fn show_summary_only(mut self, show_summary_only: bool) -> Self {
                self.show_summary_only = show_summary_only;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, show_summary_only, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/directories-footprint/unknown");
                __call.query("summaryOnly", &show_summary_only);
                Ok((__call, ()))
            }
            ///Sends the request (`GET /directories-footprint/unknown`) and returns the answer.
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
            DataDirectoriesFootprintComputeUnknownFootprint,
            super::endpoints::DATA_DIRECTORIES_FOOTPRINT_COMPUTE_UNKNOWN_FOOTPRINT, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataDirectoriesFootprintComputeUnknownFootprint<'_> {}
        crate::rt::request_list!(
            ListUsersInfo, ListGroupsInfo, CreateUsers, EditUsers, DeleteUsers,
            ListExpiredTrialUsers, StartResyncUsersFromSupplier,
            StartResyncAllUsersFromSupplier, StartFetchExternalGroups,
            StartFetchExternalUsers, StartProvisionUsers, ListConnectionsNames,
            CreateInternalCodeEnv, CreateCodeEnvFromPythonPreset,
            CreateCodeStudioTemplate, ImportCodeStudioTemplate, GetGlobalApiKeyById,
            CreateGlobalApiKeyWithGroups, BuildCdePluginsImage, InstallJupyterSupport,
            RemoveJupyterSupport, GovernDssSync, GovernDeployerSync, ListBusinessApps,
            InstallBusinessAppFromArchive, InstallBusinessAppFromStore,
            ListDataCollections, CreateDataCollection, ListCollections, CreateCollection,
            GetMessagingChannel, ListMessagingChannels, CreateMessagingChannel,
            GetDataQualityStatus, GetSsoSettings, GetLdapSettings, GetAzureAdSettings,
            GetLlmCostLimitingCounters, GetCobuildStatus, StartInstallPluginFromArchive,
            PermissionsCheckRequestExecuteRaw, MessagingChannelGetSettings,
            MessagingChannelGetPermissions, MessagingChannelSetPermissions,
            MessagingChannelDelete, MessagingChannelSettingsSave,
            LlmCostLimitingCountersGetCounterDetails,
            UnifiedMonitoringListMonitoredProjectDeployments,
            UnifiedMonitoringListMonitoredApiEndpoints,
            UnifiedMonitoringListMonitoredApiEndpointWithActivityMetrics,
            EnterpriseAssetLibraryListCollections, EnterpriseAssetLibraryListPrompts,
            EnterpriseAssetLibraryListEmailTemplates,
            EnterpriseAssetLibraryGetExportStream,
            EnterpriseAssetLibraryExportCollectionsToFile,
            DataDirectoriesFootprintComputeGlobalOnlyFootprint,
            DataDirectoriesFootprintComputeProjectFootprint,
            DataDirectoriesFootprintComputeAllDssFootprint,
            DataDirectoriesFootprintComputeUnknownFootprint
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_users_info`.
        pub static LIST_USERS_INFO: Endpoint = Endpoint::new(
            "DssClient",
            "list_users_info",
            crate::rt::Server::DSS,
            "Lists what any user may know of the users of the instance (no admin rights needed).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/users",
                    &[],
                    "ListUsersInfo",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < PublicUserInfo >"),
            [false, true, false],
        );
        ///`DssClient::list_groups_info`.
        pub static LIST_GROUPS_INFO: Endpoint = Endpoint::new(
            "DssClient",
            "list_groups_info",
            crate::rt::Server::DSS,
            "Lists what any user may know of the groups of the instance (no admin rights needed).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/groups",
                    &[],
                    "ListGroupsInfo",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < PublicGroupInfo >"),
            [false, true, false],
        );
        ///`DssClient::create_users`.
        pub static CREATE_USERS: Endpoint = Endpoint::new(
            "DssClient",
            "create_users",
            crate::rt::Server::DSS,
            "Creates users in bulk (needs admin rights); returns the outcome for each.",
            &[
                Arg::new(
                    "users",
                    "json",
                    Presence::Required,
                    Place::Body {
                        via: Some("bulk_users"),
                    },
                    true,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/users/actions/bulk",
                    &[],
                    "CreateUsers",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::edit_users`.
        pub static EDIT_USERS: Endpoint = Endpoint::new(
            "DssClient",
            "edit_users",
            crate::rt::Server::DSS,
            "Changes users in bulk (needs admin rights); returns the outcome for each.",
            &[
                Arg::new(
                    "user_changes",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    true,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/admin/users/actions/bulk",
                    &[],
                    "EditUsers",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::delete_users`.
        pub static DELETE_USERS: Endpoint = Endpoint::new(
            "DssClient",
            "delete_users",
            crate::rt::Server::DSS,
            "Deletes users in bulk (needs admin rights); returns the outcome for each.",
            &[
                Arg::new(
                    "user_logins",
                    "[str]",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
                Arg::new(
                    "allow_self_deletion",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("allowSelfDeletion"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Delete,
                    "/admin/users/actions/bulk",
                    &[],
                    "DeleteUsers",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::list_expired_trial_users`.
        pub static LIST_EXPIRED_TRIAL_USERS: Endpoint = Endpoint::new(
            "DssClient",
            "list_expired_trial_users",
            crate::rt::Server::DSS,
            "Lists the users whose trial has expired (needs admin rights).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/list-trial-expired-users",
                    &[],
                    "ListExpiredTrialUsers",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::start_resync_users_from_supplier`.
        pub static START_RESYNC_USERS_FROM_SUPPLIER: Endpoint = Endpoint::new(
            "DssClient",
            "start_resync_users_from_supplier",
            crate::rt::Server::DSS,
            "Starts syncing some users from their supplier (LDAP, Azure AD, ...); returns the task.",
            &[
                Arg::new(
                    "logins",
                    "[str]",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/users/actions/resync-multi",
                    &[],
                    "StartResyncUsersFromSupplier",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::start_resync_all_users_from_supplier`.
        pub static START_RESYNC_ALL_USERS_FROM_SUPPLIER: Endpoint = Endpoint::new(
            "DssClient",
            "start_resync_all_users_from_supplier",
            crate::rt::Server::DSS,
            "Starts syncing every user from its supplier; returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/users/actions/resync-multi",
                    &[],
                    "StartResyncAllUsersFromSupplier",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::start_fetch_external_groups`.
        pub static START_FETCH_EXTERNAL_GROUPS: Endpoint = Endpoint::new(
            "DssClient",
            "start_fetch_external_groups",
            crate::rt::Server::DSS,
            "Starts fetching the groups an outside supplier knows; returns the task (its result is the groups).",
            &[
                Arg::new(
                    "user_source_type",
                    "str",
                    Presence::Required,
                    Place::Query("userSourceType"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/external-groups",
                    &[],
                    "StartFetchExternalGroups",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::start_fetch_external_users`.
        pub static START_FETCH_EXTERNAL_USERS: Endpoint = Endpoint::new(
            "DssClient",
            "start_fetch_external_users",
            crate::rt::Server::DSS,
            "Starts fetching the users an outside supplier knows, filtered by login, email or group; returns the task (its result is the users).",
            &[
                Arg::new(
                    "user_source_type",
                    "str",
                    Presence::Required,
                    Place::Query("userSourceType"),
                    false,
                ),
                Arg::new(
                    "login",
                    "str",
                    Presence::Optional,
                    Place::Query("login"),
                    false,
                ),
                Arg::new(
                    "email",
                    "str",
                    Presence::Optional,
                    Place::Query("email"),
                    false,
                ),
                Arg::new(
                    "group_name",
                    "str",
                    Presence::Optional,
                    Place::Query("groupName"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/external-users",
                    &[],
                    "StartFetchExternalUsers",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::start_provision_users`.
        pub static START_PROVISION_USERS: Endpoint = Endpoint::new(
            "DssClient",
            "start_provision_users",
            crate::rt::Server::DSS,
            "Starts creating users of the instance from an outside supplier; returns the task.",
            &[
                Arg::new(
                    "user_source_type",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "userSourceType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "users",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "users",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/users/actions/provision",
                    &[],
                    "StartProvisionUsers",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::list_connections_names`.
        pub static LIST_CONNECTIONS_NAMES: Endpoint = Endpoint::new(
            "DssClient",
            "list_connections_names",
            crate::rt::Server::DSS,
            "Lists the names of the connections of a type (no admin rights needed).",
            &[
                Arg::new(
                    "connection_type",
                    "str",
                    Presence::Required,
                    Place::Query("type"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/connections/get-names",
                    &[],
                    "ListConnectionsNames",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < String >"),
            [false, true, false],
        );
        ///`DssClient::create_internal_code_env`.
        pub static CREATE_INTERNAL_CODE_ENV: Endpoint = Endpoint::new(
            "DssClient",
            "create_internal_code_env",
            crate::rt::Server::DSS,
            "Creates one of DSS's internal Python code environments (needs admin rights) and returns a handle on it; the server waits for the creation to finish (`.start()` returns the task instead).",
            &[
                Arg::new(
                    "internal_env_type",
                    "str",
                    Presence::Required,
                    Place::Query("dssInternalCodeEnvType"),
                    false,
                ),
                Arg::new(
                    "python_interpreter",
                    "str",
                    Presence::Optional,
                    Place::Query("pythonInterpreter"),
                    false,
                ),
                Arg::new(
                    "code_env_version",
                    "str",
                    Presence::Optional,
                    Place::Query("codeEnvVersion"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/code-envs/internal-env/create",
                    &[("wait", "true")],
                    "CreateInternalCodeEnv",
                    [true, false, true, true, false],
                ),
            ),
            ResultKind::Handle("DssCodeEnv"),
            [false, true, false],
        );
        ///`DssClient::create_code_env_from_python_preset`.
        pub static CREATE_CODE_ENV_FROM_PYTHON_PRESET: Endpoint = Endpoint::new(
            "DssClient",
            "create_code_env_from_python_preset",
            crate::rt::Server::DSS,
            "Creates (or updates) a Python code environment from one of DSS's presets (needs admin rights); the server waits for it to be built and returns DSS's report (`.start()` returns the task instead).",
            &[
                Arg::new("preset_name", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "allow_update",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("allowUpdate"),
                    false,
                ),
                Arg::new(
                    "interpreter",
                    "str",
                    Presence::Optional,
                    Place::Query("interpreter"),
                    false,
                ),
                Arg::new(
                    "prefix",
                    "str",
                    Presence::Optional,
                    Place::Query("prefix"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/code-envs/from-python-preset/{preset_name}",
                    &[("wait", "true")],
                    "CreateCodeEnvFromPythonPreset",
                    [true, false, true, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::create_code_studio_template`.
        pub static CREATE_CODE_STUDIO_TEMPLATE: Endpoint = Endpoint::new(
            "DssClient",
            "create_code_studio_template",
            crate::rt::Server::DSS,
            "Creates a code studio template (needs admin rights) and returns a handle on it.",
            &[
                Arg::new(
                    "template_label",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "label",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "template_type",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "type",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/code-studios/",
                    &[],
                    "CreateCodeStudioTemplate",
                    [false, false, false, true, false],
                ),
            ),
            ResultKind::Handle("DssCodeStudioTemplate"),
            [false, true, false],
        );
        ///`DssClient::import_code_studio_template`.
        pub static IMPORT_CODE_STUDIO_TEMPLATE: Endpoint = Endpoint::new(
            "DssClient",
            "import_code_studio_template",
            crate::rt::Server::DSS,
            "Imports a code studio template from an archive made by its `export_to_file`, streamed from here (needs admin rights); returns DSS's report.",
            &[
                Arg::new(
                    "archive_path",
                    "file",
                    Presence::Required,
                    Place::Upload,
                    false,
                ),
                Arg::new(
                    "label",
                    "str",
                    Presence::Optional,
                    Place::Query("label"),
                    false,
                ),
                Arg::new(
                    "import_spec",
                    "json",
                    Presence::Optional,
                    Place::Query("importSpec"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/code-studios/import",
                    &[],
                    "ImportCodeStudioTemplate",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::get_global_api_key_by_id`.
        pub static GET_GLOBAL_API_KEY_BY_ID: Endpoint = Endpoint::new(
            "DssClient",
            "get_global_api_key_by_id",
            crate::rt::Server::DSS,
            "Looks up a global API key by its id (needs admin rights) and returns a handle on it, holding the secret key from the answer.",
            &[Arg::new("id_", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/global-api-keys/{id_}",
                    &[],
                    "GetGlobalApiKeyById",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssGlobalApiKey"),
            [false, true, false],
        );
        ///`DssClient::create_global_api_key_with_groups`.
        pub static CREATE_GLOBAL_API_KEY_WITH_GROUPS: Endpoint = Endpoint::new(
            "DssClient",
            "create_global_api_key_with_groups",
            crate::rt::Server::DSS,
            "Creates a global API key with the rights of groups (needs admin rights) and returns a handle on it.",
            &[
                Arg::new(
                    "label",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "label",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "description",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "description",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "groups",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Member {
                        path: "groups",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/global-api-keys/",
                    &[],
                    "CreateGlobalApiKeyWithGroups",
                    [false, false, false, true, false],
                ),
            ),
            ResultKind::Handle("DssGlobalApiKey"),
            [false, true, false],
        );
        ///`DssClient::get_unified_monitoring`.
        pub static GET_UNIFIED_MONITORING: Endpoint = Endpoint::new(
            "DssClient",
            "get_unified_monitoring",
            crate::rt::Server::DSS,
            "A handle on the unified monitoring of the instance.",
            &[],
            None,
            ResultKind::Handle("DssUnifiedMonitoring"),
            [false, true, false],
        );
        ///`DssClient::build_cde_plugins_image`.
        pub static BUILD_CDE_PLUGINS_IMAGE: Endpoint = Endpoint::new(
            "DssClient",
            "build_cde_plugins_image",
            crate::rt::Server::DSS,
            "Builds the container image that runs plugins' code for Code Studios and other container execution (needs admin rights); returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/container-exec/actions/build-cde-plugins-image",
                    &[],
                    "BuildCdePluginsImage",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::install_jupyter_support`.
        pub static INSTALL_JUPYTER_SUPPORT: Endpoint = Endpoint::new(
            "DssClient",
            "install_jupyter_support",
            crate::rt::Server::DSS,
            "Adds Jupyter support to the base images of container execution (needs admin rights); returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/container-exec/actions/install-jupyter-support",
                    &[],
                    "InstallJupyterSupport",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::remove_jupyter_support`.
        pub static REMOVE_JUPYTER_SUPPORT: Endpoint = Endpoint::new(
            "DssClient",
            "remove_jupyter_support",
            crate::rt::Server::DSS,
            "Removes Jupyter support from the base images of container execution (needs admin rights); returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/container-exec/actions/remove-jupyter-support",
                    &[],
                    "RemoveJupyterSupport",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::govern_dss_sync`.
        pub static GOVERN_DSS_SYNC: Endpoint = Endpoint::new(
            "DssClient",
            "govern_dss_sync",
            crate::rt::Server::DSS,
            "Syncs the instance's objects to Dataiku Govern (needs admin rights); returns the task.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Optional,
                    Place::Query("projectKey"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/govern-integration-sync",
                    &[],
                    "GovernDssSync",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::govern_deployer_sync`.
        pub static GOVERN_DEPLOYER_SYNC: Endpoint = Endpoint::new(
            "DssClient",
            "govern_deployer_sync",
            crate::rt::Server::DSS,
            "Syncs the deployer's objects to Dataiku Govern (needs admin rights); returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/govern-integration-deployer-sync",
                    &[],
                    "GovernDeployerSync",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::list_business_apps`.
        pub static LIST_BUSINESS_APPS: Endpoint = Endpoint::new(
            "DssClient",
            "list_business_apps",
            crate::rt::Server::DSS,
            "Lists the business apps installed on the instance.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/business-apps/",
                    &[],
                    "ListBusinessApps",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < BusinessAppSummary >"),
            [false, true, false],
        );
        ///`DssClient::get_business_app`.
        pub static GET_BUSINESS_APP: Endpoint = Endpoint::new(
            "DssClient",
            "get_business_app",
            crate::rt::Server::DSS,
            "A handle on one business app.",
            &[
                Arg::new(
                    "business_app_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssBusinessApp"),
            [false, true, false],
        );
        ///`DssClient::install_business_app_from_archive`.
        pub static INSTALL_BUSINESS_APP_FROM_ARCHIVE: Endpoint = Endpoint::new(
            "DssClient",
            "install_business_app_from_archive",
            crate::rt::Server::DSS,
            "Installs a business app from an archive streamed from here; returns the install task (dataikuapi's `wait=True` is `.send()?.wait(..)`).",
            &[Arg::new("fp", "file", Presence::Required, Place::Upload, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/business-apps/install-from-archive",
                    &[],
                    "InstallBusinessAppFromArchive",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::install_business_app_from_store`.
        pub static INSTALL_BUSINESS_APP_FROM_STORE: Endpoint = Endpoint::new(
            "DssClient",
            "install_business_app_from_store",
            crate::rt::Server::DSS,
            "Installs a business app from the Dataiku store; returns the install task (dataikuapi's `wait=True` is `.send()?.wait(..)`).",
            &[
                Arg::new(
                    "business_app_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "businessAppId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/business-apps/install-from-store",
                    &[],
                    "InstallBusinessAppFromStore",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::list_data_collections`.
        pub static LIST_DATA_COLLECTIONS: Endpoint = Endpoint::new(
            "DssClient",
            "list_data_collections",
            crate::rt::Server::DSS,
            "Lists the data collections the user can see.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/data-collections/",
                    &[],
                    "ListDataCollections",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < DataCollectionSummary >"),
            [false, true, false],
        );
        ///`DssClient::get_data_collection`.
        pub static GET_DATA_COLLECTION: Endpoint = Endpoint::new(
            "DssClient",
            "get_data_collection",
            crate::rt::Server::DSS,
            "A handle on one data collection.",
            &[Arg::new("id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssDataCollection"),
            [false, true, false],
        );
        ///`DssClient::create_data_collection`.
        pub static CREATE_DATA_COLLECTION: Endpoint = Endpoint::new(
            "DssClient",
            "create_data_collection",
            crate::rt::Server::DSS,
            "Creates a data collection and returns a handle on it (with the id the server answers with).",
            &[
                Arg::new(
                    "display_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "displayName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "id",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "tags",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Member {
                        path: "tags",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "description",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "description",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "color",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "color",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "permissions",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "permissions",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/data-collections/",
                    &[],
                    "CreateDataCollection",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDataCollection"),
            [false, true, false],
        );
        ///`DssClient::list_collections`.
        pub static LIST_COLLECTIONS: Endpoint = Endpoint::new(
            "DssClient",
            "list_collections",
            crate::rt::Server::DSS,
            "Lists the data collections the user can see (the same request as `list_data_collections`).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/data-collections/",
                    &[],
                    "ListCollections",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < DataCollectionSummary >"),
            [false, true, false],
        );
        ///`DssClient::get_collection`.
        pub static GET_COLLECTION: Endpoint = Endpoint::new(
            "DssClient",
            "get_collection",
            crate::rt::Server::DSS,
            "A handle on one data collection (the same as `get_data_collection`).",
            &[Arg::new("id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssDataCollection"),
            [false, true, false],
        );
        ///`DssClient::create_collection`.
        pub static CREATE_COLLECTION: Endpoint = Endpoint::new(
            "DssClient",
            "create_collection",
            crate::rt::Server::DSS,
            "Creates a data collection and returns a handle on it (the same request as `create_data_collection`).",
            &[
                Arg::new(
                    "display_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "displayName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "id",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "tags",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Member {
                        path: "tags",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "description",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "description",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "color",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "color",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "permissions",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "permissions",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/data-collections/",
                    &[],
                    "CreateCollection",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDataCollection"),
            [false, true, false],
        );
        ///`DssClient::get_messaging_channel`.
        pub static GET_MESSAGING_CHANNEL: Endpoint = Endpoint::new(
            "DssClient",
            "get_messaging_channel",
            crate::rt::Server::DSS,
            "Reads a messaging channel and returns a handle on it (with the id the server answers with).",
            &[Arg::new("channel_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/messaging-channels/{channel_id}",
                    &[],
                    "GetMessagingChannel",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMessagingChannel"),
            [false, true, false],
        );
        ///`DssClient::list_messaging_channels`.
        pub static LIST_MESSAGING_CHANNELS: Endpoint = Endpoint::new(
            "DssClient",
            "list_messaging_channels",
            crate::rt::Server::DSS,
            "Lists the messaging channels, of a type or a family.",
            &[
                Arg::new(
                    "channel_type",
                    "str",
                    Presence::Optional,
                    Place::Query("channelType"),
                    false,
                ),
                Arg::new(
                    "channel_family",
                    "str",
                    Presence::Optional,
                    Place::Query("channelFamily"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/messaging-channels/",
                    &[],
                    "ListMessagingChannels",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < MessagingChannelSummary >"),
            [false, true, false],
        );
        ///`DssClient::create_messaging_channel`.
        pub static CREATE_MESSAGING_CHANNEL: Endpoint = Endpoint::new(
            "DssClient",
            "create_messaging_channel",
            crate::rt::Server::DSS,
            "Creates a messaging channel (needs admin rights) and returns a handle on it; `new_messaging_channel` builds the configuration of each type.",
            &[
                Arg::new(
                    "channel_type",
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
                    "channel_id",
                    "str",
                    Presence::Default(""),
                    Place::Member {
                        path: "id",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "channel_configuration",
                    "json",
                    Presence::Default("{}"),
                    Place::Member {
                        path: "configuration",
                        via: None,
                        omitted_when_unset: false,
                    },
                    true,
                ),
                Arg::new(
                    "permissions",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "permissions",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/messaging-channels/",
                    &[],
                    "CreateMessagingChannel",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMessagingChannel"),
            [false, true, false],
        );
        ///`DssClient::get_data_quality_status`.
        pub static GET_DATA_QUALITY_STATUS: Endpoint = Endpoint::new(
            "DssClient",
            "get_data_quality_status",
            crate::rt::Server::DSS,
            "Reads the data quality status of the projects of the instance.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/data-quality/status",
                    &[],
                    "GetDataQualityStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::get_sso_settings`.
        pub static GET_SSO_SETTINGS: Endpoint = Endpoint::new(
            "DssClient",
            "get_sso_settings",
            crate::rt::Server::DSS,
            "Reads the single sign-on settings (needs admin rights), to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/iam/sso-settings",
                    &[],
                    "GetSsoSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssSsoSettings"),
            [false, true, false],
        );
        ///`DssClient::get_ldap_settings`.
        pub static GET_LDAP_SETTINGS: Endpoint = Endpoint::new(
            "DssClient",
            "get_ldap_settings",
            crate::rt::Server::DSS,
            "Reads the LDAP settings (needs admin rights), to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/iam/ldap-settings",
                    &[],
                    "GetLdapSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssLdapSettings"),
            [false, true, false],
        );
        ///`DssClient::get_azure_ad_settings`.
        pub static GET_AZURE_AD_SETTINGS: Endpoint = Endpoint::new(
            "DssClient",
            "get_azure_ad_settings",
            crate::rt::Server::DSS,
            "Reads the Azure AD settings (needs admin rights), to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/iam/azure-ad-settings",
                    &[],
                    "GetAzureAdSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssAzureAdSettings"),
            [false, true, false],
        );
        ///`DssClient::get_data_directories_footprint`.
        pub static GET_DATA_DIRECTORIES_FOOTPRINT: Endpoint = Endpoint::new(
            "DssClient",
            "get_data_directories_footprint",
            crate::rt::Server::DSS,
            "A handle on the data directories' footprint.",
            &[],
            None,
            ResultKind::Handle("DssDataDirectoriesFootprint"),
            [false, true, false],
        );
        ///`DssClient::get_llm_cost_limiting_counters`.
        pub static GET_LLM_COST_LIMITING_COUNTERS: Endpoint = Endpoint::new(
            "DssClient",
            "get_llm_cost_limiting_counters",
            crate::rt::Server::DSS,
            "Reads the counters of LLM cost limiting (needs admin rights).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/llm-cost-limiting/counters",
                    &[],
                    "GetLlmCostLimitingCounters",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssLlmCostLimitingCounters"),
            [false, true, false],
        );
        ///`DssClient::get_secrets_manager`.
        pub static GET_SECRETS_MANAGER: Endpoint = Endpoint::new(
            "DssClient",
            "get_secrets_manager",
            crate::rt::Server::DSS,
            "A handle on the secrets manager.",
            &[],
            None,
            ResultKind::Handle("DssSecretsManager"),
            [false, true, false],
        );
        ///`DssClient::get_vaults_manager`.
        pub static GET_VAULTS_MANAGER: Endpoint = Endpoint::new(
            "DssClient",
            "get_vaults_manager",
            crate::rt::Server::DSS,
            "A handle on the vaults manager.",
            &[],
            None,
            ResultKind::Handle("DssVaultsManager"),
            [false, true, false],
        );
        ///`DssClient::get_cobuild_status`.
        pub static GET_COBUILD_STATUS: Endpoint = Endpoint::new(
            "DssClient",
            "get_cobuild_status",
            crate::rt::Server::DSS,
            "Reads the status of the co-building of the Flow (several users building at once).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/cobuild/status",
                    &[],
                    "GetCobuildStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::get_enterprise_asset_library`.
        pub static GET_ENTERPRISE_ASSET_LIBRARY: Endpoint = Endpoint::new(
            "DssClient",
            "get_enterprise_asset_library",
            crate::rt::Server::DSS,
            "A handle on the enterprise asset library.",
            &[],
            None,
            ResultKind::Handle("DssEnterpriseAssetLibrary"),
            [false, true, false],
        );
        ///`DssClient::start_install_plugin_from_archive`.
        pub static START_INSTALL_PLUGIN_FROM_ARCHIVE: Endpoint = Endpoint::new(
            "DssClient",
            "start_install_plugin_from_archive",
            crate::rt::Server::DSS,
            "Installs a plugin from a zip archive streamed from here and returns the install task (where `install_plugin_from_archive` waits).",
            &[Arg::new("fp", "file", Presence::Required, Place::Upload, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/plugins/actions/future/installFromZip",
                    &[],
                    "StartInstallPluginFromArchive",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::new_messaging_channel`.
        pub static NEW_MESSAGING_CHANNEL: Endpoint = Endpoint::new(
            "DssClient",
            "new_messaging_channel",
            crate::rt::Server::DSS,
            "A builder of a messaging channel of a type (`smtp`, `aws-ses-mail`, `microsoft-graph-mail`, `slack`, `msft-teams`, `google-chat`, `twilio`, `shell`; another type is refused); its `create` is the request.",
            &[
                Arg::new(
                    "channel_type",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < MessagingChannelCreator < '_ > >"),
            [true, true, false],
        );
        ///`DssClient::new_permission_check`.
        pub static NEW_PERMISSION_CHECK: Endpoint = Endpoint::new(
            "DssClient",
            "new_permission_check",
            crate::rt::Server::DSS,
            "A check of the permissions of the client's user on objects, to fill with `with_item` and send with `execute_raw`.",
            &[],
            None,
            ResultKind::HandWritten("DssPermissionsCheckRequest"),
            [true, true, false],
        );
        ///`DssPermissionsCheckRequest::execute_raw`.
        pub static PERMISSIONS_CHECK_REQUEST_EXECUTE_RAW: Endpoint = Endpoint::new(
            "DssPermissionsCheckRequest",
            "execute_raw",
            crate::rt::Server::DSS,
            "Sends the check; returns, for each item, what the user may do on it.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/permissions/actions/check-objects",
                    &[],
                    "PermissionsCheckRequestExecuteRaw",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssPermissionsCheckRequest::with_item`.
        pub static PERMISSIONS_CHECK_REQUEST_WITH_ITEM: Endpoint = Endpoint::new(
            "DssPermissionsCheckRequest",
            "with_item",
            crate::rt::Server::DSS,
            "Adds an object to check: its type (`DATASET`, `PROJECT`, ...), its project's key and its id.",
            &[
                Arg::new(
                    "object_type",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "object_project_key",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "object_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssPermissionsCheckRequest"),
            [true, true, false],
        );
        ///`DssMessagingChannel::get_settings`.
        pub static MESSAGING_CHANNEL_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssMessagingChannel",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the channel's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/messaging-channels/{id}/settings",
                    &[],
                    "MessagingChannelGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMessagingChannelSettings"),
            [false, true, false],
        );
        ///`DssMessagingChannel::get_permissions`.
        pub static MESSAGING_CHANNEL_GET_PERMISSIONS: Endpoint = Endpoint::new(
            "DssMessagingChannel",
            "get_permissions",
            crate::rt::Server::DSS,
            "Reads who may use the channel: a list of `{\"group\"|\"user\", \"canUse\"}`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/messaging-channels/{id}/permissions",
                    &[],
                    "MessagingChannelGetPermissions",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssMessagingChannel::set_permissions`.
        pub static MESSAGING_CHANNEL_SET_PERMISSIONS: Endpoint = Endpoint::new(
            "DssMessagingChannel",
            "set_permissions",
            crate::rt::Server::DSS,
            "Sets who may use the channel.",
            &[
                Arg::new(
                    "permissions",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/messaging-channels/{id}/permissions",
                    &[],
                    "MessagingChannelSetPermissions",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssMessagingChannel::delete`.
        pub static MESSAGING_CHANNEL_DELETE: Endpoint = Endpoint::new(
            "DssMessagingChannel",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the channel.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/messaging-channels/{id}",
                    &[],
                    "MessagingChannelDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssMessagingChannelSettings::save`.
        pub static MESSAGING_CHANNEL_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssMessagingChannelSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/messaging-channels/{id}/settings",
                    &[],
                    "MessagingChannelSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssLlmCostLimitingCounters::counters`.
        pub static LLM_COST_LIMITING_COUNTERS_COUNTERS: Endpoint = Endpoint::new(
            "DssLlmCostLimitingCounters",
            "counters",
            crate::rt::Server::DSS,
            "The counters, each with its `id` (change nothing: they are read only).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssLlmCostLimitingCounters::get_counter`.
        pub static LLM_COST_LIMITING_COUNTERS_GET_COUNTER: Endpoint = Endpoint::new(
            "DssLlmCostLimitingCounters",
            "get_counter",
            crate::rt::Server::DSS,
            "The counter of this id (`None` when there is none).",
            &[Arg::new("id", "& str", Presence::Required, Place::HandWritten, false)],
            None,
            ResultKind::HandWritten("Option < & Value >"),
            [true, true, false],
        );
        ///`DssLlmCostLimitingCounters::get_counter_details`.
        pub static LLM_COST_LIMITING_COUNTERS_GET_COUNTER_DETAILS: Endpoint = Endpoint::new(
            "DssLlmCostLimitingCounters",
            "get_counter_details",
            crate::rt::Server::DSS,
            "Reads the details of one counter.",
            &[Arg::new("id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/llm-cost-limiting/counters/{id}",
                    &[],
                    "LlmCostLimitingCountersGetCounterDetails",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssUnifiedMonitoring::list_monitored_project_deployments`.
        pub static UNIFIED_MONITORING_LIST_MONITORED_PROJECT_DEPLOYMENTS: Endpoint = Endpoint::new(
            "DssUnifiedMonitoring",
            "list_monitored_project_deployments",
            crate::rt::Server::DSS,
            "Lists the monitored deployments of the Project Deployer.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/unified-monitoring/deployer/projects",
                    &[],
                    "UnifiedMonitoringListMonitoredProjectDeployments",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssUnifiedMonitoring::list_monitored_api_endpoints`.
        pub static UNIFIED_MONITORING_LIST_MONITORED_API_ENDPOINTS: Endpoint = Endpoint::new(
            "DssUnifiedMonitoring",
            "list_monitored_api_endpoints",
            crate::rt::Server::DSS,
            "Lists the monitored API endpoints, managed (deployed by the API Deployer) and external; each has its `type`.",
            &[
                Arg::new(
                    "remove_duplicated_external_endpoints",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("removeDuplicatedExternalEndpoints"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/unified-monitoring/deployer/api-endpoints",
                    &[],
                    "UnifiedMonitoringListMonitoredApiEndpoints",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssUnifiedMonitoring::list_monitored_api_endpoint_with_activity_metrics`.
        pub static UNIFIED_MONITORING_LIST_MONITORED_API_ENDPOINT_WITH_ACTIVITY_METRICS: Endpoint = Endpoint::new(
            "DssUnifiedMonitoring",
            "list_monitored_api_endpoint_with_activity_metrics",
            crate::rt::Server::DSS,
            "Lists the monitored API endpoints with their activity metrics, all of them or those given; each has its `type`.",
            &[
                Arg::new(
                    "endpoints_to_filter_on",
                    "json",
                    Presence::Default("[]"),
                    Place::Body { via: None },
                    false,
                ),
                Arg::new(
                    "remove_duplicated_external_endpoints",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("removeDuplicatedExternalEndpoints"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/unified-monitoring/deployer/api-endpoints-with-activity-metrics",
                    &[],
                    "UnifiedMonitoringListMonitoredApiEndpointWithActivityMetrics",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssEnterpriseAssetLibrary::list_collections`.
        pub static ENTERPRISE_ASSET_LIBRARY_LIST_COLLECTIONS: Endpoint = Endpoint::new(
            "DssEnterpriseAssetLibrary",
            "list_collections",
            crate::rt::Server::DSS,
            "Lists the library's collections.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/enterprise-asset-library/collections",
                    &[],
                    "EnterpriseAssetLibraryListCollections",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssEnterpriseAssetLibrary::list_prompts`.
        pub static ENTERPRISE_ASSET_LIBRARY_LIST_PROMPTS: Endpoint = Endpoint::new(
            "DssEnterpriseAssetLibrary",
            "list_prompts",
            crate::rt::Server::DSS,
            "Lists the library's prompts, of all collections or of some.",
            &[
                Arg::new(
                    "restrict_collections",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Query("restrictCollections"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/enterprise-asset-library/prompts",
                    &[],
                    "EnterpriseAssetLibraryListPrompts",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssEnterpriseAssetLibrary::list_email_templates`.
        pub static ENTERPRISE_ASSET_LIBRARY_LIST_EMAIL_TEMPLATES: Endpoint = Endpoint::new(
            "DssEnterpriseAssetLibrary",
            "list_email_templates",
            crate::rt::Server::DSS,
            "Lists the library's email templates, of all collections or of some.",
            &[
                Arg::new(
                    "restrict_collections",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Query("restrictCollections"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/enterprise-asset-library/email-templates",
                    &[],
                    "EnterpriseAssetLibraryListEmailTemplates",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssEnterpriseAssetLibrary::get_export_stream`.
        pub static ENTERPRISE_ASSET_LIBRARY_GET_EXPORT_STREAM: Endpoint = Endpoint::new(
            "DssEnterpriseAssetLibrary",
            "get_export_stream",
            crate::rt::Server::DSS,
            "Exports the library's collections as an archive, a byte stream (read it as it arrives).",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/enterprise-asset-library/export",
                    &[],
                    "EnterpriseAssetLibraryGetExportStream",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssEnterpriseAssetLibrary::export_collections_to_file`.
        pub static ENTERPRISE_ASSET_LIBRARY_EXPORT_COLLECTIONS_TO_FILE: Endpoint = Endpoint::new(
            "DssEnterpriseAssetLibrary",
            "export_collections_to_file",
            crate::rt::Server::DSS,
            "Exports the library's collections into a file, streamed in constant memory.",
            &[Arg::new("path", "str", Presence::Required, Place::SaveTo, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/enterprise-asset-library/export",
                    &[],
                    "EnterpriseAssetLibraryExportCollectionsToFile",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::SavedToFile,
            [false, true, false],
        );
        ///`DssDataDirectoriesFootprint::compute_global_only_footprint`.
        pub static DATA_DIRECTORIES_FOOTPRINT_COMPUTE_GLOBAL_ONLY_FOOTPRINT: Endpoint = Endpoint::new(
            "DssDataDirectoriesFootprint",
            "compute_global_only_footprint",
            crate::rt::Server::DSS,
            "Computes what the instance's own data (outside projects) takes on disk: waits for the computation's task and returns its result (`.start()` returns the task instead).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/directories-footprint/global",
                    &[("summaryOnly", "false")],
                    "DataDirectoriesFootprintComputeGlobalOnlyFootprint",
                    [false, false, true, false, false],
                ),
            ),
            ResultKind::Wait("Value"),
            [false, true, false],
        );
        ///`DssDataDirectoriesFootprint::compute_project_footprint`.
        pub static DATA_DIRECTORIES_FOOTPRINT_COMPUTE_PROJECT_FOOTPRINT: Endpoint = Endpoint::new(
            "DssDataDirectoriesFootprint",
            "compute_project_footprint",
            crate::rt::Server::DSS,
            "Computes what one project takes on disk, and returns the result of the computation's task (`.start()` returns the task instead).",
            &[Arg::new("project_key", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/directories-footprint/projects/{project_key}",
                    &[("summaryOnly", "false")],
                    "DataDirectoriesFootprintComputeProjectFootprint",
                    [false, false, true, false, false],
                ),
            ),
            ResultKind::Wait("Value"),
            [false, true, false],
        );
        ///`DssDataDirectoriesFootprint::compute_all_dss_footprint`.
        pub static DATA_DIRECTORIES_FOOTPRINT_COMPUTE_ALL_DSS_FOOTPRINT: Endpoint = Endpoint::new(
            "DssDataDirectoriesFootprint",
            "compute_all_dss_footprint",
            crate::rt::Server::DSS,
            "Computes what the whole instance takes on disk, and returns the result of the computation's task (`.start()` returns the task instead).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/directories-footprint/all-dss",
                    &[("summaryOnly", "false")],
                    "DataDirectoriesFootprintComputeAllDssFootprint",
                    [false, false, true, false, false],
                ),
            ),
            ResultKind::Wait("Value"),
            [false, true, false],
        );
        ///`DssDataDirectoriesFootprint::compute_unknown_footprint`.
        pub static DATA_DIRECTORIES_FOOTPRINT_COMPUTE_UNKNOWN_FOOTPRINT: Endpoint = Endpoint::new(
            "DssDataDirectoriesFootprint",
            "compute_unknown_footprint",
            crate::rt::Server::DSS,
            "Computes what takes space in the data directory that DSS does not know, and returns the result of the computation's task (`.start()` returns the task instead).",
            &[
                Arg::new(
                    "show_summary_only",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("summaryOnly"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/directories-footprint/unknown",
                    &[],
                    "DataDirectoriesFootprintComputeUnknownFootprint",
                    [false, false, true, false, false],
                ),
            ),
            ResultKind::Wait("Value"),
            [false, true, false],
        );
        ///`DssMessagingChannelSettings::get_raw`.
        pub static MESSAGING_CHANNEL_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssMessagingChannelSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssSsoSettings::get_raw`.
        pub static SSO_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssSsoSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssLdapSettings::get_raw`.
        pub static LDAP_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssLdapSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssAzureAdSettings::get_raw`.
        pub static AZURE_AD_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssAzureAdSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssLlmCostLimitingCounters::get_raw`.
        pub static LLM_COST_LIMITING_COUNTERS_GET_RAW: Endpoint = Endpoint::new(
            "DssLlmCostLimitingCounters",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssPermissionsCheckRequest::get_raw`.
        pub static PERMISSIONS_CHECK_REQUEST_GET_RAW: Endpoint = Endpoint::new(
            "DssPermissionsCheckRequest",
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
        &endpoints::LIST_USERS_INFO,
        &endpoints::LIST_GROUPS_INFO,
        &endpoints::CREATE_USERS,
        &endpoints::EDIT_USERS,
        &endpoints::DELETE_USERS,
        &endpoints::LIST_EXPIRED_TRIAL_USERS,
        &endpoints::START_RESYNC_USERS_FROM_SUPPLIER,
        &endpoints::START_RESYNC_ALL_USERS_FROM_SUPPLIER,
        &endpoints::START_FETCH_EXTERNAL_GROUPS,
        &endpoints::START_FETCH_EXTERNAL_USERS,
        &endpoints::START_PROVISION_USERS,
        &endpoints::LIST_CONNECTIONS_NAMES,
        &endpoints::CREATE_INTERNAL_CODE_ENV,
        &endpoints::CREATE_CODE_ENV_FROM_PYTHON_PRESET,
        &endpoints::CREATE_CODE_STUDIO_TEMPLATE,
        &endpoints::IMPORT_CODE_STUDIO_TEMPLATE,
        &endpoints::GET_GLOBAL_API_KEY_BY_ID,
        &endpoints::CREATE_GLOBAL_API_KEY_WITH_GROUPS,
        &endpoints::GET_UNIFIED_MONITORING,
        &endpoints::BUILD_CDE_PLUGINS_IMAGE,
        &endpoints::INSTALL_JUPYTER_SUPPORT,
        &endpoints::REMOVE_JUPYTER_SUPPORT,
        &endpoints::GOVERN_DSS_SYNC,
        &endpoints::GOVERN_DEPLOYER_SYNC,
        &endpoints::LIST_BUSINESS_APPS,
        &endpoints::GET_BUSINESS_APP,
        &endpoints::INSTALL_BUSINESS_APP_FROM_ARCHIVE,
        &endpoints::INSTALL_BUSINESS_APP_FROM_STORE,
        &endpoints::LIST_DATA_COLLECTIONS,
        &endpoints::GET_DATA_COLLECTION,
        &endpoints::CREATE_DATA_COLLECTION,
        &endpoints::LIST_COLLECTIONS,
        &endpoints::GET_COLLECTION,
        &endpoints::CREATE_COLLECTION,
        &endpoints::GET_MESSAGING_CHANNEL,
        &endpoints::LIST_MESSAGING_CHANNELS,
        &endpoints::CREATE_MESSAGING_CHANNEL,
        &endpoints::GET_DATA_QUALITY_STATUS,
        &endpoints::GET_SSO_SETTINGS,
        &endpoints::GET_LDAP_SETTINGS,
        &endpoints::GET_AZURE_AD_SETTINGS,
        &endpoints::GET_DATA_DIRECTORIES_FOOTPRINT,
        &endpoints::GET_LLM_COST_LIMITING_COUNTERS,
        &endpoints::GET_SECRETS_MANAGER,
        &endpoints::GET_VAULTS_MANAGER,
        &endpoints::GET_COBUILD_STATUS,
        &endpoints::GET_ENTERPRISE_ASSET_LIBRARY,
        &endpoints::START_INSTALL_PLUGIN_FROM_ARCHIVE,
        &endpoints::NEW_MESSAGING_CHANNEL,
        &endpoints::NEW_PERMISSION_CHECK,
        &endpoints::PERMISSIONS_CHECK_REQUEST_EXECUTE_RAW,
        &endpoints::PERMISSIONS_CHECK_REQUEST_WITH_ITEM,
        &endpoints::MESSAGING_CHANNEL_GET_SETTINGS,
        &endpoints::MESSAGING_CHANNEL_GET_PERMISSIONS,
        &endpoints::MESSAGING_CHANNEL_SET_PERMISSIONS,
        &endpoints::MESSAGING_CHANNEL_DELETE,
        &endpoints::MESSAGING_CHANNEL_SETTINGS_SAVE,
        &endpoints::LLM_COST_LIMITING_COUNTERS_COUNTERS,
        &endpoints::LLM_COST_LIMITING_COUNTERS_GET_COUNTER,
        &endpoints::LLM_COST_LIMITING_COUNTERS_GET_COUNTER_DETAILS,
        &endpoints::UNIFIED_MONITORING_LIST_MONITORED_PROJECT_DEPLOYMENTS,
        &endpoints::UNIFIED_MONITORING_LIST_MONITORED_API_ENDPOINTS,
        &endpoints::UNIFIED_MONITORING_LIST_MONITORED_API_ENDPOINT_WITH_ACTIVITY_METRICS,
        &endpoints::ENTERPRISE_ASSET_LIBRARY_LIST_COLLECTIONS,
        &endpoints::ENTERPRISE_ASSET_LIBRARY_LIST_PROMPTS,
        &endpoints::ENTERPRISE_ASSET_LIBRARY_LIST_EMAIL_TEMPLATES,
        &endpoints::ENTERPRISE_ASSET_LIBRARY_GET_EXPORT_STREAM,
        &endpoints::ENTERPRISE_ASSET_LIBRARY_EXPORT_COLLECTIONS_TO_FILE,
        &endpoints::DATA_DIRECTORIES_FOOTPRINT_COMPUTE_GLOBAL_ONLY_FOOTPRINT,
        &endpoints::DATA_DIRECTORIES_FOOTPRINT_COMPUTE_PROJECT_FOOTPRINT,
        &endpoints::DATA_DIRECTORIES_FOOTPRINT_COMPUTE_ALL_DSS_FOOTPRINT,
        &endpoints::DATA_DIRECTORIES_FOOTPRINT_COMPUTE_UNKNOWN_FOOTPRINT,
        &endpoints::MESSAGING_CHANNEL_SETTINGS_GET_RAW,
        &endpoints::SSO_SETTINGS_GET_RAW,
        &endpoints::LDAP_SETTINGS_GET_RAW,
        &endpoints::AZURE_AD_SETTINGS_GET_RAW,
        &endpoints::LLM_COST_LIMITING_COUNTERS_GET_RAW,
        &endpoints::PERMISSIONS_CHECK_REQUEST_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssMessagingChannel",
                doc: "A messaging channel of the instance (dataikuapi's `DSSMessagingChannel`): a mail server, a Slack or Teams webhook, ...",
                fields: &[
                    HandleField {
                        name: "id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssMessagingChannelSettings",
                doc: "The settings of a messaging channel, as `get_settings` reads them (dataikuapi's `DSSMessagingChannelSettings`): its type's configuration; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "DssUnifiedMonitoring",
                doc: "The unified monitoring of the instance (dataikuapi's `DSSUnifiedMonitoring`): what the deployers' deployments and API endpoints are doing.",
                fields: &[],
                document: false,
            },
            Handle {
                name: "DssSecretsManager",
                doc: "The secrets manager of the instance (dataikuapi's `DSSSecretsManager`).",
                fields: &[],
                document: false,
            },
            Handle {
                name: "DssVaultsManager",
                doc: "The vaults manager of the instance (dataikuapi's `DSSVaultsManager`): the outside vaults secrets can come from.",
                fields: &[],
                document: false,
            },
            Handle {
                name: "DssEnterpriseAssetLibrary",
                doc: "The enterprise asset library of the instance (dataikuapi's `DSSEnterpriseAssetLibrary`): shared collections of prompts and email templates.",
                fields: &[],
                document: false,
            },
            Handle {
                name: "DssDataDirectoriesFootprint",
                doc: "What the data directories of the instance take on disk (dataikuapi's `DSSDataDirectoriesFootprint`).",
                fields: &[],
                document: false,
            },
            Handle {
                name: "DssSsoSettings",
                doc: "The single sign-on settings of the instance, as `get_sso_settings` reads them (dataikuapi's `DSSSSOSettings`): the protocol and its parameters, how users are provisioned at login; changed, then sent back whole by `save`.",
                fields: &[],
                document: true,
            },
            Handle {
                name: "DssLdapSettings",
                doc: "The LDAP settings of the instance, as `get_ldap_settings` reads them (dataikuapi's `DSSLDAPSettings`): the server, how users and groups are found, how users are provisioned; changed, then sent back whole by `save`.",
                fields: &[],
                document: true,
            },
            Handle {
                name: "DssAzureAdSettings",
                doc: "The Azure AD settings of the instance, as `get_azure_ad_settings` reads them (dataikuapi's `DSSAzureADSettings`): the credentials DSS reaches Azure AD with, how users and groups are found and provisioned; changed, then sent back whole by `save`.",
                fields: &[],
                document: true,
            },
            Handle {
                name: "DssLlmCostLimitingCounters",
                doc: "The counters of LLM cost limiting, as `get_llm_cost_limiting_counters` reads them (dataikuapi's `DSSLLMCostLimitingCounters`).",
                fields: &[],
                document: true,
            },
            Handle {
                name: "DssPermissionsCheckRequest",
                doc: "A check of what the user of the client may do on objects, built with `with_item` and sent by `execute_raw` (dataikuapi's `DSSPermissionsCheckRequest`): `{\"items\": [...]}`, each item an object type, its project and its id.",
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
                name: "PublicUserInfo",
                doc: "What any user may know of a user, as listed by `list_users_info` (dataikuapi's `DSSUserInfo`).",
                members: &[
                    ModelMember {
                        name: "login",
                        wire: "login",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "display_name",
                        wire: "displayName",
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
                        name: "email",
                        wire: "email",
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
                handle: Some("DssUser"),
            },
            Model {
                name: "PublicGroupInfo",
                doc: "What any user may know of a group, as listed by `list_groups_info` (dataikuapi's `DSSGroupInfo`).",
                members: &[
                    ModelMember {
                        name: "name",
                        wire: "name",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: Some("DssGroup"),
            },
            Model {
                name: "BusinessAppSummary",
                doc: "A business app as listed by `list_business_apps`.",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "version",
                        wire: "version",
                        ty: "Option < String >",
                        optional: true,
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
                        name: "description",
                        wire: "description",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssBusinessApp"),
            },
            Model {
                name: "DataCollectionSummary",
                doc: "A data collection as listed by `list_data_collections`.",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "display_name",
                        wire: "displayName",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "description",
                        wire: "description",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "color",
                        wire: "color",
                        ty: "Option < String >",
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
                    ModelMember {
                        name: "item_count",
                        wire: "itemCount",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "last_modified_on",
                        wire: "lastModifiedOn",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssDataCollection"),
            },
            Model {
                name: "MessagingChannelSummary",
                doc: "A messaging channel as listed by `list_messaging_channels`.",
                members: &[
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
                        name: "family",
                        wire: "family",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssMessagingChannel"),
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Lists what any user may know of the users of the instance (no admin
rights needed).

`GET /users`

Returns a [`ListUsersInfo`](requests::ListUsersInfo) request; nothing is sent until `.send()`.*/
        pub fn list_users_info(&self) -> requests::ListUsersInfo<'_> {
            requests::ListUsersInfo {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists what any user may know of the groups of the instance (no admin
rights needed).

`GET /groups`

Returns a [`ListGroupsInfo`](requests::ListGroupsInfo) request; nothing is sent until `.send()`.*/
        pub fn list_groups_info(&self) -> requests::ListGroupsInfo<'_> {
            requests::ListGroupsInfo {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates users in bulk (needs admin rights); returns the outcome for
each. Each user is an object with `login`, `password`, ...; the
members dataikuapi fills in are filled in likewise when missing
(`login` and `displayName` empty, `sourceType` `LOCAL`, `groups`
empty, `userProfile` `DATA_SCIENTIST`, `email` null).

`POST /admin/users/actions/bulk`

Never retried: sending it twice could do the work twice.

Arguments:
- `users`: The users to create (they hold their passwords). Sent as the JSON body, converted by `bulk_users`.

Returns a [`CreateUsers`](requests::CreateUsers) request; nothing is sent until `.send()`.*/
        pub fn create_users(
            &self,
            users: impl Into<::serde_json::Value>,
        ) -> requests::CreateUsers<'_> {
            requests::CreateUsers {
                __owner: self,
                users: users.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Changes users in bulk (needs admin rights); returns the outcome for
each.

`PUT /admin/users/actions/bulk`

Arguments:
- `user_changes`: The changes, each an object with the `login` of the user to change and the members to change. Sent as the JSON body.

Returns a [`EditUsers`](requests::EditUsers) request; nothing is sent until `.send()`.*/
        pub fn edit_users(
            &self,
            user_changes: impl Into<::serde_json::Value>,
        ) -> requests::EditUsers<'_> {
            requests::EditUsers {
                __owner: self,
                user_changes: user_changes.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes users in bulk (needs admin rights); returns the outcome for
each.

`DELETE /admin/users/actions/bulk`

Arguments:
- `user_logins`: The logins of the users to delete. Sent as the JSON body.

Optional arguments, set by name on the returned request:
- `allow_self_deletion`: Default: `false`. Sent as query parameter `allowSelfDeletion`.

Returns a [`DeleteUsers`](requests::DeleteUsers) request; nothing is sent until `.send()`.*/
        pub fn delete_users(
            &self,
            user_logins: impl IntoIterator<Item = impl Into<String>>,
        ) -> requests::DeleteUsers<'_> {
            requests::DeleteUsers {
                __owner: self,
                user_logins: user_logins.into_iter().map(Into::into).collect(),
                allow_self_deletion: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the users whose trial has expired (needs admin rights).

`GET /admin/list-trial-expired-users`

Returns a [`ListExpiredTrialUsers`](requests::ListExpiredTrialUsers) request; nothing is sent until `.send()`.*/
        pub fn list_expired_trial_users(&self) -> requests::ListExpiredTrialUsers<'_> {
            requests::ListExpiredTrialUsers {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts syncing some users from their supplier (LDAP, Azure AD, ...);
returns the task.

`POST /admin/users/actions/resync-multi`

Never retried: sending it twice could do the work twice.

Arguments:
- `logins`: The logins of the users to sync. Sent as the JSON body.

Returns a [`StartResyncUsersFromSupplier`](requests::StartResyncUsersFromSupplier) request; nothing is sent until `.send()`.*/
        pub fn start_resync_users_from_supplier(
            &self,
            logins: impl IntoIterator<Item = impl Into<String>>,
        ) -> requests::StartResyncUsersFromSupplier<'_> {
            requests::StartResyncUsersFromSupplier {
                __owner: self,
                logins: logins.into_iter().map(Into::into).collect(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts syncing every user from its supplier; returns the task.

`POST /admin/users/actions/resync-multi`

Never retried: sending it twice could do the work twice.

Returns a [`StartResyncAllUsersFromSupplier`](requests::StartResyncAllUsersFromSupplier) request; nothing is sent until `.send()`.*/
        pub fn start_resync_all_users_from_supplier(
            &self,
        ) -> requests::StartResyncAllUsersFromSupplier<'_> {
            requests::StartResyncAllUsersFromSupplier {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts fetching the groups an outside supplier knows; returns the
task (its result is the groups).

`GET /admin/external-groups`

Arguments:
- `user_source_type`: The supplier: `LDAP`, `AZURE_AD`, `CUSTOM`. Sent as query parameter `userSourceType`.

Returns a [`StartFetchExternalGroups`](requests::StartFetchExternalGroups) request; nothing is sent until `.send()`.*/
        pub fn start_fetch_external_groups(
            &self,
            user_source_type: impl Into<String>,
        ) -> requests::StartFetchExternalGroups<'_> {
            requests::StartFetchExternalGroups {
                __owner: self,
                user_source_type: user_source_type.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts fetching the users an outside supplier knows, filtered by
login, email or group; returns the task (its result is the users).

`GET /admin/external-users`

Arguments:
- `user_source_type`: The supplier: `LDAP`, `AZURE_AD`, `CUSTOM`. Sent as query parameter `userSourceType`.

Optional arguments, set by name on the returned request:
- `login`: Unset by default (then left out). Sent as query parameter `login`.
- `email`: Unset by default (then left out). Sent as query parameter `email`.
- `group_name`: Unset by default (then left out). Sent as query parameter `groupName`.

Returns a [`StartFetchExternalUsers`](requests::StartFetchExternalUsers) request; nothing is sent until `.send()`.*/
        pub fn start_fetch_external_users(
            &self,
            user_source_type: impl Into<String>,
        ) -> requests::StartFetchExternalUsers<'_> {
            requests::StartFetchExternalUsers {
                __owner: self,
                user_source_type: user_source_type.into(),
                login: None,
                email: None,
                group_name: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts creating users of the instance from an outside supplier;
returns the task.

`POST /admin/users/actions/provision`

Never retried: sending it twice could do the work twice.

Arguments:
- `user_source_type`: The supplier: `LDAP`, `AZURE_AD`, `CUSTOM`. Sent as JSON member `userSourceType`.
- `users`: The users to create, as the supplier's fetch gave them. Sent as JSON member `users`.

Returns a [`StartProvisionUsers`](requests::StartProvisionUsers) request; nothing is sent until `.send()`.*/
        pub fn start_provision_users(
            &self,
            user_source_type: impl Into<String>,
            users: impl Into<::serde_json::Value>,
        ) -> requests::StartProvisionUsers<'_> {
            requests::StartProvisionUsers {
                __owner: self,
                user_source_type: user_source_type.into(),
                users: users.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the names of the connections of a type (no admin rights
needed).

`GET /connections/get-names`

Arguments:
- `connection_type`: The connections' type (`PostgreSQL`, `S3`, ...). Sent as query parameter `type`.

Returns a [`ListConnectionsNames`](requests::ListConnectionsNames) request; nothing is sent until `.send()`.*/
        pub fn list_connections_names(
            &self,
            connection_type: impl Into<String>,
        ) -> requests::ListConnectionsNames<'_> {
            requests::ListConnectionsNames {
                __owner: self,
                connection_type: connection_type.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates one of DSS's internal Python code environments (needs admin
rights) and returns a handle on it; the server waits for the
creation to finish (`.start()` returns the task instead). A failure
DSS reports in its answer is an error.

`POST /admin/code-envs/internal-env/create` (always with `wait=true`)

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Never retried: sending it twice could do the work twice.

Arguments:
- `internal_env_type`: Which internal environment (`RAG_CODE_ENV`, `DOCUMENT_EXTRACTION_CODE_ENV`, ...). Sent as query parameter `dssInternalCodeEnvType`.

Optional arguments, set by name on the returned request:
- `python_interpreter`: Unset by default (then left out). Sent as query parameter `pythonInterpreter`.
- `code_env_version`: Unset by default (then left out). Sent as query parameter `codeEnvVersion`.

Returns a [`CreateInternalCodeEnv`](requests::CreateInternalCodeEnv) request; nothing is sent until `.send()`.*/
        pub fn create_internal_code_env(
            &self,
            internal_env_type: impl Into<String>,
        ) -> requests::CreateInternalCodeEnv<'_> {
            requests::CreateInternalCodeEnv {
                __owner: self,
                internal_env_type: internal_env_type.into(),
                python_interpreter: None,
                code_env_version: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates (or updates) a Python code environment from one of DSS's
presets (needs admin rights); the server waits for it to be built
and returns DSS's report (`.start()` returns the task instead).

`POST /admin/code-envs/from-python-preset/{preset_name}` (always with `wait=true`)

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Never retried: sending it twice could do the work twice.

Arguments:
- `preset_name`: The preset's name. Sent as a path segment.

Optional arguments, set by name on the returned request:
- `allow_update`: Default: `true`. Sent as query parameter `allowUpdate`.
- `interpreter`: Unset by default (then left out). Sent as query parameter `interpreter`.
- `prefix`: Unset by default (then left out). Sent as query parameter `prefix`.

Returns a [`CreateCodeEnvFromPythonPreset`](requests::CreateCodeEnvFromPythonPreset) request; nothing is sent until `.send()`.*/
        pub fn create_code_env_from_python_preset(
            &self,
            preset_name: impl Into<String>,
        ) -> requests::CreateCodeEnvFromPythonPreset<'_> {
            requests::CreateCodeEnvFromPythonPreset {
                __owner: self,
                preset_name: preset_name.into(),
                allow_update: true,
                interpreter: None,
                prefix: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a code studio template (needs admin rights) and returns a
handle on it. A failure DSS reports in its answer is an error.

`POST /admin/code-studios/`

Never retried: sending it twice could do the work twice.

Arguments:
- `template_label`: The template's label. Sent as JSON member `label`.
- `template_type`: The template's type (`manual`, `block_based`, ...). Sent as JSON member `type`.

Returns a [`CreateCodeStudioTemplate`](requests::CreateCodeStudioTemplate) request; nothing is sent until `.send()`.*/
        pub fn create_code_studio_template(
            &self,
            template_label: impl Into<String>,
            template_type: impl Into<String>,
        ) -> requests::CreateCodeStudioTemplate<'_> {
            requests::CreateCodeStudioTemplate {
                __owner: self,
                template_label: template_label.into(),
                template_type: template_type.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Imports a code studio template from an archive made by its
`export_to_file`, streamed from here (needs admin rights); returns
DSS's report.

`POST /admin/code-studios/import`

Never retried: sending it twice could do the work twice.

Arguments:
- `archive_path`: The archive (a path, a file, a reader or bytes). Sent as a streamed multipart upload (part `file`, filename: the upload's own, or `file`).

Optional arguments, set by name on the returned request:
- `label`: Unset by default (then left out). Sent as query parameter `label`.
- `import_spec`: Unset by default (then left out). Sent as query parameter `importSpec`.

Returns a [`ImportCodeStudioTemplate`](requests::ImportCodeStudioTemplate) request; nothing is sent until `.send()`.*/
        pub fn import_code_studio_template(
            &self,
            archive_path: impl Into<crate::rt::Upload>,
        ) -> requests::ImportCodeStudioTemplate<'_> {
            requests::ImportCodeStudioTemplate {
                __owner: self,
                archive_path: archive_path.into(),
                label: None,
                import_spec: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Looks up a global API key by its id (needs admin rights) and returns
a handle on it, holding the secret key from the answer.

`GET /admin/global-api-keys/{id_}`

Arguments:
- `id_`: The key's id. Sent as a path segment.

Returns a [`GetGlobalApiKeyById`](requests::GetGlobalApiKeyById) request; nothing is sent until `.send()`.*/
        pub fn get_global_api_key_by_id(
            &self,
            id_: impl Into<String>,
        ) -> requests::GetGlobalApiKeyById<'_> {
            requests::GetGlobalApiKeyById {
                __owner: self,
                id_: id_.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a global API key with the rights of groups (needs admin
rights) and returns a handle on it. A failure DSS reports in its
answer is an error.

`POST /admin/global-api-keys/`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `label`: Unset by default (then sent as `null`). Sent as JSON member `label`.
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.
- `groups`: Default: `[]`. Sent as JSON member `groups`.

Returns a [`CreateGlobalApiKeyWithGroups`](requests::CreateGlobalApiKeyWithGroups) request; nothing is sent until `.send()`.*/
        pub fn create_global_api_key_with_groups(
            &self,
        ) -> requests::CreateGlobalApiKeyWithGroups<'_> {
            requests::CreateGlobalApiKeyWithGroups {
                __owner: self,
                label: None,
                description: None,
                groups: Vec::new(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on the unified monitoring of the instance.

Builds a handle; sends no request.*/
        pub fn get_unified_monitoring(&self) -> super::handles::DssUnifiedMonitoring {
            {
                super::handles::DssUnifiedMonitoring {
                    client: ::core::clone::Clone::clone(self),
                }
            }
        }
        /**Builds the container image that runs plugins' code for Code Studios
and other container execution (needs admin rights); returns the
task.

`POST /admin/container-exec/actions/build-cde-plugins-image`

Never retried: sending it twice could do the work twice.

Returns a [`BuildCdePluginsImage`](requests::BuildCdePluginsImage) request; nothing is sent until `.send()`.*/
        pub fn build_cde_plugins_image(&self) -> requests::BuildCdePluginsImage<'_> {
            requests::BuildCdePluginsImage {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Adds Jupyter support to the base images of container execution
(needs admin rights); returns the task.

`POST /admin/container-exec/actions/install-jupyter-support`

Never retried: sending it twice could do the work twice.

Returns a [`InstallJupyterSupport`](requests::InstallJupyterSupport) request; nothing is sent until `.send()`.*/
        pub fn install_jupyter_support(&self) -> requests::InstallJupyterSupport<'_> {
            requests::InstallJupyterSupport {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Removes Jupyter support from the base images of container execution
(needs admin rights); returns the task.

`POST /admin/container-exec/actions/remove-jupyter-support`

Never retried: sending it twice could do the work twice.

Returns a [`RemoveJupyterSupport`](requests::RemoveJupyterSupport) request; nothing is sent until `.send()`.*/
        pub fn remove_jupyter_support(&self) -> requests::RemoveJupyterSupport<'_> {
            requests::RemoveJupyterSupport {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Syncs the instance's objects to Dataiku Govern (needs admin rights);
returns the task.

`POST /admin/govern-integration-sync`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `project_key`: Unset by default (then left out). Sent as query parameter `projectKey`.

Returns a [`GovernDssSync`](requests::GovernDssSync) request; nothing is sent until `.send()`.*/
        pub fn govern_dss_sync(&self) -> requests::GovernDssSync<'_> {
            requests::GovernDssSync {
                __owner: self,
                project_key: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Syncs the deployer's objects to Dataiku Govern (needs admin
rights); returns the task.

`POST /admin/govern-integration-deployer-sync`

Never retried: sending it twice could do the work twice.

Returns a [`GovernDeployerSync`](requests::GovernDeployerSync) request; nothing is sent until `.send()`.*/
        pub fn govern_deployer_sync(&self) -> requests::GovernDeployerSync<'_> {
            requests::GovernDeployerSync {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the business apps installed on the instance.

`GET /business-apps/`

Returns a [`ListBusinessApps`](requests::ListBusinessApps) request; nothing is sent until `.send()`.*/
        pub fn list_business_apps(&self) -> requests::ListBusinessApps<'_> {
            requests::ListBusinessApps {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one business app.

Builds a handle; sends no request.*/
        pub fn get_business_app(
            &self,
            business_app_id: impl Into<String>,
        ) -> super::handles::DssBusinessApp {
            let business_app_id = business_app_id.into();
            {
                let __f_business_app_id = business_app_id;
                super::handles::DssBusinessApp {
                    client: ::core::clone::Clone::clone(self),
                    business_app_id: __f_business_app_id,
                }
            }
        }
        /**Installs a business app from an archive streamed from here; returns
the install task (dataikuapi's `wait=True` is `.send()?.wait(..)`).

`POST /business-apps/install-from-archive`

Never retried: sending it twice could do the work twice.

Arguments:
- `fp`: The app's archive (a reader, a file, a path or bytes). Sent as a streamed multipart upload (part `file`, filename: the upload's own, or `file`).

Returns a [`InstallBusinessAppFromArchive`](requests::InstallBusinessAppFromArchive) request; nothing is sent until `.send()`.*/
        pub fn install_business_app_from_archive(
            &self,
            fp: impl Into<crate::rt::Upload>,
        ) -> requests::InstallBusinessAppFromArchive<'_> {
            requests::InstallBusinessAppFromArchive {
                __owner: self,
                fp: fp.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Installs a business app from the Dataiku store; returns the install
task (dataikuapi's `wait=True` is `.send()?.wait(..)`).

`POST /business-apps/install-from-store`

Never retried: sending it twice could do the work twice.

Arguments:
- `business_app_id`: The app's id in the store. Sent as JSON member `businessAppId`.

Returns a [`InstallBusinessAppFromStore`](requests::InstallBusinessAppFromStore) request; nothing is sent until `.send()`.*/
        pub fn install_business_app_from_store(
            &self,
            business_app_id: impl Into<String>,
        ) -> requests::InstallBusinessAppFromStore<'_> {
            requests::InstallBusinessAppFromStore {
                __owner: self,
                business_app_id: business_app_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the data collections the user can see.

`GET /data-collections/`

Returns a [`ListDataCollections`](requests::ListDataCollections) request; nothing is sent until `.send()`.*/
        pub fn list_data_collections(&self) -> requests::ListDataCollections<'_> {
            requests::ListDataCollections {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one data collection.

Builds a handle; sends no request.*/
        pub fn get_data_collection(
            &self,
            id: impl Into<String>,
        ) -> super::handles::DssDataCollection {
            let id = id.into();
            {
                let __f_id = id;
                super::handles::DssDataCollection {
                    client: ::core::clone::Clone::clone(self),
                    id: __f_id,
                }
            }
        }
        /**Creates a data collection and returns a handle on it (with the id
the server answers with).

`POST /data-collections/`

Never retried: sending it twice could do the work twice.

Arguments:
- `display_name`: Display name (dataikuapi's `displayName`). Sent as JSON member `displayName`.

Optional arguments, set by name on the returned request:
- `id`: Unset by default (then sent as `null`). Sent as JSON member `id`.
- `tags`: Default: `[]`. Sent as JSON member `tags`.
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.
- `color`: Unset by default (then sent as `null`). Sent as JSON member `color`.
- `permissions`: Unset by default (then sent as `null`). Sent as JSON member `permissions`.

Returns a [`CreateDataCollection`](requests::CreateDataCollection) request; nothing is sent until `.send()`.*/
        pub fn create_data_collection(
            &self,
            display_name: impl Into<String>,
        ) -> requests::CreateDataCollection<'_> {
            requests::CreateDataCollection {
                __owner: self,
                display_name: display_name.into(),
                id: None,
                tags: Vec::new(),
                description: None,
                color: None,
                permissions: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the data collections the user can see (the same request as
`list_data_collections`).

`GET /data-collections/`

Returns a [`ListCollections`](requests::ListCollections) request; nothing is sent until `.send()`.*/
        pub fn list_collections(&self) -> requests::ListCollections<'_> {
            requests::ListCollections {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one data collection (the same as `get_data_collection`).

Builds a handle; sends no request.*/
        pub fn get_collection(
            &self,
            id: impl Into<String>,
        ) -> super::handles::DssDataCollection {
            let id = id.into();
            {
                let __f_id = id;
                super::handles::DssDataCollection {
                    client: ::core::clone::Clone::clone(self),
                    id: __f_id,
                }
            }
        }
        /**Creates a data collection and returns a handle on it (the same
request as `create_data_collection`).

`POST /data-collections/`

Never retried: sending it twice could do the work twice.

Arguments:
- `display_name`: Display name (dataikuapi's `displayName`). Sent as JSON member `displayName`.

Optional arguments, set by name on the returned request:
- `id`: Unset by default (then sent as `null`). Sent as JSON member `id`.
- `tags`: Default: `[]`. Sent as JSON member `tags`.
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.
- `color`: Unset by default (then sent as `null`). Sent as JSON member `color`.
- `permissions`: Unset by default (then sent as `null`). Sent as JSON member `permissions`.

Returns a [`CreateCollection`](requests::CreateCollection) request; nothing is sent until `.send()`.*/
        pub fn create_collection(
            &self,
            display_name: impl Into<String>,
        ) -> requests::CreateCollection<'_> {
            requests::CreateCollection {
                __owner: self,
                display_name: display_name.into(),
                id: None,
                tags: Vec::new(),
                description: None,
                color: None,
                permissions: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads a messaging channel and returns a handle on it (with the id
the server answers with).

`GET /messaging-channels/{channel_id}`

Arguments:
- `channel_id`: The channel's id. Sent as a path segment.

Returns a [`GetMessagingChannel`](requests::GetMessagingChannel) request; nothing is sent until `.send()`.*/
        pub fn get_messaging_channel(
            &self,
            channel_id: impl Into<String>,
        ) -> requests::GetMessagingChannel<'_> {
            requests::GetMessagingChannel {
                __owner: self,
                channel_id: channel_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the messaging channels, of a type or a family.

`GET /messaging-channels/`

Optional arguments, set by name on the returned request:
- `channel_type`: Unset by default (then left out). Sent as query parameter `channelType`.
- `channel_family`: Unset by default (then left out). Sent as query parameter `channelFamily`.

Returns a [`ListMessagingChannels`](requests::ListMessagingChannels) request; nothing is sent until `.send()`.*/
        pub fn list_messaging_channels(&self) -> requests::ListMessagingChannels<'_> {
            requests::ListMessagingChannels {
                __owner: self,
                channel_type: None,
                channel_family: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a messaging channel (needs admin rights) and returns a
handle on it; `new_messaging_channel` builds the configuration of
each type.

`POST /messaging-channels/`

Never retried: sending it twice could do the work twice.

Arguments:
- `channel_type`: The channel's type (`smtp`, `aws-ses-mail`, `microsoft-graph-mail`, `slack`, `msft-teams`, `google-chat`, `twilio`, `shell`). Sent as JSON member `type`.

Optional arguments, set by name on the returned request:
- `channel_id`: Default: ``. Sent as JSON member `id`.
- `channel_configuration`: Default: `{}`. Sent as JSON member `configuration`.
- `permissions`: Unset by default (then sent as `null`). Sent as JSON member `permissions`.

Returns a [`CreateMessagingChannel`](requests::CreateMessagingChannel) request; nothing is sent until `.send()`.*/
        pub fn create_messaging_channel(
            &self,
            channel_type: impl Into<String>,
        ) -> requests::CreateMessagingChannel<'_> {
            requests::CreateMessagingChannel {
                __owner: self,
                channel_type: channel_type.into(),
                channel_id: String::from(""),
                channel_configuration: ::serde_json::Value::Object(
                    ::serde_json::Map::new(),
                ),
                permissions: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the data quality status of the projects of the instance.

`GET /data-quality/status`

Returns a [`GetDataQualityStatus`](requests::GetDataQualityStatus) request; nothing is sent until `.send()`.*/
        pub fn get_data_quality_status(&self) -> requests::GetDataQualityStatus<'_> {
            requests::GetDataQualityStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the single sign-on settings (needs admin rights), to change
and `save`.

`GET /admin/iam/sso-settings`

Returns a [`GetSsoSettings`](requests::GetSsoSettings) request; nothing is sent until `.send()`.*/
        pub fn get_sso_settings(&self) -> requests::GetSsoSettings<'_> {
            requests::GetSsoSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the LDAP settings (needs admin rights), to change and `save`.

`GET /admin/iam/ldap-settings`

Returns a [`GetLdapSettings`](requests::GetLdapSettings) request; nothing is sent until `.send()`.*/
        pub fn get_ldap_settings(&self) -> requests::GetLdapSettings<'_> {
            requests::GetLdapSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the Azure AD settings (needs admin rights), to change and
`save`.

`GET /admin/iam/azure-ad-settings`

Returns a [`GetAzureAdSettings`](requests::GetAzureAdSettings) request; nothing is sent until `.send()`.*/
        pub fn get_azure_ad_settings(&self) -> requests::GetAzureAdSettings<'_> {
            requests::GetAzureAdSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on the data directories' footprint.

Builds a handle; sends no request.*/
        pub fn get_data_directories_footprint(
            &self,
        ) -> super::handles::DssDataDirectoriesFootprint {
            {
                super::handles::DssDataDirectoriesFootprint {
                    client: ::core::clone::Clone::clone(self),
                }
            }
        }
        /**Reads the counters of LLM cost limiting (needs admin rights).

`GET /admin/llm-cost-limiting/counters`

Returns a [`GetLlmCostLimitingCounters`](requests::GetLlmCostLimitingCounters) request; nothing is sent until `.send()`.*/
        pub fn get_llm_cost_limiting_counters(
            &self,
        ) -> requests::GetLlmCostLimitingCounters<'_> {
            requests::GetLlmCostLimitingCounters {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on the secrets manager.

Builds a handle; sends no request.*/
        pub fn get_secrets_manager(&self) -> super::handles::DssSecretsManager {
            {
                super::handles::DssSecretsManager {
                    client: ::core::clone::Clone::clone(self),
                }
            }
        }
        /**A handle on the vaults manager.

Builds a handle; sends no request.*/
        pub fn get_vaults_manager(&self) -> super::handles::DssVaultsManager {
            {
                super::handles::DssVaultsManager {
                    client: ::core::clone::Clone::clone(self),
                }
            }
        }
        /**Reads the status of the co-building of the Flow (several users
building at once).

`GET /cobuild/status`

Returns a [`GetCobuildStatus`](requests::GetCobuildStatus) request; nothing is sent until `.send()`.*/
        pub fn get_cobuild_status(&self) -> requests::GetCobuildStatus<'_> {
            requests::GetCobuildStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on the enterprise asset library.

Builds a handle; sends no request.*/
        pub fn get_enterprise_asset_library(
            &self,
        ) -> super::handles::DssEnterpriseAssetLibrary {
            {
                super::handles::DssEnterpriseAssetLibrary {
                    client: ::core::clone::Clone::clone(self),
                }
            }
        }
        /**Installs a plugin from a zip archive streamed from here and returns
the install task (where `install_plugin_from_archive` waits).

`POST /plugins/actions/future/installFromZip`

Never retried: sending it twice could do the work twice.

Arguments:
- `fp`: The plugin zip (a reader, a file, a path or bytes). Sent as a streamed multipart upload (part `file`, filename: the upload's own, or `file`).

Returns a [`StartInstallPluginFromArchive`](requests::StartInstallPluginFromArchive) request; nothing is sent until `.send()`.*/
        pub fn start_install_plugin_from_archive(
            &self,
            fp: impl Into<crate::rt::Upload>,
        ) -> requests::StartInstallPluginFromArchive<'_> {
            requests::StartInstallPluginFromArchive {
                __owner: self,
                fp: fp.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssPermissionsCheckRequest {
        /**Sends the check; returns, for each item, what the user may do on it.

`POST /permissions/actions/check-objects`

Safe to send twice (a check only reads permissions): a retry policy may repeat it.

Returns a [`PermissionsCheckRequestExecuteRaw`](requests::PermissionsCheckRequestExecuteRaw) request; nothing is sent until `.send()`.*/
        pub fn execute_raw(&self) -> requests::PermissionsCheckRequestExecuteRaw<'_> {
            requests::PermissionsCheckRequestExecuteRaw {
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
    impl super::handles::DssMessagingChannel {
        /**Reads the channel's settings, to change and `save`.

`GET /messaging-channels/{id}/settings`

Returns a [`MessagingChannelGetSettings`](requests::MessagingChannelGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::MessagingChannelGetSettings<'_> {
            requests::MessagingChannelGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads who may use the channel: a list of `{"group"|"user",
"canUse"}`.

`GET /messaging-channels/{id}/permissions`

Returns a [`MessagingChannelGetPermissions`](requests::MessagingChannelGetPermissions) request; nothing is sent until `.send()`.*/
        pub fn get_permissions(&self) -> requests::MessagingChannelGetPermissions<'_> {
            requests::MessagingChannelGetPermissions {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Sets who may use the channel.

`PUT /messaging-channels/{id}/permissions`

Arguments:
- `permissions`: A list of `{"group"|"user", "canUse"}`, as `get_permissions` gives it. Sent as the JSON body.

Returns a [`MessagingChannelSetPermissions`](requests::MessagingChannelSetPermissions) request; nothing is sent until `.send()`.*/
        pub fn set_permissions(
            &self,
            permissions: impl Into<::serde_json::Value>,
        ) -> requests::MessagingChannelSetPermissions<'_> {
            requests::MessagingChannelSetPermissions {
                __owner: self,
                permissions: permissions.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the channel.

`DELETE /messaging-channels/{id}`

Returns a [`MessagingChannelDelete`](requests::MessagingChannelDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::MessagingChannelDelete<'_> {
            requests::MessagingChannelDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssMessagingChannelSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /messaging-channels/{id}/settings`

Returns a [`MessagingChannelSettingsSave`](requests::MessagingChannelSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::MessagingChannelSettingsSave<'_> {
            requests::MessagingChannelSettingsSave {
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
    impl super::handles::DssLlmCostLimitingCounters {
        /**The counters, each with its `id` (change nothing: they are read
only).

Reads the document this value holds; sends no request.*/
        pub fn counters(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("counters")
        }
        /**Reads the details of one counter.

`GET /admin/llm-cost-limiting/counters/{id}`

Arguments:
- `id`: The counter's id. Sent as a path segment.

Returns a [`LlmCostLimitingCountersGetCounterDetails`](requests::LlmCostLimitingCountersGetCounterDetails) request; nothing is sent until `.send()`.*/
        pub fn get_counter_details(
            &self,
            id: impl Into<String>,
        ) -> requests::LlmCostLimitingCountersGetCounterDetails<'_> {
            requests::LlmCostLimitingCountersGetCounterDetails {
                __owner: self,
                id: id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssUnifiedMonitoring {
        /**Lists the monitored deployments of the Project Deployer.

`GET /unified-monitoring/deployer/projects`

Returns a [`UnifiedMonitoringListMonitoredProjectDeployments`](requests::UnifiedMonitoringListMonitoredProjectDeployments) request; nothing is sent until `.send()`.*/
        pub fn list_monitored_project_deployments(
            &self,
        ) -> requests::UnifiedMonitoringListMonitoredProjectDeployments<'_> {
            requests::UnifiedMonitoringListMonitoredProjectDeployments {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the monitored API endpoints, managed (deployed by the API
Deployer) and external; each has its `type`.

`GET /unified-monitoring/deployer/api-endpoints`

Optional arguments, set by name on the returned request:
- `remove_duplicated_external_endpoints`: Default: `true`. Sent as query parameter `removeDuplicatedExternalEndpoints`.

Returns a [`UnifiedMonitoringListMonitoredApiEndpoints`](requests::UnifiedMonitoringListMonitoredApiEndpoints) request; nothing is sent until `.send()`.*/
        pub fn list_monitored_api_endpoints(
            &self,
        ) -> requests::UnifiedMonitoringListMonitoredApiEndpoints<'_> {
            requests::UnifiedMonitoringListMonitoredApiEndpoints {
                __owner: self,
                remove_duplicated_external_endpoints: true,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the monitored API endpoints with their activity metrics, all
of them or those given; each has its `type`.

`POST /unified-monitoring/deployer/api-endpoints-with-activity-metrics`

Safe to send twice (it only reads metrics): a retry policy may repeat it.

Optional arguments, set by name on the returned request:
- `endpoints_to_filter_on`: Default: `[]`. Sent as the JSON body.
- `remove_duplicated_external_endpoints`: Default: `true`. Sent as query parameter `removeDuplicatedExternalEndpoints`.

Returns a [`UnifiedMonitoringListMonitoredApiEndpointWithActivityMetrics`](requests::UnifiedMonitoringListMonitoredApiEndpointWithActivityMetrics) request; nothing is sent until `.send()`.*/
        pub fn list_monitored_api_endpoint_with_activity_metrics(
            &self,
        ) -> requests::UnifiedMonitoringListMonitoredApiEndpointWithActivityMetrics<'_> {
            requests::UnifiedMonitoringListMonitoredApiEndpointWithActivityMetrics {
                __owner: self,
                endpoints_to_filter_on: ::serde_json::Value::Array(Vec::new()),
                remove_duplicated_external_endpoints: true,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssEnterpriseAssetLibrary {
        /**Lists the library's collections.

`GET /enterprise-asset-library/collections`

Returns a [`EnterpriseAssetLibraryListCollections`](requests::EnterpriseAssetLibraryListCollections) request; nothing is sent until `.send()`.*/
        pub fn list_collections(
            &self,
        ) -> requests::EnterpriseAssetLibraryListCollections<'_> {
            requests::EnterpriseAssetLibraryListCollections {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the library's prompts, of all collections or of some.

`GET /enterprise-asset-library/prompts`

Optional arguments, set by name on the returned request:
- `restrict_collections`: Default: `[]`. Sent as query parameter `restrictCollections`, repeated for each item.

Returns a [`EnterpriseAssetLibraryListPrompts`](requests::EnterpriseAssetLibraryListPrompts) request; nothing is sent until `.send()`.*/
        pub fn list_prompts(&self) -> requests::EnterpriseAssetLibraryListPrompts<'_> {
            requests::EnterpriseAssetLibraryListPrompts {
                __owner: self,
                restrict_collections: Vec::new(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the library's email templates, of all collections or of some.

`GET /enterprise-asset-library/email-templates`

Optional arguments, set by name on the returned request:
- `restrict_collections`: Default: `[]`. Sent as query parameter `restrictCollections`, repeated for each item.

Returns a [`EnterpriseAssetLibraryListEmailTemplates`](requests::EnterpriseAssetLibraryListEmailTemplates) request; nothing is sent until `.send()`.*/
        pub fn list_email_templates(
            &self,
        ) -> requests::EnterpriseAssetLibraryListEmailTemplates<'_> {
            requests::EnterpriseAssetLibraryListEmailTemplates {
                __owner: self,
                restrict_collections: Vec::new(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Exports the library's collections as an archive, a byte stream (read
it as it arrives).

`POST /enterprise-asset-library/export`

Safe to send twice (an export only reads the library): a retry policy may repeat it.

Returns a [`EnterpriseAssetLibraryGetExportStream`](requests::EnterpriseAssetLibraryGetExportStream) request; nothing is sent until `.send()`.*/
        pub fn get_export_stream(
            &self,
        ) -> requests::EnterpriseAssetLibraryGetExportStream<'_> {
            requests::EnterpriseAssetLibraryGetExportStream {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Exports the library's collections into a file, streamed in constant
memory. Returns the number of bytes written.

`POST /enterprise-asset-library/export`

Safe to send twice (an export only reads the library): a retry policy may repeat it.

Arguments:
- `path`: Where to write the archive. Sent as the local file the answer is written to.

Returns a [`EnterpriseAssetLibraryExportCollectionsToFile`](requests::EnterpriseAssetLibraryExportCollectionsToFile) request; nothing is sent until `.send()`.*/
        pub fn export_collections_to_file(
            &self,
            path: impl AsRef<::std::path::Path>,
        ) -> requests::EnterpriseAssetLibraryExportCollectionsToFile<'_> {
            requests::EnterpriseAssetLibraryExportCollectionsToFile {
                __owner: self,
                path: ::std::path::Path::to_path_buf(path.as_ref()),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssDataDirectoriesFootprint {
        /**Computes what the instance's own data (outside projects) takes on
disk: waits for the computation's task and returns its result
(`.start()` returns the task instead).

`GET /directories-footprint/global` (always with `summaryOnly=false`)

Returns a [`DataDirectoriesFootprintComputeGlobalOnlyFootprint`](requests::DataDirectoriesFootprintComputeGlobalOnlyFootprint) request; nothing is sent until `.send()`.*/
        pub fn compute_global_only_footprint(
            &self,
        ) -> requests::DataDirectoriesFootprintComputeGlobalOnlyFootprint<'_> {
            requests::DataDirectoriesFootprintComputeGlobalOnlyFootprint {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Computes what one project takes on disk, and returns the result of
the computation's task (`.start()` returns the task instead).

`GET /directories-footprint/projects/{project_key}` (always with `summaryOnly=false`)

Arguments:
- `project_key`: The project's key. Sent as a path segment.

Returns a [`DataDirectoriesFootprintComputeProjectFootprint`](requests::DataDirectoriesFootprintComputeProjectFootprint) request; nothing is sent until `.send()`.*/
        pub fn compute_project_footprint(
            &self,
            project_key: impl Into<String>,
        ) -> requests::DataDirectoriesFootprintComputeProjectFootprint<'_> {
            requests::DataDirectoriesFootprintComputeProjectFootprint {
                __owner: self,
                project_key: project_key.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Computes what the whole instance takes on disk, and returns the
result of the computation's task (`.start()` returns the task
instead).

`GET /directories-footprint/all-dss` (always with `summaryOnly=false`)

Returns a [`DataDirectoriesFootprintComputeAllDssFootprint`](requests::DataDirectoriesFootprintComputeAllDssFootprint) request; nothing is sent until `.send()`.*/
        pub fn compute_all_dss_footprint(
            &self,
        ) -> requests::DataDirectoriesFootprintComputeAllDssFootprint<'_> {
            requests::DataDirectoriesFootprintComputeAllDssFootprint {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Computes what takes space in the data directory that DSS does not
know, and returns the result of the computation's task (`.start()`
returns the task instead).

`GET /directories-footprint/unknown`

Optional arguments, set by name on the returned request:
- `show_summary_only`: Default: `true`. Sent as query parameter `summaryOnly`.

Returns a [`DataDirectoriesFootprintComputeUnknownFootprint`](requests::DataDirectoriesFootprintComputeUnknownFootprint) request; nothing is sent until `.send()`.*/
        pub fn compute_unknown_footprint(
            &self,
        ) -> requests::DataDirectoriesFootprintComputeUnknownFootprint<'_> {
            requests::DataDirectoriesFootprintComputeUnknownFootprint {
                __owner: self,
                show_summary_only: true,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssSsoSettings {
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssLdapSettings {
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssAzureAdSettings {
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
            impl crate::rt::DssClient {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_new_messaging_channel(
                    &self,
                    channel_type: &str,
                ) -> Result<MessagingChannelCreator<'_>> {
                    self.new_messaging_channel(channel_type)
                }
            }
            impl crate::rt::DssClient {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_new_permission_check(
                    &self,
                ) -> DssPermissionsCheckRequest {
                    self.new_permission_check()
                }
            }
            impl super::handles::DssPermissionsCheckRequest {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_with_item(
                    &mut self,
                    object_type: &str,
                    object_project_key: &str,
                    object_id: &str,
                ) -> &mut DssPermissionsCheckRequest {
                    self.with_item(object_type, object_project_key, object_id)
                }
            }
            impl super::handles::DssLlmCostLimitingCounters {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_counter(&self, id: &str) -> Option<&Value> {
                    self.get_counter(id)
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
                ("DssClient", "list_users_info") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_users_info();
                        let __endpoint = requests::ListUsersInfo::ENDPOINT;
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
                ("DssClient", "list_groups_info") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_groups_info();
                        let __endpoint = requests::ListGroupsInfo::ENDPOINT;
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
                ("DssClient", "create_users") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.create_users(args.json("users")?);
                        let __endpoint = requests::CreateUsers::ENDPOINT;
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
                ("DssClient", "edit_users") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.edit_users(args.json("user_changes")?);
                        let __endpoint = requests::EditUsers::ENDPOINT;
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
                ("DssClient", "delete_users") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.delete_users(args.strings("user_logins")?);
                        let __endpoint = requests::DeleteUsers::ENDPOINT;
                        if let Some(__v) = args.opt_bool("allow_self_deletion")? {
                            __r = __r.allow_self_deletion(__v);
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
                ("DssClient", "list_expired_trial_users") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_expired_trial_users();
                        let __endpoint = requests::ListExpiredTrialUsers::ENDPOINT;
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
                ("DssClient", "start_resync_users_from_supplier") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .start_resync_users_from_supplier(args.strings("logins")?);
                        let __endpoint = requests::StartResyncUsersFromSupplier::ENDPOINT;
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
                ("DssClient", "start_resync_all_users_from_supplier") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.start_resync_all_users_from_supplier();
                        let __endpoint = requests::StartResyncAllUsersFromSupplier::ENDPOINT;
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
                ("DssClient", "start_fetch_external_groups") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .start_fetch_external_groups(args.str("user_source_type")?);
                        let __endpoint = requests::StartFetchExternalGroups::ENDPOINT;
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
                ("DssClient", "start_fetch_external_users") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .start_fetch_external_users(args.str("user_source_type")?);
                        let __endpoint = requests::StartFetchExternalUsers::ENDPOINT;
                        if let Some(__v) = args.opt_str("login")? {
                            __r = __r.login(__v);
                        }
                        if let Some(__v) = args.opt_str("email")? {
                            __r = __r.email(__v);
                        }
                        if let Some(__v) = args.opt_str("group_name")? {
                            __r = __r.group_name(__v);
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
                ("DssClient", "start_provision_users") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .start_provision_users(
                                args.str("user_source_type")?,
                                args.json("users")?,
                            );
                        let __endpoint = requests::StartProvisionUsers::ENDPOINT;
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
                ("DssClient", "list_connections_names") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .list_connections_names(args.str("connection_type")?);
                        let __endpoint = requests::ListConnectionsNames::ENDPOINT;
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
                ("DssClient", "create_internal_code_env") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .create_internal_code_env(args.str("internal_env_type")?);
                        let __endpoint = requests::CreateInternalCodeEnv::ENDPOINT;
                        if let Some(__v) = args.opt_str("python_interpreter")? {
                            __r = __r.python_interpreter(__v);
                        }
                        if let Some(__v) = args.opt_str("code_env_version")? {
                            __r = __r.code_env_version(__v);
                        }
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssClient", "create_code_env_from_python_preset") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .create_code_env_from_python_preset(
                                args.str("preset_name")?,
                            );
                        let __endpoint = requests::CreateCodeEnvFromPythonPreset::ENDPOINT;
                        if let Some(__v) = args.opt_bool("allow_update")? {
                            __r = __r.allow_update(__v);
                        }
                        if let Some(__v) = args.opt_str("interpreter")? {
                            __r = __r.interpreter(__v);
                        }
                        if let Some(__v) = args.opt_str("prefix")? {
                            __r = __r.prefix(__v);
                        }
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssClient", "create_code_studio_template") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .create_code_studio_template(
                                args.str("template_label")?,
                                args.str("template_type")?,
                            );
                        let __endpoint = requests::CreateCodeStudioTemplate::ENDPOINT;
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
                ("DssClient", "import_code_studio_template") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .import_code_studio_template(args.file("archive_path")?);
                        let __endpoint = requests::ImportCodeStudioTemplate::ENDPOINT;
                        if let Some(__v) = args.opt_str("label")? {
                            __r = __r.label(__v);
                        }
                        if let Some(__v) = args.opt_json("import_spec")? {
                            __r = __r.import_spec(__v);
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
                ("DssClient", "get_global_api_key_by_id") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_global_api_key_by_id(args.str("id_")?);
                        let __endpoint = requests::GetGlobalApiKeyById::ENDPOINT;
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
                ("DssClient", "create_global_api_key_with_groups") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.create_global_api_key_with_groups();
                        let __endpoint = requests::CreateGlobalApiKeyWithGroups::ENDPOINT;
                        if let Some(__v) = args.opt_str("label")? {
                            __r = __r.label(__v);
                        }
                        if let Some(__v) = args.opt_str("description")? {
                            __r = __r.description(__v);
                        }
                        if let Some(__v) = args.opt_strings("groups")? {
                            __r = __r.groups(__v);
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
                ("DssClient", "build_cde_plugins_image") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.build_cde_plugins_image();
                        let __endpoint = requests::BuildCdePluginsImage::ENDPOINT;
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
                ("DssClient", "install_jupyter_support") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.install_jupyter_support();
                        let __endpoint = requests::InstallJupyterSupport::ENDPOINT;
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
                ("DssClient", "remove_jupyter_support") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.remove_jupyter_support();
                        let __endpoint = requests::RemoveJupyterSupport::ENDPOINT;
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
                ("DssClient", "govern_dss_sync") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.govern_dss_sync();
                        let __endpoint = requests::GovernDssSync::ENDPOINT;
                        if let Some(__v) = args.opt_str("project_key")? {
                            __r = __r.project_key(__v);
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
                ("DssClient", "govern_deployer_sync") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.govern_deployer_sync();
                        let __endpoint = requests::GovernDeployerSync::ENDPOINT;
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
                ("DssClient", "list_business_apps") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_business_apps();
                        let __endpoint = requests::ListBusinessApps::ENDPOINT;
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
                ("DssClient", "install_business_app_from_archive") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .install_business_app_from_archive(args.file("fp")?);
                        let __endpoint = requests::InstallBusinessAppFromArchive::ENDPOINT;
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
                ("DssClient", "install_business_app_from_store") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .install_business_app_from_store(
                                args.str("business_app_id")?,
                            );
                        let __endpoint = requests::InstallBusinessAppFromStore::ENDPOINT;
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
                ("DssClient", "list_data_collections") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_data_collections();
                        let __endpoint = requests::ListDataCollections::ENDPOINT;
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
                ("DssClient", "create_data_collection") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .create_data_collection(args.str("display_name")?);
                        let __endpoint = requests::CreateDataCollection::ENDPOINT;
                        if let Some(__v) = args.opt_str("id")? {
                            __r = __r.id(__v);
                        }
                        if let Some(__v) = args.opt_strings("tags")? {
                            __r = __r.tags(__v);
                        }
                        if let Some(__v) = args.opt_str("description")? {
                            __r = __r.description(__v);
                        }
                        if let Some(__v) = args.opt_str("color")? {
                            __r = __r.color(__v);
                        }
                        if let Some(__v) = args.opt_json("permissions")? {
                            __r = __r.permissions(__v);
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
                ("DssClient", "list_collections") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_collections();
                        let __endpoint = requests::ListCollections::ENDPOINT;
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
                ("DssClient", "create_collection") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .create_collection(args.str("display_name")?);
                        let __endpoint = requests::CreateCollection::ENDPOINT;
                        if let Some(__v) = args.opt_str("id")? {
                            __r = __r.id(__v);
                        }
                        if let Some(__v) = args.opt_strings("tags")? {
                            __r = __r.tags(__v);
                        }
                        if let Some(__v) = args.opt_str("description")? {
                            __r = __r.description(__v);
                        }
                        if let Some(__v) = args.opt_str("color")? {
                            __r = __r.color(__v);
                        }
                        if let Some(__v) = args.opt_json("permissions")? {
                            __r = __r.permissions(__v);
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
                ("DssClient", "get_messaging_channel") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .get_messaging_channel(args.str("channel_id")?);
                        let __endpoint = requests::GetMessagingChannel::ENDPOINT;
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
                ("DssClient", "list_messaging_channels") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_messaging_channels();
                        let __endpoint = requests::ListMessagingChannels::ENDPOINT;
                        if let Some(__v) = args.opt_str("channel_type")? {
                            __r = __r.channel_type(__v);
                        }
                        if let Some(__v) = args.opt_str("channel_family")? {
                            __r = __r.channel_family(__v);
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
                ("DssClient", "create_messaging_channel") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .create_messaging_channel(args.str("channel_type")?);
                        let __endpoint = requests::CreateMessagingChannel::ENDPOINT;
                        if let Some(__v) = args.opt_str("channel_id")? {
                            __r = __r.channel_id(__v);
                        }
                        if let Some(__v) = args.opt_json("channel_configuration")? {
                            __r = __r.channel_configuration(__v);
                        }
                        if let Some(__v) = args.opt_json("permissions")? {
                            __r = __r.permissions(__v);
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
                ("DssClient", "get_data_quality_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_data_quality_status();
                        let __endpoint = requests::GetDataQualityStatus::ENDPOINT;
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
                ("DssClient", "get_sso_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_sso_settings();
                        let __endpoint = requests::GetSsoSettings::ENDPOINT;
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
                ("DssClient", "get_ldap_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_ldap_settings();
                        let __endpoint = requests::GetLdapSettings::ENDPOINT;
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
                ("DssClient", "get_azure_ad_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_azure_ad_settings();
                        let __endpoint = requests::GetAzureAdSettings::ENDPOINT;
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
                ("DssClient", "get_llm_cost_limiting_counters") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_llm_cost_limiting_counters();
                        let __endpoint = requests::GetLlmCostLimitingCounters::ENDPOINT;
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
                ("DssClient", "get_cobuild_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_cobuild_status();
                        let __endpoint = requests::GetCobuildStatus::ENDPOINT;
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
                ("DssClient", "start_install_plugin_from_archive") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .start_install_plugin_from_archive(args.file("fp")?);
                        let __endpoint = requests::StartInstallPluginFromArchive::ENDPOINT;
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
                ("DssPermissionsCheckRequest", "execute_raw") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssPermissionsCheckRequest", ids)?;
                        let __owner = super::handles::DssPermissionsCheckRequest {
                            client: ::core::clone::Clone::clone(client),
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.execute_raw();
                        let __endpoint = requests::PermissionsCheckRequestExecuteRaw::ENDPOINT;
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
                ("DssMessagingChannel", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssMessagingChannel", ids)?;
                        let __owner = super::handles::DssMessagingChannel {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::MessagingChannelGetSettings::ENDPOINT;
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
                ("DssMessagingChannel", "get_permissions") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssMessagingChannel", ids)?;
                        let __owner = super::handles::DssMessagingChannel {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_permissions();
                        let __endpoint = requests::MessagingChannelGetPermissions::ENDPOINT;
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
                ("DssMessagingChannel", "set_permissions") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssMessagingChannel", ids)?;
                        let __owner = super::handles::DssMessagingChannel {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_permissions(args.json("permissions")?);
                        let __endpoint = requests::MessagingChannelSetPermissions::ENDPOINT;
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
                ("DssMessagingChannel", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssMessagingChannel", ids)?;
                        let __owner = super::handles::DssMessagingChannel {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::MessagingChannelDelete::ENDPOINT;
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
                ("DssMessagingChannelSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssMessagingChannelSettings", ids)?;
                        let __owner = super::handles::DssMessagingChannelSettings {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::MessagingChannelSettingsSave::ENDPOINT;
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
                ("DssLlmCostLimitingCounters", "get_counter_details") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssLlmCostLimitingCounters", ids)?;
                        let __owner = super::handles::DssLlmCostLimitingCounters {
                            client: ::core::clone::Clone::clone(client),
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_counter_details(args.str("id")?);
                        let __endpoint = requests::LlmCostLimitingCountersGetCounterDetails::ENDPOINT;
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
                ("DssUnifiedMonitoring", "list_monitored_project_deployments") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssUnifiedMonitoring", ids)?;
                        let __owner = super::handles::DssUnifiedMonitoring {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_monitored_project_deployments();
                        let __endpoint = requests::UnifiedMonitoringListMonitoredProjectDeployments::ENDPOINT;
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
                ("DssUnifiedMonitoring", "list_monitored_api_endpoints") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssUnifiedMonitoring", ids)?;
                        let __owner = super::handles::DssUnifiedMonitoring {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_monitored_api_endpoints();
                        let __endpoint = requests::UnifiedMonitoringListMonitoredApiEndpoints::ENDPOINT;
                        if let Some(__v) = args
                            .opt_bool("remove_duplicated_external_endpoints")?
                        {
                            __r = __r.remove_duplicated_external_endpoints(__v);
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
                (
                    "DssUnifiedMonitoring",
                    "list_monitored_api_endpoint_with_activity_metrics",
                ) => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssUnifiedMonitoring", ids)?;
                        let __owner = super::handles::DssUnifiedMonitoring {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .list_monitored_api_endpoint_with_activity_metrics();
                        let __endpoint = requests::UnifiedMonitoringListMonitoredApiEndpointWithActivityMetrics::ENDPOINT;
                        if let Some(__v) = args.opt_json("endpoints_to_filter_on")? {
                            __r = __r.endpoints_to_filter_on(__v);
                        }
                        if let Some(__v) = args
                            .opt_bool("remove_duplicated_external_endpoints")?
                        {
                            __r = __r.remove_duplicated_external_endpoints(__v);
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
                ("DssEnterpriseAssetLibrary", "list_collections") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssEnterpriseAssetLibrary", ids)?;
                        let __owner = super::handles::DssEnterpriseAssetLibrary {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_collections();
                        let __endpoint = requests::EnterpriseAssetLibraryListCollections::ENDPOINT;
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
                ("DssEnterpriseAssetLibrary", "list_prompts") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssEnterpriseAssetLibrary", ids)?;
                        let __owner = super::handles::DssEnterpriseAssetLibrary {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_prompts();
                        let __endpoint = requests::EnterpriseAssetLibraryListPrompts::ENDPOINT;
                        if let Some(__v) = args.opt_strings("restrict_collections")? {
                            __r = __r.restrict_collections(__v);
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
                ("DssEnterpriseAssetLibrary", "list_email_templates") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssEnterpriseAssetLibrary", ids)?;
                        let __owner = super::handles::DssEnterpriseAssetLibrary {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_email_templates();
                        let __endpoint = requests::EnterpriseAssetLibraryListEmailTemplates::ENDPOINT;
                        if let Some(__v) = args.opt_strings("restrict_collections")? {
                            __r = __r.restrict_collections(__v);
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
                ("DssEnterpriseAssetLibrary", "get_export_stream") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssEnterpriseAssetLibrary", ids)?;
                        let __owner = super::handles::DssEnterpriseAssetLibrary {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_export_stream();
                        let __endpoint = requests::EnterpriseAssetLibraryGetExportStream::ENDPOINT;
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
                ("DssEnterpriseAssetLibrary", "export_collections_to_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssEnterpriseAssetLibrary", ids)?;
                        let __owner = super::handles::DssEnterpriseAssetLibrary {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .export_collections_to_file(args.str("path")?);
                        let __endpoint = requests::EnterpriseAssetLibraryExportCollectionsToFile::ENDPOINT;
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
                ("DssDataDirectoriesFootprint", "compute_global_only_footprint") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssDataDirectoriesFootprint", ids)?;
                        let __owner = super::handles::DssDataDirectoriesFootprint {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.compute_global_only_footprint();
                        let __endpoint = requests::DataDirectoriesFootprintComputeGlobalOnlyFootprint::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssDataDirectoriesFootprint", "compute_project_footprint") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssDataDirectoriesFootprint", ids)?;
                        let __owner = super::handles::DssDataDirectoriesFootprint {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .compute_project_footprint(args.str("project_key")?);
                        let __endpoint = requests::DataDirectoriesFootprintComputeProjectFootprint::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssDataDirectoriesFootprint", "compute_all_dss_footprint") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssDataDirectoriesFootprint", ids)?;
                        let __owner = super::handles::DssDataDirectoriesFootprint {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.compute_all_dss_footprint();
                        let __endpoint = requests::DataDirectoriesFootprintComputeAllDssFootprint::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssDataDirectoriesFootprint", "compute_unknown_footprint") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssDataDirectoriesFootprint", ids)?;
                        let __owner = super::handles::DssDataDirectoriesFootprint {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.compute_unknown_footprint();
                        let __endpoint = requests::DataDirectoriesFootprintComputeUnknownFootprint::ENDPOINT;
                        if let Some(__v) = args.opt_bool("show_summary_only")? {
                            __r = __r.show_summary_only(__v);
                        }
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
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
                "DssSsoSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let mut __doc = client.get_sso_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssLdapSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let mut __doc = client.get_ldap_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssAzureAdSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let mut __doc = client.get_azure_ad_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssLlmCostLimitingCounters" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let mut __doc = client.get_llm_cost_limiting_counters().send()?;
                        edit(__doc.raw_mut());
                        Ok(false)
                    })()
                }
                "DssMessagingChannelSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssMessagingChannel", ids)?;
                        let __owner = super::handles::DssMessagingChannel {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
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
            let model: super::models::PublicUserInfo = ::serde_json::from_str(
                    "{\"login\":\"plain\",\"displayName\":\"plain\",\"groups\":[\"plain\"],\"email\":\"plain\",\"enabled\":true,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "PublicUserInfo")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "PublicUserInfo"
            );
            checked += 1;
            let model: super::models::PublicGroupInfo = ::serde_json::from_str(
                    "{\"name\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "PublicGroupInfo")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "PublicGroupInfo"
            );
            checked += 1;
            let model: super::models::BusinessAppSummary = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"version\":\"plain\",\"name\":\"plain\",\"description\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "BusinessAppSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "BusinessAppSummary"
            );
            checked += 1;
            let model: super::models::DataCollectionSummary = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"displayName\":\"plain\",\"description\":\"plain\",\"color\":\"plain\",\"tags\":[\"plain\"],\"itemCount\":1,\"lastModifiedOn\":1,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DataCollectionSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DataCollectionSummary"
            );
            checked += 1;
            let model: super::models::MessagingChannelSummary = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"type\":\"plain\",\"family\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "MessagingChannelSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "MessagingChannelSummary"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssMessagingChannel {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssMessagingChannel"
            );
            checked += 1;
            let handle = super::handles::DssMessagingChannelSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                id: ::std::string::String::from("plain"),
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
                "DssMessagingChannelSettings"
            );
            checked += 1;
            let handle = super::handles::DssUnifiedMonitoring {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssUnifiedMonitoring"
            );
            checked += 1;
            let handle = super::handles::DssSecretsManager {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssSecretsManager"
            );
            checked += 1;
            let handle = super::handles::DssVaultsManager {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssVaultsManager"
            );
            checked += 1;
            let handle = super::handles::DssEnterpriseAssetLibrary {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssEnterpriseAssetLibrary"
            );
            checked += 1;
            let handle = super::handles::DssDataDirectoriesFootprint {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssDataDirectoriesFootprint"
            );
            checked += 1;
            let handle = super::handles::DssSsoSettings {
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
                "DssSsoSettings"
            );
            checked += 1;
            let handle = super::handles::DssLdapSettings {
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
                "DssLdapSettings"
            );
            checked += 1;
            let handle = super::handles::DssAzureAdSettings {
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
                "DssAzureAdSettings"
            );
            checked += 1;
            let handle = super::handles::DssLlmCostLimitingCounters {
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
                "DssLlmCostLimitingCounters"
            );
            checked += 1;
            let handle = super::handles::DssPermissionsCheckRequest {
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
                "DssPermissionsCheckRequest"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
