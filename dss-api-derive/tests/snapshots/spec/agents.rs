// The expansion of `agents.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/agents.dss`.
pub mod spec_agents {
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
        ///An agent of a project, named by its id.
        #[derive(Clone)]
        pub struct DssAgent {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) id: String,
        }
        impl DssAgent {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
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
        impl ::core::fmt::Debug for DssAgent {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssAgent")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of an agent, as `get_settings` reads them (dataikuapi's
`DSSAgentSettings`): its type, versions, active version, ...; changed,
then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssAgentSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssAgentSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
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
        impl ::core::fmt::Debug for DssAgentSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssAgentSettings")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**An agent tool of a project (a tool agents and LLM queries can call),
named by its id.*/
        #[derive(Clone)]
        pub struct DssAgentTool {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) tool_id: String,
        }
        impl DssAgentTool {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `tool_id` this handle points at.
            pub fn tool_id(&self) -> &str {
                &self.tool_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssAgentTool {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssAgentTool")
                    .field("project_key", &self.project_key)
                    .field("tool_id", &self.tool_id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of an agent tool, as `get_settings` reads them
(dataikuapi's `DSSAgentToolSettings`): its type, name, parameters;
changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssAgentToolSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) tool_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssAgentToolSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `tool_id` this handle points at.
            pub fn tool_id(&self) -> &str {
                &self.tool_id
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
        impl ::core::fmt::Debug for DssAgentToolSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssAgentToolSettings")
                    .field("project_key", &self.project_key)
                    .field("tool_id", &self.tool_id)
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
        ///An agent as `list_agents` lists it (dataikuapi's `DSSAgentListItem`).
        #[derive(Clone, PartialEq)]
        pub struct DssAgentListItem {
            ///The project holding it.
            pub project_key: String,
            ///Its id.
            pub id: String,
            ///Its name.
            pub name: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DssAgentListItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DssAgentListItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DssAgentListItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DssAgentListItem, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_id: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "projectKey" => {
                                    __m_project_key = Some(
                                        crate::rt::model::next_member(&mut __map, "projectKey")?,
                                    );
                                }
                                "id" => {
                                    __m_id = Some(
                                        crate::rt::model::next_member(&mut __map, "id")?,
                                    );
                                }
                                "name" => {
                                    __m_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "name",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DssAgentListItem {
                            project_key: match __m_project_key {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field(
                                            "projectKey",
                                        ),
                                    );
                                }
                            },
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            name: __m_name,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DssAgentListItem {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "projectKey",
                    &self.project_key,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "name",
                    &self.name,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DssAgentListItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssAgentListItem")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("name", &self.name)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DssAgentListItem {
            ///The [`DssAgent`](super::super::handles::DssAgent) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssAgent {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssAgent {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
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
        ///Request value of [`DssProject::list_agents`](super::super::handles::DssProject::list_agents): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListAgents<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListAgents<'a> {
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
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListAgents, super::endpoints::PROJECT_LIST_AGENTS, json(Vec <
            DssAgentListItem >,
            "Sends the request (`GET /projects/{project_key}/agents`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListAgents<'_> {}
        ///Request value of [`DssProject::create_agent`](super::super::handles::DssProject::create_agent): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateAgent<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) name: String,
            pub(crate) r#type: String,
            pub(crate) plugin_agent_type: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateAgent<'a> {
            /**For a plugin agent, the plugin's agent type.

Unset by default (then sent as `null`). Sent as JSON member `pluginAgentType`.*/
            pub fn plugin_agent_type(
                mut self,
                plugin_agent_type: impl Into<String>,
            ) -> Self {
                self.plugin_agent_type = Some(plugin_agent_type.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self { __owner, name, r#type, plugin_agent_type, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("name"),
                                    ::serde_json::Value::from(name),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from(r#type),
                                );
                            __map
                                .insert(
                                    String::from("pluginAgentType"),
                                    ::serde_json::Value::from(plugin_agent_type),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/agents`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssAgent, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssAgent {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                id: __f_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateAgent, super::endpoints::PROJECT_CREATE_AGENT, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateAgent<'_> {}
        ///Request value of [`DssProject::list_agent_tools`](super::super::handles::DssProject::list_agent_tools): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListAgentTools<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) include_shared: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListAgentTools<'a> {
            /**Also the tools other projects share with this one.

Default: `false`. Sent as query parameter `foreign`.*/
            pub fn include_shared(mut self, include_shared: bool) -> Self {
                self.include_shared = include_shared;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, include_shared, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/tools");
                __call.query("includeDescriptions", "false");
                __call.query("foreign", &include_shared);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListAgentTools, super::endpoints::PROJECT_LIST_AGENT_TOOLS,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/agents/tools`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListAgentTools<'_> {}
        ///Request value of [`DssAgent::get_settings`](super::super::handles::DssAgent::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AgentGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAgent,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AgentGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssAgent,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/agents/{id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssAgentSettings, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_id = ::core::clone::Clone::clone(&__owner.id);
                            super::super::handles::DssAgentSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                id: __f_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            AgentGetSettings, super::endpoints::AGENT_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AgentGetSettings<'_> {}
        ///Request value of [`DssAgent::delete`](super::super::handles::DssAgent::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AgentDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAgent,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AgentDelete<'a> {
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
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AgentDelete, super::endpoints::AGENT_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/agents/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AgentDelete<'_> {}
        ///Request value of [`DssAgent::disable`](super::super::handles::DssAgent::disable): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AgentDisable<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAgent,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AgentDisable<'a> {
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
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/actions/disable");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AgentDisable, super::endpoints::AGENT_DISABLE,
            unit("Sends the request (`POST /projects/{project_key}/agents/{id}/actions/disable`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AgentDisable<'_> {}
        ///Request value of [`DssAgent::enable`](super::super::handles::DssAgent::enable): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AgentEnable<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAgent,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AgentEnable<'a> {
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
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/actions/enable");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AgentEnable, super::endpoints::AGENT_ENABLE,
            unit("Sends the request (`POST /projects/{project_key}/agents/{id}/actions/enable`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AgentEnable<'_> {}
        ///Request value of [`DssAgent::shutdown`](super::super::handles::DssAgent::shutdown): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AgentShutdown<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAgent,
            pub(crate) version_id: Option<String>,
            pub(crate) force: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AgentShutdown<'a> {
            /**The version (the active one when unset).

Unset by default (then sent as `null`). Sent as JSON member `versionId`.*/
            pub fn version_id(mut self, version_id: impl Into<String>) -> Self {
                self.version_id = Some(version_id.into());
                self
            }
            /**Stop them even while they work.

Default: `false`. Sent as JSON member `force`.*/
            pub fn force(mut self, force: bool) -> Self {
                self.force = force;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, version_id, force, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/actions/shutdown");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("versionId"),
                                    ::serde_json::Value::from(version_id),
                                );
                            __map
                                .insert(
                                    String::from("force"),
                                    ::serde_json::Value::from(force),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AgentShutdown, super::endpoints::AGENT_SHUTDOWN,
            unit("Sends the request (`POST /projects/{project_key}/agents/{id}/actions/shutdown`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AgentShutdown<'_> {}
        ///Request value of [`DssAgent::status`](super::super::handles::DssAgent::status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AgentStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAgent,
            pub(crate) version_id: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AgentStatus<'a> {
            /**The version (the active one when unset).

Unset by default (then sent as `null`). Sent as JSON member `versionId`.*/
            pub fn version_id(mut self, version_id: impl Into<String>) -> Self {
                self.version_id = Some(version_id.into());
                self
            }
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
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/status");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("versionId"),
                                    ::serde_json::Value::from(version_id),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AgentStatus, super::endpoints::AGENT_STATUS, json(Value,
            "Sends the request (`GET /projects/{project_key}/agents/{id}/status`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AgentStatus<'_> {}
        ///Request value of [`DssAgent::wake_up`](super::super::handles::DssAgent::wake_up): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AgentWakeUp<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAgent,
            pub(crate) version_id: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AgentWakeUp<'a> {
            /**The version (the active one when unset).

Unset by default (then sent as `null`). Sent as JSON member `versionId`.*/
            pub fn version_id(mut self, version_id: impl Into<String>) -> Self {
                self.version_id = Some(version_id.into());
                self
            }
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
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/actions/wakeup");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("versionId"),
                                    ::serde_json::Value::from(version_id),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AgentWakeUp, super::endpoints::AGENT_WAKE_UP,
            unit("Sends the request (`POST /projects/{project_key}/agents/{id}/actions/wakeup`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AgentWakeUp<'_> {}
        ///Request value of [`DssAgent::get_metrics_series`](super::super::handles::DssAgent::get_metrics_series): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AgentGetMetricsSeries<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAgent,
            pub(crate) from_timestamp_ms: Option<i64>,
            pub(crate) to_timestamp_ms: Option<i64>,
            pub(crate) aggregation: String,
            pub(crate) timezone: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AgentGetMetricsSeries<'a> {
            /**From this time, in milliseconds since the epoch (DSS's oldest
when unset).

Unset by default (then left out). Sent as query parameter `fromTimestampMs`.*/
            pub fn from_timestamp_ms(mut self, from_timestamp_ms: i64) -> Self {
                self.from_timestamp_ms = Some(from_timestamp_ms);
                self
            }
            /**Up to this time, in milliseconds since the epoch (now when unset).

Unset by default (then left out). Sent as query parameter `toTimestampMs`.*/
            pub fn to_timestamp_ms(mut self, to_timestamp_ms: i64) -> Self {
                self.to_timestamp_ms = Some(to_timestamp_ms);
                self
            }
            /**The bucket: `MINUTE`, `FIVE_MINUTES`, `HOUR`, `DAY`, `MONTH`.

Default: `MINUTE`. Sent as query parameter `aggregation`.*/
            pub fn aggregation(mut self, aggregation: impl Into<String>) -> Self {
                self.aggregation = aggregation.into();
                self
            }
            /**The time zone of the buckets (`UTC` when unset).

Unset by default (then left out). Sent as query parameter `timezone`.*/
            pub fn timezone(mut self, timezone: impl Into<String>) -> Self {
                self.timezone = Some(timezone.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    from_timestamp_ms,
                    to_timestamp_ms,
                    aggregation,
                    timezone,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/operational-metrics/series");
                __call.query("fromTimestampMs", &from_timestamp_ms);
                __call.query("toTimestampMs", &to_timestamp_ms);
                __call.query("aggregation", &aggregation);
                __call.query("timezone", &timezone);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AgentGetMetricsSeries, super::endpoints::AGENT_GET_METRICS_SERIES,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/agents/{id}/operational-metrics/series`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AgentGetMetricsSeries<'_> {}
        ///Request value of [`DssAgentSettings::save`](super::super::handles::DssAgentSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AgentSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAgentSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AgentSettingsSave<'a> {
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
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/");
                __call.segment("id", &__owner.id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AgentSettingsSave, super::endpoints::AGENT_SETTINGS_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/agents/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AgentSettingsSave<'_> {}
        ///Request value of [`DssAgentTool::get_settings`](super::super::handles::DssAgentTool::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AgentToolGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAgentTool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AgentToolGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssAgentTool,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/tools/");
                __call.segment("tool_id", &__owner.tool_id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/agents/tools/{tool_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssAgentToolSettings, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_tool_id = ::core::clone::Clone::clone(
                                &__owner.tool_id,
                            );
                            super::super::handles::DssAgentToolSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                tool_id: __f_tool_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            AgentToolGetSettings, super::endpoints::AGENT_TOOL_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AgentToolGetSettings<'_> {}
        ///Request value of [`DssAgentTool::delete`](super::super::handles::DssAgentTool::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AgentToolDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAgentTool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AgentToolDelete<'a> {
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
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/tools/");
                __call.segment("tool_id", &__owner.tool_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AgentToolDelete, super::endpoints::AGENT_TOOL_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/agents/tools/{tool_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AgentToolDelete<'_> {}
        ///Request value of [`DssAgentTool::run`](super::super::handles::DssAgentTool::run): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AgentToolRun<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAgentTool,
            pub(crate) input: ::serde_json::Value,
            pub(crate) context: Option<::serde_json::Value>,
            pub(crate) subtool_name: Option<String>,
            pub(crate) memory_fragment: Option<::serde_json::Value>,
            pub(crate) tool_validation_responses: Option<::serde_json::Value>,
            pub(crate) tool_validation_requests: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AgentToolRun<'a> {
            /**The context of the call.

Unset by default (then left out). Sent as JSON member `input.context`.*/
            pub fn context(mut self, context: impl Into<::serde_json::Value>) -> Self {
                self.context = Some(context.into());
                self
            }
            /**Which of the tool's sub-tools to run.

Unset by default (then left out). Sent as JSON member `input.subtoolName`.*/
            pub fn subtool_name(mut self, subtool_name: impl Into<String>) -> Self {
                self.subtool_name = Some(subtool_name.into());
                self
            }
            /**The memory fragment a previous run returned.

Unset by default (then left out). Sent as JSON member `input.memoryFragment`, converted by `nonempty`.*/
            pub fn memory_fragment(
                mut self,
                memory_fragment: impl Into<::serde_json::Value>,
            ) -> Self {
                self.memory_fragment = Some(memory_fragment.into());
                self
            }
            /**Answers to the validations the tool asked for.

Unset by default (then left out). Sent as JSON member `input.toolValidationResponses`, converted by `nonempty`.*/
            pub fn tool_validation_responses(
                mut self,
                tool_validation_responses: impl Into<::serde_json::Value>,
            ) -> Self {
                self.tool_validation_responses = Some(tool_validation_responses.into());
                self
            }
            /**The validations the tool asked for.

Unset by default (then left out). Sent as JSON member `input.toolValidationRequests`, converted by `nonempty`.*/
            pub fn tool_validation_requests(
                mut self,
                tool_validation_requests: impl Into<::serde_json::Value>,
            ) -> Self {
                self.tool_validation_requests = Some(tool_validation_requests.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    input,
                    context,
                    subtool_name,
                    memory_fragment,
                    tool_validation_responses,
                    tool_validation_requests,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/tools/");
                __call.segment("tool_id", &__owner.tool_id, false)?;
                __call.lit("/invocations");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("toolId"),
                                    ::serde_json::Value::from({
                                        let mut __s = ::std::string::String::new();
                                        __s.push_str(&__owner.tool_id);
                                        __s
                                    }),
                                );
                            __map
                                .insert(
                                    String::from("input"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        __map
                                            .insert(
                                                String::from("input"),
                                                ::serde_json::Value::from(input),
                                            );
                                        let __v = crate::rt::convert::nonempty(
                                            ::serde_json::Value::from(tool_validation_responses),
                                            "tool_validation_responses",
                                        )?;
                                        if !__v.is_null() {
                                            __map.insert(String::from("toolValidationResponses"), __v);
                                        }
                                        let __v = crate::rt::convert::nonempty(
                                            ::serde_json::Value::from(tool_validation_requests),
                                            "tool_validation_requests",
                                        )?;
                                        if !__v.is_null() {
                                            __map.insert(String::from("toolValidationRequests"), __v);
                                        }
                                        let __v = crate::rt::convert::nonempty(
                                            ::serde_json::Value::from(memory_fragment),
                                            "memory_fragment",
                                        )?;
                                        if !__v.is_null() {
                                            __map.insert(String::from("memoryFragment"), __v);
                                        }
                                        let __v = ::serde_json::Value::from(subtool_name);
                                        if !__v.is_null() {
                                            __map.insert(String::from("subtoolName"), __v);
                                        }
                                        let __v = ::serde_json::Value::from(context);
                                        if !__v.is_null() {
                                            __map.insert(String::from("context"), __v);
                                        }
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AgentToolRun, super::endpoints::AGENT_TOOL_RUN, json(Value,
            "Sends the request (`POST /projects/{project_key}/agents/tools/{tool_id}/invocations`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AgentToolRun<'_> {}
        ///Request value of [`DssAgentTool::describe_tool_call`](super::super::handles::DssAgentTool::describe_tool_call): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AgentToolDescribeToolCall<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAgentTool,
            pub(crate) input: ::serde_json::Value,
            pub(crate) descriptor: ::serde_json::Value,
            pub(crate) context: Option<::serde_json::Value>,
            pub(crate) subtool_name: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AgentToolDescribeToolCall<'a> {
            /**The context of the call.

Unset by default (then left out). Sent as JSON member `input.context`.*/
            pub fn context(mut self, context: impl Into<::serde_json::Value>) -> Self {
                self.context = Some(context.into());
                self
            }
            /**Which of the tool's sub-tools.

Unset by default (then left out). Sent as JSON member `input.subtoolName`.*/
            pub fn subtool_name(mut self, subtool_name: impl Into<String>) -> Self {
                self.subtool_name = Some(subtool_name.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, input, descriptor, context, subtool_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/tools/");
                __call.segment("tool_id", &__owner.tool_id, false)?;
                __call.lit("/describe-tool-call");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("input"),
                                    {
                                        let mut __map = ::serde_json::Map::new();
                                        __map
                                            .insert(
                                                String::from("input"),
                                                ::serde_json::Value::from(input),
                                            );
                                        let __v = ::serde_json::Value::from(subtool_name);
                                        if !__v.is_null() {
                                            __map.insert(String::from("subtoolName"), __v);
                                        }
                                        let __v = ::serde_json::Value::from(context);
                                        if !__v.is_null() {
                                            __map.insert(String::from("context"), __v);
                                        }
                                        ::serde_json::Value::Object(__map)
                                    },
                                );
                            __map
                                .insert(
                                    String::from("descriptor"),
                                    ::serde_json::Value::from(descriptor),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AgentToolDescribeToolCall, super::endpoints::AGENT_TOOL_DESCRIBE_TOOL_CALL,
            json(Value,
            "Sends the request (`POST /projects/{project_key}/agents/tools/{tool_id}/describe-tool-call`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AgentToolDescribeToolCall<'_> {}
        ///Request value of [`DssAgentTool::get_descriptor_without_context`](super::super::handles::DssAgentTool::get_descriptor_without_context): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AgentToolGetDescriptorWithoutContext<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAgentTool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AgentToolGetDescriptorWithoutContext<'a> {
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
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/tools/");
                __call.segment("tool_id", &__owner.tool_id, false)?;
                __call.lit("/descriptor");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AgentToolGetDescriptorWithoutContext,
            super::endpoints::AGENT_TOOL_GET_DESCRIPTOR_WITHOUT_CONTEXT, json(Value,
            "Sends the request (`GET /projects/{project_key}/agents/tools/{tool_id}/descriptor`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AgentToolGetDescriptorWithoutContext<'_> {}
        ///Request value of [`DssAgentTool::get_descriptor_in_context`](super::super::handles::DssAgentTool::get_descriptor_in_context): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AgentToolGetDescriptorInContext<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAgentTool,
            pub(crate) context: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AgentToolGetDescriptorInContext<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, context, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/tools/");
                __call.segment("tool_id", &__owner.tool_id, false)?;
                __call.lit("/descriptor");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("context"),
                                    ::serde_json::Value::from(context),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AgentToolGetDescriptorInContext,
            super::endpoints::AGENT_TOOL_GET_DESCRIPTOR_IN_CONTEXT, json(Value,
            "Sends the request (`POST /projects/{project_key}/agents/tools/{tool_id}/descriptor`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AgentToolGetDescriptorInContext<'_> {}
        ///Request value of [`DssAgentToolSettings::save`](super::super::handles::DssAgentToolSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AgentToolSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssAgentToolSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AgentToolSettingsSave<'a> {
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
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/agents/tools/");
                __call.segment("tool_id", &__owner.tool_id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AgentToolSettingsSave, super::endpoints::AGENT_TOOL_SETTINGS_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/agents/tools/{tool_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AgentToolSettingsSave<'_> {}
        crate::rt::request_list!(
            ProjectListAgents, ProjectCreateAgent, ProjectListAgentTools,
            AgentGetSettings, AgentDelete, AgentDisable, AgentEnable, AgentShutdown,
            AgentStatus, AgentWakeUp, AgentGetMetricsSeries, AgentSettingsSave,
            AgentToolGetSettings, AgentToolDelete, AgentToolRun,
            AgentToolDescribeToolCall, AgentToolGetDescriptorWithoutContext,
            AgentToolGetDescriptorInContext, AgentToolSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_agents`.
        pub static PROJECT_LIST_AGENTS: Endpoint = Endpoint::new(
            "DssProject",
            "list_agents",
            crate::rt::Server::DSS,
            "Lists the agents of the project.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/agents",
                    &[],
                    "ProjectListAgents",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < DssAgentListItem >"),
            [false, true, false],
        );
        ///`DssProject::get_agent`.
        pub static PROJECT_GET_AGENT: Endpoint = Endpoint::new(
            "DssProject",
            "get_agent",
            crate::rt::Server::DSS,
            "A handle on one agent of the project.",
            &[Arg::new("id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssAgent"),
            [false, true, false],
        );
        ///`DssProject::create_agent`.
        pub static PROJECT_CREATE_AGENT: Endpoint = Endpoint::new(
            "DssProject",
            "create_agent",
            crate::rt::Server::DSS,
            "Creates an agent and returns a handle on it.",
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
                    "r#type",
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
                    "plugin_agent_type",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "pluginAgentType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/agents",
                    &[],
                    "ProjectCreateAgent",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssAgent"),
            [false, true, false],
        );
        ///`DssProject::list_agent_tools`.
        pub static PROJECT_LIST_AGENT_TOOLS: Endpoint = Endpoint::new(
            "DssProject",
            "list_agent_tools",
            crate::rt::Server::DSS,
            "Lists the agent tools of the project; the answer's `tools` holds them (id, type, name, ...).",
            &[
                Arg::new(
                    "include_shared",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("foreign"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/agents/tools",
                    &[("includeDescriptions", "false")],
                    "ProjectListAgentTools",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::get_agent_tool`.
        pub static PROJECT_GET_AGENT_TOOL: Endpoint = Endpoint::new(
            "DssProject",
            "get_agent_tool",
            crate::rt::Server::DSS,
            "A handle on one agent tool of the project.",
            &[Arg::new("tool_id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssAgentTool"),
            [false, true, false],
        );
        ///`DssAgent::get_settings`.
        pub static AGENT_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssAgent",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the agent's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/agents/{id}",
                    &[],
                    "AgentGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssAgentSettings"),
            [false, true, false],
        );
        ///`DssAgent::delete`.
        pub static AGENT_DELETE: Endpoint = Endpoint::new(
            "DssAgent",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the agent.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/agents/{id}",
                    &[],
                    "AgentDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssAgent::disable`.
        pub static AGENT_DISABLE: Endpoint = Endpoint::new(
            "DssAgent",
            "disable",
            crate::rt::Server::DSS,
            "Disables the agent.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/agents/{id}/actions/disable",
                    &[],
                    "AgentDisable",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssAgent::enable`.
        pub static AGENT_ENABLE: Endpoint = Endpoint::new(
            "DssAgent",
            "enable",
            crate::rt::Server::DSS,
            "Enables the agent.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/agents/{id}/actions/enable",
                    &[],
                    "AgentEnable",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssAgent::shutdown`.
        pub static AGENT_SHUTDOWN: Endpoint = Endpoint::new(
            "DssAgent",
            "shutdown",
            crate::rt::Server::DSS,
            "Shuts down the running instances of a version of the agent.",
            &[
                Arg::new(
                    "version_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "versionId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "force",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "force",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/agents/{id}/actions/shutdown",
                    &[],
                    "AgentShutdown",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssAgent::status`.
        pub static AGENT_STATUS: Endpoint = Endpoint::new(
            "DssAgent",
            "status",
            crate::rt::Server::DSS,
            "Reads the state of the instances of a version of the agent.",
            &[
                Arg::new(
                    "version_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "versionId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/agents/{id}/status",
                    &[],
                    "AgentStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssAgent::wake_up`.
        pub static AGENT_WAKE_UP: Endpoint = Endpoint::new(
            "DssAgent",
            "wake_up",
            crate::rt::Server::DSS,
            "Starts an instance of a version of the agent if none runs.",
            &[
                Arg::new(
                    "version_id",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "versionId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/agents/{id}/actions/wakeup",
                    &[],
                    "AgentWakeUp",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssAgent::get_metrics_series`.
        pub static AGENT_GET_METRICS_SERIES: Endpoint = Endpoint::new(
            "DssAgent",
            "get_metrics_series",
            crate::rt::Server::DSS,
            "Reads the agent's operational metrics over time (calls, errors, latency, ...), by bucket of `aggregation`.",
            &[
                Arg::new(
                    "from_timestamp_ms",
                    "int",
                    Presence::Optional,
                    Place::Query("fromTimestampMs"),
                    false,
                ),
                Arg::new(
                    "to_timestamp_ms",
                    "int",
                    Presence::Optional,
                    Place::Query("toTimestampMs"),
                    false,
                ),
                Arg::new(
                    "aggregation",
                    "str",
                    Presence::Default("MINUTE"),
                    Place::Query("aggregation"),
                    false,
                ),
                Arg::new(
                    "timezone",
                    "str",
                    Presence::Optional,
                    Place::Query("timezone"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/agents/{id}/operational-metrics/series",
                    &[],
                    "AgentGetMetricsSeries",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssAgentSettings::save`.
        pub static AGENT_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssAgentSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/agents/{id}",
                    &[],
                    "AgentSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssAgentSettings::active_version`.
        pub static AGENT_SETTINGS_ACTIVE_VERSION: Endpoint = Endpoint::new(
            "DssAgentSettings",
            "active_version",
            crate::rt::Server::DSS,
            "The id of the active version.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssAgentTool::get_settings`.
        pub static AGENT_TOOL_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssAgentTool",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the tool's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/agents/tools/{tool_id}",
                    &[],
                    "AgentToolGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssAgentToolSettings"),
            [false, true, false],
        );
        ///`DssAgentTool::delete`.
        pub static AGENT_TOOL_DELETE: Endpoint = Endpoint::new(
            "DssAgentTool",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the tool.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/agents/tools/{tool_id}",
                    &[],
                    "AgentToolDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssAgentTool::run`.
        pub static AGENT_TOOL_RUN: Endpoint = Endpoint::new(
            "DssAgentTool",
            "run",
            crate::rt::Server::DSS,
            "Runs the tool on `input`; returns its output as DSS sends it.",
            &[
                Arg::new(
                    "input",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "input.input",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "context",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "input.context",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "subtool_name",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "input.subtoolName",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "memory_fragment",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "input.memoryFragment",
                        via: Some("nonempty"),
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "tool_validation_responses",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "input.toolValidationResponses",
                        via: Some("nonempty"),
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "tool_validation_requests",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "input.toolValidationRequests",
                        via: Some("nonempty"),
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/agents/tools/{tool_id}/invocations",
                    &[],
                    "AgentToolRun",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssAgentTool::describe_tool_call`.
        pub static AGENT_TOOL_DESCRIBE_TOOL_CALL: Endpoint = Endpoint::new(
            "DssAgentTool",
            "describe_tool_call",
            crate::rt::Server::DSS,
            "Asks the tool to describe what a call would do, without running it; the answer's `description` says it.",
            &[
                Arg::new(
                    "input",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "input.input",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "descriptor",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "descriptor",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "context",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "input.context",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
                Arg::new(
                    "subtool_name",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "input.subtoolName",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/agents/tools/{tool_id}/describe-tool-call",
                    &[],
                    "AgentToolDescribeToolCall",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssAgentTool::get_descriptor_without_context`.
        pub static AGENT_TOOL_GET_DESCRIPTOR_WITHOUT_CONTEXT: Endpoint = Endpoint::new(
            "DssAgentTool",
            "get_descriptor_without_context",
            crate::rt::Server::DSS,
            "Reads the tool's descriptor (its name, description, input schema): a request behind [`get_descriptor`](crate::DssAgentTool::get_descriptor).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/agents/tools/{tool_id}/descriptor",
                    &[],
                    "AgentToolGetDescriptorWithoutContext",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssAgentTool::get_descriptor_in_context`.
        pub static AGENT_TOOL_GET_DESCRIPTOR_IN_CONTEXT: Endpoint = Endpoint::new(
            "DssAgentTool",
            "get_descriptor_in_context",
            crate::rt::Server::DSS,
            "Reads the tool's descriptor for a context: a request behind [`get_descriptor`](crate::DssAgentTool::get_descriptor).",
            &[
                Arg::new(
                    "context",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "context",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/agents/tools/{tool_id}/descriptor",
                    &[],
                    "AgentToolGetDescriptorInContext",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssAgentToolSettings::save`.
        pub static AGENT_TOOL_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssAgentToolSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/agents/tools/{tool_id}",
                    &[],
                    "AgentToolSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssAgentToolSettings::name`.
        pub static AGENT_TOOL_SETTINGS_NAME: Endpoint = Endpoint::new(
            "DssAgentToolSettings",
            "name",
            crate::rt::Server::DSS,
            "The tool's name.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssAgentToolSettings::r#type`.
        pub static AGENT_TOOL_SETTINGS_R_TYPE: Endpoint = Endpoint::new(
            "DssAgentToolSettings",
            "r#type",
            crate::rt::Server::DSS,
            "The tool's type.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssAgentToolSettings::params`.
        pub static AGENT_TOOL_SETTINGS_PARAMS: Endpoint = Endpoint::new(
            "DssAgentToolSettings",
            "params",
            crate::rt::Server::DSS,
            "The tool's parameters.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssAgentTool::get_descriptor`.
        pub static AGENT_TOOL_GET_DESCRIPTOR: Endpoint = Endpoint::new(
            "DssAgentTool",
            "get_descriptor",
            crate::rt::Server::DSS,
            "Reads the tool's descriptor, for a context when given.",
            &[
                Arg::new(
                    "context",
                    "Option < Value >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Pending < '_ , Value >"),
            [true, true, false],
        );
        ///`DssAgent::as_llm`.
        pub static AGENT_AS_LLM: Endpoint = Endpoint::new(
            "DssAgent",
            "as_llm",
            crate::rt::Server::DSS,
            "The agent as an LLM of the LLM Mesh, to query.",
            &[],
            None,
            ResultKind::HandWritten("DssLlm"),
            [true, true, false],
        );
        ///`DssAgentSettings::get_raw`.
        pub static AGENT_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssAgentSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssAgentToolSettings::get_raw`.
        pub static AGENT_TOOL_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssAgentToolSettings",
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
        &endpoints::PROJECT_LIST_AGENTS,
        &endpoints::PROJECT_GET_AGENT,
        &endpoints::PROJECT_CREATE_AGENT,
        &endpoints::PROJECT_LIST_AGENT_TOOLS,
        &endpoints::PROJECT_GET_AGENT_TOOL,
        &endpoints::AGENT_GET_SETTINGS,
        &endpoints::AGENT_DELETE,
        &endpoints::AGENT_DISABLE,
        &endpoints::AGENT_ENABLE,
        &endpoints::AGENT_SHUTDOWN,
        &endpoints::AGENT_STATUS,
        &endpoints::AGENT_WAKE_UP,
        &endpoints::AGENT_GET_METRICS_SERIES,
        &endpoints::AGENT_SETTINGS_SAVE,
        &endpoints::AGENT_SETTINGS_ACTIVE_VERSION,
        &endpoints::AGENT_TOOL_GET_SETTINGS,
        &endpoints::AGENT_TOOL_DELETE,
        &endpoints::AGENT_TOOL_RUN,
        &endpoints::AGENT_TOOL_DESCRIBE_TOOL_CALL,
        &endpoints::AGENT_TOOL_GET_DESCRIPTOR_WITHOUT_CONTEXT,
        &endpoints::AGENT_TOOL_GET_DESCRIPTOR_IN_CONTEXT,
        &endpoints::AGENT_TOOL_SETTINGS_SAVE,
        &endpoints::AGENT_TOOL_SETTINGS_NAME,
        &endpoints::AGENT_TOOL_SETTINGS_R_TYPE,
        &endpoints::AGENT_TOOL_SETTINGS_PARAMS,
        &endpoints::AGENT_TOOL_GET_DESCRIPTOR,
        &endpoints::AGENT_AS_LLM,
        &endpoints::AGENT_SETTINGS_GET_RAW,
        &endpoints::AGENT_TOOL_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssAgent",
                doc: "An agent of a project, named by its id.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
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
                name: "DssAgentSettings",
                doc: "The settings of an agent, as `get_settings` reads them (dataikuapi's `DSSAgentSettings`): its type, versions, active version, ...; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "DssAgentTool",
                doc: "An agent tool of a project (a tool agents and LLM queries can call), named by its id.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "tool_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssAgentToolSettings",
                doc: "The settings of an agent tool, as `get_settings` reads them (dataikuapi's `DSSAgentToolSettings`): its type, name, parameters; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "tool_id",
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
                name: "DssAgentListItem",
                doc: "An agent as `list_agents` lists it (dataikuapi's `DSSAgentListItem`).",
                members: &[
                    ModelMember {
                        name: "project_key",
                        wire: "projectKey",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "name",
                        wire: "name",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssAgent"),
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the agents of the project.

`GET /projects/{project_key}/agents`

Returns a [`ProjectListAgents`](requests::ProjectListAgents) request; nothing is sent until `.send()`.*/
        pub fn list_agents(&self) -> requests::ProjectListAgents<'_> {
            requests::ProjectListAgents {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one agent of the project.

Builds a handle; sends no request.*/
        pub fn get_agent(&self, id: impl Into<String>) -> super::handles::DssAgent {
            let id = id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_id = id;
                super::handles::DssAgent {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    id: __f_id,
                }
            }
        }
        /**Creates an agent and returns a handle on it.

`POST /projects/{project_key}/agents`

Never retried: sending it twice could do the work twice.

Arguments:
- `name`: Its name. Sent as JSON member `name`.
- `r#type`: Its kind (`TOOLS_USING_AGENT`, `PYTHON_AGENT`, `PLUGIN_AGENT`, ...). Sent as JSON member `type`.

Optional arguments, set by name on the returned request:
- `plugin_agent_type`: Unset by default (then sent as `null`). Sent as JSON member `pluginAgentType`.

Returns a [`ProjectCreateAgent`](requests::ProjectCreateAgent) request; nothing is sent until `.send()`.*/
        pub fn create_agent(
            &self,
            name: impl Into<String>,
            r#type: impl Into<String>,
        ) -> requests::ProjectCreateAgent<'_> {
            requests::ProjectCreateAgent {
                __owner: self,
                name: name.into(),
                r#type: r#type.into(),
                plugin_agent_type: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the agent tools of the project; the answer's `tools` holds
them (id, type, name, ...).

`GET /projects/{project_key}/agents/tools` (always with `includeDescriptions=false`)

Optional arguments, set by name on the returned request:
- `include_shared`: Default: `false`. Sent as query parameter `foreign`.

Returns a [`ProjectListAgentTools`](requests::ProjectListAgentTools) request; nothing is sent until `.send()`.*/
        pub fn list_agent_tools(&self) -> requests::ProjectListAgentTools<'_> {
            requests::ProjectListAgentTools {
                __owner: self,
                include_shared: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one agent tool of the project.

Builds a handle; sends no request.*/
        pub fn get_agent_tool(
            &self,
            tool_id: impl Into<String>,
        ) -> super::handles::DssAgentTool {
            let tool_id = tool_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_tool_id = tool_id;
                super::handles::DssAgentTool {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    tool_id: __f_tool_id,
                }
            }
        }
    }
    impl super::handles::DssAgent {
        /**Reads the agent's settings, to change and `save`.

`GET /projects/{project_key}/agents/{id}`

Returns a [`AgentGetSettings`](requests::AgentGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::AgentGetSettings<'_> {
            requests::AgentGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the agent.

`DELETE /projects/{project_key}/agents/{id}`

Returns a [`AgentDelete`](requests::AgentDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::AgentDelete<'_> {
            requests::AgentDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Disables the agent.

`POST /projects/{project_key}/agents/{id}/actions/disable`

Safe to send twice (disabling twice leaves it disabled): a retry policy may repeat it.

Returns a [`AgentDisable`](requests::AgentDisable) request; nothing is sent until `.send()`.*/
        pub fn disable(&self) -> requests::AgentDisable<'_> {
            requests::AgentDisable {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Enables the agent.

`POST /projects/{project_key}/agents/{id}/actions/enable`

Safe to send twice (enabling twice leaves it enabled): a retry policy may repeat it.

Returns a [`AgentEnable`](requests::AgentEnable) request; nothing is sent until `.send()`.*/
        pub fn enable(&self) -> requests::AgentEnable<'_> {
            requests::AgentEnable {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Shuts down the running instances of a version of the agent.

`POST /projects/{project_key}/agents/{id}/actions/shutdown`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `version_id`: Unset by default (then sent as `null`). Sent as JSON member `versionId`.
- `force`: Default: `false`. Sent as JSON member `force`.

Returns a [`AgentShutdown`](requests::AgentShutdown) request; nothing is sent until `.send()`.*/
        pub fn shutdown(&self) -> requests::AgentShutdown<'_> {
            requests::AgentShutdown {
                __owner: self,
                version_id: None,
                force: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the state of the instances of a version of the agent.

`GET /projects/{project_key}/agents/{id}/status`

Optional arguments, set by name on the returned request:
- `version_id`: Unset by default (then sent as `null`). Sent as JSON member `versionId`.

Returns a [`AgentStatus`](requests::AgentStatus) request; nothing is sent until `.send()`.*/
        pub fn status(&self) -> requests::AgentStatus<'_> {
            requests::AgentStatus {
                __owner: self,
                version_id: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts an instance of a version of the agent if none runs.

`POST /projects/{project_key}/agents/{id}/actions/wakeup`

Safe to send twice (waking a running agent does nothing): a retry policy may repeat it.

Optional arguments, set by name on the returned request:
- `version_id`: Unset by default (then sent as `null`). Sent as JSON member `versionId`.

Returns a [`AgentWakeUp`](requests::AgentWakeUp) request; nothing is sent until `.send()`.*/
        pub fn wake_up(&self) -> requests::AgentWakeUp<'_> {
            requests::AgentWakeUp {
                __owner: self,
                version_id: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the agent's operational metrics over time (calls, errors,
latency, ...), by bucket of `aggregation`.

`GET /projects/{project_key}/agents/{id}/operational-metrics/series`

Optional arguments, set by name on the returned request:
- `from_timestamp_ms`: Unset by default (then left out). Sent as query parameter `fromTimestampMs`.
- `to_timestamp_ms`: Unset by default (then left out). Sent as query parameter `toTimestampMs`.
- `aggregation`: Default: `MINUTE`. Sent as query parameter `aggregation`.
- `timezone`: Unset by default (then left out). Sent as query parameter `timezone`.

Returns a [`AgentGetMetricsSeries`](requests::AgentGetMetricsSeries) request; nothing is sent until `.send()`.*/
        pub fn get_metrics_series(&self) -> requests::AgentGetMetricsSeries<'_> {
            requests::AgentGetMetricsSeries {
                __owner: self,
                from_timestamp_ms: None,
                to_timestamp_ms: None,
                aggregation: String::from("MINUTE"),
                timezone: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssAgentSettings {
        /**Saves the settings: the whole object, sent back as it was read
except where it was changed.

`PUT /projects/{project_key}/agents/{id}`

Returns a [`AgentSettingsSave`](requests::AgentSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::AgentSettingsSave<'_> {
            requests::AgentSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The id of the active version.

Reads the document this value holds; sends no request.*/
        pub fn active_version(&self) -> ::core::option::Option<&str> {
            self.document.get("activeVersion").and_then(::serde_json::Value::as_str)
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssAgentTool {
        /**Reads the tool's settings, to change and `save`.

`GET /projects/{project_key}/agents/tools/{tool_id}`

Returns a [`AgentToolGetSettings`](requests::AgentToolGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::AgentToolGetSettings<'_> {
            requests::AgentToolGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the tool.

`DELETE /projects/{project_key}/agents/tools/{tool_id}`

Returns a [`AgentToolDelete`](requests::AgentToolDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::AgentToolDelete<'_> {
            requests::AgentToolDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Runs the tool on `input`; returns its output as DSS sends it.

`POST /projects/{project_key}/agents/tools/{tool_id}/invocations`

Never retried: sending it twice could do the work twice.

Arguments:
- `input`: The tool's input (a JSON object, as its descriptor says). Sent as JSON member `input.input`.

Optional arguments, set by name on the returned request:
- `context`: Unset by default (then left out). Sent as JSON member `input.context`.
- `subtool_name`: Unset by default (then left out). Sent as JSON member `input.subtoolName`.
- `memory_fragment`: Unset by default (then left out). Sent as JSON member `input.memoryFragment`, converted by `nonempty`.
- `tool_validation_responses`: Unset by default (then left out). Sent as JSON member `input.toolValidationResponses`, converted by `nonempty`.
- `tool_validation_requests`: Unset by default (then left out). Sent as JSON member `input.toolValidationRequests`, converted by `nonempty`.

Returns a [`AgentToolRun`](requests::AgentToolRun) request; nothing is sent until `.send()`.*/
        pub fn run(
            &self,
            input: impl Into<::serde_json::Value>,
        ) -> requests::AgentToolRun<'_> {
            requests::AgentToolRun {
                __owner: self,
                input: input.into(),
                context: None,
                subtool_name: None,
                memory_fragment: None,
                tool_validation_responses: None,
                tool_validation_requests: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Asks the tool to describe what a call would do, without running
it; the answer's `description` says it.

`POST /projects/{project_key}/agents/tools/{tool_id}/describe-tool-call`

Safe to send twice (a description changes nothing): a retry policy may repeat it.

Arguments:
- `input`: The call's input. Sent as JSON member `input.input`.
- `descriptor`: The tool's descriptor. Sent as JSON member `descriptor`.

Optional arguments, set by name on the returned request:
- `context`: Unset by default (then left out). Sent as JSON member `input.context`.
- `subtool_name`: Unset by default (then left out). Sent as JSON member `input.subtoolName`.

Returns a [`AgentToolDescribeToolCall`](requests::AgentToolDescribeToolCall) request; nothing is sent until `.send()`.*/
        pub fn describe_tool_call(
            &self,
            input: impl Into<::serde_json::Value>,
            descriptor: impl Into<::serde_json::Value>,
        ) -> requests::AgentToolDescribeToolCall<'_> {
            requests::AgentToolDescribeToolCall {
                __owner: self,
                input: input.into(),
                descriptor: descriptor.into(),
                context: None,
                subtool_name: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the tool's descriptor (its name, description, input schema):
a request behind [`get_descriptor`](crate::DssAgentTool::get_descriptor).

`GET /projects/{project_key}/agents/tools/{tool_id}/descriptor`

Returns a [`AgentToolGetDescriptorWithoutContext`](requests::AgentToolGetDescriptorWithoutContext) request; nothing is sent until `.send()`.*/
        pub fn get_descriptor_without_context(
            &self,
        ) -> requests::AgentToolGetDescriptorWithoutContext<'_> {
            requests::AgentToolGetDescriptorWithoutContext {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the tool's descriptor for a context: a request behind
[`get_descriptor`](crate::DssAgentTool::get_descriptor).

`POST /projects/{project_key}/agents/tools/{tool_id}/descriptor`

Safe to send twice (reading a descriptor changes nothing): a retry policy may repeat it.

Arguments:
- `context`: The context (a JSON object). Sent as JSON member `context`.

Returns a [`AgentToolGetDescriptorInContext`](requests::AgentToolGetDescriptorInContext) request; nothing is sent until `.send()`.*/
        pub fn get_descriptor_in_context(
            &self,
            context: impl Into<::serde_json::Value>,
        ) -> requests::AgentToolGetDescriptorInContext<'_> {
            requests::AgentToolGetDescriptorInContext {
                __owner: self,
                context: context.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssAgentToolSettings {
        /**Saves the settings: the whole object, sent back as it was read
except where it was changed.

`PUT /projects/{project_key}/agents/tools/{tool_id}`

Returns a [`AgentToolSettingsSave`](requests::AgentToolSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::AgentToolSettingsSave<'_> {
            requests::AgentToolSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The tool's name.

Reads the document this value holds; sends no request.*/
        pub fn name(&self) -> ::core::option::Option<&str> {
            self.document.get("name").and_then(::serde_json::Value::as_str)
        }
        /**The tool's type.

Reads the document this value holds; sends no request.*/
        pub fn r#type(&self) -> ::core::option::Option<&str> {
            self.document.get("type").and_then(::serde_json::Value::as_str)
        }
        /**The tool's parameters.

Reads the document this value holds; sends no request.*/
        pub fn params(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("params")
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
            impl super::handles::DssAgentTool {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_descriptor(
                    &self,
                    context: Option<Value>,
                ) -> Pending<'_, Value> {
                    self.get_descriptor(context)
                }
            }
            impl super::handles::DssAgent {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_as_llm(&self) -> DssLlm {
                    self.as_llm()
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
                ("DssProject", "list_agents") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_agents();
                        let __endpoint = requests::ProjectListAgents::ENDPOINT;
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
                ("DssProject", "create_agent") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_agent(args.str("name")?, args.str("type")?);
                        let __endpoint = requests::ProjectCreateAgent::ENDPOINT;
                        if let Some(__v) = args.opt_str("plugin_agent_type")? {
                            __r = __r.plugin_agent_type(__v);
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
                ("DssProject", "list_agent_tools") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_agent_tools();
                        let __endpoint = requests::ProjectListAgentTools::ENDPOINT;
                        if let Some(__v) = args.opt_bool("include_shared")? {
                            __r = __r.include_shared(__v);
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
                ("DssAgent", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgent", ids)?;
                        let __owner = super::handles::DssAgent {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::AgentGetSettings::ENDPOINT;
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
                ("DssAgent", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgent", ids)?;
                        let __owner = super::handles::DssAgent {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::AgentDelete::ENDPOINT;
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
                ("DssAgent", "disable") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgent", ids)?;
                        let __owner = super::handles::DssAgent {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.disable();
                        let __endpoint = requests::AgentDisable::ENDPOINT;
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
                ("DssAgent", "enable") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgent", ids)?;
                        let __owner = super::handles::DssAgent {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.enable();
                        let __endpoint = requests::AgentEnable::ENDPOINT;
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
                ("DssAgent", "shutdown") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgent", ids)?;
                        let __owner = super::handles::DssAgent {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.shutdown();
                        let __endpoint = requests::AgentShutdown::ENDPOINT;
                        if let Some(__v) = args.opt_str("version_id")? {
                            __r = __r.version_id(__v);
                        }
                        if let Some(__v) = args.opt_bool("force")? {
                            __r = __r.force(__v);
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
                ("DssAgent", "status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgent", ids)?;
                        let __owner = super::handles::DssAgent {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.status();
                        let __endpoint = requests::AgentStatus::ENDPOINT;
                        if let Some(__v) = args.opt_str("version_id")? {
                            __r = __r.version_id(__v);
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
                ("DssAgent", "wake_up") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgent", ids)?;
                        let __owner = super::handles::DssAgent {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.wake_up();
                        let __endpoint = requests::AgentWakeUp::ENDPOINT;
                        if let Some(__v) = args.opt_str("version_id")? {
                            __r = __r.version_id(__v);
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
                ("DssAgent", "get_metrics_series") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgent", ids)?;
                        let __owner = super::handles::DssAgent {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_metrics_series();
                        let __endpoint = requests::AgentGetMetricsSeries::ENDPOINT;
                        if let Some(__v) = args.opt_int("from_timestamp_ms")? {
                            __r = __r.from_timestamp_ms(__v);
                        }
                        if let Some(__v) = args.opt_int("to_timestamp_ms")? {
                            __r = __r.to_timestamp_ms(__v);
                        }
                        if let Some(__v) = args.opt_str("aggregation")? {
                            __r = __r.aggregation(__v);
                        }
                        if let Some(__v) = args.opt_str("timezone")? {
                            __r = __r.timezone(__v);
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
                ("DssAgentSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgentSettings", ids)?;
                        let __owner = super::handles::DssAgentSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::AgentSettingsSave::ENDPOINT;
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
                ("DssAgentTool", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_tool_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgentTool", ids)?;
                        let __owner = super::handles::DssAgentTool {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            tool_id: __id_tool_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::AgentToolGetSettings::ENDPOINT;
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
                ("DssAgentTool", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_tool_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgentTool", ids)?;
                        let __owner = super::handles::DssAgentTool {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            tool_id: __id_tool_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::AgentToolDelete::ENDPOINT;
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
                ("DssAgentTool", "run") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_tool_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgentTool", ids)?;
                        let __owner = super::handles::DssAgentTool {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            tool_id: __id_tool_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.run(args.json("input")?);
                        let __endpoint = requests::AgentToolRun::ENDPOINT;
                        if let Some(__v) = args.opt_json("context")? {
                            __r = __r.context(__v);
                        }
                        if let Some(__v) = args.opt_str("subtool_name")? {
                            __r = __r.subtool_name(__v);
                        }
                        if let Some(__v) = args.opt_json("memory_fragment")? {
                            __r = __r.memory_fragment(__v);
                        }
                        if let Some(__v) = args.opt_json("tool_validation_responses")? {
                            __r = __r.tool_validation_responses(__v);
                        }
                        if let Some(__v) = args.opt_json("tool_validation_requests")? {
                            __r = __r.tool_validation_requests(__v);
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
                ("DssAgentTool", "describe_tool_call") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_tool_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgentTool", ids)?;
                        let __owner = super::handles::DssAgentTool {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            tool_id: __id_tool_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .describe_tool_call(
                                args.json("input")?,
                                args.json("descriptor")?,
                            );
                        let __endpoint = requests::AgentToolDescribeToolCall::ENDPOINT;
                        if let Some(__v) = args.opt_json("context")? {
                            __r = __r.context(__v);
                        }
                        if let Some(__v) = args.opt_str("subtool_name")? {
                            __r = __r.subtool_name(__v);
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
                ("DssAgentTool", "get_descriptor_without_context") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_tool_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgentTool", ids)?;
                        let __owner = super::handles::DssAgentTool {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            tool_id: __id_tool_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_descriptor_without_context();
                        let __endpoint = requests::AgentToolGetDescriptorWithoutContext::ENDPOINT;
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
                ("DssAgentTool", "get_descriptor_in_context") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_tool_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgentTool", ids)?;
                        let __owner = super::handles::DssAgentTool {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            tool_id: __id_tool_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .get_descriptor_in_context(args.json("context")?);
                        let __endpoint = requests::AgentToolGetDescriptorInContext::ENDPOINT;
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
                ("DssAgentToolSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_tool_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgentToolSettings", ids)?;
                        let __owner = super::handles::DssAgentToolSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            tool_id: __id_tool_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::AgentToolSettingsSave::ENDPOINT;
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
                "DssAgentSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgent", ids)?;
                        let __owner = super::handles::DssAgent {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssAgentToolSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_tool_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssAgentTool", ids)?;
                        let __owner = super::handles::DssAgentTool {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            tool_id: __id_tool_id,
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
            let model: super::models::DssAgentListItem = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"id\":\"plain\",\"name\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DssAgentListItem")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssAgentListItem"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssAgent {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssAgent"
            );
            checked += 1;
            let handle = super::handles::DssAgentSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
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
                "DssAgentSettings"
            );
            checked += 1;
            let handle = super::handles::DssAgentTool {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                tool_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssAgentTool"
            );
            checked += 1;
            let handle = super::handles::DssAgentToolSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                tool_id: ::std::string::String::from("plain"),
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
                "DssAgentToolSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
