// The expansion of `meanings.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/meanings.dss`.
pub mod spec_meanings {
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
        ///A user-defined meaning, named by its id.
        #[derive(Clone)]
        pub struct DssMeaning {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) id: String,
        }
        impl DssMeaning {
            ///The `id` this handle points at.
            pub fn id(&self) -> &str {
                &self.id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssMeaning {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssMeaning")
                    .field("id", &self.id)
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
        ///A user-defined meaning as listed by `list_meanings`.
        #[derive(Clone, PartialEq)]
        pub struct MeaningSummary {
            ///The meaning's id.
            pub id: String,
            ///Display label.
            pub label: Option<String>,
            ///`DECLARATIVE`, `VALUES_LIST`, `VALUES_MAPPING` or `PATTERN`.
            pub r#type: Option<String>,
            ///Description.
            pub description: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for MeaningSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = MeaningSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `MeaningSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<MeaningSummary, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_label: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_description: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "id" => {
                                    __m_id = Some(
                                        crate::rt::model::next_member(&mut __map, "id")?,
                                    );
                                }
                                "label" => {
                                    __m_label = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "label",
                                    )?;
                                }
                                "type" => {
                                    __m_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "type",
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
                        Ok(MeaningSummary {
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            label: __m_label,
                            r#type: __m_type,
                            description: __m_description,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for MeaningSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "label",
                    &self.label,
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
                    "description",
                    &self.description,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for MeaningSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("MeaningSummary")
                    .field("id", &self.id)
                    .field("label", &self.label)
                    .field("type", &self.r#type)
                    .field("description", &self.description)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl MeaningSummary {
            ///The [`DssMeaning`](super::super::handles::DssMeaning) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssMeaning {
                {
                    let __f_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssMeaning {
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
        ///Request value of [`DssClient::list_meanings`](crate::rt::DssClient::list_meanings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListMeanings<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListMeanings<'a> {
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
                __call.lit("/meanings/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListMeanings, super::endpoints::LIST_MEANINGS, json(Vec < MeaningSummary >,
            "Sends the request (`GET /meanings/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListMeanings<'_> {}
        ///Request value of [`DssClient::create_meaning`](crate::rt::DssClient::create_meaning): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateMeaning<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) id: String,
            pub(crate) label: String,
            pub(crate) meaning_type: String,
            pub(crate) description: Option<String>,
            pub(crate) values: Option<::serde_json::Value>,
            pub(crate) mappings: Option<::serde_json::Value>,
            pub(crate) pattern: Option<String>,
            pub(crate) normalization_mode: Option<String>,
            pub(crate) detectable: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateMeaning<'a> {
            /**Description.

Unset by default (then sent as `null`). Sent as JSON member `description`.*/
            pub fn description(mut self, description: impl Into<String>) -> Self {
                self.description = Some(description.into());
                self
            }
            /**For `VALUES_LIST`: values, as strings or `{"value", "color"}` objects.

Unset by default (then sent as `null`). Sent as JSON member `entries`, converted by `meaning_entries`.*/
            pub fn values(mut self, values: impl Into<::serde_json::Value>) -> Self {
                self.values = Some(values.into());
                self
            }
            /**For `VALUES_MAPPING`: `{"from", "to"}` objects.

Unset by default (then sent as `null`). Sent as JSON member `mappings`, converted by `meaning_mappings`.*/
            pub fn mappings(mut self, mappings: impl Into<::serde_json::Value>) -> Self {
                self.mappings = Some(mappings.into());
                self
            }
            /**For `PATTERN`: the pattern.

Unset by default (then sent as `null`). Sent as JSON member `pattern`.*/
            pub fn pattern(mut self, pattern: impl Into<String>) -> Self {
                self.pattern = Some(pattern.into());
                self
            }
            /**`EXACT`, `LOWERCASE` or `NORMALIZED` (DSS's default is `EXACT`).

Unset by default (then sent as `null`). Sent as JSON member `normalizationMode`.*/
            pub fn normalization_mode(
                mut self,
                normalization_mode: impl Into<String>,
            ) -> Self {
                self.normalization_mode = Some(normalization_mode.into());
                self
            }
            /**Let DSS auto-detect this meaning on columns.

Default: `false`. Sent as JSON member `detectable`.*/
            pub fn detectable(mut self, detectable: bool) -> Self {
                self.detectable = detectable;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
                let Self {
                    __owner,
                    id,
                    label,
                    meaning_type,
                    description,
                    values,
                    mappings,
                    pattern,
                    normalization_mode,
                    detectable,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/meanings/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("id"),
                                    ::serde_json::Value::from(::core::clone::Clone::clone(&id)),
                                );
                            __map
                                .insert(
                                    String::from("label"),
                                    ::serde_json::Value::from(label),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from(meaning_type),
                                );
                            __map
                                .insert(
                                    String::from("description"),
                                    ::serde_json::Value::from(description),
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
                                    String::from("mappings"),
                                    crate::rt::convert::meaning_mappings(
                                        ::serde_json::Value::from(mappings),
                                        "mappings",
                                    )?,
                                );
                            __map
                                .insert(
                                    String::from("pattern"),
                                    ::serde_json::Value::from(pattern),
                                );
                            __map
                                .insert(
                                    String::from("normalizationMode"),
                                    ::serde_json::Value::from(normalization_mode),
                                );
                            __map
                                .insert(
                                    String::from("detectable"),
                                    ::serde_json::Value::from(detectable),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (id,)))
            }
            ///Sends the request (`POST /meanings/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssMeaning, crate::rt::Error> {
                let (__call, (id,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_id = id;
                            super::super::handles::DssMeaning {
                                client: ::core::clone::Clone::clone(__client),
                                id: __f_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            CreateMeaning, super::endpoints::CREATE_MEANING, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateMeaning<'_> {}
        ///Request value of [`DssMeaning::get_definition`](super::super::handles::DssMeaning::get_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MeaningGetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMeaning,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MeaningGetDefinition<'a> {
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
                __call.lit("/meanings/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MeaningGetDefinition, super::endpoints::MEANING_GET_DEFINITION, json(Value,
            "Sends the request (`GET /meanings/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MeaningGetDefinition<'_> {}
        ///Request value of [`DssMeaning::set_definition`](super::super::handles::DssMeaning::set_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct MeaningSetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssMeaning,
            pub(crate) definition: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> MeaningSetDefinition<'a> {
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
                __call.lit("/meanings/");
                __call.segment("id", &__owner.id, false)?;
                __call.json(&::serde_json::Value::from(definition))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            MeaningSetDefinition, super::endpoints::MEANING_SET_DEFINITION, json(Value,
            "Sends the request (`PUT /meanings/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for MeaningSetDefinition<'_> {}
        crate::rt::request_list!(
            ListMeanings, CreateMeaning, MeaningGetDefinition, MeaningSetDefinition
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_meanings`.
        pub static LIST_MEANINGS: Endpoint = Endpoint::new(
            "DssClient",
            "list_meanings",
            crate::rt::Server::DSS,
            "Lists the user-defined meanings.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/meanings/",
                    &[],
                    "ListMeanings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < MeaningSummary >"),
            [false, true, false],
        );
        ///`DssClient::get_meaning`.
        pub static GET_MEANING: Endpoint = Endpoint::new(
            "DssClient",
            "get_meaning",
            crate::rt::Server::DSS,
            "A handle on one meaning.",
            &[Arg::new("id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssMeaning"),
            [false, true, false],
        );
        ///`DssClient::create_meaning`.
        pub static CREATE_MEANING: Endpoint = Endpoint::new(
            "DssClient",
            "create_meaning",
            crate::rt::Server::DSS,
            "Creates a meaning (needs admin rights) and returns a handle on it.",
            &[
                Arg::new(
                    "id",
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
                    "label",
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
                    "meaning_type",
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
                    "values",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "entries",
                        via: Some("meaning_entries"),
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "mappings",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "mappings",
                        via: Some("meaning_mappings"),
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "pattern",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "pattern",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "normalization_mode",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "normalizationMode",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "detectable",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "detectable",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/meanings/",
                    &[],
                    "CreateMeaning",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssMeaning"),
            [false, true, false],
        );
        ///`DssMeaning::get_definition`.
        pub static MEANING_GET_DEFINITION: Endpoint = Endpoint::new(
            "DssMeaning",
            "get_definition",
            crate::rt::Server::DSS,
            "Reads the meaning's definition.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/meanings/{id}",
                    &[],
                    "MeaningGetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssMeaning::set_definition`.
        pub static MEANING_SET_DEFINITION: Endpoint = Endpoint::new(
            "DssMeaning",
            "set_definition",
            crate::rt::Server::DSS,
            "Saves the meaning's definition, as read by `get_definition` and changed.",
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
                    "/meanings/{id}",
                    &[],
                    "MeaningSetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::LIST_MEANINGS,
        &endpoints::GET_MEANING,
        &endpoints::CREATE_MEANING,
        &endpoints::MEANING_GET_DEFINITION,
        &endpoints::MEANING_SET_DEFINITION,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssMeaning",
                doc: "A user-defined meaning, named by its id.",
                fields: &[
                    HandleField {
                        name: "id",
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
                name: "MeaningSummary",
                doc: "A user-defined meaning as listed by `list_meanings`.",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "String",
                        optional: false,
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
                        name: "type",
                        wire: "type",
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
                handle: Some("DssMeaning"),
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Lists the user-defined meanings.

`GET /meanings/`

Returns a [`ListMeanings`](requests::ListMeanings) request; nothing is sent until `.send()`.*/
        pub fn list_meanings(&self) -> requests::ListMeanings<'_> {
            requests::ListMeanings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one meaning.

Builds a handle; sends no request.*/
        pub fn get_meaning(&self, id: impl Into<String>) -> super::handles::DssMeaning {
            let id = id.into();
            {
                let __f_id = id;
                super::handles::DssMeaning {
                    client: ::core::clone::Clone::clone(self),
                    id: __f_id,
                }
            }
        }
        /**Creates a meaning (needs admin rights) and returns a handle on it.

`POST /meanings/`

Never retried: sending it twice could do the work twice.

Arguments:
- `id`: Id of the new meaning. Sent as JSON member `id`.
- `label`: Display label. Sent as JSON member `label`.
- `meaning_type`: `DECLARATIVE`, `VALUES_LIST`, `VALUES_MAPPING` or `PATTERN`. Sent as JSON member `type`.

Optional arguments, set by name on the returned request:
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.
- `values`: Unset by default (then sent as `null`). Sent as JSON member `entries`, converted by `meaning_entries`.
- `mappings`: Unset by default (then sent as `null`). Sent as JSON member `mappings`, converted by `meaning_mappings`.
- `pattern`: Unset by default (then sent as `null`). Sent as JSON member `pattern`.
- `normalization_mode`: Unset by default (then sent as `null`). Sent as JSON member `normalizationMode`.
- `detectable`: Default: `false`. Sent as JSON member `detectable`.

Returns a [`CreateMeaning`](requests::CreateMeaning) request; nothing is sent until `.send()`.*/
        pub fn create_meaning(
            &self,
            id: impl Into<String>,
            label: impl Into<String>,
            meaning_type: impl Into<String>,
        ) -> requests::CreateMeaning<'_> {
            requests::CreateMeaning {
                __owner: self,
                id: id.into(),
                label: label.into(),
                meaning_type: meaning_type.into(),
                description: None,
                values: None,
                mappings: None,
                pattern: None,
                normalization_mode: None,
                detectable: false,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssMeaning {
        /**Reads the meaning's definition.

`GET /meanings/{id}`

Returns a [`MeaningGetDefinition`](requests::MeaningGetDefinition) request; nothing is sent until `.send()`.*/
        pub fn get_definition(&self) -> requests::MeaningGetDefinition<'_> {
            requests::MeaningGetDefinition {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the meaning's definition, as read by `get_definition` and changed.

`PUT /meanings/{id}`

Arguments:
- `definition`: Sent as the JSON body.

Returns a [`MeaningSetDefinition`](requests::MeaningSetDefinition) request; nothing is sent until `.send()`.*/
        pub fn set_definition(
            &self,
            definition: impl Into<::serde_json::Value>,
        ) -> requests::MeaningSetDefinition<'_> {
            requests::MeaningSetDefinition {
                __owner: self,
                definition: definition.into(),
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
                ("DssClient", "list_meanings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_meanings();
                        let __endpoint = requests::ListMeanings::ENDPOINT;
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
                ("DssClient", "create_meaning") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .create_meaning(
                                args.str("id")?,
                                args.str("label")?,
                                args.str("meaning_type")?,
                            );
                        let __endpoint = requests::CreateMeaning::ENDPOINT;
                        if let Some(__v) = args.opt_str("description")? {
                            __r = __r.description(__v);
                        }
                        if let Some(__v) = args.opt_json("values")? {
                            __r = __r.values(__v);
                        }
                        if let Some(__v) = args.opt_json("mappings")? {
                            __r = __r.mappings(__v);
                        }
                        if let Some(__v) = args.opt_str("pattern")? {
                            __r = __r.pattern(__v);
                        }
                        if let Some(__v) = args.opt_str("normalization_mode")? {
                            __r = __r.normalization_mode(__v);
                        }
                        if let Some(__v) = args.opt_bool("detectable")? {
                            __r = __r.detectable(__v);
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
                ("DssMeaning", "get_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssMeaning", ids)?;
                        let __owner = super::handles::DssMeaning {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_definition();
                        let __endpoint = requests::MeaningGetDefinition::ENDPOINT;
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
                ("DssMeaning", "set_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssMeaning", ids)?;
                        let __owner = super::handles::DssMeaning {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_definition(args.json("definition")?);
                        let __endpoint = requests::MeaningSetDefinition::ENDPOINT;
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
            let model: super::models::MeaningSummary = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"label\":\"plain\",\"type\":\"plain\",\"description\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "MeaningSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "MeaningSummary"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssMeaning {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssMeaning"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
