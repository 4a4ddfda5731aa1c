// The expansion of `plugins.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/plugins.dss`.
pub mod spec_plugins {
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
        ///An installed plugin, named by its id.
        #[derive(Clone)]
        pub struct DssPlugin {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) plugin_id: String,
        }
        impl DssPlugin {
            ///The `plugin_id` this handle points at.
            pub fn plugin_id(&self) -> &str {
                &self.plugin_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssPlugin {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssPlugin")
                    .field("plugin_id", &self.plugin_id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a plugin, as `get_settings` reads them (dataikuapi's
`DSSPluginSettings`): its code environment, its parameter sets and their
presets, permissions; changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssPluginSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) plugin_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssPluginSettings {
            ///The `plugin_id` this handle points at.
            pub fn plugin_id(&self) -> &str {
                &self.plugin_id
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
        impl ::core::fmt::Debug for DssPluginSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssPluginSettings")
                    .field("plugin_id", &self.plugin_id)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a plugin as one project sees them, as
`get_project_settings` reads them (dataikuapi's
`DSSPluginProjectSettings`): the project-level presets of its parameter
sets; changed, then sent back whole by `save` (or `start_save`).*/
        #[derive(Clone)]
        pub struct DssPluginProjectSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) plugin_id: String,
            pub(crate) project_key: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssPluginProjectSettings {
            ///The `plugin_id` this handle points at.
            pub fn plugin_id(&self) -> &str {
                &self.plugin_id
            }
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
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
        impl ::core::fmt::Debug for DssPluginProjectSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssPluginProjectSettings")
                    .field("plugin_id", &self.plugin_id)
                    .field("project_key", &self.project_key)
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
        ///A plugin as listed by `list_plugins`.
        #[derive(Clone, PartialEq)]
        pub struct PluginSummary {
            ///The plugin's id.
            pub id: String,
            ///Installed version.
            pub version: Option<String>,
            ///Whether it is a development plugin.
            pub is_dev: Option<bool>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for PluginSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = PluginSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `PluginSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<PluginSummary, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_version: Option<String> = None;
                        let mut __m_is_dev: Option<bool> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "id" => {
                                    __m_id = Some(
                                        crate::rt::model::next_member(&mut __map, "id")?,
                                    );
                                }
                                "version" => {
                                    __m_version = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "version",
                                    )?;
                                }
                                "isDev" => {
                                    __m_is_dev = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "isDev",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(PluginSummary {
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            version: __m_version,
                            is_dev: __m_is_dev,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for PluginSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "version",
                    &self.version,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "isDev",
                    &self.is_dev,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for PluginSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("PluginSummary")
                    .field("id", &self.id)
                    .field("version", &self.version)
                    .field("is_dev", &self.is_dev)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl PluginSummary {
            ///The [`DssPlugin`](super::super::handles::DssPlugin) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssPlugin {
                {
                    let __f_plugin_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssPlugin {
                        client: ::core::clone::Clone::clone(client),
                        plugin_id: __f_plugin_id,
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
        ///Request value of [`DssClient::list_plugins`](crate::rt::DssClient::list_plugins): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListPlugins<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListPlugins<'a> {
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
                __call.lit("/plugins/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListPlugins, super::endpoints::LIST_PLUGINS, json(Vec < PluginSummary >,
            "Sends the request (`GET /plugins/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListPlugins<'_> {}
        ///Request value of [`DssClient::download_plugin_stream`](crate::rt::DssClient::download_plugin_stream): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DownloadPluginStream<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) plugin_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DownloadPluginStream<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, plugin_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/");
                __call.segment("plugin_id", &plugin_id, false)?;
                __call.lit("/download");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DownloadPluginStream, super::endpoints::DOWNLOAD_PLUGIN_STREAM,
            stream("Sends the request (`GET /plugins/{plugin_id}/download`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DownloadPluginStream<'_> {}
        ///Request value of [`DssClient::download_plugin_to_file`](crate::rt::DssClient::download_plugin_to_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DownloadPluginToFile<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) plugin_id: String,
            pub(crate) path: ::std::path::PathBuf,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DownloadPluginToFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (::std::path::PathBuf,)),
                crate::rt::Error,
            > {
                let Self { __owner, plugin_id, path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/");
                __call.segment("plugin_id", &plugin_id, false)?;
                __call.lit("/download");
                Ok((__call, (path,)))
            }
            ///Sends the request (`GET /plugins/{plugin_id}/download`) and returns the answer.
            pub fn send(self) -> Result<u64, crate::rt::Error> {
                let (__call, (path,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| { __call.send_stream()?.save_to(path) },
                )
            }
        }
        crate::rt::request_common!(
            DownloadPluginToFile, super::endpoints::DOWNLOAD_PLUGIN_TO_FILE, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DownloadPluginToFile<'_> {}
        ///Request value of [`DssClient::download_plugin_to_writer`](crate::rt::DssClient::download_plugin_to_writer): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DownloadPluginToWriter<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) plugin_id: String,
            pub(crate) out: &'a mut dyn ::std::io::Write,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DownloadPluginToWriter<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a mut dyn ::std::io::Write,)),
                crate::rt::Error,
            > {
                let Self { __owner, plugin_id, out, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/");
                __call.segment("plugin_id", &plugin_id, false)?;
                __call.lit("/download");
                Ok((__call, (out,)))
            }
            ///Sends the request (`GET /plugins/{plugin_id}/download`) and returns the answer.
            pub fn send(self) -> Result<u64, crate::rt::Error> {
                let (__call, (out,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| { __call.send_stream()?.copy_to(out) },
                )
            }
        }
        crate::rt::request_common!(
            DownloadPluginToWriter, super::endpoints::DOWNLOAD_PLUGIN_TO_WRITER, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DownloadPluginToWriter<'_> {}
        ///Request value of [`DssClient::install_plugin_from_archive`](crate::rt::DssClient::install_plugin_from_archive): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct InstallPluginFromArchive<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) fp: crate::rt::Upload,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> InstallPluginFromArchive<'a> {
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
                __call.lit("/plugins/actions/installFromZip");
                __call.upload_named(fp);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            InstallPluginFromArchive, super::endpoints::INSTALL_PLUGIN_FROM_ARCHIVE,
            unit("Sends the request (`POST /plugins/actions/installFromZip`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for InstallPluginFromArchive<'_> {}
        ///Request value of [`DssClient::install_plugin_from_store`](crate::rt::DssClient::install_plugin_from_store): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct InstallPluginFromStore<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) plugin_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> InstallPluginFromStore<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, plugin_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/actions/installFromStore");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("pluginId"),
                                    ::serde_json::Value::from(plugin_id),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /plugins/actions/installFromStore`) and returns the answer.
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
            InstallPluginFromStore, super::endpoints::INSTALL_PLUGIN_FROM_STORE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for InstallPluginFromStore<'_> {}
        ///Request value of [`DssClient::install_plugin_from_git`](crate::rt::DssClient::install_plugin_from_git): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct InstallPluginFromGit<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) repository_url: String,
            pub(crate) checkout: String,
            pub(crate) subpath: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> InstallPluginFromGit<'a> {
            /**Branch, tag or commit to check out.

Default: `master`. Sent as JSON member `gitCheckout`.*/
            pub fn checkout(mut self, checkout: impl Into<String>) -> Self {
                self.checkout = checkout.into();
                self
            }
            /**Path of the plugin inside the repository.

Unset by default (then sent as `null`). Sent as JSON member `gitSubpath`.*/
            pub fn subpath(mut self, subpath: impl Into<String>) -> Self {
                self.subpath = Some(subpath.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, repository_url, checkout, subpath, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/actions/installFromGit");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("gitRepositoryUrl"),
                                    ::serde_json::Value::from(repository_url),
                                );
                            __map
                                .insert(
                                    String::from("gitCheckout"),
                                    ::serde_json::Value::from(checkout),
                                );
                            __map
                                .insert(
                                    String::from("gitSubpath"),
                                    ::serde_json::Value::from(subpath),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /plugins/actions/installFromGit`) and returns the answer.
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
            InstallPluginFromGit, super::endpoints::INSTALL_PLUGIN_FROM_GIT, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for InstallPluginFromGit<'_> {}
        ///Request value of [`DssPlugin::get_settings`](super::super::handles::DssPlugin::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPlugin,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssPlugin,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/settings");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /plugins/{plugin_id}/settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssPluginSettings, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_plugin_id = ::core::clone::Clone::clone(
                                &__owner.plugin_id,
                            );
                            super::super::handles::DssPluginSettings {
                                client: ::core::clone::Clone::clone(__client),
                                plugin_id: __f_plugin_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            PluginGetSettings, super::endpoints::PLUGIN_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginGetSettings<'_> {}
        ///Request value of [`DssPlugin::get_project_settings`](super::super::handles::DssPlugin::get_project_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginGetProjectSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPlugin,
            pub(crate) project_key: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginGetProjectSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssPlugin)),
                crate::rt::Error,
            > {
                let Self { __owner, project_key, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/settings");
                __call.query("projectKey", &project_key);
                Ok((__call, (project_key, __owner)))
            }
            ///Sends the request (`GET /plugins/{plugin_id}/settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssPluginProjectSettings,
                crate::rt::Error,
            > {
                let (__call, (project_key, __owner)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_plugin_id = ::core::clone::Clone::clone(
                                &__owner.plugin_id,
                            );
                            let __f_project_key = project_key;
                            super::super::handles::DssPluginProjectSettings {
                                client: ::core::clone::Clone::clone(__client),
                                plugin_id: __f_plugin_id,
                                project_key: __f_project_key,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            PluginGetProjectSettings, super::endpoints::PLUGIN_GET_PROJECT_SETTINGS,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginGetProjectSettings<'_> {}
        ///Request value of [`DssPlugin::list_usages`](super::super::handles::DssPlugin::list_usages): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginListUsages<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPlugin,
            pub(crate) project_key: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginListUsages<'a> {
            /**Only look in this project.

Unset by default (then left out). Sent as query parameter `projectKey`.*/
            pub fn project_key(mut self, project_key: impl Into<String>) -> Self {
                self.project_key = Some(project_key.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, project_key, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/actions/listUsages");
                __call.query("projectKey", &project_key);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            PluginListUsages, super::endpoints::PLUGIN_LIST_USAGES, json(Value,
            "Sends the request (`GET /plugins/{plugin_id}/actions/listUsages`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginListUsages<'_> {}
        ///Request value of [`DssPlugin::update_from_store`](super::super::handles::DssPlugin::update_from_store): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginUpdateFromStore<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPlugin,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginUpdateFromStore<'a> {
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
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/actions/updateFromStore");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /plugins/{plugin_id}/actions/updateFromStore`) and returns the answer.
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
            PluginUpdateFromStore, super::endpoints::PLUGIN_UPDATE_FROM_STORE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginUpdateFromStore<'_> {}
        ///Request value of [`DssPlugin::update_from_git`](super::super::handles::DssPlugin::update_from_git): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginUpdateFromGit<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPlugin,
            pub(crate) repository_url: String,
            pub(crate) checkout: String,
            pub(crate) subpath: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginUpdateFromGit<'a> {
            /**Branch, tag or commit to check out.

Default: `master`. Sent as JSON member `gitCheckout`.*/
            pub fn checkout(mut self, checkout: impl Into<String>) -> Self {
                self.checkout = checkout.into();
                self
            }
            /**Path of the plugin inside the repository.

Unset by default (then sent as `null`). Sent as JSON member `gitSubpath`.*/
            pub fn subpath(mut self, subpath: impl Into<String>) -> Self {
                self.subpath = Some(subpath.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, repository_url, checkout, subpath, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/actions/updateFromGit");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("gitRepositoryUrl"),
                                    ::serde_json::Value::from(repository_url),
                                );
                            __map
                                .insert(
                                    String::from("gitCheckout"),
                                    ::serde_json::Value::from(checkout),
                                );
                            __map
                                .insert(
                                    String::from("gitSubpath"),
                                    ::serde_json::Value::from(subpath),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /plugins/{plugin_id}/actions/updateFromGit`) and returns the answer.
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
            PluginUpdateFromGit, super::endpoints::PLUGIN_UPDATE_FROM_GIT, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginUpdateFromGit<'_> {}
        ///Request value of [`DssPlugin::list_files`](super::super::handles::DssPlugin::list_files): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginListFiles<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPlugin,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginListFiles<'a> {
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
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/contents");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            PluginListFiles, super::endpoints::PLUGIN_LIST_FILES, json(Value,
            "Sends the request (`GET /plugins/{plugin_id}/contents`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginListFiles<'_> {}
        ///Request value of [`DssPlugin::put_file`](super::super::handles::DssPlugin::put_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginPutFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPlugin,
            pub(crate) path: String,
            pub(crate) f: crate::rt::Upload,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginPutFile<'a> {
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
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/contents/");
                __call.segments("path", &path, false)?;
                __call.raw(f);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            PluginPutFile, super::endpoints::PLUGIN_PUT_FILE,
            unit("Sends the request (`POST /plugins/{plugin_id}/contents/{path*}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginPutFile<'_> {}
        ///Request value of [`DssPlugin::get_file`](super::super::handles::DssPlugin::get_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginGetFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPlugin,
            pub(crate) path: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginGetFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/contents/");
                __call.segments("path", &path, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            PluginGetFile, super::endpoints::PLUGIN_GET_FILE,
            stream("Sends the request (`GET /plugins/{plugin_id}/contents/{path*}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginGetFile<'_> {}
        ///Request value of [`DssPlugin::rename_file`](super::super::handles::DssPlugin::rename_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginRenameFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPlugin,
            pub(crate) path: String,
            pub(crate) new_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginRenameFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, path, new_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/contents-actions/rename");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("oldPath"),
                                    ::serde_json::Value::from(path),
                                );
                            __map
                                .insert(
                                    String::from("newName"),
                                    ::serde_json::Value::from(new_name),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            PluginRenameFile, super::endpoints::PLUGIN_RENAME_FILE,
            unit("Sends the request (`POST /plugins/{plugin_id}/contents-actions/rename`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginRenameFile<'_> {}
        ///Request value of [`DssPlugin::move_file`](super::super::handles::DssPlugin::move_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginMoveFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPlugin,
            pub(crate) path: String,
            pub(crate) new_path: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginMoveFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, path, new_path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/contents-actions/move");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("oldPath"),
                                    ::serde_json::Value::from(path),
                                );
                            __map
                                .insert(
                                    String::from("newPath"),
                                    ::serde_json::Value::from(new_path),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            PluginMoveFile, super::endpoints::PLUGIN_MOVE_FILE,
            unit("Sends the request (`POST /plugins/{plugin_id}/contents-actions/move`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginMoveFile<'_> {}
        ///Request value of [`DssPlugin::delete`](super::super::handles::DssPlugin::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPlugin,
            pub(crate) force: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginDelete<'a> {
            /**Delete even if the plugin is in use.

Default: `false`. Sent as JSON member `force`.*/
            pub fn force(mut self, force: bool) -> Self {
                self.force = force;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, force, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/actions/delete");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
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
            ///Sends the request (`POST /plugins/{plugin_id}/actions/delete`) and returns the answer.
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
            PluginDelete, super::endpoints::PLUGIN_DELETE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginDelete<'_> {}
        ///Request value of [`DssPluginSettings::save`](super::super::handles::DssPluginSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPluginSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginSettingsSave<'a> {
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
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/settings");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            PluginSettingsSave, super::endpoints::PLUGIN_SETTINGS_SAVE,
            unit("Sends the request (`POST /plugins/{plugin_id}/settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginSettingsSave<'_> {}
        ///Request value of [`DssPluginProjectSettings::save`](super::super::handles::DssPluginProjectSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginProjectSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPluginProjectSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginProjectSettingsSave<'a> {
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
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/settings");
                __call.query("projectKey", &__owner.project_key);
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            PluginProjectSettingsSave, super::endpoints::PLUGIN_PROJECT_SETTINGS_SAVE,
            unit("Sends the request (`POST /plugins/{plugin_id}/settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginProjectSettingsSave<'_> {}
        ///Request value of [`DssPluginProjectSettings::start_save`](super::super::handles::DssPluginProjectSettings::start_save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct PluginProjectSettingsStartSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssPluginProjectSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> PluginProjectSettingsStartSave<'a> {
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
                __call.lit("/plugins/");
                __call.segment("plugin_id", &__owner.plugin_id, false)?;
                __call.lit("/settings/future");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /plugins/{plugin_id}/settings/future`) and returns the answer.
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
            PluginProjectSettingsStartSave,
            super::endpoints::PLUGIN_PROJECT_SETTINGS_START_SAVE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for PluginProjectSettingsStartSave<'_> {}
        crate::rt::request_list!(
            ListPlugins, DownloadPluginStream, DownloadPluginToFile,
            DownloadPluginToWriter, InstallPluginFromArchive, InstallPluginFromStore,
            InstallPluginFromGit, PluginGetSettings, PluginGetProjectSettings,
            PluginListUsages, PluginUpdateFromStore, PluginUpdateFromGit,
            PluginListFiles, PluginPutFile, PluginGetFile, PluginRenameFile,
            PluginMoveFile, PluginDelete, PluginSettingsSave, PluginProjectSettingsSave,
            PluginProjectSettingsStartSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_plugins`.
        pub static LIST_PLUGINS: Endpoint = Endpoint::new(
            "DssClient",
            "list_plugins",
            crate::rt::Server::DSS,
            "Lists the installed plugins; each has at least `id`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/plugins/",
                    &[],
                    "ListPlugins",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < PluginSummary >"),
            [false, true, false],
        );
        ///`DssClient::get_plugin`.
        pub static GET_PLUGIN: Endpoint = Endpoint::new(
            "DssClient",
            "get_plugin",
            crate::rt::Server::DSS,
            "A handle on one plugin.",
            &[
                Arg::new(
                    "plugin_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssPlugin"),
            [false, true, false],
        );
        ///`DssClient::download_plugin_stream`.
        pub static DOWNLOAD_PLUGIN_STREAM: Endpoint = Endpoint::new(
            "DssClient",
            "download_plugin_stream",
            crate::rt::Server::DSS,
            "Downloads a development plugin as a byte stream (read it as it arrives; nothing is buffered whole).",
            &[Arg::new("plugin_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/plugins/{plugin_id}/download",
                    &[],
                    "DownloadPluginStream",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssClient::download_plugin_to_file`.
        pub static DOWNLOAD_PLUGIN_TO_FILE: Endpoint = Endpoint::new(
            "DssClient",
            "download_plugin_to_file",
            crate::rt::Server::DSS,
            "Downloads a development plugin into a file (created or truncated only once the server has answered), streamed in constant memory.",
            &[
                Arg::new("plugin_id", "str", Presence::Required, Place::Path, false),
                Arg::new("path", "str", Presence::Required, Place::SaveTo, false),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/plugins/{plugin_id}/download",
                    &[],
                    "DownloadPluginToFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::SavedToFile,
            [false, true, false],
        );
        ///`DssClient::download_plugin_to_writer`.
        pub static DOWNLOAD_PLUGIN_TO_WRITER: Endpoint = Endpoint::new(
            "DssClient",
            "download_plugin_to_writer",
            crate::rt::Server::DSS,
            "Downloads a development plugin into any writer, streamed in constant memory.",
            &[
                Arg::new("plugin_id", "str", Presence::Required, Place::Path, false),
                Arg::new("out", "writer", Presence::Required, Place::WriteTo, false),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/plugins/{plugin_id}/download",
                    &[],
                    "DownloadPluginToWriter",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::CopiedToWriter,
            [false, true, false],
        );
        ///`DssClient::install_plugin_from_archive`.
        pub static INSTALL_PLUGIN_FROM_ARCHIVE: Endpoint = Endpoint::new(
            "DssClient",
            "install_plugin_from_archive",
            crate::rt::Server::DSS,
            "Installs a plugin from a zip archive streamed from here (never read whole into memory).",
            &[Arg::new("fp", "file", Presence::Required, Place::Upload, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/plugins/actions/installFromZip",
                    &[],
                    "InstallPluginFromArchive",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssClient::install_plugin_from_store`.
        pub static INSTALL_PLUGIN_FROM_STORE: Endpoint = Endpoint::new(
            "DssClient",
            "install_plugin_from_store",
            crate::rt::Server::DSS,
            "Installs a plugin from the Dataiku plugin store; returns the install task.",
            &[
                Arg::new(
                    "plugin_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "pluginId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/plugins/actions/installFromStore",
                    &[],
                    "InstallPluginFromStore",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssClient::install_plugin_from_git`.
        pub static INSTALL_PLUGIN_FROM_GIT: Endpoint = Endpoint::new(
            "DssClient",
            "install_plugin_from_git",
            crate::rt::Server::DSS,
            "Installs a plugin from a Git repository that DSS can reach; returns the install task.",
            &[
                Arg::new(
                    "repository_url",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "gitRepositoryUrl",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "checkout",
                    "str",
                    Presence::Default("master"),
                    Place::Member {
                        path: "gitCheckout",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "subpath",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "gitSubpath",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/plugins/actions/installFromGit",
                    &[],
                    "InstallPluginFromGit",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssPlugin::get_settings`.
        pub static PLUGIN_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssPlugin",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the plugin's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/plugins/{plugin_id}/settings",
                    &[],
                    "PluginGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssPluginSettings"),
            [false, true, false],
        );
        ///`DssPlugin::get_project_settings`.
        pub static PLUGIN_GET_PROJECT_SETTINGS: Endpoint = Endpoint::new(
            "DssPlugin",
            "get_project_settings",
            crate::rt::Server::DSS,
            "Reads the plugin's settings as seen from one project (the project-level parameter sets and presets), to change and `save`.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Required,
                    Place::Query("projectKey"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/plugins/{plugin_id}/settings",
                    &[],
                    "PluginGetProjectSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssPluginProjectSettings"),
            [false, true, false],
        );
        ///`DssPlugin::list_usages`.
        pub static PLUGIN_LIST_USAGES: Endpoint = Endpoint::new(
            "DssPlugin",
            "list_usages",
            crate::rt::Server::DSS,
            "Lists where the plugin is used.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Optional,
                    Place::Query("projectKey"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/plugins/{plugin_id}/actions/listUsages",
                    &[],
                    "PluginListUsages",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssPlugin::update_from_store`.
        pub static PLUGIN_UPDATE_FROM_STORE: Endpoint = Endpoint::new(
            "DssPlugin",
            "update_from_store",
            crate::rt::Server::DSS,
            "Updates the plugin from the store; returns the update task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/plugins/{plugin_id}/actions/updateFromStore",
                    &[],
                    "PluginUpdateFromStore",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssPlugin::update_from_git`.
        pub static PLUGIN_UPDATE_FROM_GIT: Endpoint = Endpoint::new(
            "DssPlugin",
            "update_from_git",
            crate::rt::Server::DSS,
            "Updates the plugin from a Git repository that DSS can reach (the body is the same as for `install_plugin_from_git`); returns the update task.",
            &[
                Arg::new(
                    "repository_url",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "gitRepositoryUrl",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "checkout",
                    "str",
                    Presence::Default("master"),
                    Place::Member {
                        path: "gitCheckout",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "subpath",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "gitSubpath",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/plugins/{plugin_id}/actions/updateFromGit",
                    &[],
                    "PluginUpdateFromGit",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssPlugin::list_files`.
        pub static PLUGIN_LIST_FILES: Endpoint = Endpoint::new(
            "DssPlugin",
            "list_files",
            crate::rt::Server::DSS,
            "Lists the files and folders of a development plugin, as a tree.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/plugins/{plugin_id}/contents",
                    &[],
                    "PluginListFiles",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssPlugin::put_file`.
        pub static PLUGIN_PUT_FILE: Endpoint = Endpoint::new(
            "DssPlugin",
            "put_file",
            crate::rt::Server::DSS,
            "Writes a file of a development plugin, streaming its content as the request body (the file is created or replaced).",
            &[
                Arg::new("path", "str", Presence::Required, Place::PathSegments, false),
                Arg::new("f", "file", Presence::Required, Place::Raw, false),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/plugins/{plugin_id}/contents/{path*}",
                    &[],
                    "PluginPutFile",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssPlugin::get_file`.
        pub static PLUGIN_GET_FILE: Endpoint = Endpoint::new(
            "DssPlugin",
            "get_file",
            crate::rt::Server::DSS,
            "Reads a file of a development plugin as a byte stream.",
            &[Arg::new("path", "str", Presence::Required, Place::PathSegments, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/plugins/{plugin_id}/contents/{path*}",
                    &[],
                    "PluginGetFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssPlugin::rename_file`.
        pub static PLUGIN_RENAME_FILE: Endpoint = Endpoint::new(
            "DssPlugin",
            "rename_file",
            crate::rt::Server::DSS,
            "Renames a file or folder of a development plugin, in place.",
            &[
                Arg::new(
                    "path",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "oldPath",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "new_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "newName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/plugins/{plugin_id}/contents-actions/rename",
                    &[],
                    "PluginRenameFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssPlugin::move_file`.
        pub static PLUGIN_MOVE_FILE: Endpoint = Endpoint::new(
            "DssPlugin",
            "move_file",
            crate::rt::Server::DSS,
            "Moves a file or folder of a development plugin elsewhere in it.",
            &[
                Arg::new(
                    "path",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "oldPath",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "new_path",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "newPath",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/plugins/{plugin_id}/contents-actions/move",
                    &[],
                    "PluginMoveFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssPlugin::delete`.
        pub static PLUGIN_DELETE: Endpoint = Endpoint::new(
            "DssPlugin",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the plugin; returns the deletion task.",
            &[
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
                    "/plugins/{plugin_id}/actions/delete",
                    &[],
                    "PluginDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssPluginSettings::save`.
        pub static PLUGIN_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssPluginSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/plugins/{plugin_id}/settings",
                    &[],
                    "PluginSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssPluginSettings::set_code_env`.
        pub static PLUGIN_SETTINGS_SET_CODE_ENV: Endpoint = Endpoint::new(
            "DssPluginSettings",
            "set_code_env",
            crate::rt::Server::DSS,
            "Sets the code environment the plugin's code runs in.",
            &[
                Arg::new(
                    "code_env_name",
                    "str",
                    Presence::Required,
                    Place::Document("codeEnvName"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssPluginSettings::list_parameter_set_names`.
        pub static PLUGIN_SETTINGS_LIST_PARAMETER_SET_NAMES: Endpoint = Endpoint::new(
            "DssPluginSettings",
            "list_parameter_set_names",
            crate::rt::Server::DSS,
            "The ids of the plugin's parameter sets.",
            &[],
            None,
            ResultKind::HandWritten("Vec < & str >"),
            [true, true, false],
        );
        ///`DssPluginSettings::list_parameter_sets`.
        pub static PLUGIN_SETTINGS_LIST_PARAMETER_SETS: Endpoint = Endpoint::new(
            "DssPluginSettings",
            "list_parameter_sets",
            crate::rt::Server::DSS,
            "The plugin's parameter sets, with their settings and presets.",
            &[],
            None,
            ResultKind::HandWritten("Vec < PluginParameterSet < '_ > >"),
            [true, true, false],
        );
        ///`DssPluginSettings::get_parameter_set`.
        pub static PLUGIN_SETTINGS_GET_PARAMETER_SET: Endpoint = Endpoint::new(
            "DssPluginSettings",
            "get_parameter_set",
            crate::rt::Server::DSS,
            "One parameter set of the plugin, with its settings and presets (`None` when the plugin has none of that id).",
            &[
                Arg::new(
                    "parameter_set_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Option < PluginParameterSet < '_ > >"),
            [true, true, false],
        );
        ///`DssPluginSettings::get_parameter_set_mut`.
        pub static PLUGIN_SETTINGS_GET_PARAMETER_SET_MUT: Endpoint = Endpoint::new(
            "DssPluginSettings",
            "get_parameter_set_mut",
            crate::rt::Server::DSS,
            "One parameter set of the plugin, to change its permissions and presets (`None` when the plugin has none of that id).",
            &[
                Arg::new(
                    "parameter_set_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Option < PluginParameterSetMut < '_ > >"),
            [true, true, false],
        );
        ///`DssPluginProjectSettings::save`.
        pub static PLUGIN_PROJECT_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssPluginProjectSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed, for the project they were read for.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/plugins/{plugin_id}/settings",
                    &[],
                    "PluginProjectSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssPluginProjectSettings::start_save`.
        pub static PLUGIN_PROJECT_SETTINGS_START_SAVE: Endpoint = Endpoint::new(
            "DssPluginProjectSettings",
            "start_save",
            crate::rt::Server::DSS,
            "Saves the settings, and returns the task of what DSS does after (rebuilding the code environment image of visual recipes, ...).",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/plugins/{plugin_id}/settings/future",
                    &[],
                    "PluginProjectSettingsStartSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssPluginProjectSettings::list_parameter_set_names`.
        pub static PLUGIN_PROJECT_SETTINGS_LIST_PARAMETER_SET_NAMES: Endpoint = Endpoint::new(
            "DssPluginProjectSettings",
            "list_parameter_set_names",
            crate::rt::Server::DSS,
            "The ids of the plugin's parameter sets the project sees.",
            &[],
            None,
            ResultKind::HandWritten("Vec < & str >"),
            [true, true, false],
        );
        ///`DssPluginProjectSettings::list_parameter_sets`.
        pub static PLUGIN_PROJECT_SETTINGS_LIST_PARAMETER_SETS: Endpoint = Endpoint::new(
            "DssPluginProjectSettings",
            "list_parameter_sets",
            crate::rt::Server::DSS,
            "The plugin's parameter sets, with the project's presets of each.",
            &[],
            None,
            ResultKind::HandWritten("Vec < PluginParameterSet < '_ > >"),
            [true, true, false],
        );
        ///`DssPluginProjectSettings::get_parameter_set`.
        pub static PLUGIN_PROJECT_SETTINGS_GET_PARAMETER_SET: Endpoint = Endpoint::new(
            "DssPluginProjectSettings",
            "get_parameter_set",
            crate::rt::Server::DSS,
            "One parameter set of the plugin, with the project's presets of it (`None` when the plugin has none of that id).",
            &[
                Arg::new(
                    "parameter_set_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Option < PluginParameterSet < '_ > >"),
            [true, true, false],
        );
        ///`DssPluginProjectSettings::get_parameter_set_mut`.
        pub static PLUGIN_PROJECT_SETTINGS_GET_PARAMETER_SET_MUT: Endpoint = Endpoint::new(
            "DssPluginProjectSettings",
            "get_parameter_set_mut",
            crate::rt::Server::DSS,
            "One parameter set of the plugin, to change the project's presets of it (`None` when the plugin has none of that id).",
            &[
                Arg::new(
                    "parameter_set_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Option < PluginParameterSetMut < '_ > >"),
            [true, true, false],
        );
        ///`DssPluginSettings::get_raw`.
        pub static PLUGIN_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssPluginSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssPluginProjectSettings::get_raw`.
        pub static PLUGIN_PROJECT_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssPluginProjectSettings",
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
        &endpoints::LIST_PLUGINS,
        &endpoints::GET_PLUGIN,
        &endpoints::DOWNLOAD_PLUGIN_STREAM,
        &endpoints::DOWNLOAD_PLUGIN_TO_FILE,
        &endpoints::DOWNLOAD_PLUGIN_TO_WRITER,
        &endpoints::INSTALL_PLUGIN_FROM_ARCHIVE,
        &endpoints::INSTALL_PLUGIN_FROM_STORE,
        &endpoints::INSTALL_PLUGIN_FROM_GIT,
        &endpoints::PLUGIN_GET_SETTINGS,
        &endpoints::PLUGIN_GET_PROJECT_SETTINGS,
        &endpoints::PLUGIN_LIST_USAGES,
        &endpoints::PLUGIN_UPDATE_FROM_STORE,
        &endpoints::PLUGIN_UPDATE_FROM_GIT,
        &endpoints::PLUGIN_LIST_FILES,
        &endpoints::PLUGIN_PUT_FILE,
        &endpoints::PLUGIN_GET_FILE,
        &endpoints::PLUGIN_RENAME_FILE,
        &endpoints::PLUGIN_MOVE_FILE,
        &endpoints::PLUGIN_DELETE,
        &endpoints::PLUGIN_SETTINGS_SAVE,
        &endpoints::PLUGIN_SETTINGS_SET_CODE_ENV,
        &endpoints::PLUGIN_SETTINGS_LIST_PARAMETER_SET_NAMES,
        &endpoints::PLUGIN_SETTINGS_LIST_PARAMETER_SETS,
        &endpoints::PLUGIN_SETTINGS_GET_PARAMETER_SET,
        &endpoints::PLUGIN_SETTINGS_GET_PARAMETER_SET_MUT,
        &endpoints::PLUGIN_PROJECT_SETTINGS_SAVE,
        &endpoints::PLUGIN_PROJECT_SETTINGS_START_SAVE,
        &endpoints::PLUGIN_PROJECT_SETTINGS_LIST_PARAMETER_SET_NAMES,
        &endpoints::PLUGIN_PROJECT_SETTINGS_LIST_PARAMETER_SETS,
        &endpoints::PLUGIN_PROJECT_SETTINGS_GET_PARAMETER_SET,
        &endpoints::PLUGIN_PROJECT_SETTINGS_GET_PARAMETER_SET_MUT,
        &endpoints::PLUGIN_SETTINGS_GET_RAW,
        &endpoints::PLUGIN_PROJECT_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssPlugin",
                doc: "An installed plugin, named by its id.",
                fields: &[
                    HandleField {
                        name: "plugin_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssPluginSettings",
                doc: "The settings of a plugin, as `get_settings` reads them (dataikuapi's `DSSPluginSettings`): its code environment, its parameter sets and their presets, permissions; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "plugin_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "DssPluginProjectSettings",
                doc: "The settings of a plugin as one project sees them, as `get_project_settings` reads them (dataikuapi's `DSSPluginProjectSettings`): the project-level presets of its parameter sets; changed, then sent back whole by `save` (or `start_save`).",
                fields: &[
                    HandleField {
                        name: "plugin_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "project_key",
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
                name: "PluginSummary",
                doc: "A plugin as listed by `list_plugins`.",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "version",
                        wire: "version",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "is_dev",
                        wire: "isDev",
                        ty: "Option < bool >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssPlugin"),
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Lists the installed plugins; each has at least `id`.

`GET /plugins/`

Returns a [`ListPlugins`](requests::ListPlugins) request; nothing is sent until `.send()`.*/
        pub fn list_plugins(&self) -> requests::ListPlugins<'_> {
            requests::ListPlugins {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one plugin.

Builds a handle; sends no request.*/
        pub fn get_plugin(
            &self,
            plugin_id: impl Into<String>,
        ) -> super::handles::DssPlugin {
            let plugin_id = plugin_id.into();
            {
                let __f_plugin_id = plugin_id;
                super::handles::DssPlugin {
                    client: ::core::clone::Clone::clone(self),
                    plugin_id: __f_plugin_id,
                }
            }
        }
        /**Downloads a development plugin as a byte stream (read it as it
arrives; nothing is buffered whole).

`GET /plugins/{plugin_id}/download`

Arguments:
- `plugin_id`: Sent as a path segment.

Returns a [`DownloadPluginStream`](requests::DownloadPluginStream) request; nothing is sent until `.send()`.*/
        pub fn download_plugin_stream(
            &self,
            plugin_id: impl Into<String>,
        ) -> requests::DownloadPluginStream<'_> {
            requests::DownloadPluginStream {
                __owner: self,
                plugin_id: plugin_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Downloads a development plugin into a file (created or truncated only
once the server has answered), streamed in constant memory. Returns
the number of bytes written.

`GET /plugins/{plugin_id}/download`

Arguments:
- `plugin_id`: Sent as a path segment.
- `path`: Sent as the local file the answer is written to.

Returns a [`DownloadPluginToFile`](requests::DownloadPluginToFile) request; nothing is sent until `.send()`.*/
        pub fn download_plugin_to_file(
            &self,
            plugin_id: impl Into<String>,
            path: impl AsRef<::std::path::Path>,
        ) -> requests::DownloadPluginToFile<'_> {
            requests::DownloadPluginToFile {
                __owner: self,
                plugin_id: plugin_id.into(),
                path: ::std::path::Path::to_path_buf(path.as_ref()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Downloads a development plugin into any writer, streamed in constant
memory. Returns the number of bytes written.

`GET /plugins/{plugin_id}/download`

Arguments:
- `plugin_id`: Sent as a path segment.
- `out`: Sent as the writer the answer is copied into.

Returns a [`DownloadPluginToWriter`](requests::DownloadPluginToWriter) request; nothing is sent until `.send()`.*/
        pub fn download_plugin_to_writer<'a>(
            &'a self,
            plugin_id: impl Into<String>,
            out: &'a mut dyn ::std::io::Write,
        ) -> requests::DownloadPluginToWriter<'a> {
            requests::DownloadPluginToWriter {
                __owner: self,
                plugin_id: plugin_id.into(),
                out: out,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Installs a plugin from a zip archive streamed from here (never read
whole into memory).

`POST /plugins/actions/installFromZip`

Never retried: sending it twice could do the work twice.

Arguments:
- `fp`: The plugin zip (a reader, a file or a path). Sent as a streamed multipart upload (part `file`, filename: the upload's own, or `file`).

Returns a [`InstallPluginFromArchive`](requests::InstallPluginFromArchive) request; nothing is sent until `.send()`.*/
        pub fn install_plugin_from_archive(
            &self,
            fp: impl Into<crate::rt::Upload>,
        ) -> requests::InstallPluginFromArchive<'_> {
            requests::InstallPluginFromArchive {
                __owner: self,
                fp: fp.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Installs a plugin from the Dataiku plugin store; returns the install task.

`POST /plugins/actions/installFromStore`

Never retried: sending it twice could do the work twice.

Arguments:
- `plugin_id`: Sent as JSON member `pluginId`.

Returns a [`InstallPluginFromStore`](requests::InstallPluginFromStore) request; nothing is sent until `.send()`.*/
        pub fn install_plugin_from_store(
            &self,
            plugin_id: impl Into<String>,
        ) -> requests::InstallPluginFromStore<'_> {
            requests::InstallPluginFromStore {
                __owner: self,
                plugin_id: plugin_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Installs a plugin from a Git repository that DSS can reach; returns
the install task.

`POST /plugins/actions/installFromGit`

Never retried: sending it twice could do the work twice.

Arguments:
- `repository_url`: URL of the Git remote. Sent as JSON member `gitRepositoryUrl`.

Optional arguments, set by name on the returned request:
- `checkout`: Default: `master`. Sent as JSON member `gitCheckout`.
- `subpath`: Unset by default (then sent as `null`). Sent as JSON member `gitSubpath`.

Returns a [`InstallPluginFromGit`](requests::InstallPluginFromGit) request; nothing is sent until `.send()`.*/
        pub fn install_plugin_from_git(
            &self,
            repository_url: impl Into<String>,
        ) -> requests::InstallPluginFromGit<'_> {
            requests::InstallPluginFromGit {
                __owner: self,
                repository_url: repository_url.into(),
                checkout: String::from("master"),
                subpath: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssPlugin {
        /**Reads the plugin's settings, to change and `save`.

`GET /plugins/{plugin_id}/settings`

Returns a [`PluginGetSettings`](requests::PluginGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::PluginGetSettings<'_> {
            requests::PluginGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the plugin's settings as seen from one project (the
project-level parameter sets and presets), to change and `save`.

`GET /plugins/{plugin_id}/settings`

Arguments:
- `project_key`: The project whose view of the settings to read. Sent as query parameter `projectKey`.

Returns a [`PluginGetProjectSettings`](requests::PluginGetProjectSettings) request; nothing is sent until `.send()`.*/
        pub fn get_project_settings(
            &self,
            project_key: impl Into<String>,
        ) -> requests::PluginGetProjectSettings<'_> {
            requests::PluginGetProjectSettings {
                __owner: self,
                project_key: project_key.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists where the plugin is used.

`GET /plugins/{plugin_id}/actions/listUsages`

Optional arguments, set by name on the returned request:
- `project_key`: Unset by default (then left out). Sent as query parameter `projectKey`.

Returns a [`PluginListUsages`](requests::PluginListUsages) request; nothing is sent until `.send()`.*/
        pub fn list_usages(&self) -> requests::PluginListUsages<'_> {
            requests::PluginListUsages {
                __owner: self,
                project_key: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Updates the plugin from the store; returns the update task.

`POST /plugins/{plugin_id}/actions/updateFromStore`

Never retried: sending it twice could do the work twice.

Returns a [`PluginUpdateFromStore`](requests::PluginUpdateFromStore) request; nothing is sent until `.send()`.*/
        pub fn update_from_store(&self) -> requests::PluginUpdateFromStore<'_> {
            requests::PluginUpdateFromStore {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Updates the plugin from a Git repository that DSS can reach (the
body is the same as for `install_plugin_from_git`); returns the
update task.

`POST /plugins/{plugin_id}/actions/updateFromGit`

Never retried: sending it twice could do the work twice.

Arguments:
- `repository_url`: URL of the Git remote. Sent as JSON member `gitRepositoryUrl`.

Optional arguments, set by name on the returned request:
- `checkout`: Default: `master`. Sent as JSON member `gitCheckout`.
- `subpath`: Unset by default (then sent as `null`). Sent as JSON member `gitSubpath`.

Returns a [`PluginUpdateFromGit`](requests::PluginUpdateFromGit) request; nothing is sent until `.send()`.*/
        pub fn update_from_git(
            &self,
            repository_url: impl Into<String>,
        ) -> requests::PluginUpdateFromGit<'_> {
            requests::PluginUpdateFromGit {
                __owner: self,
                repository_url: repository_url.into(),
                checkout: String::from("master"),
                subpath: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the files and folders of a development plugin, as a tree.

`GET /plugins/{plugin_id}/contents`

Returns a [`PluginListFiles`](requests::PluginListFiles) request; nothing is sent until `.send()`.*/
        pub fn list_files(&self) -> requests::PluginListFiles<'_> {
            requests::PluginListFiles {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Writes a file of a development plugin, streaming its content as the
request body (the file is created or replaced).

`POST /plugins/{plugin_id}/contents/{path*}`

Safe to send twice (the same content is written to the same path again): a retry policy may repeat it.

Arguments:
- `path`: Path of the file inside the plugin (`python-lib/a.py`): each segment is encoded, the slashes are kept. Sent as path segments (each encoded, the slashes kept).
- `f`: The content (a reader, a file, a path or bytes). Sent as the raw request body, streamed.

Returns a [`PluginPutFile`](requests::PluginPutFile) request; nothing is sent until `.send()`.*/
        pub fn put_file(
            &self,
            path: impl Into<String>,
            f: impl Into<crate::rt::Upload>,
        ) -> requests::PluginPutFile<'_> {
            requests::PluginPutFile {
                __owner: self,
                path: path.into(),
                f: f.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads a file of a development plugin as a byte stream.

`GET /plugins/{plugin_id}/contents/{path*}`

Arguments:
- `path`: Path of the file inside the plugin (`python-lib/a.py`). Sent as path segments (each encoded, the slashes kept).

Returns a [`PluginGetFile`](requests::PluginGetFile) request; nothing is sent until `.send()`.*/
        pub fn get_file(&self, path: impl Into<String>) -> requests::PluginGetFile<'_> {
            requests::PluginGetFile {
                __owner: self,
                path: path.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Renames a file or folder of a development plugin, in place.

`POST /plugins/{plugin_id}/contents-actions/rename`

Never retried: sending it twice could do the work twice.

Arguments:
- `path`: Path of the file or folder inside the plugin. Sent as JSON member `oldPath`.
- `new_name`: Its new name (a name, not a path). Sent as JSON member `newName`.

Returns a [`PluginRenameFile`](requests::PluginRenameFile) request; nothing is sent until `.send()`.*/
        pub fn rename_file(
            &self,
            path: impl Into<String>,
            new_name: impl Into<String>,
        ) -> requests::PluginRenameFile<'_> {
            requests::PluginRenameFile {
                __owner: self,
                path: path.into(),
                new_name: new_name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Moves a file or folder of a development plugin elsewhere in it.

`POST /plugins/{plugin_id}/contents-actions/move`

Never retried: sending it twice could do the work twice.

Arguments:
- `path`: Path of the file or folder inside the plugin. Sent as JSON member `oldPath`.
- `new_path`: Its new path inside the plugin. Sent as JSON member `newPath`.

Returns a [`PluginMoveFile`](requests::PluginMoveFile) request; nothing is sent until `.send()`.*/
        pub fn move_file(
            &self,
            path: impl Into<String>,
            new_path: impl Into<String>,
        ) -> requests::PluginMoveFile<'_> {
            requests::PluginMoveFile {
                __owner: self,
                path: path.into(),
                new_path: new_path.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the plugin; returns the deletion task.

`POST /plugins/{plugin_id}/actions/delete`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `force`: Default: `false`. Sent as JSON member `force`.

Returns a [`PluginDelete`](requests::PluginDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::PluginDelete<'_> {
            requests::PluginDelete {
                __owner: self,
                force: false,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssPluginSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`POST /plugins/{plugin_id}/settings`

Never retried: sending it twice could do the work twice.

Returns a [`PluginSettingsSave`](requests::PluginSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::PluginSettingsSave<'_> {
            requests::PluginSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Sets the code environment the plugin's code runs in.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_code_env(
            &mut self,
            code_env_name: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("codeEnvName", ::serde_json::Value::from(code_env_name.into()));
            self
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssPluginProjectSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed, for the project they were read for.

`POST /plugins/{plugin_id}/settings`

Never retried: sending it twice could do the work twice.

Returns a [`PluginProjectSettingsSave`](requests::PluginProjectSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::PluginProjectSettingsSave<'_> {
            requests::PluginProjectSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the settings, and returns the task of what DSS does after
(rebuilding the code environment image of visual recipes, ...).

`POST /plugins/{plugin_id}/settings/future`

Never retried: sending it twice could do the work twice.

Returns a [`PluginProjectSettingsStartSave`](requests::PluginProjectSettingsStartSave) request; nothing is sent until `.send()`.*/
        pub fn start_save(&self) -> requests::PluginProjectSettingsStartSave<'_> {
            requests::PluginProjectSettingsStartSave {
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
            impl super::handles::DssPluginSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_list_parameter_set_names(&self) -> Vec<&str> {
                    self.list_parameter_set_names()
                }
            }
            impl super::handles::DssPluginSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_list_parameter_sets(
                    &self,
                ) -> Vec<PluginParameterSet<'_>> {
                    self.list_parameter_sets()
                }
            }
            impl super::handles::DssPluginSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_parameter_set(
                    &self,
                    parameter_set_name: &str,
                ) -> Option<PluginParameterSet<'_>> {
                    self.get_parameter_set(parameter_set_name)
                }
            }
            impl super::handles::DssPluginSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_parameter_set_mut(
                    &mut self,
                    parameter_set_name: &str,
                ) -> Option<PluginParameterSetMut<'_>> {
                    self.get_parameter_set_mut(parameter_set_name)
                }
            }
            impl super::handles::DssPluginProjectSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_list_parameter_set_names(&self) -> Vec<&str> {
                    self.list_parameter_set_names()
                }
            }
            impl super::handles::DssPluginProjectSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_list_parameter_sets(
                    &self,
                ) -> Vec<PluginParameterSet<'_>> {
                    self.list_parameter_sets()
                }
            }
            impl super::handles::DssPluginProjectSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_parameter_set(
                    &self,
                    parameter_set_name: &str,
                ) -> Option<PluginParameterSet<'_>> {
                    self.get_parameter_set(parameter_set_name)
                }
            }
            impl super::handles::DssPluginProjectSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_parameter_set_mut(
                    &mut self,
                    parameter_set_name: &str,
                ) -> Option<PluginParameterSetMut<'_>> {
                    self.get_parameter_set_mut(parameter_set_name)
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
                ("DssClient", "list_plugins") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_plugins();
                        let __endpoint = requests::ListPlugins::ENDPOINT;
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
                ("DssClient", "download_plugin_stream") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .download_plugin_stream(args.str("plugin_id")?);
                        let __endpoint = requests::DownloadPluginStream::ENDPOINT;
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
                ("DssClient", "download_plugin_to_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .download_plugin_to_file(
                                args.str("plugin_id")?,
                                args.str("path")?,
                            );
                        let __endpoint = requests::DownloadPluginToFile::ENDPOINT;
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
                ("DssClient", "download_plugin_to_writer") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let mut __sink = ::std::io::sink();
                        args.writer("out")?;
                        #[allow(unused_mut)]
                        let mut __r = client
                            .download_plugin_to_writer(
                                args.str("plugin_id")?,
                                &mut __sink,
                            );
                        let __endpoint = requests::DownloadPluginToWriter::ENDPOINT;
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
                ("DssClient", "install_plugin_from_archive") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .install_plugin_from_archive(args.file("fp")?);
                        let __endpoint = requests::InstallPluginFromArchive::ENDPOINT;
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
                ("DssClient", "install_plugin_from_store") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .install_plugin_from_store(args.str("plugin_id")?);
                        let __endpoint = requests::InstallPluginFromStore::ENDPOINT;
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
                ("DssClient", "install_plugin_from_git") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .install_plugin_from_git(args.str("repository_url")?);
                        let __endpoint = requests::InstallPluginFromGit::ENDPOINT;
                        if let Some(__v) = args.opt_str("checkout")? {
                            __r = __r.checkout(__v);
                        }
                        if let Some(__v) = args.opt_str("subpath")? {
                            __r = __r.subpath(__v);
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
                ("DssPlugin", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::PluginGetSettings::ENDPOINT;
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
                ("DssPlugin", "get_project_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .get_project_settings(args.str("project_key")?);
                        let __endpoint = requests::PluginGetProjectSettings::ENDPOINT;
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
                ("DssPlugin", "list_usages") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_usages();
                        let __endpoint = requests::PluginListUsages::ENDPOINT;
                        if let Some(__v) = args.opt_str("project_key")? {
                            __r = __r.project_key(__v);
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
                ("DssPlugin", "update_from_store") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.update_from_store();
                        let __endpoint = requests::PluginUpdateFromStore::ENDPOINT;
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
                ("DssPlugin", "update_from_git") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .update_from_git(args.str("repository_url")?);
                        let __endpoint = requests::PluginUpdateFromGit::ENDPOINT;
                        if let Some(__v) = args.opt_str("checkout")? {
                            __r = __r.checkout(__v);
                        }
                        if let Some(__v) = args.opt_str("subpath")? {
                            __r = __r.subpath(__v);
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
                ("DssPlugin", "list_files") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_files();
                        let __endpoint = requests::PluginListFiles::ENDPOINT;
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
                ("DssPlugin", "put_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .put_file(args.str("path")?, args.file("f")?);
                        let __endpoint = requests::PluginPutFile::ENDPOINT;
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
                ("DssPlugin", "get_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_file(args.str("path")?);
                        let __endpoint = requests::PluginGetFile::ENDPOINT;
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
                ("DssPlugin", "rename_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .rename_file(args.str("path")?, args.str("new_name")?);
                        let __endpoint = requests::PluginRenameFile::ENDPOINT;
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
                ("DssPlugin", "move_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .move_file(args.str("path")?, args.str("new_path")?);
                        let __endpoint = requests::PluginMoveFile::ENDPOINT;
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
                ("DssPlugin", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::PluginDelete::ENDPOINT;
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
                ("DssPluginSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPluginSettings", ids)?;
                        let __owner = super::handles::DssPluginSettings {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::PluginSettingsSave::ENDPOINT;
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
                ("DssPluginProjectSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id, __id_project_key] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssPluginProjectSettings", ids)?;
                        let __owner = super::handles::DssPluginProjectSettings {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                            project_key: __id_project_key,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::PluginProjectSettingsSave::ENDPOINT;
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
                ("DssPluginProjectSettings", "start_save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_plugin_id, __id_project_key] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssPluginProjectSettings", ids)?;
                        let __owner = super::handles::DssPluginProjectSettings {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                            project_key: __id_project_key,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.start_save();
                        let __endpoint = requests::PluginProjectSettingsStartSave::ENDPOINT;
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
                "DssPluginSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssPluginProjectSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_plugin_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssPlugin", ids)?;
                        let __owner = super::handles::DssPlugin {
                            client: ::core::clone::Clone::clone(client),
                            plugin_id: __id_plugin_id,
                        };
                        let mut __doc = __owner
                            .get_project_settings(args.str("project_key")?)
                            .send()?;
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
            let model: super::models::PluginSummary = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"version\":\"plain\",\"isDev\":true,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "PluginSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "PluginSummary"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssPlugin {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                plugin_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssPlugin"
            );
            checked += 1;
            let handle = super::handles::DssPluginSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                plugin_id: ::std::string::String::from("plain"),
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
                "DssPluginSettings"
            );
            checked += 1;
            let handle = super::handles::DssPluginProjectSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                plugin_id: ::std::string::String::from("plain"),
                project_key: ::std::string::String::from("plain"),
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
                "DssPluginProjectSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
