// The expansion of `code_studio_objects.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/code_studio_objects.dss`.
pub mod spec_code_studio_objects {
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
        /**A code studio of a project, named by its id (dataikuapi's
`DSSCodeStudioObject`).*/
        #[derive(Clone)]
        pub struct DssCodeStudioObject {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) code_studio_id: String,
        }
        impl DssCodeStudioObject {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `code_studio_id` this handle points at.
            pub fn code_studio_id(&self) -> &str {
                &self.code_studio_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssCodeStudioObject {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssCodeStudioObject")
                    .field("project_key", &self.project_key)
                    .field("code_studio_id", &self.code_studio_id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a code studio, as `get_settings` reads them
(dataikuapi's `DSSCodeStudioObjectSettings`): its name, template, owner,
...*/
        #[derive(Clone)]
        pub struct DssCodeStudioObjectSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) code_studio_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssCodeStudioObjectSettings {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `code_studio_id` this handle points at.
            pub fn code_studio_id(&self) -> &str {
                &self.code_studio_id
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
        impl ::core::fmt::Debug for DssCodeStudioObjectSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssCodeStudioObjectSettings")
                    .field("project_key", &self.project_key)
                    .field("code_studio_id", &self.code_studio_id)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**The status of a code studio, as `get_status` reads it (dataikuapi's
`DSSCodeStudioObjectStatus`): its state and the zones it synchronizes.*/
        #[derive(Clone)]
        pub struct DssCodeStudioObjectStatus {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) code_studio_id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssCodeStudioObjectStatus {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `code_studio_id` this handle points at.
            pub fn code_studio_id(&self) -> &str {
                &self.code_studio_id
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
        impl ::core::fmt::Debug for DssCodeStudioObjectStatus {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssCodeStudioObjectStatus")
                    .field("project_key", &self.project_key)
                    .field("code_studio_id", &self.code_studio_id)
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
        /**A code studio as listed by `list_code_studios`; its id names it in
[`DssProject::get_code_studio`](crate::DssProject::get_code_studio).*/
        #[derive(Clone, PartialEq)]
        pub struct CodeStudioObjectListItem {
            ///The code studio's id.
            pub id: String,
            ///Display name.
            pub name: Option<String>,
            ///Login of its owner.
            pub owner: Option<String>,
            ///The template it runs.
            pub template_id: Option<String>,
            ///The template's description (`label`, `shortDesc`, ...).
            pub desc: Option<Value>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for CodeStudioObjectListItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = CodeStudioObjectListItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `CodeStudioObjectListItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<CodeStudioObjectListItem, __A::Error> {
                        let mut __m_id: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_owner: Option<String> = None;
                        let mut __m_template_id: Option<String> = None;
                        let mut __m_desc: Option<Value> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
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
                                "owner" => {
                                    __m_owner = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "owner",
                                    )?;
                                }
                                "templateId" => {
                                    __m_template_id = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "templateId",
                                    )?;
                                }
                                "desc" => {
                                    __m_desc = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "desc",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(CodeStudioObjectListItem {
                            id: match __m_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("id"),
                                    );
                                }
                            },
                            name: __m_name,
                            owner: __m_owner,
                            template_id: __m_template_id,
                            desc: __m_desc,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for CodeStudioObjectListItem {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
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
                    "owner",
                    &self.owner,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "templateId",
                    &self.template_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "desc",
                    &self.desc,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for CodeStudioObjectListItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("CodeStudioObjectListItem")
                    .field("id", &self.id)
                    .field("name", &self.name)
                    .field("owner", &self.owner)
                    .field("template_id", &self.template_id)
                    .field("desc", &self.desc)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl CodeStudioObjectListItem {}
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
        ///Request value of [`DssProject::list_code_studios`](super::super::handles::DssProject::list_code_studios): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListCodeStudios<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListCodeStudios<'a> {
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
                __call.lit("/code-studios/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListCodeStudios, super::endpoints::PROJECT_LIST_CODE_STUDIOS, json(Vec
            < CodeStudioObjectListItem >,
            "Sends the request (`GET /projects/{project_key}/code-studios/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListCodeStudios<'_> {}
        ///Request value of [`DssProject::create_code_studio`](super::super::handles::DssProject::create_code_studio): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateCodeStudio<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) name: String,
            pub(crate) template_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateCodeStudio<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self { __owner, name, template_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/code-studios/");
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
                                    String::from("templateId"),
                                    ::serde_json::Value::from(template_id),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/code-studios/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssCodeStudioObject, crate::rt::Error> {
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
                            let __f_code_studio_id = crate::rt::answer_string(
                                &__answer,
                                "codeStudio.id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssCodeStudioObject {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                code_studio_id: __f_code_studio_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateCodeStudio, super::endpoints::PROJECT_CREATE_CODE_STUDIO,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateCodeStudio<'_> {}
        ///Request value of [`DssCodeStudioObject::delete`](super::super::handles::DssCodeStudioObject::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeStudioObjectDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeStudioObject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeStudioObjectDelete<'a> {
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
                __call.lit("/code-studios/");
                __call.segment("code_studio_id", &__owner.code_studio_id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CodeStudioObjectDelete, super::endpoints::CODE_STUDIO_OBJECT_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/code-studios/{code_studio_id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeStudioObjectDelete<'_> {}
        ///Request value of [`DssCodeStudioObject::get_settings`](super::super::handles::DssCodeStudioObject::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeStudioObjectGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeStudioObject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeStudioObjectGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssCodeStudioObject,)),
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
                __call.lit("/code-studios/");
                __call.segment("code_studio_id", &__owner.code_studio_id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/code-studios/{code_studio_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssCodeStudioObjectSettings,
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
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_code_studio_id = ::core::clone::Clone::clone(
                                &__owner.code_studio_id,
                            );
                            super::super::handles::DssCodeStudioObjectSettings {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                code_studio_id: __f_code_studio_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            CodeStudioObjectGetSettings,
            super::endpoints::CODE_STUDIO_OBJECT_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeStudioObjectGetSettings<'_> {}
        ///Request value of [`DssCodeStudioObject::get_status`](super::super::handles::DssCodeStudioObject::get_status): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeStudioObjectGetStatus<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeStudioObject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeStudioObjectGetStatus<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssCodeStudioObject,)),
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
                __call.lit("/code-studios/");
                __call.segment("code_studio_id", &__owner.code_studio_id, false)?;
                __call.lit("/status");
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/code-studios/{code_studio_id}/status`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssCodeStudioObjectStatus,
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
                            let __f_project_key = ::core::clone::Clone::clone(
                                &__owner.project_key,
                            );
                            let __f_code_studio_id = ::core::clone::Clone::clone(
                                &__owner.code_studio_id,
                            );
                            super::super::handles::DssCodeStudioObjectStatus {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                code_studio_id: __f_code_studio_id,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            CodeStudioObjectGetStatus, super::endpoints::CODE_STUDIO_OBJECT_GET_STATUS,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeStudioObjectGetStatus<'_> {}
        ///Request value of [`DssCodeStudioObject::stop`](super::super::handles::DssCodeStudioObject::stop): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeStudioObjectStop<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeStudioObject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeStudioObjectStop<'a> {
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
                __call.lit("/code-studios/");
                __call.segment("code_studio_id", &__owner.code_studio_id, false)?;
                __call.lit("/stop");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/code-studios/{code_studio_id}/stop`) and returns the answer.
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
            CodeStudioObjectStop, super::endpoints::CODE_STUDIO_OBJECT_STOP, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeStudioObjectStop<'_> {}
        ///Request value of [`DssCodeStudioObject::restart`](super::super::handles::DssCodeStudioObject::restart): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeStudioObjectRestart<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeStudioObject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeStudioObjectRestart<'a> {
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
                __call.lit("/code-studios/");
                __call.segment("code_studio_id", &__owner.code_studio_id, false)?;
                __call.lit("/restart");
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/code-studios/{code_studio_id}/restart`) and returns the answer.
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
            CodeStudioObjectRestart, super::endpoints::CODE_STUDIO_OBJECT_RESTART,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeStudioObjectRestart<'_> {}
        ///Request value of [`DssCodeStudioObject::check_conflicts`](super::super::handles::DssCodeStudioObject::check_conflicts): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeStudioObjectCheckConflicts<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeStudioObject,
            pub(crate) zone: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeStudioObjectCheckConflicts<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, zone, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/code-studios/");
                __call.segment("code_studio_id", &__owner.code_studio_id, false)?;
                __call.lit("/conflicts/");
                __call.segment("zone", &zone, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CodeStudioObjectCheckConflicts,
            super::endpoints::CODE_STUDIO_OBJECT_CHECK_CONFLICTS, json(Value,
            "Sends the request (`GET /projects/{project_key}/code-studios/{code_studio_id}/conflicts/{zone}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeStudioObjectCheckConflicts<'_> {}
        ///Request value of [`DssCodeStudioObject::pull_from_code_studio`](super::super::handles::DssCodeStudioObject::pull_from_code_studio): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeStudioObjectPullFromCodeStudio<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeStudioObject,
            pub(crate) zone: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeStudioObjectPullFromCodeStudio<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, zone, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/code-studios/");
                __call.segment("code_studio_id", &__owner.code_studio_id, false)?;
                __call.lit("/pull/");
                __call.segment("zone", &zone, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CodeStudioObjectPullFromCodeStudio,
            super::endpoints::CODE_STUDIO_OBJECT_PULL_FROM_CODE_STUDIO,
            unit("Sends the request (`GET /projects/{project_key}/code-studios/{code_studio_id}/pull/{zone}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeStudioObjectPullFromCodeStudio<'_> {}
        ///Request value of [`DssCodeStudioObject::push_to_code_studio`](super::super::handles::DssCodeStudioObject::push_to_code_studio): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeStudioObjectPushToCodeStudio<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeStudioObject,
            pub(crate) zone: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeStudioObjectPushToCodeStudio<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, zone, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/code-studios/");
                __call.segment("code_studio_id", &__owner.code_studio_id, false)?;
                __call.lit("/push/");
                __call.segment("zone", &zone, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CodeStudioObjectPushToCodeStudio,
            super::endpoints::CODE_STUDIO_OBJECT_PUSH_TO_CODE_STUDIO, json(Value,
            "Sends the request (`GET /projects/{project_key}/code-studios/{code_studio_id}/push/{zone}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeStudioObjectPushToCodeStudio<'_> {}
        ///Request value of [`DssCodeStudioObject::change_owner`](super::super::handles::DssCodeStudioObject::change_owner): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct CodeStudioObjectChangeOwner<'a> {
            pub(crate) __owner: &'a super::super::handles::DssCodeStudioObject,
            pub(crate) new_owner: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> CodeStudioObjectChangeOwner<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, new_owner, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/code-studios/");
                __call.segment("code_studio_id", &__owner.code_studio_id, false)?;
                __call.lit("/change-owner");
                __call.query("newOwner", &new_owner);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            CodeStudioObjectChangeOwner,
            super::endpoints::CODE_STUDIO_OBJECT_CHANGE_OWNER, json(Value,
            "Sends the request (`POST /projects/{project_key}/code-studios/{code_studio_id}/change-owner`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for CodeStudioObjectChangeOwner<'_> {}
        crate::rt::request_list!(
            ProjectListCodeStudios, ProjectCreateCodeStudio, CodeStudioObjectDelete,
            CodeStudioObjectGetSettings, CodeStudioObjectGetStatus, CodeStudioObjectStop,
            CodeStudioObjectRestart, CodeStudioObjectCheckConflicts,
            CodeStudioObjectPullFromCodeStudio, CodeStudioObjectPushToCodeStudio,
            CodeStudioObjectChangeOwner
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_code_studios`.
        pub static PROJECT_LIST_CODE_STUDIOS: Endpoint = Endpoint::new(
            "DssProject",
            "list_code_studios",
            crate::rt::Server::DSS,
            "Lists the code studios of the project.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/code-studios/",
                    &[],
                    "ProjectListCodeStudios",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < CodeStudioObjectListItem >"),
            [false, true, false],
        );
        ///`DssProject::get_code_studio`.
        pub static PROJECT_GET_CODE_STUDIO: Endpoint = Endpoint::new(
            "DssProject",
            "get_code_studio",
            crate::rt::Server::DSS,
            "A handle on one code studio of the project.",
            &[
                Arg::new(
                    "code_studio_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssCodeStudioObject"),
            [false, true, false],
        );
        ///`DssProject::create_code_studio`.
        pub static PROJECT_CREATE_CODE_STUDIO: Endpoint = Endpoint::new(
            "DssProject",
            "create_code_studio",
            crate::rt::Server::DSS,
            "Creates a code studio from a template and returns a handle on it.",
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
                    "template_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "templateId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/code-studios/",
                    &[],
                    "ProjectCreateCodeStudio",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssCodeStudioObject"),
            [false, true, false],
        );
        ///`DssCodeStudioObject::delete`.
        pub static CODE_STUDIO_OBJECT_DELETE: Endpoint = Endpoint::new(
            "DssCodeStudioObject",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the code studio.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/code-studios/{code_studio_id}",
                    &[],
                    "CodeStudioObjectDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssCodeStudioObject::get_settings`.
        pub static CODE_STUDIO_OBJECT_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssCodeStudioObject",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the code studio's settings.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/code-studios/{code_studio_id}",
                    &[],
                    "CodeStudioObjectGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssCodeStudioObjectSettings"),
            [false, true, false],
        );
        ///`DssCodeStudioObject::get_status`.
        pub static CODE_STUDIO_OBJECT_GET_STATUS: Endpoint = Endpoint::new(
            "DssCodeStudioObject",
            "get_status",
            crate::rt::Server::DSS,
            "Reads the code studio's status.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/code-studios/{code_studio_id}/status",
                    &[],
                    "CodeStudioObjectGetStatus",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssCodeStudioObjectStatus"),
            [false, true, false],
        );
        ///`DssCodeStudioObject::stop`.
        pub static CODE_STUDIO_OBJECT_STOP: Endpoint = Endpoint::new(
            "DssCodeStudioObject",
            "stop",
            crate::rt::Server::DSS,
            "Stops the code studio; returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/code-studios/{code_studio_id}/stop",
                    &[],
                    "CodeStudioObjectStop",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssCodeStudioObject::restart`.
        pub static CODE_STUDIO_OBJECT_RESTART: Endpoint = Endpoint::new(
            "DssCodeStudioObject",
            "restart",
            crate::rt::Server::DSS,
            "Starts the code studio, or restarts it when it runs; returns the task.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/code-studios/{code_studio_id}/restart",
                    &[],
                    "CodeStudioObjectRestart",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, true, false],
        );
        ///`DssCodeStudioObject::check_conflicts`.
        pub static CODE_STUDIO_OBJECT_CHECK_CONFLICTS: Endpoint = Endpoint::new(
            "DssCodeStudioObject",
            "check_conflicts",
            crate::rt::Server::DSS,
            "Lists the files of a synchronized zone changed both in the code studio and in DSS (dataikuapi's `DSSCodeStudioObjectConflicts`: the answer holds, under the zone's name, its `authors`, `added`, `modified` and `deleted` files, or an `error`).",
            &[Arg::new("zone", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/code-studios/{code_studio_id}/conflicts/{zone}",
                    &[],
                    "CodeStudioObjectCheckConflicts",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCodeStudioObject::pull_from_code_studio`.
        pub static CODE_STUDIO_OBJECT_PULL_FROM_CODE_STUDIO: Endpoint = Endpoint::new(
            "DssCodeStudioObject",
            "pull_from_code_studio",
            crate::rt::Server::DSS,
            "Copies the files of a zone from the running code studio into DSS.",
            &[Arg::new("zone", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/code-studios/{code_studio_id}/pull/{zone}",
                    &[],
                    "CodeStudioObjectPullFromCodeStudio",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssCodeStudioObject::push_to_code_studio`.
        pub static CODE_STUDIO_OBJECT_PUSH_TO_CODE_STUDIO: Endpoint = Endpoint::new(
            "DssCodeStudioObject",
            "push_to_code_studio",
            crate::rt::Server::DSS,
            "Copies the files of a zone from DSS into the running code studio.",
            &[Arg::new("zone", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/code-studios/{code_studio_id}/push/{zone}",
                    &[],
                    "CodeStudioObjectPushToCodeStudio",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCodeStudioObject::change_owner`.
        pub static CODE_STUDIO_OBJECT_CHANGE_OWNER: Endpoint = Endpoint::new(
            "DssCodeStudioObject",
            "change_owner",
            crate::rt::Server::DSS,
            "Gives the code studio to another user.",
            &[
                Arg::new(
                    "new_owner",
                    "str",
                    Presence::Required,
                    Place::Query("newOwner"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/code-studios/{code_studio_id}/change-owner",
                    &[],
                    "CodeStudioObjectChangeOwner",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssCodeStudioObjectSettings::id`.
        pub static CODE_STUDIO_OBJECT_SETTINGS_ID: Endpoint = Endpoint::new(
            "DssCodeStudioObjectSettings",
            "id",
            crate::rt::Server::DSS,
            "The code studio's id.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssCodeStudioObjectSettings::name`.
        pub static CODE_STUDIO_OBJECT_SETTINGS_NAME: Endpoint = Endpoint::new(
            "DssCodeStudioObjectSettings",
            "name",
            crate::rt::Server::DSS,
            "The code studio's name.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssCodeStudioObjectSettings::template_id`.
        pub static CODE_STUDIO_OBJECT_SETTINGS_TEMPLATE_ID: Endpoint = Endpoint::new(
            "DssCodeStudioObjectSettings",
            "template_id",
            crate::rt::Server::DSS,
            "The template the code studio runs.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssCodeStudioObjectSettings::lib_name`.
        pub static CODE_STUDIO_OBJECT_SETTINGS_LIB_NAME: Endpoint = Endpoint::new(
            "DssCodeStudioObjectSettings",
            "lib_name",
            crate::rt::Server::DSS,
            "The name of the code studio's folder in the libraries.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssCodeStudioObjectSettings::owner`.
        pub static CODE_STUDIO_OBJECT_SETTINGS_OWNER: Endpoint = Endpoint::new(
            "DssCodeStudioObjectSettings",
            "owner",
            crate::rt::Server::DSS,
            "Login of the code studio's owner.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssCodeStudioObjectStatus::state`.
        pub static CODE_STUDIO_OBJECT_STATUS_STATE: Endpoint = Endpoint::new(
            "DssCodeStudioObjectStatus",
            "state",
            crate::rt::Server::DSS,
            "The code studio's state (`STOPPED`, `STARTING`, `RUNNING`, ...).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssCodeStudioObjectStatus::last_state_change`.
        pub static CODE_STUDIO_OBJECT_STATUS_LAST_STATE_CHANGE: Endpoint = Endpoint::new(
            "DssCodeStudioObjectStatus",
            "last_state_change",
            crate::rt::Server::DSS,
            "When the state last changed, in milliseconds since the Unix epoch.",
            &[],
            None,
            ResultKind::Local("Option<i64>"),
            [false, true, false],
        );
        ///`DssCodeStudioObjectStatus::get_zones`.
        pub static CODE_STUDIO_OBJECT_STATUS_GET_ZONES: Endpoint = Endpoint::new(
            "DssCodeStudioObjectStatus",
            "get_zones",
            crate::rt::Server::DSS,
            "The names (ids) of the zones the code studio synchronizes; the zones themselves are `raw()[\"syncedZones\"]`.",
            &[],
            None,
            ResultKind::HandWritten("Vec < & str >"),
            [true, true, false],
        );
        ///`DssCodeStudioObjectSettings::get_raw`.
        pub static CODE_STUDIO_OBJECT_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssCodeStudioObjectSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssCodeStudioObjectStatus::get_raw`.
        pub static CODE_STUDIO_OBJECT_STATUS_GET_RAW: Endpoint = Endpoint::new(
            "DssCodeStudioObjectStatus",
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
        &endpoints::PROJECT_LIST_CODE_STUDIOS,
        &endpoints::PROJECT_GET_CODE_STUDIO,
        &endpoints::PROJECT_CREATE_CODE_STUDIO,
        &endpoints::CODE_STUDIO_OBJECT_DELETE,
        &endpoints::CODE_STUDIO_OBJECT_GET_SETTINGS,
        &endpoints::CODE_STUDIO_OBJECT_GET_STATUS,
        &endpoints::CODE_STUDIO_OBJECT_STOP,
        &endpoints::CODE_STUDIO_OBJECT_RESTART,
        &endpoints::CODE_STUDIO_OBJECT_CHECK_CONFLICTS,
        &endpoints::CODE_STUDIO_OBJECT_PULL_FROM_CODE_STUDIO,
        &endpoints::CODE_STUDIO_OBJECT_PUSH_TO_CODE_STUDIO,
        &endpoints::CODE_STUDIO_OBJECT_CHANGE_OWNER,
        &endpoints::CODE_STUDIO_OBJECT_SETTINGS_ID,
        &endpoints::CODE_STUDIO_OBJECT_SETTINGS_NAME,
        &endpoints::CODE_STUDIO_OBJECT_SETTINGS_TEMPLATE_ID,
        &endpoints::CODE_STUDIO_OBJECT_SETTINGS_LIB_NAME,
        &endpoints::CODE_STUDIO_OBJECT_SETTINGS_OWNER,
        &endpoints::CODE_STUDIO_OBJECT_STATUS_STATE,
        &endpoints::CODE_STUDIO_OBJECT_STATUS_LAST_STATE_CHANGE,
        &endpoints::CODE_STUDIO_OBJECT_STATUS_GET_ZONES,
        &endpoints::CODE_STUDIO_OBJECT_SETTINGS_GET_RAW,
        &endpoints::CODE_STUDIO_OBJECT_STATUS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssCodeStudioObject",
                doc: "A code studio of a project, named by its id (dataikuapi's `DSSCodeStudioObject`).",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "code_studio_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssCodeStudioObjectSettings",
                doc: "The settings of a code studio, as `get_settings` reads them (dataikuapi's `DSSCodeStudioObjectSettings`): its name, template, owner, ...",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "code_studio_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: true,
            },
            Handle {
                name: "DssCodeStudioObjectStatus",
                doc: "The status of a code studio, as `get_status` reads it (dataikuapi's `DSSCodeStudioObjectStatus`): its state and the zones it synchronizes.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "code_studio_id",
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
                name: "CodeStudioObjectListItem",
                doc: "A code studio as listed by `list_code_studios`; its id names it in [`DssProject::get_code_studio`](crate::DssProject::get_code_studio).",
                members: &[
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
                        name: "owner",
                        wire: "owner",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "template_id",
                        wire: "templateId",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "desc",
                        wire: "desc",
                        ty: "Option < Value >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the code studios of the project.

`GET /projects/{project_key}/code-studios/`

Returns a [`ProjectListCodeStudios`](requests::ProjectListCodeStudios) request; nothing is sent until `.send()`.*/
        pub fn list_code_studios(&self) -> requests::ProjectListCodeStudios<'_> {
            requests::ProjectListCodeStudios {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one code studio of the project.

Builds a handle; sends no request.*/
        pub fn get_code_studio(
            &self,
            code_studio_id: impl Into<String>,
        ) -> super::handles::DssCodeStudioObject {
            let code_studio_id = code_studio_id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_code_studio_id = code_studio_id;
                super::handles::DssCodeStudioObject {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    code_studio_id: __f_code_studio_id,
                }
            }
        }
        /**Creates a code studio from a template and returns a handle on it.

`POST /projects/{project_key}/code-studios/`

Never retried: sending it twice could do the work twice.

Arguments:
- `name`: The new code studio's name. Sent as JSON member `name`.
- `template_id`: The template it runs. Sent as JSON member `templateId`.

Returns a [`ProjectCreateCodeStudio`](requests::ProjectCreateCodeStudio) request; nothing is sent until `.send()`.*/
        pub fn create_code_studio(
            &self,
            name: impl Into<String>,
            template_id: impl Into<String>,
        ) -> requests::ProjectCreateCodeStudio<'_> {
            requests::ProjectCreateCodeStudio {
                __owner: self,
                name: name.into(),
                template_id: template_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssCodeStudioObject {
        /**Deletes the code studio.

`DELETE /projects/{project_key}/code-studios/{code_studio_id}`

Returns a [`CodeStudioObjectDelete`](requests::CodeStudioObjectDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::CodeStudioObjectDelete<'_> {
            requests::CodeStudioObjectDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the code studio's settings.

`GET /projects/{project_key}/code-studios/{code_studio_id}`

Returns a [`CodeStudioObjectGetSettings`](requests::CodeStudioObjectGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::CodeStudioObjectGetSettings<'_> {
            requests::CodeStudioObjectGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the code studio's status.

`GET /projects/{project_key}/code-studios/{code_studio_id}/status`

Returns a [`CodeStudioObjectGetStatus`](requests::CodeStudioObjectGetStatus) request; nothing is sent until `.send()`.*/
        pub fn get_status(&self) -> requests::CodeStudioObjectGetStatus<'_> {
            requests::CodeStudioObjectGetStatus {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Stops the code studio; returns the task.

`POST /projects/{project_key}/code-studios/{code_studio_id}/stop`

Never retried: sending it twice could do the work twice.

Returns a [`CodeStudioObjectStop`](requests::CodeStudioObjectStop) request; nothing is sent until `.send()`.*/
        pub fn stop(&self) -> requests::CodeStudioObjectStop<'_> {
            requests::CodeStudioObjectStop {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts the code studio, or restarts it when it runs; returns the
task.

`POST /projects/{project_key}/code-studios/{code_studio_id}/restart`

Never retried: sending it twice could do the work twice.

Returns a [`CodeStudioObjectRestart`](requests::CodeStudioObjectRestart) request; nothing is sent until `.send()`.*/
        pub fn restart(&self) -> requests::CodeStudioObjectRestart<'_> {
            requests::CodeStudioObjectRestart {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the files of a synchronized zone changed both in the code
studio and in DSS (dataikuapi's `DSSCodeStudioObjectConflicts`: the
answer holds, under the zone's name, its `authors`, `added`,
`modified` and `deleted` files, or an `error`).

`GET /projects/{project_key}/code-studios/{code_studio_id}/conflicts/{zone}`

Arguments:
- `zone`: The zone (`code_studio-versioned`, `code_studio-resources`, `user-versioned`, `user-resources`, `project_lib-versioned`, `project_lib-resources`, `recipes`, ...). Sent as a path segment.

Returns a [`CodeStudioObjectCheckConflicts`](requests::CodeStudioObjectCheckConflicts) request; nothing is sent until `.send()`.*/
        pub fn check_conflicts(
            &self,
            zone: impl Into<String>,
        ) -> requests::CodeStudioObjectCheckConflicts<'_> {
            requests::CodeStudioObjectCheckConflicts {
                __owner: self,
                zone: zone.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Copies the files of a zone from the running code studio into DSS.

`GET /projects/{project_key}/code-studios/{code_studio_id}/pull/{zone}`

Arguments:
- `zone`: The zone. Sent as a path segment.

Returns a [`CodeStudioObjectPullFromCodeStudio`](requests::CodeStudioObjectPullFromCodeStudio) request; nothing is sent until `.send()`.*/
        pub fn pull_from_code_studio(
            &self,
            zone: impl Into<String>,
        ) -> requests::CodeStudioObjectPullFromCodeStudio<'_> {
            requests::CodeStudioObjectPullFromCodeStudio {
                __owner: self,
                zone: zone.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Copies the files of a zone from DSS into the running code studio.

`GET /projects/{project_key}/code-studios/{code_studio_id}/push/{zone}`

Arguments:
- `zone`: The zone. Sent as a path segment.

Returns a [`CodeStudioObjectPushToCodeStudio`](requests::CodeStudioObjectPushToCodeStudio) request; nothing is sent until `.send()`.*/
        pub fn push_to_code_studio(
            &self,
            zone: impl Into<String>,
        ) -> requests::CodeStudioObjectPushToCodeStudio<'_> {
            requests::CodeStudioObjectPushToCodeStudio {
                __owner: self,
                zone: zone.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Gives the code studio to another user.

`POST /projects/{project_key}/code-studios/{code_studio_id}/change-owner`

Never retried: sending it twice could do the work twice.

Arguments:
- `new_owner`: Login of the new owner. Sent as query parameter `newOwner`.

Returns a [`CodeStudioObjectChangeOwner`](requests::CodeStudioObjectChangeOwner) request; nothing is sent until `.send()`.*/
        pub fn change_owner(
            &self,
            new_owner: impl Into<String>,
        ) -> requests::CodeStudioObjectChangeOwner<'_> {
            requests::CodeStudioObjectChangeOwner {
                __owner: self,
                new_owner: new_owner.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssCodeStudioObjectSettings {
        /**The code studio's id.

Reads the document this value holds; sends no request.*/
        pub fn id(&self) -> ::core::option::Option<&str> {
            self.document.get("id").and_then(::serde_json::Value::as_str)
        }
        /**The code studio's name.

Reads the document this value holds; sends no request.*/
        pub fn name(&self) -> ::core::option::Option<&str> {
            self.document.get("name").and_then(::serde_json::Value::as_str)
        }
        /**The template the code studio runs.

Reads the document this value holds; sends no request.*/
        pub fn template_id(&self) -> ::core::option::Option<&str> {
            self.document.get("templateId").and_then(::serde_json::Value::as_str)
        }
        /**The name of the code studio's folder in the libraries.

Reads the document this value holds; sends no request.*/
        pub fn lib_name(&self) -> ::core::option::Option<&str> {
            self.document.get("libName").and_then(::serde_json::Value::as_str)
        }
        /**Login of the code studio's owner.

Reads the document this value holds; sends no request.*/
        pub fn owner(&self) -> ::core::option::Option<&str> {
            self.document.get("owner").and_then(::serde_json::Value::as_str)
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssCodeStudioObjectStatus {
        /**The code studio's state (`STOPPED`, `STARTING`, `RUNNING`, ...).

Reads the document this value holds; sends no request.*/
        pub fn state(&self) -> ::core::option::Option<&str> {
            self.document.get("state").and_then(::serde_json::Value::as_str)
        }
        /**When the state last changed, in milliseconds since the Unix epoch.

Reads the document this value holds; sends no request.*/
        pub fn last_state_change(&self) -> ::core::option::Option<i64> {
            self.document.get("lastStateChange").and_then(::serde_json::Value::as_i64)
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
            impl super::handles::DssCodeStudioObjectStatus {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_zones(&self) -> Vec<&str> {
                    self.get_zones()
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
                ("DssProject", "list_code_studios") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_code_studios();
                        let __endpoint = requests::ProjectListCodeStudios::ENDPOINT;
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
                ("DssProject", "create_code_studio") => {
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
                            .create_code_studio(
                                args.str("name")?,
                                args.str("template_id")?,
                            );
                        let __endpoint = requests::ProjectCreateCodeStudio::ENDPOINT;
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
                ("DssCodeStudioObject", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_code_studio_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeStudioObject", ids)?;
                        let __owner = super::handles::DssCodeStudioObject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            code_studio_id: __id_code_studio_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::CodeStudioObjectDelete::ENDPOINT;
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
                ("DssCodeStudioObject", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_code_studio_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeStudioObject", ids)?;
                        let __owner = super::handles::DssCodeStudioObject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            code_studio_id: __id_code_studio_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::CodeStudioObjectGetSettings::ENDPOINT;
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
                ("DssCodeStudioObject", "get_status") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_code_studio_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeStudioObject", ids)?;
                        let __owner = super::handles::DssCodeStudioObject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            code_studio_id: __id_code_studio_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_status();
                        let __endpoint = requests::CodeStudioObjectGetStatus::ENDPOINT;
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
                ("DssCodeStudioObject", "stop") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_code_studio_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeStudioObject", ids)?;
                        let __owner = super::handles::DssCodeStudioObject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            code_studio_id: __id_code_studio_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.stop();
                        let __endpoint = requests::CodeStudioObjectStop::ENDPOINT;
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
                ("DssCodeStudioObject", "restart") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_code_studio_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeStudioObject", ids)?;
                        let __owner = super::handles::DssCodeStudioObject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            code_studio_id: __id_code_studio_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.restart();
                        let __endpoint = requests::CodeStudioObjectRestart::ENDPOINT;
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
                ("DssCodeStudioObject", "check_conflicts") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_code_studio_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeStudioObject", ids)?;
                        let __owner = super::handles::DssCodeStudioObject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            code_studio_id: __id_code_studio_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.check_conflicts(args.str("zone")?);
                        let __endpoint = requests::CodeStudioObjectCheckConflicts::ENDPOINT;
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
                ("DssCodeStudioObject", "pull_from_code_studio") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_code_studio_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeStudioObject", ids)?;
                        let __owner = super::handles::DssCodeStudioObject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            code_studio_id: __id_code_studio_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.pull_from_code_studio(args.str("zone")?);
                        let __endpoint = requests::CodeStudioObjectPullFromCodeStudio::ENDPOINT;
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
                ("DssCodeStudioObject", "push_to_code_studio") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_code_studio_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeStudioObject", ids)?;
                        let __owner = super::handles::DssCodeStudioObject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            code_studio_id: __id_code_studio_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.push_to_code_studio(args.str("zone")?);
                        let __endpoint = requests::CodeStudioObjectPushToCodeStudio::ENDPOINT;
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
                ("DssCodeStudioObject", "change_owner") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_code_studio_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeStudioObject", ids)?;
                        let __owner = super::handles::DssCodeStudioObject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            code_studio_id: __id_code_studio_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.change_owner(args.str("new_owner")?);
                        let __endpoint = requests::CodeStudioObjectChangeOwner::ENDPOINT;
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
                "DssCodeStudioObjectSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_code_studio_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeStudioObject", ids)?;
                        let __owner = super::handles::DssCodeStudioObject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            code_studio_id: __id_code_studio_id,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        Ok(false)
                    })()
                }
                "DssCodeStudioObjectStatus" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_code_studio_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssCodeStudioObject", ids)?;
                        let __owner = super::handles::DssCodeStudioObject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            code_studio_id: __id_code_studio_id,
                        };
                        let mut __doc = __owner.get_status().send()?;
                        edit(__doc.raw_mut());
                        Ok(false)
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
            let model: super::models::CodeStudioObjectListItem = ::serde_json::from_str(
                    "{\"id\":\"plain\",\"name\":\"plain\",\"owner\":\"plain\",\"templateId\":\"plain\",\"desc\":{\"k\":\"plain\"},\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "CodeStudioObjectListItem")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "CodeStudioObjectListItem"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssCodeStudioObject {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                code_studio_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssCodeStudioObject"
            );
            checked += 1;
            let handle = super::handles::DssCodeStudioObjectSettings {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                code_studio_id: ::std::string::String::from("plain"),
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
                "DssCodeStudioObjectSettings"
            );
            checked += 1;
            let handle = super::handles::DssCodeStudioObjectStatus {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                code_studio_id: ::std::string::String::from("plain"),
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
                "DssCodeStudioObjectStatus"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
