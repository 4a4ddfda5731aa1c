// The expansion of `workspaces.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/workspaces.dss`.
pub mod spec_workspaces {
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
        ///A workspace, named by its key.
        #[derive(Clone)]
        pub struct DssWorkspace {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) workspace_key: String,
        }
        impl DssWorkspace {
            ///The `workspace_key` this handle points at.
            pub fn workspace_key(&self) -> &str {
                &self.workspace_key
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssWorkspace {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssWorkspace")
                    .field("workspace_key", &self.workspace_key)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a workspace, as `get_settings` reads them (dataikuapi's
`DSSWorkspaceSettings`): its name, color, description and permissions;
changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssWorkspaceSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) workspace_key: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssWorkspaceSettings {
            ///The `workspace_key` this handle points at.
            pub fn workspace_key(&self) -> &str {
                &self.workspace_key
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
        impl ::core::fmt::Debug for DssWorkspaceSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssWorkspaceSettings")
                    .field("workspace_key", &self.workspace_key)
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
        ///A workspace as listed by `list_workspaces`.
        #[derive(Clone, PartialEq)]
        pub struct WorkspaceSummary {
            ///The workspace's key.
            pub workspace_key: String,
            ///Display name.
            pub display_name: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for WorkspaceSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = WorkspaceSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `WorkspaceSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<WorkspaceSummary, __A::Error> {
                        let mut __m_workspace_key: Option<String> = None;
                        let mut __m_display_name: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "workspaceKey" => {
                                    __m_workspace_key = Some(
                                        crate::rt::model::next_member(&mut __map, "workspaceKey")?,
                                    );
                                }
                                "displayName" => {
                                    __m_display_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "displayName",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(WorkspaceSummary {
                            workspace_key: match __m_workspace_key {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field(
                                            "workspaceKey",
                                        ),
                                    );
                                }
                            },
                            display_name: __m_display_name,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for WorkspaceSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "workspaceKey",
                    &self.workspace_key,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "displayName",
                    &self.display_name,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for WorkspaceSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("WorkspaceSummary")
                    .field("workspace_key", &self.workspace_key)
                    .field("display_name", &self.display_name)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl WorkspaceSummary {
            ///The [`DssWorkspace`](super::super::handles::DssWorkspace) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssWorkspace {
                {
                    let __f_workspace_key = ::core::clone::Clone::clone(
                        &self.workspace_key,
                    );
                    super::super::handles::DssWorkspace {
                        client: ::core::clone::Clone::clone(client),
                        workspace_key: __f_workspace_key,
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
        ///Request value of [`DssClient::list_workspaces`](crate::rt::DssClient::list_workspaces): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListWorkspaces<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListWorkspaces<'a> {
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
                __call.lit("/workspaces/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListWorkspaces, super::endpoints::LIST_WORKSPACES, json(Vec <
            WorkspaceSummary >,
            "Sends the request (`GET /workspaces/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListWorkspaces<'_> {}
        ///Request value of [`DssClient::create_workspace`](crate::rt::DssClient::create_workspace): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateWorkspace<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) workspace_key: String,
            pub(crate) name: String,
            pub(crate) permissions: Option<::serde_json::Value>,
            pub(crate) description: Option<String>,
            pub(crate) color: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateWorkspace<'a> {
            /**Initial permissions.

Unset by default (then sent as `null`). Sent as JSON member `permissions`.*/
            pub fn permissions(
                mut self,
                permissions: impl Into<::serde_json::Value>,
            ) -> Self {
                self.permissions = Some(permissions.into());
                self
            }
            /**Description.

Unset by default (then sent as `null`). Sent as JSON member `description`.*/
            pub fn description(mut self, description: impl Into<String>) -> Self {
                self.description = Some(description.into());
                self
            }
            /**Color, `#RRGGBB` (DSS picks one when unset).

Unset by default (then sent as `null`). Sent as JSON member `color`.*/
            pub fn color(mut self, color: impl Into<String>) -> Self {
                self.color = Some(color.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
                let Self {
                    __owner,
                    workspace_key,
                    name,
                    permissions,
                    description,
                    color,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/workspaces/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("workspaceKey"),
                                    ::serde_json::Value::from(
                                        ::core::clone::Clone::clone(&workspace_key),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("displayName"),
                                    ::serde_json::Value::from(name),
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
                Ok((__call, (workspace_key,)))
            }
            ///Sends the request (`POST /workspaces/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssWorkspace, crate::rt::Error> {
                let (__call, (workspace_key,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_workspace_key = workspace_key;
                            super::super::handles::DssWorkspace {
                                client: ::core::clone::Clone::clone(__client),
                                workspace_key: __f_workspace_key,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            CreateWorkspace, super::endpoints::CREATE_WORKSPACE, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateWorkspace<'_> {}
        ///Request value of [`DssWorkspace::get_settings`](super::super::handles::DssWorkspace::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WorkspaceGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWorkspace,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WorkspaceGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssWorkspace,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/workspaces/");
                __call.segment("workspace_key", &__owner.workspace_key, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /workspaces/{workspace_key}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssWorkspaceSettings, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_workspace_key = ::core::clone::Clone::clone(
                                &__owner.workspace_key,
                            );
                            super::super::handles::DssWorkspaceSettings {
                                client: ::core::clone::Clone::clone(__client),
                                workspace_key: __f_workspace_key,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            WorkspaceGetSettings, super::endpoints::WORKSPACE_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WorkspaceGetSettings<'_> {}
        ///Request value of [`DssWorkspace::delete`](super::super::handles::DssWorkspace::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WorkspaceDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWorkspace,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WorkspaceDelete<'a> {
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
                __call.lit("/workspaces/");
                __call.segment("workspace_key", &__owner.workspace_key, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            WorkspaceDelete, super::endpoints::WORKSPACE_DELETE,
            unit("Sends the request (`DELETE /workspaces/{workspace_key}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WorkspaceDelete<'_> {}
        ///Request value of [`DssWorkspace::list_objects`](super::super::handles::DssWorkspace::list_objects): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WorkspaceListObjects<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWorkspace,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WorkspaceListObjects<'a> {
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
                __call.lit("/workspaces/");
                __call.segment("workspace_key", &__owner.workspace_key, false)?;
                __call.lit("/objects");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            WorkspaceListObjects, super::endpoints::WORKSPACE_LIST_OBJECTS, json(Value,
            "Sends the request (`GET /workspaces/{workspace_key}/objects`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WorkspaceListObjects<'_> {}
        ///Request value of [`DssWorkspace::add_object`](super::super::handles::DssWorkspace::add_object): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WorkspaceAddObject<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWorkspace,
            pub(crate) object: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WorkspaceAddObject<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, object, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/workspaces/");
                __call.segment("workspace_key", &__owner.workspace_key, false)?;
                __call.lit("/objects");
                __call.json(&::serde_json::Value::from(object))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            WorkspaceAddObject, super::endpoints::WORKSPACE_ADD_OBJECT,
            unit("Sends the request (`POST /workspaces/{workspace_key}/objects`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WorkspaceAddObject<'_> {}
        ///Request value of [`DssWorkspaceSettings::save`](super::super::handles::DssWorkspaceSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WorkspaceSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWorkspaceSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WorkspaceSettingsSave<'a> {
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
                __call.lit("/workspaces/");
                __call.segment("workspace_key", &__owner.workspace_key, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            WorkspaceSettingsSave, super::endpoints::WORKSPACE_SETTINGS_SAVE,
            unit("Sends the request (`PUT /workspaces/{workspace_key}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WorkspaceSettingsSave<'_> {}
        crate::rt::request_list!(
            ListWorkspaces, CreateWorkspace, WorkspaceGetSettings, WorkspaceDelete,
            WorkspaceListObjects, WorkspaceAddObject, WorkspaceSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_workspaces`.
        pub static LIST_WORKSPACES: Endpoint = Endpoint::new(
            "DssClient",
            "list_workspaces",
            crate::rt::Server::DSS,
            "Lists the workspaces.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/workspaces/",
                    &[],
                    "ListWorkspaces",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < WorkspaceSummary >"),
            [false, true, false],
        );
        ///`DssClient::get_workspace`.
        pub static GET_WORKSPACE: Endpoint = Endpoint::new(
            "DssClient",
            "get_workspace",
            crate::rt::Server::DSS,
            "A handle on one workspace.",
            &[
                Arg::new(
                    "workspace_key",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssWorkspace"),
            [false, true, false],
        );
        ///`DssClient::create_workspace`.
        pub static CREATE_WORKSPACE: Endpoint = Endpoint::new(
            "DssClient",
            "create_workspace",
            crate::rt::Server::DSS,
            "Creates a workspace and returns a handle on it.",
            &[
                Arg::new(
                    "workspace_key",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "workspaceKey",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "name",
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
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/workspaces/",
                    &[],
                    "CreateWorkspace",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssWorkspace"),
            [false, true, false],
        );
        ///`DssWorkspace::get_settings`.
        pub static WORKSPACE_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssWorkspace",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the workspace's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/workspaces/{workspace_key}",
                    &[],
                    "WorkspaceGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssWorkspaceSettings"),
            [false, true, false],
        );
        ///`DssWorkspace::delete`.
        pub static WORKSPACE_DELETE: Endpoint = Endpoint::new(
            "DssWorkspace",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the workspace.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/workspaces/{workspace_key}",
                    &[],
                    "WorkspaceDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssWorkspace::list_objects`.
        pub static WORKSPACE_LIST_OBJECTS: Endpoint = Endpoint::new(
            "DssWorkspace",
            "list_objects",
            crate::rt::Server::DSS,
            "Lists the objects of the workspace.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/workspaces/{workspace_key}/objects",
                    &[],
                    "WorkspaceListObjects",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssWorkspace::add_object`.
        pub static WORKSPACE_ADD_OBJECT: Endpoint = Endpoint::new(
            "DssWorkspace",
            "add_object",
            crate::rt::Server::DSS,
            "Adds an object to the workspace, described as DSS expects it: e.g.",
            &[
                Arg::new(
                    "object",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/workspaces/{workspace_key}/objects",
                    &[],
                    "WorkspaceAddObject",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssWorkspaceSettings::save`.
        pub static WORKSPACE_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssWorkspaceSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings (needs admin rights on the workspace): the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/workspaces/{workspace_key}",
                    &[],
                    "WorkspaceSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssWorkspaceSettings::display_name`.
        pub static WORKSPACE_SETTINGS_DISPLAY_NAME: Endpoint = Endpoint::new(
            "DssWorkspaceSettings",
            "display_name",
            crate::rt::Server::DSS,
            "The workspace's display name.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssWorkspaceSettings::set_display_name`.
        pub static WORKSPACE_SETTINGS_SET_DISPLAY_NAME: Endpoint = Endpoint::new(
            "DssWorkspaceSettings",
            "set_display_name",
            crate::rt::Server::DSS,
            "Renames the workspace.",
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
        ///`DssWorkspaceSettings::color`.
        pub static WORKSPACE_SETTINGS_COLOR: Endpoint = Endpoint::new(
            "DssWorkspaceSettings",
            "color",
            crate::rt::Server::DSS,
            "The workspace's background color (`#RRGGBB`).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssWorkspaceSettings::set_color`.
        pub static WORKSPACE_SETTINGS_SET_COLOR: Endpoint = Endpoint::new(
            "DssWorkspaceSettings",
            "set_color",
            crate::rt::Server::DSS,
            "Sets the workspace's background color.",
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
        ///`DssWorkspaceSettings::description`.
        pub static WORKSPACE_SETTINGS_DESCRIPTION: Endpoint = Endpoint::new(
            "DssWorkspaceSettings",
            "description",
            crate::rt::Server::DSS,
            "The workspace's description.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssWorkspaceSettings::set_description`.
        pub static WORKSPACE_SETTINGS_SET_DESCRIPTION: Endpoint = Endpoint::new(
            "DssWorkspaceSettings",
            "set_description",
            crate::rt::Server::DSS,
            "Sets the workspace's description.",
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
        ///`DssWorkspaceSettings::permissions`.
        pub static WORKSPACE_SETTINGS_PERMISSIONS: Endpoint = Endpoint::new(
            "DssWorkspaceSettings",
            "permissions",
            crate::rt::Server::DSS,
            "Who is a member, contributor or admin of the workspace (absent for a caller who is not admin of it).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssWorkspaceSettings::set_permissions`.
        pub static WORKSPACE_SETTINGS_SET_PERMISSIONS: Endpoint = Endpoint::new(
            "DssWorkspaceSettings",
            "set_permissions",
            crate::rt::Server::DSS,
            "Sets who is a member, contributor or admin of the workspace: a list of `{\"user\"|\"group\": .., \"admin\", \"write\", \"read\"}`.",
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
        ///`DssWorkspaceSettings::get_raw`.
        pub static WORKSPACE_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssWorkspaceSettings",
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
        &endpoints::LIST_WORKSPACES,
        &endpoints::GET_WORKSPACE,
        &endpoints::CREATE_WORKSPACE,
        &endpoints::WORKSPACE_GET_SETTINGS,
        &endpoints::WORKSPACE_DELETE,
        &endpoints::WORKSPACE_LIST_OBJECTS,
        &endpoints::WORKSPACE_ADD_OBJECT,
        &endpoints::WORKSPACE_SETTINGS_SAVE,
        &endpoints::WORKSPACE_SETTINGS_DISPLAY_NAME,
        &endpoints::WORKSPACE_SETTINGS_SET_DISPLAY_NAME,
        &endpoints::WORKSPACE_SETTINGS_COLOR,
        &endpoints::WORKSPACE_SETTINGS_SET_COLOR,
        &endpoints::WORKSPACE_SETTINGS_DESCRIPTION,
        &endpoints::WORKSPACE_SETTINGS_SET_DESCRIPTION,
        &endpoints::WORKSPACE_SETTINGS_PERMISSIONS,
        &endpoints::WORKSPACE_SETTINGS_SET_PERMISSIONS,
        &endpoints::WORKSPACE_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssWorkspace",
                doc: "A workspace, named by its key.",
                fields: &[
                    HandleField {
                        name: "workspace_key",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssWorkspaceSettings",
                doc: "The settings of a workspace, as `get_settings` reads them (dataikuapi's `DSSWorkspaceSettings`): its name, color, description and permissions; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "workspace_key",
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
                name: "WorkspaceSummary",
                doc: "A workspace as listed by `list_workspaces`.",
                members: &[
                    ModelMember {
                        name: "workspace_key",
                        wire: "workspaceKey",
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
                ],
                handle: Some("DssWorkspace"),
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Lists the workspaces.

`GET /workspaces/`

Returns a [`ListWorkspaces`](requests::ListWorkspaces) request; nothing is sent until `.send()`.*/
        pub fn list_workspaces(&self) -> requests::ListWorkspaces<'_> {
            requests::ListWorkspaces {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one workspace.

Builds a handle; sends no request.*/
        pub fn get_workspace(
            &self,
            workspace_key: impl Into<String>,
        ) -> super::handles::DssWorkspace {
            let workspace_key = workspace_key.into();
            {
                let __f_workspace_key = workspace_key;
                super::handles::DssWorkspace {
                    client: ::core::clone::Clone::clone(self),
                    workspace_key: __f_workspace_key,
                }
            }
        }
        /**Creates a workspace and returns a handle on it.

`POST /workspaces/`

Never retried: sending it twice could do the work twice.

Arguments:
- `workspace_key`: Key of the new workspace, unique on the instance. Sent as JSON member `workspaceKey`.
- `name`: Display name. Sent as JSON member `displayName`.

Optional arguments, set by name on the returned request:
- `permissions`: Unset by default (then sent as `null`). Sent as JSON member `permissions`.
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.
- `color`: Unset by default (then sent as `null`). Sent as JSON member `color`.

Returns a [`CreateWorkspace`](requests::CreateWorkspace) request; nothing is sent until `.send()`.*/
        pub fn create_workspace(
            &self,
            workspace_key: impl Into<String>,
            name: impl Into<String>,
        ) -> requests::CreateWorkspace<'_> {
            requests::CreateWorkspace {
                __owner: self,
                workspace_key: workspace_key.into(),
                name: name.into(),
                permissions: None,
                description: None,
                color: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssWorkspace {
        /**Reads the workspace's settings, to change and `save`.

`GET /workspaces/{workspace_key}`

Returns a [`WorkspaceGetSettings`](requests::WorkspaceGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::WorkspaceGetSettings<'_> {
            requests::WorkspaceGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the workspace.

`DELETE /workspaces/{workspace_key}`

Returns a [`WorkspaceDelete`](requests::WorkspaceDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::WorkspaceDelete<'_> {
            requests::WorkspaceDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the objects of the workspace.

`GET /workspaces/{workspace_key}/objects`

Returns a [`WorkspaceListObjects`](requests::WorkspaceListObjects) request; nothing is sent until `.send()`.*/
        pub fn list_objects(&self) -> requests::WorkspaceListObjects<'_> {
            requests::WorkspaceListObjects {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Adds an object to the workspace, described as DSS expects it: e.g.
`{"htmlLink": {"name", "url", "description"}}` for a link, or
`{"reference": {"projectKey", "type", "id"}}` for a DSS object
(dataikuapi also builds these from its object handles).

`POST /workspaces/{workspace_key}/objects`

Never retried: sending it twice could do the work twice.

Arguments:
- `object`: Sent as the JSON body.

Returns a [`WorkspaceAddObject`](requests::WorkspaceAddObject) request; nothing is sent until `.send()`.*/
        pub fn add_object(
            &self,
            object: impl Into<::serde_json::Value>,
        ) -> requests::WorkspaceAddObject<'_> {
            requests::WorkspaceAddObject {
                __owner: self,
                object: object.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssWorkspaceSettings {
        /**Saves the settings (needs admin rights on the workspace): the whole
object, sent back as it was read except where it was changed.

`PUT /workspaces/{workspace_key}`

Returns a [`WorkspaceSettingsSave`](requests::WorkspaceSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::WorkspaceSettingsSave<'_> {
            requests::WorkspaceSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The workspace's display name.

Reads the document this value holds; sends no request.*/
        pub fn display_name(&self) -> ::core::option::Option<&str> {
            self.document.get("displayName").and_then(::serde_json::Value::as_str)
        }
        /**Renames the workspace.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_display_name(
            &mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("displayName", ::serde_json::Value::from(value.into()));
            self
        }
        /**The workspace's background color (`#RRGGBB`).

Reads the document this value holds; sends no request.*/
        pub fn color(&self) -> ::core::option::Option<&str> {
            self.document.get("color").and_then(::serde_json::Value::as_str)
        }
        /**Sets the workspace's background color.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_color(
            &mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("color", ::serde_json::Value::from(value.into()));
            self
        }
        /**The workspace's description.

Reads the document this value holds; sends no request.*/
        pub fn description(&self) -> ::core::option::Option<&str> {
            self.document.get("description").and_then(::serde_json::Value::as_str)
        }
        /**Sets the workspace's description.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_description(
            &mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("description", ::serde_json::Value::from(value.into()));
            self
        }
        /**Who is a member, contributor or admin of the workspace (absent for a
caller who is not admin of it).

Reads the document this value holds; sends no request.*/
        pub fn permissions(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("permissions")
        }
        /**Sets who is a member, contributor or admin of the workspace: a list
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
                ("DssClient", "list_workspaces") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_workspaces();
                        let __endpoint = requests::ListWorkspaces::ENDPOINT;
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
                ("DssClient", "create_workspace") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .create_workspace(
                                args.str("workspace_key")?,
                                args.str("name")?,
                            );
                        let __endpoint = requests::CreateWorkspace::ENDPOINT;
                        if let Some(__v) = args.opt_json("permissions")? {
                            __r = __r.permissions(__v);
                        }
                        if let Some(__v) = args.opt_str("description")? {
                            __r = __r.description(__v);
                        }
                        if let Some(__v) = args.opt_str("color")? {
                            __r = __r.color(__v);
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
                ("DssWorkspace", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_workspace_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssWorkspace", ids)?;
                        let __owner = super::handles::DssWorkspace {
                            client: ::core::clone::Clone::clone(client),
                            workspace_key: __id_workspace_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::WorkspaceGetSettings::ENDPOINT;
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
                ("DssWorkspace", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_workspace_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssWorkspace", ids)?;
                        let __owner = super::handles::DssWorkspace {
                            client: ::core::clone::Clone::clone(client),
                            workspace_key: __id_workspace_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::WorkspaceDelete::ENDPOINT;
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
                ("DssWorkspace", "list_objects") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_workspace_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssWorkspace", ids)?;
                        let __owner = super::handles::DssWorkspace {
                            client: ::core::clone::Clone::clone(client),
                            workspace_key: __id_workspace_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_objects();
                        let __endpoint = requests::WorkspaceListObjects::ENDPOINT;
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
                ("DssWorkspace", "add_object") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_workspace_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssWorkspace", ids)?;
                        let __owner = super::handles::DssWorkspace {
                            client: ::core::clone::Clone::clone(client),
                            workspace_key: __id_workspace_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.add_object(args.json("object")?);
                        let __endpoint = requests::WorkspaceAddObject::ENDPOINT;
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
                ("DssWorkspaceSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_workspace_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssWorkspaceSettings", ids)?;
                        let __owner = super::handles::DssWorkspaceSettings {
                            client: ::core::clone::Clone::clone(client),
                            workspace_key: __id_workspace_key,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::WorkspaceSettingsSave::ENDPOINT;
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
                "DssWorkspaceSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_workspace_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssWorkspace", ids)?;
                        let __owner = super::handles::DssWorkspace {
                            client: ::core::clone::Clone::clone(client),
                            workspace_key: __id_workspace_key,
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
            let model: super::models::WorkspaceSummary = ::serde_json::from_str(
                    "{\"workspaceKey\":\"plain\",\"displayName\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "WorkspaceSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "WorkspaceSummary"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssWorkspace {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                workspace_key: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssWorkspace"
            );
            checked += 1;
            let handle = super::handles::DssWorkspaceSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                workspace_key: ::std::string::String::from("plain"),
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
                "DssWorkspaceSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
