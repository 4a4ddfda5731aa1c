// The expansion of `api_keys.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/api_keys.dss`.
pub mod spec_api_keys {
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
        /**A global API key: `key` is the secret (may be empty when unknown), `id`
names it in requests.*/
        #[derive(Clone)]
        pub struct DssGlobalApiKey {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) key: String,
            pub(crate) id: String,
        }
        impl DssGlobalApiKey {
            ///The `key` this handle holds (a secret: never shown by `Debug`).
            pub fn key(&self) -> &str {
                &self.key
            }
            ///The `id` this handle points at.
            pub fn id(&self) -> &str {
                &self.id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssGlobalApiKey {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssGlobalApiKey")
                    .field("key", &crate::rt::Redacted)
                    .field("id", &self.id)
                    .finish_non_exhaustive()
            }
        }
        ///A personal API key, named by its id (`key`, the secret, may be empty).
        #[derive(Clone)]
        pub struct DssPersonalApiKey {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) id: String,
            pub(crate) key: String,
        }
        impl DssPersonalApiKey {
            ///The `id` this handle points at.
            pub fn id(&self) -> &str {
                &self.id
            }
            ///The `key` this handle holds (a secret: never shown by `Debug`).
            pub fn key(&self) -> &str {
                &self.key
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssPersonalApiKey {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssPersonalApiKey")
                    .field("id", &self.id)
                    .field("key", &crate::rt::Redacted)
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
        ///A global API key as listed by `list_global_api_keys`.
        #[derive(Clone, PartialEq)]
        pub struct GlobalApiKeySummary {
            ///The key's id (what its handle's requests use).
            pub id: String,
            ///The secret key itself, when the server shows it.
            pub key: Option<String>,
            ///Label.
            pub label: Option<String>,
            ///Description.
            pub description: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for GlobalApiKeySummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = GlobalApiKeySummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `GlobalApiKeySummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<GlobalApiKeySummary, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_key: Option<String> = None;
                        let mut __m_label: Option<String> = None;
                        let mut __m_description: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "id" => {
                                    __m_id = Some(
                                        crate::rt::model::next_member(&mut __map, "id")?,
                                    );
                                }
                                "key" => {
                                    __m_key = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "key",
                                    )?;
                                }
                                "label" => {
                                    __m_label = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "label",
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
                        Ok(GlobalApiKeySummary {
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            key: __m_key,
                            label: __m_label,
                            description: __m_description,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for GlobalApiKeySummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "key",
                    &self.key,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "label",
                    &self.label,
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
        impl ::core::fmt::Debug for GlobalApiKeySummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("GlobalApiKeySummary")
                    .field("id", &self.id)
                    .field("key", &crate::rt::Redacted)
                    .field("label", &self.label)
                    .field("description", &self.description)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl GlobalApiKeySummary {
            ///The [`DssGlobalApiKey`](super::super::handles::DssGlobalApiKey) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssGlobalApiKey {
                {
                    let __f_key = ::core::clone::Clone::clone(&self.key)
                        .unwrap_or_default();
                    let __f_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssGlobalApiKey {
                        client: ::core::clone::Clone::clone(client),
                        key: __f_key,
                        id: __f_id,
                    }
                }
            }
        }
        /**A personal API key as listed by `list_personal_api_keys` (or created
by `create_personal_api_key`).*/
        #[derive(Clone, PartialEq)]
        pub struct PersonalApiKey {
            ///The key's id.
            pub id: String,
            ///The secret key itself, when the server shows it (on creation).
            pub key: Option<String>,
            ///Owner login.
            pub user: Option<String>,
            ///Label.
            pub label: Option<String>,
            ///Description.
            pub description: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for PersonalApiKey {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = PersonalApiKey;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `PersonalApiKey` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<PersonalApiKey, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_key: Option<String> = None;
                        let mut __m_user: Option<String> = None;
                        let mut __m_label: Option<String> = None;
                        let mut __m_description: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "id" => {
                                    __m_id = Some(
                                        crate::rt::model::next_member(&mut __map, "id")?,
                                    );
                                }
                                "key" => {
                                    __m_key = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "key",
                                    )?;
                                }
                                "user" => {
                                    __m_user = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "user",
                                    )?;
                                }
                                "label" => {
                                    __m_label = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "label",
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
                        Ok(PersonalApiKey {
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            key: __m_key,
                            user: __m_user,
                            label: __m_label,
                            description: __m_description,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for PersonalApiKey {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "key",
                    &self.key,
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
                    "label",
                    &self.label,
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
        impl ::core::fmt::Debug for PersonalApiKey {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("PersonalApiKey")
                    .field("id", &self.id)
                    .field("key", &crate::rt::Redacted)
                    .field("user", &self.user)
                    .field("label", &self.label)
                    .field("description", &self.description)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl PersonalApiKey {
            ///The [`DssPersonalApiKey`](super::super::handles::DssPersonalApiKey) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssPersonalApiKey {
                {
                    let __f_id = ::core::clone::Clone::clone(&self.id);
                    let __f_key = ::core::clone::Clone::clone(&self.key)
                        .unwrap_or_default();
                    super::super::handles::DssPersonalApiKey {
                        client: ::core::clone::Clone::clone(client),
                        id: __f_id,
                        key: __f_key,
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
        ///Request value of [`DssClient::list_global_api_keys`](crate::rt::DssClient::list_global_api_keys): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListGlobalApiKeys<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListGlobalApiKeys<'a> {
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
                __call.lit("/admin/global-api-keys/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListGlobalApiKeys, super::endpoints::LIST_GLOBAL_API_KEYS, json(Vec <
            GlobalApiKeySummary >,
            "Sends the request (`GET /admin/global-api-keys/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListGlobalApiKeys<'_> {}
        ///Request value of [`DssClient::get_global_api_key`](crate::rt::DssClient::get_global_api_key): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GetGlobalApiKey<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) key: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GetGlobalApiKey<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
                let Self { __owner, key, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/globalAPIKeys/");
                __call.segment("key", &key, true)?;
                Ok((__call, (key,)))
            }
            ///Sends the request (`GET /admin/globalAPIKeys/{key}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssGlobalApiKey, crate::rt::Error> {
                let (__call, (key,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_key = key;
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
            GetGlobalApiKey, super::endpoints::GET_GLOBAL_API_KEY, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GetGlobalApiKey<'_> {}
        ///Request value of [`DssClient::create_global_api_key`](crate::rt::DssClient::create_global_api_key): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateGlobalApiKey<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) label: Option<String>,
            pub(crate) description: Option<String>,
            pub(crate) admin: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateGlobalApiKey<'a> {
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
            /**Give the key admin rights.

Default: `false`. Sent as JSON member `globalPermissions.admin`.*/
            pub fn admin(mut self, admin: bool) -> Self {
                self.admin = admin;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, label, description, admin, __opts } = self;
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
                                    String::from("globalPermissions"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        __map
                                            .insert(
                                                String::from("admin"),
                                                ::serde_json::Value::from(admin),
                                            );
                                        ::serde_json::Value::Object(__map)
                                    },
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
            CreateGlobalApiKey, super::endpoints::CREATE_GLOBAL_API_KEY, send_as_checked
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateGlobalApiKey<'_> {}
        ///Request value of [`DssClient::list_personal_api_keys`](crate::rt::DssClient::list_personal_api_keys): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListPersonalApiKeys<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListPersonalApiKeys<'a> {
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
                __call.lit("/personal-api-keys/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListPersonalApiKeys, super::endpoints::LIST_PERSONAL_API_KEYS, json(Vec <
            PersonalApiKey >,
            "Sends the request (`GET /personal-api-keys/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListPersonalApiKeys<'_> {}
        ///Request value of [`DssClient::create_personal_api_key`](crate::rt::DssClient::create_personal_api_key): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreatePersonalApiKey<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) label: String,
            pub(crate) description: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreatePersonalApiKey<'a> {
            /**Label.

Default: ``. Sent as JSON member `label`.*/
            pub fn label(mut self, label: impl Into<String>) -> Self {
                self.label = label.into();
                self
            }
            /**Description.

Default: ``. Sent as JSON member `description`.*/
            pub fn description(mut self, description: impl Into<String>) -> Self {
                self.description = description.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, label, description, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/personal-api-keys/");
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
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /personal-api-keys/`) and returns the answer.
            pub fn send(self) -> Result<PersonalApiKey, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::check_messages(&__answer, Self::ENDPOINT)?;
                        crate::rt::decode_value::<
                            PersonalApiKey,
                        >(__answer, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            CreatePersonalApiKey, super::endpoints::CREATE_PERSONAL_API_KEY,
            send_as_checked
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreatePersonalApiKey<'_> {}
        ///Request value of [`DssClient::list_all_personal_api_keys`](crate::rt::DssClient::list_all_personal_api_keys): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListAllPersonalApiKeys<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListAllPersonalApiKeys<'a> {
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
                __call.lit("/admin/personal-api-keys/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListAllPersonalApiKeys, super::endpoints::LIST_ALL_PERSONAL_API_KEYS,
            json(Vec < PersonalApiKey >,
            "Sends the request (`GET /admin/personal-api-keys/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListAllPersonalApiKeys<'_> {}
        ///Request value of [`DssClient::create_personal_api_key_for_user`](crate::rt::DssClient::create_personal_api_key_for_user): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreatePersonalApiKeyForUser<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) user: String,
            pub(crate) label: String,
            pub(crate) description: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreatePersonalApiKeyForUser<'a> {
            /**Label.

Default: ``. Sent as JSON member `label`.*/
            pub fn label(mut self, label: impl Into<String>) -> Self {
                self.label = label.into();
                self
            }
            /**Description.

Default: ``. Sent as JSON member `description`.*/
            pub fn description(mut self, description: impl Into<String>) -> Self {
                self.description = description.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, user, label, description, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/personal-api-keys/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("user"),
                                    ::serde_json::Value::from(user),
                                );
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
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/personal-api-keys/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssPersonalApiKey, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        crate::rt::check_messages(&__answer, Self::ENDPOINT)?;
                        Ok({
                            let __f_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            let __f_key = crate::rt::answer_string_or_empty(
                                &__answer,
                                "key",
                            );
                            super::super::handles::DssPersonalApiKey {
                                client: ::core::clone::Clone::clone(__client),
                                id: __f_id,
                                key: __f_key,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            CreatePersonalApiKeyForUser,
            super::endpoints::CREATE_PERSONAL_API_KEY_FOR_USER, send_as_checked
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreatePersonalApiKeyForUser<'_> {}
        ///Request value of [`DssGlobalApiKey::get_definition`](super::super::handles::DssGlobalApiKey::get_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GlobalApiKeyGetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssGlobalApiKey,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GlobalApiKeyGetDefinition<'a> {
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
                __call.lit("/admin/global-api-keys/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GlobalApiKeyGetDefinition, super::endpoints::GLOBAL_API_KEY_GET_DEFINITION,
            json(Value,
            "Sends the request (`GET /admin/global-api-keys/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GlobalApiKeyGetDefinition<'_> {}
        ///Request value of [`DssGlobalApiKey::set_definition`](super::super::handles::DssGlobalApiKey::set_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GlobalApiKeySetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssGlobalApiKey,
            pub(crate) definition: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GlobalApiKeySetDefinition<'a> {
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
                __call.lit("/admin/global-api-keys/");
                __call.segment("id", &__owner.id, false)?;
                __call.json(&::serde_json::Value::from(definition))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GlobalApiKeySetDefinition, super::endpoints::GLOBAL_API_KEY_SET_DEFINITION,
            unit("Sends the request (`PUT /admin/global-api-keys/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GlobalApiKeySetDefinition<'_> {}
        ///Request value of [`DssGlobalApiKey::delete`](super::super::handles::DssGlobalApiKey::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct GlobalApiKeyDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssGlobalApiKey,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> GlobalApiKeyDelete<'a> {
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
                __call.lit("/admin/global-api-keys/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            GlobalApiKeyDelete, super::endpoints::GLOBAL_API_KEY_DELETE,
            unit("Sends the request (`DELETE /admin/global-api-keys/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for GlobalApiKeyDelete<'_> {}
        ///Request value of [`DssPersonalApiKey::get_definition`](super::super::handles::DssPersonalApiKey::get_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PersonalApiKeyGetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPersonalApiKey,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PersonalApiKeyGetDefinition<'a> {
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
                __call.lit("/personal-api-keys/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            PersonalApiKeyGetDefinition,
            super::endpoints::PERSONAL_API_KEY_GET_DEFINITION, json(Value,
            "Sends the request (`GET /personal-api-keys/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PersonalApiKeyGetDefinition<'_> {}
        ///Request value of [`DssPersonalApiKey::set_definition`](super::super::handles::DssPersonalApiKey::set_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PersonalApiKeySetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPersonalApiKey,
            pub(crate) definition: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PersonalApiKeySetDefinition<'a> {
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
                __call.lit("/personal-api-keys/");
                __call.segment("id", &__owner.id, false)?;
                __call.json(&::serde_json::Value::from(definition))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            PersonalApiKeySetDefinition,
            super::endpoints::PERSONAL_API_KEY_SET_DEFINITION,
            unit("Sends the request (`PUT /personal-api-keys/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PersonalApiKeySetDefinition<'_> {}
        ///Request value of [`DssPersonalApiKey::delete`](super::super::handles::DssPersonalApiKey::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PersonalApiKeyDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPersonalApiKey,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PersonalApiKeyDelete<'a> {
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
                __call.lit("/personal-api-keys/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            PersonalApiKeyDelete, super::endpoints::PERSONAL_API_KEY_DELETE,
            unit("Sends the request (`DELETE /personal-api-keys/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PersonalApiKeyDelete<'_> {}
        crate::rt::request_list!(
            ListGlobalApiKeys, GetGlobalApiKey, CreateGlobalApiKey, ListPersonalApiKeys,
            CreatePersonalApiKey, ListAllPersonalApiKeys, CreatePersonalApiKeyForUser,
            GlobalApiKeyGetDefinition, GlobalApiKeySetDefinition, GlobalApiKeyDelete,
            PersonalApiKeyGetDefinition, PersonalApiKeySetDefinition,
            PersonalApiKeyDelete
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_global_api_keys`.
        pub static LIST_GLOBAL_API_KEYS: Endpoint = Endpoint::new(
            "DssClient",
            "list_global_api_keys",
            crate::rt::Server::DSS,
            "Lists the global API keys (needs admin rights).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/global-api-keys/",
                    &[],
                    "ListGlobalApiKeys",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < GlobalApiKeySummary >"),
            [false, true, false],
        );
        ///`DssClient::get_global_api_key`.
        pub static GET_GLOBAL_API_KEY: Endpoint = Endpoint::new(
            "DssClient",
            "get_global_api_key",
            crate::rt::Server::DSS,
            "Looks up a global API key by its secret and returns a handle on it (holding the key's id from the answer).",
            &[Arg::new("key", "str", Presence::Required, Place::Path, true)],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/globalAPIKeys/{key}",
                    &[],
                    "GetGlobalApiKey",
                    [false, false, false, false, true],
                ),
            ),
            ResultKind::Handle("DssGlobalApiKey"),
            [false, true, false],
        );
        ///`DssClient::create_global_api_key`.
        pub static CREATE_GLOBAL_API_KEY: Endpoint = Endpoint::new(
            "DssClient",
            "create_global_api_key",
            crate::rt::Server::DSS,
            "Creates a global API key (needs admin rights) and returns a handle on it.",
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
                    "admin",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "globalPermissions.admin",
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
                    "CreateGlobalApiKey",
                    [false, false, false, true, false],
                ),
            ),
            ResultKind::Handle("DssGlobalApiKey"),
            [false, true, false],
        );
        ///`DssClient::list_personal_api_keys`.
        pub static LIST_PERSONAL_API_KEYS: Endpoint = Endpoint::new(
            "DssClient",
            "list_personal_api_keys",
            crate::rt::Server::DSS,
            "Lists the personal API keys of the authenticated user.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/personal-api-keys/",
                    &[],
                    "ListPersonalApiKeys",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < PersonalApiKey >"),
            [false, true, false],
        );
        ///`DssClient::get_personal_api_key`.
        pub static GET_PERSONAL_API_KEY: Endpoint = Endpoint::new(
            "DssClient",
            "get_personal_api_key",
            crate::rt::Server::DSS,
            "A handle on one personal API key.",
            &[Arg::new("id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssPersonalApiKey"),
            [false, true, false],
        );
        ///`DssClient::create_personal_api_key`.
        pub static CREATE_PERSONAL_API_KEY: Endpoint = Endpoint::new(
            "DssClient",
            "create_personal_api_key",
            crate::rt::Server::DSS,
            "Creates a personal API key for the authenticated user and returns it (the answer holds the secret `key`).",
            &[
                Arg::new(
                    "label",
                    "str",
                    Presence::Default(""),
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
                    Presence::Default(""),
                    Place::Member {
                        path: "description",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/personal-api-keys/",
                    &[],
                    "CreatePersonalApiKey",
                    [false, false, false, true, false],
                ),
            ),
            ResultKind::Json("PersonalApiKey"),
            [false, true, false],
        );
        ///`DssClient::list_all_personal_api_keys`.
        pub static LIST_ALL_PERSONAL_API_KEYS: Endpoint = Endpoint::new(
            "DssClient",
            "list_all_personal_api_keys",
            crate::rt::Server::DSS,
            "Lists every user's personal API keys (needs admin rights).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/personal-api-keys/",
                    &[],
                    "ListAllPersonalApiKeys",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < PersonalApiKey >"),
            [false, true, false],
        );
        ///`DssClient::create_personal_api_key_for_user`.
        pub static CREATE_PERSONAL_API_KEY_FOR_USER: Endpoint = Endpoint::new(
            "DssClient",
            "create_personal_api_key_for_user",
            crate::rt::Server::DSS,
            "Creates a personal API key on behalf of a user (needs admin rights) and returns a handle on it.",
            &[
                Arg::new(
                    "user",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "user",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "label",
                    "str",
                    Presence::Default(""),
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
                    Presence::Default(""),
                    Place::Member {
                        path: "description",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/personal-api-keys/",
                    &[],
                    "CreatePersonalApiKeyForUser",
                    [false, false, false, true, false],
                ),
            ),
            ResultKind::Handle("DssPersonalApiKey"),
            [false, true, false],
        );
        ///`DssGlobalApiKey::get_definition`.
        pub static GLOBAL_API_KEY_GET_DEFINITION: Endpoint = Endpoint::new(
            "DssGlobalApiKey",
            "get_definition",
            crate::rt::Server::DSS,
            "Reads the key's definition.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/global-api-keys/{id}",
                    &[],
                    "GlobalApiKeyGetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssGlobalApiKey::set_definition`.
        pub static GLOBAL_API_KEY_SET_DEFINITION: Endpoint = Endpoint::new(
            "DssGlobalApiKey",
            "set_definition",
            crate::rt::Server::DSS,
            "Saves the key's definition, as read by `get_definition` and changed.",
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
                    "/admin/global-api-keys/{id}",
                    &[],
                    "GlobalApiKeySetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssGlobalApiKey::delete`.
        pub static GLOBAL_API_KEY_DELETE: Endpoint = Endpoint::new(
            "DssGlobalApiKey",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the key.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/admin/global-api-keys/{id}",
                    &[],
                    "GlobalApiKeyDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssPersonalApiKey::get_definition`.
        pub static PERSONAL_API_KEY_GET_DEFINITION: Endpoint = Endpoint::new(
            "DssPersonalApiKey",
            "get_definition",
            crate::rt::Server::DSS,
            "Reads the key's definition (as sent, like dataikuapi).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/personal-api-keys/{id}",
                    &[],
                    "PersonalApiKeyGetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssPersonalApiKey::set_definition`.
        pub static PERSONAL_API_KEY_SET_DEFINITION: Endpoint = Endpoint::new(
            "DssPersonalApiKey",
            "set_definition",
            crate::rt::Server::DSS,
            "Saves the key's definition.",
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
                    "/personal-api-keys/{id}",
                    &[],
                    "PersonalApiKeySetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssPersonalApiKey::delete`.
        pub static PERSONAL_API_KEY_DELETE: Endpoint = Endpoint::new(
            "DssPersonalApiKey",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the key.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/personal-api-keys/{id}",
                    &[],
                    "PersonalApiKeyDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::LIST_GLOBAL_API_KEYS,
        &endpoints::GET_GLOBAL_API_KEY,
        &endpoints::CREATE_GLOBAL_API_KEY,
        &endpoints::LIST_PERSONAL_API_KEYS,
        &endpoints::GET_PERSONAL_API_KEY,
        &endpoints::CREATE_PERSONAL_API_KEY,
        &endpoints::LIST_ALL_PERSONAL_API_KEYS,
        &endpoints::CREATE_PERSONAL_API_KEY_FOR_USER,
        &endpoints::GLOBAL_API_KEY_GET_DEFINITION,
        &endpoints::GLOBAL_API_KEY_SET_DEFINITION,
        &endpoints::GLOBAL_API_KEY_DELETE,
        &endpoints::PERSONAL_API_KEY_GET_DEFINITION,
        &endpoints::PERSONAL_API_KEY_SET_DEFINITION,
        &endpoints::PERSONAL_API_KEY_DELETE,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssGlobalApiKey",
                doc: "A global API key: `key` is the secret (may be empty when unknown), `id` names it in requests.",
                fields: &[
                    HandleField {
                        name: "key",
                        ty: None,
                        secret: true,
                    },
                    HandleField {
                        name: "id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssPersonalApiKey",
                doc: "A personal API key, named by its id (`key`, the secret, may be empty).",
                fields: &[
                    HandleField {
                        name: "id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "key",
                        ty: None,
                        secret: true,
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
                name: "GlobalApiKeySummary",
                doc: "A global API key as listed by `list_global_api_keys`.",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "key",
                        wire: "key",
                        ty: "Option < String >",
                        optional: true,
                        secret: true,
                    },
                    ModelMember {
                        name: "label",
                        wire: "label",
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
                handle: Some("DssGlobalApiKey"),
            },
            Model {
                name: "PersonalApiKey",
                doc: "A personal API key as listed by `list_personal_api_keys` (or created by `create_personal_api_key`).",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "key",
                        wire: "key",
                        ty: "Option < String >",
                        optional: true,
                        secret: true,
                    },
                    ModelMember {
                        name: "user",
                        wire: "user",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "label",
                        wire: "label",
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
                handle: Some("DssPersonalApiKey"),
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Lists the global API keys (needs admin rights).

`GET /admin/global-api-keys/`

Returns a [`ListGlobalApiKeys`](requests::ListGlobalApiKeys) request; nothing is sent until `.send()`.*/
        pub fn list_global_api_keys(&self) -> requests::ListGlobalApiKeys<'_> {
            requests::ListGlobalApiKeys {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Looks up a global API key by its secret and returns a handle on it
(holding the key's id from the answer).

`GET /admin/globalAPIKeys/{key}`

Arguments:
- `key`: Sent as a path segment.

Returns a [`GetGlobalApiKey`](requests::GetGlobalApiKey) request; nothing is sent until `.send()`.*/
        pub fn get_global_api_key(
            &self,
            key: impl Into<String>,
        ) -> requests::GetGlobalApiKey<'_> {
            requests::GetGlobalApiKey {
                __owner: self,
                key: key.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a global API key (needs admin rights) and returns a handle on
it. A failure DSS reports in its answer is an error.

`POST /admin/global-api-keys/`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `label`: Unset by default (then sent as `null`). Sent as JSON member `label`.
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.
- `admin`: Default: `false`. Sent as JSON member `globalPermissions.admin`.

Returns a [`CreateGlobalApiKey`](requests::CreateGlobalApiKey) request; nothing is sent until `.send()`.*/
        pub fn create_global_api_key(&self) -> requests::CreateGlobalApiKey<'_> {
            requests::CreateGlobalApiKey {
                __owner: self,
                label: None,
                description: None,
                admin: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the personal API keys of the authenticated user.

`GET /personal-api-keys/`

Returns a [`ListPersonalApiKeys`](requests::ListPersonalApiKeys) request; nothing is sent until `.send()`.*/
        pub fn list_personal_api_keys(&self) -> requests::ListPersonalApiKeys<'_> {
            requests::ListPersonalApiKeys {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one personal API key.

Builds a handle; sends no request.*/
        pub fn get_personal_api_key(
            &self,
            id: impl Into<String>,
        ) -> super::handles::DssPersonalApiKey {
            let id = id.into();
            {
                let __f_id = id;
                let __f_key = String::from("");
                super::handles::DssPersonalApiKey {
                    client: ::core::clone::Clone::clone(self),
                    id: __f_id,
                    key: __f_key,
                }
            }
        }
        /**Creates a personal API key for the authenticated user and returns it
(the answer holds the secret `key`).

`POST /personal-api-keys/`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `label`: Default: ``. Sent as JSON member `label`.
- `description`: Default: ``. Sent as JSON member `description`.

Returns a [`CreatePersonalApiKey`](requests::CreatePersonalApiKey) request; nothing is sent until `.send()`.*/
        pub fn create_personal_api_key(&self) -> requests::CreatePersonalApiKey<'_> {
            requests::CreatePersonalApiKey {
                __owner: self,
                label: String::from(""),
                description: String::from(""),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists every user's personal API keys (needs admin rights).

`GET /admin/personal-api-keys/`

Returns a [`ListAllPersonalApiKeys`](requests::ListAllPersonalApiKeys) request; nothing is sent until `.send()`.*/
        pub fn list_all_personal_api_keys(
            &self,
        ) -> requests::ListAllPersonalApiKeys<'_> {
            requests::ListAllPersonalApiKeys {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a personal API key on behalf of a user (needs admin rights)
and returns a handle on it.

`POST /admin/personal-api-keys/`

Never retried: sending it twice could do the work twice.

Arguments:
- `user`: Login of the user the key acts as. Sent as JSON member `user`.

Optional arguments, set by name on the returned request:
- `label`: Default: ``. Sent as JSON member `label`.
- `description`: Default: ``. Sent as JSON member `description`.

Returns a [`CreatePersonalApiKeyForUser`](requests::CreatePersonalApiKeyForUser) request; nothing is sent until `.send()`.*/
        pub fn create_personal_api_key_for_user(
            &self,
            user: impl Into<String>,
        ) -> requests::CreatePersonalApiKeyForUser<'_> {
            requests::CreatePersonalApiKeyForUser {
                __owner: self,
                user: user.into(),
                label: String::from(""),
                description: String::from(""),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssGlobalApiKey {
        /**Reads the key's definition.

`GET /admin/global-api-keys/{id}`

Returns a [`GlobalApiKeyGetDefinition`](requests::GlobalApiKeyGetDefinition) request; nothing is sent until `.send()`.*/
        pub fn get_definition(&self) -> requests::GlobalApiKeyGetDefinition<'_> {
            requests::GlobalApiKeyGetDefinition {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the key's definition, as read by `get_definition` and changed.

`PUT /admin/global-api-keys/{id}`

Arguments:
- `definition`: Sent as the JSON body.

Returns a [`GlobalApiKeySetDefinition`](requests::GlobalApiKeySetDefinition) request; nothing is sent until `.send()`.*/
        pub fn set_definition(
            &self,
            definition: impl Into<::serde_json::Value>,
        ) -> requests::GlobalApiKeySetDefinition<'_> {
            requests::GlobalApiKeySetDefinition {
                __owner: self,
                definition: definition.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the key.

`DELETE /admin/global-api-keys/{id}`

Returns a [`GlobalApiKeyDelete`](requests::GlobalApiKeyDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::GlobalApiKeyDelete<'_> {
            requests::GlobalApiKeyDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssPersonalApiKey {
        /**Reads the key's definition (as sent, like dataikuapi).

`GET /personal-api-keys/{id}`

Returns a [`PersonalApiKeyGetDefinition`](requests::PersonalApiKeyGetDefinition) request; nothing is sent until `.send()`.*/
        pub fn get_definition(&self) -> requests::PersonalApiKeyGetDefinition<'_> {
            requests::PersonalApiKeyGetDefinition {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the key's definition.

`PUT /personal-api-keys/{id}`

Arguments:
- `definition`: Sent as the JSON body.

Returns a [`PersonalApiKeySetDefinition`](requests::PersonalApiKeySetDefinition) request; nothing is sent until `.send()`.*/
        pub fn set_definition(
            &self,
            definition: impl Into<::serde_json::Value>,
        ) -> requests::PersonalApiKeySetDefinition<'_> {
            requests::PersonalApiKeySetDefinition {
                __owner: self,
                definition: definition.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the key.

`DELETE /personal-api-keys/{id}`

Returns a [`PersonalApiKeyDelete`](requests::PersonalApiKeyDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::PersonalApiKeyDelete<'_> {
            requests::PersonalApiKeyDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
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
                ("DssClient", "list_global_api_keys") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_global_api_keys();
                        let __endpoint = requests::ListGlobalApiKeys::ENDPOINT;
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
                ("DssClient", "get_global_api_key") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.get_global_api_key(args.str("key")?);
                        let __endpoint = requests::GetGlobalApiKey::ENDPOINT;
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
                ("DssClient", "create_global_api_key") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.create_global_api_key();
                        let __endpoint = requests::CreateGlobalApiKey::ENDPOINT;
                        if let Some(__v) = args.opt_str("label")? {
                            __r = __r.label(__v);
                        }
                        if let Some(__v) = args.opt_str("description")? {
                            __r = __r.description(__v);
                        }
                        if let Some(__v) = args.opt_bool("admin")? {
                            __r = __r.admin(__v);
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
                ("DssClient", "list_personal_api_keys") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_personal_api_keys();
                        let __endpoint = requests::ListPersonalApiKeys::ENDPOINT;
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
                ("DssClient", "create_personal_api_key") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.create_personal_api_key();
                        let __endpoint = requests::CreatePersonalApiKey::ENDPOINT;
                        if let Some(__v) = args.opt_str("label")? {
                            __r = __r.label(__v);
                        }
                        if let Some(__v) = args.opt_str("description")? {
                            __r = __r.description(__v);
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
                ("DssClient", "list_all_personal_api_keys") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_all_personal_api_keys();
                        let __endpoint = requests::ListAllPersonalApiKeys::ENDPOINT;
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
                ("DssClient", "create_personal_api_key_for_user") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .create_personal_api_key_for_user(args.str("user")?);
                        let __endpoint = requests::CreatePersonalApiKeyForUser::ENDPOINT;
                        if let Some(__v) = args.opt_str("label")? {
                            __r = __r.label(__v);
                        }
                        if let Some(__v) = args.opt_str("description")? {
                            __r = __r.description(__v);
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
                ("DssGlobalApiKey", "get_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssGlobalApiKey", ids)?;
                        let __owner = super::handles::DssGlobalApiKey {
                            client: ::core::clone::Clone::clone(client),
                            key: __id_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_definition();
                        let __endpoint = requests::GlobalApiKeyGetDefinition::ENDPOINT;
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
                ("DssGlobalApiKey", "set_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssGlobalApiKey", ids)?;
                        let __owner = super::handles::DssGlobalApiKey {
                            client: ::core::clone::Clone::clone(client),
                            key: __id_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_definition(args.json("definition")?);
                        let __endpoint = requests::GlobalApiKeySetDefinition::ENDPOINT;
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
                ("DssGlobalApiKey", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssGlobalApiKey", ids)?;
                        let __owner = super::handles::DssGlobalApiKey {
                            client: ::core::clone::Clone::clone(client),
                            key: __id_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::GlobalApiKeyDelete::ENDPOINT;
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
                ("DssPersonalApiKey", "get_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id, __id_key] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssPersonalApiKey", ids)?;
                        let __owner = super::handles::DssPersonalApiKey {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                            key: __id_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_definition();
                        let __endpoint = requests::PersonalApiKeyGetDefinition::ENDPOINT;
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
                ("DssPersonalApiKey", "set_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id, __id_key] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssPersonalApiKey", ids)?;
                        let __owner = super::handles::DssPersonalApiKey {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                            key: __id_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_definition(args.json("definition")?);
                        let __endpoint = requests::PersonalApiKeySetDefinition::ENDPOINT;
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
                ("DssPersonalApiKey", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id, __id_key] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssPersonalApiKey", ids)?;
                        let __owner = super::handles::DssPersonalApiKey {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                            key: __id_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::PersonalApiKeyDelete::ENDPOINT;
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
            let model: super::models::GlobalApiKeySummary = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"key\":\"SECRET-0b7c2f\",\"label\":\"plain\",\"description\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "GlobalApiKeySummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "GlobalApiKeySummary"
            );
            checked += 1;
            let model: super::models::PersonalApiKey = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"key\":\"SECRET-0b7c2f\",\"user\":\"plain\",\"label\":\"plain\",\"description\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "PersonalApiKey")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "PersonalApiKey"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssGlobalApiKey {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                key: ::std::string::String::from("SECRET-0b7c2f"),
                id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssGlobalApiKey"
            );
            checked += 1;
            let handle = super::handles::DssPersonalApiKey {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                id: ::std::string::String::from("plain"),
                key: ::std::string::String::from("SECRET-0b7c2f"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssPersonalApiKey"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
