// The expansion of `data_collections.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/data_collections.dss`.
pub mod spec_data_collections {
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
        /**A data collection, named by its id (dataikuapi's `DSSDataCollection`,
whose constructor takes the `id`).*/
        #[derive(Clone)]
        pub struct DssDataCollection {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) id: String,
        }
        impl DssDataCollection {
            ///The `id` this handle points at.
            pub fn id(&self) -> &str {
                &self.id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssDataCollection {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssDataCollection")
                    .field("id", &self.id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a data collection, as `get_settings` reads them
(dataikuapi's `DSSDataCollectionSettings`): its name, color,
description, tags and permissions; changed, then sent back whole by
`save`.*/
        #[derive(Clone)]
        pub struct DssDataCollectionSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssDataCollectionSettings {
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
        impl ::core::fmt::Debug for DssDataCollectionSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssDataCollectionSettings")
                    .field("id", &self.id)
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
        ///Request value of [`DssDataCollection::get_settings`](super::super::handles::DssDataCollection::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataCollectionGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataCollection,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataCollectionGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssDataCollection,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/data-collections/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /data-collections/{id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssDataCollectionSettings,
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
                            super::super::handles::DssDataCollectionSettings {
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
            DataCollectionGetSettings, super::endpoints::DATA_COLLECTION_GET_SETTINGS,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataCollectionGetSettings<'_> {}
        ///Request value of [`DssDataCollection::list_objects`](super::super::handles::DssDataCollection::list_objects): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataCollectionListObjects<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataCollection,
            pub(crate) filter_type: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataCollectionListObjects<'a> {
            /**Only objects of this type (`DATASET`, `SAVED_MODEL`,
`MANAGED_FOLDER`, ...; none: all of them).

Unset by default (then left out). Sent as query parameter `filterType`.*/
            pub fn filter_type(mut self, filter_type: impl Into<String>) -> Self {
                self.filter_type = Some(filter_type.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, filter_type, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/data-collections/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/objects");
                __call.query("filterType", &filter_type);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DataCollectionListObjects, super::endpoints::DATA_COLLECTION_LIST_OBJECTS,
            json(Vec < Value >,
            "Sends the request (`GET /data-collections/{id}/objects`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataCollectionListObjects<'_> {}
        ///Request value of [`DssDataCollection::add_object`](super::super::handles::DssDataCollection::add_object): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataCollectionAddObject<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataCollection,
            pub(crate) obj: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataCollectionAddObject<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, obj, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/data-collections/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/objects");
                __call.json(&::serde_json::Value::from(obj))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DataCollectionAddObject, super::endpoints::DATA_COLLECTION_ADD_OBJECT,
            unit("Sends the request (`POST /data-collections/{id}/objects`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataCollectionAddObject<'_> {}
        ///Request value of [`DssDataCollection::delete`](super::super::handles::DssDataCollection::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataCollectionDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataCollection,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataCollectionDelete<'a> {
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
                __call.lit("/data-collections/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DataCollectionDelete, super::endpoints::DATA_COLLECTION_DELETE,
            unit("Sends the request (`DELETE /data-collections/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataCollectionDelete<'_> {}
        ///Request value of [`DssDataCollectionSettings::save`](super::super::handles::DssDataCollectionSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DataCollectionSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataCollectionSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DataCollectionSettingsSave<'a> {
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
                __call.lit("/data-collections/");
                __call.segment("id", &__owner.id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DataCollectionSettingsSave, super::endpoints::DATA_COLLECTION_SETTINGS_SAVE,
            unit("Sends the request (`PUT /data-collections/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DataCollectionSettingsSave<'_> {}
        crate::rt::request_list!(
            DataCollectionGetSettings, DataCollectionListObjects,
            DataCollectionAddObject, DataCollectionDelete, DataCollectionSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssDataCollection::get_settings`.
        pub static DATA_COLLECTION_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssDataCollection",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the data collection's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/data-collections/{id}",
                    &[],
                    "DataCollectionGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDataCollectionSettings"),
            [false, true, false],
        );
        ///`DssDataCollection::list_objects`.
        pub static DATA_COLLECTION_LIST_OBJECTS: Endpoint = Endpoint::new(
            "DssDataCollection",
            "list_objects",
            crate::rt::Server::DSS,
            "Lists the objects of the data collection (each `{\"type\", \"projectKey\", \"id\", ...}`).",
            &[
                Arg::new(
                    "filter_type",
                    "str",
                    Presence::Optional,
                    Place::Query("filterType"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/data-collections/{id}/objects",
                    &[],
                    "DataCollectionListObjects",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < Value >"),
            [false, true, false],
        );
        ///`DssDataCollection::add_object`.
        pub static DATA_COLLECTION_ADD_OBJECT: Endpoint = Endpoint::new(
            "DssDataCollection",
            "add_object",
            crate::rt::Server::DSS,
            "Adds an object to the data collection, described as DSS expects it: `{\"type\": \"DATASET\", \"projectKey\", \"id\"}` (dataikuapi also builds this from its object handles).",
            &[
                Arg::new(
                    "obj",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/data-collections/{id}/objects",
                    &[],
                    "DataCollectionAddObject",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssDataCollection::delete`.
        pub static DATA_COLLECTION_DELETE: Endpoint = Endpoint::new(
            "DssDataCollection",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the data collection (not the objects in it).",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/data-collections/{id}",
                    &[],
                    "DataCollectionDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssDataCollectionSettings::save`.
        pub static DATA_COLLECTION_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssDataCollectionSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/data-collections/{id}",
                    &[],
                    "DataCollectionSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssDataCollectionSettings::display_name`.
        pub static DATA_COLLECTION_SETTINGS_DISPLAY_NAME: Endpoint = Endpoint::new(
            "DssDataCollectionSettings",
            "display_name",
            crate::rt::Server::DSS,
            "The data collection's display name.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssDataCollectionSettings::set_display_name`.
        pub static DATA_COLLECTION_SETTINGS_SET_DISPLAY_NAME: Endpoint = Endpoint::new(
            "DssDataCollectionSettings",
            "set_display_name",
            crate::rt::Server::DSS,
            "Renames the data collection.",
            &[
                Arg::new(
                    "value",
                    "str",
                    Presence::Required,
                    Place::Document("displayName"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssDataCollectionSettings::color`.
        pub static DATA_COLLECTION_SETTINGS_COLOR: Endpoint = Endpoint::new(
            "DssDataCollectionSettings",
            "color",
            crate::rt::Server::DSS,
            "The data collection's color (`#RRGGBB`).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssDataCollectionSettings::set_color`.
        pub static DATA_COLLECTION_SETTINGS_SET_COLOR: Endpoint = Endpoint::new(
            "DssDataCollectionSettings",
            "set_color",
            crate::rt::Server::DSS,
            "Sets the data collection's color.",
            &[
                Arg::new(
                    "value",
                    "str",
                    Presence::Required,
                    Place::Document("color"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssDataCollectionSettings::description`.
        pub static DATA_COLLECTION_SETTINGS_DESCRIPTION: Endpoint = Endpoint::new(
            "DssDataCollectionSettings",
            "description",
            crate::rt::Server::DSS,
            "The data collection's description.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssDataCollectionSettings::set_description`.
        pub static DATA_COLLECTION_SETTINGS_SET_DESCRIPTION: Endpoint = Endpoint::new(
            "DssDataCollectionSettings",
            "set_description",
            crate::rt::Server::DSS,
            "Sets the data collection's description.",
            &[
                Arg::new(
                    "value",
                    "str",
                    Presence::Required,
                    Place::Document("description"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssDataCollectionSettings::tags`.
        pub static DATA_COLLECTION_SETTINGS_TAGS: Endpoint = Endpoint::new(
            "DssDataCollectionSettings",
            "tags",
            crate::rt::Server::DSS,
            "The data collection's tags.",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssDataCollectionSettings::set_tags`.
        pub static DATA_COLLECTION_SETTINGS_SET_TAGS: Endpoint = Endpoint::new(
            "DssDataCollectionSettings",
            "set_tags",
            crate::rt::Server::DSS,
            "Sets the data collection's tags.",
            &[
                Arg::new(
                    "value",
                    "[str]",
                    Presence::Required,
                    Place::Document("tags"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssDataCollectionSettings::permissions`.
        pub static DATA_COLLECTION_SETTINGS_PERMISSIONS: Endpoint = Endpoint::new(
            "DssDataCollectionSettings",
            "permissions",
            crate::rt::Server::DSS,
            "Who can read, write or administer the data collection (absent for a caller who is not admin of it).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssDataCollectionSettings::set_permissions`.
        pub static DATA_COLLECTION_SETTINGS_SET_PERMISSIONS: Endpoint = Endpoint::new(
            "DssDataCollectionSettings",
            "set_permissions",
            crate::rt::Server::DSS,
            "Sets who can read, write or administer the data collection: a list of `{\"user\"|\"group\": .., \"admin\", \"write\", \"read\"}`.",
            &[
                Arg::new(
                    "value",
                    "json",
                    Presence::Required,
                    Place::Document("permissions"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssDataCollectionSettings::get_raw`.
        pub static DATA_COLLECTION_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssDataCollectionSettings",
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
        &endpoints::DATA_COLLECTION_GET_SETTINGS,
        &endpoints::DATA_COLLECTION_LIST_OBJECTS,
        &endpoints::DATA_COLLECTION_ADD_OBJECT,
        &endpoints::DATA_COLLECTION_DELETE,
        &endpoints::DATA_COLLECTION_SETTINGS_SAVE,
        &endpoints::DATA_COLLECTION_SETTINGS_DISPLAY_NAME,
        &endpoints::DATA_COLLECTION_SETTINGS_SET_DISPLAY_NAME,
        &endpoints::DATA_COLLECTION_SETTINGS_COLOR,
        &endpoints::DATA_COLLECTION_SETTINGS_SET_COLOR,
        &endpoints::DATA_COLLECTION_SETTINGS_DESCRIPTION,
        &endpoints::DATA_COLLECTION_SETTINGS_SET_DESCRIPTION,
        &endpoints::DATA_COLLECTION_SETTINGS_TAGS,
        &endpoints::DATA_COLLECTION_SETTINGS_SET_TAGS,
        &endpoints::DATA_COLLECTION_SETTINGS_PERMISSIONS,
        &endpoints::DATA_COLLECTION_SETTINGS_SET_PERMISSIONS,
        &endpoints::DATA_COLLECTION_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssDataCollection",
                doc: "A data collection, named by its id (dataikuapi's `DSSDataCollection`, whose constructor takes the `id`).",
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
                name: "DssDataCollectionSettings",
                doc: "The settings of a data collection, as `get_settings` reads them (dataikuapi's `DSSDataCollectionSettings`): its name, color, description, tags and permissions; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "id",
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
        &[]
    };
    impl super::handles::DssDataCollection {
        /**Reads the data collection's settings, to change and `save`.

`GET /data-collections/{id}`

Returns a [`DataCollectionGetSettings`](requests::DataCollectionGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::DataCollectionGetSettings<'_> {
            requests::DataCollectionGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the objects of the data collection (each `{"type",
"projectKey", "id", ...}`).

`GET /data-collections/{id}/objects`

Optional arguments, set by name on the returned request:
- `filter_type`: Unset by default (then left out). Sent as query parameter `filterType`.

Returns a [`DataCollectionListObjects`](requests::DataCollectionListObjects) request; nothing is sent until `.send()`.*/
        pub fn list_objects(&self) -> requests::DataCollectionListObjects<'_> {
            requests::DataCollectionListObjects {
                __owner: self,
                filter_type: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Adds an object to the data collection, described as DSS expects it:
`{"type": "DATASET", "projectKey", "id"}` (dataikuapi also builds
this from its object handles).

`POST /data-collections/{id}/objects`

Never retried: sending it twice could do the work twice.

Arguments:
- `obj`: The object to add. Sent as the JSON body.

Returns a [`DataCollectionAddObject`](requests::DataCollectionAddObject) request; nothing is sent until `.send()`.*/
        pub fn add_object(
            &self,
            obj: impl Into<::serde_json::Value>,
        ) -> requests::DataCollectionAddObject<'_> {
            requests::DataCollectionAddObject {
                __owner: self,
                obj: obj.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the data collection (not the objects in it).

`DELETE /data-collections/{id}`

Returns a [`DataCollectionDelete`](requests::DataCollectionDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::DataCollectionDelete<'_> {
            requests::DataCollectionDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssDataCollectionSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /data-collections/{id}`

Returns a [`DataCollectionSettingsSave`](requests::DataCollectionSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::DataCollectionSettingsSave<'_> {
            requests::DataCollectionSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The data collection's display name.

Reads the document this value holds; sends no request.*/
        pub fn display_name(&self) -> ::core::option::Option<&str> {
            self.document.get("displayName").and_then(::serde_json::Value::as_str)
        }
        /**Renames the data collection.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_display_name(
            &mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("displayName", ::serde_json::Value::from(value.into()));
            self
        }
        /**The data collection's color (`#RRGGBB`).

Reads the document this value holds; sends no request.*/
        pub fn color(&self) -> ::core::option::Option<&str> {
            self.document.get("color").and_then(::serde_json::Value::as_str)
        }
        /**Sets the data collection's color.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_color(
            &mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("color", ::serde_json::Value::from(value.into()));
            self
        }
        /**The data collection's description.

Reads the document this value holds; sends no request.*/
        pub fn description(&self) -> ::core::option::Option<&str> {
            self.document.get("description").and_then(::serde_json::Value::as_str)
        }
        /**Sets the data collection's description.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_description(
            &mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("description", ::serde_json::Value::from(value.into()));
            self
        }
        /**The data collection's tags.

Reads the document this value holds; sends no request.*/
        pub fn tags(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("tags")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**Sets the data collection's tags.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_tags(
            &mut self,
            value: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> &mut Self {
            self.document
                .set(
                    "tags",
                    ::serde_json::Value::from(
                        value
                            .into_iter()
                            .map(::core::convert::Into::into)
                            .collect::<::std::vec::Vec<::std::string::String>>(),
                    ),
                );
            self
        }
        /**Who can read, write or administer the data collection (absent for a
caller who is not admin of it).

Reads the document this value holds; sends no request.*/
        pub fn permissions(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("permissions")
        }
        /**Sets who can read, write or administer the data collection: a list
of `{"user"|"group": .., "admin", "write", "read"}`.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_permissions(
            &mut self,
            value: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("permissions", value.into());
            self
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
                ("DssDataCollection", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssDataCollection", ids)?;
                        let __owner = super::handles::DssDataCollection {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::DataCollectionGetSettings::ENDPOINT;
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
                ("DssDataCollection", "list_objects") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssDataCollection", ids)?;
                        let __owner = super::handles::DssDataCollection {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_objects();
                        let __endpoint = requests::DataCollectionListObjects::ENDPOINT;
                        if let Some(__v) = args.opt_str("filter_type")? {
                            __r = __r.filter_type(__v);
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
                ("DssDataCollection", "add_object") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssDataCollection", ids)?;
                        let __owner = super::handles::DssDataCollection {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.add_object(args.json("obj")?);
                        let __endpoint = requests::DataCollectionAddObject::ENDPOINT;
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
                ("DssDataCollection", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssDataCollection", ids)?;
                        let __owner = super::handles::DssDataCollection {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::DataCollectionDelete::ENDPOINT;
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
                ("DssDataCollectionSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssDataCollectionSettings", ids)?;
                        let __owner = super::handles::DssDataCollectionSettings {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::DataCollectionSettingsSave::ENDPOINT;
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
                "DssDataCollectionSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssDataCollection", ids)?;
                        let __owner = super::handles::DssDataCollection {
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
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssDataCollection {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssDataCollection"
            );
            checked += 1;
            let handle = super::handles::DssDataCollectionSettings {
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
                "DssDataCollectionSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
