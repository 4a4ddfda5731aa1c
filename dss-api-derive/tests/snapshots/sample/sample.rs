// The expansion of `sample.dss`, as generated from `tests/fixtures/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `tests/fixtures/sample.dss`.
pub mod spec_sample {
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
        ///A thing, named by id; `secret_token` is never shown by `Debug`.
        #[derive(Clone)]
        pub struct DssThing {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) thing_id: String,
            pub(crate) secret_token: String,
            pub(crate) state: Option<ThingState>,
        }
        impl DssThing {
            ///The `thing_id` this handle points at.
            pub fn thing_id(&self) -> &str {
                &self.thing_id
            }
            ///The `secret_token` this handle holds (a secret: never shown by `Debug`).
            pub fn secret_token(&self) -> &str {
                &self.secret_token
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssThing {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssThing")
                    .field("thing_id", &self.thing_id)
                    .field("secret_token", &crate::rt::Redacted)
                    .finish_non_exhaustive()
            }
        }
        ///A file of a thing.
        #[derive(Clone)]
        pub struct DssThingFile {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) thing_id: String,
            pub(crate) path: String,
            pub(crate) schema: Vec<ThingColumn>,
        }
        impl DssThingFile {
            ///The `thing_id` this handle points at.
            pub fn thing_id(&self) -> &str {
                &self.thing_id
            }
            ///The `path` this handle points at.
            pub fn path(&self) -> &str {
                &self.path
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssThingFile {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssThingFile")
                    .field("thing_id", &self.thing_id)
                    .field("path", &self.path)
                    .finish_non_exhaustive()
            }
        }
        /**The task handle `future` and `wait<T>` results build, from the answer
that describes a task.*/
        #[derive(Clone)]
        pub struct DssFuture {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) job_id: String,
            pub(crate) state: Option<FutureState>,
        }
        impl DssFuture {
            ///The `job_id` this handle points at.
            pub fn job_id(&self) -> &str {
                &self.job_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssFuture {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssFuture")
                    .field("job_id", &self.job_id)
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
        ///A long task's state.
        #[derive(Clone, PartialEq)]
        pub struct FutureState {
            ///Its id.
            pub job_id: Option<String>,
            ///Still running.
            pub alive: bool,
            ///Has a result.
            pub has_result: bool,
            ///The result.
            pub result: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for FutureState {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = FutureState;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `FutureState` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<FutureState, __A::Error> {
                        let mut __m_job_id: Option<String> = None;
                        let mut __m_alive: Option<bool> = None;
                        let mut __m_has_result: Option<bool> = None;
                        let mut __m_result: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "jobId" => {
                                    __m_job_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "jobId",
                                    )?;
                                }
                                "alive" => {
                                    __m_alive = Some(
                                        crate::rt::model::next_member(&mut __map, "alive")?,
                                    );
                                }
                                "hasResult" => {
                                    __m_has_result = Some(
                                        crate::rt::model::next_member(&mut __map, "hasResult")?,
                                    );
                                }
                                "result" => {
                                    __m_result = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "result",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(FutureState {
                            job_id: __m_job_id,
                            alive: __m_alive.unwrap_or_default(),
                            has_result: __m_has_result.unwrap_or_default(),
                            result: __m_result,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for FutureState {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "jobId",
                    &self.job_id,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "alive",
                    &self.alive,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "hasResult",
                    &self.has_result,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "result",
                    &self.result,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for FutureState {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("FutureState")
                    .field("job_id", &self.job_id)
                    .field("alive", &self.alive)
                    .field("has_result", &self.has_result)
                    .field("result", &self.result)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl FutureState {}
        ///A thing as listed.
        #[derive(Clone, PartialEq)]
        pub struct ThingSummary {
            ///Its id.
            pub thing_id: String,
            ///Its type (a keyword as a member name).
            pub r#type: Option<String>,
            ///A secret member.
            pub token: Option<String>,
            ///Counted, zero when absent.
            pub count: i64,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ThingSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ThingSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ThingSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ThingSummary, __A::Error> {
                        let mut __m_thing_id: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_token: Option<String> = None;
                        let mut __m_count: Option<i64> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "thingId" => {
                                    __m_thing_id = Some(
                                        crate::rt::model::next_member(&mut __map, "thingId")?,
                                    );
                                }
                                "type" => {
                                    __m_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "type",
                                    )?;
                                }
                                "token" => {
                                    __m_token = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "token",
                                    )?;
                                }
                                "count" => {
                                    __m_count = Some(
                                        crate::rt::model::next_member(&mut __map, "count")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ThingSummary {
                            thing_id: match __m_thing_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("thingId"),
                                    );
                                }
                            },
                            r#type: __m_type,
                            token: __m_token,
                            count: __m_count.unwrap_or_default(),
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ThingSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "thingId",
                    &self.thing_id,
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
                    "token",
                    &self.token,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "count",
                    &self.count,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ThingSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ThingSummary")
                    .field("thing_id", &self.thing_id)
                    .field("type", &self.r#type)
                    .field("token", &crate::rt::Redacted)
                    .field("count", &self.count)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ThingSummary {
            ///The [`DssThing`](super::super::handles::DssThing) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssThing {
                {
                    let __f_thing_id = ::core::clone::Clone::clone(&self.thing_id);
                    let __f_secret_token = ::core::clone::Clone::clone(&self.token)
                        .unwrap_or_default();
                    let __f_state = ::core::default::Default::default();
                    super::super::handles::DssThing {
                        client: ::core::clone::Clone::clone(client),
                        thing_id: __f_thing_id,
                        secret_token: __f_secret_token,
                        state: __f_state,
                    }
                }
            }
        }
        ///A thing's state.
        #[derive(Clone, PartialEq)]
        pub struct ThingState {
            ///Label.
            pub label: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ThingState {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ThingState;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ThingState` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ThingState, __A::Error> {
                        let mut __m_label: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "label" => {
                                    __m_label = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "label",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ThingState {
                            label: __m_label,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ThingState {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "label",
                    &self.label,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ThingState {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ThingState")
                    .field("label", &self.label)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ThingState {}
        ///A column.
        #[derive(Clone, PartialEq)]
        pub struct ThingColumn {
            ///Name.
            pub name: String,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ThingColumn {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ThingColumn;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ThingColumn` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ThingColumn, __A::Error> {
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
                        Ok(ThingColumn {
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
        impl ::serde::Serialize for ThingColumn {
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
        impl ::core::fmt::Debug for ThingColumn {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ThingColumn")
                    .field("name", &self.name)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ThingColumn {}
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
        ///Request value of [`DssClient::list_things`](crate::rt::DssClient::list_things): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListThings<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) all: bool,
            pub(crate) tags: Option<Vec<String>>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListThings<'a> {
            /**Include hidden ones.

Default: `false`. Sent as query parameter `all`.*/
            pub fn all(mut self, all: bool) -> Self {
                self.all = all;
                self
            }
            /**Only these tags (repeated key).

Unset by default (then left out). Sent as query parameter `tag`, repeated for each item.*/
            pub fn tags(
                mut self,
                tags: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.tags = Some(tags.into_iter().map(Into::into).collect());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, all, tags, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/things/");
                __call.query("all", &all);
                __call.query("kind", "x");
                __call.query("tag", &tags);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListThings, super::endpoints::LIST_THINGS, json(Vec < ThingSummary >,
            "Sends the request (`GET /things/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListThings<'_> {}
        ///Request value of [`DssClient::list_thing_ids`](crate::rt::DssClient::list_thing_ids): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListThingIds<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListThingIds<'a> {
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
                __call.lit("/things/");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /things/`) and returns the answer.
            pub fn send(self) -> Result<Vec<String>, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<
                            Vec<String>,
                        >(__answer, "thingId", true, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            ListThingIds, super::endpoints::LIST_THING_IDS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListThingIds<'_> {}
        ///Request value of [`DssClient::count_things`](crate::rt::DssClient::count_things): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CountThings<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CountThings<'a> {
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
                __call.lit("/things/count");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /things/count`) and returns the answer.
            pub fn send(self) -> Result<i64, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<i64>(__answer, "count", false, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(CountThings, super::endpoints::COUNT_THINGS, send_as);
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CountThings<'_> {}
        ///Request value of [`DssClient::create_thing`](crate::rt::DssClient::create_thing): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateThing<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) thing_id: String,
            pub(crate) params: ::serde_json::Value,
            pub(crate) labels: Vec<String>,
            pub(crate) note: Option<String>,
            pub(crate) values: ::serde_json::Value,
            pub(crate) password: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateThing<'a> {
            /**Sets `params`.

Default: `{}`. Sent as the members of the JSON body.*/
            pub fn params(mut self, params: impl Into<::serde_json::Value>) -> Self {
                self.params = params.into();
                self
            }
            /**Sets `labels`.

Default: `[]`. Sent as JSON member `thingLabels`.*/
            pub fn labels(
                mut self,
                labels: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.labels = labels.into_iter().map(Into::into).collect();
                self
            }
            /**Sets `note`.

Unset by default (then left out). Sent as JSON member `nested.note`.*/
            pub fn note(mut self, note: impl Into<String>) -> Self {
                self.note = Some(note.into());
                self
            }
            /**Sets `values`.

Default: `[]`. Sent as JSON member `entries`, converted by `meaning_entries`.*/
            pub fn values(mut self, values: impl Into<::serde_json::Value>) -> Self {
                self.values = values.into();
                self
            }
            /**Sets `password`.

Unset by default (then sent as `null`). Sent as JSON member `password`.*/
            pub fn password(mut self, password: impl Into<String>) -> Self {
                self.password = Some(password.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
                let Self {
                    __owner,
                    thing_id,
                    params,
                    labels,
                    note,
                    values,
                    password,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/things/");
                __call.segment("thing_id", &thing_id, false)?;
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            crate::rt::spread(&mut __map, "params", params)?;
                            __map
                                .insert(
                                    String::from("thingLabels"),
                                    ::serde_json::Value::from(labels),
                                );
                            __map
                                .insert(
                                    String::from("nested"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        let __v = ::serde_json::Value::from(note);
                                        if !__v.is_null() {
                                            __map.insert(String::from("note"), __v);
                                        }
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            __map
                                .insert(
                                    String::from("entries"),
                                    crate::rt::convert::meaning_entries(
                                        ::serde_json::Value::from(values),
                                        "values",
                                    )?,
                                );
                            __map
                                .insert(
                                    String::from("password"),
                                    ::serde_json::Value::from(password),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (thing_id,)))
            }
            ///Sends the request (`POST /things/{thing_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssThing, crate::rt::Error> {
                let (__call, (thing_id,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let mut __answer: Value = __call.send_json()?;
                        crate::rt::check_messages(&__answer, Self::ENDPOINT)?;
                        Ok({
                            let __f_thing_id = thing_id;
                            let __f_secret_token = crate::rt::answer_string_or_empty(
                                &__answer,
                                "token",
                            );
                            let __f_state = crate::rt::answer_member(
                                &mut __answer,
                                "state",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssThing {
                                client: ::core::clone::Clone::clone(__client),
                                thing_id: __f_thing_id,
                                secret_token: __f_secret_token,
                                state: __f_state,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            CreateThing, super::endpoints::CREATE_THING, send_as_checked
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateThing<'_> {}
        ///Request value of [`DssClient::import_thing`](crate::rt::DssClient::import_thing): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ImportThing<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) settings: Option<::serde_json::Value>,
            pub(crate) space: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ImportThing<'a> {
            /**Sets `settings`.

Unset by default (then sent as `null`). Sent as the JSON body, converted by `import_settings`.*/
            pub fn settings(mut self, settings: impl Into<::serde_json::Value>) -> Self {
                self.settings = Some(settings.into());
                self
            }
            /**Sets `space`.

Default: the `DKU_SPACE` environment variable (an error if it is unset too). Sent as a path segment.*/
            pub fn space(mut self, space: impl Into<String>) -> Self {
                self.space = Some(space.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, settings, space, __opts } = self;
                let space = match space {
                    Some(v) => v,
                    None => crate::rt::env_value("DKU_SPACE", "space")?,
                };
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/spaces/");
                __call.segment("space", &space, false)?;
                __call.lit("/import");
                let __body = crate::rt::convert::import_settings(
                    ::serde_json::Value::from(settings),
                    "settings",
                )?;
                if !__body.is_null() {
                    __call.json(&__body)?;
                }
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ImportThing, super::endpoints::IMPORT_THING, json(Value,
            "Sends the request (`POST /spaces/{space}/import`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ImportThing<'_> {}
        ///Request value of [`DssClient::upload_thing`](crate::rt::DssClient::upload_thing): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct UploadThing<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) fp: crate::rt::Upload,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> UploadThing<'a> {
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
                __call.lit("/things/upload");
                __call.upload("thing.zip", fp);
                Ok((__call, ()))
            }
            ///Sends the request (`POST /things/upload`) and returns the answer.
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
        crate::rt::request_common!(UploadThing, super::endpoints::UPLOAD_THING, send_as);
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for UploadThing<'_> {}
        ///Request value of [`DssClient::upload_named`](crate::rt::DssClient::upload_named): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct UploadNamed<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) fp: crate::rt::Upload,
            pub(crate) file_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> UploadNamed<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, fp, file_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/things/upload-named");
                __call.upload(file_name, fp);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            UploadNamed, super::endpoints::UPLOAD_NAMED,
            unit("Sends the request (`POST /things/upload-named`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for UploadNamed<'_> {}
        ///Request value of [`DssClient::find_things`](crate::rt::DssClient::find_things): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct FindThings<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) kind: String,
            pub(crate) page: i64,
            pub(crate) filter: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> FindThings<'a> {
            /**Sets `page`.

Default: `1`. Sent as query parameter `at`.*/
            pub fn page(mut self, page: i64) -> Self {
                self.page = page;
                self
            }
            /**Sets `filter`.

Unset by default (then left out). Sent as query parameter `filter`.*/
            pub fn filter(mut self, filter: impl Into<::serde_json::Value>) -> Self {
                self.filter = Some(filter.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, kind, page, filter, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/things/find");
                __call
                    .query(
                        "at",
                        &{
                            let mut __s = ::std::string::String::new();
                            __s.push_str("/kinds/");
                            __s.push_str(&kind);
                            __s.push_str("/");
                            __s.push_str(&page.to_string());
                            __s
                        },
                    );
                __call.query("kind", &kind);
                __call
                    .query(
                        "filter",
                        crate::rt::query_text(
                            crate::rt::convert::json_text(
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&filter),
                                ),
                                "filter",
                            )?,
                        ),
                    );
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            FindThings, super::endpoints::FIND_THINGS, json(Value,
            "Sends the request (`GET /things/find`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for FindThings<'_> {}
        ///Request value of [`DssClient::rebuild`](crate::rt::DssClient::rebuild): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct Rebuild<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) force: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> Rebuild<'a> {
            /**Sets `force`.

Default: `false`. Sent as query parameter `force`.*/
            pub fn force(mut self, force: bool) -> Self {
                self.force = force;
                self
            }
            fn __prepare(
                self,
                __start: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, force, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/things/rebuild");
                __call.query("force", &force);
                __call.query("wait", if __start { "false" } else { "true" });
                Ok((__call, ()))
            }
            ///Sends the request (`POST /things/rebuild`) and returns the answer.
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
        crate::rt::request_common!(Rebuild, super::endpoints::REBUILD, send_as_checked);
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for Rebuild<'_> {}
        ///Request value of [`DssThing::download`](super::super::handles::DssThing::download): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ThingDownload<'a> {
            pub(crate) __owner: &'a super::super::handles::DssThing,
            pub(crate) out: &'a mut dyn ::std::io::Write,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ThingDownload<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a mut dyn ::std::io::Write,)),
                crate::rt::Error,
            > {
                let Self { __owner, out, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/things/");
                __call.segment("thing_id", &__owner.thing_id, false)?;
                __call.lit("/download");
                Ok((__call, (out,)))
            }
            ///Sends the request (`GET /things/{thing_id}/download`) and returns the answer.
            pub fn send(self) -> Result<u64, crate::rt::Error> {
                let (__call, (out,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| { __call.send_stream()?.copy_to(out) },
                )
            }
        }
        crate::rt::request_common!(
            ThingDownload, super::endpoints::THING_DOWNLOAD, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ThingDownload<'_> {}
        ///Request value of [`DssThing::save`](super::super::handles::DssThing::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ThingSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssThing,
            pub(crate) path: ::std::path::PathBuf,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ThingSave<'a> {
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
                __call.lit("/things/");
                __call.segment("thing_id", &__owner.thing_id, false)?;
                __call.lit("/download");
                Ok((__call, (path,)))
            }
            ///Sends the request (`GET /things/{thing_id}/download`) and returns the answer.
            pub fn send(self) -> Result<u64, crate::rt::Error> {
                let (__call, (path,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| { __call.send_stream()?.save_to(path) },
                )
            }
        }
        crate::rt::request_common!(ThingSave, super::endpoints::THING_SAVE, plain);
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ThingSave<'_> {}
        ///Request value of [`DssThing::export`](super::super::handles::DssThing::export): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ThingExport<'a> {
            pub(crate) __owner: &'a super::super::handles::DssThing,
            pub(crate) options: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ThingExport<'a> {
            /**Sets `options`.

Default: `{}`. Sent as the JSON body.*/
            pub fn options(mut self, options: impl Into<::serde_json::Value>) -> Self {
                self.options = options.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, options, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/things/");
                __call.segment("thing_id", &__owner.thing_id, false)?;
                __call.lit("/export");
                __call.json(&::serde_json::Value::from(options))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ThingExport, super::endpoints::THING_EXPORT,
            stream("Sends the request (`POST /things/{thing_id}/export`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ThingExport<'_> {}
        ///Request value of [`DssThing::log`](super::super::handles::DssThing::log): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ThingLog<'a> {
            pub(crate) __owner: &'a super::super::handles::DssThing,
            pub(crate) index: i64,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ThingLog<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, index, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/things/");
                __call.segment("thing_id", &__owner.thing_id, false)?;
                __call.lit("/logs/");
                __call.segment("index", &index.to_string(), false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ThingLog, super::endpoints::THING_LOG,
            text("Sends the request (`GET /things/{thing_id}/logs/{index}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ThingLog<'_> {}
        ///Request value of [`DssThing::put`](super::super::handles::DssThing::put): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ThingPut<'a> {
            pub(crate) __owner: &'a super::super::handles::DssThing,
            pub(crate) path: String,
            pub(crate) f: crate::rt::Upload,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ThingPut<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, path, f, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/things/");
                __call.segment("thing_id", &__owner.thing_id, false)?;
                __call.lit("/files/");
                __call.segments("path", &path, false)?;
                __call.raw(f);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ThingPut, super::endpoints::THING_PUT,
            unit("Sends the request (`POST /things/{thing_id}/files/{path*}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ThingPut<'_> {}
        ///Request value of [`DssThing::delete`](super::super::handles::DssThing::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ThingDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssThing,
            pub(crate) drop_data: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ThingDelete<'a> {
            /**Sets `drop_data`.

Default: `false`. Sent as JSON member `dropData`.*/
            pub fn drop_data(mut self, drop_data: bool) -> Self {
                self.drop_data = drop_data;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, drop_data, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/things/");
                __call.segment("thing_id", &__owner.thing_id, false)?;
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("dropData"),
                                    ::serde_json::Value::from(drop_data),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ThingDelete, super::endpoints::THING_DELETE,
            unit("Sends the request (`DELETE /things/{thing_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ThingDelete<'_> {}
        ///Request value of [`DssThing::get_file`](super::super::handles::DssThing::get_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ThingGetFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssThing,
            pub(crate) path: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ThingGetFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssThing)),
                crate::rt::Error,
            > {
                let Self { __owner, path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/things/");
                __call.segment("thing_id", &__owner.thing_id, false)?;
                __call.lit("/files-info/");
                __call.segments("path", &path, false)?;
                Ok((__call, (path, __owner)))
            }
            ///Sends the request (`GET /things/{thing_id}/files-info/{path*}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssThingFile, crate::rt::Error> {
                let (__call, (path, __owner)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let mut __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_thing_id = ::core::clone::Clone::clone(
                                &__owner.thing_id,
                            );
                            let __f_path = path;
                            let __f_schema = crate::rt::answer_member(
                                &mut __answer,
                                "info.schema",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssThingFile {
                                client: ::core::clone::Clone::clone(__client),
                                thing_id: __f_thing_id,
                                path: __f_path,
                                schema: __f_schema,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ThingGetFile, super::endpoints::THING_GET_FILE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ThingGetFile<'_> {}
        ///Request value of [`DssThing::relabel`](super::super::handles::DssThing::relabel): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ThingRelabel<'a> {
            pub(crate) __owner: &'a super::super::handles::DssThing,
            pub(crate) label: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ThingRelabel<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, label, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/things/");
                __call.segment("thing_id", &__owner.thing_id, false)?;
                __call.lit("/relabel");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("label"),
                                    ::serde_json::Value::from({
                                        let mut __s = ::std::string::String::new();
                                        __s.push_str("thing ");
                                        __s.push_str(&__owner.thing_id);
                                        __s.push_str(": ");
                                        __s.push_str(&label);
                                        __s
                                    }),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ThingRelabel, super::endpoints::THING_RELABEL,
            unit("Sends the request (`POST /things/{thing_id}/relabel`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ThingRelabel<'_> {}
        ///Request value of [`DssThing::run`](super::super::handles::DssThing::run): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ThingRun<'a> {
            pub(crate) __owner: &'a super::super::handles::DssThing,
            pub(crate) limit: i64,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ThingRun<'a> {
            /**Sets `limit`.

Default: `10`. Sent as query parameter `limit`.*/
            pub fn limit(mut self, limit: i64) -> Self {
                self.limit = limit;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, limit, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/things/");
                __call.segment("thing_id", &__owner.thing_id, false)?;
                __call.lit("/run");
                __call.query("limit", &limit);
                Ok((__call, ()))
            }
            ///Sends the request (`POST /things/{thing_id}/run`) and returns the answer.
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
        crate::rt::request_common!(ThingRun, super::endpoints::THING_RUN, plain);
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ThingRun<'_> {}
        crate::rt::request_list!(
            ListThings, ListThingIds, CountThings, CreateThing, ImportThing, UploadThing,
            UploadNamed, FindThings, Rebuild, ThingDownload, ThingSave, ThingExport,
            ThingLog, ThingPut, ThingDelete, ThingGetFile, ThingRelabel, ThingRun
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_things`.
        pub static LIST_THINGS: Endpoint = Endpoint::new(
            "DssClient",
            "list_things",
            crate::rt::Server::DSS,
            "Lists things: an argument, a constant and a repeated list in the query.",
            &[
                Arg::new(
                    "all",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("all"),
                    false,
                ),
                Arg::new("tags", "[str]", Presence::Optional, Place::Query("tag"), false),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/things/",
                    &[("kind", "x")],
                    "ListThings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < ThingSummary >"),
            [false, true, false],
        );
        ///`DssClient::list_thing_ids`.
        pub static LIST_THING_IDS: Endpoint = Endpoint::new(
            "DssClient",
            "list_thing_ids",
            crate::rt::Server::DSS,
            "Thing ids, from a member of every item.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/things/",
                    &[],
                    "ListThingIds",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "Vec < String >",
                member: "thingId",
                each_item: true,
            },
            [false, true, false],
        );
        ///`DssClient::count_things`.
        pub static COUNT_THINGS: Endpoint = Endpoint::new(
            "DssClient",
            "count_things",
            crate::rt::Server::DSS,
            "One member of the answer.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/things/count",
                    &[],
                    "CountThings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "i64",
                member: "count",
                each_item: false,
            },
            [false, true, false],
        );
        ///`DssClient::get_thing`.
        pub static GET_THING: Endpoint = Endpoint::new(
            "DssClient",
            "get_thing",
            crate::rt::Server::DSS,
            "A handle from arguments.",
            &[
                Arg::new(
                    "thing_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
                Arg::new(
                    "secret_token",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    true,
                ),
            ],
            None,
            ResultKind::Handle("DssThing"),
            [false, true, false],
        );
        ///`DssClient::get_default_thing`.
        pub static GET_DEFAULT_THING: Endpoint = Endpoint::new(
            "DssClient",
            "get_default_thing",
            crate::rt::Server::DSS,
            "A handle from a constant and an environment variable (fallible).",
            &[],
            None,
            ResultKind::Handle("DssThing"),
            [false, true, false],
        );
        ///`DssClient::create_thing`.
        pub static CREATE_THING: Endpoint = Endpoint::new(
            "DssClient",
            "create_thing",
            crate::rt::Server::DSS,
            "Creates a thing: spread, renamed member, nested optional member, conversion; checks messages; handle from an argument and the answer.",
            &[
                Arg::new("thing_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "params",
                    "json",
                    Presence::Default("{}"),
                    Place::Spread,
                    false,
                ),
                Arg::new(
                    "labels",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Member {
                        path: "thingLabels",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "note",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "nested.note",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "values",
                    "json",
                    Presence::Default("[]"),
                    Place::Member {
                        path: "entries",
                        via: Some("meaning_entries"),
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "password",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "password",
                        via: None,
                        omitted_when_unset: false,
                    },
                    true,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/things/{thing_id}",
                    &[],
                    "CreateThing",
                    [false, false, false, true, false],
                ),
            ),
            ResultKind::Handle("DssThing"),
            [false, true, false],
        );
        ///`DssClient::import_thing`.
        pub static IMPORT_THING: Endpoint = Endpoint::new(
            "DssClient",
            "import_thing",
            crate::rt::Server::DSS,
            "A whole body through a conversion; `env(..)` default in the path.",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Optional,
                    Place::Body {
                        via: Some("import_settings"),
                    },
                    false,
                ),
                Arg::new("space", "str", Presence::Env("DKU_SPACE"), Place::Path, false),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/spaces/{space}/import",
                    &[],
                    "ImportThing",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::upload_thing`.
        pub static UPLOAD_THING: Endpoint = Endpoint::new(
            "DssClient",
            "upload_thing",
            crate::rt::Server::DSS,
            "Uploads with a fixed file name; answers a task.",
            &[Arg::new("fp", "file", Presence::Required, Place::Upload, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/things/upload",
                    &[],
                    "UploadThing",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::upload_named`.
        pub static UPLOAD_NAMED: Endpoint = Endpoint::new(
            "DssClient",
            "upload_named",
            crate::rt::Server::DSS,
            "Uploads with the file name from an argument.",
            &[
                Arg::new("fp", "file", Presence::Required, Place::Upload, false),
                Arg::new(
                    "file_name",
                    "str",
                    Presence::Required,
                    Place::UploadName,
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/things/upload-named",
                    &[],
                    "UploadNamed",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssClient::find_things`.
        pub static FIND_THINGS: Endpoint = Endpoint::new(
            "DssClient",
            "find_things",
            crate::rt::Server::DSS,
            "Text made of constants and arguments (`concat`; `kind` is also sent as itself), and a value through a conversion, in a query.",
            &[
                Arg::new("kind", "str", Presence::Required, Place::Query("kind"), false),
                Arg::new(
                    "page",
                    "int",
                    Presence::Default("1"),
                    Place::Query("at"),
                    false,
                ),
                Arg::new(
                    "filter",
                    "json",
                    Presence::Optional,
                    Place::Query("filter"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/things/find",
                    &[],
                    "FindThings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssClient::rebuild`.
        pub static REBUILD: Endpoint = Endpoint::new(
            "DssClient",
            "rebuild",
            crate::rt::Server::DSS,
            "The server holds this open; `.start()` gives the task instead.",
            &[
                Arg::new(
                    "force",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("force"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/things/rebuild",
                    &[("wait", "true")],
                    "Rebuild",
                    [true, false, true, true, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssThing::download`.
        pub static THING_DOWNLOAD: Endpoint = Endpoint::new(
            "DssThing",
            "download",
            crate::rt::Server::DSS,
            "Downloads into a writer.",
            &[Arg::new("out", "writer", Presence::Required, Place::WriteTo, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/things/{thing_id}/download",
                    &[],
                    "ThingDownload",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::CopiedToWriter,
            [false, true, false],
        );
        ///`DssThing::save`.
        pub static THING_SAVE: Endpoint = Endpoint::new(
            "DssThing",
            "save",
            crate::rt::Server::DSS,
            "Downloads into a file.",
            &[Arg::new("path", "str", Presence::Required, Place::SaveTo, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/things/{thing_id}/download",
                    &[],
                    "ThingSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::SavedToFile,
            [false, true, false],
        );
        ///`DssThing::export`.
        pub static THING_EXPORT: Endpoint = Endpoint::new(
            "DssThing",
            "export",
            crate::rt::Server::DSS,
            "A stream answered to a POST with a body.",
            &[
                Arg::new(
                    "options",
                    "json",
                    Presence::Default("{}"),
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/things/{thing_id}/export",
                    &[],
                    "ThingExport",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssThing::log`.
        pub static THING_LOG: Endpoint = Endpoint::new(
            "DssThing",
            "log",
            crate::rt::Server::DSS,
            "Text.",
            &[Arg::new("index", "int", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/things/{thing_id}/logs/{index}",
                    &[],
                    "ThingLog",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Text,
            [false, true, false],
        );
        ///`DssThing::put`.
        pub static THING_PUT: Endpoint = Endpoint::new(
            "DssThing",
            "put",
            crate::rt::Server::DSS,
            "A raw body into a multi-segment path.",
            &[
                Arg::new("path", "str", Presence::Required, Place::PathSegments, false),
                Arg::new("f", "file", Presence::Required, Place::Raw, false),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/things/{thing_id}/files/{path*}",
                    &[],
                    "ThingPut",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssThing::delete`.
        pub static THING_DELETE: Endpoint = Endpoint::new(
            "DssThing",
            "delete",
            crate::rt::Server::DSS,
            "A JSON body on DELETE; nothing back.",
            &[
                Arg::new(
                    "drop_data",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "dropData",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Delete,
                    "/things/{thing_id}",
                    &[],
                    "ThingDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssThing::get_file`.
        pub static THING_GET_FILE: Endpoint = Endpoint::new(
            "DssThing",
            "get_file",
            crate::rt::Server::DSS,
            "A handle from an owner field, an argument and a typed member nested in the answer.",
            &[Arg::new("path", "str", Presence::Required, Place::PathSegments, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/things/{thing_id}/files-info/{path*}",
                    &[],
                    "ThingGetFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssThingFile"),
            [false, true, false],
        );
        ///`DssThing::relabel`.
        pub static THING_RELABEL: Endpoint = Endpoint::new(
            "DssThing",
            "relabel",
            crate::rt::Server::DSS,
            "A JSON member made of text, an owner field and an argument.",
            &[
                Arg::new(
                    "label",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "label",
                        via: Some("concat"),
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/things/{thing_id}/relabel",
                    &[],
                    "ThingRelabel",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssThing::run`.
        pub static THING_RUN: Endpoint = Endpoint::new(
            "DssThing",
            "run",
            crate::rt::Server::DSS,
            "Starts a task and waits for its result.",
            &[
                Arg::new(
                    "limit",
                    "int",
                    Presence::Default("10"),
                    Place::Query("limit"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/things/{thing_id}/run",
                    &[],
                    "ThingRun",
                    [false, false, true, false, false],
                ),
            ),
            ResultKind::Wait("Value"),
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::LIST_THINGS,
        &endpoints::LIST_THING_IDS,
        &endpoints::COUNT_THINGS,
        &endpoints::GET_THING,
        &endpoints::GET_DEFAULT_THING,
        &endpoints::CREATE_THING,
        &endpoints::IMPORT_THING,
        &endpoints::UPLOAD_THING,
        &endpoints::UPLOAD_NAMED,
        &endpoints::FIND_THINGS,
        &endpoints::REBUILD,
        &endpoints::THING_DOWNLOAD,
        &endpoints::THING_SAVE,
        &endpoints::THING_EXPORT,
        &endpoints::THING_LOG,
        &endpoints::THING_PUT,
        &endpoints::THING_DELETE,
        &endpoints::THING_GET_FILE,
        &endpoints::THING_RELABEL,
        &endpoints::THING_RUN,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssThing",
                doc: "A thing, named by id; `secret_token` is never shown by `Debug`.",
                fields: &[
                    HandleField {
                        name: "thing_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "secret_token",
                        ty: None,
                        secret: true,
                    },
                    HandleField {
                        name: "state",
                        ty: Some("Option < ThingState >"),
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssThingFile",
                doc: "A file of a thing.",
                fields: &[
                    HandleField {
                        name: "thing_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "path",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "schema",
                        ty: Some("Vec < ThingColumn >"),
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssFuture",
                doc: "The task handle `future` and `wait<T>` results build, from the answer that describes a task.",
                fields: &[
                    HandleField {
                        name: "job_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "state",
                        ty: Some("Option < FutureState >"),
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
                name: "FutureState",
                doc: "A long task's state.",
                members: &[
                    ModelMember {
                        name: "job_id",
                        wire: "jobId",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "alive",
                        wire: "alive",
                        ty: "bool",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "has_result",
                        wire: "hasResult",
                        ty: "bool",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "result",
                        wire: "result",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "ThingSummary",
                doc: "A thing as listed.",
                members: &[
                    ModelMember {
                        name: "thing_id",
                        wire: "thingId",
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
                        name: "token",
                        wire: "token",
                        ty: "Option < String >",
                        optional: true,
                        secret: true,
                    },
                    ModelMember {
                        name: "count",
                        wire: "count",
                        ty: "i64",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: Some("DssThing"),
            },
            Model {
                name: "ThingState",
                doc: "A thing's state.",
                members: &[
                    ModelMember {
                        name: "label",
                        wire: "label",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "ThingColumn",
                doc: "A column.",
                members: &[
                    ModelMember {
                        name: "name",
                        wire: "name",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Lists things: an argument, a constant and a repeated list in the query.

`GET /things/` (always with `kind=x`)

Optional arguments, set by name on the returned request:
- `all`: Default: `false`. Sent as query parameter `all`.
- `tags`: Unset by default (then left out). Sent as query parameter `tag`, repeated for each item.

Returns a [`ListThings`](requests::ListThings) request; nothing is sent until `.send()`.*/
        pub fn list_things(&self) -> requests::ListThings<'_> {
            requests::ListThings {
                __owner: self,
                all: false,
                tags: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Thing ids, from a member of every item.

`GET /things/`

Returns a [`ListThingIds`](requests::ListThingIds) request; nothing is sent until `.send()`.*/
        pub fn list_thing_ids(&self) -> requests::ListThingIds<'_> {
            requests::ListThingIds {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**One member of the answer.

`GET /things/count`

Returns a [`CountThings`](requests::CountThings) request; nothing is sent until `.send()`.*/
        pub fn count_things(&self) -> requests::CountThings<'_> {
            requests::CountThings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle from arguments.

Builds a handle; sends no request.*/
        pub fn get_thing(
            &self,
            thing_id: impl Into<String>,
            secret_token: impl Into<String>,
        ) -> super::handles::DssThing {
            let thing_id = thing_id.into();
            let secret_token = secret_token.into();
            {
                let __f_thing_id = thing_id;
                let __f_secret_token = secret_token;
                let __f_state = ::core::default::Default::default();
                super::handles::DssThing {
                    client: ::core::clone::Clone::clone(self),
                    thing_id: __f_thing_id,
                    secret_token: __f_secret_token,
                    state: __f_state,
                }
            }
        }
        /**A handle from a constant and an environment variable (fallible).

Builds a handle; sends no request.*/
        pub fn get_default_thing(
            &self,
        ) -> Result<super::handles::DssThing, crate::rt::Error> {
            Ok({
                let __f_thing_id = crate::rt::env_value("DKU_THING", "thing_id")?;
                let __f_secret_token = String::from("none");
                let __f_state = ::core::default::Default::default();
                super::handles::DssThing {
                    client: ::core::clone::Clone::clone(self),
                    thing_id: __f_thing_id,
                    secret_token: __f_secret_token,
                    state: __f_state,
                }
            })
        }
        /**Creates a thing: spread, renamed member, nested optional member,
conversion; checks messages; handle from an argument and the answer.

`POST /things/{thing_id}`

Never retried: sending it twice could do the work twice.

Arguments:
- `thing_id`: Sent as a path segment.

Optional arguments, set by name on the returned request:
- `params`: Default: `{}`. Sent as the members of the JSON body.
- `labels`: Default: `[]`. Sent as JSON member `thingLabels`.
- `note`: Unset by default (then left out). Sent as JSON member `nested.note`.
- `values`: Default: `[]`. Sent as JSON member `entries`, converted by `meaning_entries`.
- `password`: Unset by default (then sent as `null`). Sent as JSON member `password`.

Returns a [`CreateThing`](requests::CreateThing) request; nothing is sent until `.send()`.*/
        pub fn create_thing(
            &self,
            thing_id: impl Into<String>,
        ) -> requests::CreateThing<'_> {
            requests::CreateThing {
                __owner: self,
                thing_id: thing_id.into(),
                params: ::serde_json::Value::Object(::serde_json::Map::new()),
                labels: Vec::new(),
                note: None,
                values: ::serde_json::Value::Array(Vec::new()),
                password: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A whole body through a conversion; `env(..)` default in the path.

`POST /spaces/{space}/import`

Safe to send twice (the same settings are imported again): a retry policy may repeat it.

Optional arguments, set by name on the returned request:
- `settings`: Unset by default (then sent as `null`). Sent as the JSON body, converted by `import_settings`.
- `space`: Default: the `DKU_SPACE` environment variable (an error if it is unset too). Sent as a path segment.

Returns a [`ImportThing`](requests::ImportThing) request; nothing is sent until `.send()`.*/
        pub fn import_thing(&self) -> requests::ImportThing<'_> {
            requests::ImportThing {
                __owner: self,
                settings: None,
                space: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Uploads with a fixed file name; answers a task.

`POST /things/upload`

Never retried: sending it twice could do the work twice.

Arguments:
- `fp`: Sent as a streamed multipart upload (part `file`, filename `thing.zip`).

Returns a [`UploadThing`](requests::UploadThing) request; nothing is sent until `.send()`.*/
        pub fn upload_thing(
            &self,
            fp: impl Into<crate::rt::Upload>,
        ) -> requests::UploadThing<'_> {
            requests::UploadThing {
                __owner: self,
                fp: fp.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Uploads with the file name from an argument.

`POST /things/upload-named`

Never retried: sending it twice could do the work twice.

Arguments:
- `fp`: Sent as a streamed multipart upload (part `file`, filename from `file_name`).
- `file_name`: Sent as the file name of the uploaded part.

Returns a [`UploadNamed`](requests::UploadNamed) request; nothing is sent until `.send()`.*/
        pub fn upload_named(
            &self,
            fp: impl Into<crate::rt::Upload>,
            file_name: impl Into<String>,
        ) -> requests::UploadNamed<'_> {
            requests::UploadNamed {
                __owner: self,
                fp: fp.into(),
                file_name: file_name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Text made of constants and arguments (`concat`; `kind` is also sent
as itself), and a value through a conversion, in a query.

`GET /things/find`

Arguments:
- `kind`: Sent as query parameter `kind`.

Optional arguments, set by name on the returned request:
- `page`: Default: `1`. Sent as query parameter `at`.
- `filter`: Unset by default (then left out). Sent as query parameter `filter`.

Returns a [`FindThings`](requests::FindThings) request; nothing is sent until `.send()`.*/
        pub fn find_things(&self, kind: impl Into<String>) -> requests::FindThings<'_> {
            requests::FindThings {
                __owner: self,
                kind: kind.into(),
                page: 1i64,
                filter: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The server holds this open; `.start()` gives the task instead.

`POST /things/rebuild` (always with `wait=true`)

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `force`: Default: `false`. Sent as query parameter `force`.

Returns a [`Rebuild`](requests::Rebuild) request; nothing is sent until `.send()`.*/
        pub fn rebuild(&self) -> requests::Rebuild<'_> {
            requests::Rebuild {
                __owner: self,
                force: false,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssThing {
        /**Downloads into a writer.

`GET /things/{thing_id}/download`

Arguments:
- `out`: Sent as the writer the answer is copied into.

Returns a [`ThingDownload`](requests::ThingDownload) request; nothing is sent until `.send()`.*/
        pub fn download<'a>(
            &'a self,
            out: &'a mut dyn ::std::io::Write,
        ) -> requests::ThingDownload<'a> {
            requests::ThingDownload {
                __owner: self,
                out: out,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Downloads into a file.

`GET /things/{thing_id}/download`

Arguments:
- `path`: Sent as the local file the answer is written to.

Returns a [`ThingSave`](requests::ThingSave) request; nothing is sent until `.send()`.*/
        pub fn save(
            &self,
            path: impl AsRef<::std::path::Path>,
        ) -> requests::ThingSave<'_> {
            requests::ThingSave {
                __owner: self,
                path: ::std::path::Path::to_path_buf(path.as_ref()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**A stream answered to a POST with a body.

`POST /things/{thing_id}/export`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `options`: Default: `{}`. Sent as the JSON body.

Returns a [`ThingExport`](requests::ThingExport) request; nothing is sent until `.send()`.*/
        pub fn export(&self) -> requests::ThingExport<'_> {
            requests::ThingExport {
                __owner: self,
                options: ::serde_json::Value::Object(::serde_json::Map::new()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Text.

`GET /things/{thing_id}/logs/{index}`

Arguments:
- `index`: Sent as a path segment.

Returns a [`ThingLog`](requests::ThingLog) request; nothing is sent until `.send()`.*/
        pub fn log(&self, index: i64) -> requests::ThingLog<'_> {
            requests::ThingLog {
                __owner: self,
                index: index,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A raw body into a multi-segment path.

`POST /things/{thing_id}/files/{path*}`

Never retried: sending it twice could do the work twice.

Arguments:
- `path`: Sent as path segments (each encoded, the slashes kept).
- `f`: Sent as the raw request body, streamed.

Returns a [`ThingPut`](requests::ThingPut) request; nothing is sent until `.send()`.*/
        pub fn put(
            &self,
            path: impl Into<String>,
            f: impl Into<crate::rt::Upload>,
        ) -> requests::ThingPut<'_> {
            requests::ThingPut {
                __owner: self,
                path: path.into(),
                f: f.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**A JSON body on DELETE; nothing back.

`DELETE /things/{thing_id}`

Optional arguments, set by name on the returned request:
- `drop_data`: Default: `false`. Sent as JSON member `dropData`.

Returns a [`ThingDelete`](requests::ThingDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::ThingDelete<'_> {
            requests::ThingDelete {
                __owner: self,
                drop_data: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle from an owner field, an argument and a typed member nested in the
answer.

`GET /things/{thing_id}/files-info/{path*}`

Arguments:
- `path`: Sent as path segments (each encoded, the slashes kept).

Returns a [`ThingGetFile`](requests::ThingGetFile) request; nothing is sent until `.send()`.*/
        pub fn get_file(&self, path: impl Into<String>) -> requests::ThingGetFile<'_> {
            requests::ThingGetFile {
                __owner: self,
                path: path.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**A JSON member made of text, an owner field and an argument.

`POST /things/{thing_id}/relabel`

Never retried: sending it twice could do the work twice.

Arguments:
- `label`: Sent as JSON member `label`, converted by `concat`.

Returns a [`ThingRelabel`](requests::ThingRelabel) request; nothing is sent until `.send()`.*/
        pub fn relabel(&self, label: impl Into<String>) -> requests::ThingRelabel<'_> {
            requests::ThingRelabel {
                __owner: self,
                label: label.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts a task and waits for its result.

`POST /things/{thing_id}/run`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `limit`: Default: `10`. Sent as query parameter `limit`.

Returns a [`ThingRun`](requests::ThingRun) request; nothing is sent until `.send()`.*/
        pub fn run(&self) -> requests::ThingRun<'_> {
            requests::ThingRun {
                __owner: self,
                limit: 10i64,
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
                ("DssClient", "list_things") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_things();
                        let __endpoint = requests::ListThings::ENDPOINT;
                        if let Some(__v) = args.opt_bool("all")? {
                            __r = __r.all(__v);
                        }
                        if let Some(__v) = args.opt_strings("tags")? {
                            __r = __r.tags(__v);
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
                ("DssClient", "list_thing_ids") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_thing_ids();
                        let __endpoint = requests::ListThingIds::ENDPOINT;
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
                ("DssClient", "count_things") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.count_things();
                        let __endpoint = requests::CountThings::ENDPOINT;
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
                ("DssClient", "create_thing") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.create_thing(args.str("thing_id")?);
                        let __endpoint = requests::CreateThing::ENDPOINT;
                        if let Some(__v) = args.opt_json("params")? {
                            __r = __r.params(__v);
                        }
                        if let Some(__v) = args.opt_strings("labels")? {
                            __r = __r.labels(__v);
                        }
                        if let Some(__v) = args.opt_str("note")? {
                            __r = __r.note(__v);
                        }
                        if let Some(__v) = args.opt_json("values")? {
                            __r = __r.values(__v);
                        }
                        if let Some(__v) = args.opt_str("password")? {
                            __r = __r.password(__v);
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
                ("DssClient", "import_thing") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.import_thing();
                        let __endpoint = requests::ImportThing::ENDPOINT;
                        if let Some(__v) = args.opt_json("settings")? {
                            __r = __r.settings(__v);
                        }
                        if let Some(__v) = args.opt_str("space")? {
                            __r = __r.space(__v);
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
                ("DssClient", "upload_thing") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.upload_thing(args.file("fp")?);
                        let __endpoint = requests::UploadThing::ENDPOINT;
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
                ("DssClient", "upload_named") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .upload_named(args.file("fp")?, args.str("file_name")?);
                        let __endpoint = requests::UploadNamed::ENDPOINT;
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
                ("DssClient", "find_things") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.find_things(args.str("kind")?);
                        let __endpoint = requests::FindThings::ENDPOINT;
                        if let Some(__v) = args.opt_int("page")? {
                            __r = __r.page(__v);
                        }
                        if let Some(__v) = args.opt_json("filter")? {
                            __r = __r.filter(__v);
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
                ("DssClient", "rebuild") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.rebuild();
                        let __endpoint = requests::Rebuild::ENDPOINT;
                        if let Some(__v) = args.opt_bool("force")? {
                            __r = __r.force(__v);
                        }
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssThing", "download") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_thing_id, __id_secret_token] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssThing", ids)?;
                        let __owner = super::handles::DssThing {
                            client: ::core::clone::Clone::clone(client),
                            thing_id: __id_thing_id,
                            secret_token: __id_secret_token,
                            state: ::core::default::Default::default(),
                        };
                        let mut __sink = ::std::io::sink();
                        args.writer("out")?;
                        #[allow(unused_mut)]
                        let mut __r = __owner.download(&mut __sink);
                        let __endpoint = requests::ThingDownload::ENDPOINT;
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
                ("DssThing", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_thing_id, __id_secret_token] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssThing", ids)?;
                        let __owner = super::handles::DssThing {
                            client: ::core::clone::Clone::clone(client),
                            thing_id: __id_thing_id,
                            secret_token: __id_secret_token,
                            state: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save(args.str("path")?);
                        let __endpoint = requests::ThingSave::ENDPOINT;
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
                ("DssThing", "export") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_thing_id, __id_secret_token] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssThing", ids)?;
                        let __owner = super::handles::DssThing {
                            client: ::core::clone::Clone::clone(client),
                            thing_id: __id_thing_id,
                            secret_token: __id_secret_token,
                            state: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.export();
                        let __endpoint = requests::ThingExport::ENDPOINT;
                        if let Some(__v) = args.opt_json("options")? {
                            __r = __r.options(__v);
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
                ("DssThing", "log") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_thing_id, __id_secret_token] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssThing", ids)?;
                        let __owner = super::handles::DssThing {
                            client: ::core::clone::Clone::clone(client),
                            thing_id: __id_thing_id,
                            secret_token: __id_secret_token,
                            state: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.log(args.int("index")?);
                        let __endpoint = requests::ThingLog::ENDPOINT;
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
                ("DssThing", "put") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_thing_id, __id_secret_token] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssThing", ids)?;
                        let __owner = super::handles::DssThing {
                            client: ::core::clone::Clone::clone(client),
                            thing_id: __id_thing_id,
                            secret_token: __id_secret_token,
                            state: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.put(args.str("path")?, args.file("f")?);
                        let __endpoint = requests::ThingPut::ENDPOINT;
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
                ("DssThing", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_thing_id, __id_secret_token] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssThing", ids)?;
                        let __owner = super::handles::DssThing {
                            client: ::core::clone::Clone::clone(client),
                            thing_id: __id_thing_id,
                            secret_token: __id_secret_token,
                            state: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::ThingDelete::ENDPOINT;
                        if let Some(__v) = args.opt_bool("drop_data")? {
                            __r = __r.drop_data(__v);
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
                ("DssThing", "get_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_thing_id, __id_secret_token] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssThing", ids)?;
                        let __owner = super::handles::DssThing {
                            client: ::core::clone::Clone::clone(client),
                            thing_id: __id_thing_id,
                            secret_token: __id_secret_token,
                            state: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_file(args.str("path")?);
                        let __endpoint = requests::ThingGetFile::ENDPOINT;
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
                ("DssThing", "relabel") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_thing_id, __id_secret_token] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssThing", ids)?;
                        let __owner = super::handles::DssThing {
                            client: ::core::clone::Clone::clone(client),
                            thing_id: __id_thing_id,
                            secret_token: __id_secret_token,
                            state: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.relabel(args.str("label")?);
                        let __endpoint = requests::ThingRelabel::ENDPOINT;
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
                ("DssThing", "run") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_thing_id, __id_secret_token] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssThing", ids)?;
                        let __owner = super::handles::DssThing {
                            client: ::core::clone::Clone::clone(client),
                            thing_id: __id_thing_id,
                            secret_token: __id_secret_token,
                            state: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.run();
                        let __endpoint = requests::ThingRun::ENDPOINT;
                        if let Some(__v) = args.opt_int("limit")? {
                            __r = __r.limit(__v);
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
        None
    }
    /// Every model and handle hides its secrets (see the generator's
    /// `codegen/secrets.rs`).
    #[cfg(test)]
    mod secret_tests {
        #[test]
        fn no_model_shows_a_secret() {
            let mut checked = 0usize;
            let model: super::models::FutureState = ::serde_json::from_str(
                    "{\"jobId\":\"plain\",\"alive\":true,\"hasResult\":true,\"result\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "FutureState")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "FutureState"
            );
            checked += 1;
            let model: super::models::ThingSummary = ::serde_json::from_str(
                    "{\"thingId\":\"plain\",\"type\":\"plain\",\"token\":\"SECRET-0b7c2f\",\"count\":1,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ThingSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ThingSummary"
            );
            checked += 1;
            let model: super::models::ThingState = ::serde_json::from_str(
                    "{\"label\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ThingState")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ThingState"
            );
            checked += 1;
            let model: super::models::ThingColumn = ::serde_json::from_str(
                    "{\"name\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ThingColumn")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ThingColumn"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssThing {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                thing_id: ::std::string::String::from("plain"),
                secret_token: ::std::string::String::from("SECRET-0b7c2f"),
                state: ::serde_json::from_str(
                        "{\"label\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                    )
                    .unwrap_or_else(|e| {
                        panic!("cannot build `{}`'s `{}`: {e}", "DssThing", "state")
                    }),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssThing"
            );
            checked += 1;
            let handle = super::handles::DssThingFile {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                thing_id: ::std::string::String::from("plain"),
                path: ::std::string::String::from("plain"),
                schema: ::serde_json::from_str(
                        "[{\"name\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}]",
                    )
                    .unwrap_or_else(|e| {
                        panic!("cannot build `{}`'s `{}`: {e}", "DssThingFile", "schema")
                    }),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssThingFile"
            );
            checked += 1;
            let handle = super::handles::DssFuture {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                job_id: ::std::string::String::from("plain"),
                state: ::serde_json::from_str(
                        "{\"jobId\":\"plain\",\"alive\":true,\"hasResult\":true,\"result\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                    )
                    .unwrap_or_else(|e| {
                        panic!("cannot build `{}`'s `{}`: {e}", "DssFuture", "state")
                    }),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssFuture"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
