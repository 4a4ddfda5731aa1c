// The expansion of `business_apps.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/business_apps.dss`.
pub mod spec_business_apps {
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
        /**A business app, named by its id (dataikuapi's `DSSBusinessApp`, whose
constructor takes the `business_app_id`).*/
        #[derive(Clone)]
        pub struct DssBusinessApp {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) business_app_id: String,
        }
        impl DssBusinessApp {
            ///The `business_app_id` this handle points at.
            pub fn business_app_id(&self) -> &str {
                &self.business_app_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssBusinessApp {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssBusinessApp")
                    .field("business_app_id", &self.business_app_id)
                    .finish_non_exhaustive()
            }
        }
        ///An instance of a business app: the project it runs in.
        #[derive(Clone)]
        pub struct DssBusinessAppInstance {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) business_app_id: String,
            pub(crate) project_key: String,
        }
        impl DssBusinessAppInstance {
            ///The `business_app_id` this handle points at.
            pub fn business_app_id(&self) -> &str {
                &self.business_app_id
            }
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssBusinessAppInstance {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssBusinessAppInstance")
                    .field("business_app_id", &self.business_app_id)
                    .field("project_key", &self.project_key)
                    .finish_non_exhaustive()
            }
        }
        /**The details of a business app, as `get_details` reads them
(dataikuapi's `DSSBusinessAppDetails`): name, version, description, its
webapp, code environment, connections and settings.*/
        #[derive(Clone)]
        pub struct DssBusinessAppDetails {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) business_app_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssBusinessAppDetails {
            ///The `business_app_id` this handle points at.
            pub fn business_app_id(&self) -> &str {
                &self.business_app_id
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
        impl ::core::fmt::Debug for DssBusinessAppDetails {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssBusinessAppDetails")
                    .field("business_app_id", &self.business_app_id)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a business app, as `get_settings` reads them
(dataikuapi's `DSSBusinessAppSettings`): its remappings; changed, then
sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssBusinessAppSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) business_app_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssBusinessAppSettings {
            ///The `business_app_id` this handle points at.
            pub fn business_app_id(&self) -> &str {
                &self.business_app_id
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
        impl ::core::fmt::Debug for DssBusinessAppSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssBusinessAppSettings")
                    .field("business_app_id", &self.business_app_id)
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
        /**An instance as listed by `list_instances`; its project key names it in
[`DssBusinessApp::get_instance`](crate::DssBusinessApp::get_instance).*/
        #[derive(Clone, PartialEq)]
        pub struct BusinessAppInstanceListItem {
            ///Key of the instance's project.
            pub project_key: String,
            ///Display name.
            pub name: Option<String>,
            ///The version of the business app it runs.
            pub business_app_version: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for BusinessAppInstanceListItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = BusinessAppInstanceListItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `BusinessAppInstanceListItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<BusinessAppInstanceListItem, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_business_app_version: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
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
                                "businessAppVersion" => {
                                    __m_business_app_version = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "businessAppVersion",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(BusinessAppInstanceListItem {
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
                            business_app_version: __m_business_app_version,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for BusinessAppInstanceListItem {
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
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "name",
                    &self.name,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "businessAppVersion",
                    &self.business_app_version,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for BusinessAppInstanceListItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("BusinessAppInstanceListItem")
                    .field("project_key", &self.project_key)
                    .field("name", &self.name)
                    .field("business_app_version", &self.business_app_version)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl BusinessAppInstanceListItem {}
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
        ///Request value of [`DssBusinessApp::get_details`](super::super::handles::DssBusinessApp::get_details): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct BusinessAppGetDetails<'a> {
            pub(crate) __owner: &'a super::super::handles::DssBusinessApp,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> BusinessAppGetDetails<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssBusinessApp,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/business-apps/");
                __call.segment("business_app_id", &__owner.business_app_id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /business-apps/{business_app_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssBusinessAppDetails, crate::rt::Error> {
                let (__call, (__owner,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_business_app_id = ::core::clone::Clone::clone(
                                &__owner.business_app_id,
                            );
                            super::super::handles::DssBusinessAppDetails {
                                client: ::core::clone::Clone::clone(__client),
                                business_app_id: __f_business_app_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            BusinessAppGetDetails, super::endpoints::BUSINESS_APP_GET_DETAILS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for BusinessAppGetDetails<'_> {}
        ///Request value of [`DssBusinessApp::get_settings`](super::super::handles::DssBusinessApp::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct BusinessAppGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssBusinessApp,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> BusinessAppGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssBusinessApp,)),
                crate::rt::Error,
            > {
                let Self { __owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/business-apps/");
                __call.segment("business_app_id", &__owner.business_app_id, false)?;
                __call.lit("/settings");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /business-apps/{business_app_id}/settings`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssBusinessAppSettings,
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
                            let __f_business_app_id = ::core::clone::Clone::clone(
                                &__owner.business_app_id,
                            );
                            super::super::handles::DssBusinessAppSettings {
                                client: ::core::clone::Clone::clone(__client),
                                business_app_id: __f_business_app_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            BusinessAppGetSettings, super::endpoints::BUSINESS_APP_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for BusinessAppGetSettings<'_> {}
        ///Request value of [`DssBusinessApp::upgrade_from_store`](super::super::handles::DssBusinessApp::upgrade_from_store): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct BusinessAppUpgradeFromStore<'a> {
            pub(crate) __owner: &'a super::super::handles::DssBusinessApp,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> BusinessAppUpgradeFromStore<'a> {
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
                __call.lit("/business-apps/");
                __call.segment("business_app_id", &__owner.business_app_id, false)?;
                __call.lit("/upgrade-from-store");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /business-apps/{business_app_id}/upgrade-from-store`) and returns the answer.
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
            BusinessAppUpgradeFromStore,
            super::endpoints::BUSINESS_APP_UPGRADE_FROM_STORE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for BusinessAppUpgradeFromStore<'_> {}
        ///Request value of [`DssBusinessApp::create_code_env`](super::super::handles::DssBusinessApp::create_code_env): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct BusinessAppCreateCodeEnv<'a> {
            pub(crate) __owner: &'a super::super::handles::DssBusinessApp,
            pub(crate) python_interpreter: Option<String>,
            pub(crate) conda: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> BusinessAppCreateCodeEnv<'a> {
            /**The Python interpreter (`PYTHON311`, ...; none: DSS's default).

Unset by default (then sent as `null`). Sent as JSON member `pythonInterpreter`.*/
            pub fn python_interpreter(
                mut self,
                python_interpreter: impl Into<String>,
            ) -> Self {
                self.python_interpreter = Some(python_interpreter.into());
                self
            }
            /**Make it a conda environment.

Default: `false`. Sent as JSON member `conda`.*/
            pub fn conda(mut self, conda: bool) -> Self {
                self.conda = conda;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, python_interpreter, conda, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/business-apps/");
                __call.segment("business_app_id", &__owner.business_app_id, false)?;
                __call.lit("/code-env/actions/create");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("deploymentMode"),
                                    ::serde_json::Value::from("BUSINESS_APP_MANAGED"),
                                );
                            __map
                                .insert(
                                    String::from("conda"),
                                    ::serde_json::Value::from(conda),
                                );
                            __map
                                .insert(
                                    String::from("pythonInterpreter"),
                                    ::serde_json::Value::from(python_interpreter),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /business-apps/{business_app_id}/code-env/actions/create`) and returns the answer.
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
            BusinessAppCreateCodeEnv, super::endpoints::BUSINESS_APP_CREATE_CODE_ENV,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for BusinessAppCreateCodeEnv<'_> {}
        ///Request value of [`DssBusinessApp::update_code_env`](super::super::handles::DssBusinessApp::update_code_env): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct BusinessAppUpdateCodeEnv<'a> {
            pub(crate) __owner: &'a super::super::handles::DssBusinessApp,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> BusinessAppUpdateCodeEnv<'a> {
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
                __call.lit("/business-apps/");
                __call.segment("business_app_id", &__owner.business_app_id, false)?;
                __call.lit("/code-env/actions/update");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /business-apps/{business_app_id}/code-env/actions/update`) and returns the answer.
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
            BusinessAppUpdateCodeEnv, super::endpoints::BUSINESS_APP_UPDATE_CODE_ENV,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for BusinessAppUpdateCodeEnv<'_> {}
        ///Request value of [`DssBusinessApp::delete`](super::super::handles::DssBusinessApp::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct BusinessAppDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssBusinessApp,
            pub(crate) force: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> BusinessAppDelete<'a> {
            /**Delete it even when instances of it exist.

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
                __call.lit("/business-apps/");
                __call.segment("business_app_id", &__owner.business_app_id, false)?;
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
            ///Sends the request (`POST /business-apps/{business_app_id}/actions/delete`) and returns the answer.
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
            BusinessAppDelete, super::endpoints::BUSINESS_APP_DELETE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for BusinessAppDelete<'_> {}
        ///Request value of [`DssBusinessApp::list_instances`](super::super::handles::DssBusinessApp::list_instances): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct BusinessAppListInstances<'a> {
            pub(crate) __owner: &'a super::super::handles::DssBusinessApp,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> BusinessAppListInstances<'a> {
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
                __call.lit("/business-apps/");
                __call.segment("business_app_id", &__owner.business_app_id, false)?;
                __call.lit("/instances");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            BusinessAppListInstances, super::endpoints::BUSINESS_APP_LIST_INSTANCES,
            json(Vec < BusinessAppInstanceListItem >,
            "Sends the request (`GET /business-apps/{business_app_id}/instances`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for BusinessAppListInstances<'_> {}
        ///Request value of [`DssBusinessApp::create_instance`](super::super::handles::DssBusinessApp::create_instance): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct BusinessAppCreateInstance<'a> {
            pub(crate) __owner: &'a super::super::handles::DssBusinessApp,
            pub(crate) project_key: String,
            pub(crate) project_name: String,
            pub(crate) short_desc: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> BusinessAppCreateInstance<'a> {
            /**Its short description.

Unset by default (then sent as `null`). Sent as JSON member `shortDesc`.*/
            pub fn short_desc(mut self, short_desc: impl Into<String>) -> Self {
                self.short_desc = Some(short_desc.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, project_key, project_name, short_desc, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/business-apps/");
                __call.segment("business_app_id", &__owner.business_app_id, false)?;
                __call.lit("/instances");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(project_key),
                                );
                            __map
                                .insert(
                                    String::from("projectName"),
                                    ::serde_json::Value::from(project_name),
                                );
                            __map
                                .insert(
                                    String::from("shortDesc"),
                                    ::serde_json::Value::from(short_desc),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /business-apps/{business_app_id}/instances`) and returns the answer.
            pub fn send(self) -> Result<Value, crate::rt::Error> {
                crate::rt::wait_task::<_, Value>(self.start()?)
            }
            ///Starts the task, waits for it with the default wait options, and decodes its result into the caller's own type (any `DeserializeOwned` type).
            pub fn send_as<__T: ::serde::de::DeserializeOwned>(
                self,
            ) -> Result<__T, crate::rt::Error> {
                crate::rt::wait_task::<_, __T>(self.start()?)
            }
            ///Starts the task and returns its handle without waiting (dataikuapi's `wait=False`).
            pub fn start(
                self,
            ) -> Result<super::super::handles::DssFuture, crate::rt::Error> {
                let (__call, _) = self.__prepare(true)?;
                crate::rt::finish(
                    __call,
                    |__call| {
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
            BusinessAppCreateInstance, super::endpoints::BUSINESS_APP_CREATE_INSTANCE,
            plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for BusinessAppCreateInstance<'_> {}
        ///Request value of [`DssBusinessAppInstance::upgrade`](super::super::handles::DssBusinessAppInstance::upgrade): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct BusinessAppInstanceUpgrade<'a> {
            pub(crate) __owner: &'a super::super::handles::DssBusinessAppInstance,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> BusinessAppInstanceUpgrade<'a> {
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
                __call.lit("/business-apps/");
                __call.segment("business_app_id", &__owner.business_app_id, false)?;
                __call.lit("/instances/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/upgrade");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /business-apps/{business_app_id}/instances/{project_key}/upgrade`) and returns the answer.
            pub fn send(self) -> Result<Value, crate::rt::Error> {
                crate::rt::wait_task::<_, Value>(self.start()?)
            }
            ///Starts the task, waits for it with the default wait options, and decodes its result into the caller's own type (any `DeserializeOwned` type).
            pub fn send_as<__T: ::serde::de::DeserializeOwned>(
                self,
            ) -> Result<__T, crate::rt::Error> {
                crate::rt::wait_task::<_, __T>(self.start()?)
            }
            ///Starts the task and returns its handle without waiting (dataikuapi's `wait=False`).
            pub fn start(
                self,
            ) -> Result<super::super::handles::DssFuture, crate::rt::Error> {
                let (__call, _) = self.__prepare(true)?;
                crate::rt::finish(
                    __call,
                    |__call| {
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
            BusinessAppInstanceUpgrade, super::endpoints::BUSINESS_APP_INSTANCE_UPGRADE,
            plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for BusinessAppInstanceUpgrade<'_> {}
        ///Request value of [`DssBusinessAppInstance::start_or_restart`](super::super::handles::DssBusinessAppInstance::start_or_restart): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct BusinessAppInstanceStartOrRestart<'a> {
            pub(crate) __owner: &'a super::super::handles::DssBusinessAppInstance,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> BusinessAppInstanceStartOrRestart<'a> {
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
                __call.lit("/business-apps/");
                __call.segment("business_app_id", &__owner.business_app_id, false)?;
                __call.lit("/instances/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/restart");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /business-apps/{business_app_id}/instances/{project_key}/restart`) and returns the answer.
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
            BusinessAppInstanceStartOrRestart,
            super::endpoints::BUSINESS_APP_INSTANCE_START_OR_RESTART, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for BusinessAppInstanceStartOrRestart<'_> {}
        ///Request value of [`DssBusinessAppInstance::stop`](super::super::handles::DssBusinessAppInstance::stop): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct BusinessAppInstanceStop<'a> {
            pub(crate) __owner: &'a super::super::handles::DssBusinessAppInstance,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> BusinessAppInstanceStop<'a> {
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
                __call.lit("/business-apps/");
                __call.segment("business_app_id", &__owner.business_app_id, false)?;
                __call.lit("/instances/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/stop");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            BusinessAppInstanceStop, super::endpoints::BUSINESS_APP_INSTANCE_STOP,
            unit("Sends the request (`POST /business-apps/{business_app_id}/instances/{project_key}/stop`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for BusinessAppInstanceStop<'_> {}
        ///Request value of [`DssBusinessAppInstance::delete`](super::super::handles::DssBusinessAppInstance::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct BusinessAppInstanceDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssBusinessAppInstance,
            pub(crate) clear_managed_datasets: bool,
            pub(crate) clear_output_managed_folders: bool,
            pub(crate) clear_job_and_scenario_logs: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> BusinessAppInstanceDelete<'a> {
            /**Also delete the data of managed datasets.

Default: `true`. Sent as query parameter `clearManagedDatasets`.*/
            pub fn clear_managed_datasets(
                mut self,
                clear_managed_datasets: bool,
            ) -> Self {
                self.clear_managed_datasets = clear_managed_datasets;
                self
            }
            /**Also delete the content of managed output folders.

Default: `true`. Sent as query parameter `clearOutputManagedFolders`.*/
            pub fn clear_output_managed_folders(
                mut self,
                clear_output_managed_folders: bool,
            ) -> Self {
                self.clear_output_managed_folders = clear_output_managed_folders;
                self
            }
            /**Also delete job and scenario logs.

Default: `true`. Sent as query parameter `clearJobAndScenarioLogs`.*/
            pub fn clear_job_and_scenario_logs(
                mut self,
                clear_job_and_scenario_logs: bool,
            ) -> Self {
                self.clear_job_and_scenario_logs = clear_job_and_scenario_logs;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    clear_managed_datasets,
                    clear_output_managed_folders,
                    clear_job_and_scenario_logs,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.query("clearManagedDatasets", &clear_managed_datasets);
                __call.query("clearOutputManagedFolders", &clear_output_managed_folders);
                __call.query("clearJobAndScenarioLogs", &clear_job_and_scenario_logs);
                __call.query("clearManagedKnowledgeBanks", "false");
                __call.query("wait", "true");
                Ok((__call, ()))
            }
            ///Sends the request (`DELETE /projects/{project_key}`) and returns the answer.
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
            BusinessAppInstanceDelete, super::endpoints::BUSINESS_APP_INSTANCE_DELETE,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for BusinessAppInstanceDelete<'_> {}
        ///Request value of [`DssBusinessAppInstance::get_user_permissions`](super::super::handles::DssBusinessAppInstance::get_user_permissions): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct BusinessAppInstanceGetUserPermissions<'a> {
            pub(crate) __owner: &'a super::super::handles::DssBusinessAppInstance,
            pub(crate) user: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> BusinessAppInstanceGetUserPermissions<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, user, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/business-apps/");
                __call.segment("business_app_id", &__owner.business_app_id, false)?;
                __call.lit("/instances/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/permissions/");
                __call.segment("user", &user, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            BusinessAppInstanceGetUserPermissions,
            super::endpoints::BUSINESS_APP_INSTANCE_GET_USER_PERMISSIONS, json(Value,
            "Sends the request (`GET /business-apps/{business_app_id}/instances/{project_key}/permissions/{user}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for BusinessAppInstanceGetUserPermissions<'_> {}
        ///Request value of [`DssBusinessAppSettings::save`](super::super::handles::DssBusinessAppSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct BusinessAppSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssBusinessAppSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> BusinessAppSettingsSave<'a> {
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
                __call.lit("/business-apps/");
                __call.segment("business_app_id", &__owner.business_app_id, false)?;
                __call.lit("/settings");
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            BusinessAppSettingsSave, super::endpoints::BUSINESS_APP_SETTINGS_SAVE,
            unit("Sends the request (`PUT /business-apps/{business_app_id}/settings`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for BusinessAppSettingsSave<'_> {}
        crate::rt::request_list!(
            BusinessAppGetDetails, BusinessAppGetSettings, BusinessAppUpgradeFromStore,
            BusinessAppCreateCodeEnv, BusinessAppUpdateCodeEnv, BusinessAppDelete,
            BusinessAppListInstances, BusinessAppCreateInstance,
            BusinessAppInstanceUpgrade, BusinessAppInstanceStartOrRestart,
            BusinessAppInstanceStop, BusinessAppInstanceDelete,
            BusinessAppInstanceGetUserPermissions, BusinessAppSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssBusinessApp::get_details`.
        pub static BUSINESS_APP_GET_DETAILS: Endpoint = Endpoint::new(
            "DssBusinessApp",
            "get_details",
            crate::rt::Server::DSS,
            "Reads the business app's details.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/business-apps/{business_app_id}",
                    &[],
                    "BusinessAppGetDetails",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssBusinessAppDetails"),
            [false, true, false],
        );
        ///`DssBusinessApp::get_settings`.
        pub static BUSINESS_APP_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssBusinessApp",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the business app's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/business-apps/{business_app_id}/settings",
                    &[],
                    "BusinessAppGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssBusinessAppSettings"),
            [false, true, false],
        );
        ///`DssBusinessApp::upgrade_from_store`.
        pub static BUSINESS_APP_UPGRADE_FROM_STORE: Endpoint = Endpoint::new(
            "DssBusinessApp",
            "upgrade_from_store",
            crate::rt::Server::DSS,
            "Upgrades the business app to the store's latest version; returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/business-apps/{business_app_id}/upgrade-from-store",
                    &[],
                    "BusinessAppUpgradeFromStore",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssBusinessApp::create_code_env`.
        pub static BUSINESS_APP_CREATE_CODE_ENV: Endpoint = Endpoint::new(
            "DssBusinessApp",
            "create_code_env",
            crate::rt::Server::DSS,
            "Creates the business app's own code environment; returns the task.",
            &[
                Arg::new(
                    "python_interpreter",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "pythonInterpreter",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "conda",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "conda",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/business-apps/{business_app_id}/code-env/actions/create",
                    &[],
                    "BusinessAppCreateCodeEnv",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssBusinessApp::update_code_env`.
        pub static BUSINESS_APP_UPDATE_CODE_ENV: Endpoint = Endpoint::new(
            "DssBusinessApp",
            "update_code_env",
            crate::rt::Server::DSS,
            "Updates the business app's code environment; returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/business-apps/{business_app_id}/code-env/actions/update",
                    &[],
                    "BusinessAppUpdateCodeEnv",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssBusinessApp::delete`.
        pub static BUSINESS_APP_DELETE: Endpoint = Endpoint::new(
            "DssBusinessApp",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the business app; returns the task.",
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
                    "/business-apps/{business_app_id}/actions/delete",
                    &[],
                    "BusinessAppDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssBusinessApp::list_instances`.
        pub static BUSINESS_APP_LIST_INSTANCES: Endpoint = Endpoint::new(
            "DssBusinessApp",
            "list_instances",
            crate::rt::Server::DSS,
            "Lists the instances of the business app.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/business-apps/{business_app_id}/instances",
                    &[],
                    "BusinessAppListInstances",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < BusinessAppInstanceListItem >"),
            [false, true, false],
        );
        ///`DssBusinessApp::get_instance`.
        pub static BUSINESS_APP_GET_INSTANCE: Endpoint = Endpoint::new(
            "DssBusinessApp",
            "get_instance",
            crate::rt::Server::DSS,
            "A handle on one instance, named by its project key.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssBusinessAppInstance"),
            [false, true, false],
        );
        ///`DssBusinessApp::create_instance`.
        pub static BUSINESS_APP_CREATE_INSTANCE: Endpoint = Endpoint::new(
            "DssBusinessApp",
            "create_instance",
            crate::rt::Server::DSS,
            "Creates an instance of the business app (a new project), waits for the creation task and returns its result; `.start()` returns the task instead (dataikuapi's `wait=False`).",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "projectKey",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "project_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "projectName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "short_desc",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "shortDesc",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/business-apps/{business_app_id}/instances",
                    &[],
                    "BusinessAppCreateInstance",
                    [false, false, true, false, false],
                ),
            ),
            ResultKind::Wait("Value"),
            [false, true, false],
        );
        ///`DssBusinessAppInstance::get_as_project`.
        pub static BUSINESS_APP_INSTANCE_GET_AS_PROJECT: Endpoint = Endpoint::new(
            "DssBusinessAppInstance",
            "get_as_project",
            crate::rt::Server::DSS,
            "A handle on the instance's project.",
            &[],
            None,
            ResultKind::Handle("DssProject"),
            [false, true, false],
        );
        ///`DssBusinessAppInstance::upgrade`.
        pub static BUSINESS_APP_INSTANCE_UPGRADE: Endpoint = Endpoint::new(
            "DssBusinessAppInstance",
            "upgrade",
            crate::rt::Server::DSS,
            "Upgrades the instance to the business app's version, waits for the task and returns its result; `.start()` returns the task instead.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/business-apps/{business_app_id}/instances/{project_key}/upgrade",
                    &[],
                    "BusinessAppInstanceUpgrade",
                    [false, false, true, false, false],
                ),
            ),
            ResultKind::Wait("Value"),
            [false, true, false],
        );
        ///`DssBusinessAppInstance::start_or_restart`.
        pub static BUSINESS_APP_INSTANCE_START_OR_RESTART: Endpoint = Endpoint::new(
            "DssBusinessAppInstance",
            "start_or_restart",
            crate::rt::Server::DSS,
            "Starts the instance, or restarts it when it runs; returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/business-apps/{business_app_id}/instances/{project_key}/restart",
                    &[],
                    "BusinessAppInstanceStartOrRestart",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssBusinessAppInstance::stop`.
        pub static BUSINESS_APP_INSTANCE_STOP: Endpoint = Endpoint::new(
            "DssBusinessAppInstance",
            "stop",
            crate::rt::Server::DSS,
            "Stops the instance.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/business-apps/{business_app_id}/instances/{project_key}/stop",
                    &[],
                    "BusinessAppInstanceStop",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssBusinessAppInstance::delete`.
        pub static BUSINESS_APP_INSTANCE_DELETE: Endpoint = Endpoint::new(
            "DssBusinessAppInstance",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the instance's project (as [`DssProject::delete`](crate::DssProject::delete), whose data it clears by default).",
            &[
                Arg::new(
                    "clear_managed_datasets",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("clearManagedDatasets"),
                    false,
                ),
                Arg::new(
                    "clear_output_managed_folders",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("clearOutputManagedFolders"),
                    false,
                ),
                Arg::new(
                    "clear_job_and_scenario_logs",
                    "bool",
                    Presence::Default("true"),
                    Place::Query("clearJobAndScenarioLogs"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}",
                    &[("clearManagedKnowledgeBanks", "false"), ("wait", "true")],
                    "BusinessAppInstanceDelete",
                    [true, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssBusinessAppInstance::get_user_permissions`.
        pub static BUSINESS_APP_INSTANCE_GET_USER_PERMISSIONS: Endpoint = Endpoint::new(
            "DssBusinessAppInstance",
            "get_user_permissions",
            crate::rt::Server::DSS,
            "Reads what a user may do on the instance.",
            &[Arg::new("user", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/business-apps/{business_app_id}/instances/{project_key}/permissions/{user}",
                    &[],
                    "BusinessAppInstanceGetUserPermissions",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssBusinessAppDetails::name`.
        pub static BUSINESS_APP_DETAILS_NAME: Endpoint = Endpoint::new(
            "DssBusinessAppDetails",
            "name",
            crate::rt::Server::DSS,
            "The business app's name.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssBusinessAppDetails::version`.
        pub static BUSINESS_APP_DETAILS_VERSION: Endpoint = Endpoint::new(
            "DssBusinessAppDetails",
            "version",
            crate::rt::Server::DSS,
            "Its version.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssBusinessAppDetails::description`.
        pub static BUSINESS_APP_DETAILS_DESCRIPTION: Endpoint = Endpoint::new(
            "DssBusinessAppDetails",
            "description",
            crate::rt::Server::DSS,
            "Its description.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssBusinessAppDetails::web_app_id`.
        pub static BUSINESS_APP_DETAILS_WEB_APP_ID: Endpoint = Endpoint::new(
            "DssBusinessAppDetails",
            "web_app_id",
            crate::rt::Server::DSS,
            "The id of its webapp.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssBusinessAppDetails::code_env_name`.
        pub static BUSINESS_APP_DETAILS_CODE_ENV_NAME: Endpoint = Endpoint::new(
            "DssBusinessAppDetails",
            "code_env_name",
            crate::rt::Server::DSS,
            "The name of its code environment.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssBusinessAppDetails::connections`.
        pub static BUSINESS_APP_DETAILS_CONNECTIONS: Endpoint = Endpoint::new(
            "DssBusinessAppDetails",
            "connections",
            crate::rt::Server::DSS,
            "Its connections.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssBusinessAppDetails::settings`.
        pub static BUSINESS_APP_DETAILS_SETTINGS: Endpoint = Endpoint::new(
            "DssBusinessAppDetails",
            "settings",
            crate::rt::Server::DSS,
            "Its settings (`remapping`, ...).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssBusinessAppSettings::save`.
        pub static BUSINESS_APP_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssBusinessAppSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/business-apps/{business_app_id}/settings",
                    &[],
                    "BusinessAppSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssBusinessAppSettings::remapping`.
        pub static BUSINESS_APP_SETTINGS_REMAPPING: Endpoint = Endpoint::new(
            "DssBusinessAppSettings",
            "remapping",
            crate::rt::Server::DSS,
            "The remappings of connections and code environments.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssBusinessAppSettings::set_remapping`.
        pub static BUSINESS_APP_SETTINGS_SET_REMAPPING: Endpoint = Endpoint::new(
            "DssBusinessAppSettings",
            "set_remapping",
            crate::rt::Server::DSS,
            "Sets the remappings.",
            &[
                Arg::new(
                    "value",
                    "json",
                    Presence::Required,
                    Place::Document("remapping"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssBusinessAppDetails::get_raw`.
        pub static BUSINESS_APP_DETAILS_GET_RAW: Endpoint = Endpoint::new(
            "DssBusinessAppDetails",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssBusinessAppSettings::get_raw`.
        pub static BUSINESS_APP_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssBusinessAppSettings",
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
        &endpoints::BUSINESS_APP_GET_DETAILS,
        &endpoints::BUSINESS_APP_GET_SETTINGS,
        &endpoints::BUSINESS_APP_UPGRADE_FROM_STORE,
        &endpoints::BUSINESS_APP_CREATE_CODE_ENV,
        &endpoints::BUSINESS_APP_UPDATE_CODE_ENV,
        &endpoints::BUSINESS_APP_DELETE,
        &endpoints::BUSINESS_APP_LIST_INSTANCES,
        &endpoints::BUSINESS_APP_GET_INSTANCE,
        &endpoints::BUSINESS_APP_CREATE_INSTANCE,
        &endpoints::BUSINESS_APP_INSTANCE_GET_AS_PROJECT,
        &endpoints::BUSINESS_APP_INSTANCE_UPGRADE,
        &endpoints::BUSINESS_APP_INSTANCE_START_OR_RESTART,
        &endpoints::BUSINESS_APP_INSTANCE_STOP,
        &endpoints::BUSINESS_APP_INSTANCE_DELETE,
        &endpoints::BUSINESS_APP_INSTANCE_GET_USER_PERMISSIONS,
        &endpoints::BUSINESS_APP_DETAILS_NAME,
        &endpoints::BUSINESS_APP_DETAILS_VERSION,
        &endpoints::BUSINESS_APP_DETAILS_DESCRIPTION,
        &endpoints::BUSINESS_APP_DETAILS_WEB_APP_ID,
        &endpoints::BUSINESS_APP_DETAILS_CODE_ENV_NAME,
        &endpoints::BUSINESS_APP_DETAILS_CONNECTIONS,
        &endpoints::BUSINESS_APP_DETAILS_SETTINGS,
        &endpoints::BUSINESS_APP_SETTINGS_SAVE,
        &endpoints::BUSINESS_APP_SETTINGS_REMAPPING,
        &endpoints::BUSINESS_APP_SETTINGS_SET_REMAPPING,
        &endpoints::BUSINESS_APP_DETAILS_GET_RAW,
        &endpoints::BUSINESS_APP_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssBusinessApp",
                doc: "A business app, named by its id (dataikuapi's `DSSBusinessApp`, whose constructor takes the `business_app_id`).",
                fields: &[
                    HandleField {
                        name: "business_app_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssBusinessAppInstance",
                doc: "An instance of a business app: the project it runs in.",
                fields: &[
                    HandleField {
                        name: "business_app_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssBusinessAppDetails",
                doc: "The details of a business app, as `get_details` reads them (dataikuapi's `DSSBusinessAppDetails`): name, version, description, its webapp, code environment, connections and settings.",
                fields: &[
                    HandleField {
                        name: "business_app_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "DssBusinessAppSettings",
                doc: "The settings of a business app, as `get_settings` reads them (dataikuapi's `DSSBusinessAppSettings`): its remappings; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "business_app_id",
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
                name: "BusinessAppInstanceListItem",
                doc: "An instance as listed by `list_instances`; its project key names it in [`DssBusinessApp::get_instance`](crate::DssBusinessApp::get_instance).",
                members: &[
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
                        name: "business_app_version",
                        wire: "businessAppVersion",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl super::handles::DssBusinessApp {
        /**Reads the business app's details.

`GET /business-apps/{business_app_id}`

Returns a [`BusinessAppGetDetails`](requests::BusinessAppGetDetails) request; nothing is sent until `.send()`.*/
        pub fn get_details(&self) -> requests::BusinessAppGetDetails<'_> {
            requests::BusinessAppGetDetails {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the business app's settings, to change and `save`.

`GET /business-apps/{business_app_id}/settings`

Returns a [`BusinessAppGetSettings`](requests::BusinessAppGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::BusinessAppGetSettings<'_> {
            requests::BusinessAppGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Upgrades the business app to the store's latest version; returns the
task.

`POST /business-apps/{business_app_id}/upgrade-from-store`

Never retried: sending it twice could do the work twice.

Returns a [`BusinessAppUpgradeFromStore`](requests::BusinessAppUpgradeFromStore) request; nothing is sent until `.send()`.*/
        pub fn upgrade_from_store(&self) -> requests::BusinessAppUpgradeFromStore<'_> {
            requests::BusinessAppUpgradeFromStore {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates the business app's own code environment; returns the task.

`POST /business-apps/{business_app_id}/code-env/actions/create`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `python_interpreter`: Unset by default (then sent as `null`). Sent as JSON member `pythonInterpreter`.
- `conda`: Default: `false`. Sent as JSON member `conda`.

Returns a [`BusinessAppCreateCodeEnv`](requests::BusinessAppCreateCodeEnv) request; nothing is sent until `.send()`.*/
        pub fn create_code_env(&self) -> requests::BusinessAppCreateCodeEnv<'_> {
            requests::BusinessAppCreateCodeEnv {
                __owner: self,
                python_interpreter: None,
                conda: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Updates the business app's code environment; returns the task.

`POST /business-apps/{business_app_id}/code-env/actions/update`

Never retried: sending it twice could do the work twice.

Returns a [`BusinessAppUpdateCodeEnv`](requests::BusinessAppUpdateCodeEnv) request; nothing is sent until `.send()`.*/
        pub fn update_code_env(&self) -> requests::BusinessAppUpdateCodeEnv<'_> {
            requests::BusinessAppUpdateCodeEnv {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the business app; returns the task.

`POST /business-apps/{business_app_id}/actions/delete`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `force`: Default: `false`. Sent as JSON member `force`.

Returns a [`BusinessAppDelete`](requests::BusinessAppDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::BusinessAppDelete<'_> {
            requests::BusinessAppDelete {
                __owner: self,
                force: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the instances of the business app.

`GET /business-apps/{business_app_id}/instances`

Returns a [`BusinessAppListInstances`](requests::BusinessAppListInstances) request; nothing is sent until `.send()`.*/
        pub fn list_instances(&self) -> requests::BusinessAppListInstances<'_> {
            requests::BusinessAppListInstances {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one instance, named by its project key.

Builds a handle; sends no request.*/
        pub fn get_instance(
            &self,
            project_key: impl Into<String>,
        ) -> super::handles::DssBusinessAppInstance {
            let project_key = project_key.into();
            {
                let __f_business_app_id = ::core::clone::Clone::clone(
                    &self.business_app_id,
                );
                let __f_project_key = project_key;
                super::handles::DssBusinessAppInstance {
                    client: ::core::clone::Clone::clone(&self.client),
                    business_app_id: __f_business_app_id,
                    project_key: __f_project_key,
                }
            }
        }
        /**Creates an instance of the business app (a new project), waits for
the creation task and returns its result; `.start()` returns the
task instead (dataikuapi's `wait=False`). dataikuapi returns a
handle on the instance, which is
`get_instance(project_key)`.

`POST /business-apps/{business_app_id}/instances`

Never retried: sending it twice could do the work twice.

Arguments:
- `project_key`: Key of the new project. Sent as JSON member `projectKey`.
- `project_name`: Name of the new project. Sent as JSON member `projectName`.

Optional arguments, set by name on the returned request:
- `short_desc`: Unset by default (then sent as `null`). Sent as JSON member `shortDesc`.

Returns a [`BusinessAppCreateInstance`](requests::BusinessAppCreateInstance) request; nothing is sent until `.send()`.*/
        pub fn create_instance(
            &self,
            project_key: impl Into<String>,
            project_name: impl Into<String>,
        ) -> requests::BusinessAppCreateInstance<'_> {
            requests::BusinessAppCreateInstance {
                __owner: self,
                project_key: project_key.into(),
                project_name: project_name.into(),
                short_desc: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssBusinessAppInstance {
        /**A handle on the instance's project.

Builds a handle; sends no request.*/
        pub fn get_as_project(&self) -> super::handles::DssProject {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                super::handles::DssProject {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                }
            }
        }
        /**Upgrades the instance to the business app's version, waits for the
task and returns its result; `.start()` returns the task instead.

`POST /business-apps/{business_app_id}/instances/{project_key}/upgrade`

Never retried: sending it twice could do the work twice.

Returns a [`BusinessAppInstanceUpgrade`](requests::BusinessAppInstanceUpgrade) request; nothing is sent until `.send()`.*/
        pub fn upgrade(&self) -> requests::BusinessAppInstanceUpgrade<'_> {
            requests::BusinessAppInstanceUpgrade {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts the instance, or restarts it when it runs; returns the task.

`POST /business-apps/{business_app_id}/instances/{project_key}/restart`

Never retried: sending it twice could do the work twice.

Returns a [`BusinessAppInstanceStartOrRestart`](requests::BusinessAppInstanceStartOrRestart) request; nothing is sent until `.send()`.*/
        pub fn start_or_restart(
            &self,
        ) -> requests::BusinessAppInstanceStartOrRestart<'_> {
            requests::BusinessAppInstanceStartOrRestart {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Stops the instance.

`POST /business-apps/{business_app_id}/instances/{project_key}/stop`

Never retried: sending it twice could do the work twice.

Returns a [`BusinessAppInstanceStop`](requests::BusinessAppInstanceStop) request; nothing is sent until `.send()`.*/
        pub fn stop(&self) -> requests::BusinessAppInstanceStop<'_> {
            requests::BusinessAppInstanceStop {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the instance's project (as
[`DssProject::delete`](crate::DssProject::delete), whose data it
clears by default).

`DELETE /projects/{project_key}` (always with `clearManagedKnowledgeBanks=false`, `wait=true`)

DSS holds this request open until its work ends: the answer may take up to the client's server-wait timeout (6 h unless set otherwise), and no idle bound applies while waiting.

Optional arguments, set by name on the returned request:
- `clear_managed_datasets`: Default: `true`. Sent as query parameter `clearManagedDatasets`.
- `clear_output_managed_folders`: Default: `true`. Sent as query parameter `clearOutputManagedFolders`.
- `clear_job_and_scenario_logs`: Default: `true`. Sent as query parameter `clearJobAndScenarioLogs`.

Returns a [`BusinessAppInstanceDelete`](requests::BusinessAppInstanceDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::BusinessAppInstanceDelete<'_> {
            requests::BusinessAppInstanceDelete {
                __owner: self,
                clear_managed_datasets: true,
                clear_output_managed_folders: true,
                clear_job_and_scenario_logs: true,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads what a user may do on the instance.

`GET /business-apps/{business_app_id}/instances/{project_key}/permissions/{user}`

Arguments:
- `user`: The user's login. Sent as a path segment.

Returns a [`BusinessAppInstanceGetUserPermissions`](requests::BusinessAppInstanceGetUserPermissions) request; nothing is sent until `.send()`.*/
        pub fn get_user_permissions(
            &self,
            user: impl Into<String>,
        ) -> requests::BusinessAppInstanceGetUserPermissions<'_> {
            requests::BusinessAppInstanceGetUserPermissions {
                __owner: self,
                user: user.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssBusinessAppDetails {
        /**The business app's name.

Reads the document this value holds; sends no request.*/
        pub fn name(&self) -> ::core::option::Option<&str> {
            self.document.get("name").and_then(::serde_json::Value::as_str)
        }
        /**Its version.

Reads the document this value holds; sends no request.*/
        pub fn version(&self) -> ::core::option::Option<&str> {
            self.document.get("version").and_then(::serde_json::Value::as_str)
        }
        /**Its description.

Reads the document this value holds; sends no request.*/
        pub fn description(&self) -> ::core::option::Option<&str> {
            self.document.get("description").and_then(::serde_json::Value::as_str)
        }
        /**The id of its webapp.

Reads the document this value holds; sends no request.*/
        pub fn web_app_id(&self) -> ::core::option::Option<&str> {
            self.document.get("webAppId").and_then(::serde_json::Value::as_str)
        }
        /**The name of its code environment.

Reads the document this value holds; sends no request.*/
        pub fn code_env_name(&self) -> ::core::option::Option<&str> {
            self.document.get("codeEnvName").and_then(::serde_json::Value::as_str)
        }
        /**Its connections.

Reads the document this value holds; sends no request.*/
        pub fn connections(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("connections")
        }
        /**Its settings (`remapping`, ...).

Reads the document this value holds; sends no request.*/
        pub fn settings(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("settings")
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssBusinessAppSettings {
        /**Saves the settings: the whole object, sent back as it was read except
where it was changed.

`PUT /business-apps/{business_app_id}/settings`

Returns a [`BusinessAppSettingsSave`](requests::BusinessAppSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::BusinessAppSettingsSave<'_> {
            requests::BusinessAppSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The remappings of connections and code environments.

Reads the document this value holds; sends no request.*/
        pub fn remapping(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("remapping")
        }
        /**Sets the remappings.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_remapping(
            &mut self,
            value: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("remapping", value.into());
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
                ("DssBusinessApp", "get_details") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_business_app_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssBusinessApp", ids)?;
                        let __owner = super::handles::DssBusinessApp {
                            client: ::core::clone::Clone::clone(client),
                            business_app_id: __id_business_app_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_details();
                        let __endpoint = requests::BusinessAppGetDetails::ENDPOINT;
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
                ("DssBusinessApp", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_business_app_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssBusinessApp", ids)?;
                        let __owner = super::handles::DssBusinessApp {
                            client: ::core::clone::Clone::clone(client),
                            business_app_id: __id_business_app_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::BusinessAppGetSettings::ENDPOINT;
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
                ("DssBusinessApp", "upgrade_from_store") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_business_app_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssBusinessApp", ids)?;
                        let __owner = super::handles::DssBusinessApp {
                            client: ::core::clone::Clone::clone(client),
                            business_app_id: __id_business_app_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.upgrade_from_store();
                        let __endpoint = requests::BusinessAppUpgradeFromStore::ENDPOINT;
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
                ("DssBusinessApp", "create_code_env") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_business_app_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssBusinessApp", ids)?;
                        let __owner = super::handles::DssBusinessApp {
                            client: ::core::clone::Clone::clone(client),
                            business_app_id: __id_business_app_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_code_env();
                        let __endpoint = requests::BusinessAppCreateCodeEnv::ENDPOINT;
                        if let Some(__v) = args.opt_str("python_interpreter")? {
                            __r = __r.python_interpreter(__v);
                        }
                        if let Some(__v) = args.opt_bool("conda")? {
                            __r = __r.conda(__v);
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
                ("DssBusinessApp", "update_code_env") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_business_app_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssBusinessApp", ids)?;
                        let __owner = super::handles::DssBusinessApp {
                            client: ::core::clone::Clone::clone(client),
                            business_app_id: __id_business_app_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.update_code_env();
                        let __endpoint = requests::BusinessAppUpdateCodeEnv::ENDPOINT;
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
                ("DssBusinessApp", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_business_app_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssBusinessApp", ids)?;
                        let __owner = super::handles::DssBusinessApp {
                            client: ::core::clone::Clone::clone(client),
                            business_app_id: __id_business_app_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::BusinessAppDelete::ENDPOINT;
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
                ("DssBusinessApp", "list_instances") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_business_app_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssBusinessApp", ids)?;
                        let __owner = super::handles::DssBusinessApp {
                            client: ::core::clone::Clone::clone(client),
                            business_app_id: __id_business_app_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_instances();
                        let __endpoint = requests::BusinessAppListInstances::ENDPOINT;
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
                ("DssBusinessApp", "create_instance") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_business_app_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssBusinessApp", ids)?;
                        let __owner = super::handles::DssBusinessApp {
                            client: ::core::clone::Clone::clone(client),
                            business_app_id: __id_business_app_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_instance(
                                args.str("project_key")?,
                                args.str("project_name")?,
                            );
                        let __endpoint = requests::BusinessAppCreateInstance::ENDPOINT;
                        if let Some(__v) = args.opt_str("short_desc")? {
                            __r = __r.short_desc(__v);
                        }
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssBusinessAppInstance", "upgrade") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_business_app_id, __id_project_key] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssBusinessAppInstance", ids)?;
                        let __owner = super::handles::DssBusinessAppInstance {
                            client: ::core::clone::Clone::clone(client),
                            business_app_id: __id_business_app_id,
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.upgrade();
                        let __endpoint = requests::BusinessAppInstanceUpgrade::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssBusinessAppInstance", "start_or_restart") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_business_app_id, __id_project_key] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssBusinessAppInstance", ids)?;
                        let __owner = super::handles::DssBusinessAppInstance {
                            client: ::core::clone::Clone::clone(client),
                            business_app_id: __id_business_app_id,
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.start_or_restart();
                        let __endpoint = requests::BusinessAppInstanceStartOrRestart::ENDPOINT;
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
                ("DssBusinessAppInstance", "stop") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_business_app_id, __id_project_key] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssBusinessAppInstance", ids)?;
                        let __owner = super::handles::DssBusinessAppInstance {
                            client: ::core::clone::Clone::clone(client),
                            business_app_id: __id_business_app_id,
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.stop();
                        let __endpoint = requests::BusinessAppInstanceStop::ENDPOINT;
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
                ("DssBusinessAppInstance", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_business_app_id, __id_project_key] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssBusinessAppInstance", ids)?;
                        let __owner = super::handles::DssBusinessAppInstance {
                            client: ::core::clone::Clone::clone(client),
                            business_app_id: __id_business_app_id,
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::BusinessAppInstanceDelete::ENDPOINT;
                        if let Some(__v) = args.opt_bool("clear_managed_datasets")? {
                            __r = __r.clear_managed_datasets(__v);
                        }
                        if let Some(__v) = args.opt_bool("clear_output_managed_folders")?
                        {
                            __r = __r.clear_output_managed_folders(__v);
                        }
                        if let Some(__v) = args.opt_bool("clear_job_and_scenario_logs")?
                        {
                            __r = __r.clear_job_and_scenario_logs(__v);
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
                ("DssBusinessAppInstance", "get_user_permissions") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_business_app_id, __id_project_key] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssBusinessAppInstance", ids)?;
                        let __owner = super::handles::DssBusinessAppInstance {
                            client: ::core::clone::Clone::clone(client),
                            business_app_id: __id_business_app_id,
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_user_permissions(args.str("user")?);
                        let __endpoint = requests::BusinessAppInstanceGetUserPermissions::ENDPOINT;
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
                ("DssBusinessAppSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_business_app_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssBusinessAppSettings", ids)?;
                        let __owner = super::handles::DssBusinessAppSettings {
                            client: ::core::clone::Clone::clone(client),
                            business_app_id: __id_business_app_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::BusinessAppSettingsSave::ENDPOINT;
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
                "DssBusinessAppDetails" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_business_app_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssBusinessApp", ids)?;
                        let __owner = super::handles::DssBusinessApp {
                            client: ::core::clone::Clone::clone(client),
                            business_app_id: __id_business_app_id,
                        };
                        let mut __doc = __owner.get_details().send()?;
                        edit(__doc.raw_mut());
                        Ok(false)
                    })()
                }
                "DssBusinessAppSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_business_app_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssBusinessApp", ids)?;
                        let __owner = super::handles::DssBusinessApp {
                            client: ::core::clone::Clone::clone(client),
                            business_app_id: __id_business_app_id,
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
            let model: super::models::BusinessAppInstanceListItem = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"name\":\"plain\",\"businessAppVersion\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot build a sample `{}`: {e}", "BusinessAppInstanceListItem"
                    )
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "BusinessAppInstanceListItem"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssBusinessApp {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                business_app_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssBusinessApp"
            );
            checked += 1;
            let handle = super::handles::DssBusinessAppInstance {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                business_app_id: ::std::string::String::from("plain"),
                project_key: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssBusinessAppInstance"
            );
            checked += 1;
            let handle = super::handles::DssBusinessAppDetails {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                business_app_id: ::std::string::String::from("plain"),
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
                "DssBusinessAppDetails"
            );
            checked += 1;
            let handle = super::handles::DssBusinessAppSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                business_app_id: ::std::string::String::from("plain"),
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
                "DssBusinessAppSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
