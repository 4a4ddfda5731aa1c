// The expansion of `project_standards.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/project_standards.dss`.
pub mod spec_project_standards {
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
        /**The project standards of the instance: the checks projects are held to
and the scopes saying which checks apply to which projects
(dataikuapi's `DSSProjectStandards`, whose constructor takes no id).*/
        #[derive(Clone)]
        pub struct DssProjectStandards {
            pub(crate) client: crate::rt::DssClient,
        }
        impl DssProjectStandards {
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssProjectStandards {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssProjectStandards").finish_non_exhaustive()
            }
        }
        /**One check of the project standards, as DSS sent it (dataikuapi's
`DSSProjectStandardsCheck`); changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssProjectStandardsCheck {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssProjectStandardsCheck {
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
        impl ::core::fmt::Debug for DssProjectStandardsCheck {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssProjectStandardsCheck")
                    .field("id", &self.id)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**One scope of the project standards, named by its name, as DSS sent it
(dataikuapi's `DSSProjectStandardsScope`): which projects (by key,
folder or tag, or all of them) are held to which checks; changed, then
sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssProjectStandardsScope {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) name: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssProjectStandardsScope {
            ///The `name` this handle points at.
            pub fn name(&self) -> &str {
                &self.name
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
        impl ::core::fmt::Debug for DssProjectStandardsScope {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssProjectStandardsScope")
                    .field("name", &self.name)
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
        ///Request value of [`DssProjectStandards::list_check_specs`](super::super::handles::DssProjectStandards::list_check_specs): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectStandardsListCheckSpecs<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectStandards,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectStandardsListCheckSpecs<'a> {
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
                __call.lit("/project-standards/check-specs");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectStandardsListCheckSpecs,
            super::endpoints::PROJECT_STANDARDS_LIST_CHECK_SPECS, json(Vec < Value >,
            "Sends the request (`GET /project-standards/check-specs`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectStandardsListCheckSpecs<'_> {}
        ///Request value of [`DssProjectStandards::create_checks`](super::super::handles::DssProjectStandards::create_checks): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectStandardsCreateChecks<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectStandards,
            pub(crate) check_specs_element_types: Vec<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectStandardsCreateChecks<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, check_specs_element_types, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-standards/checks/actions/import");
                __call.query("checkSpecElementTypes", &check_specs_element_types);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectStandardsCreateChecks,
            super::endpoints::PROJECT_STANDARDS_CREATE_CHECKS, json(Vec < Value >,
            "Sends the request (`POST /project-standards/checks/actions/import`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectStandardsCreateChecks<'_> {}
        ///Request value of [`DssProjectStandards::get_check`](super::super::handles::DssProjectStandards::get_check): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectStandardsGetCheck<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectStandards,
            pub(crate) check_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectStandardsGetCheck<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
                let Self { __owner, check_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-standards/checks/");
                __call.segment("check_id", &check_id, false)?;
                Ok((__call, (check_id,)))
            }
            ///Sends the request (`GET /project-standards/checks/{check_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssProjectStandardsCheck,
                crate::rt::Error,
            > {
                let (__call, (check_id,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_id = check_id;
                            super::super::handles::DssProjectStandardsCheck {
                                client: ::core::clone::Clone::clone(__client),
                                id: __f_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectStandardsGetCheck, super::endpoints::PROJECT_STANDARDS_GET_CHECK,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectStandardsGetCheck<'_> {}
        ///Request value of [`DssProjectStandards::list_checks`](super::super::handles::DssProjectStandards::list_checks): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectStandardsListChecks<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectStandards,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectStandardsListChecks<'a> {
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
                __call.lit("/project-standards/checks");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectStandardsListChecks, super::endpoints::PROJECT_STANDARDS_LIST_CHECKS,
            json(Vec < Value >,
            "Sends the request (`GET /project-standards/checks`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectStandardsListChecks<'_> {}
        ///Request value of [`DssProjectStandards::get_scope`](super::super::handles::DssProjectStandards::get_scope): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectStandardsGetScope<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectStandards,
            pub(crate) scope_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectStandardsGetScope<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
                let Self { __owner, scope_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-standards/scopes/");
                __call.segment("scope_name", &scope_name, false)?;
                Ok((__call, (scope_name,)))
            }
            ///Sends the request (`GET /project-standards/scopes/{scope_name}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssProjectStandardsScope,
                crate::rt::Error,
            > {
                let (__call, (scope_name,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_name = scope_name;
                            super::super::handles::DssProjectStandardsScope {
                                client: ::core::clone::Clone::clone(__client),
                                name: __f_name,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectStandardsGetScope, super::endpoints::PROJECT_STANDARDS_GET_SCOPE,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectStandardsGetScope<'_> {}
        ///Request value of [`DssProjectStandards::create_scope_from`](super::super::handles::DssProjectStandards::create_scope_from): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectStandardsCreateScopeFrom<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectStandards,
            pub(crate) name: String,
            pub(crate) scope: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectStandardsCreateScopeFrom<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, (String,)), crate::rt::Error> {
                let Self { __owner, name, scope, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-standards/scopes/");
                __call.segment("name", &name, false)?;
                __call.json(&::serde_json::Value::from(scope))?;
                Ok((__call, (name,)))
            }
            ///Sends the request (`POST /project-standards/scopes/{name}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssProjectStandardsScope,
                crate::rt::Error,
            > {
                let (__call, (name,)) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let __document = __call.send_document()?;
                        #[allow(unused_variables)]
                        let __answer: &Value = __document.raw();
                        Ok({
                            let __f_name = name;
                            super::super::handles::DssProjectStandardsScope {
                                client: ::core::clone::Clone::clone(__client),
                                name: __f_name,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectStandardsCreateScopeFrom,
            super::endpoints::PROJECT_STANDARDS_CREATE_SCOPE_FROM, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectStandardsCreateScopeFrom<'_> {}
        ///Request value of [`DssProjectStandards::list_scopes`](super::super::handles::DssProjectStandards::list_scopes): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectStandardsListScopes<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectStandards,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectStandardsListScopes<'a> {
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
                __call.lit("/project-standards/scopes");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectStandardsListScopes, super::endpoints::PROJECT_STANDARDS_LIST_SCOPES,
            json(Vec < Value >,
            "Sends the request (`GET /project-standards/scopes`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectStandardsListScopes<'_> {}
        ///Request value of [`DssProjectStandards::get_default_scope`](super::super::handles::DssProjectStandards::get_default_scope): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectStandardsGetDefaultScope<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectStandards,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectStandardsGetDefaultScope<'a> {
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
                __call.lit("/project-standards/default-scope");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectStandardsGetDefaultScope,
            super::endpoints::PROJECT_STANDARDS_GET_DEFAULT_SCOPE, json(Value,
            "Sends the request (`GET /project-standards/default-scope`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectStandardsGetDefaultScope<'_> {}
        ///Request value of [`DssProjectStandardsCheck::save`](super::super::handles::DssProjectStandardsCheck::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectStandardsCheckSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectStandardsCheck,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectStandardsCheckSave<'a> {
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
                __call.lit("/project-standards/checks/");
                __call.segment("id", &__owner.id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectStandardsCheckSave, super::endpoints::PROJECT_STANDARDS_CHECK_SAVE,
            json(Value,
            "Sends the request (`PUT /project-standards/checks/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectStandardsCheckSave<'_> {}
        ///Request value of [`DssProjectStandardsCheck::delete`](super::super::handles::DssProjectStandardsCheck::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectStandardsCheckDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectStandardsCheck,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectStandardsCheckDelete<'a> {
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
                __call.lit("/project-standards/checks/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectStandardsCheckDelete,
            super::endpoints::PROJECT_STANDARDS_CHECK_DELETE,
            unit("Sends the request (`DELETE /project-standards/checks/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectStandardsCheckDelete<'_> {}
        ///Request value of [`DssProjectStandardsScope::reorder`](super::super::handles::DssProjectStandardsScope::reorder): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectStandardsScopeReorder<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectStandardsScope,
            pub(crate) index: i64,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectStandardsScopeReorder<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, index, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/project-standards/scopes/");
                __call.segment("name", &__owner.name, false)?;
                __call.lit("/actions/reorder");
                __call.query("index", &index);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectStandardsScopeReorder,
            super::endpoints::PROJECT_STANDARDS_SCOPE_REORDER,
            unit("Sends the request (`POST /project-standards/scopes/{name}/actions/reorder`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectStandardsScopeReorder<'_> {}
        ///Request value of [`DssProjectStandardsScope::save`](super::super::handles::DssProjectStandardsScope::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectStandardsScopeSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectStandardsScope,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectStandardsScopeSave<'a> {
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
                __call.lit("/project-standards/scopes/");
                __call.segment("name", &__owner.name, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectStandardsScopeSave, super::endpoints::PROJECT_STANDARDS_SCOPE_SAVE,
            json(Value,
            "Sends the request (`PUT /project-standards/scopes/{name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectStandardsScopeSave<'_> {}
        ///Request value of [`DssProjectStandardsScope::delete`](super::super::handles::DssProjectStandardsScope::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectStandardsScopeDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProjectStandardsScope,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectStandardsScopeDelete<'a> {
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
                __call.lit("/project-standards/scopes/");
                __call.segment("name", &__owner.name, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectStandardsScopeDelete,
            super::endpoints::PROJECT_STANDARDS_SCOPE_DELETE,
            unit("Sends the request (`DELETE /project-standards/scopes/{name}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectStandardsScopeDelete<'_> {}
        ///Request value of [`DssProject::start_run_project_standards_checks`](super::super::handles::DssProject::start_run_project_standards_checks): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectStartRunProjectStandardsChecks<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) check_ids: Vec<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectStartRunProjectStandardsChecks<'a> {
            /**Ids of the checks to run (none: all that apply to the project).

Default: `[]`. Sent as query parameter `checkIds`, repeated for each item.*/
            pub fn check_ids(
                mut self,
                check_ids: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.check_ids = check_ids.into_iter().map(Into::into).collect();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, check_ids, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/project-standards/actions/run");
                __call.query("checkIds", &check_ids);
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/project-standards/actions/run`) and returns the answer.
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
            ProjectStartRunProjectStandardsChecks,
            super::endpoints::PROJECT_START_RUN_PROJECT_STANDARDS_CHECKS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectStartRunProjectStandardsChecks<'_> {}
        ///Request value of [`DssProject::get_project_standards_last_report_text`](super::super::handles::DssProject::get_project_standards_last_report_text): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetProjectStandardsLastReportText<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetProjectStandardsLastReportText<'a> {
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
                __call.lit("/project-standards/last-report");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetProjectStandardsLastReportText,
            super::endpoints::PROJECT_GET_PROJECT_STANDARDS_LAST_REPORT_TEXT,
            text("Sends the request (`GET /projects/{project_key}/project-standards/last-report`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetProjectStandardsLastReportText<'_> {}
        ///Request value of [`DssProject::get_project_standards_scope`](super::super::handles::DssProject::get_project_standards_scope): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectGetProjectStandardsScope<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectGetProjectStandardsScope<'a> {
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
                __call.lit("/project-standards/scope");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectGetProjectStandardsScope,
            super::endpoints::PROJECT_GET_PROJECT_STANDARDS_SCOPE,
            text("Sends the request (`GET /projects/{project_key}/project-standards/scope`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectGetProjectStandardsScope<'_> {}
        crate::rt::request_list!(
            ProjectStandardsListCheckSpecs, ProjectStandardsCreateChecks,
            ProjectStandardsGetCheck, ProjectStandardsListChecks,
            ProjectStandardsGetScope, ProjectStandardsCreateScopeFrom,
            ProjectStandardsListScopes, ProjectStandardsGetDefaultScope,
            ProjectStandardsCheckSave, ProjectStandardsCheckDelete,
            ProjectStandardsScopeReorder, ProjectStandardsScopeSave,
            ProjectStandardsScopeDelete, ProjectStartRunProjectStandardsChecks,
            ProjectGetProjectStandardsLastReportText, ProjectGetProjectStandardsScope
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::get_project_standards`.
        pub static GET_PROJECT_STANDARDS: Endpoint = Endpoint::new(
            "DssClient",
            "get_project_standards",
            crate::rt::Server::DSS,
            "A handle on the project standards (also declared by the client's getters of another part: one of the two goes at merge).",
            &[],
            None,
            ResultKind::Handle("DssProjectStandards"),
            [false, true, false],
        );
        ///`DssProjectStandards::list_check_specs`.
        pub static PROJECT_STANDARDS_LIST_CHECK_SPECS: Endpoint = Endpoint::new(
            "DssProjectStandards",
            "list_check_specs",
            crate::rt::Server::DSS,
            "Lists the kinds of checks DSS and its plugins offer (each with its `elementType`, `label`, `description`, `ownerPluginId`).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-standards/check-specs",
                    &[],
                    "ProjectStandardsListCheckSpecs",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < Value >"),
            [false, true, false],
        );
        ///`DssProjectStandards::create_checks`.
        pub static PROJECT_STANDARDS_CREATE_CHECKS: Endpoint = Endpoint::new(
            "DssProjectStandards",
            "create_checks",
            crate::rt::Server::DSS,
            "Creates one check of each kind named, with its default parameters; returns the checks made.",
            &[
                Arg::new(
                    "check_specs_element_types",
                    "[str]",
                    Presence::Required,
                    Place::Query("checkSpecElementTypes"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/project-standards/checks/actions/import",
                    &[],
                    "ProjectStandardsCreateChecks",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < Value >"),
            [false, true, false],
        );
        ///`DssProjectStandards::get_check`.
        pub static PROJECT_STANDARDS_GET_CHECK: Endpoint = Endpoint::new(
            "DssProjectStandards",
            "get_check",
            crate::rt::Server::DSS,
            "Reads one check, to change and `save`.",
            &[Arg::new("check_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-standards/checks/{check_id}",
                    &[],
                    "ProjectStandardsGetCheck",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectStandardsCheck"),
            [false, true, false],
        );
        ///`DssProjectStandards::list_checks`.
        pub static PROJECT_STANDARDS_LIST_CHECKS: Endpoint = Endpoint::new(
            "DssProjectStandards",
            "list_checks",
            crate::rt::Server::DSS,
            "Lists the checks.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-standards/checks",
                    &[],
                    "ProjectStandardsListChecks",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < Value >"),
            [false, true, false],
        );
        ///`DssProjectStandards::get_scope`.
        pub static PROJECT_STANDARDS_GET_SCOPE: Endpoint = Endpoint::new(
            "DssProjectStandards",
            "get_scope",
            crate::rt::Server::DSS,
            "Reads one scope, to change and `save`.",
            &[Arg::new("scope_name", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-standards/scopes/{scope_name}",
                    &[],
                    "ProjectStandardsGetScope",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectStandardsScope"),
            [false, true, false],
        );
        ///`DssProjectStandards::create_scope_from`.
        pub static PROJECT_STANDARDS_CREATE_SCOPE_FROM: Endpoint = Endpoint::new(
            "DssProjectStandards",
            "create_scope_from",
            crate::rt::Server::DSS,
            "Creates a scope from its whole definition: the request behind [`create_scope`](crate::DssProjectStandards::create_scope).",
            &[
                Arg::new("name", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "scope",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/project-standards/scopes/{name}",
                    &[],
                    "ProjectStandardsCreateScopeFrom",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssProjectStandardsScope"),
            [false, false, false],
        );
        ///`DssProjectStandards::create_scope`.
        pub static PROJECT_STANDARDS_CREATE_SCOPE: Endpoint = Endpoint::new(
            "DssProjectStandards",
            "create_scope",
            crate::rt::Server::DSS,
            "Creates a scope holding the projects it selects to some checks.",
            &[Arg::new("name", "& str", Presence::Required, Place::HandWritten, false)],
            None,
            ResultKind::HandWritten("ProjectStandardsCreateScope < '_ >"),
            [true, true, false],
        );
        ///`DssProjectStandards::list_scopes`.
        pub static PROJECT_STANDARDS_LIST_SCOPES: Endpoint = Endpoint::new(
            "DssProjectStandards",
            "list_scopes",
            crate::rt::Server::DSS,
            "Lists the scopes.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-standards/scopes",
                    &[],
                    "ProjectStandardsListScopes",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < Value >"),
            [false, true, false],
        );
        ///`DssProjectStandards::get_default_scope`.
        pub static PROJECT_STANDARDS_GET_DEFAULT_SCOPE: Endpoint = Endpoint::new(
            "DssProjectStandards",
            "get_default_scope",
            crate::rt::Server::DSS,
            "Reads the default scope (the one for every project not in another scope; its `selectionMethod` is `ALL`).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/project-standards/default-scope",
                    &[],
                    "ProjectStandardsGetDefaultScope",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectStandardsCheck::save`.
        pub static PROJECT_STANDARDS_CHECK_SAVE: Endpoint = Endpoint::new(
            "DssProjectStandardsCheck",
            "save",
            crate::rt::Server::DSS,
            "Saves the check: the whole object, sent back as it was read except where it was changed; returns it as DSS saved it (dataikuapi makes a new object of it).",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/project-standards/checks/{id}",
                    &[],
                    "ProjectStandardsCheckSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectStandardsCheck::delete`.
        pub static PROJECT_STANDARDS_CHECK_DELETE: Endpoint = Endpoint::new(
            "DssProjectStandardsCheck",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the check.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/project-standards/checks/{id}",
                    &[],
                    "ProjectStandardsCheckDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectStandardsCheck::name`.
        pub static PROJECT_STANDARDS_CHECK_NAME: Endpoint = Endpoint::new(
            "DssProjectStandardsCheck",
            "name",
            crate::rt::Server::DSS,
            "The check's name.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssProjectStandardsCheck::set_name`.
        pub static PROJECT_STANDARDS_CHECK_SET_NAME: Endpoint = Endpoint::new(
            "DssProjectStandardsCheck",
            "set_name",
            crate::rt::Server::DSS,
            "Renames the check.",
            &[
                Arg::new(
                    "value",
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
        ///`DssProjectStandardsCheck::description`.
        pub static PROJECT_STANDARDS_CHECK_DESCRIPTION: Endpoint = Endpoint::new(
            "DssProjectStandardsCheck",
            "description",
            crate::rt::Server::DSS,
            "The check's description.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssProjectStandardsCheck::set_description`.
        pub static PROJECT_STANDARDS_CHECK_SET_DESCRIPTION: Endpoint = Endpoint::new(
            "DssProjectStandardsCheck",
            "set_description",
            crate::rt::Server::DSS,
            "Sets the check's description.",
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
        ///`DssProjectStandardsCheck::check_element_type`.
        pub static PROJECT_STANDARDS_CHECK_CHECK_ELEMENT_TYPE: Endpoint = Endpoint::new(
            "DssProjectStandardsCheck",
            "check_element_type",
            crate::rt::Server::DSS,
            "The kind of the check (the `elementType` of its spec).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssProjectStandardsCheck::check_params`.
        pub static PROJECT_STANDARDS_CHECK_CHECK_PARAMS: Endpoint = Endpoint::new(
            "DssProjectStandardsCheck",
            "check_params",
            crate::rt::Server::DSS,
            "The check's parameters.",
            &[],
            None,
            ResultKind::Local("Option<&Value>"),
            [false, true, false],
        );
        ///`DssProjectStandardsCheck::set_check_params`.
        pub static PROJECT_STANDARDS_CHECK_SET_CHECK_PARAMS: Endpoint = Endpoint::new(
            "DssProjectStandardsCheck",
            "set_check_params",
            crate::rt::Server::DSS,
            "Sets the check's parameters.",
            &[
                Arg::new(
                    "value",
                    "json",
                    Presence::Required,
                    Place::Document("checkParams"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssProjectStandardsCheck::tags`.
        pub static PROJECT_STANDARDS_CHECK_TAGS: Endpoint = Endpoint::new(
            "DssProjectStandardsCheck",
            "tags",
            crate::rt::Server::DSS,
            "The check's tags.",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssProjectStandardsCheck::set_tags`.
        pub static PROJECT_STANDARDS_CHECK_SET_TAGS: Endpoint = Endpoint::new(
            "DssProjectStandardsCheck",
            "set_tags",
            crate::rt::Server::DSS,
            "Sets the check's tags.",
            &[
                Arg::new(
                    "value",
                    "[str]",
                    Presence::Required,
                    Place::Document("tags"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssProjectStandardsScope::reorder`.
        pub static PROJECT_STANDARDS_SCOPE_REORDER: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
            "reorder",
            crate::rt::Server::DSS,
            "Moves the scope to another place in the order scopes are tried in.",
            &[
                Arg::new(
                    "index",
                    "int",
                    Presence::Required,
                    Place::Query("index"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/project-standards/scopes/{name}/actions/reorder",
                    &[],
                    "ProjectStandardsScopeReorder",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectStandardsScope::save`.
        pub static PROJECT_STANDARDS_SCOPE_SAVE: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
            "save",
            crate::rt::Server::DSS,
            "Saves the scope: the whole object, sent back as it was read except where it was changed; returns it as DSS saved it (dataikuapi makes a new object of it).",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/project-standards/scopes/{name}",
                    &[],
                    "ProjectStandardsScopeSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProjectStandardsScope::delete`.
        pub static PROJECT_STANDARDS_SCOPE_DELETE: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the scope (dataikuapi refuses the default scope before sending; DSS does here).",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/project-standards/scopes/{name}",
                    &[],
                    "ProjectStandardsScopeDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssProjectStandardsScope::is_default`.
        pub static PROJECT_STANDARDS_SCOPE_IS_DEFAULT: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
            "is_default",
            crate::rt::Server::DSS,
            "Whether it is the default scope (its selection method is `ALL`).",
            &[],
            None,
            ResultKind::HandWritten("bool"),
            [true, true, false],
        );
        ///`DssProjectStandardsScope::description`.
        pub static PROJECT_STANDARDS_SCOPE_DESCRIPTION: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
            "description",
            crate::rt::Server::DSS,
            "The scope's description.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssProjectStandardsScope::set_description`.
        pub static PROJECT_STANDARDS_SCOPE_SET_DESCRIPTION: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
            "set_description",
            crate::rt::Server::DSS,
            "Sets the scope's description.",
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
        ///`DssProjectStandardsScope::selection_method`.
        pub static PROJECT_STANDARDS_SCOPE_SELECTION_METHOD: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
            "selection_method",
            crate::rt::Server::DSS,
            "How the scope selects projects: `BY_PROJECT`, `BY_FOLDER`, `BY_TAG` (or `ALL` for the default scope).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssProjectStandardsScope::set_selection_method`.
        pub static PROJECT_STANDARDS_SCOPE_SET_SELECTION_METHOD: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
            "set_selection_method",
            crate::rt::Server::DSS,
            "Sets how the scope selects projects.",
            &[
                Arg::new(
                    "value",
                    "str",
                    Presence::Required,
                    Place::Document("selectionMethod"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssProjectStandardsScope::selected_projects`.
        pub static PROJECT_STANDARDS_SCOPE_SELECTED_PROJECTS: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
            "selected_projects",
            crate::rt::Server::DSS,
            "The keys of the projects selected (`BY_PROJECT`).",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssProjectStandardsScope::set_selected_projects`.
        pub static PROJECT_STANDARDS_SCOPE_SET_SELECTED_PROJECTS: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
            "set_selected_projects",
            crate::rt::Server::DSS,
            "Sets the keys of the projects selected.",
            &[
                Arg::new(
                    "value",
                    "[str]",
                    Presence::Required,
                    Place::Document("selectedProjects"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssProjectStandardsScope::selected_folders`.
        pub static PROJECT_STANDARDS_SCOPE_SELECTED_FOLDERS: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
            "selected_folders",
            crate::rt::Server::DSS,
            "The ids of the project folders selected (`BY_FOLDER`).",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssProjectStandardsScope::set_selected_folders`.
        pub static PROJECT_STANDARDS_SCOPE_SET_SELECTED_FOLDERS: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
            "set_selected_folders",
            crate::rt::Server::DSS,
            "Sets the ids of the project folders selected.",
            &[
                Arg::new(
                    "value",
                    "[str]",
                    Presence::Required,
                    Place::Document("selectedFolders"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssProjectStandardsScope::selected_tags`.
        pub static PROJECT_STANDARDS_SCOPE_SELECTED_TAGS: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
            "selected_tags",
            crate::rt::Server::DSS,
            "The tags selecting projects (`BY_TAG`).",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssProjectStandardsScope::set_selected_tags`.
        pub static PROJECT_STANDARDS_SCOPE_SET_SELECTED_TAGS: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
            "set_selected_tags",
            crate::rt::Server::DSS,
            "Sets the tags selecting projects.",
            &[
                Arg::new(
                    "value",
                    "[str]",
                    Presence::Required,
                    Place::Document("selectedTags"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssProjectStandardsScope::checks`.
        pub static PROJECT_STANDARDS_SCOPE_CHECKS: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
            "checks",
            crate::rt::Server::DSS,
            "The ids of the checks the selected projects are held to.",
            &[],
            None,
            ResultKind::Local("Vec<&str>"),
            [false, true, false],
        );
        ///`DssProjectStandardsScope::set_checks`.
        pub static PROJECT_STANDARDS_SCOPE_SET_CHECKS: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
            "set_checks",
            crate::rt::Server::DSS,
            "Sets the checks the selected projects are held to.",
            &[
                Arg::new(
                    "value",
                    "[str]",
                    Presence::Required,
                    Place::Document("checks"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssProject::start_run_project_standards_checks`.
        pub static PROJECT_START_RUN_PROJECT_STANDARDS_CHECKS: Endpoint = Endpoint::new(
            "DssProject",
            "start_run_project_standards_checks",
            crate::rt::Server::DSS,
            "Runs the project standards checks on the project (some of them, or all that apply); returns the task, whose result is the report.",
            &[
                Arg::new(
                    "check_ids",
                    "[str]",
                    Presence::Default("[]"),
                    Place::Query("checkIds"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/project-standards/actions/run",
                    &[],
                    "ProjectStartRunProjectStandardsChecks",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssProject::get_project_standards_last_report`.
        pub static PROJECT_GET_PROJECT_STANDARDS_LAST_REPORT: Endpoint = Endpoint::new(
            "DssProject",
            "get_project_standards_last_report",
            crate::rt::Server::DSS,
            "Reads the report of the last run of the project standards checks on the project (none when they never ran: DSS answers with nothing).",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Option < Value > >"),
            [true, true, false],
        );
        ///`DssProject::get_project_standards_last_report_text`.
        pub static PROJECT_GET_PROJECT_STANDARDS_LAST_REPORT_TEXT: Endpoint = Endpoint::new(
            "DssProject",
            "get_project_standards_last_report_text",
            crate::rt::Server::DSS,
            "Reads the report of the last run of the checks as DSS sends it (an empty text when they never ran): the request behind [`get_project_standards_last_report`](crate::DssProject::get_project_standards_last_report).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/project-standards/last-report",
                    &[],
                    "ProjectGetProjectStandardsLastReportText",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Text,
            [false, false, false],
        );
        ///`DssProject::get_project_standards_scope`.
        pub static PROJECT_GET_PROJECT_STANDARDS_SCOPE: Endpoint = Endpoint::new(
            "DssProject",
            "get_project_standards_scope",
            crate::rt::Server::DSS,
            "Reads the name of the scope the project is in.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/project-standards/scope",
                    &[],
                    "ProjectGetProjectStandardsScope",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Text,
            [false, true, false],
        );
        ///`DssProjectStandardsCheck::get_raw`.
        pub static PROJECT_STANDARDS_CHECK_GET_RAW: Endpoint = Endpoint::new(
            "DssProjectStandardsCheck",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssProjectStandardsScope::get_raw`.
        pub static PROJECT_STANDARDS_SCOPE_GET_RAW: Endpoint = Endpoint::new(
            "DssProjectStandardsScope",
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
        &endpoints::GET_PROJECT_STANDARDS,
        &endpoints::PROJECT_STANDARDS_LIST_CHECK_SPECS,
        &endpoints::PROJECT_STANDARDS_CREATE_CHECKS,
        &endpoints::PROJECT_STANDARDS_GET_CHECK,
        &endpoints::PROJECT_STANDARDS_LIST_CHECKS,
        &endpoints::PROJECT_STANDARDS_GET_SCOPE,
        &endpoints::PROJECT_STANDARDS_CREATE_SCOPE_FROM,
        &endpoints::PROJECT_STANDARDS_CREATE_SCOPE,
        &endpoints::PROJECT_STANDARDS_LIST_SCOPES,
        &endpoints::PROJECT_STANDARDS_GET_DEFAULT_SCOPE,
        &endpoints::PROJECT_STANDARDS_CHECK_SAVE,
        &endpoints::PROJECT_STANDARDS_CHECK_DELETE,
        &endpoints::PROJECT_STANDARDS_CHECK_NAME,
        &endpoints::PROJECT_STANDARDS_CHECK_SET_NAME,
        &endpoints::PROJECT_STANDARDS_CHECK_DESCRIPTION,
        &endpoints::PROJECT_STANDARDS_CHECK_SET_DESCRIPTION,
        &endpoints::PROJECT_STANDARDS_CHECK_CHECK_ELEMENT_TYPE,
        &endpoints::PROJECT_STANDARDS_CHECK_CHECK_PARAMS,
        &endpoints::PROJECT_STANDARDS_CHECK_SET_CHECK_PARAMS,
        &endpoints::PROJECT_STANDARDS_CHECK_TAGS,
        &endpoints::PROJECT_STANDARDS_CHECK_SET_TAGS,
        &endpoints::PROJECT_STANDARDS_SCOPE_REORDER,
        &endpoints::PROJECT_STANDARDS_SCOPE_SAVE,
        &endpoints::PROJECT_STANDARDS_SCOPE_DELETE,
        &endpoints::PROJECT_STANDARDS_SCOPE_IS_DEFAULT,
        &endpoints::PROJECT_STANDARDS_SCOPE_DESCRIPTION,
        &endpoints::PROJECT_STANDARDS_SCOPE_SET_DESCRIPTION,
        &endpoints::PROJECT_STANDARDS_SCOPE_SELECTION_METHOD,
        &endpoints::PROJECT_STANDARDS_SCOPE_SET_SELECTION_METHOD,
        &endpoints::PROJECT_STANDARDS_SCOPE_SELECTED_PROJECTS,
        &endpoints::PROJECT_STANDARDS_SCOPE_SET_SELECTED_PROJECTS,
        &endpoints::PROJECT_STANDARDS_SCOPE_SELECTED_FOLDERS,
        &endpoints::PROJECT_STANDARDS_SCOPE_SET_SELECTED_FOLDERS,
        &endpoints::PROJECT_STANDARDS_SCOPE_SELECTED_TAGS,
        &endpoints::PROJECT_STANDARDS_SCOPE_SET_SELECTED_TAGS,
        &endpoints::PROJECT_STANDARDS_SCOPE_CHECKS,
        &endpoints::PROJECT_STANDARDS_SCOPE_SET_CHECKS,
        &endpoints::PROJECT_START_RUN_PROJECT_STANDARDS_CHECKS,
        &endpoints::PROJECT_GET_PROJECT_STANDARDS_LAST_REPORT,
        &endpoints::PROJECT_GET_PROJECT_STANDARDS_LAST_REPORT_TEXT,
        &endpoints::PROJECT_GET_PROJECT_STANDARDS_SCOPE,
        &endpoints::PROJECT_STANDARDS_CHECK_GET_RAW,
        &endpoints::PROJECT_STANDARDS_SCOPE_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssProjectStandards",
                doc: "The project standards of the instance: the checks projects are held to and the scopes saying which checks apply to which projects (dataikuapi's `DSSProjectStandards`, whose constructor takes no id).",
                fields: &[],
                document: false,
            },
            Handle {
                name: "DssProjectStandardsCheck",
                doc: "One check of the project standards, as DSS sent it (dataikuapi's `DSSProjectStandardsCheck`); changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "DssProjectStandardsScope",
                doc: "One scope of the project standards, named by its name, as DSS sent it (dataikuapi's `DSSProjectStandardsScope`): which projects (by key, folder or tag, or all of them) are held to which checks; changed, then sent back whole by `save`.",
                fields: &[
                    HandleField {
                        name: "name",
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
    impl crate::rt::DssClient {
        /**A handle on the project standards (also declared by the client's
getters of another part: one of the two goes at merge).

Builds a handle; sends no request.*/
        pub fn get_project_standards(&self) -> super::handles::DssProjectStandards {
            {
                super::handles::DssProjectStandards {
                    client: ::core::clone::Clone::clone(self),
                }
            }
        }
    }
    impl super::handles::DssProjectStandards {
        /**Lists the kinds of checks DSS and its plugins offer (each with its
`elementType`, `label`, `description`, `ownerPluginId`).

`GET /project-standards/check-specs`

Returns a [`ProjectStandardsListCheckSpecs`](requests::ProjectStandardsListCheckSpecs) request; nothing is sent until `.send()`.*/
        pub fn list_check_specs(&self) -> requests::ProjectStandardsListCheckSpecs<'_> {
            requests::ProjectStandardsListCheckSpecs {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates one check of each kind named, with its default parameters;
returns the checks made. dataikuapi sends the kinds as query
parameters (its third positional argument is the query), and so
does this.

`POST /project-standards/checks/actions/import`

Never retried: sending it twice could do the work twice.

Arguments:
- `check_specs_element_types`: The kinds of checks (their `elementType`). Sent as query parameter `checkSpecElementTypes`, repeated for each item.

Returns a [`ProjectStandardsCreateChecks`](requests::ProjectStandardsCreateChecks) request; nothing is sent until `.send()`.*/
        pub fn create_checks(
            &self,
            check_specs_element_types: impl IntoIterator<Item = impl Into<String>>,
        ) -> requests::ProjectStandardsCreateChecks<'_> {
            requests::ProjectStandardsCreateChecks {
                __owner: self,
                check_specs_element_types: check_specs_element_types
                    .into_iter()
                    .map(Into::into)
                    .collect(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads one check, to change and `save`.

`GET /project-standards/checks/{check_id}`

Arguments:
- `check_id`: The check's id. Sent as a path segment.

Returns a [`ProjectStandardsGetCheck`](requests::ProjectStandardsGetCheck) request; nothing is sent until `.send()`.*/
        pub fn get_check(
            &self,
            check_id: impl Into<String>,
        ) -> requests::ProjectStandardsGetCheck<'_> {
            requests::ProjectStandardsGetCheck {
                __owner: self,
                check_id: check_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the checks.

`GET /project-standards/checks`

Returns a [`ProjectStandardsListChecks`](requests::ProjectStandardsListChecks) request; nothing is sent until `.send()`.*/
        pub fn list_checks(&self) -> requests::ProjectStandardsListChecks<'_> {
            requests::ProjectStandardsListChecks {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads one scope, to change and `save`.

`GET /project-standards/scopes/{scope_name}`

Arguments:
- `scope_name`: The scope's name. Sent as a path segment.

Returns a [`ProjectStandardsGetScope`](requests::ProjectStandardsGetScope) request; nothing is sent until `.send()`.*/
        pub fn get_scope(
            &self,
            scope_name: impl Into<String>,
        ) -> requests::ProjectStandardsGetScope<'_> {
            requests::ProjectStandardsGetScope {
                __owner: self,
                scope_name: scope_name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates a scope from its whole definition: the request behind
[`create_scope`](crate::DssProjectStandards::create_scope).

`POST /project-standards/scopes/{name}`

Never retried: sending it twice could do the work twice.

Arguments:
- `name`: The new scope's name. Sent as a path segment.
- `scope`: Its definition (`name`, `description`, `checks`, `selectionMethod`, `selectedProjects`, ...). Sent as the JSON body.

Returns a [`ProjectStandardsCreateScopeFrom`](requests::ProjectStandardsCreateScopeFrom) request; nothing is sent until `.send()`.*/
        pub fn create_scope_from(
            &self,
            name: impl Into<String>,
            scope: impl Into<::serde_json::Value>,
        ) -> requests::ProjectStandardsCreateScopeFrom<'_> {
            requests::ProjectStandardsCreateScopeFrom {
                __owner: self,
                name: name.into(),
                scope: scope.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the scopes.

`GET /project-standards/scopes`

Returns a [`ProjectStandardsListScopes`](requests::ProjectStandardsListScopes) request; nothing is sent until `.send()`.*/
        pub fn list_scopes(&self) -> requests::ProjectStandardsListScopes<'_> {
            requests::ProjectStandardsListScopes {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the default scope (the one for every project not in another
scope; its `selectionMethod` is `ALL`). To change it, read it with
[`get_scope`](crate::DssProjectStandards::get_scope) and its `name`
(dataikuapi gives a scope object here).

`GET /project-standards/default-scope`

Returns a [`ProjectStandardsGetDefaultScope`](requests::ProjectStandardsGetDefaultScope) request; nothing is sent until `.send()`.*/
        pub fn get_default_scope(
            &self,
        ) -> requests::ProjectStandardsGetDefaultScope<'_> {
            requests::ProjectStandardsGetDefaultScope {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssProjectStandardsCheck {
        /**Saves the check: the whole object, sent back as it was read except
where it was changed; returns it as DSS saved it (dataikuapi makes
a new object of it).

`PUT /project-standards/checks/{id}`

Returns a [`ProjectStandardsCheckSave`](requests::ProjectStandardsCheckSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::ProjectStandardsCheckSave<'_> {
            requests::ProjectStandardsCheckSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the check.

`DELETE /project-standards/checks/{id}`

Returns a [`ProjectStandardsCheckDelete`](requests::ProjectStandardsCheckDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::ProjectStandardsCheckDelete<'_> {
            requests::ProjectStandardsCheckDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The check's name.

Reads the document this value holds; sends no request.*/
        pub fn name(&self) -> ::core::option::Option<&str> {
            self.document.get("name").and_then(::serde_json::Value::as_str)
        }
        /**Renames the check.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_name(
            &mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("name", ::serde_json::Value::from(value.into()));
            self
        }
        /**The check's description.

Reads the document this value holds; sends no request.*/
        pub fn description(&self) -> ::core::option::Option<&str> {
            self.document.get("description").and_then(::serde_json::Value::as_str)
        }
        /**Sets the check's description.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_description(
            &mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("description", ::serde_json::Value::from(value.into()));
            self
        }
        /**The kind of the check (the `elementType` of its spec).

Reads the document this value holds; sends no request.*/
        pub fn check_element_type(&self) -> ::core::option::Option<&str> {
            self.document.get("checkElementType").and_then(::serde_json::Value::as_str)
        }
        /**The check's parameters.

Reads the document this value holds; sends no request.*/
        pub fn check_params(&self) -> ::core::option::Option<&::serde_json::Value> {
            self.document.get("checkParams")
        }
        /**Sets the check's parameters.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_check_params(
            &mut self,
            value: impl ::core::convert::Into<::serde_json::Value>,
        ) -> &mut Self {
            self.document.set("checkParams", value.into());
            self
        }
        /**The check's tags.

Reads the document this value holds; sends no request.*/
        pub fn tags(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("tags")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**Sets the check's tags.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_tags(
            &mut self,
            value: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> &mut Self {
            self.document
                .set(
                    "tags",
                    ::serde_json::Value::from(
                        value
                            .into_iter()
                            .map(::core::convert::Into::into)
                            .collect::<::std::vec::Vec<::std::string::String>>(),
                    ),
                );
            self
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssProjectStandardsScope {
        /**Moves the scope to another place in the order scopes are tried in.
dataikuapi sends the index as a query parameter (its third
positional argument is the query), and so does this; it refuses the
default scope before sending, DSS does here.

`POST /project-standards/scopes/{name}/actions/reorder`

Never retried: sending it twice could do the work twice.

Arguments:
- `index`: The scope's new index. Sent as query parameter `index`.

Returns a [`ProjectStandardsScopeReorder`](requests::ProjectStandardsScopeReorder) request; nothing is sent until `.send()`.*/
        pub fn reorder(&self, index: i64) -> requests::ProjectStandardsScopeReorder<'_> {
            requests::ProjectStandardsScopeReorder {
                __owner: self,
                index: index,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Saves the scope: the whole object, sent back as it was read except
where it was changed; returns it as DSS saved it (dataikuapi makes
a new object of it).

`PUT /project-standards/scopes/{name}`

Returns a [`ProjectStandardsScopeSave`](requests::ProjectStandardsScopeSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::ProjectStandardsScopeSave<'_> {
            requests::ProjectStandardsScopeSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the scope (dataikuapi refuses the default scope before
sending; DSS does here).

`DELETE /project-standards/scopes/{name}`

Returns a [`ProjectStandardsScopeDelete`](requests::ProjectStandardsScopeDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::ProjectStandardsScopeDelete<'_> {
            requests::ProjectStandardsScopeDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The scope's description.

Reads the document this value holds; sends no request.*/
        pub fn description(&self) -> ::core::option::Option<&str> {
            self.document.get("description").and_then(::serde_json::Value::as_str)
        }
        /**Sets the scope's description.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_description(
            &mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document.set("description", ::serde_json::Value::from(value.into()));
            self
        }
        /**How the scope selects projects: `BY_PROJECT`, `BY_FOLDER`, `BY_TAG`
(or `ALL` for the default scope).

Reads the document this value holds; sends no request.*/
        pub fn selection_method(&self) -> ::core::option::Option<&str> {
            self.document.get("selectionMethod").and_then(::serde_json::Value::as_str)
        }
        /**Sets how the scope selects projects.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_selection_method(
            &mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set("selectionMethod", ::serde_json::Value::from(value.into()));
            self
        }
        /**The keys of the projects selected (`BY_PROJECT`).

Reads the document this value holds; sends no request.*/
        pub fn selected_projects(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("selectedProjects")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**Sets the keys of the projects selected.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_selected_projects(
            &mut self,
            value: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> &mut Self {
            self.document
                .set(
                    "selectedProjects",
                    ::serde_json::Value::from(
                        value
                            .into_iter()
                            .map(::core::convert::Into::into)
                            .collect::<::std::vec::Vec<::std::string::String>>(),
                    ),
                );
            self
        }
        /**The ids of the project folders selected (`BY_FOLDER`).

Reads the document this value holds; sends no request.*/
        pub fn selected_folders(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("selectedFolders")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**Sets the ids of the project folders selected.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_selected_folders(
            &mut self,
            value: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> &mut Self {
            self.document
                .set(
                    "selectedFolders",
                    ::serde_json::Value::from(
                        value
                            .into_iter()
                            .map(::core::convert::Into::into)
                            .collect::<::std::vec::Vec<::std::string::String>>(),
                    ),
                );
            self
        }
        /**The tags selecting projects (`BY_TAG`).

Reads the document this value holds; sends no request.*/
        pub fn selected_tags(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("selectedTags")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**Sets the tags selecting projects.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_selected_tags(
            &mut self,
            value: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> &mut Self {
            self.document
                .set(
                    "selectedTags",
                    ::serde_json::Value::from(
                        value
                            .into_iter()
                            .map(::core::convert::Into::into)
                            .collect::<::std::vec::Vec<::std::string::String>>(),
                    ),
                );
            self
        }
        /**The ids of the checks the selected projects are held to.

Reads the document this value holds; sends no request.*/
        pub fn checks(&self) -> ::std::vec::Vec<&str> {
            self.document
                .get("checks")
                .and_then(::serde_json::Value::as_array)
                .map(|a| a.iter().filter_map(::serde_json::Value::as_str).collect())
                .unwrap_or_default()
        }
        /**Sets the checks the selected projects are held to.

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_checks(
            &mut self,
            value: impl ::core::iter::IntoIterator<
                Item = impl ::core::convert::Into<::std::string::String>,
            >,
        ) -> &mut Self {
            self.document
                .set(
                    "checks",
                    ::serde_json::Value::from(
                        value
                            .into_iter()
                            .map(::core::convert::Into::into)
                            .collect::<::std::vec::Vec<::std::string::String>>(),
                    ),
                );
            self
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssProject {
        /**Runs the project standards checks on the project (some of them, or
all that apply); returns the task, whose result is the report.

`POST /projects/{project_key}/project-standards/actions/run`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `check_ids`: Default: `[]`. Sent as query parameter `checkIds`, repeated for each item.

Returns a [`ProjectStartRunProjectStandardsChecks`](requests::ProjectStartRunProjectStandardsChecks) request; nothing is sent until `.send()`.*/
        pub fn start_run_project_standards_checks(
            &self,
        ) -> requests::ProjectStartRunProjectStandardsChecks<'_> {
            requests::ProjectStartRunProjectStandardsChecks {
                __owner: self,
                check_ids: Vec::new(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the report of the last run of the checks as DSS sends it (an
empty text when they never ran): the request behind
[`get_project_standards_last_report`](crate::DssProject::get_project_standards_last_report).

`GET /projects/{project_key}/project-standards/last-report`

Returns a [`ProjectGetProjectStandardsLastReportText`](requests::ProjectGetProjectStandardsLastReportText) request; nothing is sent until `.send()`.*/
        pub fn get_project_standards_last_report_text(
            &self,
        ) -> requests::ProjectGetProjectStandardsLastReportText<'_> {
            requests::ProjectGetProjectStandardsLastReportText {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the name of the scope the project is in.

`GET /projects/{project_key}/project-standards/scope`

Returns a [`ProjectGetProjectStandardsScope`](requests::ProjectGetProjectStandardsScope) request; nothing is sent until `.send()`.*/
        pub fn get_project_standards_scope(
            &self,
        ) -> requests::ProjectGetProjectStandardsScope<'_> {
            requests::ProjectGetProjectStandardsScope {
                __owner: self,
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
            impl super::handles::DssProjectStandards {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_create_scope(
                    &self,
                    name: &str,
                ) -> ProjectStandardsCreateScope<'_> {
                    self.create_scope(name)
                }
            }
            impl super::handles::DssProjectStandardsScope {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_is_default(&self) -> bool {
                    self.is_default()
                }
            }
            impl super::handles::DssProject {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_project_standards_last_report(
                    &self,
                ) -> Pending<'_, Option<Value>> {
                    self.get_project_standards_last_report()
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
                ("DssProjectStandards", "list_check_specs") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectStandards", ids)?;
                        let __owner = super::handles::DssProjectStandards {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_check_specs();
                        let __endpoint = requests::ProjectStandardsListCheckSpecs::ENDPOINT;
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
                ("DssProjectStandards", "create_checks") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectStandards", ids)?;
                        let __owner = super::handles::DssProjectStandards {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_checks(args.strings("check_specs_element_types")?);
                        let __endpoint = requests::ProjectStandardsCreateChecks::ENDPOINT;
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
                ("DssProjectStandards", "get_check") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectStandards", ids)?;
                        let __owner = super::handles::DssProjectStandards {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_check(args.str("check_id")?);
                        let __endpoint = requests::ProjectStandardsGetCheck::ENDPOINT;
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
                ("DssProjectStandards", "list_checks") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectStandards", ids)?;
                        let __owner = super::handles::DssProjectStandards {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_checks();
                        let __endpoint = requests::ProjectStandardsListChecks::ENDPOINT;
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
                ("DssProjectStandards", "get_scope") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectStandards", ids)?;
                        let __owner = super::handles::DssProjectStandards {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_scope(args.str("scope_name")?);
                        let __endpoint = requests::ProjectStandardsGetScope::ENDPOINT;
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
                ("DssProjectStandards", "create_scope_from") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectStandards", ids)?;
                        let __owner = super::handles::DssProjectStandards {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_scope_from(args.str("name")?, args.json("scope")?);
                        let __endpoint = requests::ProjectStandardsCreateScopeFrom::ENDPOINT;
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
                ("DssProjectStandards", "list_scopes") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectStandards", ids)?;
                        let __owner = super::handles::DssProjectStandards {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_scopes();
                        let __endpoint = requests::ProjectStandardsListScopes::ENDPOINT;
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
                ("DssProjectStandards", "get_default_scope") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectStandards", ids)?;
                        let __owner = super::handles::DssProjectStandards {
                            client: ::core::clone::Clone::clone(client),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_default_scope();
                        let __endpoint = requests::ProjectStandardsGetDefaultScope::ENDPOINT;
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
                ("DssProjectStandardsCheck", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectStandardsCheck", ids)?;
                        let __owner = super::handles::DssProjectStandardsCheck {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::ProjectStandardsCheckSave::ENDPOINT;
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
                ("DssProjectStandardsCheck", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectStandardsCheck", ids)?;
                        let __owner = super::handles::DssProjectStandardsCheck {
                            client: ::core::clone::Clone::clone(client),
                            id: __id_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::ProjectStandardsCheckDelete::ENDPOINT;
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
                ("DssProjectStandardsScope", "reorder") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectStandardsScope", ids)?;
                        let __owner = super::handles::DssProjectStandardsScope {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.reorder(args.int("index")?);
                        let __endpoint = requests::ProjectStandardsScopeReorder::ENDPOINT;
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
                ("DssProjectStandardsScope", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectStandardsScope", ids)?;
                        let __owner = super::handles::DssProjectStandardsScope {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::ProjectStandardsScopeSave::ENDPOINT;
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
                ("DssProjectStandardsScope", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_name] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProjectStandardsScope", ids)?;
                        let __owner = super::handles::DssProjectStandardsScope {
                            client: ::core::clone::Clone::clone(client),
                            name: __id_name,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::ProjectStandardsScopeDelete::ENDPOINT;
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
                ("DssProject", "start_run_project_standards_checks") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.start_run_project_standards_checks();
                        let __endpoint = requests::ProjectStartRunProjectStandardsChecks::ENDPOINT;
                        if let Some(__v) = args.opt_strings("check_ids")? {
                            __r = __r.check_ids(__v);
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
                ("DssProject", "get_project_standards_last_report_text") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_project_standards_last_report_text();
                        let __endpoint = requests::ProjectGetProjectStandardsLastReportText::ENDPOINT;
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
                ("DssProject", "get_project_standards_scope") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_project_standards_scope();
                        let __endpoint = requests::ProjectGetProjectStandardsScope::ENDPOINT;
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
                "DssProjectStandardsCheck" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectStandards", ids)?;
                        let __owner = super::handles::DssProjectStandards {
                            client: ::core::clone::Clone::clone(client),
                        };
                        let mut __doc = __owner.get_check(args.str("check_id")?).send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssProjectStandardsScope" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [] = crate::rt::dynamic::ids::<
                            0usize,
                        >("DssProjectStandards", ids)?;
                        let __owner = super::handles::DssProjectStandards {
                            client: ::core::clone::Clone::clone(client),
                        };
                        let mut __doc = __owner
                            .get_scope(args.str("scope_name")?)
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
            let handle = super::handles::DssProjectStandards {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssProjectStandards"
            );
            checked += 1;
            let handle = super::handles::DssProjectStandardsCheck {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
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
                "DssProjectStandardsCheck"
            );
            checked += 1;
            let handle = super::handles::DssProjectStandardsScope {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                name: ::std::string::String::from("plain"),
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
                "DssProjectStandardsScope"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
