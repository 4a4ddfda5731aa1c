// The expansion of `webapps.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/webapps.dss`.
pub mod spec_webapps {
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
        /**A webapp of a project, named by its id. `get_backend_client` is written
by hand.*/
        #[derive(Clone)]
        pub struct DssWebApp {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) webapp_id: String,
        }
        impl DssWebApp {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `webapp_id` this handle points at.
            pub fn webapp_id(&self) -> &str {
                &self.webapp_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssWebApp {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssWebApp")
                    .field("project_key", &self.project_key)
                    .field("webapp_id", &self.webapp_id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a webapp, as `get_settings` reads them (dataikuapi's
`DSSWebAppSettings`): its type, code, parameters, ...; changed, then
sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssWebAppSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) webapp_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssWebAppSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `webapp_id` this handle points at.
            pub fn webapp_id(&self) -> &str {
                &self.webapp_id
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
        impl ::core::fmt::Debug for DssWebAppSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssWebAppSettings")
                    .field("project_key", &self.project_key)
                    .field("webapp_id", &self.webapp_id)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**The state of a webapp's backend, as `get_state` reads it (dataikuapi's
`DSSWebAppBackendState`): whether it runs, and its task's details
(`futureInfo`).*/
        #[derive(Clone)]
        pub struct DssWebAppBackendState {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) webapp_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssWebAppBackendState {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `webapp_id` this handle points at.
            pub fn webapp_id(&self) -> &str {
                &self.webapp_id
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
        impl ::core::fmt::Debug for DssWebAppBackendState {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssWebAppBackendState")
                    .field("project_key", &self.project_key)
                    .field("webapp_id", &self.webapp_id)
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
        ///A webapp as listed by `list_webapps`.
        #[derive(Clone, PartialEq)]
        pub struct WebAppListItem {
            ///Project holding the webapp.
            pub project_key: String,
            ///The webapp's id.
            pub id: String,
            ///Display name.
            pub name: Option<String>,
            ///Webapp type (`STANDARD`, `BOKEH`, `DASH`, `STREAMLIT`, `SHINY`, ...).
            pub r#type: Option<String>,
            ///Tags.
            pub tags: Option<Vec<String>>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for WebAppListItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = WebAppListItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `WebAppListItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<WebAppListItem, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_id: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __m_tags: Option<Vec<String>> = None;
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
                                "type" => {
                                    __m_type = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "type",
                                    )?;
                                }
                                "tags" => {
                                    __m_tags = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "tags",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(WebAppListItem {
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
                            r#type: __m_type,
                            tags: __m_tags,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for WebAppListItem {
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
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "type",
                    &self.r#type,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "tags",
                    &self.tags,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for WebAppListItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("WebAppListItem")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("name", &self.name)
                    .field("type", &self.r#type)
                    .field("tags", &self.tags)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl WebAppListItem {
            ///The [`DssWebApp`](super::super::handles::DssWebApp) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssWebApp {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_webapp_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssWebApp {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        webapp_id: __f_webapp_id,
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
        ///Request value of [`DssProject::list_webapps`](super::super::handles::DssProject::list_webapps): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListWebapps<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListWebapps<'a> {
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
                __call.lit("/webapps/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListWebapps, super::endpoints::PROJECT_LIST_WEBAPPS, json(Vec <
            WebAppListItem >,
            "Sends the request (`GET /projects/{project_key}/webapps/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListWebapps<'_> {}
        ///Request value of [`DssProject::create_webapp`](super::super::handles::DssProject::create_webapp): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateWebapp<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) name: String,
            pub(crate) webapp_type: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateWebapp<'a> {
            /**Its type: `STANDARD`, `BOKEH`, `DASH`, `STREAMLIT` or `SHINY`.

Default: `STANDARD`. Sent as JSON member `type`.*/
            pub fn webapp_type(mut self, webapp_type: impl Into<String>) -> Self {
                self.webapp_type = webapp_type.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self { __owner, name, webapp_type, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/webapps/");
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
                                    ::serde_json::Value::from(webapp_type),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/webapps/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssWebApp, crate::rt::Error> {
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
                            let __f_webapp_id = crate::rt::answer_string(
                                &__answer,
                                "webAppId",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssWebApp {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                webapp_id: __f_webapp_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateWebapp, super::endpoints::PROJECT_CREATE_WEBAPP, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateWebapp<'_> {}
        ///Request value of [`DssWebApp::get_state`](super::super::handles::DssWebApp::get_state): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WebAppGetState<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWebApp,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WebAppGetState<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssWebApp,)),
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
                __call.lit("/webapps/");
                __call.segment("webapp_id", &__owner.webapp_id, false)?;
                __call.lit("/backend/state");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/webapps/{webapp_id}/backend/state`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssWebAppBackendState, crate::rt::Error> {
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
                            let __f_webapp_id = ::core::clone::Clone::clone(
                                &__owner.webapp_id,
                            );
                            super::super::handles::DssWebAppBackendState {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                webapp_id: __f_webapp_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            WebAppGetState, super::endpoints::WEB_APP_GET_STATE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WebAppGetState<'_> {}
        ///Request value of [`DssWebApp::stop_backend`](super::super::handles::DssWebApp::stop_backend): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WebAppStopBackend<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWebApp,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WebAppStopBackend<'a> {
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
                __call.lit("/webapps/");
                __call.segment("webapp_id", &__owner.webapp_id, false)?;
                __call.lit("/backend/actions/stop");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            WebAppStopBackend, super::endpoints::WEB_APP_STOP_BACKEND,
            unit("Sends the request (`PUT /projects/{project_key}/webapps/{webapp_id}/backend/actions/stop`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WebAppStopBackend<'_> {}
        ///Request value of [`DssWebApp::start_or_restart_backend`](super::super::handles::DssWebApp::start_or_restart_backend): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WebAppStartOrRestartBackend<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWebApp,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WebAppStartOrRestartBackend<'a> {
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
                __call.lit("/webapps/");
                __call.segment("webapp_id", &__owner.webapp_id, false)?;
                __call.lit("/backend/actions/restart");
                Ok((__call, ()))
            }
            ///Sends the request (`PUT /projects/{project_key}/webapps/{webapp_id}/backend/actions/restart`) and returns the answer.
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
            WebAppStartOrRestartBackend,
            super::endpoints::WEB_APP_START_OR_RESTART_BACKEND, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WebAppStartOrRestartBackend<'_> {}
        ///Request value of [`DssWebApp::get_settings`](super::super::handles::DssWebApp::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WebAppGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWebApp,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WebAppGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssWebApp,)),
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
                __call.lit("/webapps/");
                __call.segment("webapp_id", &__owner.webapp_id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/webapps/{webapp_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssWebAppSettings, crate::rt::Error> {
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
                            let __f_webapp_id = ::core::clone::Clone::clone(
                                &__owner.webapp_id,
                            );
                            super::super::handles::DssWebAppSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                webapp_id: __f_webapp_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            WebAppGetSettings, super::endpoints::WEB_APP_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WebAppGetSettings<'_> {}
        ///Request value of [`DssWebAppSettings::save`](super::super::handles::DssWebAppSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct WebAppSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssWebAppSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> WebAppSettingsSave<'a> {
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
                __call.lit("/webapps/");
                __call.segment("webapp_id", &__owner.webapp_id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            WebAppSettingsSave, super::endpoints::WEB_APP_SETTINGS_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/webapps/{webapp_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for WebAppSettingsSave<'_> {}
        crate::rt::request_list!(
            ProjectListWebapps, ProjectCreateWebapp, WebAppGetState, WebAppStopBackend,
            WebAppStartOrRestartBackend, WebAppGetSettings, WebAppSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_webapps`.
        pub static PROJECT_LIST_WEBAPPS: Endpoint = Endpoint::new(
            "DssProject",
            "list_webapps",
            crate::rt::Server::DSS,
            "Lists the webapps of the project; each item converts to a [`DssWebApp`](crate::DssWebApp) with `to_handle`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/webapps/",
                    &[],
                    "ProjectListWebapps",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < WebAppListItem >"),
            [false, true, false],
        );
        ///`DssProject::get_webapp`.
        pub static PROJECT_GET_WEBAPP: Endpoint = Endpoint::new(
            "DssProject",
            "get_webapp",
            crate::rt::Server::DSS,
            "A handle on one webapp of the project.",
            &[
                Arg::new(
                    "webapp_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssWebApp"),
            [false, true, false],
        );
        ///`DssProject::create_webapp`.
        pub static PROJECT_CREATE_WEBAPP: Endpoint = Endpoint::new(
            "DssProject",
            "create_webapp",
            crate::rt::Server::DSS,
            "Creates a webapp and returns a handle on it.",
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
                    "webapp_type",
                    "str",
                    Presence::Default("STANDARD"),
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
                    "/projects/{project_key}/webapps/",
                    &[],
                    "ProjectCreateWebapp",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssWebApp"),
            [false, true, false],
        );
        ///`DssWebApp::get_state`.
        pub static WEB_APP_GET_STATE: Endpoint = Endpoint::new(
            "DssWebApp",
            "get_state",
            crate::rt::Server::DSS,
            "Reads the state of the webapp's backend.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/webapps/{webapp_id}/backend/state",
                    &[],
                    "WebAppGetState",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssWebAppBackendState"),
            [false, true, false],
        );
        ///`DssWebApp::stop_backend`.
        pub static WEB_APP_STOP_BACKEND: Endpoint = Endpoint::new(
            "DssWebApp",
            "stop_backend",
            crate::rt::Server::DSS,
            "Stops the webapp's backend.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/webapps/{webapp_id}/backend/actions/stop",
                    &[],
                    "WebAppStopBackend",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssWebApp::start_or_restart_backend`.
        pub static WEB_APP_START_OR_RESTART_BACKEND: Endpoint = Endpoint::new(
            "DssWebApp",
            "start_or_restart_backend",
            crate::rt::Server::DSS,
            "Starts the webapp's backend, or restarts it when it runs; returns the start task.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/webapps/{webapp_id}/backend/actions/restart",
                    &[],
                    "WebAppStartOrRestartBackend",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssWebApp::get_settings`.
        pub static WEB_APP_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssWebApp",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the webapp's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/webapps/{webapp_id}",
                    &[],
                    "WebAppGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssWebAppSettings"),
            [false, true, false],
        );
        ///`DssWebApp::get_backend_client`.
        pub static WEB_APP_GET_BACKEND_CLIENT: Endpoint = Endpoint::new(
            "DssWebApp",
            "get_backend_client",
            crate::rt::Server::DSS,
            "Where the webapp's backend answers, to call it with an HTTP client of your own (no request).",
            &[],
            None,
            ResultKind::HandWritten("DssWebAppBackendClient"),
            [true, true, false],
        );
        ///`DssWebAppSettings::save`.
        pub static WEB_APP_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssWebAppSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/webapps/{webapp_id}",
                    &[],
                    "WebAppSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssWebAppBackendState::running`.
        pub static WEB_APP_BACKEND_STATE_RUNNING: Endpoint = Endpoint::new(
            "DssWebAppBackendState",
            "running",
            crate::rt::Server::DSS,
            "Whether the backend runs (its task is alive).",
            &[],
            None,
            ResultKind::Local("Option<bool>"),
            [false, true, false],
        );
        ///`DssWebAppSettings::get_raw`.
        pub static WEB_APP_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssWebAppSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssWebAppBackendState::get_raw`.
        pub static WEB_APP_BACKEND_STATE_GET_RAW: Endpoint = Endpoint::new(
            "DssWebAppBackendState",
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
        &endpoints::PROJECT_LIST_WEBAPPS,
        &endpoints::PROJECT_GET_WEBAPP,
        &endpoints::PROJECT_CREATE_WEBAPP,
        &endpoints::WEB_APP_GET_STATE,
        &endpoints::WEB_APP_STOP_BACKEND,
        &endpoints::WEB_APP_START_OR_RESTART_BACKEND,
        &endpoints::WEB_APP_GET_SETTINGS,
        &endpoints::WEB_APP_GET_BACKEND_CLIENT,
        &endpoints::WEB_APP_SETTINGS_SAVE,
        &endpoints::WEB_APP_BACKEND_STATE_RUNNING,
        &endpoints::WEB_APP_SETTINGS_GET_RAW,
        &endpoints::WEB_APP_BACKEND_STATE_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssWebApp",
                doc: "A webapp of a project, named by its id.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "webapp_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssWebAppSettings",
                doc: "The settings of a webapp, as `get_settings` reads them (dataikuapi's `DSSWebAppSettings`): its type, code, parameters, ...; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "webapp_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "DssWebAppBackendState",
                doc: "The state of a webapp's backend, as `get_state` reads it (dataikuapi's `DSSWebAppBackendState`): whether it runs, and its task's details (`futureInfo`).",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "webapp_id",
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
                name: "WebAppListItem",
                doc: "A webapp as listed by `list_webapps`.",
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
                    ModelMember {
                        name: "type",
                        wire: "type",
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
                ],
                handle: Some("DssWebApp"),
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the webapps of the project; each item converts to a
[`DssWebApp`](crate::DssWebApp) with `to_handle`.

`GET /projects/{project_key}/webapps/`

Returns a [`ProjectListWebapps`](requests::ProjectListWebapps) request; nothing is sent until `.send()`.*/
        pub fn list_webapps(&self) -> requests::ProjectListWebapps<'_> {
            requests::ProjectListWebapps {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one webapp of the project.

Builds a handle; sends no request.*/
        pub fn get_webapp(
            &self,
            webapp_id: impl Into<String>,
        ) -> super::handles::DssWebApp {
            let webapp_id = webapp_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_webapp_id = webapp_id;
                super::handles::DssWebApp {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    webapp_id: __f_webapp_id,
                }
            }
        }
        /**Creates a webapp and returns a handle on it. dataikuapi refuses a
type other than `STANDARD`, `BOKEH`, `DASH`, `STREAMLIT` and `SHINY`
before sending; here DSS judges the type.

`POST /projects/{project_key}/webapps/`

Never retried: sending it twice could do the work twice.

Arguments:
- `name`: The new webapp's name. Sent as JSON member `name`.

Optional arguments, set by name on the returned request:
- `webapp_type`: Default: `STANDARD`. Sent as JSON member `type`.

Returns a [`ProjectCreateWebapp`](requests::ProjectCreateWebapp) request; nothing is sent until `.send()`.*/
        pub fn create_webapp(
            &self,
            name: impl Into<String>,
        ) -> requests::ProjectCreateWebapp<'_> {
            requests::ProjectCreateWebapp {
                __owner: self,
                name: name.into(),
                webapp_type: String::from("STANDARD"),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssWebApp {
        /**Reads the state of the webapp's backend.

`GET /projects/{project_key}/webapps/{webapp_id}/backend/state`

Returns a [`WebAppGetState`](requests::WebAppGetState) request; nothing is sent until `.send()`.*/
        pub fn get_state(&self) -> requests::WebAppGetState<'_> {
            requests::WebAppGetState {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Stops the webapp's backend.

`PUT /projects/{project_key}/webapps/{webapp_id}/backend/actions/stop`

Returns a [`WebAppStopBackend`](requests::WebAppStopBackend) request; nothing is sent until `.send()`.*/
        pub fn stop_backend(&self) -> requests::WebAppStopBackend<'_> {
            requests::WebAppStopBackend {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts the webapp's backend, or restarts it when it runs; returns
the start task.

`PUT /projects/{project_key}/webapps/{webapp_id}/backend/actions/restart`

Returns a [`WebAppStartOrRestartBackend`](requests::WebAppStartOrRestartBackend) request; nothing is sent until `.send()`.*/
        pub fn start_or_restart_backend(
            &self,
        ) -> requests::WebAppStartOrRestartBackend<'_> {
            requests::WebAppStartOrRestartBackend {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the webapp's settings, to change and `save`.

`GET /projects/{project_key}/webapps/{webapp_id}`

Returns a [`WebAppGetSettings`](requests::WebAppGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::WebAppGetSettings<'_> {
            requests::WebAppGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssWebAppSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /projects/{project_key}/webapps/{webapp_id}`

Returns a [`WebAppSettingsSave`](requests::WebAppSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::WebAppSettingsSave<'_> {
            requests::WebAppSettingsSave {
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
    impl super::handles::DssWebAppBackendState {
        /**Whether the backend runs (its task is alive).

Reads the document this value holds; sends no request.*/
        pub fn running(&self) -> ::core::option::Option<bool> {
            self.document.get("futureInfo.alive").and_then(::serde_json::Value::as_bool)
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
            impl super::handles::DssWebApp {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_backend_client(&self) -> DssWebAppBackendClient {
                    self.get_backend_client()
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
                ("DssProject", "list_webapps") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_webapps();
                        let __endpoint = requests::ProjectListWebapps::ENDPOINT;
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
                ("DssProject", "create_webapp") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_webapp(args.str("name")?);
                        let __endpoint = requests::ProjectCreateWebapp::ENDPOINT;
                        if let Some(__v) = args.opt_str("webapp_type")? {
                            __r = __r.webapp_type(__v);
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
                ("DssWebApp", "get_state") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_webapp_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssWebApp", ids)?;
                        let __owner = super::handles::DssWebApp {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            webapp_id: __id_webapp_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_state();
                        let __endpoint = requests::WebAppGetState::ENDPOINT;
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
                ("DssWebApp", "stop_backend") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_webapp_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssWebApp", ids)?;
                        let __owner = super::handles::DssWebApp {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            webapp_id: __id_webapp_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.stop_backend();
                        let __endpoint = requests::WebAppStopBackend::ENDPOINT;
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
                ("DssWebApp", "start_or_restart_backend") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_webapp_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssWebApp", ids)?;
                        let __owner = super::handles::DssWebApp {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            webapp_id: __id_webapp_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.start_or_restart_backend();
                        let __endpoint = requests::WebAppStartOrRestartBackend::ENDPOINT;
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
                ("DssWebApp", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_webapp_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssWebApp", ids)?;
                        let __owner = super::handles::DssWebApp {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            webapp_id: __id_webapp_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::WebAppGetSettings::ENDPOINT;
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
                ("DssWebAppSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_webapp_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssWebAppSettings", ids)?;
                        let __owner = super::handles::DssWebAppSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            webapp_id: __id_webapp_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::WebAppSettingsSave::ENDPOINT;
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
                "DssWebAppBackendState" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_webapp_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssWebApp", ids)?;
                        let __owner = super::handles::DssWebApp {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            webapp_id: __id_webapp_id,
                        };
                        let mut __doc = __owner.get_state().send()?;
                        edit(__doc.raw_mut());
                        Ok(false)
                    })()
                }
                "DssWebAppSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_webapp_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssWebApp", ids)?;
                        let __owner = super::handles::DssWebApp {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            webapp_id: __id_webapp_id,
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
            let model: super::models::WebAppListItem = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"id\":\"plain\",\"name\":\"plain\",\"type\":\"plain\",\"tags\":[\"plain\"],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "WebAppListItem")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "WebAppListItem"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssWebApp {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                webapp_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssWebApp"
            );
            checked += 1;
            let handle = super::handles::DssWebAppSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                webapp_id: ::std::string::String::from("plain"),
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
                "DssWebAppSettings"
            );
            checked += 1;
            let handle = super::handles::DssWebAppBackendState {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                webapp_id: ::std::string::String::from("plain"),
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
                "DssWebAppBackendState"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
