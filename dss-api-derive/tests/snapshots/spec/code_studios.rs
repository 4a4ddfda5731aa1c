// The expansion of `code_studios.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/code_studios.dss`.
pub mod spec_code_studios {
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
        ///A code studio template, named by its id.
        #[derive(Clone)]
        pub struct DssCodeStudioTemplate {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) template_id: String,
        }
        impl DssCodeStudioTemplate {
            ///The `template_id` this handle points at.
            pub fn template_id(&self) -> &str {
                &self.template_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssCodeStudioTemplate {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssCodeStudioTemplate")
                    .field("template_id", &self.template_id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a code studio template, as `get_settings` reads them
(dataikuapi's `DSSCodeStudioTemplateSettings`): its `type`, its
`params`, the container configurations it builds images for; changed,
then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssCodeStudioTemplateSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) template_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssCodeStudioTemplateSettings {
            ///The `template_id` this handle points at.
            pub fn template_id(&self) -> &str {
                &self.template_id
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
        impl ::core::fmt::Debug for DssCodeStudioTemplateSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssCodeStudioTemplateSettings")
                    .field("template_id", &self.template_id)
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
        ///A code studio template as listed by `list_code_studio_templates`.
        #[derive(Clone, PartialEq)]
        pub struct CodeStudioTemplateSummary {
            ///The template's id.
            pub id: String,
            ///Display label.
            pub label: Option<String>,
            ///Template type.
            pub r#type: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for CodeStudioTemplateSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = CodeStudioTemplateSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `CodeStudioTemplateSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<CodeStudioTemplateSummary, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_label: Option<String> = None;
                        let mut __m_type: Option<String> = None;
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
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(CodeStudioTemplateSummary {
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
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for CodeStudioTemplateSummary {
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
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for CodeStudioTemplateSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("CodeStudioTemplateSummary")
                    .field("id", &self.id)
                    .field("label", &self.label)
                    .field("type", &self.r#type)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl CodeStudioTemplateSummary {
            ///The [`DssCodeStudioTemplate`](super::super::handles::DssCodeStudioTemplate) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssCodeStudioTemplate {
                {
                    let __f_template_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssCodeStudioTemplate {
                        client: ::core::clone::Clone::clone(client),
                        template_id: __f_template_id,
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
        ///Request value of [`DssClient::list_code_studio_templates`](crate::rt::DssClient::list_code_studio_templates): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListCodeStudioTemplates<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListCodeStudioTemplates<'a> {
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
                __call.lit("/admin/code-studios/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListCodeStudioTemplates, super::endpoints::LIST_CODE_STUDIO_TEMPLATES,
            json(Vec < CodeStudioTemplateSummary >,
            "Sends the request (`GET /admin/code-studios/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListCodeStudioTemplates<'_> {}
        ///Request value of [`DssCodeStudioTemplate::get_settings`](super::super::handles::DssCodeStudioTemplate::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeStudioTemplateGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeStudioTemplate,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeStudioTemplateGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (&'a super::super::handles::DssCodeStudioTemplate,),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/code-studios/");
                __call.segment("template_id", &__owner.template_id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /admin/code-studios/{template_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssCodeStudioTemplateSettings,
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
                            let __f_template_id = ::core::clone::Clone::clone(
                                &__owner.template_id,
                            );
                            super::super::handles::DssCodeStudioTemplateSettings {
                                client: ::core::clone::Clone::clone(__client),
                                template_id: __f_template_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            CodeStudioTemplateGetSettings,
            super::endpoints::CODE_STUDIO_TEMPLATE_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeStudioTemplateGetSettings<'_> {}
        ///Request value of [`DssCodeStudioTemplate::build`](super::super::handles::DssCodeStudioTemplate::build): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeStudioTemplateBuild<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeStudioTemplate,
            pub(crate) disable_docker_cache: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeStudioTemplateBuild<'a> {
            /**Build without the Docker cache.

Default: `false`. Sent as query parameter `withNoCache`.*/
            pub fn disable_docker_cache(mut self, disable_docker_cache: bool) -> Self {
                self.disable_docker_cache = disable_docker_cache;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, disable_docker_cache, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/code-studios/");
                __call.segment("template_id", &__owner.template_id, false)?;
                __call.lit("/build");
                __call.query("withNoCache", &disable_docker_cache);
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/code-studios/{template_id}/build`) and returns the answer.
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
            CodeStudioTemplateBuild, super::endpoints::CODE_STUDIO_TEMPLATE_BUILD,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeStudioTemplateBuild<'_> {}
        ///Request value of [`DssCodeStudioTemplate::delete`](super::super::handles::DssCodeStudioTemplate::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeStudioTemplateDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeStudioTemplate,
            pub(crate) delete_runtime: bool,
            pub(crate) delete_images: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeStudioTemplateDelete<'a> {
            /**Also delete its runtime.

Default: `false`. Sent as query parameter `deleteRuntime`.*/
            pub fn delete_runtime(mut self, delete_runtime: bool) -> Self {
                self.delete_runtime = delete_runtime;
                self
            }
            /**Also delete its images.

Default: `false`. Sent as query parameter `deleteImages`.*/
            pub fn delete_images(mut self, delete_images: bool) -> Self {
                self.delete_images = delete_images;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, delete_runtime, delete_images, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/code-studios/");
                __call.segment("template_id", &__owner.template_id, false)?;
                __call.query("deleteRuntime", &delete_runtime);
                __call.query("deleteImages", &delete_images);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CodeStudioTemplateDelete, super::endpoints::CODE_STUDIO_TEMPLATE_DELETE,
            json(Value,
            "Sends the request (`DELETE /admin/code-studios/{template_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeStudioTemplateDelete<'_> {}
        ///Request value of [`DssCodeStudioTemplateSettings::save`](super::super::handles::DssCodeStudioTemplateSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeStudioTemplateSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeStudioTemplateSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeStudioTemplateSettingsSave<'a> {
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
                __call.lit("/admin/code-studios/");
                __call.segment("template_id", &__owner.template_id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CodeStudioTemplateSettingsSave,
            super::endpoints::CODE_STUDIO_TEMPLATE_SETTINGS_SAVE,
            unit("Sends the request (`PUT /admin/code-studios/{template_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeStudioTemplateSettingsSave<'_> {}
        crate::rt::request_list!(
            ListCodeStudioTemplates, CodeStudioTemplateGetSettings,
            CodeStudioTemplateBuild, CodeStudioTemplateDelete,
            CodeStudioTemplateSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_code_studio_templates`.
        pub static LIST_CODE_STUDIO_TEMPLATES: Endpoint = Endpoint::new(
            "DssClient",
            "list_code_studio_templates",
            crate::rt::Server::DSS,
            "Lists the code studio templates.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/code-studios/",
                    &[],
                    "ListCodeStudioTemplates",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < CodeStudioTemplateSummary >"),
            [false, true, false],
        );
        ///`DssClient::get_code_studio_template`.
        pub static GET_CODE_STUDIO_TEMPLATE: Endpoint = Endpoint::new(
            "DssClient",
            "get_code_studio_template",
            crate::rt::Server::DSS,
            "A handle on one code studio template.",
            &[
                Arg::new(
                    "template_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssCodeStudioTemplate"),
            [false, true, false],
        );
        ///`DssCodeStudioTemplate::get_settings`.
        pub static CODE_STUDIO_TEMPLATE_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssCodeStudioTemplate",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the template's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/code-studios/{template_id}",
                    &[],
                    "CodeStudioTemplateGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssCodeStudioTemplateSettings"),
            [false, true, false],
        );
        ///`DssCodeStudioTemplate::build`.
        pub static CODE_STUDIO_TEMPLATE_BUILD: Endpoint = Endpoint::new(
            "DssCodeStudioTemplate",
            "build",
            crate::rt::Server::DSS,
            "Builds the template's images; returns the build task.",
            &[
                Arg::new(
                    "disable_docker_cache",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("withNoCache"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/code-studios/{template_id}/build",
                    &[],
                    "CodeStudioTemplateBuild",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssCodeStudioTemplate::delete`.
        pub static CODE_STUDIO_TEMPLATE_DELETE: Endpoint = Endpoint::new(
            "DssCodeStudioTemplate",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the template.",
            &[
                Arg::new(
                    "delete_runtime",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("deleteRuntime"),
                    false,
                ),
                Arg::new(
                    "delete_images",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("deleteImages"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Delete,
                    "/admin/code-studios/{template_id}",
                    &[],
                    "CodeStudioTemplateDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCodeStudioTemplateSettings::save`.
        pub static CODE_STUDIO_TEMPLATE_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssCodeStudioTemplateSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/admin/code-studios/{template_id}",
                    &[],
                    "CodeStudioTemplateSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssCodeStudioTemplateSettings::get_built_for_all_container_confs`.
        pub static CODE_STUDIO_TEMPLATE_SETTINGS_GET_BUILT_FOR_ALL_CONTAINER_CONFS: Endpoint = Endpoint::new(
            "DssCodeStudioTemplateSettings",
            "get_built_for_all_container_confs",
            crate::rt::Server::DSS,
            "Whether the template has an image built for every container configuration (`false` when unset).",
            &[],
            None,
            ResultKind::HandWritten("bool"),
            [true, true, false],
        );
        ///`DssCodeStudioTemplateSettings::get_built_container_confs`.
        pub static CODE_STUDIO_TEMPLATE_SETTINGS_GET_BUILT_CONTAINER_CONFS: Endpoint = Endpoint::new(
            "DssCodeStudioTemplateSettings",
            "get_built_container_confs",
            crate::rt::Server::DSS,
            "The container configurations the template has an image built for, when not all of them.",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssCodeStudioTemplateSettings::set_built_container_confs`.
        pub static CODE_STUDIO_TEMPLATE_SETTINGS_SET_BUILT_CONTAINER_CONFS: Endpoint = Endpoint::new(
            "DssCodeStudioTemplateSettings",
            "set_built_container_confs",
            crate::rt::Server::DSS,
            "Sets the container configurations to build an image for: every one (`all`), or those listed.",
            &[
                Arg::new(
                    "configs",
                    "& [& str]",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new("all", "bool", Presence::Required, Place::HandWritten, false),
            ],
            None,
            ResultKind::HandWritten("& mut DssCodeStudioTemplateSettings"),
            [true, true, false],
        );
        ///`DssCodeStudioTemplateSettings::get_raw`.
        pub static CODE_STUDIO_TEMPLATE_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssCodeStudioTemplateSettings",
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
        &endpoints::LIST_CODE_STUDIO_TEMPLATES,
        &endpoints::GET_CODE_STUDIO_TEMPLATE,
        &endpoints::CODE_STUDIO_TEMPLATE_GET_SETTINGS,
        &endpoints::CODE_STUDIO_TEMPLATE_BUILD,
        &endpoints::CODE_STUDIO_TEMPLATE_DELETE,
        &endpoints::CODE_STUDIO_TEMPLATE_SETTINGS_SAVE,
        &endpoints::CODE_STUDIO_TEMPLATE_SETTINGS_GET_BUILT_FOR_ALL_CONTAINER_CONFS,
        &endpoints::CODE_STUDIO_TEMPLATE_SETTINGS_GET_BUILT_CONTAINER_CONFS,
        &endpoints::CODE_STUDIO_TEMPLATE_SETTINGS_SET_BUILT_CONTAINER_CONFS,
        &endpoints::CODE_STUDIO_TEMPLATE_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssCodeStudioTemplate",
                doc: "A code studio template, named by its id.",
                fields: &[
                    HandleField {
                        name: "template_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssCodeStudioTemplateSettings",
                doc: "The settings of a code studio template, as `get_settings` reads them (dataikuapi's `DSSCodeStudioTemplateSettings`): its `type`, its `params`, the container configurations it builds images for; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "template_id",
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
                name: "CodeStudioTemplateSummary",
                doc: "A code studio template as listed by `list_code_studio_templates`.",
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
                ],
                handle: Some("DssCodeStudioTemplate"),
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Lists the code studio templates.

`GET /admin/code-studios/`

Returns a [`ListCodeStudioTemplates`](requests::ListCodeStudioTemplates) request; nothing is sent until `.send()`.*/
        pub fn list_code_studio_templates(
            &self,
        ) -> requests::ListCodeStudioTemplates<'_> {
            requests::ListCodeStudioTemplates {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one code studio template.

Builds a handle; sends no request.*/
        pub fn get_code_studio_template(
            &self,
            template_id: impl Into<String>,
        ) -> super::handles::DssCodeStudioTemplate {
            let template_id = template_id.into();
            {
                let __f_template_id = template_id;
                super::handles::DssCodeStudioTemplate {
                    client: ::core::clone::Clone::clone(self),
                    template_id: __f_template_id,
                }
            }
        }
    }
    impl super::handles::DssCodeStudioTemplate {
        /**Reads the template's settings, to change and `save`.

`GET /admin/code-studios/{template_id}`

Returns a [`CodeStudioTemplateGetSettings`](requests::CodeStudioTemplateGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::CodeStudioTemplateGetSettings<'_> {
            requests::CodeStudioTemplateGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Builds the template's images; returns the build task.

`POST /admin/code-studios/{template_id}/build`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `disable_docker_cache`: Default: `false`. Sent as query parameter `withNoCache`.

Returns a [`CodeStudioTemplateBuild`](requests::CodeStudioTemplateBuild) request; nothing is sent until `.send()`.*/
        pub fn build(&self) -> requests::CodeStudioTemplateBuild<'_> {
            requests::CodeStudioTemplateBuild {
                __owner: self,
                disable_docker_cache: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the template.

`DELETE /admin/code-studios/{template_id}`

Optional arguments, set by name on the returned request:
- `delete_runtime`: Default: `false`. Sent as query parameter `deleteRuntime`.
- `delete_images`: Default: `false`. Sent as query parameter `deleteImages`.

Returns a [`CodeStudioTemplateDelete`](requests::CodeStudioTemplateDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::CodeStudioTemplateDelete<'_> {
            requests::CodeStudioTemplateDelete {
                __owner: self,
                delete_runtime: false,
                delete_images: false,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssCodeStudioTemplateSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /admin/code-studios/{template_id}`

Returns a [`CodeStudioTemplateSettingsSave`](requests::CodeStudioTemplateSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::CodeStudioTemplateSettingsSave<'_> {
            requests::CodeStudioTemplateSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The container configurations the template has an image built for,
when not all of them.

Reads the document this value holds; sends no request.*/
        pub fn get_built_container_confs(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("containerConfs")
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
            impl super::handles::DssCodeStudioTemplateSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_built_for_all_container_confs(&self) -> bool {
                    self.get_built_for_all_container_confs()
                }
            }
            impl super::handles::DssCodeStudioTemplateSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_built_container_confs(
                    &mut self,
                    configs: &[&str],
                    all: bool,
                ) -> &mut DssCodeStudioTemplateSettings {
                    self.set_built_container_confs(configs, all)
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
                ("DssClient", "list_code_studio_templates") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_code_studio_templates();
                        let __endpoint = requests::ListCodeStudioTemplates::ENDPOINT;
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
                ("DssCodeStudioTemplate", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_template_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCodeStudioTemplate", ids)?;
                        let __owner = super::handles::DssCodeStudioTemplate {
                            client: ::core::clone::Clone::clone(client),
                            template_id: __id_template_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::CodeStudioTemplateGetSettings::ENDPOINT;
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
                ("DssCodeStudioTemplate", "build") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_template_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCodeStudioTemplate", ids)?;
                        let __owner = super::handles::DssCodeStudioTemplate {
                            client: ::core::clone::Clone::clone(client),
                            template_id: __id_template_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.build();
                        let __endpoint = requests::CodeStudioTemplateBuild::ENDPOINT;
                        if let Some(__v) = args.opt_bool("disable_docker_cache")? {
                            __r = __r.disable_docker_cache(__v);
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
                ("DssCodeStudioTemplate", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_template_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCodeStudioTemplate", ids)?;
                        let __owner = super::handles::DssCodeStudioTemplate {
                            client: ::core::clone::Clone::clone(client),
                            template_id: __id_template_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::CodeStudioTemplateDelete::ENDPOINT;
                        if let Some(__v) = args.opt_bool("delete_runtime")? {
                            __r = __r.delete_runtime(__v);
                        }
                        if let Some(__v) = args.opt_bool("delete_images")? {
                            __r = __r.delete_images(__v);
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
                ("DssCodeStudioTemplateSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_template_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCodeStudioTemplateSettings", ids)?;
                        let __owner = super::handles::DssCodeStudioTemplateSettings {
                            client: ::core::clone::Clone::clone(client),
                            template_id: __id_template_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::CodeStudioTemplateSettingsSave::ENDPOINT;
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
                "DssCodeStudioTemplateSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_template_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssCodeStudioTemplate", ids)?;
                        let __owner = super::handles::DssCodeStudioTemplate {
                            client: ::core::clone::Clone::clone(client),
                            template_id: __id_template_id,
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
            let model: super::models::CodeStudioTemplateSummary = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"label\":\"plain\",\"type\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot build a sample `{}`: {e}", "CodeStudioTemplateSummary"
                    )
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "CodeStudioTemplateSummary"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssCodeStudioTemplate {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                template_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssCodeStudioTemplate"
            );
            checked += 1;
            let handle = super::handles::DssCodeStudioTemplateSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                template_id: ::std::string::String::from("plain"),
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
                "DssCodeStudioTemplateSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
