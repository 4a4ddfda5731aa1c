// The expansion of `api_services.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/api_services.dss`.
pub mod spec_api_services {
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
        /**An API service of a project (dataikuapi's `DSSAPIService`): its
endpoints (in its settings) and the packages made of it, which are
published to the API Deployer.*/
        #[derive(Clone)]
        pub struct DssApiService {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) service_id: String,
        }
        impl DssApiService {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `service_id` this handle points at.
            pub fn service_id(&self) -> &str {
                &self.service_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssApiService {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssApiService")
                    .field("project_key", &self.project_key)
                    .field("service_id", &self.service_id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a project's API service, as `get_settings` reads them
(dataikuapi's `DSSAPIServiceSettings`): its endpoints and how queries
authenticate; changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssApiServiceSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) service_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssApiServiceSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `service_id` this handle points at.
            pub fn service_id(&self) -> &str {
                &self.service_id
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
        impl ::core::fmt::Debug for DssApiServiceSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssApiServiceSettings")
                    .field("project_key", &self.project_key)
                    .field("service_id", &self.service_id)
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
        ///An API service as listed by `list_api_services`.
        #[derive(Clone, PartialEq)]
        pub struct ApiServiceSummary {
            ///The service's id.
            pub id: String,
            ///The project it belongs to.
            pub project_key: String,
            ///Display name.
            pub name: Option<String>,
            ///How queries authenticate (`PUBLIC`, `API_KEYS`, ...).
            pub auth_method: Option<String>,
            ///Its endpoints.
            pub endpoints: Option<Vec<Value>>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ApiServiceSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ApiServiceSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ApiServiceSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ApiServiceSummary, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_auth_method: Option<String> = None;
                        let mut __m_endpoints: Option<Vec<Value>> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "id" => {
                                    __m_id = Some(
                                        crate::rt::model::next_member(&mut __map, "id")?,
                                    );
                                }
                                "projectKey" => {
                                    __m_project_key = Some(
                                        crate::rt::model::next_member(&mut __map, "projectKey")?,
                                    );
                                }
                                "name" => {
                                    __m_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "name",
                                    )?;
                                }
                                "authMethod" => {
                                    __m_auth_method = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "authMethod",
                                    )?;
                                }
                                "endpoints" => {
                                    __m_endpoints = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "endpoints",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ApiServiceSummary {
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
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
                            name: __m_name,
                            auth_method: __m_auth_method,
                            endpoints: __m_endpoints,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ApiServiceSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(&mut __map, "id", &self.id)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "projectKey",
                    &self.project_key,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "name",
                    &self.name,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "authMethod",
                    &self.auth_method,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "endpoints",
                    &self.endpoints,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ApiServiceSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ApiServiceSummary")
                    .field("id", &self.id)
                    .field("project_key", &self.project_key)
                    .field("name", &self.name)
                    .field("auth_method", &self.auth_method)
                    .field("endpoints", &self.endpoints)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ApiServiceSummary {
            ///The [`DssApiService`](super::super::handles::DssApiService) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssApiService {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_service_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssApiService {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        service_id: __f_service_id,
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
        ///Request value of [`DssProject::list_api_services`](super::super::handles::DssProject::list_api_services): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListApiServices<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListApiServices<'a> {
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
                __call.lit("/apiservices/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListApiServices, super::endpoints::PROJECT_LIST_API_SERVICES, json(Vec
            < ApiServiceSummary >,
            "Sends the request (`GET /projects/{project_key}/apiservices/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListApiServices<'_> {}
        ///Request value of [`DssProject::create_api_service`](super::super::handles::DssProject::create_api_service): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateApiService<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) service_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateApiService<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssProject)),
                crate::rt::Error,
            > {
                let Self { __owner, service_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/apiservices/");
                __call.segment("service_id", &service_id, false)?;
                Ok((__call, (service_id, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/apiservices/{service_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssApiService, crate::rt::Error> {
                let (__call, (service_id, __owner)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        __call.send_empty()?;
                        Ok({
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_service_id = service_id;
                            super::super::handles::DssApiService {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                service_id: __f_service_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateApiService, super::endpoints::PROJECT_CREATE_API_SERVICE, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateApiService<'_> {}
        ///Request value of [`DssApiService::get_settings`](super::super::handles::DssApiService::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiServiceGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiService,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiServiceGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssApiService,)),
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
                __call.lit("/apiservices/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/settings");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/apiservices/{service_id}/settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssApiServiceSettings, crate::rt::Error> {
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
                            let __f_service_id = ::core::clone::Clone::clone(
                                &__owner.service_id,
                            );
                            super::super::handles::DssApiServiceSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                service_id: __f_service_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ApiServiceGetSettings, super::endpoints::API_SERVICE_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiServiceGetSettings<'_> {}
        ///Request value of [`DssApiService::get_package_summary`](super::super::handles::DssApiService::get_package_summary): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiServiceGetPackageSummary<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiService,
            pub(crate) package_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiServiceGetPackageSummary<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, package_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/apiservices/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/packages/");
                __call.segment("package_id", &package_id, false)?;
                __call.lit("/summary");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiServiceGetPackageSummary,
            super::endpoints::API_SERVICE_GET_PACKAGE_SUMMARY, json(Value,
            "Sends the request (`GET /projects/{project_key}/apiservices/{service_id}/packages/{package_id}/summary`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiServiceGetPackageSummary<'_> {}
        ///Request value of [`DssApiService::list_packages`](super::super::handles::DssApiService::list_packages): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiServiceListPackages<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiService,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiServiceListPackages<'a> {
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
                __call.lit("/apiservices/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/packages");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiServiceListPackages, super::endpoints::API_SERVICE_LIST_PACKAGES,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/apiservices/{service_id}/packages`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiServiceListPackages<'_> {}
        ///Request value of [`DssApiService::create_package`](super::super::handles::DssApiService::create_package): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiServiceCreatePackage<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiService,
            pub(crate) package_id: String,
            pub(crate) release_notes: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiServiceCreatePackage<'a> {
            /**Release notes of the package.

Unset by default (then left out). Sent as query parameter `releaseNotes`.*/
            pub fn release_notes(mut self, release_notes: impl Into<String>) -> Self {
                self.release_notes = Some(release_notes.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, package_id, release_notes, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/apiservices/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/packages/");
                __call.segment("package_id", &package_id, false)?;
                __call.query("releaseNotes", &release_notes);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiServiceCreatePackage, super::endpoints::API_SERVICE_CREATE_PACKAGE,
            unit("Sends the request (`POST /projects/{project_key}/apiservices/{service_id}/packages/{package_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiServiceCreatePackage<'_> {}
        ///Request value of [`DssApiService::delete_package`](super::super::handles::DssApiService::delete_package): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiServiceDeletePackage<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiService,
            pub(crate) package_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiServiceDeletePackage<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, package_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/apiservices/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/packages/");
                __call.segment("package_id", &package_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiServiceDeletePackage, super::endpoints::API_SERVICE_DELETE_PACKAGE,
            unit("Sends the request (`DELETE /projects/{project_key}/apiservices/{service_id}/packages/{package_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiServiceDeletePackage<'_> {}
        ///Request value of [`DssApiService::download_package_stream`](super::super::handles::DssApiService::download_package_stream): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiServiceDownloadPackageStream<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiService,
            pub(crate) package_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiServiceDownloadPackageStream<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, package_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/apiservices/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/packages/");
                __call.segment("package_id", &package_id, false)?;
                __call.lit("/archive");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiServiceDownloadPackageStream,
            super::endpoints::API_SERVICE_DOWNLOAD_PACKAGE_STREAM,
            stream("Sends the request (`GET /projects/{project_key}/apiservices/{service_id}/packages/{package_id}/archive`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiServiceDownloadPackageStream<'_> {}
        ///Request value of [`DssApiService::download_package_to_file`](super::super::handles::DssApiService::download_package_to_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiServiceDownloadPackageToFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiService,
            pub(crate) package_id: String,
            pub(crate) path: ::std::path::PathBuf,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiServiceDownloadPackageToFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (::std::path::PathBuf,)),
                crate::rt::Error,
            > {
                let Self { __owner, package_id, path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/apiservices/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/packages/");
                __call.segment("package_id", &package_id, false)?;
                __call.lit("/archive");
                Ok((__call, (path,)))
            }
            ///Sends the request (`GET /projects/{project_key}/apiservices/{service_id}/packages/{package_id}/archive`) and returns the answer.
            pub fn send(self) -> Result<u64, crate::rt::Error> {
                let (__call, (path,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| { __call.send_stream()?.save_to(path) },
                )
            }
        }
        crate::rt::request_common!(
            ApiServiceDownloadPackageToFile,
            super::endpoints::API_SERVICE_DOWNLOAD_PACKAGE_TO_FILE, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiServiceDownloadPackageToFile<'_> {}
        ///Request value of [`DssApiService::publish_package`](super::super::handles::DssApiService::publish_package): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiServicePublishPackage<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiService,
            pub(crate) package_id: String,
            pub(crate) published_service_id: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiServicePublishPackage<'a> {
            /**The published service to add it to (unset: the one named after
this service, created if need be).

Unset by default (then left out). Sent as query parameter `publishedServiceId`.*/
            pub fn published_service_id(
                mut self,
                published_service_id: impl Into<String>,
            ) -> Self {
                self.published_service_id = Some(published_service_id.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, package_id, published_service_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/apiservices/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/packages/");
                __call.segment("package_id", &package_id, false)?;
                __call.lit("/publish");
                __call.query("publishedServiceId", &published_service_id);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiServicePublishPackage, super::endpoints::API_SERVICE_PUBLISH_PACKAGE,
            unit("Sends the request (`POST /projects/{project_key}/apiservices/{service_id}/packages/{package_id}/publish`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiServicePublishPackage<'_> {}
        ///Request value of [`DssApiServiceSettings::save`](super::super::handles::DssApiServiceSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiServiceSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApiServiceSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiServiceSettingsSave<'a> {
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
                __call.lit("/apiservices/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/settings");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiServiceSettingsSave, super::endpoints::API_SERVICE_SETTINGS_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/apiservices/{service_id}/settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiServiceSettingsSave<'_> {}
        crate::rt::request_list!(
            ProjectListApiServices, ProjectCreateApiService, ApiServiceGetSettings,
            ApiServiceGetPackageSummary, ApiServiceListPackages, ApiServiceCreatePackage,
            ApiServiceDeletePackage, ApiServiceDownloadPackageStream,
            ApiServiceDownloadPackageToFile, ApiServicePublishPackage,
            ApiServiceSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_api_services`.
        pub static PROJECT_LIST_API_SERVICES: Endpoint = Endpoint::new(
            "DssProject",
            "list_api_services",
            crate::rt::Server::DSS,
            "Lists the project's API services.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/apiservices/",
                    &[],
                    "ProjectListApiServices",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < ApiServiceSummary >"),
            [false, true, false],
        );
        ///`DssProject::get_api_service`.
        pub static PROJECT_GET_API_SERVICE: Endpoint = Endpoint::new(
            "DssProject",
            "get_api_service",
            crate::rt::Server::DSS,
            "A handle on one API service of the project.",
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
            ResultKind::Handle("DssApiService"),
            [false, true, false],
        );
        ///`DssProject::create_api_service`.
        pub static PROJECT_CREATE_API_SERVICE: Endpoint = Endpoint::new(
            "DssProject",
            "create_api_service",
            crate::rt::Server::DSS,
            "Creates an API service in the project (with no endpoint yet) and returns a handle on it.",
            &[Arg::new("service_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/apiservices/{service_id}",
                    &[],
                    "ProjectCreateApiService",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssApiService"),
            [false, true, false],
        );
        ///`DssApiService::get_settings`.
        pub static API_SERVICE_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssApiService",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the service's settings (its endpoints), to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/apiservices/{service_id}/settings",
                    &[],
                    "ApiServiceGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssApiServiceSettings"),
            [false, true, false],
        );
        ///`DssApiService::get_package_summary`.
        pub static API_SERVICE_GET_PACKAGE_SUMMARY: Endpoint = Endpoint::new(
            "DssApiService",
            "get_package_summary",
            crate::rt::Server::DSS,
            "Reads what one package of the service holds (its endpoints and their models).",
            &[Arg::new("package_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/apiservices/{service_id}/packages/{package_id}/summary",
                    &[],
                    "ApiServiceGetPackageSummary",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssApiService::list_packages`.
        pub static API_SERVICE_LIST_PACKAGES: Endpoint = Endpoint::new(
            "DssApiService",
            "list_packages",
            crate::rt::Server::DSS,
            "Lists the packages of the service.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/apiservices/{service_id}/packages",
                    &[],
                    "ApiServiceListPackages",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssApiService::create_package`.
        pub static API_SERVICE_CREATE_PACKAGE: Endpoint = Endpoint::new(
            "DssApiService",
            "create_package",
            crate::rt::Server::DSS,
            "Makes a package of the service as it is now (a version to publish).",
            &[
                Arg::new("package_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "release_notes",
                    "str",
                    Presence::Optional,
                    Place::Query("releaseNotes"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/apiservices/{service_id}/packages/{package_id}",
                    &[],
                    "ApiServiceCreatePackage",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssApiService::delete_package`.
        pub static API_SERVICE_DELETE_PACKAGE: Endpoint = Endpoint::new(
            "DssApiService",
            "delete_package",
            crate::rt::Server::DSS,
            "Deletes a package of the service.",
            &[Arg::new("package_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/apiservices/{service_id}/packages/{package_id}",
                    &[],
                    "ApiServiceDeletePackage",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssApiService::download_package_stream`.
        pub static API_SERVICE_DOWNLOAD_PACKAGE_STREAM: Endpoint = Endpoint::new(
            "DssApiService",
            "download_package_stream",
            crate::rt::Server::DSS,
            "Downloads a package's archive as a byte stream (read it as it arrives).",
            &[Arg::new("package_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/apiservices/{service_id}/packages/{package_id}/archive",
                    &[],
                    "ApiServiceDownloadPackageStream",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssApiService::download_package_to_file`.
        pub static API_SERVICE_DOWNLOAD_PACKAGE_TO_FILE: Endpoint = Endpoint::new(
            "DssApiService",
            "download_package_to_file",
            crate::rt::Server::DSS,
            "Downloads a package's archive into a file, streamed in constant memory.",
            &[
                Arg::new("package_id", "str", Presence::Required, Place::Path, false),
                Arg::new("path", "str", Presence::Required, Place::SaveTo, false),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/apiservices/{service_id}/packages/{package_id}/archive",
                    &[],
                    "ApiServiceDownloadPackageToFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::SavedToFile,
            [false, true, false],
        );
        ///`DssApiService::publish_package`.
        pub static API_SERVICE_PUBLISH_PACKAGE: Endpoint = Endpoint::new(
            "DssApiService",
            "publish_package",
            crate::rt::Server::DSS,
            "Publishes a package to the API Deployer, as a version of a published service.",
            &[
                Arg::new("package_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "published_service_id",
                    "str",
                    Presence::Optional,
                    Place::Query("publishedServiceId"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/apiservices/{service_id}/packages/{package_id}/publish",
                    &[],
                    "ApiServicePublishPackage",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssApiServiceSettings::save`.
        pub static API_SERVICE_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssApiServiceSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/apiservices/{service_id}/settings",
                    &[],
                    "ApiServiceSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssApiServiceSettings::auth_method`.
        pub static API_SERVICE_SETTINGS_AUTH_METHOD: Endpoint = Endpoint::new(
            "DssApiServiceSettings",
            "auth_method",
            crate::rt::Server::DSS,
            "How queries to the service authenticate (`PUBLIC`, `API_KEYS`, ...).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssApiServiceSettings::endpoints`.
        pub static API_SERVICE_SETTINGS_ENDPOINTS: Endpoint = Endpoint::new(
            "DssApiServiceSettings",
            "endpoints",
            crate::rt::Server::DSS,
            "The service's endpoints (change them in place, through `raw_mut`).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssApiServiceSettings::add_prediction_endpoint`.
        pub static API_SERVICE_SETTINGS_ADD_PREDICTION_ENDPOINT: Endpoint = Endpoint::new(
            "DssApiServiceSettings",
            "add_prediction_endpoint",
            crate::rt::Server::DSS,
            "Adds an endpoint serving a prediction model of the Flow (a saved model's id).",
            &[
                Arg::new(
                    "endpoint_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "saved_model_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssApiServiceSettings"),
            [true, true, false],
        );
        ///`DssApiServiceSettings::add_multitarget_prediction_endpoint`.
        pub static API_SERVICE_SETTINGS_ADD_MULTITARGET_PREDICTION_ENDPOINT: Endpoint = Endpoint::new(
            "DssApiServiceSettings",
            "add_multitarget_prediction_endpoint",
            crate::rt::Server::DSS,
            "Adds an endpoint serving a multi-target prediction model of the Flow.",
            &[
                Arg::new(
                    "endpoint_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "saved_model_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssApiServiceSettings"),
            [true, true, false],
        );
        ///`DssApiServiceSettings::add_clustering_endpoint`.
        pub static API_SERVICE_SETTINGS_ADD_CLUSTERING_ENDPOINT: Endpoint = Endpoint::new(
            "DssApiServiceSettings",
            "add_clustering_endpoint",
            crate::rt::Server::DSS,
            "Adds an endpoint serving a clustering model of the Flow.",
            &[
                Arg::new(
                    "endpoint_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "saved_model_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssApiServiceSettings"),
            [true, true, false],
        );
        ///`DssApiServiceSettings::add_forecasting_endpoint`.
        pub static API_SERVICE_SETTINGS_ADD_FORECASTING_ENDPOINT: Endpoint = Endpoint::new(
            "DssApiServiceSettings",
            "add_forecasting_endpoint",
            crate::rt::Server::DSS,
            "Adds an endpoint serving a time series forecasting model of the Flow.",
            &[
                Arg::new(
                    "endpoint_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "saved_model_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssApiServiceSettings"),
            [true, true, false],
        );
        ///`DssApiServiceSettings::add_causal_prediction_endpoint`.
        pub static API_SERVICE_SETTINGS_ADD_CAUSAL_PREDICTION_ENDPOINT: Endpoint = Endpoint::new(
            "DssApiServiceSettings",
            "add_causal_prediction_endpoint",
            crate::rt::Server::DSS,
            "Adds an endpoint serving a causal prediction model of the Flow (which may also compute the propensity; never in Java).",
            &[
                Arg::new(
                    "endpoint_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "saved_model_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "compute_propensity",
                    "bool",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("& mut DssApiServiceSettings"),
            [true, true, false],
        );
        ///`DssApiServiceSettings::get_raw`.
        pub static API_SERVICE_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssApiServiceSettings",
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
        &endpoints::PROJECT_LIST_API_SERVICES,
        &endpoints::PROJECT_GET_API_SERVICE,
        &endpoints::PROJECT_CREATE_API_SERVICE,
        &endpoints::API_SERVICE_GET_SETTINGS,
        &endpoints::API_SERVICE_GET_PACKAGE_SUMMARY,
        &endpoints::API_SERVICE_LIST_PACKAGES,
        &endpoints::API_SERVICE_CREATE_PACKAGE,
        &endpoints::API_SERVICE_DELETE_PACKAGE,
        &endpoints::API_SERVICE_DOWNLOAD_PACKAGE_STREAM,
        &endpoints::API_SERVICE_DOWNLOAD_PACKAGE_TO_FILE,
        &endpoints::API_SERVICE_PUBLISH_PACKAGE,
        &endpoints::API_SERVICE_SETTINGS_SAVE,
        &endpoints::API_SERVICE_SETTINGS_AUTH_METHOD,
        &endpoints::API_SERVICE_SETTINGS_ENDPOINTS,
        &endpoints::API_SERVICE_SETTINGS_ADD_PREDICTION_ENDPOINT,
        &endpoints::API_SERVICE_SETTINGS_ADD_MULTITARGET_PREDICTION_ENDPOINT,
        &endpoints::API_SERVICE_SETTINGS_ADD_CLUSTERING_ENDPOINT,
        &endpoints::API_SERVICE_SETTINGS_ADD_FORECASTING_ENDPOINT,
        &endpoints::API_SERVICE_SETTINGS_ADD_CAUSAL_PREDICTION_ENDPOINT,
        &endpoints::API_SERVICE_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssApiService",
                doc: "An API service of a project (dataikuapi's `DSSAPIService`): its endpoints (in its settings) and the packages made of it, which are published to the API Deployer.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "service_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssApiServiceSettings",
                doc: "The settings of a project's API service, as `get_settings` reads them (dataikuapi's `DSSAPIServiceSettings`): its endpoints and how queries authenticate; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "service_id",
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
                name: "ApiServiceSummary",
                doc: "An API service as listed by `list_api_services`.",
                members: &[
                    ModelMember {
                        name: "id",
                        wire: "id",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "project_key",
                        wire: "projectKey",
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
                        name: "auth_method",
                        wire: "authMethod",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "endpoints",
                        wire: "endpoints",
                        ty: "Option < Vec < Value > >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssApiService"),
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the project's API services.

`GET /projects/{project_key}/apiservices/`

Returns a [`ProjectListApiServices`](requests::ProjectListApiServices) request; nothing is sent until `.send()`.*/
        pub fn list_api_services(&self) -> requests::ProjectListApiServices<'_> {
            requests::ProjectListApiServices {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one API service of the project.

Builds a handle; sends no request.*/
        pub fn get_api_service(
            &self,
            service_id: impl Into<String>,
        ) -> super::handles::DssApiService {
            let service_id = service_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_service_id = service_id;
                super::handles::DssApiService {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    service_id: __f_service_id,
                }
            }
        }
        /**Creates an API service in the project (with no endpoint yet) and
returns a handle on it.

`POST /projects/{project_key}/apiservices/{service_id}`

Never retried: sending it twice could do the work twice.

Arguments:
- `service_id`: Id of the new service. Sent as a path segment.

Returns a [`ProjectCreateApiService`](requests::ProjectCreateApiService) request; nothing is sent until `.send()`.*/
        pub fn create_api_service(
            &self,
            service_id: impl Into<String>,
        ) -> requests::ProjectCreateApiService<'_> {
            requests::ProjectCreateApiService {
                __owner: self,
                service_id: service_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssApiService {
        /**Reads the service's settings (its endpoints), to change and `save`.

`GET /projects/{project_key}/apiservices/{service_id}/settings`

Returns a [`ApiServiceGetSettings`](requests::ApiServiceGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::ApiServiceGetSettings<'_> {
            requests::ApiServiceGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads what one package of the service holds (its endpoints and
their models).

`GET /projects/{project_key}/apiservices/{service_id}/packages/{package_id}/summary`

Arguments:
- `package_id`: The package's id. Sent as a path segment.

Returns a [`ApiServiceGetPackageSummary`](requests::ApiServiceGetPackageSummary) request; nothing is sent until `.send()`.*/
        pub fn get_package_summary(
            &self,
            package_id: impl Into<String>,
        ) -> requests::ApiServiceGetPackageSummary<'_> {
            requests::ApiServiceGetPackageSummary {
                __owner: self,
                package_id: package_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the packages of the service.

`GET /projects/{project_key}/apiservices/{service_id}/packages`

Returns a [`ApiServiceListPackages`](requests::ApiServiceListPackages) request; nothing is sent until `.send()`.*/
        pub fn list_packages(&self) -> requests::ApiServiceListPackages<'_> {
            requests::ApiServiceListPackages {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Makes a package of the service as it is now (a version to publish).

`POST /projects/{project_key}/apiservices/{service_id}/packages/{package_id}`

Never retried: sending it twice could do the work twice.

Arguments:
- `package_id`: Id of the new package (its version). Sent as a path segment.

Optional arguments, set by name on the returned request:
- `release_notes`: Unset by default (then left out). Sent as query parameter `releaseNotes`.

Returns a [`ApiServiceCreatePackage`](requests::ApiServiceCreatePackage) request; nothing is sent until `.send()`.*/
        pub fn create_package(
            &self,
            package_id: impl Into<String>,
        ) -> requests::ApiServiceCreatePackage<'_> {
            requests::ApiServiceCreatePackage {
                __owner: self,
                package_id: package_id.into(),
                release_notes: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes a package of the service.

`DELETE /projects/{project_key}/apiservices/{service_id}/packages/{package_id}`

Arguments:
- `package_id`: The package's id. Sent as a path segment.

Returns a [`ApiServiceDeletePackage`](requests::ApiServiceDeletePackage) request; nothing is sent until `.send()`.*/
        pub fn delete_package(
            &self,
            package_id: impl Into<String>,
        ) -> requests::ApiServiceDeletePackage<'_> {
            requests::ApiServiceDeletePackage {
                __owner: self,
                package_id: package_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Downloads a package's archive as a byte stream (read it as it
arrives).

`GET /projects/{project_key}/apiservices/{service_id}/packages/{package_id}/archive`

Arguments:
- `package_id`: The package's id. Sent as a path segment.

Returns a [`ApiServiceDownloadPackageStream`](requests::ApiServiceDownloadPackageStream) request; nothing is sent until `.send()`.*/
        pub fn download_package_stream(
            &self,
            package_id: impl Into<String>,
        ) -> requests::ApiServiceDownloadPackageStream<'_> {
            requests::ApiServiceDownloadPackageStream {
                __owner: self,
                package_id: package_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Downloads a package's archive into a file, streamed in constant
memory. Returns the number of bytes written.

`GET /projects/{project_key}/apiservices/{service_id}/packages/{package_id}/archive`

Arguments:
- `package_id`: The package's id. Sent as a path segment.
- `path`: Where to write the archive. Sent as the local file the answer is written to.

Returns a [`ApiServiceDownloadPackageToFile`](requests::ApiServiceDownloadPackageToFile) request; nothing is sent until `.send()`.*/
        pub fn download_package_to_file(
            &self,
            package_id: impl Into<String>,
            path: impl AsRef<::std::path::Path>,
        ) -> requests::ApiServiceDownloadPackageToFile<'_> {
            requests::ApiServiceDownloadPackageToFile {
                __owner: self,
                package_id: package_id.into(),
                path: ::std::path::Path::to_path_buf(path.as_ref()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Publishes a package to the API Deployer, as a version of a published
service.

`POST /projects/{project_key}/apiservices/{service_id}/packages/{package_id}/publish`

Never retried: sending it twice could do the work twice.

Arguments:
- `package_id`: The package's id. Sent as a path segment.

Optional arguments, set by name on the returned request:
- `published_service_id`: Unset by default (then left out). Sent as query parameter `publishedServiceId`.

Returns a [`ApiServicePublishPackage`](requests::ApiServicePublishPackage) request; nothing is sent until `.send()`.*/
        pub fn publish_package(
            &self,
            package_id: impl Into<String>,
        ) -> requests::ApiServicePublishPackage<'_> {
            requests::ApiServicePublishPackage {
                __owner: self,
                package_id: package_id.into(),
                published_service_id: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssApiServiceSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /projects/{project_key}/apiservices/{service_id}/settings`

Returns a [`ApiServiceSettingsSave`](requests::ApiServiceSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::ApiServiceSettingsSave<'_> {
            requests::ApiServiceSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**How queries to the service authenticate (`PUBLIC`, `API_KEYS`, ...).

Reads the document this value holds; sends no request.*/
        pub fn auth_method(&self) -> ::core::option::Option<&str> {
            self.document.get("authMethod").and_then(::serde_json::Value::as_str)
        }
        /**The service's endpoints (change them in place, through `raw_mut`).

Reads the document this value holds; sends no request.*/
        pub fn endpoints(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("endpoints")
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
            impl super::handles::DssApiServiceSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_prediction_endpoint(
                    &mut self,
                    endpoint_id: &str,
                    saved_model_id: &str,
                ) -> &mut DssApiServiceSettings {
                    self.add_prediction_endpoint(endpoint_id, saved_model_id)
                }
            }
            impl super::handles::DssApiServiceSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_multitarget_prediction_endpoint(
                    &mut self,
                    endpoint_id: &str,
                    saved_model_id: &str,
                ) -> &mut DssApiServiceSettings {
                    self.add_multitarget_prediction_endpoint(endpoint_id, saved_model_id)
                }
            }
            impl super::handles::DssApiServiceSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_clustering_endpoint(
                    &mut self,
                    endpoint_id: &str,
                    saved_model_id: &str,
                ) -> &mut DssApiServiceSettings {
                    self.add_clustering_endpoint(endpoint_id, saved_model_id)
                }
            }
            impl super::handles::DssApiServiceSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_forecasting_endpoint(
                    &mut self,
                    endpoint_id: &str,
                    saved_model_id: &str,
                ) -> &mut DssApiServiceSettings {
                    self.add_forecasting_endpoint(endpoint_id, saved_model_id)
                }
            }
            impl super::handles::DssApiServiceSettings {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_add_causal_prediction_endpoint(
                    &mut self,
                    endpoint_id: &str,
                    saved_model_id: &str,
                    compute_propensity: bool,
                ) -> &mut DssApiServiceSettings {
                    self.add_causal_prediction_endpoint(
                        endpoint_id,
                        saved_model_id,
                        compute_propensity,
                    )
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
                ("DssProject", "list_api_services") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_api_services();
                        let __endpoint = requests::ProjectListApiServices::ENDPOINT;
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
                ("DssProject", "create_api_service") => {
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
                            .create_api_service(args.str("service_id")?);
                        let __endpoint = requests::ProjectCreateApiService::ENDPOINT;
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
                ("DssApiService", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_service_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssApiService", ids)?;
                        let __owner = super::handles::DssApiService {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::ApiServiceGetSettings::ENDPOINT;
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
                ("DssApiService", "get_package_summary") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_service_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssApiService", ids)?;
                        let __owner = super::handles::DssApiService {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .get_package_summary(args.str("package_id")?);
                        let __endpoint = requests::ApiServiceGetPackageSummary::ENDPOINT;
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
                ("DssApiService", "list_packages") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_service_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssApiService", ids)?;
                        let __owner = super::handles::DssApiService {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_packages();
                        let __endpoint = requests::ApiServiceListPackages::ENDPOINT;
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
                ("DssApiService", "create_package") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_service_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssApiService", ids)?;
                        let __owner = super::handles::DssApiService {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_package(args.str("package_id")?);
                        let __endpoint = requests::ApiServiceCreatePackage::ENDPOINT;
                        if let Some(__v) = args.opt_str("release_notes")? {
                            __r = __r.release_notes(__v);
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
                ("DssApiService", "delete_package") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_service_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssApiService", ids)?;
                        let __owner = super::handles::DssApiService {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete_package(args.str("package_id")?);
                        let __endpoint = requests::ApiServiceDeletePackage::ENDPOINT;
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
                ("DssApiService", "download_package_stream") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_service_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssApiService", ids)?;
                        let __owner = super::handles::DssApiService {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .download_package_stream(args.str("package_id")?);
                        let __endpoint = requests::ApiServiceDownloadPackageStream::ENDPOINT;
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
                ("DssApiService", "download_package_to_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_service_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssApiService", ids)?;
                        let __owner = super::handles::DssApiService {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .download_package_to_file(
                                args.str("package_id")?,
                                args.str("path")?,
                            );
                        let __endpoint = requests::ApiServiceDownloadPackageToFile::ENDPOINT;
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
                ("DssApiService", "publish_package") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_service_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssApiService", ids)?;
                        let __owner = super::handles::DssApiService {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            service_id: __id_service_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.publish_package(args.str("package_id")?);
                        let __endpoint = requests::ApiServicePublishPackage::ENDPOINT;
                        if let Some(__v) = args.opt_str("published_service_id")? {
                            __r = __r.published_service_id(__v);
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
                ("DssApiServiceSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_service_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssApiServiceSettings", ids)?;
                        let __owner = super::handles::DssApiServiceSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            service_id: __id_service_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::ApiServiceSettingsSave::ENDPOINT;
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
                "DssApiServiceSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_service_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssApiService", ids)?;
                        let __owner = super::handles::DssApiService {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            service_id: __id_service_id,
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
            let model: super::models::ApiServiceSummary = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"projectKey\":\"plain\",\"name\":\"plain\",\"authMethod\":\"plain\",\"endpoints\":[{\"k\":\"plain\"}],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ApiServiceSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ApiServiceSummary"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssApiService {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                service_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssApiService"
            );
            checked += 1;
            let handle = super::handles::DssApiServiceSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                service_id: ::std::string::String::from("plain"),
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
                "DssApiServiceSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
