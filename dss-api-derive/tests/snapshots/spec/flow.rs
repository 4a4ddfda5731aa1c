// The expansion of `flow.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/flow.dss`.
pub mod spec_flow {
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
        /**A zone of a project's flow (dataikuapi's `DSSFlowZone`), as DSS last
described it: its `id`, `name`, `color`, the objects it holds (`items`)
and the objects shared into it (`shared`). The methods that change the
zone answer it as it is afterwards.*/
        #[derive(Clone)]
        pub struct DssFlowZone {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssFlowZone {
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
        impl ::core::fmt::Debug for DssFlowZone {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssFlowZone")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a flow zone (dataikuapi's `DSSFlowZoneSettings`): its
name and color, changed then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssFlowZoneSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssFlowZoneSettings {
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
        impl ::core::fmt::Debug for DssFlowZoneSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssFlowZoneSettings")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
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
        ///Request value of [`DssProjectFlow::create_zone`](super::super::handles::DssProjectFlow::create_zone): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFlowCreateZone<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFlow,
            pub(crate) name: String,
            pub(crate) color: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFlowCreateZone<'a> {
            /**Its color, as `#rrggbb`.

Default: `#2ab1ac`. Sent as JSON member `color`.*/
            pub fn color(mut self, color: impl Into<String>) -> Self {
                self.color = color.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProjectFlow,)),
                crate::rt::Error,
            > {
                let Self { __owner, name, color, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones");
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
                                    String::from("color"),
                                    ::serde_json::Value::from(color),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/zones`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
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
                            let __f_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssFlowZone {
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
            ProjectFlowCreateZone, super::endpoints::PROJECT_FLOW_CREATE_ZONE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFlowCreateZone<'_> {}
        ///Request value of [`DssProjectFlow::get_zone`](super::super::handles::DssProjectFlow::get_zone): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFlowGetZone<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFlow,
            pub(crate) id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFlowGetZone<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (String, &'a super::super::handles::DssProjectFlow),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("id", &id, false)?;
                Ok((__call, (id, __owner)))
            }
            ///Sends the request (`GET /projects/{project_key}/flow/zones/{id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
                let (__call, (id, __owner)) = self.__prepare(false)?;
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
                            let __f_id = id;
                            super::super::handles::DssFlowZone {
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
            ProjectFlowGetZone, super::endpoints::PROJECT_FLOW_GET_ZONE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFlowGetZone<'_> {}
        ///Request value of [`DssProjectFlow::get_default_zone`](super::super::handles::DssProjectFlow::get_default_zone): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFlowGetDefaultZone<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFlow,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFlowGetDefaultZone<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProjectFlow,)),
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
                __call.lit("/flow/zones/default");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/flow/zones/default`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
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
                            let __f_id = String::from("default");
                            super::super::handles::DssFlowZone {
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
            ProjectFlowGetDefaultZone, super::endpoints::PROJECT_FLOW_GET_DEFAULT_ZONE,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFlowGetDefaultZone<'_> {}
        ///Request value of [`DssProjectFlow::get_zone_settings`](super::super::handles::DssProjectFlow::get_zone_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFlowGetZoneSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFlow,
            pub(crate) id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFlowGetZoneSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (String, &'a super::super::handles::DssProjectFlow),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("id", &id, false)?;
                Ok((__call, (id, __owner)))
            }
            ///Sends the request (`GET /projects/{project_key}/flow/zones/{id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZoneSettings, crate::rt::Error> {
                let (__call, (id, __owner)) = self.__prepare(false)?;
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
                            let __f_id = id;
                            super::super::handles::DssFlowZoneSettings {
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
            ProjectFlowGetZoneSettings, super::endpoints::PROJECT_FLOW_GET_ZONE_SETTINGS,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFlowGetZoneSettings<'_> {}
        ///Request value of [`DssProjectFlow::list_zone_documents`](super::super::handles::DssProjectFlow::list_zone_documents): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFlowListZoneDocuments<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFlow,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFlowListZoneDocuments<'a> {
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
                __call.lit("/flow/zones");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectFlowListZoneDocuments,
            super::endpoints::PROJECT_FLOW_LIST_ZONE_DOCUMENTS, json(Vec < Value >,
            "Sends the request (`GET /projects/{project_key}/flow/zones`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFlowListZoneDocuments<'_> {}
        ///Request value of [`DssProjectFlow::generate_documentation_from_default_template`](super::super::handles::DssProjectFlow::generate_documentation_from_default_template): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFlowGenerateDocumentationFromDefaultTemplate<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFlow,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFlowGenerateDocumentationFromDefaultTemplate<'a> {
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
                __call.lit("/flow/documentation/generate");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/documentation/generate`) and returns the answer.
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
            ProjectFlowGenerateDocumentationFromDefaultTemplate,
            super::endpoints::PROJECT_FLOW_GENERATE_DOCUMENTATION_FROM_DEFAULT_TEMPLATE,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub
        for ProjectFlowGenerateDocumentationFromDefaultTemplate<'_> {}
        ///Request value of [`DssProjectFlow::generate_documentation_from_folder_template`](super::super::handles::DssProjectFlow::generate_documentation_from_folder_template): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFlowGenerateDocumentationFromFolderTemplate<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFlow,
            pub(crate) folder_id: String,
            pub(crate) path: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFlowGenerateDocumentationFromFolderTemplate<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, folder_id, path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/documentation/generate-with-template-in-folder");
                __call.query("folderId", &folder_id);
                __call.query("path", &path);
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/documentation/generate-with-template-in-folder`) and returns the answer.
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
            ProjectFlowGenerateDocumentationFromFolderTemplate,
            super::endpoints::PROJECT_FLOW_GENERATE_DOCUMENTATION_FROM_FOLDER_TEMPLATE,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub
        for ProjectFlowGenerateDocumentationFromFolderTemplate<'_> {}
        ///Request value of [`DssProjectFlow::generate_documentation_from_custom_template`](super::super::handles::DssProjectFlow::generate_documentation_from_custom_template): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFlowGenerateDocumentationFromCustomTemplate<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFlow,
            pub(crate) fp: crate::rt::Upload,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFlowGenerateDocumentationFromCustomTemplate<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, fp, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/documentation/generate-with-template");
                __call.upload_named(fp);
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/documentation/generate-with-template`) and returns the answer.
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
            ProjectFlowGenerateDocumentationFromCustomTemplate,
            super::endpoints::PROJECT_FLOW_GENERATE_DOCUMENTATION_FROM_CUSTOM_TEMPLATE,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub
        for ProjectFlowGenerateDocumentationFromCustomTemplate<'_> {}
        ///Request value of [`DssProjectFlow::download_documentation_stream`](super::super::handles::DssProjectFlow::download_documentation_stream): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFlowDownloadDocumentationStream<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFlow,
            pub(crate) export_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFlowDownloadDocumentationStream<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, export_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/documentation/generated/");
                __call.segment("export_id", &export_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectFlowDownloadDocumentationStream,
            super::endpoints::PROJECT_FLOW_DOWNLOAD_DOCUMENTATION_STREAM,
            stream("Sends the request (`GET /projects/{project_key}/flow/documentation/generated/{export_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFlowDownloadDocumentationStream<'_> {}
        ///Request value of [`DssProjectFlow::download_documentation_to_file`](super::super::handles::DssProjectFlow::download_documentation_to_file): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFlowDownloadDocumentationToFile<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFlow,
            pub(crate) export_id: String,
            pub(crate) path: ::std::path::PathBuf,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFlowDownloadDocumentationToFile<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (::std::path::PathBuf,)),
                crate::rt::Error,
            > {
                let Self { __owner, export_id, path, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/documentation/generated/");
                __call.segment("export_id", &export_id, false)?;
                Ok((__call, (path,)))
            }
            ///Sends the request (`GET /projects/{project_key}/flow/documentation/generated/{export_id}`) and returns the answer.
            pub fn send(self) -> Result<u64, crate::rt::Error> {
                let (__call, (path,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| { __call.send_stream()?.save_to(path) },
                )
            }
        }
        crate::rt::request_common!(
            ProjectFlowDownloadDocumentationToFile,
            super::endpoints::PROJECT_FLOW_DOWNLOAD_DOCUMENTATION_TO_FILE, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFlowDownloadDocumentationToFile<'_> {}
        ///Request value of [`DssProjectFlow::start_schema_propagation`](super::super::handles::DssProjectFlow::start_schema_propagation): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectFlowStartSchemaPropagation<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectFlow,
            pub(crate) options: ::serde_json::Value,
            pub(crate) sources: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectFlowStartSchemaPropagation<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, options, sources, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/tools/propagate-schema/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("options"),
                                    ::serde_json::Value::from(options),
                                );
                            __map
                                .insert(
                                    String::from("sources"),
                                    ::serde_json::Value::from(sources),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/tools/propagate-schema/`) and returns the answer.
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
            ProjectFlowStartSchemaPropagation,
            super::endpoints::PROJECT_FLOW_START_SCHEMA_PROPAGATION, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectFlowStartSchemaPropagation<'_> {}
        ///Request value of [`DssFlowZone::add_item`](super::super::handles::DssFlowZone::add_item): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct FlowZoneAddItem<'a> {
            pub(crate) __owner: &'a super::super::handles::DssFlowZone,
            pub(crate) object_type: String,
            pub(crate) object_id: String,
            pub(crate) object_project_key: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> FlowZoneAddItem<'a> {
            /**The object's project, for an object of another project (unset:
left out, as dataikuapi does for an object of the zone's project).

Unset by default (then left out). Sent as JSON member `projectKey`.*/
            pub fn object_project_key(
                mut self,
                object_project_key: impl Into<String>,
            ) -> Self {
                self.object_project_key = Some(object_project_key.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssFlowZone,)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    object_type,
                    object_id,
                    object_project_key,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/items");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            let __v = ::serde_json::Value::from(object_project_key);
                            if !__v.is_null() {
                                __map.insert(String::from("projectKey"), __v);
                            }
                            __map
                                .insert(
                                    String::from("objectId"),
                                    ::serde_json::Value::from(object_id),
                                );
                            __map
                                .insert(
                                    String::from("objectType"),
                                    ::serde_json::Value::from(object_type),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/zones/{id}/items`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
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
                            super::super::handles::DssFlowZone {
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
            FlowZoneAddItem, super::endpoints::FLOW_ZONE_ADD_ITEM, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for FlowZoneAddItem<'_> {}
        ///Request value of [`DssFlowZone::add_items`](super::super::handles::DssFlowZone::add_items): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct FlowZoneAddItems<'a> {
            pub(crate) __owner: &'a super::super::handles::DssFlowZone,
            pub(crate) items: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> FlowZoneAddItems<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssFlowZone,)),
                crate::rt::Error,
            > {
                let Self { __owner, items, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/add-items");
                __call.json(&::serde_json::Value::from(items))?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/zones/{id}/add-items`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
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
                            super::super::handles::DssFlowZone {
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
            FlowZoneAddItems, super::endpoints::FLOW_ZONE_ADD_ITEMS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for FlowZoneAddItems<'_> {}
        ///Request value of [`DssFlowZone::add_shared`](super::super::handles::DssFlowZone::add_shared): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct FlowZoneAddShared<'a> {
            pub(crate) __owner: &'a super::super::handles::DssFlowZone,
            pub(crate) object_type: String,
            pub(crate) object_id: String,
            pub(crate) object_project_key: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> FlowZoneAddShared<'a> {
            /**The object's project, for an object of another project.

Unset by default (then left out). Sent as JSON member `projectKey`.*/
            pub fn object_project_key(
                mut self,
                object_project_key: impl Into<String>,
            ) -> Self {
                self.object_project_key = Some(object_project_key.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssFlowZone,)),
                crate::rt::Error,
            > {
                let Self {
                    __owner,
                    object_type,
                    object_id,
                    object_project_key,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/shared");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            let __v = ::serde_json::Value::from(object_project_key);
                            if !__v.is_null() {
                                __map.insert(String::from("projectKey"), __v);
                            }
                            __map
                                .insert(
                                    String::from("objectId"),
                                    ::serde_json::Value::from(object_id),
                                );
                            __map
                                .insert(
                                    String::from("objectType"),
                                    ::serde_json::Value::from(object_type),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/zones/{id}/shared`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
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
                            super::super::handles::DssFlowZone {
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
            FlowZoneAddShared, super::endpoints::FLOW_ZONE_ADD_SHARED, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for FlowZoneAddShared<'_> {}
        ///Request value of [`DssFlowZone::remove_shared`](super::super::handles::DssFlowZone::remove_shared): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct FlowZoneRemoveShared<'a> {
            pub(crate) __owner: &'a super::super::handles::DssFlowZone,
            pub(crate) object_type: String,
            pub(crate) object_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> FlowZoneRemoveShared<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssFlowZone,)),
                crate::rt::Error,
            > {
                let Self { __owner, object_type, object_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/shared/");
                __call.segment("object_type", &object_type, false)?;
                __call.lit("/");
                __call.segment("object_id", &object_id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`DELETE /projects/{project_key}/flow/zones/{id}/shared/{object_type}/{object_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
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
                            super::super::handles::DssFlowZone {
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
            FlowZoneRemoveShared, super::endpoints::FLOW_ZONE_REMOVE_SHARED, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for FlowZoneRemoveShared<'_> {}
        ///Request value of [`DssFlowZone::get_graph`](super::super::handles::DssFlowZone::get_graph): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct FlowZoneGetGraph<'a> {
            pub(crate) __owner: &'a super::super::handles::DssFlowZone,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> FlowZoneGetGraph<'a> {
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
                __call.lit("/flow/zones/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/graph");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            FlowZoneGetGraph, super::endpoints::FLOW_ZONE_GET_GRAPH, json(FlowGraph,
            "Sends the request (`GET /projects/{project_key}/flow/zones/{id}/graph`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for FlowZoneGetGraph<'_> {}
        ///Request value of [`DssFlowZone::delete`](super::super::handles::DssFlowZone::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct FlowZoneDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssFlowZone,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> FlowZoneDelete<'a> {
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
                __call.lit("/flow/zones/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            FlowZoneDelete, super::endpoints::FLOW_ZONE_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/flow/zones/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for FlowZoneDelete<'_> {}
        ///Request value of [`DssStreamingEndpoint::move_to_zone`](super::super::handles::DssStreamingEndpoint::move_to_zone): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StreamingEndpointMoveToZone<'a> {
            pub(crate) __owner: &'a super::super::handles::DssStreamingEndpoint,
            pub(crate) zone: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StreamingEndpointMoveToZone<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (String, &'a super::super::handles::DssStreamingEndpoint),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, zone, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("zone", &zone, false)?;
                __call.lit("/items");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("objectId"),
                                    ::serde_json::Value::from(
                                        __owner.streaming_endpoint_name.as_str(),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("objectType"),
                                    ::serde_json::Value::from("STREAMING_ENDPOINT"),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (zone, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/zones/{zone}/items`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
                let (__call, (zone, __owner)) = self.__prepare(false)?;
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
                            let __f_id = zone;
                            super::super::handles::DssFlowZone {
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
            StreamingEndpointMoveToZone,
            super::endpoints::STREAMING_ENDPOINT_MOVE_TO_ZONE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StreamingEndpointMoveToZone<'_> {}
        ///Request value of [`DssStreamingEndpoint::share_to_zone`](super::super::handles::DssStreamingEndpoint::share_to_zone): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StreamingEndpointShareToZone<'a> {
            pub(crate) __owner: &'a super::super::handles::DssStreamingEndpoint,
            pub(crate) zone: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StreamingEndpointShareToZone<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (String, &'a super::super::handles::DssStreamingEndpoint),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, zone, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("zone", &zone, false)?;
                __call.lit("/shared");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("objectId"),
                                    ::serde_json::Value::from(
                                        __owner.streaming_endpoint_name.as_str(),
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("objectType"),
                                    ::serde_json::Value::from("STREAMING_ENDPOINT"),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (zone, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/zones/{zone}/shared`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
                let (__call, (zone, __owner)) = self.__prepare(false)?;
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
                            let __f_id = zone;
                            super::super::handles::DssFlowZone {
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
            StreamingEndpointShareToZone,
            super::endpoints::STREAMING_ENDPOINT_SHARE_TO_ZONE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StreamingEndpointShareToZone<'_> {}
        ///Request value of [`DssStreamingEndpoint::unshare_from_zone`](super::super::handles::DssStreamingEndpoint::unshare_from_zone): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct StreamingEndpointUnshareFromZone<'a> {
            pub(crate) __owner: &'a super::super::handles::DssStreamingEndpoint,
            pub(crate) zone: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> StreamingEndpointUnshareFromZone<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (String, &'a super::super::handles::DssStreamingEndpoint),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, zone, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("zone", &zone, false)?;
                __call.lit("/shared/STREAMING_ENDPOINT/");
                __call
                    .segment(
                        "streaming_endpoint_name",
                        &__owner.streaming_endpoint_name,
                        false,
                    )?;
                Ok((__call, (zone, __owner)))
            }
            ///Sends the request (`DELETE /projects/{project_key}/flow/zones/{zone}/shared/STREAMING_ENDPOINT/{streaming_endpoint_name}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
                let (__call, (zone, __owner)) = self.__prepare(false)?;
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
                            let __f_id = zone;
                            super::super::handles::DssFlowZone {
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
            StreamingEndpointUnshareFromZone,
            super::endpoints::STREAMING_ENDPOINT_UNSHARE_FROM_ZONE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for StreamingEndpointUnshareFromZone<'_> {}
        ///Request value of [`DssFlowZoneSettings::save`](super::super::handles::DssFlowZoneSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct FlowZoneSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssFlowZoneSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> FlowZoneSettingsSave<'a> {
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
                __call.lit("/flow/zones/");
                __call.segment("id", &__owner.id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            FlowZoneSettingsSave, super::endpoints::FLOW_ZONE_SETTINGS_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/flow/zones/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for FlowZoneSettingsSave<'_> {}
        ///Request value of [`DssDataset::move_to_zone`](super::super::handles::DssDataset::move_to_zone): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetMoveToZone<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) zone: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetMoveToZone<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssDataset)),
                crate::rt::Error,
            > {
                let Self { __owner, zone, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("zone", &zone, false)?;
                __call.lit("/items");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("objectId"),
                                    ::serde_json::Value::from(__owner.dataset_name.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("objectType"),
                                    ::serde_json::Value::from("DATASET"),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (zone, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/zones/{zone}/items`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
                let (__call, (zone, __owner)) = self.__prepare(false)?;
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
                            let __f_id = zone;
                            super::super::handles::DssFlowZone {
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
            DatasetMoveToZone, super::endpoints::DATASET_MOVE_TO_ZONE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetMoveToZone<'_> {}
        ///Request value of [`DssDataset::share_to_zone`](super::super::handles::DssDataset::share_to_zone): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetShareToZone<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) zone: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetShareToZone<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssDataset)),
                crate::rt::Error,
            > {
                let Self { __owner, zone, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("zone", &zone, false)?;
                __call.lit("/shared");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("objectId"),
                                    ::serde_json::Value::from(__owner.dataset_name.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("objectType"),
                                    ::serde_json::Value::from("DATASET"),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (zone, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/zones/{zone}/shared`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
                let (__call, (zone, __owner)) = self.__prepare(false)?;
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
                            let __f_id = zone;
                            super::super::handles::DssFlowZone {
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
            DatasetShareToZone, super::endpoints::DATASET_SHARE_TO_ZONE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetShareToZone<'_> {}
        ///Request value of [`DssDataset::unshare_from_zone`](super::super::handles::DssDataset::unshare_from_zone): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetUnshareFromZone<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) zone: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetUnshareFromZone<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssDataset)),
                crate::rt::Error,
            > {
                let Self { __owner, zone, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("zone", &zone, false)?;
                __call.lit("/shared/DATASET/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                Ok((__call, (zone, __owner)))
            }
            ///Sends the request (`DELETE /projects/{project_key}/flow/zones/{zone}/shared/DATASET/{dataset_name}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
                let (__call, (zone, __owner)) = self.__prepare(false)?;
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
                            let __f_id = zone;
                            super::super::handles::DssFlowZone {
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
            DatasetUnshareFromZone, super::endpoints::DATASET_UNSHARE_FROM_ZONE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetUnshareFromZone<'_> {}
        ///Request value of [`DssManagedFolder::move_to_zone`](super::super::handles::DssManagedFolder::move_to_zone): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderMoveToZone<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) zone: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderMoveToZone<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (String, &'a super::super::handles::DssManagedFolder),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, zone, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("zone", &zone, false)?;
                __call.lit("/items");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("objectId"),
                                    ::serde_json::Value::from(__owner.odb_id.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("objectType"),
                                    ::serde_json::Value::from("MANAGED_FOLDER"),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (zone, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/zones/{zone}/items`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
                let (__call, (zone, __owner)) = self.__prepare(false)?;
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
                            let __f_id = zone;
                            super::super::handles::DssFlowZone {
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
            ManagedFolderMoveToZone, super::endpoints::MANAGED_FOLDER_MOVE_TO_ZONE,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderMoveToZone<'_> {}
        ///Request value of [`DssManagedFolder::share_to_zone`](super::super::handles::DssManagedFolder::share_to_zone): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderShareToZone<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) zone: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderShareToZone<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (String, &'a super::super::handles::DssManagedFolder),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, zone, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("zone", &zone, false)?;
                __call.lit("/shared");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("objectId"),
                                    ::serde_json::Value::from(__owner.odb_id.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("objectType"),
                                    ::serde_json::Value::from("MANAGED_FOLDER"),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (zone, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/zones/{zone}/shared`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
                let (__call, (zone, __owner)) = self.__prepare(false)?;
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
                            let __f_id = zone;
                            super::super::handles::DssFlowZone {
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
            ManagedFolderShareToZone, super::endpoints::MANAGED_FOLDER_SHARE_TO_ZONE,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderShareToZone<'_> {}
        ///Request value of [`DssManagedFolder::unshare_from_zone`](super::super::handles::DssManagedFolder::unshare_from_zone): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderUnshareFromZone<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) zone: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderUnshareFromZone<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (String, &'a super::super::handles::DssManagedFolder),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, zone, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("zone", &zone, false)?;
                __call.lit("/shared/MANAGED_FOLDER/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                Ok((__call, (zone, __owner)))
            }
            ///Sends the request (`DELETE /projects/{project_key}/flow/zones/{zone}/shared/MANAGED_FOLDER/{odb_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
                let (__call, (zone, __owner)) = self.__prepare(false)?;
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
                            let __f_id = zone;
                            super::super::handles::DssFlowZone {
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
            ManagedFolderUnshareFromZone,
            super::endpoints::MANAGED_FOLDER_UNSHARE_FROM_ZONE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderUnshareFromZone<'_> {}
        ///Request value of [`DssRecipe::move_to_zone`](super::super::handles::DssRecipe::move_to_zone): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RecipeMoveToZone<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRecipe,
            pub(crate) zone: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RecipeMoveToZone<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (String, &'a super::super::handles::DssRecipe)),
                crate::rt::Error,
            > {
                let Self { __owner, zone, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/flow/zones/");
                __call.segment("zone", &zone, false)?;
                __call.lit("/items");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("objectId"),
                                    ::serde_json::Value::from(__owner.recipe_name.as_str()),
                                );
                            __map
                                .insert(
                                    String::from("objectType"),
                                    ::serde_json::Value::from("RECIPE"),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (zone, __owner)))
            }
            ///Sends the request (`POST /projects/{project_key}/flow/zones/{zone}/items`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssFlowZone, crate::rt::Error> {
                let (__call, (zone, __owner)) = self.__prepare(false)?;
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
                            let __f_id = zone;
                            super::super::handles::DssFlowZone {
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
            RecipeMoveToZone, super::endpoints::RECIPE_MOVE_TO_ZONE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RecipeMoveToZone<'_> {}
        crate::rt::request_list!(
            ProjectFlowCreateZone, ProjectFlowGetZone, ProjectFlowGetDefaultZone,
            ProjectFlowGetZoneSettings, ProjectFlowListZoneDocuments,
            ProjectFlowGenerateDocumentationFromDefaultTemplate,
            ProjectFlowGenerateDocumentationFromFolderTemplate,
            ProjectFlowGenerateDocumentationFromCustomTemplate,
            ProjectFlowDownloadDocumentationStream,
            ProjectFlowDownloadDocumentationToFile, ProjectFlowStartSchemaPropagation,
            FlowZoneAddItem, FlowZoneAddItems, FlowZoneAddShared, FlowZoneRemoveShared,
            FlowZoneGetGraph, FlowZoneDelete, StreamingEndpointMoveToZone,
            StreamingEndpointShareToZone, StreamingEndpointUnshareFromZone,
            FlowZoneSettingsSave, DatasetMoveToZone, DatasetShareToZone,
            DatasetUnshareFromZone, ManagedFolderMoveToZone, ManagedFolderShareToZone,
            ManagedFolderUnshareFromZone, RecipeMoveToZone
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProjectFlow::create_zone`.
        pub static PROJECT_FLOW_CREATE_ZONE: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "create_zone",
            crate::rt::Server::DSS,
            "Creates a zone in the flow and returns it.",
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
                    "color",
                    "str",
                    Presence::Default("#2ab1ac"),
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
                    "/projects/{project_key}/flow/zones",
                    &[],
                    "ProjectFlowCreateZone",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssProjectFlow::get_zone`.
        pub static PROJECT_FLOW_GET_ZONE: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "get_zone",
            crate::rt::Server::DSS,
            "Reads one zone of the flow, by id.",
            &[Arg::new("id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/flow/zones/{id}",
                    &[],
                    "ProjectFlowGetZone",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssProjectFlow::get_default_zone`.
        pub static PROJECT_FLOW_GET_DEFAULT_ZONE: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "get_default_zone",
            crate::rt::Server::DSS,
            "Reads the default zone of the flow (the zone of the objects no other zone holds).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/flow/zones/default",
                    &[],
                    "ProjectFlowGetDefaultZone",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssProjectFlow::get_zone_settings`.
        pub static PROJECT_FLOW_GET_ZONE_SETTINGS: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "get_zone_settings",
            crate::rt::Server::DSS,
            "Reads the settings of a zone (its name and color, to change and `save`): the zone itself, read by id, as `get_zone(id)` then [`get_settings`](crate::DssFlowZone::get_settings) give them.",
            &[Arg::new("id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/flow/zones/{id}",
                    &[],
                    "ProjectFlowGetZoneSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZoneSettings"),
            [false, false, false],
        );
        ///`DssProjectFlow::list_zone_documents`.
        pub static PROJECT_FLOW_LIST_ZONE_DOCUMENTS: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "list_zone_documents",
            crate::rt::Server::DSS,
            "Reads every zone of the flow, as DSS describes them: the request behind [`list_zones`](crate::DssProjectFlow::list_zones), which makes them zones.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/flow/zones",
                    &[],
                    "ProjectFlowListZoneDocuments",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < Value >"),
            [false, false, false],
        );
        ///`DssProjectFlow::generate_documentation_from_default_template`.
        pub static PROJECT_FLOW_GENERATE_DOCUMENTATION_FROM_DEFAULT_TEMPLATE: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "generate_documentation_from_default_template",
            crate::rt::Server::DSS,
            "Starts generating the documentation of the flow from DSS's default template: one of the requests behind [`generate_documentation`](crate::DssProjectFlow::generate_documentation).",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/documentation/generate",
                    &[],
                    "ProjectFlowGenerateDocumentationFromDefaultTemplate",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, false, false],
        );
        ///`DssProjectFlow::generate_documentation_from_folder_template`.
        pub static PROJECT_FLOW_GENERATE_DOCUMENTATION_FROM_FOLDER_TEMPLATE: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "generate_documentation_from_folder_template",
            crate::rt::Server::DSS,
            "Starts generating the documentation of the flow from a template file of a managed folder: one of the requests behind [`generate_documentation`](crate::DssProjectFlow::generate_documentation).",
            &[
                Arg::new(
                    "folder_id",
                    "str",
                    Presence::Required,
                    Place::Query("folderId"),
                    false,
                ),
                Arg::new("path", "str", Presence::Required, Place::Query("path"), false),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/documentation/generate-with-template-in-folder",
                    &[],
                    "ProjectFlowGenerateDocumentationFromFolderTemplate",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, false, false],
        );
        ///`DssProjectFlow::generate_documentation_from_custom_template`.
        pub static PROJECT_FLOW_GENERATE_DOCUMENTATION_FROM_CUSTOM_TEMPLATE: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "generate_documentation_from_custom_template",
            crate::rt::Server::DSS,
            "Starts generating the documentation of the flow from a template uploaded from here (a `.docx` file); the task's result names the generated document (`exportId`), which `download_documentation_stream` reads.",
            &[Arg::new("fp", "file", Presence::Required, Place::Upload, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/documentation/generate-with-template",
                    &[],
                    "ProjectFlowGenerateDocumentationFromCustomTemplate",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssProjectFlow::download_documentation_stream`.
        pub static PROJECT_FLOW_DOWNLOAD_DOCUMENTATION_STREAM: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "download_documentation_stream",
            crate::rt::Server::DSS,
            "Reads a generated documentation of the flow, as it arrives.",
            &[Arg::new("export_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/flow/documentation/generated/{export_id}",
                    &[],
                    "ProjectFlowDownloadDocumentationStream",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssProjectFlow::download_documentation_to_file`.
        pub static PROJECT_FLOW_DOWNLOAD_DOCUMENTATION_TO_FILE: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "download_documentation_to_file",
            crate::rt::Server::DSS,
            "Downloads a generated documentation of the flow into a local file (created or truncated once the server has answered), in constant memory; returns the number of bytes written.",
            &[
                Arg::new("export_id", "str", Presence::Required, Place::Path, false),
                Arg::new("path", "str", Presence::Required, Place::SaveTo, false),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/flow/documentation/generated/{export_id}",
                    &[],
                    "ProjectFlowDownloadDocumentationToFile",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::SavedToFile,
            [false, true, false],
        );
        ///`DssProjectFlow::start_schema_propagation`.
        pub static PROJECT_FLOW_START_SCHEMA_PROPAGATION: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "start_schema_propagation",
            crate::rt::Server::DSS,
            "Starts a schema propagation from its options and sources: the request behind [`DssSchemaPropagationRunBuilder::start`](crate::DssSchemaPropagationRunBuilder::start).",
            &[
                Arg::new(
                    "options",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "options",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "sources",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "sources",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/tools/propagate-schema/",
                    &[],
                    "ProjectFlowStartSchemaPropagation",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, false, false],
        );
        ///`DssProjectFlow::list_zones`.
        pub static PROJECT_FLOW_LIST_ZONES: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "list_zones",
            crate::rt::Server::DSS,
            "Every zone of the flow (`GET /projects/{project_key}/flow/zones`).",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Vec < DssFlowZone > >"),
            [true, true, false],
        );
        ///`DssProjectFlow::get_zone_of_object`.
        pub static PROJECT_FLOW_GET_ZONE_OF_OBJECT: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "get_zone_of_object",
            crate::rt::Server::DSS,
            "The zone holding an object of the flow (its type, id, and project when it is not the flow's), or the default zone when none does.",
            &[
                Arg::new(
                    "object_type",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "object_id",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "object_project_key",
                    "Option < & str >",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Pending < '_ , DssFlowZone >"),
            [true, true, false],
        );
        ///`DssProjectFlow::replace_input_computable`.
        pub static PROJECT_FLOW_REPLACE_INPUT_COMPUTABLE: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "replace_input_computable",
            crate::rt::Server::DSS,
            "Replaces an input by another in every recipe of the flow that reads it (exposing the new one first when it is in another project).",
            &[
                Arg::new(
                    "current_ref",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new(
                    "new_ref",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("FlowReplaceInputComputable < '_ >"),
            [true, true, false],
        );
        ///`DssProjectFlow::generate_documentation`.
        pub static PROJECT_FLOW_GENERATE_DOCUMENTATION: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "generate_documentation",
            crate::rt::Server::DSS,
            "Starts generating the documentation of the flow, from DSS's default template or from a template file of a managed folder.",
            &[],
            None,
            ResultKind::HandWritten("FlowGenerateDocumentation < '_ >"),
            [true, true, false],
        );
        ///`DssProjectFlow::new_schema_propagation`.
        pub static PROJECT_FLOW_NEW_SCHEMA_PROPAGATION: Endpoint = Endpoint::new(
            "DssProjectFlow",
            "new_schema_propagation",
            crate::rt::Server::DSS,
            "A schema propagation from a dataset, to set up then start.",
            &[
                Arg::new(
                    "dataset_name",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("DssSchemaPropagationRunBuilder"),
            [true, true, false],
        );
        ///`DssFlowZone::add_item`.
        pub static FLOW_ZONE_ADD_ITEM: Endpoint = Endpoint::new(
            "DssFlowZone",
            "add_item",
            crate::rt::Server::DSS,
            "Moves an object of the flow into the zone (out of the zone that held it); answers the zone as it is then.",
            &[
                Arg::new(
                    "object_type",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "objectType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "object_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "objectId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "object_project_key",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "projectKey",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/zones/{id}/items",
                    &[],
                    "FlowZoneAddItem",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssFlowZone::add_items`.
        pub static FLOW_ZONE_ADD_ITEMS: Endpoint = Endpoint::new(
            "DssFlowZone",
            "add_items",
            crate::rt::Server::DSS,
            "Moves several objects of the flow into the zone; answers the zone as it is then.",
            &[
                Arg::new(
                    "items",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/zones/{id}/add-items",
                    &[],
                    "FlowZoneAddItems",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssFlowZone::add_shared`.
        pub static FLOW_ZONE_ADD_SHARED: Endpoint = Endpoint::new(
            "DssFlowZone",
            "add_shared",
            crate::rt::Server::DSS,
            "Shares an object of the flow into the zone (it stays in its own zone); answers the zone as it is then.",
            &[
                Arg::new(
                    "object_type",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "objectType",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "object_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "objectId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "object_project_key",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "projectKey",
                        via: None,
                        omitted_when_unset: true,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/zones/{id}/shared",
                    &[],
                    "FlowZoneAddShared",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssFlowZone::remove_shared`.
        pub static FLOW_ZONE_REMOVE_SHARED: Endpoint = Endpoint::new(
            "DssFlowZone",
            "remove_shared",
            crate::rt::Server::DSS,
            "Stops sharing an object into the zone; answers the zone as it is then.",
            &[
                Arg::new("object_type", "str", Presence::Required, Place::Path, false),
                Arg::new("object_id", "str", Presence::Required, Place::Path, false),
            ],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/flow/zones/{id}/shared/{object_type}/{object_id}",
                    &[],
                    "FlowZoneRemoveShared",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssFlowZone::get_graph`.
        pub static FLOW_ZONE_GET_GRAPH: Endpoint = Endpoint::new(
            "DssFlowZone",
            "get_graph",
            crate::rt::Server::DSS,
            "Reads the graph of the zone's part of the flow.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/flow/zones/{id}/graph",
                    &[],
                    "FlowZoneGetGraph",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("FlowGraph"),
            [false, true, false],
        );
        ///`DssFlowZone::delete`.
        pub static FLOW_ZONE_DELETE: Endpoint = Endpoint::new(
            "DssFlowZone",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the zone (its objects go to the default zone).",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/flow/zones/{id}",
                    &[],
                    "FlowZoneDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssFlowZone::name`.
        pub static FLOW_ZONE_NAME: Endpoint = Endpoint::new(
            "DssFlowZone",
            "name",
            crate::rt::Server::DSS,
            "The zone's display name.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssFlowZone::color`.
        pub static FLOW_ZONE_COLOR: Endpoint = Endpoint::new(
            "DssFlowZone",
            "color",
            crate::rt::Server::DSS,
            "The zone's color (`#rrggbb`).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssFlowZone::items`.
        pub static FLOW_ZONE_ITEMS: Endpoint = Endpoint::new(
            "DssFlowZone",
            "items",
            crate::rt::Server::DSS,
            "The objects the zone holds, each `{\"objectType\", \"objectId\"}` (and `projectKey` for another project's).",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssFlowZone::shared`.
        pub static FLOW_ZONE_SHARED: Endpoint = Endpoint::new(
            "DssFlowZone",
            "shared",
            crate::rt::Server::DSS,
            "The objects shared into the zone, as `items`.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssFlowZone::get_settings`.
        pub static FLOW_ZONE_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssFlowZone",
            "get_settings",
            crate::rt::Server::DSS,
            "The zone's settings (its name and color), to change and `save` (no request: they are the zone as last read).",
            &[],
            None,
            ResultKind::HandWritten("DssFlowZoneSettings"),
            [true, true, false],
        );
        ///`DssStreamingEndpoint::move_to_zone`.
        pub static STREAMING_ENDPOINT_MOVE_TO_ZONE: Endpoint = Endpoint::new(
            "DssStreamingEndpoint",
            "move_to_zone",
            crate::rt::Server::DSS,
            "Moves the streaming endpoint into a zone of its project's flow; answers the zone as it is then.",
            &[Arg::new("zone", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/zones/{zone}/items",
                    &[],
                    "StreamingEndpointMoveToZone",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssStreamingEndpoint::share_to_zone`.
        pub static STREAMING_ENDPOINT_SHARE_TO_ZONE: Endpoint = Endpoint::new(
            "DssStreamingEndpoint",
            "share_to_zone",
            crate::rt::Server::DSS,
            "Shares the streaming endpoint into a zone of its project's flow (it stays in its own zone); answers the zone as it is then.",
            &[Arg::new("zone", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/zones/{zone}/shared",
                    &[],
                    "StreamingEndpointShareToZone",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssStreamingEndpoint::unshare_from_zone`.
        pub static STREAMING_ENDPOINT_UNSHARE_FROM_ZONE: Endpoint = Endpoint::new(
            "DssStreamingEndpoint",
            "unshare_from_zone",
            crate::rt::Server::DSS,
            "Stops sharing the streaming endpoint into a zone; answers the zone as it is then.",
            &[Arg::new("zone", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/flow/zones/{zone}/shared/STREAMING_ENDPOINT/{streaming_endpoint_name}",
                    &[],
                    "StreamingEndpointUnshareFromZone",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssStreamingEndpoint::get_zone`.
        pub static STREAMING_ENDPOINT_GET_ZONE: Endpoint = Endpoint::new(
            "DssStreamingEndpoint",
            "get_zone",
            crate::rt::Server::DSS,
            "The zone holding the streaming endpoint (see [`DssProjectFlow::get_zone_of_object`](crate::DssProjectFlow::get_zone_of_object)).",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , DssFlowZone >"),
            [true, true, false],
        );
        ///`DssFlowZoneSettings::save`.
        pub static FLOW_ZONE_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssFlowZoneSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole zone, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/flow/zones/{id}",
                    &[],
                    "FlowZoneSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssFlowZoneSettings::name`.
        pub static FLOW_ZONE_SETTINGS_NAME: Endpoint = Endpoint::new(
            "DssFlowZoneSettings",
            "name",
            crate::rt::Server::DSS,
            "The zone's display name.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssFlowZoneSettings::set_name`.
        pub static FLOW_ZONE_SETTINGS_SET_NAME: Endpoint = Endpoint::new(
            "DssFlowZoneSettings",
            "set_name",
            crate::rt::Server::DSS,
            "Renames the zone.",
            &[
                Arg::new(
                    "name",
                    "str",
                    Presence::Required,
                    Place::Document("name"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssFlowZoneSettings::color`.
        pub static FLOW_ZONE_SETTINGS_COLOR: Endpoint = Endpoint::new(
            "DssFlowZoneSettings",
            "color",
            crate::rt::Server::DSS,
            "The zone's color (`#rrggbb`).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssFlowZoneSettings::set_color`.
        pub static FLOW_ZONE_SETTINGS_SET_COLOR: Endpoint = Endpoint::new(
            "DssFlowZoneSettings",
            "set_color",
            crate::rt::Server::DSS,
            "Sets the zone's color.",
            &[
                Arg::new(
                    "color",
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
        ///`DssDataset::move_to_zone`.
        pub static DATASET_MOVE_TO_ZONE: Endpoint = Endpoint::new(
            "DssDataset",
            "move_to_zone",
            crate::rt::Server::DSS,
            "Moves the dataset into a zone of its project's flow; answers the zone as it is then.",
            &[Arg::new("zone", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/zones/{zone}/items",
                    &[],
                    "DatasetMoveToZone",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssDataset::share_to_zone`.
        pub static DATASET_SHARE_TO_ZONE: Endpoint = Endpoint::new(
            "DssDataset",
            "share_to_zone",
            crate::rt::Server::DSS,
            "Shares the dataset into a zone of its project's flow (it stays in its own zone); answers the zone as it is then.",
            &[Arg::new("zone", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/zones/{zone}/shared",
                    &[],
                    "DatasetShareToZone",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssDataset::unshare_from_zone`.
        pub static DATASET_UNSHARE_FROM_ZONE: Endpoint = Endpoint::new(
            "DssDataset",
            "unshare_from_zone",
            crate::rt::Server::DSS,
            "Stops sharing the dataset into a zone; answers the zone as it is then.",
            &[Arg::new("zone", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/flow/zones/{zone}/shared/DATASET/{dataset_name}",
                    &[],
                    "DatasetUnshareFromZone",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssDataset::get_zone`.
        pub static DATASET_GET_ZONE: Endpoint = Endpoint::new(
            "DssDataset",
            "get_zone",
            crate::rt::Server::DSS,
            "The zone holding the dataset (see [`DssProjectFlow::get_zone_of_object`](crate::DssProjectFlow::get_zone_of_object)).",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , DssFlowZone >"),
            [true, true, false],
        );
        ///`DssManagedFolder::move_to_zone`.
        pub static MANAGED_FOLDER_MOVE_TO_ZONE: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "move_to_zone",
            crate::rt::Server::DSS,
            "Moves the folder into a zone of its project's flow; answers the zone as it is then.",
            &[Arg::new("zone", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/zones/{zone}/items",
                    &[],
                    "ManagedFolderMoveToZone",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssManagedFolder::share_to_zone`.
        pub static MANAGED_FOLDER_SHARE_TO_ZONE: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "share_to_zone",
            crate::rt::Server::DSS,
            "Shares the folder into a zone of its project's flow (it stays in its own zone); answers the zone as it is then.",
            &[Arg::new("zone", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/zones/{zone}/shared",
                    &[],
                    "ManagedFolderShareToZone",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssManagedFolder::unshare_from_zone`.
        pub static MANAGED_FOLDER_UNSHARE_FROM_ZONE: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "unshare_from_zone",
            crate::rt::Server::DSS,
            "Stops sharing the folder into a zone; answers the zone as it is then.",
            &[Arg::new("zone", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/flow/zones/{zone}/shared/MANAGED_FOLDER/{odb_id}",
                    &[],
                    "ManagedFolderUnshareFromZone",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssManagedFolder::get_zone`.
        pub static MANAGED_FOLDER_GET_ZONE: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "get_zone",
            crate::rt::Server::DSS,
            "The zone holding the folder (see [`DssProjectFlow::get_zone_of_object`](crate::DssProjectFlow::get_zone_of_object)).",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , DssFlowZone >"),
            [true, true, false],
        );
        ///`DssRecipe::move_to_zone`.
        pub static RECIPE_MOVE_TO_ZONE: Endpoint = Endpoint::new(
            "DssRecipe",
            "move_to_zone",
            crate::rt::Server::DSS,
            "Moves the recipe into a zone of its project's flow; answers the zone as it is then.",
            &[Arg::new("zone", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/flow/zones/{zone}/items",
                    &[],
                    "RecipeMoveToZone",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssFlowZone"),
            [false, true, false],
        );
        ///`DssFlowZone::get_raw`.
        pub static FLOW_ZONE_GET_RAW: Endpoint = Endpoint::new(
            "DssFlowZone",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssFlowZoneSettings::get_raw`.
        pub static FLOW_ZONE_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssFlowZoneSettings",
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
        &endpoints::PROJECT_FLOW_CREATE_ZONE,
        &endpoints::PROJECT_FLOW_GET_ZONE,
        &endpoints::PROJECT_FLOW_GET_DEFAULT_ZONE,
        &endpoints::PROJECT_FLOW_GET_ZONE_SETTINGS,
        &endpoints::PROJECT_FLOW_LIST_ZONE_DOCUMENTS,
        &endpoints::PROJECT_FLOW_GENERATE_DOCUMENTATION_FROM_DEFAULT_TEMPLATE,
        &endpoints::PROJECT_FLOW_GENERATE_DOCUMENTATION_FROM_FOLDER_TEMPLATE,
        &endpoints::PROJECT_FLOW_GENERATE_DOCUMENTATION_FROM_CUSTOM_TEMPLATE,
        &endpoints::PROJECT_FLOW_DOWNLOAD_DOCUMENTATION_STREAM,
        &endpoints::PROJECT_FLOW_DOWNLOAD_DOCUMENTATION_TO_FILE,
        &endpoints::PROJECT_FLOW_START_SCHEMA_PROPAGATION,
        &endpoints::PROJECT_FLOW_LIST_ZONES,
        &endpoints::PROJECT_FLOW_GET_ZONE_OF_OBJECT,
        &endpoints::PROJECT_FLOW_REPLACE_INPUT_COMPUTABLE,
        &endpoints::PROJECT_FLOW_GENERATE_DOCUMENTATION,
        &endpoints::PROJECT_FLOW_NEW_SCHEMA_PROPAGATION,
        &endpoints::FLOW_ZONE_ADD_ITEM,
        &endpoints::FLOW_ZONE_ADD_ITEMS,
        &endpoints::FLOW_ZONE_ADD_SHARED,
        &endpoints::FLOW_ZONE_REMOVE_SHARED,
        &endpoints::FLOW_ZONE_GET_GRAPH,
        &endpoints::FLOW_ZONE_DELETE,
        &endpoints::FLOW_ZONE_NAME,
        &endpoints::FLOW_ZONE_COLOR,
        &endpoints::FLOW_ZONE_ITEMS,
        &endpoints::FLOW_ZONE_SHARED,
        &endpoints::FLOW_ZONE_GET_SETTINGS,
        &endpoints::STREAMING_ENDPOINT_MOVE_TO_ZONE,
        &endpoints::STREAMING_ENDPOINT_SHARE_TO_ZONE,
        &endpoints::STREAMING_ENDPOINT_UNSHARE_FROM_ZONE,
        &endpoints::STREAMING_ENDPOINT_GET_ZONE,
        &endpoints::FLOW_ZONE_SETTINGS_SAVE,
        &endpoints::FLOW_ZONE_SETTINGS_NAME,
        &endpoints::FLOW_ZONE_SETTINGS_SET_NAME,
        &endpoints::FLOW_ZONE_SETTINGS_COLOR,
        &endpoints::FLOW_ZONE_SETTINGS_SET_COLOR,
        &endpoints::DATASET_MOVE_TO_ZONE,
        &endpoints::DATASET_SHARE_TO_ZONE,
        &endpoints::DATASET_UNSHARE_FROM_ZONE,
        &endpoints::DATASET_GET_ZONE,
        &endpoints::MANAGED_FOLDER_MOVE_TO_ZONE,
        &endpoints::MANAGED_FOLDER_SHARE_TO_ZONE,
        &endpoints::MANAGED_FOLDER_UNSHARE_FROM_ZONE,
        &endpoints::MANAGED_FOLDER_GET_ZONE,
        &endpoints::RECIPE_MOVE_TO_ZONE,
        &endpoints::FLOW_ZONE_GET_RAW,
        &endpoints::FLOW_ZONE_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssFlowZone",
                doc: "A zone of a project's flow (dataikuapi's `DSSFlowZone`), as DSS last described it: its `id`, `name`, `color`, the objects it holds (`items`) and the objects shared into it (`shared`).",
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
                name: "DssFlowZoneSettings",
                doc: "The settings of a flow zone (dataikuapi's `DSSFlowZoneSettings`): its name and color, changed then sent back whole by `save`.",
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
        ]
    };
    /// This file's models, in spec order.
    pub const MODELS: &[crate::rt::catalog::Model] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Model, ModelMember};
        &[]
    };
    impl super::handles::DssProjectFlow {
        /**Creates a zone in the flow and returns it.

`POST /projects/{project_key}/flow/zones`

Never retried: sending it twice could do the work twice.

Arguments:
- `name`: Display name of the zone. Sent as JSON member `name`.

Optional arguments, set by name on the returned request:
- `color`: Default: `#2ab1ac`. Sent as JSON member `color`.

Returns a [`ProjectFlowCreateZone`](requests::ProjectFlowCreateZone) request; nothing is sent until `.send()`.*/
        pub fn create_zone(
            &self,
            name: impl Into<String>,
        ) -> requests::ProjectFlowCreateZone<'_> {
            requests::ProjectFlowCreateZone {
                __owner: self,
                name: name.into(),
                color: String::from("#2ab1ac"),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads one zone of the flow, by id.

`GET /projects/{project_key}/flow/zones/{id}`

Arguments:
- `id`: The zone's id (not its name). Sent as a path segment.

Returns a [`ProjectFlowGetZone`](requests::ProjectFlowGetZone) request; nothing is sent until `.send()`.*/
        pub fn get_zone(
            &self,
            id: impl Into<String>,
        ) -> requests::ProjectFlowGetZone<'_> {
            requests::ProjectFlowGetZone {
                __owner: self,
                id: id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the default zone of the flow (the zone of the objects no other
zone holds).

`GET /projects/{project_key}/flow/zones/default`

Returns a [`ProjectFlowGetDefaultZone`](requests::ProjectFlowGetDefaultZone) request; nothing is sent until `.send()`.*/
        pub fn get_default_zone(&self) -> requests::ProjectFlowGetDefaultZone<'_> {
            requests::ProjectFlowGetDefaultZone {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the settings of a zone (its name and color, to change and
`save`): the zone itself, read by id, as
`get_zone(id)` then [`get_settings`](crate::DssFlowZone::get_settings)
give them.

`GET /projects/{project_key}/flow/zones/{id}`

Arguments:
- `id`: The zone's id (not its name). Sent as a path segment.

Returns a [`ProjectFlowGetZoneSettings`](requests::ProjectFlowGetZoneSettings) request; nothing is sent until `.send()`.*/
        pub fn get_zone_settings(
            &self,
            id: impl Into<String>,
        ) -> requests::ProjectFlowGetZoneSettings<'_> {
            requests::ProjectFlowGetZoneSettings {
                __owner: self,
                id: id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads every zone of the flow, as DSS describes them: the request
behind [`list_zones`](crate::DssProjectFlow::list_zones), which
makes them zones.

`GET /projects/{project_key}/flow/zones`

Returns a [`ProjectFlowListZoneDocuments`](requests::ProjectFlowListZoneDocuments) request; nothing is sent until `.send()`.*/
        pub fn list_zone_documents(&self) -> requests::ProjectFlowListZoneDocuments<'_> {
            requests::ProjectFlowListZoneDocuments {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts generating the documentation of the flow from DSS's default
template: one of the requests behind
[`generate_documentation`](crate::DssProjectFlow::generate_documentation).

`POST /projects/{project_key}/flow/documentation/generate`

Never retried: sending it twice could do the work twice.

Returns a [`ProjectFlowGenerateDocumentationFromDefaultTemplate`](requests::ProjectFlowGenerateDocumentationFromDefaultTemplate) request; nothing is sent until `.send()`.*/
        pub fn generate_documentation_from_default_template(
            &self,
        ) -> requests::ProjectFlowGenerateDocumentationFromDefaultTemplate<'_> {
            requests::ProjectFlowGenerateDocumentationFromDefaultTemplate {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts generating the documentation of the flow from a template file
of a managed folder: one of the requests behind
[`generate_documentation`](crate::DssProjectFlow::generate_documentation).

`POST /projects/{project_key}/flow/documentation/generate-with-template-in-folder`

Never retried: sending it twice could do the work twice.

Arguments:
- `folder_id`: Id of the managed folder holding the template. Sent as query parameter `folderId`.
- `path`: Path of the template (a `.docx` file) in the folder. Sent as query parameter `path`.

Returns a [`ProjectFlowGenerateDocumentationFromFolderTemplate`](requests::ProjectFlowGenerateDocumentationFromFolderTemplate) request; nothing is sent until `.send()`.*/
        pub fn generate_documentation_from_folder_template(
            &self,
            folder_id: impl Into<String>,
            path: impl Into<String>,
        ) -> requests::ProjectFlowGenerateDocumentationFromFolderTemplate<'_> {
            requests::ProjectFlowGenerateDocumentationFromFolderTemplate {
                __owner: self,
                folder_id: folder_id.into(),
                path: path.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts generating the documentation of the flow from a template
uploaded from here (a `.docx` file); the task's result names the
generated document (`exportId`), which
`download_documentation_stream` reads.

`POST /projects/{project_key}/flow/documentation/generate-with-template`

Never retried: sending it twice could do the work twice.

Arguments:
- `fp`: The template (a reader, a file, a path or bytes). Sent as a streamed multipart upload (part `file`, filename: the upload's own, or `file`).

Returns a [`ProjectFlowGenerateDocumentationFromCustomTemplate`](requests::ProjectFlowGenerateDocumentationFromCustomTemplate) request; nothing is sent until `.send()`.*/
        pub fn generate_documentation_from_custom_template(
            &self,
            fp: impl Into<crate::rt::Upload>,
        ) -> requests::ProjectFlowGenerateDocumentationFromCustomTemplate<'_> {
            requests::ProjectFlowGenerateDocumentationFromCustomTemplate {
                __owner: self,
                fp: fp.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads a generated documentation of the flow, as it arrives.

`GET /projects/{project_key}/flow/documentation/generated/{export_id}`

Arguments:
- `export_id`: The id the generation task's result gives (`exportId`). Sent as a path segment.

Returns a [`ProjectFlowDownloadDocumentationStream`](requests::ProjectFlowDownloadDocumentationStream) request; nothing is sent until `.send()`.*/
        pub fn download_documentation_stream(
            &self,
            export_id: impl Into<String>,
        ) -> requests::ProjectFlowDownloadDocumentationStream<'_> {
            requests::ProjectFlowDownloadDocumentationStream {
                __owner: self,
                export_id: export_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Downloads a generated documentation of the flow into a local file
(created or truncated once the server has answered), in constant
memory; returns the number of bytes written.

`GET /projects/{project_key}/flow/documentation/generated/{export_id}`

Arguments:
- `export_id`: The id the generation task's result gives (`exportId`). Sent as a path segment.
- `path`: The local file to write. Sent as the local file the answer is written to.

Returns a [`ProjectFlowDownloadDocumentationToFile`](requests::ProjectFlowDownloadDocumentationToFile) request; nothing is sent until `.send()`.*/
        pub fn download_documentation_to_file(
            &self,
            export_id: impl Into<String>,
            path: impl AsRef<::std::path::Path>,
        ) -> requests::ProjectFlowDownloadDocumentationToFile<'_> {
            requests::ProjectFlowDownloadDocumentationToFile {
                __owner: self,
                export_id: export_id.into(),
                path: ::std::path::Path::to_path_buf(path.as_ref()),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts a schema propagation from its options and sources: the
request behind [`DssSchemaPropagationRunBuilder::start`](crate::DssSchemaPropagationRunBuilder::start).

`POST /projects/{project_key}/flow/tools/propagate-schema/`

Never retried: sending it twice could do the work twice.

Arguments:
- `options`: The options (`recipeUpdateOptions`, `autoRebuild`, ...). Sent as JSON member `options`.
- `sources`: Where it starts: `[{"projectKey", "id"}]`. Sent as JSON member `sources`.

Returns a [`ProjectFlowStartSchemaPropagation`](requests::ProjectFlowStartSchemaPropagation) request; nothing is sent until `.send()`.*/
        pub fn start_schema_propagation(
            &self,
            options: impl Into<::serde_json::Value>,
            sources: impl Into<::serde_json::Value>,
        ) -> requests::ProjectFlowStartSchemaPropagation<'_> {
            requests::ProjectFlowStartSchemaPropagation {
                __owner: self,
                options: options.into(),
                sources: sources.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssFlowZone {
        /**Moves an object of the flow into the zone (out of the zone that held
it); answers the zone as it is then.

`POST /projects/{project_key}/flow/zones/{id}/items`

Never retried: sending it twice could do the work twice.

Arguments:
- `object_type`: The object's type (`DATASET`, `MANAGED_FOLDER`, `SAVED_MODEL`, `MODEL_EVALUATION_STORE`, `RECIPE`, `STREAMING_ENDPOINT`, `LABELING_TASK`, `RETRIEVABLE_KNOWLEDGE`; an agent is a `SAVED_MODEL`). dataikuapi takes the object itself. Sent as JSON member `objectType`.
- `object_id`: The object's id (a dataset's or recipe's name, a folder's id, ...). Sent as JSON member `objectId`.

Optional arguments, set by name on the returned request:
- `object_project_key`: Unset by default (then left out). Sent as JSON member `projectKey`.

Returns a [`FlowZoneAddItem`](requests::FlowZoneAddItem) request; nothing is sent until `.send()`.*/
        pub fn add_item(
            &self,
            object_type: impl Into<String>,
            object_id: impl Into<String>,
        ) -> requests::FlowZoneAddItem<'_> {
            requests::FlowZoneAddItem {
                __owner: self,
                object_type: object_type.into(),
                object_id: object_id.into(),
                object_project_key: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Moves several objects of the flow into the zone; answers the zone as
it is then.

`POST /projects/{project_key}/flow/zones/{id}/add-items`

Never retried: sending it twice could do the work twice.

Arguments:
- `items`: The objects, each `{"objectType", "objectId"}` (and `projectKey` for an object of another project), sent as the JSON body. dataikuapi takes the objects themselves. Sent as the JSON body.

Returns a [`FlowZoneAddItems`](requests::FlowZoneAddItems) request; nothing is sent until `.send()`.*/
        pub fn add_items(
            &self,
            items: impl Into<::serde_json::Value>,
        ) -> requests::FlowZoneAddItems<'_> {
            requests::FlowZoneAddItems {
                __owner: self,
                items: items.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Shares an object of the flow into the zone (it stays in its own
zone); answers the zone as it is then.

`POST /projects/{project_key}/flow/zones/{id}/shared`

Never retried: sending it twice could do the work twice.

Arguments:
- `object_type`: The object's type (see `add_item`). Sent as JSON member `objectType`.
- `object_id`: The object's id. Sent as JSON member `objectId`.

Optional arguments, set by name on the returned request:
- `object_project_key`: Unset by default (then left out). Sent as JSON member `projectKey`.

Returns a [`FlowZoneAddShared`](requests::FlowZoneAddShared) request; nothing is sent until `.send()`.*/
        pub fn add_shared(
            &self,
            object_type: impl Into<String>,
            object_id: impl Into<String>,
        ) -> requests::FlowZoneAddShared<'_> {
            requests::FlowZoneAddShared {
                __owner: self,
                object_type: object_type.into(),
                object_id: object_id.into(),
                object_project_key: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Stops sharing an object into the zone; answers the zone as it is
then.

`DELETE /projects/{project_key}/flow/zones/{id}/shared/{object_type}/{object_id}`

Arguments:
- `object_type`: The object's type (see `add_item`). Sent as a path segment.
- `object_id`: The object's id. Sent as a path segment.

Returns a [`FlowZoneRemoveShared`](requests::FlowZoneRemoveShared) request; nothing is sent until `.send()`.*/
        pub fn remove_shared(
            &self,
            object_type: impl Into<String>,
            object_id: impl Into<String>,
        ) -> requests::FlowZoneRemoveShared<'_> {
            requests::FlowZoneRemoveShared {
                __owner: self,
                object_type: object_type.into(),
                object_id: object_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the graph of the zone's part of the flow.

`GET /projects/{project_key}/flow/zones/{id}/graph`

Returns a [`FlowZoneGetGraph`](requests::FlowZoneGetGraph) request; nothing is sent until `.send()`.*/
        pub fn get_graph(&self) -> requests::FlowZoneGetGraph<'_> {
            requests::FlowZoneGetGraph {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the zone (its objects go to the default zone).

`DELETE /projects/{project_key}/flow/zones/{id}`

Returns a [`FlowZoneDelete`](requests::FlowZoneDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::FlowZoneDelete<'_> {
            requests::FlowZoneDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The zone's display name.

Reads the document this value holds; sends no request.*/
        pub fn name(&self) -> ::core::option::Option<&str> {
            self.document.get("name").and_then(::serde_json::Value::as_str)
        }
        /**The zone's color (`#rrggbb`).

Reads the document this value holds; sends no request.*/
        pub fn color(&self) -> ::core::option::Option<&str> {
            self.document.get("color").and_then(::serde_json::Value::as_str)
        }
        /**The objects the zone holds, each `{"objectType", "objectId"}` (and
`projectKey` for another project's).

Reads the document this value holds; sends no request.*/
        pub fn items(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("items")
        }
        /**The objects shared into the zone, as `items`.

Reads the document this value holds; sends no request.*/
        pub fn shared(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("shared")
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssStreamingEndpoint {
        /**Moves the streaming endpoint into a zone of its project's flow;
answers the zone as it is then. dataikuapi also takes the zone
object; given its id, it reads the zone first, which is not needed
here.

`POST /projects/{project_key}/flow/zones/{zone}/items`

Never retried: sending it twice could do the work twice.

Arguments:
- `zone`: The zone's id. Sent as a path segment.

Returns a [`StreamingEndpointMoveToZone`](requests::StreamingEndpointMoveToZone) request; nothing is sent until `.send()`.*/
        pub fn move_to_zone(
            &self,
            zone: impl Into<String>,
        ) -> requests::StreamingEndpointMoveToZone<'_> {
            requests::StreamingEndpointMoveToZone {
                __owner: self,
                zone: zone.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Shares the streaming endpoint into a zone of its project's flow (it
stays in its own zone); answers the zone as it is then.

`POST /projects/{project_key}/flow/zones/{zone}/shared`

Never retried: sending it twice could do the work twice.

Arguments:
- `zone`: The zone's id. Sent as a path segment.

Returns a [`StreamingEndpointShareToZone`](requests::StreamingEndpointShareToZone) request; nothing is sent until `.send()`.*/
        pub fn share_to_zone(
            &self,
            zone: impl Into<String>,
        ) -> requests::StreamingEndpointShareToZone<'_> {
            requests::StreamingEndpointShareToZone {
                __owner: self,
                zone: zone.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Stops sharing the streaming endpoint into a zone; answers the zone
as it is then.

`DELETE /projects/{project_key}/flow/zones/{zone}/shared/STREAMING_ENDPOINT/{streaming_endpoint_name}`

Arguments:
- `zone`: The zone's id. Sent as a path segment.

Returns a [`StreamingEndpointUnshareFromZone`](requests::StreamingEndpointUnshareFromZone) request; nothing is sent until `.send()`.*/
        pub fn unshare_from_zone(
            &self,
            zone: impl Into<String>,
        ) -> requests::StreamingEndpointUnshareFromZone<'_> {
            requests::StreamingEndpointUnshareFromZone {
                __owner: self,
                zone: zone.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssFlowZoneSettings {
        /**Saves the settings: the whole zone, sent back as it was read except
where it was changed.

`PUT /projects/{project_key}/flow/zones/{id}`

Returns a [`FlowZoneSettingsSave`](requests::FlowZoneSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::FlowZoneSettingsSave<'_> {
            requests::FlowZoneSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The zone's display name.

Reads the document this value holds; sends no request.*/
        pub fn name(&self) -> ::core::option::Option<&str> {
            self.document.get("name").and_then(::serde_json::Value::as_str)
        }
        /**Renames the zone.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_name(
            &mut self,
            name: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("name", ::serde_json::Value::from(name.into()));
            self
        }
        /**The zone's color (`#rrggbb`).

Reads the document this value holds; sends no request.*/
        pub fn color(&self) -> ::core::option::Option<&str> {
            self.document.get("color").and_then(::serde_json::Value::as_str)
        }
        /**Sets the zone's color.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_color(
            &mut self,
            color: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("color", ::serde_json::Value::from(color.into()));
            self
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssDataset {
        /**Moves the dataset into a zone of its project's flow; answers the
zone as it is then. dataikuapi also takes the zone object; given
its id, it reads the zone first, which is not needed here.

`POST /projects/{project_key}/flow/zones/{zone}/items`

Never retried: sending it twice could do the work twice.

Arguments:
- `zone`: The zone's id. Sent as a path segment.

Returns a [`DatasetMoveToZone`](requests::DatasetMoveToZone) request; nothing is sent until `.send()`.*/
        pub fn move_to_zone(
            &self,
            zone: impl Into<String>,
        ) -> requests::DatasetMoveToZone<'_> {
            requests::DatasetMoveToZone {
                __owner: self,
                zone: zone.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Shares the dataset into a zone of its project's flow (it stays in
its own zone); answers the zone as it is then.

`POST /projects/{project_key}/flow/zones/{zone}/shared`

Never retried: sending it twice could do the work twice.

Arguments:
- `zone`: The zone's id. Sent as a path segment.

Returns a [`DatasetShareToZone`](requests::DatasetShareToZone) request; nothing is sent until `.send()`.*/
        pub fn share_to_zone(
            &self,
            zone: impl Into<String>,
        ) -> requests::DatasetShareToZone<'_> {
            requests::DatasetShareToZone {
                __owner: self,
                zone: zone.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Stops sharing the dataset into a zone; answers the zone as it is
then.

`DELETE /projects/{project_key}/flow/zones/{zone}/shared/DATASET/{dataset_name}`

Arguments:
- `zone`: The zone's id. Sent as a path segment.

Returns a [`DatasetUnshareFromZone`](requests::DatasetUnshareFromZone) request; nothing is sent until `.send()`.*/
        pub fn unshare_from_zone(
            &self,
            zone: impl Into<String>,
        ) -> requests::DatasetUnshareFromZone<'_> {
            requests::DatasetUnshareFromZone {
                __owner: self,
                zone: zone.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssManagedFolder {
        /**Moves the folder into a zone of its project's flow; answers the zone
as it is then. dataikuapi also takes the zone object; given its id,
it reads the zone first, which is not needed here.

`POST /projects/{project_key}/flow/zones/{zone}/items`

Never retried: sending it twice could do the work twice.

Arguments:
- `zone`: The zone's id. Sent as a path segment.

Returns a [`ManagedFolderMoveToZone`](requests::ManagedFolderMoveToZone) request; nothing is sent until `.send()`.*/
        pub fn move_to_zone(
            &self,
            zone: impl Into<String>,
        ) -> requests::ManagedFolderMoveToZone<'_> {
            requests::ManagedFolderMoveToZone {
                __owner: self,
                zone: zone.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Shares the folder into a zone of its project's flow (it stays in its
own zone); answers the zone as it is then.

`POST /projects/{project_key}/flow/zones/{zone}/shared`

Never retried: sending it twice could do the work twice.

Arguments:
- `zone`: The zone's id. Sent as a path segment.

Returns a [`ManagedFolderShareToZone`](requests::ManagedFolderShareToZone) request; nothing is sent until `.send()`.*/
        pub fn share_to_zone(
            &self,
            zone: impl Into<String>,
        ) -> requests::ManagedFolderShareToZone<'_> {
            requests::ManagedFolderShareToZone {
                __owner: self,
                zone: zone.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Stops sharing the folder into a zone; answers the zone as it is
then.

`DELETE /projects/{project_key}/flow/zones/{zone}/shared/MANAGED_FOLDER/{odb_id}`

Arguments:
- `zone`: The zone's id. Sent as a path segment.

Returns a [`ManagedFolderUnshareFromZone`](requests::ManagedFolderUnshareFromZone) request; nothing is sent until `.send()`.*/
        pub fn unshare_from_zone(
            &self,
            zone: impl Into<String>,
        ) -> requests::ManagedFolderUnshareFromZone<'_> {
            requests::ManagedFolderUnshareFromZone {
                __owner: self,
                zone: zone.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssRecipe {
        /**Moves the recipe into a zone of its project's flow; answers the zone
as it is then. dataikuapi also takes the zone object; given its id,
it reads the zone first, which is not needed here.

`POST /projects/{project_key}/flow/zones/{zone}/items`

Never retried: sending it twice could do the work twice.

Arguments:
- `zone`: The zone's id. Sent as a path segment.

Returns a [`RecipeMoveToZone`](requests::RecipeMoveToZone) request; nothing is sent until `.send()`.*/
        pub fn move_to_zone(
            &self,
            zone: impl Into<String>,
        ) -> requests::RecipeMoveToZone<'_> {
            requests::RecipeMoveToZone {
                __owner: self,
                zone: zone.into(),
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
            impl super::handles::DssProjectFlow {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_list_zones(&self) -> Pending<'_, Vec<DssFlowZone>> {
                    self.list_zones()
                }
            }
            impl super::handles::DssProjectFlow {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_zone_of_object(
                    &self,
                    object_type: &str,
                    object_id: &str,
                    object_project_key: Option<&str>,
                ) -> Pending<'_, DssFlowZone> {
                    self.get_zone_of_object(object_type, object_id, object_project_key)
                }
            }
            impl super::handles::DssProjectFlow {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_replace_input_computable(
                    &self,
                    current_ref: &str,
                    new_ref: &str,
                ) -> FlowReplaceInputComputable<'_> {
                    self.replace_input_computable(current_ref, new_ref)
                }
            }
            impl super::handles::DssProjectFlow {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_generate_documentation(
                    &self,
                ) -> FlowGenerateDocumentation<'_> {
                    self.generate_documentation()
                }
            }
            impl super::handles::DssProjectFlow {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_new_schema_propagation(
                    &self,
                    dataset_name: &str,
                ) -> DssSchemaPropagationRunBuilder {
                    self.new_schema_propagation(dataset_name)
                }
            }
            impl super::handles::DssFlowZone {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_settings(&self) -> DssFlowZoneSettings {
                    self.get_settings()
                }
            }
            impl super::handles::DssStreamingEndpoint {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_zone(&self) -> Pending<'_, DssFlowZone> {
                    self.get_zone()
                }
            }
            impl super::handles::DssDataset {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_zone(&self) -> Pending<'_, DssFlowZone> {
                    self.get_zone()
                }
            }
            impl super::handles::DssManagedFolder {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_zone(&self) -> Pending<'_, DssFlowZone> {
                    self.get_zone()
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
                ("DssProjectFlow", "create_zone") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFlow", ids)?;
                        let __owner = super::handles::DssProjectFlow {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.create_zone(args.str("name")?);
                        let __endpoint = requests::ProjectFlowCreateZone::ENDPOINT;
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
                ("DssProjectFlow", "get_zone") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFlow", ids)?;
                        let __owner = super::handles::DssProjectFlow {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_zone(args.str("id")?);
                        let __endpoint = requests::ProjectFlowGetZone::ENDPOINT;
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
                ("DssProjectFlow", "get_default_zone") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFlow", ids)?;
                        let __owner = super::handles::DssProjectFlow {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_default_zone();
                        let __endpoint = requests::ProjectFlowGetDefaultZone::ENDPOINT;
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
                ("DssProjectFlow", "get_zone_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFlow", ids)?;
                        let __owner = super::handles::DssProjectFlow {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_zone_settings(args.str("id")?);
                        let __endpoint = requests::ProjectFlowGetZoneSettings::ENDPOINT;
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
                ("DssProjectFlow", "list_zone_documents") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFlow", ids)?;
                        let __owner = super::handles::DssProjectFlow {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_zone_documents();
                        let __endpoint = requests::ProjectFlowListZoneDocuments::ENDPOINT;
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
                ("DssProjectFlow", "generate_documentation_from_default_template") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFlow", ids)?;
                        let __owner = super::handles::DssProjectFlow {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .generate_documentation_from_default_template();
                        let __endpoint = requests::ProjectFlowGenerateDocumentationFromDefaultTemplate::ENDPOINT;
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
                ("DssProjectFlow", "generate_documentation_from_folder_template") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFlow", ids)?;
                        let __owner = super::handles::DssProjectFlow {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .generate_documentation_from_folder_template(
                                args.str("folder_id")?,
                                args.str("path")?,
                            );
                        let __endpoint = requests::ProjectFlowGenerateDocumentationFromFolderTemplate::ENDPOINT;
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
                ("DssProjectFlow", "generate_documentation_from_custom_template") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFlow", ids)?;
                        let __owner = super::handles::DssProjectFlow {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .generate_documentation_from_custom_template(
                                args.file("fp")?,
                            );
                        let __endpoint = requests::ProjectFlowGenerateDocumentationFromCustomTemplate::ENDPOINT;
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
                ("DssProjectFlow", "download_documentation_stream") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFlow", ids)?;
                        let __owner = super::handles::DssProjectFlow {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .download_documentation_stream(args.str("export_id")?);
                        let __endpoint = requests::ProjectFlowDownloadDocumentationStream::ENDPOINT;
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
                ("DssProjectFlow", "download_documentation_to_file") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFlow", ids)?;
                        let __owner = super::handles::DssProjectFlow {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .download_documentation_to_file(
                                args.str("export_id")?,
                                args.str("path")?,
                            );
                        let __endpoint = requests::ProjectFlowDownloadDocumentationToFile::ENDPOINT;
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
                ("DssProjectFlow", "start_schema_propagation") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFlow", ids)?;
                        let __owner = super::handles::DssProjectFlow {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .start_schema_propagation(
                                args.json("options")?,
                                args.json("sources")?,
                            );
                        let __endpoint = requests::ProjectFlowStartSchemaPropagation::ENDPOINT;
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
                ("DssFlowZone", "add_item") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssFlowZone", ids)?;
                        let __owner = super::handles::DssFlowZone {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .add_item(args.str("object_type")?, args.str("object_id")?);
                        let __endpoint = requests::FlowZoneAddItem::ENDPOINT;
                        if let Some(__v) = args.opt_str("object_project_key")? {
                            __r = __r.object_project_key(__v);
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
                ("DssFlowZone", "add_items") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssFlowZone", ids)?;
                        let __owner = super::handles::DssFlowZone {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.add_items(args.json("items")?);
                        let __endpoint = requests::FlowZoneAddItems::ENDPOINT;
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
                ("DssFlowZone", "add_shared") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssFlowZone", ids)?;
                        let __owner = super::handles::DssFlowZone {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .add_shared(
                                args.str("object_type")?,
                                args.str("object_id")?,
                            );
                        let __endpoint = requests::FlowZoneAddShared::ENDPOINT;
                        if let Some(__v) = args.opt_str("object_project_key")? {
                            __r = __r.object_project_key(__v);
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
                ("DssFlowZone", "remove_shared") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssFlowZone", ids)?;
                        let __owner = super::handles::DssFlowZone {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .remove_shared(
                                args.str("object_type")?,
                                args.str("object_id")?,
                            );
                        let __endpoint = requests::FlowZoneRemoveShared::ENDPOINT;
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
                ("DssFlowZone", "get_graph") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssFlowZone", ids)?;
                        let __owner = super::handles::DssFlowZone {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_graph();
                        let __endpoint = requests::FlowZoneGetGraph::ENDPOINT;
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
                ("DssFlowZone", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssFlowZone", ids)?;
                        let __owner = super::handles::DssFlowZone {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::FlowZoneDelete::ENDPOINT;
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
                ("DssStreamingEndpoint", "move_to_zone") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_streaming_endpoint_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssStreamingEndpoint", ids)?;
                        let __owner = super::handles::DssStreamingEndpoint {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            streaming_endpoint_name: __id_streaming_endpoint_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.move_to_zone(args.str("zone")?);
                        let __endpoint = requests::StreamingEndpointMoveToZone::ENDPOINT;
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
                ("DssStreamingEndpoint", "share_to_zone") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_streaming_endpoint_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssStreamingEndpoint", ids)?;
                        let __owner = super::handles::DssStreamingEndpoint {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            streaming_endpoint_name: __id_streaming_endpoint_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.share_to_zone(args.str("zone")?);
                        let __endpoint = requests::StreamingEndpointShareToZone::ENDPOINT;
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
                ("DssStreamingEndpoint", "unshare_from_zone") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_streaming_endpoint_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssStreamingEndpoint", ids)?;
                        let __owner = super::handles::DssStreamingEndpoint {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            streaming_endpoint_name: __id_streaming_endpoint_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.unshare_from_zone(args.str("zone")?);
                        let __endpoint = requests::StreamingEndpointUnshareFromZone::ENDPOINT;
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
                ("DssFlowZoneSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssFlowZoneSettings", ids)?;
                        let __owner = super::handles::DssFlowZoneSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::FlowZoneSettingsSave::ENDPOINT;
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
                ("DssDataset", "move_to_zone") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataset", ids)?;
                        let __owner = super::handles::DssDataset {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.move_to_zone(args.str("zone")?);
                        let __endpoint = requests::DatasetMoveToZone::ENDPOINT;
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
                ("DssDataset", "share_to_zone") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataset", ids)?;
                        let __owner = super::handles::DssDataset {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.share_to_zone(args.str("zone")?);
                        let __endpoint = requests::DatasetShareToZone::ENDPOINT;
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
                ("DssDataset", "unshare_from_zone") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataset", ids)?;
                        let __owner = super::handles::DssDataset {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.unshare_from_zone(args.str("zone")?);
                        let __endpoint = requests::DatasetUnshareFromZone::ENDPOINT;
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
                ("DssManagedFolder", "move_to_zone") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.move_to_zone(args.str("zone")?);
                        let __endpoint = requests::ManagedFolderMoveToZone::ENDPOINT;
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
                ("DssManagedFolder", "share_to_zone") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.share_to_zone(args.str("zone")?);
                        let __endpoint = requests::ManagedFolderShareToZone::ENDPOINT;
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
                ("DssManagedFolder", "unshare_from_zone") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.unshare_from_zone(args.str("zone")?);
                        let __endpoint = requests::ManagedFolderUnshareFromZone::ENDPOINT;
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
                ("DssRecipe", "move_to_zone") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_recipe_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssRecipe", ids)?;
                        let __owner = super::handles::DssRecipe {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            recipe_name: __id_recipe_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.move_to_zone(args.str("zone")?);
                        let __endpoint = requests::RecipeMoveToZone::ENDPOINT;
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
                "DssFlowZone" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFlow", ids)?;
                        let __owner = super::handles::DssProjectFlow {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        let mut __doc = __owner.get_default_zone().send()?;
                        edit(__doc.raw_mut());
                        Ok(false)
                    })()
                }
                "DssFlowZoneSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectFlow", ids)?;
                        let __owner = super::handles::DssProjectFlow {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        let mut __doc = __owner
                            .get_zone_settings(args.str("id")?)
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
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssFlowZone {
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
                "DssFlowZone"
            );
            checked += 1;
            let handle = super::handles::DssFlowZoneSettings {
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
                "DssFlowZoneSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
