// The expansion of `users.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/users.dss`.
pub mod spec_users {
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
        ///A user, named by login.
        #[derive(Clone)]
        pub struct DssUser {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) login: String,
        }
        impl DssUser {
            ///The `login` this handle points at.
            pub fn login(&self) -> &str {
                &self.login
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssUser {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssUser")
                    .field("login", &self.login)
                    .finish_non_exhaustive()
            }
        }
        ///The user the client is authenticated as.
        #[derive(Clone)]
        pub struct DssOwnUser {
            pub(crate) client: crate::rt::DssClient,
        }
        impl DssOwnUser {
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssOwnUser {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssOwnUser").finish_non_exhaustive()
            }
        }
        /**The settings of a user, as `DssUser::get_settings` reads them (needs
admin rights; dataikuapi's `DSSUserSettings`): `enabled`, `groups`,
`userProfile`, properties, secrets, per-user credentials, preferences;
changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssUserSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) login: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssUserSettings {
            ///The `login` this handle points at.
            pub fn login(&self) -> &str {
                &self.login
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
        impl ::core::fmt::Debug for DssUserSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssUserSettings")
                    .field("login", &self.login)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of the user the client is authenticated as, as
`DssOwnUser::get_settings` reads them (dataikuapi's
`DSSOwnUserSettings`): properties, secrets, per-user credentials;
changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssOwnUserSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) document: crate::rt::Document,
        }
        impl DssOwnUserSettings {
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
        impl ::core::fmt::Debug for DssOwnUserSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssOwnUserSettings")
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**What any user may know of a user, as `DssUser::get_info` reads it
(dataikuapi's `DSSUserInfo`): login, display name, groups, email,
whether enabled. Read only; `login()` is the login the handle was made
with, which is the one DSS answers with.*/
        #[derive(Clone)]
        pub struct DssUserInfo {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) login: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssUserInfo {
            ///The `login` this handle points at.
            pub fn login(&self) -> &str {
                &self.login
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
        impl ::core::fmt::Debug for DssUserInfo {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssUserInfo")
                    .field("login", &self.login)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        ///A group, named by its name.
        #[derive(Clone)]
        pub struct DssGroup {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) name: String,
        }
        impl DssGroup {
            ///The `name` this handle points at.
            pub fn name(&self) -> &str {
                &self.name
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssGroup {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssGroup")
                    .field("name", &self.name)
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
        ///A user as listed by `list_users`.
        #[derive(Clone, PartialEq)]
        pub struct UserSummary {
            ///The user's login.
            pub login: String,
            ///Display name.
            pub display_name: Option<String>,
            ///Email address.
            pub email: Option<String>,
            ///Groups the user belongs to.
            pub groups: Option<Vec<String>>,
            ///User profile (e.g. `DATA_SCIENTIST`).
            pub user_profile: Option<String>,
            ///Whether the account is enabled.
            pub enabled: Option<bool>,
            ///`LOCAL`, `LDAP`, ...
            pub source_type: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for UserSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = UserSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `UserSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<UserSummary, __A::Error> {
                        let mut __m_login: Option<String> = None;
                        let mut __m_display_name: Option<String> = None;
                        let mut __m_email: Option<String> = None;
                        let mut __m_groups: Option<Vec<String>> = None;
                        let mut __m_user_profile: Option<String> = None;
                        let mut __m_enabled: Option<bool> = None;
                        let mut __m_source_type: Option<String> = None;
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
                                "email" => {
                                    __m_email = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "email",
                                    )?;
                                }
                                "groups" => {
                                    __m_groups = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "groups",
                                    )?;
                                }
                                "userProfile" => {
                                    __m_user_profile = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "userProfile",
                                    )?;
                                }
                                "enabled" => {
                                    __m_enabled = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "enabled",
                                    )?;
                                }
                                "sourceType" => {
                                    __m_source_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "sourceType",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(UserSummary {
                            login: match __m_login {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("login"),
                                    );
                                }
                            },
                            display_name: __m_display_name,
                            email: __m_email,
                            groups: __m_groups,
                            user_profile: __m_user_profile,
                            enabled: __m_enabled,
                            source_type: __m_source_type,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for UserSummary {
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
                    "email",
                    &self.email,
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
                    "userProfile",
                    &self.user_profile,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "enabled",
                    &self.enabled,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "sourceType",
                    &self.source_type,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for UserSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("UserSummary")
                    .field("login", &self.login)
                    .field("display_name", &self.display_name)
                    .field("email", &self.email)
                    .field("groups", &self.groups)
                    .field("user_profile", &self.user_profile)
                    .field("enabled", &self.enabled)
                    .field("source_type", &self.source_type)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl UserSummary {
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
        ///A user's activity, as listed by `list_users_activity`.
        #[derive(Clone, PartialEq)]
        pub struct UserActivity {
            /**The user's login (empty if the answer has none; a user's own
`get_activity` answer may leave it out).*/
            pub login: String,
            ///When the user was last active in any way (epoch ms).
            pub last_session_activity: Option<i64>,
            ///When the user last logged in successfully (epoch ms).
            pub last_successful_login: Option<i64>,
            ///When a login last failed (epoch ms).
            pub last_failed_login: Option<i64>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for UserActivity {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = UserActivity;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `UserActivity` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<UserActivity, __A::Error> {
                        let mut __m_login: Option<String> = None;
                        let mut __m_last_session_activity: Option<i64> = None;
                        let mut __m_last_successful_login: Option<i64> = None;
                        let mut __m_last_failed_login: Option<i64> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "login" => {
                                    __m_login = Some(
                                        crate::rt::model::next_member(&mut __map, "login")?,
                                    );
                                }
                                "lastSessionActivity" => {
                                    __m_last_session_activity = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "lastSessionActivity",
                                    )?;
                                }
                                "lastSuccessfulLogin" => {
                                    __m_last_successful_login = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "lastSuccessfulLogin",
                                    )?;
                                }
                                "lastFailedLogin" => {
                                    __m_last_failed_login = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "lastFailedLogin",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(UserActivity {
                            login: __m_login.unwrap_or_default(),
                            last_session_activity: __m_last_session_activity,
                            last_successful_login: __m_last_successful_login,
                            last_failed_login: __m_last_failed_login,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for UserActivity {
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
                    "lastSessionActivity",
                    &self.last_session_activity,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "lastSuccessfulLogin",
                    &self.last_successful_login,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "lastFailedLogin",
                    &self.last_failed_login,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for UserActivity {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("UserActivity")
                    .field("login", &self.login)
                    .field("last_session_activity", &self.last_session_activity)
                    .field("last_successful_login", &self.last_successful_login)
                    .field("last_failed_login", &self.last_failed_login)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl UserActivity {
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
        ///A group as listed by `list_groups`.
        #[derive(Clone, PartialEq)]
        pub struct GroupSummary {
            ///The group's name.
            pub name: String,
            ///Description.
            pub description: Option<String>,
            ///`LOCAL`, `LDAP`, ...
            pub source_type: Option<String>,
            ///Whether members are administrators.
            pub admin: Option<bool>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for GroupSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = GroupSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `GroupSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<GroupSummary, __A::Error> {
                        let mut __m_name: Option<String> = None;
                        let mut __m_description: Option<String> = None;
                        let mut __m_source_type: Option<String> = None;
                        let mut __m_admin: Option<bool> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "name" => {
                                    __m_name = Some(
                                        crate::rt::model::next_member(&mut __map, "name")?,
                                    );
                                }
                                "description" => {
                                    __m_description = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "description",
                                    )?;
                                }
                                "sourceType" => {
                                    __m_source_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "sourceType",
                                    )?;
                                }
                                "admin" => {
                                    __m_admin = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "admin",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(GroupSummary {
                            name: match __m_name {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("name"),
                                    );
                                }
                            },
                            description: __m_description,
                            source_type: __m_source_type,
                            admin: __m_admin,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for GroupSummary {
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
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "description",
                    &self.description,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "sourceType",
                    &self.source_type,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "admin",
                    &self.admin,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for GroupSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("GroupSummary")
                    .field("name", &self.name)
                    .field("description", &self.description)
                    .field("source_type", &self.source_type)
                    .field("admin", &self.admin)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl GroupSummary {
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
        ///Request value of [`DssClient::list_users`](crate::rt::DssClient::list_users): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListUsers<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) include_settings: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListUsers<'a> {
            /**Also return each user's settings.

Default: `false`. Sent as query parameter `includeSettings`.*/
            pub fn include_settings(mut self, include_settings: bool) -> Self {
                self.include_settings = include_settings;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, include_settings, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/users/");
                __call.query("includeSettings", &include_settings);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListUsers, super::endpoints::LIST_USERS, json(Vec < UserSummary >,
            "Sends the request (`GET /admin/users/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListUsers<'_> {}
        ///Request value of [`DssClient::create_user`](crate::rt::DssClient::create_user): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateUser<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) login: String,
            pub(crate) password: String,
            pub(crate) display_name: String,
            pub(crate) source_type: String,
            pub(crate) groups: Vec<String>,
            pub(crate) profile: String,
            pub(crate) email: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateUser<'a> {
            /**Display name.

Default: ``. Sent as JSON member `displayName`.*/
            pub fn display_name(mut self, display_name: impl Into<String>) -> Self {
                self.display_name = display_name.into();
                self
            }
            /**`LOCAL` or `LDAP`.

Default: `LOCAL`. Sent as JSON member `sourceType`.*/
            pub fn source_type(mut self, source_type: impl Into<String>) -> Self {
                self.source_type = source_type.into();
                self
            }
            /**Groups the user belongs to.

Default: `[]`. Sent as JSON member `groups`.*/
            pub fn groups(
                mut self,
                groups: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.groups = groups.into_iter().map(Into::into).collect();
                self
            }
            /**`READER`, `DATA_ANALYST`, `DATA_SCIENTIST`, ...

Default: `DATA_SCIENTIST`. Sent as JSON member `userProfile`.*/
            pub fn profile(mut self, profile: impl Into<String>) -> Self {
                self.profile = profile.into();
                self
            }
            /**Email address.

Unset by default (then sent as `null`). Sent as JSON member `email`.*/
            pub fn email(mut self, email: impl Into<String>) -> Self {
                self.email = Some(email.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
                let Self {
                    __owner,
                    login,
                    password,
                    display_name,
                    source_type,
                    groups,
                    profile,
                    email,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/users/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("login"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&login),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("password"),
                                    ::serde_json::Value::from(password),
                                );
                            __map
                                .insert(
                                    String::from("displayName"),
                                    ::serde_json::Value::from(display_name),
                                );
                            __map
                                .insert(
                                    String::from("sourceType"),
                                    ::serde_json::Value::from(source_type),
                                );
                            __map
                                .insert(
                                    String::from("groups"),
                                    ::serde_json::Value::from(groups),
                                );
                            __map
                                .insert(
                                    String::from("userProfile"),
                                    ::serde_json::Value::from(profile),
                                );
                            __map
                                .insert(
                                    String::from("email"),
                                    ::serde_json::Value::from(email),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (login,)))
            }
            ///Sends the request (`POST /admin/users/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssUser, crate::rt::Error> {
                let (__call, (login,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_login = login;
                            super::super::handles::DssUser {
                                client: ::core::clone::Clone::clone(__client),
                                login: __f_login,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(CreateUser, super::endpoints::CREATE_USER, plain);
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateUser<'_> {}
        ///Request value of [`DssClient::list_users_activity`](crate::rt::DssClient::list_users_activity): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListUsersActivity<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) enabled_users_only: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListUsersActivity<'a> {
            /**Only enabled users.

Default: `false`. Sent as query parameter `enabledUsersOnly`.*/
            pub fn enabled_users_only(mut self, enabled_users_only: bool) -> Self {
                self.enabled_users_only = enabled_users_only;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, enabled_users_only, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/users-activity");
                __call.query("enabledUsersOnly", &enabled_users_only);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListUsersActivity, super::endpoints::LIST_USERS_ACTIVITY, json(Vec <
            UserActivity >,
            "Sends the request (`GET /admin/users-activity`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListUsersActivity<'_> {}
        ///Request value of [`DssClient::get_authorization_matrix`](crate::rt::DssClient::get_authorization_matrix): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetAuthorizationMatrix<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetAuthorizationMatrix<'a> {
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
                __call.lit("/admin/authorization-matrix");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GetAuthorizationMatrix, super::endpoints::GET_AUTHORIZATION_MATRIX,
            json(Value,
            "Sends the request (`GET /admin/authorization-matrix`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetAuthorizationMatrix<'_> {}
        ///Request value of [`DssClient::list_groups`](crate::rt::DssClient::list_groups): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListGroups<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListGroups<'a> {
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
                __call.lit("/admin/groups/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListGroups, super::endpoints::LIST_GROUPS, json(Vec < GroupSummary >,
            "Sends the request (`GET /admin/groups/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListGroups<'_> {}
        ///Request value of [`DssClient::create_group`](crate::rt::DssClient::create_group): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateGroup<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) name: String,
            pub(crate) description: Option<String>,
            pub(crate) source_type: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateGroup<'a> {
            /**Description.

Unset by default (then sent as `null`). Sent as JSON member `description`.*/
            pub fn description(mut self, description: impl Into<String>) -> Self {
                self.description = Some(description.into());
                self
            }
            /**`LOCAL` or `LDAP`.

Default: `LOCAL`. Sent as JSON member `sourceType`.*/
            pub fn source_type(mut self, source_type: impl Into<String>) -> Self {
                self.source_type = source_type.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
                let Self { __owner, name, description, source_type, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/groups/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&name),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("description"),
                                    ::serde_json::Value::from(description),
                                );
                            __map
                                .insert(
                                    String::from("sourceType"),
                                    ::serde_json::Value::from(source_type),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (name,)))
            }
            ///Sends the request (`POST /admin/groups/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssGroup, crate::rt::Error> {
                let (__call, (name,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_name = name;
                            super::super::handles::DssGroup {
                                client: ::core::clone::Clone::clone(__client),
                                name: __f_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(CreateGroup, super::endpoints::CREATE_GROUP, plain);
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateGroup<'_> {}
        ///Request value of [`DssUser::get_settings`](super::super::handles::DssUser::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct UserGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssUser,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> UserGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssUser,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/users/");
                __call.segment("login", &__owner.login, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /admin/users/{login}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssUserSettings, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_login = ::core::clone::Clone::clone(&__owner.login);
                            super::super::handles::DssUserSettings {
                                client: ::core::clone::Clone::clone(__client),
                                login: __f_login,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            UserGetSettings, super::endpoints::USER_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for UserGetSettings<'_> {}
        ///Request value of [`DssUser::delete`](super::super::handles::DssUser::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct UserDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssUser,
            pub(crate) allow_self_deletion: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> UserDelete<'a> {
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
                let Self { __owner, allow_self_deletion, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/users/");
                __call.segment("login", &__owner.login, false)?;
                __call.query("allowSelfDeletion", &allow_self_deletion);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            UserDelete, super::endpoints::USER_DELETE,
            unit("Sends the request (`DELETE /admin/users/{login}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for UserDelete<'_> {}
        ///Request value of [`DssUser::get_activity`](super::super::handles::DssUser::get_activity): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct UserGetActivity<'a> {
            pub(crate) __owner: &'a super::super::handles::DssUser,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> UserGetActivity<'a> {
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
                __call.lit("/admin/users/");
                __call.segment("login", &__owner.login, false)?;
                __call.lit("/activity");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            UserGetActivity, super::endpoints::USER_GET_ACTIVITY, json(UserActivity,
            "Sends the request (`GET /admin/users/{login}/activity`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for UserGetActivity<'_> {}
        ///Request value of [`DssUser::get_info`](super::super::handles::DssUser::get_info): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct UserGetInfo<'a> {
            pub(crate) __owner: &'a super::super::handles::DssUser,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> UserGetInfo<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssUser,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/users/");
                __call.segment("login", &__owner.login, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /users/{login}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssUserInfo, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_login = ::core::clone::Clone::clone(&__owner.login);
                            super::super::handles::DssUserInfo {
                                client: ::core::clone::Clone::clone(__client),
                                login: __f_login,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            UserGetInfo, super::endpoints::USER_GET_INFO, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for UserGetInfo<'_> {}
        ///Request value of [`DssUser::get_definition`](super::super::handles::DssUser::get_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct UserGetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssUser,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> UserGetDefinition<'a> {
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
                __call.lit("/admin/users/");
                __call.segment("login", &__owner.login, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            UserGetDefinition, super::endpoints::USER_GET_DEFINITION, json(Value,
            "Sends the request (`GET /admin/users/{login}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for UserGetDefinition<'_> {}
        ///Request value of [`DssUser::set_definition`](super::super::handles::DssUser::set_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct UserSetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssUser,
            pub(crate) definition: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> UserSetDefinition<'a> {
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
                __call.lit("/admin/users/");
                __call.segment("login", &__owner.login, false)?;
                __call.json(&::serde_json::Value::from(definition))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            UserSetDefinition, super::endpoints::USER_SET_DEFINITION, json(Value,
            "Sends the request (`PUT /admin/users/{login}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for UserSetDefinition<'_> {}
        ///Request value of [`DssOwnUser::get_settings`](super::super::handles::DssOwnUser::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct OwnUserGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssOwnUser,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> OwnUserGetSettings<'a> {
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
                __call.lit("/current-user");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /current-user`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssOwnUserSettings, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            super::super::handles::DssOwnUserSettings {
                                client: ::core::clone::Clone::clone(__client),
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            OwnUserGetSettings, super::endpoints::OWN_USER_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for OwnUserGetSettings<'_> {}
        ///Request value of [`DssGroup::get_definition`](super::super::handles::DssGroup::get_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GroupGetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssGroup,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GroupGetDefinition<'a> {
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
                __call.lit("/admin/groups/");
                __call.segment("name", &__owner.name, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GroupGetDefinition, super::endpoints::GROUP_GET_DEFINITION, json(Value,
            "Sends the request (`GET /admin/groups/{name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GroupGetDefinition<'_> {}
        ///Request value of [`DssGroup::set_definition`](super::super::handles::DssGroup::set_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GroupSetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssGroup,
            pub(crate) definition: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GroupSetDefinition<'a> {
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
                __call.lit("/admin/groups/");
                __call.segment("name", &__owner.name, false)?;
                __call.json(&::serde_json::Value::from(definition))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GroupSetDefinition, super::endpoints::GROUP_SET_DEFINITION, json(Value,
            "Sends the request (`PUT /admin/groups/{name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GroupSetDefinition<'_> {}
        ///Request value of [`DssGroup::delete`](super::super::handles::DssGroup::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GroupDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssGroup,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GroupDelete<'a> {
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
                __call.lit("/admin/groups/");
                __call.segment("name", &__owner.name, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GroupDelete, super::endpoints::GROUP_DELETE,
            unit("Sends the request (`DELETE /admin/groups/{name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GroupDelete<'_> {}
        ///Request value of [`DssUserSettings::save`](super::super::handles::DssUserSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct UserSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssUserSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> UserSettingsSave<'a> {
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
                __call.lit("/admin/users/");
                __call.segment("login", &__owner.login, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            UserSettingsSave, super::endpoints::USER_SETTINGS_SAVE,
            unit("Sends the request (`PUT /admin/users/{login}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for UserSettingsSave<'_> {}
        ///Request value of [`DssOwnUserSettings::save`](super::super::handles::DssOwnUserSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct OwnUserSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssOwnUserSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> OwnUserSettingsSave<'a> {
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
                __call.lit("/current-user");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            OwnUserSettingsSave, super::endpoints::OWN_USER_SETTINGS_SAVE,
            unit("Sends the request (`PUT /current-user`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for OwnUserSettingsSave<'_> {}
        crate::rt::request_list!(
            ListUsers, CreateUser, ListUsersActivity, GetAuthorizationMatrix, ListGroups,
            CreateGroup, UserGetSettings, UserDelete, UserGetActivity, UserGetInfo,
            UserGetDefinition, UserSetDefinition, OwnUserGetSettings, GroupGetDefinition,
            GroupSetDefinition, GroupDelete, UserSettingsSave, OwnUserSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_users`.
        pub static LIST_USERS: Endpoint = Endpoint::new(
            "DssClient",
            "list_users",
            crate::rt::Server::DSS,
            "Lists the users of the instance (needs admin rights).",
            &[
                Arg::new(
                    "include_settings",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("includeSettings"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/users/",
                    &[],
                    "ListUsers",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < UserSummary >"),
            [false, true, false],
        );
        ///`DssClient::get_user`.
        pub static GET_USER: Endpoint = Endpoint::new(
            "DssClient",
            "get_user",
            crate::rt::Server::DSS,
            "A handle on one user.",
            &[Arg::new("login", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssUser"),
            [false, true, false],
        );
        ///`DssClient::create_user`.
        pub static CREATE_USER: Endpoint = Endpoint::new(
            "DssClient",
            "create_user",
            crate::rt::Server::DSS,
            "Creates a user (needs admin rights) and returns a handle on it.",
            &[
                Arg::new(
                    "login",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "login",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "password",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "password",
                        via: None,
                        omitted_when_unset: false,
                    },
                    true,
                ),
                Arg::new(
                    "display_name",
                    "str",
                    Presence::Default(""),
                    Place::Member {
                        path: "displayName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "source_type",
                    "str",
                    Presence::Default("LOCAL"),
                    Place::Member {
                        path: "sourceType",
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
                Arg::new(
                    "profile",
                    "str",
                    Presence::Default("DATA_SCIENTIST"),
                    Place::Member {
                        path: "userProfile",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "email",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "email",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/users/",
                    &[],
                    "CreateUser",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssUser"),
            [false, true, false],
        );
        ///`DssClient::get_own_user`.
        pub static GET_OWN_USER: Endpoint = Endpoint::new(
            "DssClient",
            "get_own_user",
            crate::rt::Server::DSS,
            "A handle on the user the client is authenticated as.",
            &[],
            None,
            ResultKind::Handle("DssOwnUser"),
            [false, true, false],
        );
        ///`DssClient::list_users_activity`.
        pub static LIST_USERS_ACTIVITY: Endpoint = Endpoint::new(
            "DssClient",
            "list_users_activity",
            crate::rt::Server::DSS,
            "Lists every user's activity (needs admin rights).",
            &[
                Arg::new(
                    "enabled_users_only",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("enabledUsersOnly"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/users-activity",
                    &[],
                    "ListUsersActivity",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < UserActivity >"),
            [false, true, false],
        );
        ///`DssClient::get_authorization_matrix`.
        pub static GET_AUTHORIZATION_MATRIX: Endpoint = Endpoint::new(
            "DssClient",
            "get_authorization_matrix",
            crate::rt::Server::DSS,
            "Reads the authorization matrix of enabled users and groups (needs admin rights).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/authorization-matrix",
                    &[],
                    "GetAuthorizationMatrix",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::list_groups`.
        pub static LIST_GROUPS: Endpoint = Endpoint::new(
            "DssClient",
            "list_groups",
            crate::rt::Server::DSS,
            "Lists the groups of the instance (needs admin rights).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/groups/",
                    &[],
                    "ListGroups",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < GroupSummary >"),
            [false, true, false],
        );
        ///`DssClient::get_group`.
        pub static GET_GROUP: Endpoint = Endpoint::new(
            "DssClient",
            "get_group",
            crate::rt::Server::DSS,
            "A handle on one group.",
            &[Arg::new("name", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssGroup"),
            [false, true, false],
        );
        ///`DssClient::create_group`.
        pub static CREATE_GROUP: Endpoint = Endpoint::new(
            "DssClient",
            "create_group",
            crate::rt::Server::DSS,
            "Creates a group (needs admin rights) and returns a handle on it.",
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
                    "source_type",
                    "str",
                    Presence::Default("LOCAL"),
                    Place::Member {
                        path: "sourceType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/groups/",
                    &[],
                    "CreateGroup",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssGroup"),
            [false, true, false],
        );
        ///`DssUser::get_settings`.
        pub static USER_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssUser",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the user's settings (needs admin rights), to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/users/{login}",
                    &[],
                    "UserGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssUserSettings"),
            [false, true, false],
        );
        ///`DssUser::delete`.
        pub static USER_DELETE: Endpoint = Endpoint::new(
            "DssUser",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the user.",
            &[
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
                    "/admin/users/{login}",
                    &[],
                    "UserDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssUser::get_activity`.
        pub static USER_GET_ACTIVITY: Endpoint = Endpoint::new(
            "DssUser",
            "get_activity",
            crate::rt::Server::DSS,
            "Reads the user's activity.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/users/{login}/activity",
                    &[],
                    "UserGetActivity",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("UserActivity"),
            [false, true, false],
        );
        ///`DssUser::get_info`.
        pub static USER_GET_INFO: Endpoint = Endpoint::new(
            "DssUser",
            "get_info",
            crate::rt::Server::DSS,
            "Reads what any user may know of the user (no admin rights needed).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/users/{login}",
                    &[],
                    "UserGetInfo",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssUserInfo"),
            [false, true, false],
        );
        ///`DssUser::get_definition`.
        pub static USER_GET_DEFINITION: Endpoint = Endpoint::new(
            "DssUser",
            "get_definition",
            crate::rt::Server::DSS,
            "Reads the user's definition: the same request and answer as `get_settings` (dataikuapi keeps it as a deprecated name).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/users/{login}",
                    &[],
                    "UserGetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssUser::set_definition`.
        pub static USER_SET_DEFINITION: Endpoint = Endpoint::new(
            "DssUser",
            "set_definition",
            crate::rt::Server::DSS,
            "Saves the user's definition, as read by `get_definition` and changed: the same request as `DssUserSettings::save` (deprecated in dataikuapi).",
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
                    "/admin/users/{login}",
                    &[],
                    "UserSetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssOwnUser::get_settings`.
        pub static OWN_USER_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssOwnUser",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the settings of the authenticated user, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/current-user",
                    &[],
                    "OwnUserGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssOwnUserSettings"),
            [false, true, false],
        );
        ///`DssGroup::get_definition`.
        pub static GROUP_GET_DEFINITION: Endpoint = Endpoint::new(
            "DssGroup",
            "get_definition",
            crate::rt::Server::DSS,
            "Reads the group's definition.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/groups/{name}",
                    &[],
                    "GroupGetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssGroup::set_definition`.
        pub static GROUP_SET_DEFINITION: Endpoint = Endpoint::new(
            "DssGroup",
            "set_definition",
            crate::rt::Server::DSS,
            "Saves the group's definition, as read by `get_definition` and changed.",
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
                    "/admin/groups/{name}",
                    &[],
                    "GroupSetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssGroup::delete`.
        pub static GROUP_DELETE: Endpoint = Endpoint::new(
            "DssGroup",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the group.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/admin/groups/{name}",
                    &[],
                    "GroupDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssUserSettings::save`.
        pub static USER_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssUserSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings (needs admin rights): the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/admin/users/{login}",
                    &[],
                    "UserSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssUserSettings::add_secret`.
        pub static USER_SETTINGS_ADD_SECRET: Endpoint = Endpoint::new(
            "DssUserSettings",
            "add_secret",
            crate::rt::Server::DSS,
            "Adds a secret of the user, replacing any of the same name.",
            &[
                Arg::new("name", "& str", Presence::Required, Place::HandWritten, false),
                Arg::new("value", "& str", Presence::Required, Place::HandWritten, false),
            ],
            None,
            ResultKind::HandWritten("& mut DssUserSettings"),
            [true, true, false],
        );
        ///`DssUserSettings::remove_secret`.
        pub static USER_SETTINGS_REMOVE_SECRET: Endpoint = Endpoint::new(
            "DssUserSettings",
            "remove_secret",
            crate::rt::Server::DSS,
            "Removes the user's secrets of this name (nothing when there is none).",
            &[Arg::new("name", "& str", Presence::Required, Place::HandWritten, false)],
            None,
            ResultKind::HandWritten("& mut DssUserSettings"),
            [true, true, false],
        );
        ///`DssUserSettings::user_properties`.
        pub static USER_SETTINGS_USER_PROPERTIES: Endpoint = Endpoint::new(
            "DssUserSettings",
            "user_properties",
            crate::rt::Server::DSS,
            "The user's properties, which the user can see and change (change them in place, through `raw_mut`).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssUserSettings::set_basic_connection_credential`.
        pub static USER_SETTINGS_SET_BASIC_CONNECTION_CREDENTIAL: Endpoint = Endpoint::new(
            "DssUserSettings",
            "set_basic_connection_credential",
            crate::rt::Server::DSS,
            "Sets the user's own credential (a login and password) for a connection that takes per-user credentials.",
            &[
                Arg::new(
                    "connection",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "login",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "password",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssUserSettings"),
            [true, true, false],
        );
        ///`DssUserSettings::remove_connection_credential`.
        pub static USER_SETTINGS_REMOVE_CONNECTION_CREDENTIAL: Endpoint = Endpoint::new(
            "DssUserSettings",
            "remove_connection_credential",
            crate::rt::Server::DSS,
            "Removes the user's own credential for a connection (nothing when there is none).",
            &[
                Arg::new(
                    "connection",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssUserSettings"),
            [true, true, false],
        );
        ///`DssUserSettings::set_basic_plugin_credential`.
        pub static USER_SETTINGS_SET_BASIC_PLUGIN_CREDENTIAL: Endpoint = Endpoint::new(
            "DssUserSettings",
            "set_basic_plugin_credential",
            crate::rt::Server::DSS,
            "Sets the user's own credential (a login and password) for a credential parameter of a plugin preset: the plugin, its parameter set, the preset, the parameter.",
            &[
                Arg::new(
                    "plugin_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "param_set_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "preset_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "param_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "login",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "password",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssUserSettings"),
            [true, true, false],
        );
        ///`DssUserSettings::set_oauth2_plugin_credential`.
        pub static USER_SETTINGS_SET_OAUTH2_PLUGIN_CREDENTIAL: Endpoint = Endpoint::new(
            "DssUserSettings",
            "set_oauth2_plugin_credential",
            crate::rt::Server::DSS,
            "Sets the user's own OAuth refresh token for a credential parameter of a plugin preset: the plugin, its parameter set, the preset, the parameter.",
            &[
                Arg::new(
                    "plugin_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "param_set_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "preset_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "param_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "refresh_token",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssUserSettings"),
            [true, true, false],
        );
        ///`DssUserSettings::remove_plugin_credential`.
        pub static USER_SETTINGS_REMOVE_PLUGIN_CREDENTIAL: Endpoint = Endpoint::new(
            "DssUserSettings",
            "remove_plugin_credential",
            crate::rt::Server::DSS,
            "Removes the user's own credential for a credential parameter of a plugin preset (nothing when there is none).",
            &[
                Arg::new(
                    "plugin_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "param_set_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "preset_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "param_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssUserSettings"),
            [true, true, false],
        );
        ///`DssUserSettings::admin_properties`.
        pub static USER_SETTINGS_ADMIN_PROPERTIES: Endpoint = Endpoint::new(
            "DssUserSettings",
            "admin_properties",
            crate::rt::Server::DSS,
            "The user's admin properties, which only administrators see and change (change them in place, through `raw_mut`).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssUserSettings::enabled`.
        pub static USER_SETTINGS_ENABLED: Endpoint = Endpoint::new(
            "DssUserSettings",
            "enabled",
            crate::rt::Server::DSS,
            "Whether the user may log in.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssUserSettings::set_enabled`.
        pub static USER_SETTINGS_SET_ENABLED: Endpoint = Endpoint::new(
            "DssUserSettings",
            "set_enabled",
            crate::rt::Server::DSS,
            "Enables or disables the user.",
            &[
                Arg::new(
                    "new_value",
                    "bool",
                    Presence::Required,
                    Place::Document("enabled"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssUserSettings::creation_date`.
        pub static USER_SETTINGS_CREATION_DATE: Endpoint = Endpoint::new(
            "DssUserSettings",
            "creation_date",
            crate::rt::Server::DSS,
            "When the user was created, in milliseconds since the Unix epoch (dataikuapi gives a `datetime`).",
            &[],
            None,
            ResultKind::Local("Option<i64>"),
            [false, true, false],
        );
        ///`DssUserSettings::preferences`.
        pub static USER_SETTINGS_PREFERENCES: Endpoint = Endpoint::new(
            "DssUserSettings",
            "preferences",
            crate::rt::Server::DSS,
            "The user's preferences (interface language, which emails and notifications they get), to read and set.",
            &[],
            None,
            ResultKind::HandWritten("UserPreferences < '_ >"),
            [true, true, false],
        );
        ///`DssOwnUserSettings::save`.
        pub static OWN_USER_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssOwnUserSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/current-user",
                    &[],
                    "OwnUserSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssOwnUserSettings::add_secret`.
        pub static OWN_USER_SETTINGS_ADD_SECRET: Endpoint = Endpoint::new(
            "DssOwnUserSettings",
            "add_secret",
            crate::rt::Server::DSS,
            "Adds a secret of the user, replacing any of the same name.",
            &[
                Arg::new("name", "& str", Presence::Required, Place::HandWritten, false),
                Arg::new("value", "& str", Presence::Required, Place::HandWritten, false),
            ],
            None,
            ResultKind::HandWritten("& mut DssOwnUserSettings"),
            [true, true, false],
        );
        ///`DssOwnUserSettings::remove_secret`.
        pub static OWN_USER_SETTINGS_REMOVE_SECRET: Endpoint = Endpoint::new(
            "DssOwnUserSettings",
            "remove_secret",
            crate::rt::Server::DSS,
            "Removes the user's secrets of this name (nothing when there is none).",
            &[Arg::new("name", "& str", Presence::Required, Place::HandWritten, false)],
            None,
            ResultKind::HandWritten("& mut DssOwnUserSettings"),
            [true, true, false],
        );
        ///`DssOwnUserSettings::user_properties`.
        pub static OWN_USER_SETTINGS_USER_PROPERTIES: Endpoint = Endpoint::new(
            "DssOwnUserSettings",
            "user_properties",
            crate::rt::Server::DSS,
            "The user's properties, which the user can see and change (change them in place, through `raw_mut`).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssOwnUserSettings::set_basic_connection_credential`.
        pub static OWN_USER_SETTINGS_SET_BASIC_CONNECTION_CREDENTIAL: Endpoint = Endpoint::new(
            "DssOwnUserSettings",
            "set_basic_connection_credential",
            crate::rt::Server::DSS,
            "Sets the user's own credential (a login and password) for a connection that takes per-user credentials.",
            &[
                Arg::new(
                    "connection",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "login",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "password",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssOwnUserSettings"),
            [true, true, false],
        );
        ///`DssOwnUserSettings::remove_connection_credential`.
        pub static OWN_USER_SETTINGS_REMOVE_CONNECTION_CREDENTIAL: Endpoint = Endpoint::new(
            "DssOwnUserSettings",
            "remove_connection_credential",
            crate::rt::Server::DSS,
            "Removes the user's own credential for a connection (nothing when there is none).",
            &[
                Arg::new(
                    "connection",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssOwnUserSettings"),
            [true, true, false],
        );
        ///`DssOwnUserSettings::set_basic_plugin_credential`.
        pub static OWN_USER_SETTINGS_SET_BASIC_PLUGIN_CREDENTIAL: Endpoint = Endpoint::new(
            "DssOwnUserSettings",
            "set_basic_plugin_credential",
            crate::rt::Server::DSS,
            "Sets the user's own credential (a login and password) for a credential parameter of a plugin preset: the plugin, its parameter set, the preset, the parameter.",
            &[
                Arg::new(
                    "plugin_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "param_set_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "preset_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "param_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "login",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "password",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssOwnUserSettings"),
            [true, true, false],
        );
        ///`DssOwnUserSettings::set_oauth2_plugin_credential`.
        pub static OWN_USER_SETTINGS_SET_OAUTH2_PLUGIN_CREDENTIAL: Endpoint = Endpoint::new(
            "DssOwnUserSettings",
            "set_oauth2_plugin_credential",
            crate::rt::Server::DSS,
            "Sets the user's own OAuth refresh token for a credential parameter of a plugin preset: the plugin, its parameter set, the preset, the parameter.",
            &[
                Arg::new(
                    "plugin_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "param_set_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "preset_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "param_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "refresh_token",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssOwnUserSettings"),
            [true, true, false],
        );
        ///`DssOwnUserSettings::remove_plugin_credential`.
        pub static OWN_USER_SETTINGS_REMOVE_PLUGIN_CREDENTIAL: Endpoint = Endpoint::new(
            "DssOwnUserSettings",
            "remove_plugin_credential",
            crate::rt::Server::DSS,
            "Removes the user's own credential for a credential parameter of a plugin preset (nothing when there is none).",
            &[
                Arg::new(
                    "plugin_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "param_set_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "preset_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "param_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssOwnUserSettings"),
            [true, true, false],
        );
        ///`DssUserInfo::display_name`.
        pub static USER_INFO_DISPLAY_NAME: Endpoint = Endpoint::new(
            "DssUserInfo",
            "display_name",
            crate::rt::Server::DSS,
            "The user's display name.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssUserInfo::groups`.
        pub static USER_INFO_GROUPS: Endpoint = Endpoint::new(
            "DssUserInfo",
            "groups",
            crate::rt::Server::DSS,
            "The groups the user belongs to.",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssUserInfo::email`.
        pub static USER_INFO_EMAIL: Endpoint = Endpoint::new(
            "DssUserInfo",
            "email",
            crate::rt::Server::DSS,
            "The user's email address.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssUserInfo::enabled`.
        pub static USER_INFO_ENABLED: Endpoint = Endpoint::new(
            "DssUserInfo",
            "enabled",
            crate::rt::Server::DSS,
            "Whether the user may log in.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssUserSettings::get_raw`.
        pub static USER_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssUserSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssOwnUserSettings::get_raw`.
        pub static OWN_USER_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssOwnUserSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssUserInfo::get_raw`.
        pub static USER_INFO_GET_RAW: Endpoint = Endpoint::new(
            "DssUserInfo",
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
        &endpoints::LIST_USERS,
        &endpoints::GET_USER,
        &endpoints::CREATE_USER,
        &endpoints::GET_OWN_USER,
        &endpoints::LIST_USERS_ACTIVITY,
        &endpoints::GET_AUTHORIZATION_MATRIX,
        &endpoints::LIST_GROUPS,
        &endpoints::GET_GROUP,
        &endpoints::CREATE_GROUP,
        &endpoints::USER_GET_SETTINGS,
        &endpoints::USER_DELETE,
        &endpoints::USER_GET_ACTIVITY,
        &endpoints::USER_GET_INFO,
        &endpoints::USER_GET_DEFINITION,
        &endpoints::USER_SET_DEFINITION,
        &endpoints::OWN_USER_GET_SETTINGS,
        &endpoints::GROUP_GET_DEFINITION,
        &endpoints::GROUP_SET_DEFINITION,
        &endpoints::GROUP_DELETE,
        &endpoints::USER_SETTINGS_SAVE,
        &endpoints::USER_SETTINGS_ADD_SECRET,
        &endpoints::USER_SETTINGS_REMOVE_SECRET,
        &endpoints::USER_SETTINGS_USER_PROPERTIES,
        &endpoints::USER_SETTINGS_SET_BASIC_CONNECTION_CREDENTIAL,
        &endpoints::USER_SETTINGS_REMOVE_CONNECTION_CREDENTIAL,
        &endpoints::USER_SETTINGS_SET_BASIC_PLUGIN_CREDENTIAL,
        &endpoints::USER_SETTINGS_SET_OAUTH2_PLUGIN_CREDENTIAL,
        &endpoints::USER_SETTINGS_REMOVE_PLUGIN_CREDENTIAL,
        &endpoints::USER_SETTINGS_ADMIN_PROPERTIES,
        &endpoints::USER_SETTINGS_ENABLED,
        &endpoints::USER_SETTINGS_SET_ENABLED,
        &endpoints::USER_SETTINGS_CREATION_DATE,
        &endpoints::USER_SETTINGS_PREFERENCES,
        &endpoints::OWN_USER_SETTINGS_SAVE,
        &endpoints::OWN_USER_SETTINGS_ADD_SECRET,
        &endpoints::OWN_USER_SETTINGS_REMOVE_SECRET,
        &endpoints::OWN_USER_SETTINGS_USER_PROPERTIES,
        &endpoints::OWN_USER_SETTINGS_SET_BASIC_CONNECTION_CREDENTIAL,
        &endpoints::OWN_USER_SETTINGS_REMOVE_CONNECTION_CREDENTIAL,
        &endpoints::OWN_USER_SETTINGS_SET_BASIC_PLUGIN_CREDENTIAL,
        &endpoints::OWN_USER_SETTINGS_SET_OAUTH2_PLUGIN_CREDENTIAL,
        &endpoints::OWN_USER_SETTINGS_REMOVE_PLUGIN_CREDENTIAL,
        &endpoints::USER_INFO_DISPLAY_NAME,
        &endpoints::USER_INFO_GROUPS,
        &endpoints::USER_INFO_EMAIL,
        &endpoints::USER_INFO_ENABLED,
        &endpoints::USER_SETTINGS_GET_RAW,
        &endpoints::OWN_USER_SETTINGS_GET_RAW,
        &endpoints::USER_INFO_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssUser",
                doc: "A user, named by login.",
                fields: &[
                    HandleField {
                        name: "login",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssOwnUser",
                doc: "The user the client is authenticated as.",
                fields: &[],
                document: false,
            },
            Handle {
                name: "DssUserSettings",
                doc: "The settings of a user, as `DssUser::get_settings` reads them (needs admin rights; dataikuapi's `DSSUserSettings`): `enabled`, `groups`, `userProfile`, properties, secrets, per-user credentials, preferences; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "login",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "DssOwnUserSettings",
                doc: "The settings of the user the client is authenticated as, as `DssOwnUser::get_settings` reads them (dataikuapi's `DSSOwnUserSettings`): properties, secrets, per-user credentials; changed, then sent back whole by `save`.",
                fields: &[],
                document: true,
            },
            Handle {
                name: "DssUserInfo",
                doc: "What any user may know of a user, as `DssUser::get_info` reads it (dataikuapi's `DSSUserInfo`): login, display name, groups, email, whether enabled.",
                fields: &[
                    HandleField {
                        name: "login",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "DssGroup",
                doc: "A group, named by its name.",
                fields: &[
                    HandleField {
                        name: "name",
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
                name: "UserSummary",
                doc: "A user as listed by `list_users`.",
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
                        name: "email",
                        wire: "email",
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
                        name: "user_profile",
                        wire: "userProfile",
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
                    ModelMember {
                        name: "source_type",
                        wire: "sourceType",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssUser"),
            },
            Model {
                name: "UserActivity",
                doc: "A user's activity, as listed by `list_users_activity`.",
                members: &[
                    ModelMember {
                        name: "login",
                        wire: "login",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "last_session_activity",
                        wire: "lastSessionActivity",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "last_successful_login",
                        wire: "lastSuccessfulLogin",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "last_failed_login",
                        wire: "lastFailedLogin",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssUser"),
            },
            Model {
                name: "GroupSummary",
                doc: "A group as listed by `list_groups`.",
                members: &[
                    ModelMember {
                        name: "name",
                        wire: "name",
                        ty: "String",
                        optional: false,
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
                        name: "source_type",
                        wire: "sourceType",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "admin",
                        wire: "admin",
                        ty: "Option < bool >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssGroup"),
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Lists the users of the instance (needs admin rights).

`GET /admin/users/`

Optional arguments, set by name on the returned request:
- `include_settings`: Default: `false`. Sent as query parameter `includeSettings`.

Returns a [`ListUsers`](requests::ListUsers) request; nothing is sent until `.send()`.*/
        pub fn list_users(&self) -> requests::ListUsers<'_> {
            requests::ListUsers {
                __owner: self,
                include_settings: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one user.

Builds a handle; sends no request.*/
        pub fn get_user(&self, login: impl Into<String>) -> super::handles::DssUser {
            let login = login.into();
            {
                let __f_login = login;
                super::handles::DssUser {
                    client: ::core::clone::Clone::clone(self),
                    login: __f_login,
                }
            }
        }
        /**Creates a user (needs admin rights) and returns a handle on it.

`POST /admin/users/`

Never retried: sending it twice could do the work twice.

Arguments:
- `login`: Login of the new user. Sent as JSON member `login`.
- `password`: Password (for `LOCAL` users). Sent as JSON member `password`.

Optional arguments, set by name on the returned request:
- `display_name`: Default: ``. Sent as JSON member `displayName`.
- `source_type`: Default: `LOCAL`. Sent as JSON member `sourceType`.
- `groups`: Default: `[]`. Sent as JSON member `groups`.
- `profile`: Default: `DATA_SCIENTIST`. Sent as JSON member `userProfile`.
- `email`: Unset by default (then sent as `null`). Sent as JSON member `email`.

Returns a [`CreateUser`](requests::CreateUser) request; nothing is sent until `.send()`.*/
        pub fn create_user(
            &self,
            login: impl Into<String>,
            password: impl Into<String>,
        ) -> requests::CreateUser<'_> {
            requests::CreateUser {
                __owner: self,
                login: login.into(),
                password: password.into(),
                display_name: String::from(""),
                source_type: String::from("LOCAL"),
                groups: Vec::new(),
                profile: String::from("DATA_SCIENTIST"),
                email: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on the user the client is authenticated as.

Builds a handle; sends no request.*/
        pub fn get_own_user(&self) -> super::handles::DssOwnUser {
            {
                super::handles::DssOwnUser {
                    client: ::core::clone::Clone::clone(self),
                }
            }
        }
        /**Lists every user's activity (needs admin rights).

`GET /admin/users-activity`

Optional arguments, set by name on the returned request:
- `enabled_users_only`: Default: `false`. Sent as query parameter `enabledUsersOnly`.

Returns a [`ListUsersActivity`](requests::ListUsersActivity) request; nothing is sent until `.send()`.*/
        pub fn list_users_activity(&self) -> requests::ListUsersActivity<'_> {
            requests::ListUsersActivity {
                __owner: self,
                enabled_users_only: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the authorization matrix of enabled users and groups (needs
admin rights).

`GET /admin/authorization-matrix`

Returns a [`GetAuthorizationMatrix`](requests::GetAuthorizationMatrix) request; nothing is sent until `.send()`.*/
        pub fn get_authorization_matrix(&self) -> requests::GetAuthorizationMatrix<'_> {
            requests::GetAuthorizationMatrix {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the groups of the instance (needs admin rights).

`GET /admin/groups/`

Returns a [`ListGroups`](requests::ListGroups) request; nothing is sent until `.send()`.*/
        pub fn list_groups(&self) -> requests::ListGroups<'_> {
            requests::ListGroups {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one group.

Builds a handle; sends no request.*/
        pub fn get_group(&self, name: impl Into<String>) -> super::handles::DssGroup {
            let name = name.into();
            {
                let __f_name = name;
                super::handles::DssGroup {
                    client: ::core::clone::Clone::clone(self),
                    name: __f_name,
                }
            }
        }
        /**Creates a group (needs admin rights) and returns a handle on it.

`POST /admin/groups/`

Never retried: sending it twice could do the work twice.

Arguments:
- `name`: Name of the new group. Sent as JSON member `name`.

Optional arguments, set by name on the returned request:
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.
- `source_type`: Default: `LOCAL`. Sent as JSON member `sourceType`.

Returns a [`CreateGroup`](requests::CreateGroup) request; nothing is sent until `.send()`.*/
        pub fn create_group(
            &self,
            name: impl Into<String>,
        ) -> requests::CreateGroup<'_> {
            requests::CreateGroup {
                __owner: self,
                name: name.into(),
                description: None,
                source_type: String::from("LOCAL"),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssUser {
        /**Reads the user's settings (needs admin rights), to change and
`save`.

`GET /admin/users/{login}`

Returns a [`UserGetSettings`](requests::UserGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::UserGetSettings<'_> {
            requests::UserGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the user.

`DELETE /admin/users/{login}`

Optional arguments, set by name on the returned request:
- `allow_self_deletion`: Default: `false`. Sent as query parameter `allowSelfDeletion`.

Returns a [`UserDelete`](requests::UserDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::UserDelete<'_> {
            requests::UserDelete {
                __owner: self,
                allow_self_deletion: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the user's activity.

`GET /admin/users/{login}/activity`

Returns a [`UserGetActivity`](requests::UserGetActivity) request; nothing is sent until `.send()`.*/
        pub fn get_activity(&self) -> requests::UserGetActivity<'_> {
            requests::UserGetActivity {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads what any user may know of the user (no admin rights needed).

`GET /users/{login}`

Returns a [`UserGetInfo`](requests::UserGetInfo) request; nothing is sent until `.send()`.*/
        pub fn get_info(&self) -> requests::UserGetInfo<'_> {
            requests::UserGetInfo {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the user's definition: the same request and answer as
`get_settings` (dataikuapi keeps it as a deprecated name).

`GET /admin/users/{login}`

Returns a [`UserGetDefinition`](requests::UserGetDefinition) request; nothing is sent until `.send()`.*/
        pub fn get_definition(&self) -> requests::UserGetDefinition<'_> {
            requests::UserGetDefinition {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the user's definition, as read by `get_definition` and changed:
the same request as `DssUserSettings::save` (deprecated in
dataikuapi).

`PUT /admin/users/{login}`

Arguments:
- `definition`: Sent as the JSON body.

Returns a [`UserSetDefinition`](requests::UserSetDefinition) request; nothing is sent until `.send()`.*/
        pub fn set_definition(
            &self,
            definition: impl Into<::serde_json::Value>,
        ) -> requests::UserSetDefinition<'_> {
            requests::UserSetDefinition {
                __owner: self,
                definition: definition.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssOwnUser {
        /**Reads the settings of the authenticated user, to change and `save`.

`GET /current-user`

Returns a [`OwnUserGetSettings`](requests::OwnUserGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::OwnUserGetSettings<'_> {
            requests::OwnUserGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssGroup {
        /**Reads the group's definition.

`GET /admin/groups/{name}`

Returns a [`GroupGetDefinition`](requests::GroupGetDefinition) request; nothing is sent until `.send()`.*/
        pub fn get_definition(&self) -> requests::GroupGetDefinition<'_> {
            requests::GroupGetDefinition {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the group's definition, as read by `get_definition` and changed.

`PUT /admin/groups/{name}`

Arguments:
- `definition`: Sent as the JSON body.

Returns a [`GroupSetDefinition`](requests::GroupSetDefinition) request; nothing is sent until `.send()`.*/
        pub fn set_definition(
            &self,
            definition: impl Into<::serde_json::Value>,
        ) -> requests::GroupSetDefinition<'_> {
            requests::GroupSetDefinition {
                __owner: self,
                definition: definition.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the group.

`DELETE /admin/groups/{name}`

Returns a [`GroupDelete`](requests::GroupDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::GroupDelete<'_> {
            requests::GroupDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssUserSettings {
        /**Saves the settings (needs admin rights): the whole object, sent back
as it was read except where it was changed.

`PUT /admin/users/{login}`

Returns a [`UserSettingsSave`](requests::UserSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::UserSettingsSave<'_> {
            requests::UserSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The user's properties, which the user can see and change (change
them in place, through `raw_mut`).

Reads the document this value holds; sends no request.*/
        pub fn user_properties(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("userProperties")
        }
        /**The user's admin properties, which only administrators see and change
(change them in place, through `raw_mut`).

Reads the document this value holds; sends no request.*/
        pub fn admin_properties(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("adminProperties")
        }
        /**Whether the user may log in.

Reads the document this value holds; sends no request.*/
        pub fn enabled(&self) -> ::core::option::Option<bool> {
            self.document.get("enabled").and_then(::serde_json::Value::as_bool)
        }
        /**Enables or disables the user.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_enabled(&mut self, new_value: bool) -> &mut Self {
            self.document.set("enabled", ::serde_json::Value::Bool(new_value));
            self
        }
        /**When the user was created, in milliseconds since the Unix epoch
(dataikuapi gives a `datetime`).

Reads the document this value holds; sends no request.*/
        pub fn creation_date(&self) -> ::core::option::Option<i64> {
            self.document.get("creationDate").and_then(::serde_json::Value::as_i64)
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssOwnUserSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /current-user`

Returns a [`OwnUserSettingsSave`](requests::OwnUserSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::OwnUserSettingsSave<'_> {
            requests::OwnUserSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The user's properties, which the user can see and change (change
them in place, through `raw_mut`).

Reads the document this value holds; sends no request.*/
        pub fn user_properties(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("userProperties")
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssUserInfo {
        /**The user's display name.

Reads the document this value holds; sends no request.*/
        pub fn display_name(&self) -> ::core::option::Option<&str> {
            self.document.get("displayName").and_then(::serde_json::Value::as_str)
        }
        /**The groups the user belongs to.

Reads the document this value holds; sends no request.*/
        pub fn groups(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("groups")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**The user's email address.

Reads the document this value holds; sends no request.*/
        pub fn email(&self) -> ::core::option::Option<&str> {
            self.document.get("email").and_then(::serde_json::Value::as_str)
        }
        /**Whether the user may log in.

Reads the document this value holds; sends no request.*/
        pub fn enabled(&self) -> ::core::option::Option<bool> {
            self.document.get("enabled").and_then(::serde_json::Value::as_bool)
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
            impl super::handles::DssUserSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_secret(
                    &mut self,
                    name: &str,
                    value: &str,
                ) -> &mut DssUserSettings {
                    self.add_secret(name, value)
                }
            }
            impl super::handles::DssUserSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_remove_secret(
                    &mut self,
                    name: &str,
                ) -> &mut DssUserSettings {
                    self.remove_secret(name)
                }
            }
            impl super::handles::DssUserSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_basic_connection_credential(
                    &mut self,
                    connection: &str,
                    login: &str,
                    password: &str,
                ) -> &mut DssUserSettings {
                    self.set_basic_connection_credential(connection, login, password)
                }
            }
            impl super::handles::DssUserSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_remove_connection_credential(
                    &mut self,
                    connection: &str,
                ) -> &mut DssUserSettings {
                    self.remove_connection_credential(connection)
                }
            }
            impl super::handles::DssUserSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_basic_plugin_credential(
                    &mut self,
                    plugin_id: &str,
                    param_set_id: &str,
                    preset_id: &str,
                    param_name: &str,
                    login: &str,
                    password: &str,
                ) -> &mut DssUserSettings {
                    self.set_basic_plugin_credential(
                        plugin_id,
                        param_set_id,
                        preset_id,
                        param_name,
                        login,
                        password,
                    )
                }
            }
            impl super::handles::DssUserSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_oauth2_plugin_credential(
                    &mut self,
                    plugin_id: &str,
                    param_set_id: &str,
                    preset_id: &str,
                    param_name: &str,
                    refresh_token: &str,
                ) -> &mut DssUserSettings {
                    self.set_oauth2_plugin_credential(
                        plugin_id,
                        param_set_id,
                        preset_id,
                        param_name,
                        refresh_token,
                    )
                }
            }
            impl super::handles::DssUserSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_remove_plugin_credential(
                    &mut self,
                    plugin_id: &str,
                    param_set_id: &str,
                    preset_id: &str,
                    param_name: &str,
                ) -> &mut DssUserSettings {
                    self.remove_plugin_credential(
                        plugin_id,
                        param_set_id,
                        preset_id,
                        param_name,
                    )
                }
            }
            impl super::handles::DssUserSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_preferences(&mut self) -> UserPreferences<'_> {
                    self.preferences()
                }
            }
            impl super::handles::DssOwnUserSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_secret(
                    &mut self,
                    name: &str,
                    value: &str,
                ) -> &mut DssOwnUserSettings {
                    self.add_secret(name, value)
                }
            }
            impl super::handles::DssOwnUserSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_remove_secret(
                    &mut self,
                    name: &str,
                ) -> &mut DssOwnUserSettings {
                    self.remove_secret(name)
                }
            }
            impl super::handles::DssOwnUserSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_basic_connection_credential(
                    &mut self,
                    connection: &str,
                    login: &str,
                    password: &str,
                ) -> &mut DssOwnUserSettings {
                    self.set_basic_connection_credential(connection, login, password)
                }
            }
            impl super::handles::DssOwnUserSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_remove_connection_credential(
                    &mut self,
                    connection: &str,
                ) -> &mut DssOwnUserSettings {
                    self.remove_connection_credential(connection)
                }
            }
            impl super::handles::DssOwnUserSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_basic_plugin_credential(
                    &mut self,
                    plugin_id: &str,
                    param_set_id: &str,
                    preset_id: &str,
                    param_name: &str,
                    login: &str,
                    password: &str,
                ) -> &mut DssOwnUserSettings {
                    self.set_basic_plugin_credential(
                        plugin_id,
                        param_set_id,
                        preset_id,
                        param_name,
                        login,
                        password,
                    )
                }
            }
            impl super::handles::DssOwnUserSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_oauth2_plugin_credential(
                    &mut self,
                    plugin_id: &str,
                    param_set_id: &str,
                    preset_id: &str,
                    param_name: &str,
                    refresh_token: &str,
                ) -> &mut DssOwnUserSettings {
                    self.set_oauth2_plugin_credential(
                        plugin_id,
                        param_set_id,
                        preset_id,
                        param_name,
                        refresh_token,
                    )
                }
            }
            impl super::handles::DssOwnUserSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_remove_plugin_credential(
                    &mut self,
                    plugin_id: &str,
                    param_set_id: &str,
                    preset_id: &str,
                    param_name: &str,
                ) -> &mut DssOwnUserSettings {
                    self.remove_plugin_credential(
                        plugin_id,
                        param_set_id,
                        preset_id,
                        param_name,
                    )
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
                ("DssClient", "list_users") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_users();
                        let __endpoint = requests::ListUsers::ENDPOINT;
                        if let Some(__v) = args.opt_bool("include_settings")? {
                            __r = __r.include_settings(__v);
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
                ("DssClient", "create_user") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .create_user(args.str("login")?, args.str("password")?);
                        let __endpoint = requests::CreateUser::ENDPOINT;
                        if let Some(__v) = args.opt_str("display_name")? {
                            __r = __r.display_name(__v);
                        }
                        if let Some(__v) = args.opt_str("source_type")? {
                            __r = __r.source_type(__v);
                        }
                        if let Some(__v) = args.opt_strings("groups")? {
                            __r = __r.groups(__v);
                        }
                        if let Some(__v) = args.opt_str("profile")? {
                            __r = __r.profile(__v);
                        }
                        if let Some(__v) = args.opt_str("email")? {
                            __r = __r.email(__v);
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
                ("DssClient", "list_users_activity") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_users_activity();
                        let __endpoint = requests::ListUsersActivity::ENDPOINT;
                        if let Some(__v) = args.opt_bool("enabled_users_only")? {
                            __r = __r.enabled_users_only(__v);
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
                ("DssClient", "get_authorization_matrix") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_authorization_matrix();
                        let __endpoint = requests::GetAuthorizationMatrix::ENDPOINT;
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
                ("DssClient", "list_groups") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_groups();
                        let __endpoint = requests::ListGroups::ENDPOINT;
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
                ("DssClient", "create_group") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.create_group(args.str("name")?);
                        let __endpoint = requests::CreateGroup::ENDPOINT;
                        if let Some(__v) = args.opt_str("description")? {
                            __r = __r.description(__v);
                        }
                        if let Some(__v) = args.opt_str("source_type")? {
                            __r = __r.source_type(__v);
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
                ("DssUser", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_login] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssUser", ids)?;
                        let __owner = super::handles::DssUser {
                            client: ::core::clone::Clone::clone(client),
                            login: __id_login,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::UserGetSettings::ENDPOINT;
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
                ("DssUser", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_login] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssUser", ids)?;
                        let __owner = super::handles::DssUser {
                            client: ::core::clone::Clone::clone(client),
                            login: __id_login,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::UserDelete::ENDPOINT;
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
                ("DssUser", "get_activity") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_login] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssUser", ids)?;
                        let __owner = super::handles::DssUser {
                            client: ::core::clone::Clone::clone(client),
                            login: __id_login,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_activity();
                        let __endpoint = requests::UserGetActivity::ENDPOINT;
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
                ("DssUser", "get_info") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_login] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssUser", ids)?;
                        let __owner = super::handles::DssUser {
                            client: ::core::clone::Clone::clone(client),
                            login: __id_login,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_info();
                        let __endpoint = requests::UserGetInfo::ENDPOINT;
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
                ("DssUser", "get_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_login] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssUser", ids)?;
                        let __owner = super::handles::DssUser {
                            client: ::core::clone::Clone::clone(client),
                            login: __id_login,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_definition();
                        let __endpoint = requests::UserGetDefinition::ENDPOINT;
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
                ("DssUser", "set_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_login] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssUser", ids)?;
                        let __owner = super::handles::DssUser {
                            client: ::core::clone::Clone::clone(client),
                            login: __id_login,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_definition(args.json("definition")?);
                        let __endpoint = requests::UserSetDefinition::ENDPOINT;
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
                ("DssOwnUser", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<0usize>("DssOwnUser", ids)?;
                        let __owner = super::handles::DssOwnUser {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::OwnUserGetSettings::ENDPOINT;
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
                ("DssGroup", "get_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssGroup", ids)?;
                        let __owner = super::handles::DssGroup {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_definition();
                        let __endpoint = requests::GroupGetDefinition::ENDPOINT;
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
                ("DssGroup", "set_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssGroup", ids)?;
                        let __owner = super::handles::DssGroup {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_definition(args.json("definition")?);
                        let __endpoint = requests::GroupSetDefinition::ENDPOINT;
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
                ("DssGroup", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssGroup", ids)?;
                        let __owner = super::handles::DssGroup {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::GroupDelete::ENDPOINT;
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
                ("DssUserSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_login] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssUserSettings", ids)?;
                        let __owner = super::handles::DssUserSettings {
                            client: ::core::clone::Clone::clone(client),
                            login: __id_login,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::UserSettingsSave::ENDPOINT;
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
                ("DssOwnUserSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssOwnUserSettings", ids)?;
                        let __owner = super::handles::DssOwnUserSettings {
                            client: ::core::clone::Clone::clone(client),
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::OwnUserSettingsSave::ENDPOINT;
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
                "DssUserSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_login] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssUser", ids)?;
                        let __owner = super::handles::DssUser {
                            client: ::core::clone::Clone::clone(client),
                            login: __id_login,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssUserInfo" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_login] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssUser", ids)?;
                        let __owner = super::handles::DssUser {
                            client: ::core::clone::Clone::clone(client),
                            login: __id_login,
                        };
                        let mut __doc = __owner.get_info().send()?;
                        edit(__doc.raw_mut());
                        Ok(false)
                    })()
                }
                "DssOwnUserSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<0usize>("DssOwnUser", ids)?;
                        let __owner = super::handles::DssOwnUser {
                            client: ::core::clone::Clone::clone(client),
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
            let model: super::models::UserSummary = ::serde_json::from_str(
                    "{\"login\":\"plain\",\"displayName\":\"plain\",\"email\":\"plain\",\"groups\":[\"plain\"],\"userProfile\":\"plain\",\"enabled\":true,\"sourceType\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "UserSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "UserSummary"
            );
            checked += 1;
            let model: super::models::UserActivity = ::serde_json::from_str(
                    "{\"login\":\"plain\",\"lastSessionActivity\":1,\"lastSuccessfulLogin\":1,\"lastFailedLogin\":1,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "UserActivity")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "UserActivity"
            );
            checked += 1;
            let model: super::models::GroupSummary = ::serde_json::from_str(
                    "{\"name\":\"plain\",\"description\":\"plain\",\"sourceType\":\"plain\",\"admin\":true,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "GroupSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "GroupSummary"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssUser {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                login: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssUser"
            );
            checked += 1;
            let handle = super::handles::DssOwnUser {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssOwnUser"
            );
            checked += 1;
            let handle = super::handles::DssUserSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                login: ::std::string::String::from("plain"),
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
                "DssUserSettings"
            );
            checked += 1;
            let handle = super::handles::DssOwnUserSettings {
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
                "DssOwnUserSettings"
            );
            checked += 1;
            let handle = super::handles::DssUserInfo {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                login: ::std::string::String::from("plain"),
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
                "DssUserInfo"
            );
            checked += 1;
            let handle = super::handles::DssGroup {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                name: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssGroup"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
