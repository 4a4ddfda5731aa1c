// The expansion of `apinode_admin.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/apinode_admin.dss`.
pub mod spec_apinode_admin {
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
        /**A client of the administration API of a DSS API node: its services and
their generations, its admin API keys, caches and metrics. Requests go
to `{host}/admin/api/...` with an admin API key.*/
        #[derive(Clone)]
        pub struct ApiNodeAdminClient {
            /// The transport: a client of this server's base path.
            core: crate::rt::DssClient,
        }
        impl ApiNodeAdminClient {
            ///A client for `host` (`https://host:port`), authenticating with an API key, with the default settings of [`ClientBuilder`](crate::ClientBuilder).
            pub fn new(
                host: impl ::core::convert::Into<String>,
                api_key: impl ::core::convert::Into<String>,
            ) -> crate::rt::Result<Self> {
                let builder = Self::builder(host);
                let builder = builder.api_key(api_key);
                builder.build()
            }
            ///Starts configuring a client for `host`: every option of [`ClientBuilder`](crate::ClientBuilder) (credentials, TLS, proxy, time bounds, retries, headers); its requests go under `/admin/api`.
            pub fn builder(
                host: impl ::core::convert::Into<String>,
            ) -> crate::rt::ClientBuilder<Self> {
                crate::rt::ClientBuilder::for_client(host, ::std::vec![])
            }
            /// The host this client talks to, as given (without a trailing `/`).
            pub fn host(&self) -> &str {
                self.core.host()
            }
            /// A request on any path of this server's API (under its base
            /// path), for an endpoint the spec lacks: the same credential, time
            /// bounds, retries, errors and logs as every method; the mock stubs
            /// it too.
            pub fn raw(
                &self,
                verb: crate::Verb,
                path: &str,
            ) -> crate::requests::RawRequest<'_> {
                crate::requests::RawRequest::new(
                    &self.core,
                    &super::endpoints::API_NODE_ADMIN_CLIENT_RAW,
                    verb,
                    path,
                )
            }
        }
        impl crate::rt::ServerClient for ApiNodeAdminClient {
            const SERVER: crate::rt::Server = crate::rt::Server::new(
                "ApiNodeAdminClient",
                "/admin/api",
                true,
            );
            fn core(&self) -> &crate::rt::DssClient {
                &self.core
            }
            fn from_core(
                core: crate::rt::DssClient,
                ids: ::std::vec::Vec<String>,
            ) -> Self {
                #[allow(unused_mut, unused_variables)]
                let mut ids = ids.into_iter();
                ApiNodeAdminClient { core }
            }
        }
        impl ::core::fmt::Debug for ApiNodeAdminClient {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ApiNodeAdminClient")
                    .field("host", &self.core.host())
                    .field("auth", &crate::rt::auth_kind(&self.core))
                    .finish()
            }
        }
        /**A service of the API node, by its id: its generations (the versions of
it imported on the node) and which of them answer.*/
        #[derive(Clone)]
        pub struct ApiNodeService {
            pub(crate) client: super::handles::ApiNodeAdminClient,
            pub(crate) service_id: String,
        }
        impl ApiNodeService {
            ///The `service_id` this handle points at.
            pub fn service_id(&self) -> &str {
                &self.service_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &super::handles::ApiNodeAdminClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for ApiNodeService {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ApiNodeService")
                    .field("service_id", &self.service_id)
                    .finish_non_exhaustive()
            }
        }
        ///The admin API keys of the API node.
        #[derive(Clone)]
        pub struct ApiNodeAuth {
            pub(crate) client: super::handles::ApiNodeAdminClient,
        }
        impl ApiNodeAuth {
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &super::handles::ApiNodeAdminClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for ApiNodeAuth {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ApiNodeAuth").finish_non_exhaustive()
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
        ///Request value of [`ApiNodeAdminClient::create_service`](super::super::handles::ApiNodeAdminClient::create_service): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeAdminClientCreateService<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeAdminClient,
            pub(crate) service_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeAdminClientCreateService<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, service_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/services/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("serviceId"),
                                    ::serde_json::Value::from(service_id),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeAdminClientCreateService,
            super::endpoints::API_NODE_ADMIN_CLIENT_CREATE_SERVICE,
            unit("Sends the request (`POST /services/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeAdminClientCreateService<'_> {}
        ///Request value of [`ApiNodeAdminClient::list_services`](super::super::handles::ApiNodeAdminClient::list_services): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeAdminClientListServices<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeAdminClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeAdminClientListServices<'a> {
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
                __call.lit("/services");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeAdminClientListServices,
            super::endpoints::API_NODE_ADMIN_CLIENT_LIST_SERVICES, json(Value,
            "Sends the request (`GET /services`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeAdminClientListServices<'_> {}
        ///Request value of [`ApiNodeAdminClient::get_metrics`](super::super::handles::ApiNodeAdminClient::get_metrics): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeAdminClientGetMetrics<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeAdminClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeAdminClientGetMetrics<'a> {
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
                __call.lit("/metrics");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeAdminClientGetMetrics,
            super::endpoints::API_NODE_ADMIN_CLIENT_GET_METRICS, json(Value,
            "Sends the request (`GET /metrics`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeAdminClientGetMetrics<'_> {}
        ///Request value of [`ApiNodeAdminClient::import_code_env_in_cache`](super::super::handles::ApiNodeAdminClient::import_code_env_in_cache): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeAdminClientImportCodeEnvInCache<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeAdminClient,
            pub(crate) file_dir: String,
            pub(crate) language: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeAdminClientImportCodeEnvInCache<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, file_dir, language, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/cached-code-envs");
                __call.query("fileDir", &file_dir);
                __call.query("language", &language);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeAdminClientImportCodeEnvInCache,
            super::endpoints::API_NODE_ADMIN_CLIENT_IMPORT_CODE_ENV_IN_CACHE, json(Value,
            "Sends the request (`POST /cached-code-envs`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeAdminClientImportCodeEnvInCache<'_> {}
        ///Request value of [`ApiNodeAdminClient::register_code_env_in_cache`](super::super::handles::ApiNodeAdminClient::register_code_env_in_cache): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeAdminClientRegisterCodeEnvInCache<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeAdminClient,
            pub(crate) exported_env_dir: String,
            pub(crate) built_env_dir: String,
            pub(crate) language: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeAdminClientRegisterCodeEnvInCache<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    exported_env_dir,
                    built_env_dir,
                    language,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/register-global-code-env");
                __call.query("exportedEnvDir", &exported_env_dir);
                __call.query("builtEnvDir", &built_env_dir);
                __call.query("language", &language);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeAdminClientRegisterCodeEnvInCache,
            super::endpoints::API_NODE_ADMIN_CLIENT_REGISTER_CODE_ENV_IN_CACHE,
            json(Value,
            "Sends the request (`POST /register-global-code-env`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeAdminClientRegisterCodeEnvInCache<'_> {}
        ///Request value of [`ApiNodeAdminClient::import_model_archive_in_cache`](super::super::handles::ApiNodeAdminClient::import_model_archive_in_cache): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeAdminClientImportModelArchiveInCache<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeAdminClient,
            pub(crate) model_archive_path: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeAdminClientImportModelArchiveInCache<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, model_archive_path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/model-cache");
                __call.query("modelArchivePath", &model_archive_path);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeAdminClientImportModelArchiveInCache,
            super::endpoints::API_NODE_ADMIN_CLIENT_IMPORT_MODEL_ARCHIVE_IN_CACHE,
            json(Value,
            "Sends the request (`POST /model-cache`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeAdminClientImportModelArchiveInCache<'_> {}
        ///Request value of [`ApiNodeAdminClient::clear_model_cache`](super::super::handles::ApiNodeAdminClient::clear_model_cache): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeAdminClientClearModelCache<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeAdminClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeAdminClientClearModelCache<'a> {
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
                __call.lit("/model-cache");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeAdminClientClearModelCache,
            super::endpoints::API_NODE_ADMIN_CLIENT_CLEAR_MODEL_CACHE,
            unit("Sends the request (`DELETE /model-cache`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeAdminClientClearModelCache<'_> {}
        ///Request value of [`ApiNodeAdminClient::clean_unused_services_and_generations`](super::super::handles::ApiNodeAdminClient::clean_unused_services_and_generations): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeAdminClientCleanUnusedServicesAndGenerations<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeAdminClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeAdminClientCleanUnusedServicesAndGenerations<'a> {
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
                __call.lit("/services-clean-unused");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeAdminClientCleanUnusedServicesAndGenerations,
            super::endpoints::API_NODE_ADMIN_CLIENT_CLEAN_UNUSED_SERVICES_AND_GENERATIONS,
            json(Value,
            "Sends the request (`DELETE /services-clean-unused`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub
        for ApiNodeAdminClientCleanUnusedServicesAndGenerations<'_> {}
        ///Request value of [`ApiNodeAdminClient::clean_code_env_cache`](super::super::handles::ApiNodeAdminClient::clean_code_env_cache): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeAdminClientCleanCodeEnvCache<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeAdminClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeAdminClientCleanCodeEnvCache<'a> {
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
                __call.lit("/cached-code-envs");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeAdminClientCleanCodeEnvCache,
            super::endpoints::API_NODE_ADMIN_CLIENT_CLEAN_CODE_ENV_CACHE, json(Value,
            "Sends the request (`DELETE /cached-code-envs`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeAdminClientCleanCodeEnvCache<'_> {}
        ///Request value of [`ApiNodeService::delete`](super::super::handles::ApiNodeService::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeServiceDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeService,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeServiceDelete<'a> {
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
                __call.lit("/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeServiceDelete, super::endpoints::API_NODE_SERVICE_DELETE,
            unit("Sends the request (`DELETE /services/{service_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeServiceDelete<'_> {}
        ///Request value of [`ApiNodeService::list_generations`](super::super::handles::ApiNodeService::list_generations): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeServiceListGenerations<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeService,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeServiceListGenerations<'a> {
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
                __call.lit("/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/generations");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /services/{service_id}/generations`) and returns the answer.
            pub fn send(self) -> Result<Vec<Value>, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<
                            Vec<Value>,
                        >(__answer, "generations", false, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            ApiNodeServiceListGenerations,
            super::endpoints::API_NODE_SERVICE_LIST_GENERATIONS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeServiceListGenerations<'_> {}
        ///Request value of [`ApiNodeService::import_generation_from_archive`](super::super::handles::ApiNodeService::import_generation_from_archive): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeServiceImportGenerationFromArchive<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeService,
            pub(crate) file_path: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeServiceImportGenerationFromArchive<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, file_path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/generations/actions/importFromArchive");
                __call
                    .query(
                        "filePath",
                        crate::rt::query_text(
                            crate::rt::convert::absolute_path(
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&file_path),
                                ),
                                "file_path",
                            )?,
                        ),
                    );
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeServiceImportGenerationFromArchive,
            super::endpoints::API_NODE_SERVICE_IMPORT_GENERATION_FROM_ARCHIVE,
            unit("Sends the request (`POST /services/{service_id}/generations/actions/importFromArchive`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeServiceImportGenerationFromArchive<'_> {}
        ///Request value of [`ApiNodeService::preload_generation`](super::super::handles::ApiNodeService::preload_generation): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeServicePreloadGeneration<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeService,
            pub(crate) generation: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeServicePreloadGeneration<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, generation, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/generations/");
                __call.segment("generation", &generation, false)?;
                __call.lit("/preload");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeServicePreloadGeneration,
            super::endpoints::API_NODE_SERVICE_PRELOAD_GENERATION,
            unit("Sends the request (`POST /services/{service_id}/generations/{generation}/preload`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeServicePreloadGeneration<'_> {}
        ///Request value of [`ApiNodeService::disable`](super::super::handles::ApiNodeService::disable): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeServiceDisable<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeService,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeServiceDisable<'a> {
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
                __call.lit("/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/actions/disable");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeServiceDisable, super::endpoints::API_NODE_SERVICE_DISABLE,
            unit("Sends the request (`POST /services/{service_id}/actions/disable`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeServiceDisable<'_> {}
        ///Request value of [`ApiNodeService::enable`](super::super::handles::ApiNodeService::enable): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeServiceEnable<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeService,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeServiceEnable<'a> {
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
                __call.lit("/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/actions/enable");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeServiceEnable, super::endpoints::API_NODE_SERVICE_ENABLE,
            unit("Sends the request (`POST /services/{service_id}/actions/enable`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeServiceEnable<'_> {}
        ///Request value of [`ApiNodeService::set_generations_mapping`](super::super::handles::ApiNodeService::set_generations_mapping): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeServiceSetGenerationsMapping<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeService,
            pub(crate) mapping: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeServiceSetGenerationsMapping<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, mapping, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/actions/setMapping");
                let __body = crate::rt::convert::nonempty(
                    ::serde_json::Value::from(mapping),
                    "mapping",
                )?;
                if !__body.is_null() {
                    __call.json(&__body)?;
                }
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeServiceSetGenerationsMapping,
            super::endpoints::API_NODE_SERVICE_SET_GENERATIONS_MAPPING,
            unit("Sends the request (`POST /services/{service_id}/actions/setMapping`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeServiceSetGenerationsMapping<'_> {}
        ///Request value of [`ApiNodeService::switch_to_newest`](super::super::handles::ApiNodeService::switch_to_newest): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeServiceSwitchToNewest<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeService,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeServiceSwitchToNewest<'a> {
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
                __call.lit("/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/actions/switchToNewest");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeServiceSwitchToNewest,
            super::endpoints::API_NODE_SERVICE_SWITCH_TO_NEWEST, json(Value,
            "Sends the request (`POST /services/{service_id}/actions/switchToNewest`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeServiceSwitchToNewest<'_> {}
        ///Request value of [`ApiNodeService::switch_to_single_generation`](super::super::handles::ApiNodeService::switch_to_single_generation): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeServiceSwitchToSingleGeneration<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeService,
            pub(crate) generation: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeServiceSwitchToSingleGeneration<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, generation, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/services/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/actions/switchTo/");
                __call.segment("generation", &generation, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeServiceSwitchToSingleGeneration,
            super::endpoints::API_NODE_SERVICE_SWITCH_TO_SINGLE_GENERATION,
            unit("Sends the request (`POST /services/{service_id}/actions/switchTo/{generation}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeServiceSwitchToSingleGeneration<'_> {}
        ///Request value of [`ApiNodeAuth::list_keys`](super::super::handles::ApiNodeAuth::list_keys): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeAuthListKeys<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeAuth,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeAuthListKeys<'a> {
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
                __call.lit("/keys");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeAuthListKeys, super::endpoints::API_NODE_AUTH_LIST_KEYS, json(Value,
            "Sends the request (`GET /keys`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeAuthListKeys<'_> {}
        ///Request value of [`ApiNodeAuth::add_key`](super::super::handles::ApiNodeAuth::add_key): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeAuthAddKey<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeAuth,
            pub(crate) label: Option<String>,
            pub(crate) description: Option<String>,
            pub(crate) created_by: Option<String>,
            pub(crate) expiry: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeAuthAddKey<'a> {
            /**A label.

Unset by default (then sent as `null`). Sent as JSON member `label`.*/
            pub fn label(mut self, label: impl Into<String>) -> Self {
                self.label = Some(label.into());
                self
            }
            /**A description.

Unset by default (then sent as `null`). Sent as JSON member `description`.*/
            pub fn description(mut self, description: impl Into<String>) -> Self {
                self.description = Some(description.into());
                self
            }
            /**Who created it.

Unset by default (then sent as `null`). Sent as JSON member `createdBy`.*/
            pub fn created_by(mut self, created_by: impl Into<String>) -> Self {
                self.created_by = Some(created_by.into());
                self
            }
            /**When it expires, as the node reads it.

Unset by default (then sent as `null`). Sent as JSON member `expiry`.*/
            pub fn expiry(mut self, expiry: impl Into<::serde_json::Value>) -> Self {
                self.expiry = Some(expiry.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, label, description, created_by, expiry, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/keys");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("label"),
                                    ::serde_json::Value::from(label),
                                );
                            __map
                                .insert(
                                    String::from("description"),
                                    ::serde_json::Value::from(description),
                                );
                            __map
                                .insert(
                                    String::from("createdBy"),
                                    ::serde_json::Value::from(created_by),
                                );
                            __map
                                .insert(
                                    String::from("expiry"),
                                    ::serde_json::Value::from(expiry),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeAuthAddKey, super::endpoints::API_NODE_AUTH_ADD_KEY, json(Value,
            "Sends the request (`POST /keys`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeAuthAddKey<'_> {}
        ///Request value of [`ApiNodeAuth::delete_key`](super::super::handles::ApiNodeAuth::delete_key): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeAuthDeleteKey<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeAuth,
            pub(crate) key: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeAuthDeleteKey<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, key, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/keys/");
                __call.segment("key", &key, true)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeAuthDeleteKey, super::endpoints::API_NODE_AUTH_DELETE_KEY,
            unit("Sends the request (`DELETE /keys/{key}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeAuthDeleteKey<'_> {}
        ///Request value of [`ApiNodeAuth::delete_key_by_id`](super::super::handles::ApiNodeAuth::delete_key_by_id): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeAuthDeleteKeyById<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeAuth,
            pub(crate) id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeAuthDeleteKeyById<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/keys/");
                __call.segment("id", &id, false)?;
                __call.lit("/key");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeAuthDeleteKeyById, super::endpoints::API_NODE_AUTH_DELETE_KEY_BY_ID,
            unit("Sends the request (`DELETE /keys/{id}/key`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeAuthDeleteKeyById<'_> {}
        crate::rt::request_list!(
            ApiNodeAdminClientCreateService, ApiNodeAdminClientListServices,
            ApiNodeAdminClientGetMetrics, ApiNodeAdminClientImportCodeEnvInCache,
            ApiNodeAdminClientRegisterCodeEnvInCache,
            ApiNodeAdminClientImportModelArchiveInCache,
            ApiNodeAdminClientClearModelCache,
            ApiNodeAdminClientCleanUnusedServicesAndGenerations,
            ApiNodeAdminClientCleanCodeEnvCache, ApiNodeServiceDelete,
            ApiNodeServiceListGenerations, ApiNodeServiceImportGenerationFromArchive,
            ApiNodeServicePreloadGeneration, ApiNodeServiceDisable, ApiNodeServiceEnable,
            ApiNodeServiceSetGenerationsMapping, ApiNodeServiceSwitchToNewest,
            ApiNodeServiceSwitchToSingleGeneration, ApiNodeAuthListKeys,
            ApiNodeAuthAddKey, ApiNodeAuthDeleteKey, ApiNodeAuthDeleteKeyById
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`ApiNodeAdminClient::create_service`.
        pub static API_NODE_ADMIN_CLIENT_CREATE_SERVICE: Endpoint = Endpoint::new(
            "ApiNodeAdminClient",
            "create_service",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Creates an API service, with no generation yet.",
            &[
                Arg::new(
                    "service_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "serviceId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/services/",
                    &[],
                    "ApiNodeAdminClientCreateService",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`ApiNodeAdminClient::list_services`.
        pub static API_NODE_ADMIN_CLIENT_LIST_SERVICES: Endpoint = Endpoint::new(
            "ApiNodeAdminClient",
            "list_services",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Lists the services declared on the node, each with its state (enabled or not).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/services",
                    &[],
                    "ApiNodeAdminClientListServices",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeAdminClient::service`.
        pub static API_NODE_ADMIN_CLIENT_SERVICE: Endpoint = Endpoint::new(
            "ApiNodeAdminClient",
            "service",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "A handle on one service (no request).",
            &[
                Arg::new(
                    "service_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("ApiNodeService"),
            [false, true, false],
        );
        ///`ApiNodeAdminClient::auth`.
        pub static API_NODE_ADMIN_CLIENT_AUTH: Endpoint = Endpoint::new(
            "ApiNodeAdminClient",
            "auth",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "A handle on the node's admin API keys (no request).",
            &[],
            None,
            ResultKind::Handle("ApiNodeAuth"),
            [false, true, false],
        );
        ///`ApiNodeAdminClient::get_metrics`.
        pub static API_NODE_ADMIN_CLIENT_GET_METRICS: Endpoint = Endpoint::new(
            "ApiNodeAdminClient",
            "get_metrics",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Reads the node's metrics.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/metrics",
                    &[],
                    "ApiNodeAdminClientGetMetrics",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeAdminClient::import_code_env_in_cache`.
        pub static API_NODE_ADMIN_CLIENT_IMPORT_CODE_ENV_IN_CACHE: Endpoint = Endpoint::new(
            "ApiNodeAdminClient",
            "import_code_env_in_cache",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Imports a code env into the node's global cache from an exported code env's folder on the node.",
            &[
                Arg::new(
                    "file_dir",
                    "str",
                    Presence::Required,
                    Place::Query("fileDir"),
                    false,
                ),
                Arg::new(
                    "language",
                    "str",
                    Presence::Required,
                    Place::Query("language"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/cached-code-envs",
                    &[],
                    "ApiNodeAdminClientImportCodeEnvInCache",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeAdminClient::register_code_env_in_cache`.
        pub static API_NODE_ADMIN_CLIENT_REGISTER_CODE_ENV_IN_CACHE: Endpoint = Endpoint::new(
            "ApiNodeAdminClient",
            "register_code_env_in_cache",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Registers a code env already built on the node in its global cache, from the exported code env's folder and the built one.",
            &[
                Arg::new(
                    "exported_env_dir",
                    "str",
                    Presence::Required,
                    Place::Query("exportedEnvDir"),
                    false,
                ),
                Arg::new(
                    "built_env_dir",
                    "str",
                    Presence::Required,
                    Place::Query("builtEnvDir"),
                    false,
                ),
                Arg::new(
                    "language",
                    "str",
                    Presence::Required,
                    Place::Query("language"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/register-global-code-env",
                    &[],
                    "ApiNodeAdminClientRegisterCodeEnvInCache",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeAdminClient::import_model_archive_in_cache`.
        pub static API_NODE_ADMIN_CLIENT_IMPORT_MODEL_ARCHIVE_IN_CACHE: Endpoint = Endpoint::new(
            "ApiNodeAdminClient",
            "import_model_archive_in_cache",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Imports a model into the node's model cache from an exported model archive on the node.",
            &[
                Arg::new(
                    "model_archive_path",
                    "str",
                    Presence::Required,
                    Place::Query("modelArchivePath"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/model-cache",
                    &[],
                    "ApiNodeAdminClientImportModelArchiveInCache",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeAdminClient::clear_model_cache`.
        pub static API_NODE_ADMIN_CLIENT_CLEAR_MODEL_CACHE: Endpoint = Endpoint::new(
            "ApiNodeAdminClient",
            "clear_model_cache",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Empties the node's model cache.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/model-cache",
                    &[],
                    "ApiNodeAdminClientClearModelCache",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`ApiNodeAdminClient::clean_unused_services_and_generations`.
        pub static API_NODE_ADMIN_CLIENT_CLEAN_UNUSED_SERVICES_AND_GENERATIONS: Endpoint = Endpoint::new(
            "ApiNodeAdminClient",
            "clean_unused_services_and_generations",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Deletes the disabled services, the unused generations and the unused code envs, and answers what was deleted (dataikuapi prints it).",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/services-clean-unused",
                    &[],
                    "ApiNodeAdminClientCleanUnusedServicesAndGenerations",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeAdminClient::clean_code_env_cache`.
        pub static API_NODE_ADMIN_CLIENT_CLEAN_CODE_ENV_CACHE: Endpoint = Endpoint::new(
            "ApiNodeAdminClient",
            "clean_code_env_cache",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Deletes the unused code envs of the cache, and answers what was deleted (dataikuapi prints it).",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/cached-code-envs",
                    &[],
                    "ApiNodeAdminClientCleanCodeEnvCache",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeService::delete`.
        pub static API_NODE_SERVICE_DELETE: Endpoint = Endpoint::new(
            "ApiNodeService",
            "delete",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Deletes the service.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/services/{service_id}",
                    &[],
                    "ApiNodeServiceDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`ApiNodeService::list_generations`.
        pub static API_NODE_SERVICE_LIST_GENERATIONS: Endpoint = Endpoint::new(
            "ApiNodeService",
            "list_generations",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Lists the generations of the service imported on the node (the answer's `generations`).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/services/{service_id}/generations",
                    &[],
                    "ApiNodeServiceListGenerations",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "Vec < Value >",
                member: "generations",
                each_item: false,
            },
            [false, true, false],
        );
        ///`ApiNodeService::import_generation_from_archive`.
        pub static API_NODE_SERVICE_IMPORT_GENERATION_FROM_ARCHIVE: Endpoint = Endpoint::new(
            "ApiNodeService",
            "import_generation_from_archive",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Imports a generation of the service from an archive on the node's disk; a relative path is made absolute from the current directory, as dataikuapi does.",
            &[
                Arg::new(
                    "file_path",
                    "str",
                    Presence::Required,
                    Place::Query("filePath"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/services/{service_id}/generations/actions/importFromArchive",
                    &[],
                    "ApiNodeServiceImportGenerationFromArchive",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`ApiNodeService::preload_generation`.
        pub static API_NODE_SERVICE_PRELOAD_GENERATION: Endpoint = Endpoint::new(
            "ApiNodeService",
            "preload_generation",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Loads a generation of the service into memory ahead of its use.",
            &[Arg::new("generation", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/services/{service_id}/generations/{generation}/preload",
                    &[],
                    "ApiNodeServicePreloadGeneration",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`ApiNodeService::disable`.
        pub static API_NODE_SERVICE_DISABLE: Endpoint = Endpoint::new(
            "ApiNodeService",
            "disable",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Disables the service: it answers no request.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/services/{service_id}/actions/disable",
                    &[],
                    "ApiNodeServiceDisable",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`ApiNodeService::enable`.
        pub static API_NODE_SERVICE_ENABLE: Endpoint = Endpoint::new(
            "ApiNodeService",
            "enable",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Enables the service.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/services/{service_id}/actions/enable",
                    &[],
                    "ApiNodeServiceEnable",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`ApiNodeService::set_generations_mapping`.
        pub static API_NODE_SERVICE_SET_GENERATIONS_MAPPING: Endpoint = Endpoint::new(
            "ApiNodeService",
            "set_generations_mapping",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Sets which generations answer the service's requests (and enables it).",
            &[
                Arg::new(
                    "mapping",
                    "json",
                    Presence::Required,
                    Place::Body {
                        via: Some("nonempty"),
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/services/{service_id}/actions/setMapping",
                    &[],
                    "ApiNodeServiceSetGenerationsMapping",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`ApiNodeService::switch_to_newest`.
        pub static API_NODE_SERVICE_SWITCH_TO_NEWEST: Endpoint = Endpoint::new(
            "ApiNodeService",
            "switch_to_newest",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Makes the newest generation the only one answering.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/services/{service_id}/actions/switchToNewest",
                    &[],
                    "ApiNodeServiceSwitchToNewest",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeService::switch_to_single_generation`.
        pub static API_NODE_SERVICE_SWITCH_TO_SINGLE_GENERATION: Endpoint = Endpoint::new(
            "ApiNodeService",
            "switch_to_single_generation",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Makes one generation the only one answering.",
            &[Arg::new("generation", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/services/{service_id}/actions/switchTo/{generation}",
                    &[],
                    "ApiNodeServiceSwitchToSingleGeneration",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`ApiNodeAuth::list_keys`.
        pub static API_NODE_AUTH_LIST_KEYS: Endpoint = Endpoint::new(
            "ApiNodeAuth",
            "list_keys",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Lists the node's admin API keys.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/keys",
                    &[],
                    "ApiNodeAuthListKeys",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeAuth::add_key`.
        pub static API_NODE_AUTH_ADD_KEY: Endpoint = Endpoint::new(
            "ApiNodeAuth",
            "add_key",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Adds an admin API key and answers it, its secret included.",
            &[
                Arg::new(
                    "label",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "label",
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
                    "created_by",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "createdBy",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "expiry",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "expiry",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/keys",
                    &[],
                    "ApiNodeAuthAddKey",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeAuth::delete_key`.
        pub static API_NODE_AUTH_DELETE_KEY: Endpoint = Endpoint::new(
            "ApiNodeAuth",
            "delete_key",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Deletes an admin API key, named by the key itself.",
            &[Arg::new("key", "str", Presence::Required, Place::Path, true)],
            Some(
                Request::new(
                    Verb::Delete,
                    "/keys/{key}",
                    &[],
                    "ApiNodeAuthDeleteKey",
                    [false, false, false, false, true],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`ApiNodeAuth::delete_key_by_id`.
        pub static API_NODE_AUTH_DELETE_KEY_BY_ID: Endpoint = Endpoint::new(
            "ApiNodeAuth",
            "delete_key_by_id",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "Deletes an admin API key, named by its id.",
            &[Arg::new("id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Delete,
                    "/keys/{id}/key",
                    &[],
                    "ApiNodeAuthDeleteKeyById",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`ApiNodeAdminClient::raw`.
        pub static API_NODE_ADMIN_CLIENT_RAW: Endpoint = Endpoint::new(
            "ApiNodeAdminClient",
            "raw",
            crate::rt::Server::new("ApiNodeAdminClient", "/admin/api", true),
            "A request on any path of this server's API, for an endpoint the spec lacks: the same credential, time bounds, retries, errors and logs as every method.",
            &[
                Arg::new(
                    "verb",
                    "crate::Verb",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new("path", "&str", Presence::Required, Place::HandWritten, false),
            ],
            None,
            ResultKind::HandWritten("RawRequest<'_>"),
            [true, false, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::API_NODE_ADMIN_CLIENT_CREATE_SERVICE,
        &endpoints::API_NODE_ADMIN_CLIENT_LIST_SERVICES,
        &endpoints::API_NODE_ADMIN_CLIENT_SERVICE,
        &endpoints::API_NODE_ADMIN_CLIENT_AUTH,
        &endpoints::API_NODE_ADMIN_CLIENT_GET_METRICS,
        &endpoints::API_NODE_ADMIN_CLIENT_IMPORT_CODE_ENV_IN_CACHE,
        &endpoints::API_NODE_ADMIN_CLIENT_REGISTER_CODE_ENV_IN_CACHE,
        &endpoints::API_NODE_ADMIN_CLIENT_IMPORT_MODEL_ARCHIVE_IN_CACHE,
        &endpoints::API_NODE_ADMIN_CLIENT_CLEAR_MODEL_CACHE,
        &endpoints::API_NODE_ADMIN_CLIENT_CLEAN_UNUSED_SERVICES_AND_GENERATIONS,
        &endpoints::API_NODE_ADMIN_CLIENT_CLEAN_CODE_ENV_CACHE,
        &endpoints::API_NODE_SERVICE_DELETE,
        &endpoints::API_NODE_SERVICE_LIST_GENERATIONS,
        &endpoints::API_NODE_SERVICE_IMPORT_GENERATION_FROM_ARCHIVE,
        &endpoints::API_NODE_SERVICE_PRELOAD_GENERATION,
        &endpoints::API_NODE_SERVICE_DISABLE,
        &endpoints::API_NODE_SERVICE_ENABLE,
        &endpoints::API_NODE_SERVICE_SET_GENERATIONS_MAPPING,
        &endpoints::API_NODE_SERVICE_SWITCH_TO_NEWEST,
        &endpoints::API_NODE_SERVICE_SWITCH_TO_SINGLE_GENERATION,
        &endpoints::API_NODE_AUTH_LIST_KEYS,
        &endpoints::API_NODE_AUTH_ADD_KEY,
        &endpoints::API_NODE_AUTH_DELETE_KEY,
        &endpoints::API_NODE_AUTH_DELETE_KEY_BY_ID,
        &endpoints::API_NODE_ADMIN_CLIENT_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "ApiNodeAdminClient",
                doc: "A client of the administration API of a DSS API node: its services and their generations, its admin API keys, caches and metrics.",
                fields: &[],
                document: false,
            },
            Handle {
                name: "ApiNodeService",
                doc: "A service of the API node, by its id: its generations (the versions of it imported on the node) and which of them answer.",
                fields: &[
                    HandleField {
                        name: "service_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "ApiNodeAuth",
                doc: "The admin API keys of the API node.",
                fields: &[],
                document: false,
            },
        ]
    };
    /// This file's models, in spec order.
    pub const MODELS: &[crate::rt::catalog::Model] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Model, ModelMember};
        &[]
    };
    impl super::handles::ApiNodeAdminClient {
        /**Creates an API service, with no generation yet.

`POST /services/`

Never retried: sending it twice could do the work twice.

Arguments:
- `service_id`: The new service's id. Sent as JSON member `serviceId`.

Returns a [`ApiNodeAdminClientCreateService`](requests::ApiNodeAdminClientCreateService) request; nothing is sent until `.send()`.*/
        pub fn create_service(
            &self,
            service_id: impl Into<String>,
        ) -> requests::ApiNodeAdminClientCreateService<'_> {
            requests::ApiNodeAdminClientCreateService {
                __owner: self,
                service_id: service_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the services declared on the node, each with its state
(enabled or not).

`GET /services`

Returns a [`ApiNodeAdminClientListServices`](requests::ApiNodeAdminClientListServices) request; nothing is sent until `.send()`.*/
        pub fn list_services(&self) -> requests::ApiNodeAdminClientListServices<'_> {
            requests::ApiNodeAdminClientListServices {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one service (no request).

Builds a handle; sends no request.*/
        pub fn service(
            &self,
            service_id: impl Into<String>,
        ) -> super::handles::ApiNodeService {
            let service_id = service_id.into();
            {
                let __f_service_id = service_id;
                super::handles::ApiNodeService {
                    client: ::core::clone::Clone::clone(self),
                    service_id: __f_service_id,
                }
            }
        }
        /**A handle on the node's admin API keys (no request).

Builds a handle; sends no request.*/
        pub fn auth(&self) -> super::handles::ApiNodeAuth {
            {
                super::handles::ApiNodeAuth {
                    client: ::core::clone::Clone::clone(self),
                }
            }
        }
        /**Reads the node's metrics.

`GET /metrics`

Returns a [`ApiNodeAdminClientGetMetrics`](requests::ApiNodeAdminClientGetMetrics) request; nothing is sent until `.send()`.*/
        pub fn get_metrics(&self) -> requests::ApiNodeAdminClientGetMetrics<'_> {
            requests::ApiNodeAdminClientGetMetrics {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Imports a code env into the node's global cache from an exported
code env's folder on the node.

`POST /cached-code-envs`

Never retried: sending it twice could do the work twice.

Arguments:
- `file_dir`: The folder of the exported code env, on the node. Sent as query parameter `fileDir`.
- `language`: The code env's language: `python` or `R`. Sent as query parameter `language`.

Returns a [`ApiNodeAdminClientImportCodeEnvInCache`](requests::ApiNodeAdminClientImportCodeEnvInCache) request; nothing is sent until `.send()`.*/
        pub fn import_code_env_in_cache(
            &self,
            file_dir: impl Into<String>,
            language: impl Into<String>,
        ) -> requests::ApiNodeAdminClientImportCodeEnvInCache<'_> {
            requests::ApiNodeAdminClientImportCodeEnvInCache {
                __owner: self,
                file_dir: file_dir.into(),
                language: language.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Registers a code env already built on the node in its global cache,
from the exported code env's folder and the built one.

`POST /register-global-code-env`

Never retried: sending it twice could do the work twice.

Arguments:
- `exported_env_dir`: The folder of the exported code env, on the node. Sent as query parameter `exportedEnvDir`.
- `built_env_dir`: The folder where the code env was built, on the node. Sent as query parameter `builtEnvDir`.
- `language`: The code env's language: `python` or `R`. Sent as query parameter `language`.

Returns a [`ApiNodeAdminClientRegisterCodeEnvInCache`](requests::ApiNodeAdminClientRegisterCodeEnvInCache) request; nothing is sent until `.send()`.*/
        pub fn register_code_env_in_cache(
            &self,
            exported_env_dir: impl Into<String>,
            built_env_dir: impl Into<String>,
            language: impl Into<String>,
        ) -> requests::ApiNodeAdminClientRegisterCodeEnvInCache<'_> {
            requests::ApiNodeAdminClientRegisterCodeEnvInCache {
                __owner: self,
                exported_env_dir: exported_env_dir.into(),
                built_env_dir: built_env_dir.into(),
                language: language.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Imports a model into the node's model cache from an exported model
archive on the node.

`POST /model-cache`

Never retried: sending it twice could do the work twice.

Arguments:
- `model_archive_path`: The path of the exported model archive, on the node. Sent as query parameter `modelArchivePath`.

Returns a [`ApiNodeAdminClientImportModelArchiveInCache`](requests::ApiNodeAdminClientImportModelArchiveInCache) request; nothing is sent until `.send()`.*/
        pub fn import_model_archive_in_cache(
            &self,
            model_archive_path: impl Into<String>,
        ) -> requests::ApiNodeAdminClientImportModelArchiveInCache<'_> {
            requests::ApiNodeAdminClientImportModelArchiveInCache {
                __owner: self,
                model_archive_path: model_archive_path.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Empties the node's model cache.

`DELETE /model-cache`

Returns a [`ApiNodeAdminClientClearModelCache`](requests::ApiNodeAdminClientClearModelCache) request; nothing is sent until `.send()`.*/
        pub fn clear_model_cache(
            &self,
        ) -> requests::ApiNodeAdminClientClearModelCache<'_> {
            requests::ApiNodeAdminClientClearModelCache {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the disabled services, the unused generations and the unused
code envs, and answers what was deleted (dataikuapi prints it).

`DELETE /services-clean-unused`

Returns a [`ApiNodeAdminClientCleanUnusedServicesAndGenerations`](requests::ApiNodeAdminClientCleanUnusedServicesAndGenerations) request; nothing is sent until `.send()`.*/
        pub fn clean_unused_services_and_generations(
            &self,
        ) -> requests::ApiNodeAdminClientCleanUnusedServicesAndGenerations<'_> {
            requests::ApiNodeAdminClientCleanUnusedServicesAndGenerations {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the unused code envs of the cache, and answers what was
deleted (dataikuapi prints it).

`DELETE /cached-code-envs`

Returns a [`ApiNodeAdminClientCleanCodeEnvCache`](requests::ApiNodeAdminClientCleanCodeEnvCache) request; nothing is sent until `.send()`.*/
        pub fn clean_code_env_cache(
            &self,
        ) -> requests::ApiNodeAdminClientCleanCodeEnvCache<'_> {
            requests::ApiNodeAdminClientCleanCodeEnvCache {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::ApiNodeService {
        /**Deletes the service.

`DELETE /services/{service_id}`

Returns a [`ApiNodeServiceDelete`](requests::ApiNodeServiceDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::ApiNodeServiceDelete<'_> {
            requests::ApiNodeServiceDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the generations of the service imported on the node (the
answer's `generations`).

`GET /services/{service_id}/generations`

Returns a [`ApiNodeServiceListGenerations`](requests::ApiNodeServiceListGenerations) request; nothing is sent until `.send()`.*/
        pub fn list_generations(&self) -> requests::ApiNodeServiceListGenerations<'_> {
            requests::ApiNodeServiceListGenerations {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Imports a generation of the service from an archive on the node's
disk; a relative path is made absolute from the current directory,
as dataikuapi does.

`POST /services/{service_id}/generations/actions/importFromArchive`

Never retried: sending it twice could do the work twice.

Arguments:
- `file_path`: The archive's path. Sent as query parameter `filePath`.

Returns a [`ApiNodeServiceImportGenerationFromArchive`](requests::ApiNodeServiceImportGenerationFromArchive) request; nothing is sent until `.send()`.*/
        pub fn import_generation_from_archive(
            &self,
            file_path: impl Into<String>,
        ) -> requests::ApiNodeServiceImportGenerationFromArchive<'_> {
            requests::ApiNodeServiceImportGenerationFromArchive {
                __owner: self,
                file_path: file_path.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Loads a generation of the service into memory ahead of its use.

`POST /services/{service_id}/generations/{generation}/preload`

Never retried: sending it twice could do the work twice.

Arguments:
- `generation`: The generation's id. Sent as a path segment.

Returns a [`ApiNodeServicePreloadGeneration`](requests::ApiNodeServicePreloadGeneration) request; nothing is sent until `.send()`.*/
        pub fn preload_generation(
            &self,
            generation: impl Into<String>,
        ) -> requests::ApiNodeServicePreloadGeneration<'_> {
            requests::ApiNodeServicePreloadGeneration {
                __owner: self,
                generation: generation.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Disables the service: it answers no request.

`POST /services/{service_id}/actions/disable`

Never retried: sending it twice could do the work twice.

Returns a [`ApiNodeServiceDisable`](requests::ApiNodeServiceDisable) request; nothing is sent until `.send()`.*/
        pub fn disable(&self) -> requests::ApiNodeServiceDisable<'_> {
            requests::ApiNodeServiceDisable {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Enables the service.

`POST /services/{service_id}/actions/enable`

Never retried: sending it twice could do the work twice.

Returns a [`ApiNodeServiceEnable`](requests::ApiNodeServiceEnable) request; nothing is sent until `.send()`.*/
        pub fn enable(&self) -> requests::ApiNodeServiceEnable<'_> {
            requests::ApiNodeServiceEnable {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Sets which generations answer the service's requests (and enables
it).

`POST /services/{service_id}/actions/setMapping`

Never retried: sending it twice could do the work twice.

Arguments:
- `mapping`: The mapping, as the node reads it (an empty one sends no body, as dataikuapi sends it). Sent as the JSON body, converted by `nonempty`.

Returns a [`ApiNodeServiceSetGenerationsMapping`](requests::ApiNodeServiceSetGenerationsMapping) request; nothing is sent until `.send()`.*/
        pub fn set_generations_mapping(
            &self,
            mapping: impl Into<::serde_json::Value>,
        ) -> requests::ApiNodeServiceSetGenerationsMapping<'_> {
            requests::ApiNodeServiceSetGenerationsMapping {
                __owner: self,
                mapping: mapping.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Makes the newest generation the only one answering.

`POST /services/{service_id}/actions/switchToNewest`

Never retried: sending it twice could do the work twice.

Returns a [`ApiNodeServiceSwitchToNewest`](requests::ApiNodeServiceSwitchToNewest) request; nothing is sent until `.send()`.*/
        pub fn switch_to_newest(&self) -> requests::ApiNodeServiceSwitchToNewest<'_> {
            requests::ApiNodeServiceSwitchToNewest {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Makes one generation the only one answering.

`POST /services/{service_id}/actions/switchTo/{generation}`

Never retried: sending it twice could do the work twice.

Arguments:
- `generation`: The generation's id. Sent as a path segment.

Returns a [`ApiNodeServiceSwitchToSingleGeneration`](requests::ApiNodeServiceSwitchToSingleGeneration) request; nothing is sent until `.send()`.*/
        pub fn switch_to_single_generation(
            &self,
            generation: impl Into<String>,
        ) -> requests::ApiNodeServiceSwitchToSingleGeneration<'_> {
            requests::ApiNodeServiceSwitchToSingleGeneration {
                __owner: self,
                generation: generation.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::ApiNodeAuth {
        /**Lists the node's admin API keys.

`GET /keys`

Returns a [`ApiNodeAuthListKeys`](requests::ApiNodeAuthListKeys) request; nothing is sent until `.send()`.*/
        pub fn list_keys(&self) -> requests::ApiNodeAuthListKeys<'_> {
            requests::ApiNodeAuthListKeys {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Adds an admin API key and answers it, its secret included.

`POST /keys`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `label`: Unset by default (then sent as `null`). Sent as JSON member `label`.
- `description`: Unset by default (then sent as `null`). Sent as JSON member `description`.
- `created_by`: Unset by default (then sent as `null`). Sent as JSON member `createdBy`.
- `expiry`: Unset by default (then sent as `null`). Sent as JSON member `expiry`.

Returns a [`ApiNodeAuthAddKey`](requests::ApiNodeAuthAddKey) request; nothing is sent until `.send()`.*/
        pub fn add_key(&self) -> requests::ApiNodeAuthAddKey<'_> {
            requests::ApiNodeAuthAddKey {
                __owner: self,
                label: None,
                description: None,
                created_by: None,
                expiry: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes an admin API key, named by the key itself.

`DELETE /keys/{key}`

Arguments:
- `key`: The key. Sent as a path segment.

Returns a [`ApiNodeAuthDeleteKey`](requests::ApiNodeAuthDeleteKey) request; nothing is sent until `.send()`.*/
        pub fn delete_key(
            &self,
            key: impl Into<String>,
        ) -> requests::ApiNodeAuthDeleteKey<'_> {
            requests::ApiNodeAuthDeleteKey {
                __owner: self,
                key: key.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes an admin API key, named by its id.

`DELETE /keys/{id}/key`

Arguments:
- `id`: The key's id. Sent as a path segment.

Returns a [`ApiNodeAuthDeleteKeyById`](requests::ApiNodeAuthDeleteKeyById) request; nothing is sent until `.send()`.*/
        pub fn delete_key_by_id(
            &self,
            id: impl Into<String>,
        ) -> requests::ApiNodeAuthDeleteKeyById<'_> {
            requests::ApiNodeAuthDeleteKeyById {
                __owner: self,
                id: id.into(),
                __opts: ::core::default::Default::default(),
            }
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
            impl super::handles::ApiNodeAdminClient {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_raw(
                    &self,
                    verb: crate::Verb,
                    path: &str,
                ) -> RawRequest<'_> {
                    self.raw(verb, path)
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
                ("ApiNodeAdminClient", "create_service") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("ApiNodeAdminClient", ids)?;
                        let __owner: super::handles::ApiNodeAdminClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_service(args.str("service_id")?);
                        let __endpoint = requests::ApiNodeAdminClientCreateService::ENDPOINT;
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
                ("ApiNodeAdminClient", "list_services") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("ApiNodeAdminClient", ids)?;
                        let __owner: super::handles::ApiNodeAdminClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_services();
                        let __endpoint = requests::ApiNodeAdminClientListServices::ENDPOINT;
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
                ("ApiNodeAdminClient", "get_metrics") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("ApiNodeAdminClient", ids)?;
                        let __owner: super::handles::ApiNodeAdminClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_metrics();
                        let __endpoint = requests::ApiNodeAdminClientGetMetrics::ENDPOINT;
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
                ("ApiNodeAdminClient", "import_code_env_in_cache") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("ApiNodeAdminClient", ids)?;
                        let __owner: super::handles::ApiNodeAdminClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .import_code_env_in_cache(
                                args.str("file_dir")?,
                                args.str("language")?,
                            );
                        let __endpoint = requests::ApiNodeAdminClientImportCodeEnvInCache::ENDPOINT;
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
                ("ApiNodeAdminClient", "register_code_env_in_cache") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("ApiNodeAdminClient", ids)?;
                        let __owner: super::handles::ApiNodeAdminClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .register_code_env_in_cache(
                                args.str("exported_env_dir")?,
                                args.str("built_env_dir")?,
                                args.str("language")?,
                            );
                        let __endpoint = requests::ApiNodeAdminClientRegisterCodeEnvInCache::ENDPOINT;
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
                ("ApiNodeAdminClient", "import_model_archive_in_cache") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("ApiNodeAdminClient", ids)?;
                        let __owner: super::handles::ApiNodeAdminClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .import_model_archive_in_cache(
                                args.str("model_archive_path")?,
                            );
                        let __endpoint = requests::ApiNodeAdminClientImportModelArchiveInCache::ENDPOINT;
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
                ("ApiNodeAdminClient", "clear_model_cache") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("ApiNodeAdminClient", ids)?;
                        let __owner: super::handles::ApiNodeAdminClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner.clear_model_cache();
                        let __endpoint = requests::ApiNodeAdminClientClearModelCache::ENDPOINT;
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
                ("ApiNodeAdminClient", "clean_unused_services_and_generations") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("ApiNodeAdminClient", ids)?;
                        let __owner: super::handles::ApiNodeAdminClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner.clean_unused_services_and_generations();
                        let __endpoint = requests::ApiNodeAdminClientCleanUnusedServicesAndGenerations::ENDPOINT;
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
                ("ApiNodeAdminClient", "clean_code_env_cache") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("ApiNodeAdminClient", ids)?;
                        let __owner: super::handles::ApiNodeAdminClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner.clean_code_env_cache();
                        let __endpoint = requests::ApiNodeAdminClientCleanCodeEnvCache::ENDPOINT;
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
                ("ApiNodeService", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeService", ids)?;
                        let __owner = super::handles::ApiNodeService {
                            client: crate::rt::ServerClient::from_core(
                                crate::rt::on_server(
                                    client,
                                    <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                                ),
                                ::std::vec::Vec::new(),
                            ),
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::ApiNodeServiceDelete::ENDPOINT;
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
                ("ApiNodeService", "list_generations") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeService", ids)?;
                        let __owner = super::handles::ApiNodeService {
                            client: crate::rt::ServerClient::from_core(
                                crate::rt::on_server(
                                    client,
                                    <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                                ),
                                ::std::vec::Vec::new(),
                            ),
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_generations();
                        let __endpoint = requests::ApiNodeServiceListGenerations::ENDPOINT;
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
                ("ApiNodeService", "import_generation_from_archive") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeService", ids)?;
                        let __owner = super::handles::ApiNodeService {
                            client: crate::rt::ServerClient::from_core(
                                crate::rt::on_server(
                                    client,
                                    <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                                ),
                                ::std::vec::Vec::new(),
                            ),
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .import_generation_from_archive(args.str("file_path")?);
                        let __endpoint = requests::ApiNodeServiceImportGenerationFromArchive::ENDPOINT;
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
                ("ApiNodeService", "preload_generation") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeService", ids)?;
                        let __owner = super::handles::ApiNodeService {
                            client: crate::rt::ServerClient::from_core(
                                crate::rt::on_server(
                                    client,
                                    <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                                ),
                                ::std::vec::Vec::new(),
                            ),
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .preload_generation(args.str("generation")?);
                        let __endpoint = requests::ApiNodeServicePreloadGeneration::ENDPOINT;
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
                ("ApiNodeService", "disable") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeService", ids)?;
                        let __owner = super::handles::ApiNodeService {
                            client: crate::rt::ServerClient::from_core(
                                crate::rt::on_server(
                                    client,
                                    <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                                ),
                                ::std::vec::Vec::new(),
                            ),
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.disable();
                        let __endpoint = requests::ApiNodeServiceDisable::ENDPOINT;
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
                ("ApiNodeService", "enable") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeService", ids)?;
                        let __owner = super::handles::ApiNodeService {
                            client: crate::rt::ServerClient::from_core(
                                crate::rt::on_server(
                                    client,
                                    <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                                ),
                                ::std::vec::Vec::new(),
                            ),
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.enable();
                        let __endpoint = requests::ApiNodeServiceEnable::ENDPOINT;
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
                ("ApiNodeService", "set_generations_mapping") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeService", ids)?;
                        let __owner = super::handles::ApiNodeService {
                            client: crate::rt::ServerClient::from_core(
                                crate::rt::on_server(
                                    client,
                                    <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                                ),
                                ::std::vec::Vec::new(),
                            ),
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .set_generations_mapping(args.json("mapping")?);
                        let __endpoint = requests::ApiNodeServiceSetGenerationsMapping::ENDPOINT;
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
                ("ApiNodeService", "switch_to_newest") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeService", ids)?;
                        let __owner = super::handles::ApiNodeService {
                            client: crate::rt::ServerClient::from_core(
                                crate::rt::on_server(
                                    client,
                                    <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                                ),
                                ::std::vec::Vec::new(),
                            ),
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.switch_to_newest();
                        let __endpoint = requests::ApiNodeServiceSwitchToNewest::ENDPOINT;
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
                ("ApiNodeService", "switch_to_single_generation") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeService", ids)?;
                        let __owner = super::handles::ApiNodeService {
                            client: crate::rt::ServerClient::from_core(
                                crate::rt::on_server(
                                    client,
                                    <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                                ),
                                ::std::vec::Vec::new(),
                            ),
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .switch_to_single_generation(args.str("generation")?);
                        let __endpoint = requests::ApiNodeServiceSwitchToSingleGeneration::ENDPOINT;
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
                ("ApiNodeAuth", "list_keys") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<0usize>("ApiNodeAuth", ids)?;
                        let __owner = super::handles::ApiNodeAuth {
                            client: crate::rt::ServerClient::from_core(
                                crate::rt::on_server(
                                    client,
                                    <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                                ),
                                ::std::vec::Vec::new(),
                            ),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_keys();
                        let __endpoint = requests::ApiNodeAuthListKeys::ENDPOINT;
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
                ("ApiNodeAuth", "add_key") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<0usize>("ApiNodeAuth", ids)?;
                        let __owner = super::handles::ApiNodeAuth {
                            client: crate::rt::ServerClient::from_core(
                                crate::rt::on_server(
                                    client,
                                    <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                                ),
                                ::std::vec::Vec::new(),
                            ),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.add_key();
                        let __endpoint = requests::ApiNodeAuthAddKey::ENDPOINT;
                        if let Some(__v) = args.opt_str("label")? {
                            __r = __r.label(__v);
                        }
                        if let Some(__v) = args.opt_str("description")? {
                            __r = __r.description(__v);
                        }
                        if let Some(__v) = args.opt_str("created_by")? {
                            __r = __r.created_by(__v);
                        }
                        if let Some(__v) = args.opt_json("expiry")? {
                            __r = __r.expiry(__v);
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
                ("ApiNodeAuth", "delete_key") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<0usize>("ApiNodeAuth", ids)?;
                        let __owner = super::handles::ApiNodeAuth {
                            client: crate::rt::ServerClient::from_core(
                                crate::rt::on_server(
                                    client,
                                    <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                                ),
                                ::std::vec::Vec::new(),
                            ),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete_key(args.str("key")?);
                        let __endpoint = requests::ApiNodeAuthDeleteKey::ENDPOINT;
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
                ("ApiNodeAuth", "delete_key_by_id") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<0usize>("ApiNodeAuth", ids)?;
                        let __owner = super::handles::ApiNodeAuth {
                            client: crate::rt::ServerClient::from_core(
                                crate::rt::on_server(
                                    client,
                                    <super::handles::ApiNodeAdminClient as crate::rt::ServerClient>::SERVER,
                                ),
                                ::std::vec::Vec::new(),
                            ),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete_key_by_id(args.str("id")?);
                        let __endpoint = requests::ApiNodeAuthDeleteKeyById::ENDPOINT;
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
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle: super::handles::ApiNodeAdminClient = crate::rt::ServerClient::from_core(
                ::core::clone::Clone::clone(&client),
                ::std::vec![],
            );
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ApiNodeAdminClient"
            );
            checked += 1;
            let handle = super::handles::ApiNodeService {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                service_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ApiNodeService"
            );
            checked += 1;
            let handle = super::handles::ApiNodeAuth {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ApiNodeAuth"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
