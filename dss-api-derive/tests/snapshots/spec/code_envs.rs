// The expansion of `code_envs.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/code_envs.dss`.
pub mod spec_code_envs {
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
        ///A code environment, named by language and name.
        #[derive(Clone)]
        pub struct DssCodeEnv {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) env_lang: String,
            pub(crate) env_name: String,
        }
        impl DssCodeEnv {
            ///The `env_lang` this handle points at.
            pub fn env_lang(&self) -> &str {
                &self.env_lang
            }
            ///The `env_name` this handle points at.
            pub fn env_name(&self) -> &str {
                &self.env_name
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssCodeEnv {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssCodeEnv")
                    .field("env_lang", &self.env_lang)
                    .field("env_name", &self.env_name)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a code environment, as `get_settings` reads them
(dataikuapi's `DSSCodeEnvSettings`, with the methods of its
`DSSDesignCodeEnvSettings` and `DSSAutomationCodeEnvSettings` forms: a
design node's settings hold the package lists, an automation node's hold
them per version, see `get_version`); changed, then sent back whole by
`save`. `env_lang` and `env_name` are dataikuapi's properties of the
same names.*/
        #[derive(Clone)]
        pub struct DssCodeEnvSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) env_lang: String,
            pub(crate) env_name: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssCodeEnvSettings {
            ///The `env_lang` this handle points at.
            pub fn env_lang(&self) -> &str {
                &self.env_lang
            }
            ///The `env_name` this handle points at.
            pub fn env_name(&self) -> &str {
                &self.env_name
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
        impl ::core::fmt::Debug for DssCodeEnvSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssCodeEnvSettings")
                    .field("env_lang", &self.env_lang)
                    .field("env_name", &self.env_name)
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
        ///A code environment as listed by `list_code_envs`.
        #[derive(Clone, PartialEq)]
        pub struct CodeEnvSummary {
            ///`PYTHON` or `R`.
            pub env_lang: String,
            ///The environment's name.
            pub env_name: String,
            ///Deployment mode (e.g. `DESIGN_MANAGED`).
            pub deployment_mode: Option<String>,
            ///Owner login.
            pub owner: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for CodeEnvSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = CodeEnvSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `CodeEnvSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<CodeEnvSummary, __A::Error> {
                        let mut __m_env_lang: Option<String> = None;
                        let mut __m_env_name: Option<String> = None;
                        let mut __m_deployment_mode: Option<String> = None;
                        let mut __m_owner: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "envLang" => {
                                    __m_env_lang = Some(
                                        crate::rt::model::next_member(&mut __map, "envLang")?,
                                    );
                                }
                                "envName" => {
                                    __m_env_name = Some(
                                        crate::rt::model::next_member(&mut __map, "envName")?,
                                    );
                                }
                                "deploymentMode" => {
                                    __m_deployment_mode = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "deploymentMode",
                                    )?;
                                }
                                "owner" => {
                                    __m_owner = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "owner",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(CodeEnvSummary {
                            env_lang: match __m_env_lang {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("envLang"),
                                    );
                                }
                            },
                            env_name: match __m_env_name {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("envName"),
                                    );
                                }
                            },
                            deployment_mode: __m_deployment_mode,
                            owner: __m_owner,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for CodeEnvSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "envLang",
                    &self.env_lang,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "envName",
                    &self.env_name,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "deploymentMode",
                    &self.deployment_mode,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "owner",
                    &self.owner,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for CodeEnvSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("CodeEnvSummary")
                    .field("env_lang", &self.env_lang)
                    .field("env_name", &self.env_name)
                    .field("deployment_mode", &self.deployment_mode)
                    .field("owner", &self.owner)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl CodeEnvSummary {
            ///The [`DssCodeEnv`](super::super::handles::DssCodeEnv) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssCodeEnv {
                {
                    let __f_env_lang = ::core::clone::Clone::clone(&self.env_lang);
                    let __f_env_name = ::core::clone::Clone::clone(&self.env_name);
                    super::super::handles::DssCodeEnv {
                        client: ::core::clone::Clone::clone(client),
                        env_lang: __f_env_lang,
                        env_name: __f_env_name,
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
        ///Request value of [`DssClient::list_code_envs`](crate::rt::DssClient::list_code_envs): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListCodeEnvs<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListCodeEnvs<'a> {
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
                __call.lit("/admin/code-envs/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListCodeEnvs, super::endpoints::LIST_CODE_ENVS, json(Vec < CodeEnvSummary >,
            "Sends the request (`GET /admin/code-envs/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListCodeEnvs<'_> {}
        ///Request value of [`DssClient::create_code_env`](crate::rt::DssClient::create_code_env): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CreateCodeEnv<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) env_lang: String,
            pub(crate) env_name: String,
            pub(crate) deployment_mode: String,
            pub(crate) params: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CreateCodeEnv<'a> {
            /**Environment parameters; `deploymentMode` is added to them.

Default: `{}`. Sent as the members of the JSON body.*/
            pub fn params(mut self, params: impl Into<::serde_json::Value>) -> Self {
                self.params = params.into();
                self
            }
            fn __prepare(
                self,
                __start: bool,
            ) -> Result<(crate::rt::Call<'a>, (String, String)), crate::rt::Error> {
                let Self {
                    __owner,
                    env_lang,
                    env_name,
                    deployment_mode,
                    params,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/code-envs/");
                __call.segment("env_lang", &env_lang, false)?;
                __call.lit("/");
                __call.segment("env_name", &env_name, false)?;
                __call.query("wait", if __start { "false" } else { "true" });
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            crate::rt::spread(&mut __map, "params", params)?;
                            __map
                                .insert(
                                    String::from("deploymentMode"),
                                    ::serde_json::Value::from(deployment_mode),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (env_lang, env_name)))
            }
            ///Sends the request (`POST /admin/code-envs/{env_lang}/{env_name}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssCodeEnv, crate::rt::Error> {
                let (__call, (env_lang, env_name)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __answer: Value = __call.send_json()?;
                        crate::rt::check_messages(&__answer, Self::ENDPOINT)?;
                        Ok({
                            let __f_env_lang = env_lang;
                            let __f_env_name = env_name;
                            super::super::handles::DssCodeEnv {
                                client: ::core::clone::Clone::clone(__client),
                                env_lang: __f_env_lang,
                                env_name: __f_env_name,
                            }
                        })
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
        crate::rt::request_common!(
            CreateCodeEnv, super::endpoints::CREATE_CODE_ENV, send_as_checked
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CreateCodeEnv<'_> {}
        ///Request value of [`DssClient::list_code_env_usages`](crate::rt::DssClient::list_code_env_usages): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListCodeEnvUsages<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListCodeEnvUsages<'a> {
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
                __call.lit("/admin/code-envs/usages");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListCodeEnvUsages, super::endpoints::LIST_CODE_ENV_USAGES, json(Value,
            "Sends the request (`GET /admin/code-envs/usages`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListCodeEnvUsages<'_> {}
        ///Request value of [`DssCodeEnv::get_definition`](super::super::handles::DssCodeEnv::get_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeEnvGetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeEnv,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeEnvGetDefinition<'a> {
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
                __call.lit("/admin/code-envs/");
                __call.segment("env_lang", &__owner.env_lang, false)?;
                __call.lit("/");
                __call.segment("env_name", &__owner.env_name, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CodeEnvGetDefinition, super::endpoints::CODE_ENV_GET_DEFINITION, json(Value,
            "Sends the request (`GET /admin/code-envs/{env_lang}/{env_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeEnvGetDefinition<'_> {}
        ///Request value of [`DssCodeEnv::set_definition`](super::super::handles::DssCodeEnv::set_definition): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeEnvSetDefinition<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeEnv,
            pub(crate) definition: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeEnvSetDefinition<'a> {
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
                __call.lit("/admin/code-envs/");
                __call.segment("env_lang", &__owner.env_lang, false)?;
                __call.lit("/");
                __call.segment("env_name", &__owner.env_name, false)?;
                __call.json(&::serde_json::Value::from(definition))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CodeEnvSetDefinition, super::endpoints::CODE_ENV_SET_DEFINITION, json(Value,
            "Sends the request (`PUT /admin/code-envs/{env_lang}/{env_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeEnvSetDefinition<'_> {}
        ///Request value of [`DssCodeEnv::get_settings`](super::super::handles::DssCodeEnv::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeEnvGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeEnv,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeEnvGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssCodeEnv,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/code-envs/");
                __call.segment("env_lang", &__owner.env_lang, false)?;
                __call.lit("/");
                __call.segment("env_name", &__owner.env_name, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /admin/code-envs/{env_lang}/{env_name}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssCodeEnvSettings, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_env_lang = ::core::clone::Clone::clone(
                                &__owner.env_lang,
                            );
                            let __f_env_name = ::core::clone::Clone::clone(
                                &__owner.env_name,
                            );
                            super::super::handles::DssCodeEnvSettings {
                                client: ::core::clone::Clone::clone(__client),
                                env_lang: __f_env_lang,
                                env_name: __f_env_name,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            CodeEnvGetSettings, super::endpoints::CODE_ENV_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeEnvGetSettings<'_> {}
        ///Request value of [`DssCodeEnv::delete`](super::super::handles::DssCodeEnv::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeEnvDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeEnv,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeEnvDelete<'a> {
            fn __prepare(
                self,
                __start: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/code-envs/");
                __call.segment("env_lang", &__owner.env_lang, false)?;
                __call.lit("/");
                __call.segment("env_name", &__owner.env_name, false)?;
                __call.query("wait", if __start { "false" } else { "true" });
                Ok((__call, ()))
            }
            ///Sends the request (`DELETE /admin/code-envs/{env_lang}/{env_name}`) and returns the answer.
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
        crate::rt::request_common!(
            CodeEnvDelete, super::endpoints::CODE_ENV_DELETE, send_as_checked
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeEnvDelete<'_> {}
        ///Request value of [`DssCodeEnv::list_usages`](super::super::handles::DssCodeEnv::list_usages): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeEnvListUsages<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeEnv,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeEnvListUsages<'a> {
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
                __call.lit("/admin/code-envs/");
                __call.segment("env_lang", &__owner.env_lang, false)?;
                __call.lit("/");
                __call.segment("env_name", &__owner.env_name, false)?;
                __call.lit("/usages");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CodeEnvListUsages, super::endpoints::CODE_ENV_LIST_USAGES, json(Value,
            "Sends the request (`GET /admin/code-envs/{env_lang}/{env_name}/usages`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeEnvListUsages<'_> {}
        ///Request value of [`DssCodeEnv::list_logs`](super::super::handles::DssCodeEnv::list_logs): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeEnvListLogs<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeEnv,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeEnvListLogs<'a> {
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
                __call.lit("/admin/code-envs/");
                __call.segment("env_lang", &__owner.env_lang, false)?;
                __call.lit("/");
                __call.segment("env_name", &__owner.env_name, false)?;
                __call.lit("/logs");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CodeEnvListLogs, super::endpoints::CODE_ENV_LIST_LOGS, json(Value,
            "Sends the request (`GET /admin/code-envs/{env_lang}/{env_name}/logs`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeEnvListLogs<'_> {}
        ///Request value of [`DssCodeEnv::get_log`](super::super::handles::DssCodeEnv::get_log): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeEnvGetLog<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeEnv,
            pub(crate) log_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeEnvGetLog<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, log_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/code-envs/");
                __call.segment("env_lang", &__owner.env_lang, false)?;
                __call.lit("/");
                __call.segment("env_name", &__owner.env_name, false)?;
                __call.lit("/logs/");
                __call.segment("log_name", &log_name, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CodeEnvGetLog, super::endpoints::CODE_ENV_GET_LOG,
            text("Sends the request (`GET /admin/code-envs/{env_lang}/{env_name}/logs/{log_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeEnvGetLog<'_> {}
        ///Request value of [`DssCodeEnv::update_packages`](super::super::handles::DssCodeEnv::update_packages): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeEnvUpdatePackages<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeEnv,
            pub(crate) force_rebuild_env: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeEnvUpdatePackages<'a> {
            /**Rebuild the environment from scratch.

Default: `false`. Sent as query parameter `forceRebuildEnv`.*/
            pub fn force_rebuild_env(mut self, force_rebuild_env: bool) -> Self {
                self.force_rebuild_env = force_rebuild_env;
                self
            }
            fn __prepare(
                self,
                __start: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, force_rebuild_env, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/admin/code-envs/");
                __call.segment("env_lang", &__owner.env_lang, false)?;
                __call.lit("/");
                __call.segment("env_name", &__owner.env_name, false)?;
                __call.lit("/packages");
                __call.query("forceRebuildEnv", &force_rebuild_env);
                __call.query("wait", if __start { "false" } else { "true" });
                Ok((__call, ()))
            }
            ///Sends the request (`POST /admin/code-envs/{env_lang}/{env_name}/packages`) and returns the answer.
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
        crate::rt::request_common!(
            CodeEnvUpdatePackages, super::endpoints::CODE_ENV_UPDATE_PACKAGES,
            send_as_checked
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeEnvUpdatePackages<'_> {}
        ///Request value of [`DssCodeEnvSettings::save`](super::super::handles::DssCodeEnvSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeEnvSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeEnvSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeEnvSettingsSave<'a> {
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
                __call.lit("/admin/code-envs/");
                __call.segment("env_lang", &__owner.env_lang, false)?;
                __call.lit("/");
                __call.segment("env_name", &__owner.env_name, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CodeEnvSettingsSave, super::endpoints::CODE_ENV_SETTINGS_SAVE,
            unit("Sends the request (`PUT /admin/code-envs/{env_lang}/{env_name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeEnvSettingsSave<'_> {}
        crate::rt::request_list!(
            ListCodeEnvs, CreateCodeEnv, ListCodeEnvUsages, CodeEnvGetDefinition,
            CodeEnvSetDefinition, CodeEnvGetSettings, CodeEnvDelete, CodeEnvListUsages,
            CodeEnvListLogs, CodeEnvGetLog, CodeEnvUpdatePackages, CodeEnvSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_code_envs`.
        pub static LIST_CODE_ENVS: Endpoint = Endpoint::new(
            "DssClient",
            "list_code_envs",
            crate::rt::Server::DSS,
            "Lists the code environments (needs admin rights); each has at least `envLang` and `envName`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/code-envs/",
                    &[],
                    "ListCodeEnvs",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < CodeEnvSummary >"),
            [false, true, false],
        );
        ///`DssClient::get_code_env`.
        pub static GET_CODE_ENV: Endpoint = Endpoint::new(
            "DssClient",
            "get_code_env",
            crate::rt::Server::DSS,
            "A handle on one code environment.",
            &[
                Arg::new(
                    "env_lang",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
                Arg::new("env_name", "str", Presence::Required, Place::HandleOnly, false),
            ],
            None,
            ResultKind::Handle("DssCodeEnv"),
            [false, true, false],
        );
        ///`DssClient::create_code_env`.
        pub static CREATE_CODE_ENV: Endpoint = Endpoint::new(
            "DssClient",
            "create_code_env",
            crate::rt::Server::DSS,
            "Creates a code environment (needs admin rights); the server waits for the creation to finish (`.start()` returns the creation task instead).",
            &[
                Arg::new("env_lang", "str", Presence::Required, Place::Path, false),
                Arg::new("env_name", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "deployment_mode",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "deploymentMode",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new("params", "json", Presence::Default("{}"), Place::Spread, false),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/code-envs/{env_lang}/{env_name}",
                    &[("wait", "true")],
                    "CreateCodeEnv",
                    [true, false, true, true, false],
                ),
            ),
            ResultKind::Handle("DssCodeEnv"),
            [false, true, false],
        );
        ///`DssClient::list_code_env_usages`.
        pub static LIST_CODE_ENV_USAGES: Endpoint = Endpoint::new(
            "DssClient",
            "list_code_env_usages",
            crate::rt::Server::DSS,
            "Lists where code environments are used.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/code-envs/usages",
                    &[],
                    "ListCodeEnvUsages",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCodeEnv::get_definition`.
        pub static CODE_ENV_GET_DEFINITION: Endpoint = Endpoint::new(
            "DssCodeEnv",
            "get_definition",
            crate::rt::Server::DSS,
            "Reads the environment's definition.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/code-envs/{env_lang}/{env_name}",
                    &[],
                    "CodeEnvGetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCodeEnv::set_definition`.
        pub static CODE_ENV_SET_DEFINITION: Endpoint = Endpoint::new(
            "DssCodeEnv",
            "set_definition",
            crate::rt::Server::DSS,
            "Saves the environment's definition, as read by `get_definition` and changed.",
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
                    "/admin/code-envs/{env_lang}/{env_name}",
                    &[],
                    "CodeEnvSetDefinition",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCodeEnv::get_settings`.
        pub static CODE_ENV_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssCodeEnv",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the environment's settings, to change and `save` (the same answer as `get_definition`; an automation node's carry a `versions` member).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/code-envs/{env_lang}/{env_name}",
                    &[],
                    "CodeEnvGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssCodeEnvSettings"),
            [false, true, false],
        );
        ///`DssCodeEnv::delete`.
        pub static CODE_ENV_DELETE: Endpoint = Endpoint::new(
            "DssCodeEnv",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the environment (the server waits for the deletion; `.start()` returns the task instead).",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/admin/code-envs/{env_lang}/{env_name}",
                    &[("wait", "true")],
                    "CodeEnvDelete",
                    [true, false, true, true, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCodeEnv::list_usages`.
        pub static CODE_ENV_LIST_USAGES: Endpoint = Endpoint::new(
            "DssCodeEnv",
            "list_usages",
            crate::rt::Server::DSS,
            "Lists where the environment is used.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/code-envs/{env_lang}/{env_name}/usages",
                    &[],
                    "CodeEnvListUsages",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCodeEnv::list_logs`.
        pub static CODE_ENV_LIST_LOGS: Endpoint = Endpoint::new(
            "DssCodeEnv",
            "list_logs",
            crate::rt::Server::DSS,
            "Lists the environment's log files.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/code-envs/{env_lang}/{env_name}/logs",
                    &[],
                    "CodeEnvListLogs",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCodeEnv::get_log`.
        pub static CODE_ENV_GET_LOG: Endpoint = Endpoint::new(
            "DssCodeEnv",
            "get_log",
            crate::rt::Server::DSS,
            "Reads one log file of the environment.",
            &[Arg::new("log_name", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/code-envs/{env_lang}/{env_name}/logs/{log_name}",
                    &[],
                    "CodeEnvGetLog",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Text,
            [false, true, false],
        );
        ///`DssCodeEnv::update_packages`.
        pub static CODE_ENV_UPDATE_PACKAGES: Endpoint = Endpoint::new(
            "DssCodeEnv",
            "update_packages",
            crate::rt::Server::DSS,
            "Installs or updates the environment's packages (the server waits; `.start()` returns the task instead).",
            &[
                Arg::new(
                    "force_rebuild_env",
                    "bool",
                    Presence::Default("false"),
                    Place::Query("forceRebuildEnv"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/admin/code-envs/{env_lang}/{env_name}/packages",
                    &[("wait", "true")],
                    "CodeEnvUpdatePackages",
                    [true, false, true, true, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCodeEnvSettings::save`.
        pub static CODE_ENV_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/admin/code-envs/{env_lang}/{env_name}",
                    &[],
                    "CodeEnvSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssCodeEnvSettings::get_required_packages`.
        pub static CODE_ENV_SETTINGS_GET_REQUIRED_PACKAGES: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "get_required_packages",
            crate::rt::Server::DSS,
            "The pip (or R) packages the environment requires, one specification a line (`\"\"` when there are none); dataikuapi's `as_list=True` is this text split at each `\\n`.",
            &[],
            None,
            ResultKind::HandWritten("& str"),
            [true, true, false],
        );
        ///`DssCodeEnvSettings::set_required_packages`.
        pub static CODE_ENV_SETTINGS_SET_REQUIRED_PACKAGES: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "set_required_packages",
            crate::rt::Server::DSS,
            "Sets the packages the environment requires, one specification each (`dash==2.0.0`, `bokeh<2.0`); `update_packages` installs them after `save`.",
            &[
                Arg::new(
                    "packages",
                    "& [& str]",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssCodeEnvSettings"),
            [true, true, false],
        );
        ///`DssCodeEnvSettings::get_required_conda_spec`.
        pub static CODE_ENV_SETTINGS_GET_REQUIRED_CONDA_SPEC: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "get_required_conda_spec",
            crate::rt::Server::DSS,
            "The conda packages the environment requires, one specification a line (`\"\"` when there are none).",
            &[],
            None,
            ResultKind::HandWritten("& str"),
            [true, true, false],
        );
        ///`DssCodeEnvSettings::set_required_conda_spec`.
        pub static CODE_ENV_SETTINGS_SET_REQUIRED_CONDA_SPEC: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "set_required_conda_spec",
            crate::rt::Server::DSS,
            "Sets the conda packages the environment requires, one specification each.",
            &[
                Arg::new(
                    "spec",
                    "& [& str]",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssCodeEnvSettings"),
            [true, true, false],
        );
        ///`DssCodeEnvSettings::get_built_for_all_container_confs`.
        pub static CODE_ENV_SETTINGS_GET_BUILT_FOR_ALL_CONTAINER_CONFS: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "get_built_for_all_container_confs",
            crate::rt::Server::DSS,
            "Whether the environment has an image built for every container configuration (`false` when unset).",
            &[],
            None,
            ResultKind::HandWritten("bool"),
            [true, true, false],
        );
        ///`DssCodeEnvSettings::get_built_container_confs`.
        pub static CODE_ENV_SETTINGS_GET_BUILT_CONTAINER_CONFS: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "get_built_container_confs",
            crate::rt::Server::DSS,
            "The container configurations the environment has an image built for, when not all of them.",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssCodeEnvSettings::set_built_container_confs`.
        pub static CODE_ENV_SETTINGS_SET_BUILT_CONTAINER_CONFS: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
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
            ResultKind::HandWritten("& mut DssCodeEnvSettings"),
            [true, true, false],
        );
        ///`DssCodeEnvSettings::built_for_all_spark_kubernetes_confs`.
        pub static CODE_ENV_SETTINGS_BUILT_FOR_ALL_SPARK_KUBERNETES_CONFS: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "built_for_all_spark_kubernetes_confs",
            crate::rt::Server::DSS,
            "Whether the environment has an image built for every managed Spark over Kubernetes configuration (`false` when unset).",
            &[],
            None,
            ResultKind::HandWritten("bool"),
            [true, true, false],
        );
        ///`DssCodeEnvSettings::get_built_spark_kubernetes_confs`.
        pub static CODE_ENV_SETTINGS_GET_BUILT_SPARK_KUBERNETES_CONFS: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "get_built_spark_kubernetes_confs",
            crate::rt::Server::DSS,
            "The managed Spark over Kubernetes configurations the environment has an image built for, when not all of them.",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssCodeEnvSettings::set_built_spark_kubernetes_confs`.
        pub static CODE_ENV_SETTINGS_SET_BUILT_SPARK_KUBERNETES_CONFS: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "set_built_spark_kubernetes_confs",
            crate::rt::Server::DSS,
            "Sets the managed Spark over Kubernetes configurations to build an image for: every one (`all`), or those listed.",
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
            ResultKind::HandWritten("& mut DssCodeEnvSettings"),
            [true, true, false],
        );
        ///`DssCodeEnvSettings::get_cache_busting_location`.
        pub static CODE_ENV_SETTINGS_GET_CACHE_BUSTING_LOCATION: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "get_cache_busting_location",
            crate::rt::Server::DSS,
            "Where the statement that defeats Docker's cache goes in the image's Dockerfile (`AFTER_START_DOCKERFILE` when unset).",
            &[],
            None,
            ResultKind::HandWritten("& str"),
            [true, true, false],
        );
        ///`DssCodeEnvSettings::set_cache_busting_location`.
        pub static CODE_ENV_SETTINGS_SET_CACHE_BUSTING_LOCATION: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "set_cache_busting_location",
            crate::rt::Server::DSS,
            "Sets where the statement that defeats Docker's cache goes in the image's Dockerfile.",
            &[
                Arg::new(
                    "container_cache_busting_location",
                    "str",
                    Presence::Required,
                    Place::Document("containerCacheBustingLocation"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssCodeEnvSettings::set_dockerfile_fragment`.
        pub static CODE_ENV_SETTINGS_SET_DOCKERFILE_FRAGMENT: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "set_dockerfile_fragment",
            crate::rt::Server::DSS,
            "Sets the Dockerfile lines inserted at one place of the image's Dockerfile: `location` is `dockerfileAtStart`, `dockerfileBeforePackages`, `dockerfileAfterCondaPackages`, `dockerfileAfterPackages` or `dockerfileAtEnd`.",
            &[
                Arg::new(
                    "dockerfile_fragment",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "location",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssCodeEnvSettings"),
            [true, true, false],
        );
        ///`DssCodeEnvSettings::get_dockerfile_fragment`.
        pub static CODE_ENV_SETTINGS_GET_DOCKERFILE_FRAGMENT: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "get_dockerfile_fragment",
            crate::rt::Server::DSS,
            "The Dockerfile lines inserted at one place of the image's Dockerfile (`\"\"` when there are none; places as for `set_dockerfile_fragment`).",
            &[
                Arg::new(
                    "location",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& str"),
            [true, true, false],
        );
        ///`DssCodeEnvSettings::add_container_runtime_addition`.
        pub static CODE_ENV_SETTINGS_ADD_CONTAINER_RUNTIME_ADDITION: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "add_container_runtime_addition",
            crate::rt::Server::DSS,
            "Adds a predefined addition to the environment's container runtime (`BASIC_GPU_ENABLING`, `SYSTEM_LEVEL_CUDA_122_CUDNN_897`, `HUGGING_FACE_LOCAL_CPU`, ...).",
            &[
                Arg::new(
                    "container_runtime_addition",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssCodeEnvSettings"),
            [true, true, false],
        );
        ///`DssCodeEnvSettings::get_container_runtime_additions`.
        pub static CODE_ENV_SETTINGS_GET_CONTAINER_RUNTIME_ADDITIONS: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "get_container_runtime_additions",
            crate::rt::Server::DSS,
            "The predefined additions to the environment's container runtime, each with its `type`.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssCodeEnvSettings::get_version`.
        pub static CODE_ENV_SETTINGS_GET_VERSION: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
            "get_version",
            crate::rt::Server::DSS,
            "On an automation node, the settings of one version of the environment (its package lists): the one version of a single-version environment, or of a versioned one the version named (`None` for a versioned environment is an error listing its versions, as are an unknown version and a design node's settings).",
            &[
                Arg::new(
                    "version_id",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Result < CodeEnvVersionSettings < '_ > >"),
            [true, true, false],
        );
        ///`DssCodeEnvSettings::get_raw`.
        pub static CODE_ENV_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssCodeEnvSettings",
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
        &endpoints::LIST_CODE_ENVS,
        &endpoints::GET_CODE_ENV,
        &endpoints::CREATE_CODE_ENV,
        &endpoints::LIST_CODE_ENV_USAGES,
        &endpoints::CODE_ENV_GET_DEFINITION,
        &endpoints::CODE_ENV_SET_DEFINITION,
        &endpoints::CODE_ENV_GET_SETTINGS,
        &endpoints::CODE_ENV_DELETE,
        &endpoints::CODE_ENV_LIST_USAGES,
        &endpoints::CODE_ENV_LIST_LOGS,
        &endpoints::CODE_ENV_GET_LOG,
        &endpoints::CODE_ENV_UPDATE_PACKAGES,
        &endpoints::CODE_ENV_SETTINGS_SAVE,
        &endpoints::CODE_ENV_SETTINGS_GET_REQUIRED_PACKAGES,
        &endpoints::CODE_ENV_SETTINGS_SET_REQUIRED_PACKAGES,
        &endpoints::CODE_ENV_SETTINGS_GET_REQUIRED_CONDA_SPEC,
        &endpoints::CODE_ENV_SETTINGS_SET_REQUIRED_CONDA_SPEC,
        &endpoints::CODE_ENV_SETTINGS_GET_BUILT_FOR_ALL_CONTAINER_CONFS,
        &endpoints::CODE_ENV_SETTINGS_GET_BUILT_CONTAINER_CONFS,
        &endpoints::CODE_ENV_SETTINGS_SET_BUILT_CONTAINER_CONFS,
        &endpoints::CODE_ENV_SETTINGS_BUILT_FOR_ALL_SPARK_KUBERNETES_CONFS,
        &endpoints::CODE_ENV_SETTINGS_GET_BUILT_SPARK_KUBERNETES_CONFS,
        &endpoints::CODE_ENV_SETTINGS_SET_BUILT_SPARK_KUBERNETES_CONFS,
        &endpoints::CODE_ENV_SETTINGS_GET_CACHE_BUSTING_LOCATION,
        &endpoints::CODE_ENV_SETTINGS_SET_CACHE_BUSTING_LOCATION,
        &endpoints::CODE_ENV_SETTINGS_SET_DOCKERFILE_FRAGMENT,
        &endpoints::CODE_ENV_SETTINGS_GET_DOCKERFILE_FRAGMENT,
        &endpoints::CODE_ENV_SETTINGS_ADD_CONTAINER_RUNTIME_ADDITION,
        &endpoints::CODE_ENV_SETTINGS_GET_CONTAINER_RUNTIME_ADDITIONS,
        &endpoints::CODE_ENV_SETTINGS_GET_VERSION,
        &endpoints::CODE_ENV_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssCodeEnv",
                doc: "A code environment, named by language and name.",
                fields: &[
                    HandleField {
                        name: "env_lang",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "env_name",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssCodeEnvSettings",
                doc: "The settings of a code environment, as `get_settings` reads them (dataikuapi's `DSSCodeEnvSettings`, with the methods of its `DSSDesignCodeEnvSettings` and `DSSAutomationCodeEnvSettings` forms: a design node's settings hold the package lists, an automation node's hold them per version, see `get_version`); changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "env_lang",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "env_name",
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
                name: "CodeEnvSummary",
                doc: "A code environment as listed by `list_code_envs`.",
                members: &[
                    ModelMember {
                        name: "env_lang",
                        wire: "envLang",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "env_name",
                        wire: "envName",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "deployment_mode",
                        wire: "deploymentMode",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "owner",
                        wire: "owner",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssCodeEnv"),
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Lists the code environments (needs admin rights); each has at least
`envLang` and `envName`.

`GET /admin/code-envs/`

Returns a [`ListCodeEnvs`](requests::ListCodeEnvs) request; nothing is sent until `.send()`.*/
        pub fn list_code_envs(&self) -> requests::ListCodeEnvs<'_> {
            requests::ListCodeEnvs {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one code environment.

Builds a handle; sends no request.*/
        pub fn get_code_env(
            &self,
            env_lang: impl Into<String>,
            env_name: impl Into<String>,
        ) -> super::handles::DssCodeEnv {
            let env_lang = env_lang.into();
            let env_name = env_name.into();
            {
                let __f_env_lang = env_lang;
                let __f_env_name = env_name;
                super::handles::DssCodeEnv {
                    client: ::core::clone::Clone::clone(self),
                    env_lang: __f_env_lang,
                    env_name: __f_env_name,
                }
            }
        }
        /**Creates a code environment (needs admin rights); the server waits
for the creation to finish (`.start()` returns the creation task
instead). A failure DSS reports in its answer is an error.

`POST /admin/code-envs/{env_lang}/{env_name}` (always with `wait=true`)

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Never retried: sending it twice could do the work twice.

Arguments:
- `env_lang`: `PYTHON` or `R`. Sent as a path segment.
- `env_name`: Name of the new environment. Sent as a path segment.
- `deployment_mode`: Deployment mode (e.g. `DESIGN_MANAGED`). Sent as JSON member `deploymentMode`.

Optional arguments, set by name on the returned request:
- `params`: Default: `{}`. Sent as the members of the JSON body.

Returns a [`CreateCodeEnv`](requests::CreateCodeEnv) request; nothing is sent until `.send()`.*/
        pub fn create_code_env(
            &self,
            env_lang: impl Into<String>,
            env_name: impl Into<String>,
            deployment_mode: impl Into<String>,
        ) -> requests::CreateCodeEnv<'_> {
            requests::CreateCodeEnv {
                __owner: self,
                env_lang: env_lang.into(),
                env_name: env_name.into(),
                deployment_mode: deployment_mode.into(),
                params: ::serde_json::Value::Object(::serde_json::Map::new()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists where code environments are used.

`GET /admin/code-envs/usages`

Returns a [`ListCodeEnvUsages`](requests::ListCodeEnvUsages) request; nothing is sent until `.send()`.*/
        pub fn list_code_env_usages(&self) -> requests::ListCodeEnvUsages<'_> {
            requests::ListCodeEnvUsages {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssCodeEnv {
        /**Reads the environment's definition.

`GET /admin/code-envs/{env_lang}/{env_name}`

Returns a [`CodeEnvGetDefinition`](requests::CodeEnvGetDefinition) request; nothing is sent until `.send()`.*/
        pub fn get_definition(&self) -> requests::CodeEnvGetDefinition<'_> {
            requests::CodeEnvGetDefinition {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the environment's definition, as read by `get_definition` and changed.

`PUT /admin/code-envs/{env_lang}/{env_name}`

Arguments:
- `definition`: Sent as the JSON body.

Returns a [`CodeEnvSetDefinition`](requests::CodeEnvSetDefinition) request; nothing is sent until `.send()`.*/
        pub fn set_definition(
            &self,
            definition: impl Into<::serde_json::Value>,
        ) -> requests::CodeEnvSetDefinition<'_> {
            requests::CodeEnvSetDefinition {
                __owner: self,
                definition: definition.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the environment's settings, to change and `save` (the same
answer as `get_definition`; an automation node's carry a `versions`
member).

`GET /admin/code-envs/{env_lang}/{env_name}`

Returns a [`CodeEnvGetSettings`](requests::CodeEnvGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::CodeEnvGetSettings<'_> {
            requests::CodeEnvGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the environment (the server waits for the deletion;
`.start()` returns the task instead).

`DELETE /admin/code-envs/{env_lang}/{env_name}` (always with `wait=true`)

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Returns a [`CodeEnvDelete`](requests::CodeEnvDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::CodeEnvDelete<'_> {
            requests::CodeEnvDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists where the environment is used.

`GET /admin/code-envs/{env_lang}/{env_name}/usages`

Returns a [`CodeEnvListUsages`](requests::CodeEnvListUsages) request; nothing is sent until `.send()`.*/
        pub fn list_usages(&self) -> requests::CodeEnvListUsages<'_> {
            requests::CodeEnvListUsages {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the environment's log files.

`GET /admin/code-envs/{env_lang}/{env_name}/logs`

Returns a [`CodeEnvListLogs`](requests::CodeEnvListLogs) request; nothing is sent until `.send()`.*/
        pub fn list_logs(&self) -> requests::CodeEnvListLogs<'_> {
            requests::CodeEnvListLogs {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads one log file of the environment.

`GET /admin/code-envs/{env_lang}/{env_name}/logs/{log_name}`

Arguments:
- `log_name`: Sent as a path segment.

Returns a [`CodeEnvGetLog`](requests::CodeEnvGetLog) request; nothing is sent until `.send()`.*/
        pub fn get_log(
            &self,
            log_name: impl Into<String>,
        ) -> requests::CodeEnvGetLog<'_> {
            requests::CodeEnvGetLog {
                __owner: self,
                log_name: log_name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Installs or updates the environment's packages (the server waits;
`.start()` returns the task instead).

`POST /admin/code-envs/{env_lang}/{env_name}/packages` (always with `wait=true`)

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `force_rebuild_env`: Default: `false`. Sent as query parameter `forceRebuildEnv`.

Returns a [`CodeEnvUpdatePackages`](requests::CodeEnvUpdatePackages) request; nothing is sent until `.send()`.*/
        pub fn update_packages(&self) -> requests::CodeEnvUpdatePackages<'_> {
            requests::CodeEnvUpdatePackages {
                __owner: self,
                force_rebuild_env: false,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssCodeEnvSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed. Then `update_packages` (and `update_images`)
of the environment apply them.

`PUT /admin/code-envs/{env_lang}/{env_name}`

Returns a [`CodeEnvSettingsSave`](requests::CodeEnvSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::CodeEnvSettingsSave<'_> {
            requests::CodeEnvSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The container configurations the environment has an image built for,
when not all of them.

Reads the document this value holds; sends no request.*/
        pub fn get_built_container_confs(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("containerConfs")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**The managed Spark over Kubernetes configurations the environment has
an image built for, when not all of them.

Reads the document this value holds; sends no request.*/
        pub fn get_built_spark_kubernetes_confs(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("sparkKubernetesConfs")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**Sets where the statement that defeats Docker's cache goes in the
image's Dockerfile.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_cache_busting_location(
            &mut self,
            container_cache_busting_location: impl ::core::convert::Into<
                ::std::string::String,
            >,
        ) -> &mut Self {
            self.document
                .set(
                    "containerCacheBustingLocation",
                    ::serde_json::Value::from(container_cache_busting_location.into()),
                );
            self
        }
        /**The predefined additions to the environment's container runtime,
each with its `type`.

Reads the document this value holds; sends no request.*/
        pub fn get_container_runtime_additions(
            &self,
        ) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("predefinedContainerHooks")
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
            impl super::handles::DssCodeEnvSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_required_packages(&self) -> &str {
                    self.get_required_packages()
                }
            }
            impl super::handles::DssCodeEnvSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_required_packages(
                    &mut self,
                    packages: &[&str],
                ) -> &mut DssCodeEnvSettings {
                    self.set_required_packages(packages)
                }
            }
            impl super::handles::DssCodeEnvSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_required_conda_spec(&self) -> &str {
                    self.get_required_conda_spec()
                }
            }
            impl super::handles::DssCodeEnvSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_required_conda_spec(
                    &mut self,
                    spec: &[&str],
                ) -> &mut DssCodeEnvSettings {
                    self.set_required_conda_spec(spec)
                }
            }
            impl super::handles::DssCodeEnvSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_built_for_all_container_confs(&self) -> bool {
                    self.get_built_for_all_container_confs()
                }
            }
            impl super::handles::DssCodeEnvSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_built_container_confs(
                    &mut self,
                    configs: &[&str],
                    all: bool,
                ) -> &mut DssCodeEnvSettings {
                    self.set_built_container_confs(configs, all)
                }
            }
            impl super::handles::DssCodeEnvSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_built_for_all_spark_kubernetes_confs(&self) -> bool {
                    self.built_for_all_spark_kubernetes_confs()
                }
            }
            impl super::handles::DssCodeEnvSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_built_spark_kubernetes_confs(
                    &mut self,
                    configs: &[&str],
                    all: bool,
                ) -> &mut DssCodeEnvSettings {
                    self.set_built_spark_kubernetes_confs(configs, all)
                }
            }
            impl super::handles::DssCodeEnvSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_cache_busting_location(&self) -> &str {
                    self.get_cache_busting_location()
                }
            }
            impl super::handles::DssCodeEnvSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_dockerfile_fragment(
                    &mut self,
                    dockerfile_fragment: &str,
                    location: &str,
                ) -> &mut DssCodeEnvSettings {
                    self.set_dockerfile_fragment(dockerfile_fragment, location)
                }
            }
            impl super::handles::DssCodeEnvSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_dockerfile_fragment(
                    &self,
                    location: &str,
                ) -> &str {
                    self.get_dockerfile_fragment(location)
                }
            }
            impl super::handles::DssCodeEnvSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_container_runtime_addition(
                    &mut self,
                    container_runtime_addition: &str,
                ) -> &mut DssCodeEnvSettings {
                    self.add_container_runtime_addition(container_runtime_addition)
                }
            }
            impl super::handles::DssCodeEnvSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_version(
                    &mut self,
                    version_id: Option<&str>,
                ) -> Result<CodeEnvVersionSettings<'_>> {
                    self.get_version(version_id)
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
                ("DssClient", "list_code_envs") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_code_envs();
                        let __endpoint = requests::ListCodeEnvs::ENDPOINT;
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
                ("DssClient", "create_code_env") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client
                            .create_code_env(
                                args.str("env_lang")?,
                                args.str("env_name")?,
                                args.str("deployment_mode")?,
                            );
                        let __endpoint = requests::CreateCodeEnv::ENDPOINT;
                        if let Some(__v) = args.opt_json("params")? {
                            __r = __r.params(__v);
                        }
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssClient", "list_code_env_usages") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_code_env_usages();
                        let __endpoint = requests::ListCodeEnvUsages::ENDPOINT;
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
                ("DssCodeEnv", "get_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_env_lang, __id_env_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeEnv", ids)?;
                        let __owner = super::handles::DssCodeEnv {
                            client: ::core::clone::Clone::clone(client),
                            env_lang: __id_env_lang,
                            env_name: __id_env_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_definition();
                        let __endpoint = requests::CodeEnvGetDefinition::ENDPOINT;
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
                ("DssCodeEnv", "set_definition") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_env_lang, __id_env_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeEnv", ids)?;
                        let __owner = super::handles::DssCodeEnv {
                            client: ::core::clone::Clone::clone(client),
                            env_lang: __id_env_lang,
                            env_name: __id_env_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.set_definition(args.json("definition")?);
                        let __endpoint = requests::CodeEnvSetDefinition::ENDPOINT;
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
                ("DssCodeEnv", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_env_lang, __id_env_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeEnv", ids)?;
                        let __owner = super::handles::DssCodeEnv {
                            client: ::core::clone::Clone::clone(client),
                            env_lang: __id_env_lang,
                            env_name: __id_env_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::CodeEnvGetSettings::ENDPOINT;
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
                ("DssCodeEnv", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_env_lang, __id_env_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeEnv", ids)?;
                        let __owner = super::handles::DssCodeEnv {
                            client: ::core::clone::Clone::clone(client),
                            env_lang: __id_env_lang,
                            env_name: __id_env_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::CodeEnvDelete::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssCodeEnv", "list_usages") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_env_lang, __id_env_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeEnv", ids)?;
                        let __owner = super::handles::DssCodeEnv {
                            client: ::core::clone::Clone::clone(client),
                            env_lang: __id_env_lang,
                            env_name: __id_env_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_usages();
                        let __endpoint = requests::CodeEnvListUsages::ENDPOINT;
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
                ("DssCodeEnv", "list_logs") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_env_lang, __id_env_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeEnv", ids)?;
                        let __owner = super::handles::DssCodeEnv {
                            client: ::core::clone::Clone::clone(client),
                            env_lang: __id_env_lang,
                            env_name: __id_env_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_logs();
                        let __endpoint = requests::CodeEnvListLogs::ENDPOINT;
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
                ("DssCodeEnv", "get_log") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_env_lang, __id_env_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeEnv", ids)?;
                        let __owner = super::handles::DssCodeEnv {
                            client: ::core::clone::Clone::clone(client),
                            env_lang: __id_env_lang,
                            env_name: __id_env_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_log(args.str("log_name")?);
                        let __endpoint = requests::CodeEnvGetLog::ENDPOINT;
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
                ("DssCodeEnv", "update_packages") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_env_lang, __id_env_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeEnv", ids)?;
                        let __owner = super::handles::DssCodeEnv {
                            client: ::core::clone::Clone::clone(client),
                            env_lang: __id_env_lang,
                            env_name: __id_env_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.update_packages();
                        let __endpoint = requests::CodeEnvUpdatePackages::ENDPOINT;
                        if let Some(__v) = args.opt_bool("force_rebuild_env")? {
                            __r = __r.force_rebuild_env(__v);
                        }
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssCodeEnvSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_env_lang, __id_env_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeEnvSettings", ids)?;
                        let __owner = super::handles::DssCodeEnvSettings {
                            client: ::core::clone::Clone::clone(client),
                            env_lang: __id_env_lang,
                            env_name: __id_env_name,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::CodeEnvSettingsSave::ENDPOINT;
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
                "DssCodeEnvSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_env_lang, __id_env_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeEnv", ids)?;
                        let __owner = super::handles::DssCodeEnv {
                            client: ::core::clone::Clone::clone(client),
                            env_lang: __id_env_lang,
                            env_name: __id_env_name,
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
            let model: super::models::CodeEnvSummary = ::serde_json::from_str(
                    "{\"envLang\":\"plain\",\"envName\":\"plain\",\"deploymentMode\":\"plain\",\"owner\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "CodeEnvSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "CodeEnvSummary"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssCodeEnv {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                env_lang: ::std::string::String::from("plain"),
                env_name: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssCodeEnv"
            );
            checked += 1;
            let handle = super::handles::DssCodeEnvSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                env_lang: ::std::string::String::from("plain"),
                env_name: ::std::string::String::from("plain"),
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
                "DssCodeEnvSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
