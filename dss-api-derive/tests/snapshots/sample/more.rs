// The expansion of `more.dss`, as generated from `tests/fixtures/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `tests/fixtures/more.dss`.
pub mod spec_more {
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
        ///A thing's settings, as DSS sent them, to change and send back.
        #[derive(Clone)]
        pub struct DssThingSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) thing_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssThingSettings {
            ///The `thing_id` this handle points at.
            pub fn thing_id(&self) -> &str {
                &self.thing_id
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
        impl ::core::fmt::Debug for DssThingSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssThingSettings")
                    .field("thing_id", &self.thing_id)
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
        /**How a thing is reached: names that look like credentials say whether
they are one.*/
        #[derive(Clone, PartialEq)]
        pub struct ThingAccess {
            ///The kind of token the thing accepts (not a credential itself).
            pub token_kind: Option<String>,
            ///The thing's API key.
            pub api_key: Option<String>,
            ///The thing's state, a model of the other file.
            pub state: Option<ThingState>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ThingAccess {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ThingAccess;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ThingAccess` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ThingAccess, __A::Error> {
                        let mut __m_token_kind: Option<String> = None;
                        let mut __m_api_key: Option<String> = None;
                        let mut __m_state: Option<ThingState> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "tokenKind" => {
                                    __m_token_kind = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "tokenKind",
                                    )?;
                                }
                                "apiKey" => {
                                    __m_api_key = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "apiKey",
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
                        Ok(ThingAccess {
                            token_kind: __m_token_kind,
                            api_key: __m_api_key,
                            state: __m_state,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ThingAccess {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "tokenKind",
                    &self.token_kind,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "apiKey",
                    &self.api_key,
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
        impl ::core::fmt::Debug for ThingAccess {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ThingAccess")
                    .field("token_kind", &self.token_kind)
                    .field("api_key", &crate::rt::Redacted)
                    .field("state", &self.state)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ThingAccess {}
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
        ///Request value of [`DssThing::get_access`](super::super::handles::DssThing::get_access): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ThingGetAccess<'a> {
            pub(crate) __owner: &'a super::super::handles::DssThing,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ThingGetAccess<'a> {
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
                __call.lit("/things/");
                __call.segment("thing_id", &__owner.thing_id, false)?;
                __call.lit("/access");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ThingGetAccess, super::endpoints::THING_GET_ACCESS, json(ThingAccess,
            "Sends the request (`GET /things/{thing_id}/access`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ThingGetAccess<'_> {}
        ///Request value of [`DssThing::search`](super::super::handles::DssThing::search): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ThingSearch<'a> {
            pub(crate) __owner: &'a super::super::handles::DssThing,
            pub(crate) spec: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ThingSearch<'a> {
            /**Sets `spec`.

Unset by default (then left out). Sent as query parameter `spec`.*/
            pub fn spec(mut self, spec: impl Into<::serde_json::Value>) -> Self {
                self.spec = Some(spec.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, spec, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/things/");
                __call.segment("thing_id", &__owner.thing_id, false)?;
                __call.lit("/search");
                __call
                    .query(
                        "spec",
                        crate::rt::query_text(
                            crate::rt::convert::python_json(
                                crate::rt::convert::nonempty(
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&spec),
                                    ),
                                    "spec",
                                )?,
                                "spec",
                            )?,
                        ),
                    );
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ThingSearch, super::endpoints::THING_SEARCH, json(Value,
            "Sends the request (`GET /things/{thing_id}/search`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ThingSearch<'_> {}
        ///Request value of [`DssThing::list_parts`](super::super::handles::DssThing::list_parts): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ThingListParts<'a> {
            pub(crate) __owner: &'a super::super::handles::DssThing,
            pub(crate) kinds: Vec<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ThingListParts<'a> {
            /**Sets `kinds`.

Default: `["NP", "ALL"]`. Sent as query parameter `kinds`, repeated for each item.*/
            pub fn kinds(
                mut self,
                kinds: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.kinds = kinds.into_iter().map(Into::into).collect();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, kinds, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/things/");
                __call.segment("thing_id", &__owner.thing_id, false)?;
                __call.lit("/parts");
                __call.query("kinds", &kinds);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ThingListParts, super::endpoints::THING_LIST_PARTS, json(Vec < Value >,
            "Sends the request (`GET /things/{thing_id}/parts`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ThingListParts<'_> {}
        ///Request value of [`DssThing::get_settings`](super::super::handles::DssThing::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ThingGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssThing,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ThingGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssThing,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/things/");
                __call.segment("thing_id", &__owner.thing_id, false)?;
                __call.lit("/settings");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /things/{thing_id}/settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssThingSettings, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_thing_id = ::core::clone::Clone::clone(
                                &__owner.thing_id,
                            );
                            super::super::handles::DssThingSettings {
                                client: ::core::clone::Clone::clone(__client),
                                thing_id: __f_thing_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ThingGetSettings, super::endpoints::THING_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ThingGetSettings<'_> {}
        ///Request value of [`DssThingSettings::save`](super::super::handles::DssThingSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ThingSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssThingSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ThingSettingsSave<'a> {
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
                __call.lit("/things/");
                __call.segment("thing_id", &__owner.thing_id, false)?;
                __call.lit("/settings");
                __call
                    .json(
                        &crate::rt::DocumentIn {
                            key: "settings",
                            document: &__owner.document,
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ThingSettingsSave, super::endpoints::THING_SETTINGS_SAVE, json(Value,
            "Sends the request (`POST /things/{thing_id}/settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ThingSettingsSave<'_> {}
        crate::rt::request_list!(
            ThingGetAccess, ThingSearch, ThingListParts, ThingGetSettings,
            ThingSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssThing::get_access`.
        pub static THING_GET_ACCESS: Endpoint = Endpoint::new(
            "DssThing",
            "get_access",
            crate::rt::Server::DSS,
            "A request declared in another file than its owner.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/things/{thing_id}/access",
                    &[],
                    "ThingGetAccess",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("ThingAccess"),
            [false, true, false],
        );
        ///`DssThing::search`.
        pub static THING_SEARCH: Endpoint = Endpoint::new(
            "DssThing",
            "search",
            crate::rt::Server::DSS,
            "Conversions in a query: JSON text as Python writes it, left out when unset or empty.",
            &[Arg::new("spec", "json", Presence::Optional, Place::Query("spec"), false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/things/{thing_id}/search",
                    &[],
                    "ThingSearch",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssThing::describe`.
        pub static THING_DESCRIBE: Endpoint = Endpoint::new(
            "DssThing",
            "describe",
            crate::rt::Server::DSS,
            "Written by hand in the library; the compiler checks this signature.",
            &[
                Arg::new(
                    "prefix",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("String"),
            [true, true, false],
        );
        ///`DssThing::named`.
        pub static THING_NAMED: Endpoint = Endpoint::new(
            "DssThing",
            "named",
            crate::rt::Server::DSS,
            "An associated function written by hand.",
            &[
                Arg::new(
                    "client",
                    "& DssClient",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "thing_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("DssThing"),
            [true, true, true],
        );
        ///`DssThing::list_parts`.
        pub static THING_LIST_PARTS: Endpoint = Endpoint::new(
            "DssThing",
            "list_parts",
            crate::rt::Server::DSS,
            "Parts of some kinds: a list of strings as a default.",
            &[
                Arg::new(
                    "kinds",
                    "[str]",
                    Presence::Default("[\"NP\", \"ALL\"]"),
                    Place::Query("kinds"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/things/{thing_id}/parts",
                    &[],
                    "ThingListParts",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < Value >"),
            [false, true, false],
        );
        ///`DssThing::get_settings`.
        pub static THING_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssThing",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the thing's settings.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/things/{thing_id}/settings",
                    &[],
                    "ThingGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssThingSettings"),
            [false, true, false],
        );
        ///`DssThingSettings::save`.
        pub static THING_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssThingSettings",
            "save",
            crate::rt::Server::DSS,
            "Sends the settings back as the one member of the body.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/things/{thing_id}/settings",
                    &[],
                    "ThingSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssThingSettings::get_raw`.
        pub static THING_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssThingSettings",
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
        &endpoints::THING_GET_ACCESS,
        &endpoints::THING_SEARCH,
        &endpoints::THING_DESCRIBE,
        &endpoints::THING_NAMED,
        &endpoints::THING_LIST_PARTS,
        &endpoints::THING_GET_SETTINGS,
        &endpoints::THING_SETTINGS_SAVE,
        &endpoints::THING_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssThingSettings",
                doc: "A thing's settings, as DSS sent them, to change and send back.",
                fields: &[
                    HandleField {
                        name: "thing_id",
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
                name: "ThingAccess",
                doc: "How a thing is reached: names that look like credentials say whether they are one.",
                members: &[
                    ModelMember {
                        name: "token_kind",
                        wire: "tokenKind",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "api_key",
                        wire: "apiKey",
                        ty: "Option < String >",
                        optional: true,
                        secret: true,
                    },
                    ModelMember {
                        name: "state",
                        wire: "state",
                        ty: "Option < ThingState >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl super::handles::DssThing {
        /**A request declared in another file than its owner.

`GET /things/{thing_id}/access`

Returns a [`ThingGetAccess`](requests::ThingGetAccess) request; nothing is sent until `.send()`.*/
        pub fn get_access(&self) -> requests::ThingGetAccess<'_> {
            requests::ThingGetAccess {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Conversions in a query: JSON text as Python writes it, left out
when unset or empty.

`GET /things/{thing_id}/search`

Optional arguments, set by name on the returned request:
- `spec`: Unset by default (then left out). Sent as query parameter `spec`.

Returns a [`ThingSearch`](requests::ThingSearch) request; nothing is sent until `.send()`.*/
        pub fn search(&self) -> requests::ThingSearch<'_> {
            requests::ThingSearch {
                __owner: self,
                spec: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Parts of some kinds: a list of strings as a default.

`GET /things/{thing_id}/parts`

Optional arguments, set by name on the returned request:
- `kinds`: Default: `["NP", "ALL"]`. Sent as query parameter `kinds`, repeated for each item.

Returns a [`ThingListParts`](requests::ThingListParts) request; nothing is sent until `.send()`.*/
        pub fn list_parts(&self) -> requests::ThingListParts<'_> {
            requests::ThingListParts {
                __owner: self,
                kinds: ::std::vec![String::from("NP"), String::from("ALL")],
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the thing's settings.

`GET /things/{thing_id}/settings`

Returns a [`ThingGetSettings`](requests::ThingGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::ThingGetSettings<'_> {
            requests::ThingGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssThingSettings {
        /**Sends the settings back as the one member of the body.

`POST /things/{thing_id}/settings`

Never retried: sending it twice could do the work twice.

Returns a [`ThingSettingsSave`](requests::ThingSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::ThingSettingsSave<'_> {
            requests::ThingSettingsSave {
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
            impl super::handles::DssThing {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_describe(&self, prefix: &str) -> String {
                    self.describe(prefix)
                }
            }
            impl super::handles::DssThing {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_named(client: &DssClient, thing_id: &str) -> DssThing {
                    Self::named(client, thing_id)
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
                ("DssThing", "get_access") => {
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
                        let mut __r = __owner.get_access();
                        let __endpoint = requests::ThingGetAccess::ENDPOINT;
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
                ("DssThing", "search") => {
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
                        let mut __r = __owner.search();
                        let __endpoint = requests::ThingSearch::ENDPOINT;
                        if let Some(__v) = args.opt_json("spec")? {
                            __r = __r.spec(__v);
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
                ("DssThing", "list_parts") => {
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
                        let mut __r = __owner.list_parts();
                        let __endpoint = requests::ThingListParts::ENDPOINT;
                        if let Some(__v) = args.opt_strings("kinds")? {
                            __r = __r.kinds(__v);
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
                ("DssThing", "get_settings") => {
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
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::ThingGetSettings::ENDPOINT;
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
                ("DssThingSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_thing_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssThingSettings", ids)?;
                        let __owner = super::handles::DssThingSettings {
                            client: ::core::clone::Clone::clone(client),
                            thing_id: __id_thing_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::ThingSettingsSave::ENDPOINT;
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
                "DssThingSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_thing_id, __id_secret_token] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssThing", ids)?;
                        let __owner = super::handles::DssThing {
                            client: ::core::clone::Clone::clone(client),
                            thing_id: __id_thing_id,
                            secret_token: __id_secret_token,
                            state: ::core::default::Default::default(),
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
            let model: super::models::ThingAccess = ::serde_json::from_str(
                    "{\"tokenKind\":\"plain\",\"apiKey\":\"SECRET-0b7c2f\",\"state\":{\"label\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ThingAccess")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ThingAccess"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssThingSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                thing_id: ::std::string::String::from("plain"),
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
                "DssThingSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
