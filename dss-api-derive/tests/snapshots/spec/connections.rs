// The expansion of `connections.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/connections.dss`.
pub mod spec_connections {
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
        ///A connection, named by its name.
        #[derive(Clone)]
        pub struct DssConnection {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) name: String,
        }
        impl DssConnection {
            ///The `name` this handle points at.
            pub fn name(&self) -> &str {
                &self.name
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssConnection {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssConnection")
                    .field("name", &self.name)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a connection, as `get_settings` reads them (dataikuapi's
`DSSConnectionSettings`): its `type`, its type-specific `params`, who
may use it and read its details, what may be stored in it; changed, then
sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssConnectionSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) name: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssConnectionSettings {
            ///The `name` this handle points at.
            pub fn name(&self) -> &str {
                &self.name
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
        impl ::core::fmt::Debug for DssConnectionSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssConnectionSettings")
                    .field("name", &self.name)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**What a user may know of a connection, as `get_info` reads it
(dataikuapi's `DSSConnectionInfo`): its type, parameters, and the
credentials DSS resolved for the caller, when the connection lets them
read its details. Read only.*/
        #[derive(Clone)]
        pub struct DssConnectionInfo {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) name: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssConnectionInfo {
            ///The `name` this handle points at.
            pub fn name(&self) -> &str {
                &self.name
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
        impl ::core::fmt::Debug for DssConnectionInfo {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssConnectionInfo")
                    .field("name", &self.name)
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
        ///Request value of [`DssClient::list_connections`](crate::rt::DssClient::list_connections): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListConnections<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListConnections<'a> {
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
                __call.lit("/admin/connections/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListConnections, super::endpoints::LIST_CONNECTIONS, json(serde_json::Map <
            String, Value >,
            "Sends the request (`GET /admin/connections/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListConnections<'_> {}
        ///Request value of [`DssClient::create_connection`](crate::rt::DssClient::create_connection): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateConnection<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) name: String,
            pub(crate) connection_type: String,
            pub(crate) params: ::serde_json::Value,
            pub(crate) usable_by: String,
            pub(crate) allowed_groups: Vec<String>,
            pub(crate) description: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateConnection<'a> {
            /**Type-specific parameters.

Default: `{}`. Sent as JSON member `params`.*/
            pub fn params(mut self, params: impl Into<::serde_json::Value>) -> Self {
                self.params = params.into();
                self
            }
            /**`ALL` (no restriction) or `ALLOWED` (only `allowed_groups`).

Default: `ALL`. Sent as JSON member `usableBy`.*/
            pub fn usable_by(mut self, usable_by: impl Into<String>) -> Self {
                self.usable_by = usable_by.into();
                self
            }
            /**Groups allowed to use it when `usable_by` is `ALLOWED`.

Default: `[]`. Sent as JSON member `allowedGroups`.*/
            pub fn allowed_groups(
                mut self,
                allowed_groups: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.allowed_groups = allowed_groups
                    .into_iter()
                    .map(Into::into)
                    .collect();
                self
            }
            /**Description.

Unset by default (then sent as `null`). Sent as JSON member `description`.*/
            pub fn description(mut self, description: impl Into<String>) -> Self {
                self.description = Some(description.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
                let Self {
                    __owner,
                    name,
                    connection_type,
                    params,
                    usable_by,
                    allowed_groups,
                    description,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/connections/");
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
                                    String::from("type"),
                                    ::serde_json::Value::from(connection_type),
                                );
                            __map
                                .insert(
                                    String::from("params"),
                                    ::serde_json::Value::from(params),
                                );
                            __map
                                .insert(
                                    String::from("usableBy"),
                                    ::serde_json::Value::from(usable_by),
                                );
                            __map
                                .insert(
                                    String::from("allowedGroups"),
                                    ::serde_json::Value::from(allowed_groups),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (name,)))
            }
            ///Sends the request (`POST /admin/connections/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssConnection, crate::rt::Error> {
                let (__call, (name,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_name = name;
                            super::super::handles::DssConnection {
                                client: ::core::clone::Clone::clone(__client),
                                name: __f_name,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            CreateConnection, super::endpoints::CREATE_CONNECTION, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateConnection<'_> {}
        ///Request value of [`DssConnection::get_definition`](super::super::handles::DssConnection::get_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ConnectionGetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssConnection,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ConnectionGetDefinition<'a> {
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
                __call.lit("/admin/connections/");
                __call.segment("name", &__owner.name, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ConnectionGetDefinition, super::endpoints::CONNECTION_GET_DEFINITION,
            json(Value,
            "Sends the request (`GET /admin/connections/{name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ConnectionGetDefinition<'_> {}
        ///Request value of [`DssConnection::set_definition`](super::super::handles::DssConnection::set_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ConnectionSetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssConnection,
            pub(crate) definition: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ConnectionSetDefinition<'a> {
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
                __call.lit("/admin/connections/");
                __call.segment("name", &__owner.name, false)?;
                __call.json(&::serde_json::Value::from(definition))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ConnectionSetDefinition, super::endpoints::CONNECTION_SET_DEFINITION,
            json(Value,
            "Sends the request (`PUT /admin/connections/{name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ConnectionSetDefinition<'_> {}
        ///Request value of [`DssConnection::delete`](super::super::handles::DssConnection::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ConnectionDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssConnection,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ConnectionDelete<'a> {
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
                __call.lit("/admin/connections/");
                __call.segment("name", &__owner.name, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ConnectionDelete, super::endpoints::CONNECTION_DELETE,
            unit("Sends the request (`DELETE /admin/connections/{name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ConnectionDelete<'_> {}
        ///Request value of [`DssConnection::get_settings`](super::super::handles::DssConnection::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ConnectionGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssConnection,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ConnectionGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssConnection,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/connections/");
                __call.segment("name", &__owner.name, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /admin/connections/{name}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssConnectionSettings, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_name = ::core::clone::Clone::clone(&__owner.name);
                            super::super::handles::DssConnectionSettings {
                                client: ::core::clone::Clone::clone(__client),
                                name: __f_name,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ConnectionGetSettings, super::endpoints::CONNECTION_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ConnectionGetSettings<'_> {}
        ///Request value of [`DssConnection::get_info`](super::super::handles::DssConnection::get_info): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ConnectionGetInfo<'a> {
            pub(crate) __owner: &'a super::super::handles::DssConnection,
            pub(crate) contextual_project_key: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ConnectionGetInfo<'a> {
            /**Project in whose context to resolve the connection's variables.

Unset by default (then left out). Sent as query parameter `contextualProjectKey`.*/
            pub fn contextual_project_key(
                mut self,
                contextual_project_key: impl Into<String>,
            ) -> Self {
                self.contextual_project_key = Some(contextual_project_key.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssConnection,)),
                crate::rt::Error,
            > {
                let Self { __owner, contextual_project_key, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/connections/");
                __call.segment("name", &__owner.name, false)?;
                __call.lit("/info");
                __call.query("contextualProjectKey", &contextual_project_key);
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /connections/{name}/info`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssConnectionInfo, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_name = ::core::clone::Clone::clone(&__owner.name);
                            super::super::handles::DssConnectionInfo {
                                client: ::core::clone::Clone::clone(__client),
                                name: __f_name,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ConnectionGetInfo, super::endpoints::CONNECTION_GET_INFO, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ConnectionGetInfo<'_> {}
        ///Request value of [`DssConnection::test`](super::super::handles::DssConnection::test): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ConnectionTest<'a> {
            pub(crate) __owner: &'a super::super::handles::DssConnection,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ConnectionTest<'a> {
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
                __call.lit("/connections/");
                __call.segment("name", &__owner.name, false)?;
                __call.lit("/test");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ConnectionTest, super::endpoints::CONNECTION_TEST, json(Value,
            "Sends the request (`GET /connections/{name}/test`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ConnectionTest<'_> {}
        ///Request value of [`DssConnectionSettings::save`](super::super::handles::DssConnectionSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ConnectionSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssConnectionSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ConnectionSettingsSave<'a> {
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
                __call.lit("/admin/connections/");
                __call.segment("name", &__owner.name, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ConnectionSettingsSave, super::endpoints::CONNECTION_SETTINGS_SAVE,
            unit("Sends the request (`PUT /admin/connections/{name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ConnectionSettingsSave<'_> {}
        crate::rt::request_list!(
            ListConnections, CreateConnection, ConnectionGetDefinition,
            ConnectionSetDefinition, ConnectionDelete, ConnectionGetSettings,
            ConnectionGetInfo, ConnectionTest, ConnectionSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_connections`.
        pub static LIST_CONNECTIONS: Endpoint = Endpoint::new(
            "DssClient",
            "list_connections",
            crate::rt::Server::DSS,
            "Lists the connections (needs admin rights), as a map from connection name to its summary.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/connections/",
                    &[],
                    "ListConnections",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("serde_json :: Map < String , Value >"),
            [false, true, false],
        );
        ///`DssClient::get_connection`.
        pub static GET_CONNECTION: Endpoint = Endpoint::new(
            "DssClient",
            "get_connection",
            crate::rt::Server::DSS,
            "A handle on one connection.",
            &[Arg::new("name", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssConnection"),
            [false, true, false],
        );
        ///`DssClient::create_connection`.
        pub static CREATE_CONNECTION: Endpoint = Endpoint::new(
            "DssClient",
            "create_connection",
            crate::rt::Server::DSS,
            "Creates a connection (needs admin rights) and returns a handle on it.",
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
                    "connection_type",
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
                    "usable_by",
                    "str",
                    Presence::Default("ALL"),
                    Place::Member {
                        path: "usableBy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "allowed_groups",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Member {
                        path: "allowedGroups",
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
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/connections/",
                    &[],
                    "CreateConnection",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssConnection"),
            [false, true, false],
        );
        ///`DssConnection::get_definition`.
        pub static CONNECTION_GET_DEFINITION: Endpoint = Endpoint::new(
            "DssConnection",
            "get_definition",
            crate::rt::Server::DSS,
            "Reads the connection's definition.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/connections/{name}",
                    &[],
                    "ConnectionGetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssConnection::set_definition`.
        pub static CONNECTION_SET_DEFINITION: Endpoint = Endpoint::new(
            "DssConnection",
            "set_definition",
            crate::rt::Server::DSS,
            "Saves the connection's definition, as read by `get_definition` and changed.",
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
                    "/admin/connections/{name}",
                    &[],
                    "ConnectionSetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssConnection::delete`.
        pub static CONNECTION_DELETE: Endpoint = Endpoint::new(
            "DssConnection",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the connection.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/admin/connections/{name}",
                    &[],
                    "ConnectionDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssConnection::get_settings`.
        pub static CONNECTION_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssConnection",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the connection's settings, to change and `save` (the same answer as `get_definition`, which dataikuapi deprecates in favour of this one).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/connections/{name}",
                    &[],
                    "ConnectionGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssConnectionSettings"),
            [false, true, false],
        );
        ///`DssConnection::get_info`.
        pub static CONNECTION_GET_INFO: Endpoint = Endpoint::new(
            "DssConnection",
            "get_info",
            crate::rt::Server::DSS,
            "Reads what the caller may know of the connection: its type and parameters, and its credentials when the connection lets the caller read its details (no admin rights needed).",
            &[
                Arg::new(
                    "contextual_project_key",
                    "str",
                    Presence::Optional,
                    Place::Query("contextualProjectKey"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/connections/{name}/info",
                    &[],
                    "ConnectionGetInfo",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssConnectionInfo"),
            [false, true, false],
        );
        ///`DssConnection::test`.
        pub static CONNECTION_TEST: Endpoint = Endpoint::new(
            "DssConnection",
            "test",
            crate::rt::Server::DSS,
            "Tests the connection.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/connections/{name}/test",
                    &[],
                    "ConnectionTest",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssConnectionSettings::save`.
        pub static CONNECTION_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssConnectionSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/admin/connections/{name}",
                    &[],
                    "ConnectionSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssConnectionSettings::r#type`.
        pub static CONNECTION_SETTINGS_R_TYPE: Endpoint = Endpoint::new(
            "DssConnectionSettings",
            "r#type",
            crate::rt::Server::DSS,
            "The connection's type (`PostgreSQL`, `EC2`, `Azure`, ...).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssConnectionSettings::allow_managed_datasets`.
        pub static CONNECTION_SETTINGS_ALLOW_MANAGED_DATASETS: Endpoint = Endpoint::new(
            "DssConnectionSettings",
            "allow_managed_datasets",
            crate::rt::Server::DSS,
            "Whether managed datasets may be stored in the connection.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssConnectionSettings::set_allow_managed_datasets`.
        pub static CONNECTION_SETTINGS_SET_ALLOW_MANAGED_DATASETS: Endpoint = Endpoint::new(
            "DssConnectionSettings",
            "set_allow_managed_datasets",
            crate::rt::Server::DSS,
            "Lets managed datasets be stored in the connection, or not.",
            &[
                Arg::new(
                    "new_value",
                    "bool",
                    Presence::Required,
                    Place::Document("allowManagedDatasets"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssConnectionSettings::allow_managed_folders`.
        pub static CONNECTION_SETTINGS_ALLOW_MANAGED_FOLDERS: Endpoint = Endpoint::new(
            "DssConnectionSettings",
            "allow_managed_folders",
            crate::rt::Server::DSS,
            "Whether managed folders may be stored in the connection.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssConnectionSettings::set_allow_managed_folders`.
        pub static CONNECTION_SETTINGS_SET_ALLOW_MANAGED_FOLDERS: Endpoint = Endpoint::new(
            "DssConnectionSettings",
            "set_allow_managed_folders",
            crate::rt::Server::DSS,
            "Lets managed folders be stored in the connection, or not.",
            &[
                Arg::new(
                    "new_value",
                    "bool",
                    Presence::Required,
                    Place::Document("allowManagedFolders"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssConnectionSettings::allow_knowledge_banks`.
        pub static CONNECTION_SETTINGS_ALLOW_KNOWLEDGE_BANKS: Endpoint = Endpoint::new(
            "DssConnectionSettings",
            "allow_knowledge_banks",
            crate::rt::Server::DSS,
            "Whether knowledge banks may use the connection.",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssConnectionSettings::set_allow_knowledge_banks`.
        pub static CONNECTION_SETTINGS_SET_ALLOW_KNOWLEDGE_BANKS: Endpoint = Endpoint::new(
            "DssConnectionSettings",
            "set_allow_knowledge_banks",
            crate::rt::Server::DSS,
            "Lets knowledge banks use the connection, or not.",
            &[
                Arg::new(
                    "new_value",
                    "bool",
                    Presence::Required,
                    Place::Document("allowKnowledgeBanks"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssConnectionSettings::allow_write`.
        pub static CONNECTION_SETTINGS_ALLOW_WRITE: Endpoint = Endpoint::new(
            "DssConnectionSettings",
            "allow_write",
            crate::rt::Server::DSS,
            "Whether DSS may write to the connection (else it is read-only to DSS).",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssConnectionSettings::set_allow_write`.
        pub static CONNECTION_SETTINGS_SET_ALLOW_WRITE: Endpoint = Endpoint::new(
            "DssConnectionSettings",
            "set_allow_write",
            crate::rt::Server::DSS,
            "Lets DSS write to the connection, or makes it read-only to DSS.",
            &[
                Arg::new(
                    "new_value",
                    "bool",
                    Presence::Required,
                    Place::Document("allowWrite"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssConnectionSettings::usable_by`.
        pub static CONNECTION_SETTINGS_USABLE_BY: Endpoint = Endpoint::new(
            "DssConnectionSettings",
            "usable_by",
            crate::rt::Server::DSS,
            "Who may use the connection (read and write data through it): `ALL`, or `ALLOWED` (the groups of `usable_by_allowed_groups`).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssConnectionSettings::usable_by_allowed_groups`.
        pub static CONNECTION_SETTINGS_USABLE_BY_ALLOWED_GROUPS: Endpoint = Endpoint::new(
            "DssConnectionSettings",
            "usable_by_allowed_groups",
            crate::rt::Server::DSS,
            "The groups that may use the connection when `usable_by` is `ALLOWED`.",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssConnectionSettings::set_usability`.
        pub static CONNECTION_SETTINGS_SET_USABILITY: Endpoint = Endpoint::new(
            "DssConnectionSettings",
            "set_usability",
            crate::rt::Server::DSS,
            "Sets who may use the connection: everybody (`all`), or the groups listed (then `usableBy` is `ALLOWED`; with `all`, the groups are left as they were).",
            &[
                Arg::new("all", "bool", Presence::Required, Place::HandWritten, false),
                Arg::new(
                    "groups",
                    "& [& str]",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssConnectionSettings"),
            [true, true, false],
        );
        ///`DssConnectionSettings::details_readability`.
        pub static CONNECTION_SETTINGS_DETAILS_READABILITY: Endpoint = Endpoint::new(
            "DssConnectionSettings",
            "details_readability",
            crate::rt::Server::DSS,
            "Who may read the connection's details (its credentials, mostly), to read and set.",
            &[],
            None,
            ResultKind::HandWritten("ConnectionDetailsReadability < '_ >"),
            [true, true, false],
        );
        ///`DssConnectionInfo::get_type`.
        pub static CONNECTION_INFO_GET_TYPE: Endpoint = Endpoint::new(
            "DssConnectionInfo",
            "get_type",
            crate::rt::Server::DSS,
            "The connection's type (`Azure`, `Snowflake`, `GCS`, ...).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssConnectionInfo::get_credential_mode`.
        pub static CONNECTION_INFO_GET_CREDENTIAL_MODE: Endpoint = Endpoint::new(
            "DssConnectionInfo",
            "get_credential_mode",
            crate::rt::Server::DSS,
            "How the connection gets its credentials.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssConnectionInfo::get_params`.
        pub static CONNECTION_INFO_GET_PARAMS: Endpoint = Endpoint::new(
            "DssConnectionInfo",
            "get_params",
            crate::rt::Server::DSS,
            "The connection's type-specific parameters.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssConnectionInfo::get_resolved_params`.
        pub static CONNECTION_INFO_GET_RESOLVED_PARAMS: Endpoint = Endpoint::new(
            "DssConnectionInfo",
            "get_resolved_params",
            crate::rt::Server::DSS,
            "The connection's parameters with variables resolved (none for some types of connection).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssConnectionInfo::get_basic_credential`.
        pub static CONNECTION_INFO_GET_BASIC_CREDENTIAL: Endpoint = Endpoint::new(
            "DssConnectionInfo",
            "get_basic_credential",
            crate::rt::Server::DSS,
            "The user and password DSS resolved for the caller, when the connection has them and lets the caller read them (dataikuapi raises when there are none).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssConnectionInfo::get_aws_credential`.
        pub static CONNECTION_INFO_GET_AWS_CREDENTIAL: Endpoint = Endpoint::new(
            "DssConnectionInfo",
            "get_aws_credential",
            crate::rt::Server::DSS,
            "The AWS credential DSS resolved for the caller (`accessKey`, `secretKey`, and `sessionToken` for an STS token), when there is one.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssConnectionInfo::get_oauth2_credential`.
        pub static CONNECTION_INFO_GET_OAUTH2_CREDENTIAL: Endpoint = Endpoint::new(
            "DssConnectionInfo",
            "get_oauth2_credential",
            crate::rt::Server::DSS,
            "The OAuth2 credential DSS resolved for the caller (`accessToken`), when there is one.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssConnectionSettings::get_raw`.
        pub static CONNECTION_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssConnectionSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssConnectionInfo::get_raw`.
        pub static CONNECTION_INFO_GET_RAW: Endpoint = Endpoint::new(
            "DssConnectionInfo",
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
        &endpoints::LIST_CONNECTIONS,
        &endpoints::GET_CONNECTION,
        &endpoints::CREATE_CONNECTION,
        &endpoints::CONNECTION_GET_DEFINITION,
        &endpoints::CONNECTION_SET_DEFINITION,
        &endpoints::CONNECTION_DELETE,
        &endpoints::CONNECTION_GET_SETTINGS,
        &endpoints::CONNECTION_GET_INFO,
        &endpoints::CONNECTION_TEST,
        &endpoints::CONNECTION_SETTINGS_SAVE,
        &endpoints::CONNECTION_SETTINGS_R_TYPE,
        &endpoints::CONNECTION_SETTINGS_ALLOW_MANAGED_DATASETS,
        &endpoints::CONNECTION_SETTINGS_SET_ALLOW_MANAGED_DATASETS,
        &endpoints::CONNECTION_SETTINGS_ALLOW_MANAGED_FOLDERS,
        &endpoints::CONNECTION_SETTINGS_SET_ALLOW_MANAGED_FOLDERS,
        &endpoints::CONNECTION_SETTINGS_ALLOW_KNOWLEDGE_BANKS,
        &endpoints::CONNECTION_SETTINGS_SET_ALLOW_KNOWLEDGE_BANKS,
        &endpoints::CONNECTION_SETTINGS_ALLOW_WRITE,
        &endpoints::CONNECTION_SETTINGS_SET_ALLOW_WRITE,
        &endpoints::CONNECTION_SETTINGS_USABLE_BY,
        &endpoints::CONNECTION_SETTINGS_USABLE_BY_ALLOWED_GROUPS,
        &endpoints::CONNECTION_SETTINGS_SET_USABILITY,
        &endpoints::CONNECTION_SETTINGS_DETAILS_READABILITY,
        &endpoints::CONNECTION_INFO_GET_TYPE,
        &endpoints::CONNECTION_INFO_GET_CREDENTIAL_MODE,
        &endpoints::CONNECTION_INFO_GET_PARAMS,
        &endpoints::CONNECTION_INFO_GET_RESOLVED_PARAMS,
        &endpoints::CONNECTION_INFO_GET_BASIC_CREDENTIAL,
        &endpoints::CONNECTION_INFO_GET_AWS_CREDENTIAL,
        &endpoints::CONNECTION_INFO_GET_OAUTH2_CREDENTIAL,
        &endpoints::CONNECTION_SETTINGS_GET_RAW,
        &endpoints::CONNECTION_INFO_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssConnection",
                doc: "A connection, named by its name.",
                fields: &[
                    HandleField {
                        name: "name",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssConnectionSettings",
                doc: "The settings of a connection, as `get_settings` reads them (dataikuapi's `DSSConnectionSettings`): its `type`, its type-specific `params`, who may use it and read its details, what may be stored in it; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "name",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "DssConnectionInfo",
                doc: "What a user may know of a connection, as `get_info` reads it (dataikuapi's `DSSConnectionInfo`): its type, parameters, and the credentials DSS resolved for the caller, when the connection lets them read its details.",
                fields: &[
                    HandleField {
                        name: "name",
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
    impl crate::rt::DssClient {
        /**Lists the connections (needs admin rights), as a map from connection
name to its summary.

`GET /admin/connections/`

Returns a [`ListConnections`](requests::ListConnections) request; nothing is sent until `.send()`.*/
        pub fn list_connections(&self) -> requests::ListConnections<'_> {
            requests::ListConnections {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one connection.

Builds a handle; sends no request.*/
        pub fn get_connection(
            &self,
            name: impl Into<String>,
        ) -> super::handles::DssConnection {
            let name = name.into();
            {
                let __f_name = name;
                super::handles::DssConnection {
                    client: ::core::clone::Clone::clone(self),
                    name: __f_name,
                }
            }
        }
        /**Creates a connection (needs admin rights) and returns a handle on it.

`POST /admin/connections/`

Never retried: sending it twice could do the work twice.

Arguments:
- `name`: Name of the new connection. Sent as JSON member `name`.
- `connection_type`: Connection type (e.g. `PostgreSQL`). Sent as JSON member `type`.

Optional arguments, set by name on the returned request:
- `params`: Default: `{}`. Sent as JSON member `params`.
- `usable_by`: Default: `ALL`. Sent as JSON member `usableBy`.
- `allowed_groups`: Default: `[]`. Sent as JSON member `allowedGroups`.
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.

Returns a [`CreateConnection`](requests::CreateConnection) request; nothing is sent until `.send()`.*/
        pub fn create_connection(
            &self,
            name: impl Into<String>,
            connection_type: impl Into<String>,
        ) -> requests::CreateConnection<'_> {
            requests::CreateConnection {
                __owner: self,
                name: name.into(),
                connection_type: connection_type.into(),
                params: ::serde_json::Value::Object(::serde_json::Map::new()),
                usable_by: String::from("ALL"),
                allowed_groups: Vec::new(),
                description: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssConnection {
        /**Reads the connection's definition.

`GET /admin/connections/{name}`

Returns a [`ConnectionGetDefinition`](requests::ConnectionGetDefinition) request; nothing is sent until `.send()`.*/
        pub fn get_definition(&self) -> requests::ConnectionGetDefinition<'_> {
            requests::ConnectionGetDefinition {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the connection's definition, as read by `get_definition` and changed.

`PUT /admin/connections/{name}`

Arguments:
- `definition`: Sent as the JSON body.

Returns a [`ConnectionSetDefinition`](requests::ConnectionSetDefinition) request; nothing is sent until `.send()`.*/
        pub fn set_definition(
            &self,
            definition: impl Into<::serde_json::Value>,
        ) -> requests::ConnectionSetDefinition<'_> {
            requests::ConnectionSetDefinition {
                __owner: self,
                definition: definition.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the connection.

`DELETE /admin/connections/{name}`

Returns a [`ConnectionDelete`](requests::ConnectionDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::ConnectionDelete<'_> {
            requests::ConnectionDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the connection's settings, to change and `save` (the same
answer as `get_definition`, which dataikuapi deprecates in favour of
this one).

`GET /admin/connections/{name}`

Returns a [`ConnectionGetSettings`](requests::ConnectionGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::ConnectionGetSettings<'_> {
            requests::ConnectionGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads what the caller may know of the connection: its type and
parameters, and its credentials when the connection lets the caller
read its details (no admin rights needed).

`GET /connections/{name}/info`

Optional arguments, set by name on the returned request:
- `contextual_project_key`: Unset by default (then left out). Sent as query parameter `contextualProjectKey`.

Returns a [`ConnectionGetInfo`](requests::ConnectionGetInfo) request; nothing is sent until `.send()`.*/
        pub fn get_info(&self) -> requests::ConnectionGetInfo<'_> {
            requests::ConnectionGetInfo {
                __owner: self,
                contextual_project_key: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Tests the connection.

`GET /connections/{name}/test`

Returns a [`ConnectionTest`](requests::ConnectionTest) request; nothing is sent until `.send()`.*/
        pub fn test(&self) -> requests::ConnectionTest<'_> {
            requests::ConnectionTest {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssConnectionSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /admin/connections/{name}`

Returns a [`ConnectionSettingsSave`](requests::ConnectionSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::ConnectionSettingsSave<'_> {
            requests::ConnectionSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The connection's type (`PostgreSQL`, `EC2`, `Azure`, ...).

Reads the document this value holds; sends no request.*/
        pub fn r#type(&self) -> ::core::option::Option<&str> {
            self.document.get("type").and_then(::serde_json::Value::as_str)
        }
        /**Whether managed datasets may be stored in the connection.

Reads the document this value holds; sends no request.*/
        pub fn allow_managed_datasets(&self) -> ::core::option::Option<bool> {
            self.document
                .get("allowManagedDatasets")
                .and_then(::serde_json::Value::as_bool)
        }
        /**Lets managed datasets be stored in the connection, or not.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_allow_managed_datasets(&mut self, new_value: bool) -> &mut Self {
            self.document
                .set("allowManagedDatasets", ::serde_json::Value::Bool(new_value));
            self
        }
        /**Whether managed folders may be stored in the connection.

Reads the document this value holds; sends no request.*/
        pub fn allow_managed_folders(&self) -> ::core::option::Option<bool> {
            self.document
                .get("allowManagedFolders")
                .and_then(::serde_json::Value::as_bool)
        }
        /**Lets managed folders be stored in the connection, or not.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_allow_managed_folders(&mut self, new_value: bool) -> &mut Self {
            self.document
                .set("allowManagedFolders", ::serde_json::Value::Bool(new_value));
            self
        }
        /**Whether knowledge banks may use the connection.

Reads the document this value holds; sends no request.*/
        pub fn allow_knowledge_banks(&self) -> ::core::option::Option<bool> {
            self.document
                .get("allowKnowledgeBanks")
                .and_then(::serde_json::Value::as_bool)
        }
        /**Lets knowledge banks use the connection, or not.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_allow_knowledge_banks(&mut self, new_value: bool) -> &mut Self {
            self.document
                .set("allowKnowledgeBanks", ::serde_json::Value::Bool(new_value));
            self
        }
        /**Whether DSS may write to the connection (else it is read-only to
DSS).

Reads the document this value holds; sends no request.*/
        pub fn allow_write(&self) -> ::core::option::Option<bool> {
            self.document.get("allowWrite").and_then(::serde_json::Value::as_bool)
        }
        /**Lets DSS write to the connection, or makes it read-only to DSS.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_allow_write(&mut self, new_value: bool) -> &mut Self {
            self.document.set("allowWrite", ::serde_json::Value::Bool(new_value));
            self
        }
        /**Who may use the connection (read and write data through it): `ALL`,
or `ALLOWED` (the groups of `usable_by_allowed_groups`).

Reads the document this value holds; sends no request.*/
        pub fn usable_by(&self) -> ::core::option::Option<&str> {
            self.document.get("usableBy").and_then(::serde_json::Value::as_str)
        }
        /**The groups that may use the connection when `usable_by` is
`ALLOWED`.

Reads the document this value holds; sends no request.*/
        pub fn usable_by_allowed_groups(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("allowedGroups")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssConnectionInfo {
        /**The connection's type (`Azure`, `Snowflake`, `GCS`, ...).

Reads the document this value holds; sends no request.*/
        pub fn get_type(&self) -> ::core::option::Option<&str> {
            self.document.get("type").and_then(::serde_json::Value::as_str)
        }
        /**How the connection gets its credentials.

Reads the document this value holds; sends no request.*/
        pub fn get_credential_mode(&self) -> ::core::option::Option<&str> {
            self.document.get("credentialsMode").and_then(::serde_json::Value::as_str)
        }
        /**The connection's type-specific parameters.

Reads the document this value holds; sends no request.*/
        pub fn get_params(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("params")
        }
        /**The connection's parameters with variables resolved (none for some
types of connection).

Reads the document this value holds; sends no request.*/
        pub fn get_resolved_params(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("resolvedParams")
        }
        /**The user and password DSS resolved for the caller, when the
connection has them and lets the caller read them (dataikuapi
raises when there are none).

Reads the document this value holds; sends no request.*/
        pub fn get_basic_credential(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("resolvedBasicCredential")
        }
        /**The AWS credential DSS resolved for the caller (`accessKey`,
`secretKey`, and `sessionToken` for an STS token), when there is one.

Reads the document this value holds; sends no request.*/
        pub fn get_aws_credential(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("resolvedAWSCredential")
        }
        /**The OAuth2 credential DSS resolved for the caller (`accessToken`),
when there is one.

Reads the document this value holds; sends no request.*/
        pub fn get_oauth2_credential(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("resolvedOAuth2Credential")
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
            impl super::handles::DssConnectionSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_usability(
                    &mut self,
                    all: bool,
                    groups: &[&str],
                ) -> &mut DssConnectionSettings {
                    self.set_usability(all, groups)
                }
            }
            impl super::handles::DssConnectionSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_details_readability(
                    &mut self,
                ) -> ConnectionDetailsReadability<'_> {
                    self.details_readability()
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
                ("DssClient", "list_connections") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_connections();
                        let __endpoint = requests::ListConnections::ENDPOINT;
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
                ("DssClient", "create_connection") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .create_connection(
                                args.str("name")?,
                                args.str("connection_type")?,
                            );
                        let __endpoint = requests::CreateConnection::ENDPOINT;
                        if let Some(__v) = args.opt_json("params")? {
                            __r = __r.params(__v);
                        }
                        if let Some(__v) = args.opt_str("usable_by")? {
                            __r = __r.usable_by(__v);
                        }
                        if let Some(__v) = args.opt_strings("allowed_groups")? {
                            __r = __r.allowed_groups(__v);
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
                ("DssConnection", "get_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssConnection", ids)?;
                        let __owner = super::handles::DssConnection {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_definition();
                        let __endpoint = requests::ConnectionGetDefinition::ENDPOINT;
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
                ("DssConnection", "set_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssConnection", ids)?;
                        let __owner = super::handles::DssConnection {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_definition(args.json("definition")?);
                        let __endpoint = requests::ConnectionSetDefinition::ENDPOINT;
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
                ("DssConnection", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssConnection", ids)?;
                        let __owner = super::handles::DssConnection {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::ConnectionDelete::ENDPOINT;
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
                ("DssConnection", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssConnection", ids)?;
                        let __owner = super::handles::DssConnection {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::ConnectionGetSettings::ENDPOINT;
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
                ("DssConnection", "get_info") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssConnection", ids)?;
                        let __owner = super::handles::DssConnection {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_info();
                        let __endpoint = requests::ConnectionGetInfo::ENDPOINT;
                        if let Some(__v) = args.opt_str("contextual_project_key")? {
                            __r = __r.contextual_project_key(__v);
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
                ("DssConnection", "test") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssConnection", ids)?;
                        let __owner = super::handles::DssConnection {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.test();
                        let __endpoint = requests::ConnectionTest::ENDPOINT;
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
                ("DssConnectionSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssConnectionSettings", ids)?;
                        let __owner = super::handles::DssConnectionSettings {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::ConnectionSettingsSave::ENDPOINT;
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
                "DssConnectionSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssConnection", ids)?;
                        let __owner = super::handles::DssConnection {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssConnectionInfo" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssConnection", ids)?;
                        let __owner = super::handles::DssConnection {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                        };
                        let mut __doc = __owner.get_info().send()?;
                        edit(__doc.raw_mut());
                        Ok(false)
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
            let handle = super::handles::DssConnection {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                name: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssConnection"
            );
            checked += 1;
            let handle = super::handles::DssConnectionSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                name: ::std::string::String::from("plain"),
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
                "DssConnectionSettings"
            );
            checked += 1;
            let handle = super::handles::DssConnectionInfo {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                name: ::std::string::String::from("plain"),
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
                "DssConnectionInfo"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
