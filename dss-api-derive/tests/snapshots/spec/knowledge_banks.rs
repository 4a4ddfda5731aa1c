// The expansion of `knowledge_banks.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/knowledge_banks.dss`.
pub mod spec_knowledge_banks {
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
        ///A knowledge bank of a project, named by its id.
        #[derive(Clone)]
        pub struct DssKnowledgeBank {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) id: String,
        }
        impl DssKnowledgeBank {
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
        }
        impl ::core::fmt::Debug for DssKnowledgeBank {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssKnowledgeBank")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a knowledge bank, as `get_settings` reads them
(dataikuapi's `DSSKnowledgeBankSettings`): its vector store, embedding
LLM, metadata schema, ...; changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssKnowledgeBankSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssKnowledgeBankSettings {
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
        impl ::core::fmt::Debug for DssKnowledgeBankSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssKnowledgeBankSettings")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("document", &self.document)
                    .finish_non_exhaustive()
            }
        }
        /**A retrieval-augmented LLM of a project (an LLM answering from a
knowledge bank), named by its id.*/
        #[derive(Clone)]
        pub struct DssRetrievalAugmentedLlm {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) id: String,
        }
        impl DssRetrievalAugmentedLlm {
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
        }
        impl ::core::fmt::Debug for DssRetrievalAugmentedLlm {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssRetrievalAugmentedLlm")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .finish_non_exhaustive()
            }
        }
        /**The settings of a retrieval-augmented LLM, as `get_settings` reads
them (dataikuapi's `DSSRetrievalAugmentedLLMSettings`): its versions,
active version, ...; changed, then sent back whole by `save`.*/
        #[derive(Clone)]
        pub struct DssRetrievalAugmentedLlmSettings {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) id: String,
            pub(crate) document: crate::rt::Document,
        }
        impl DssRetrievalAugmentedLlmSettings {
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
        impl ::core::fmt::Debug for DssRetrievalAugmentedLlmSettings {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssRetrievalAugmentedLlmSettings")
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
        /**A knowledge bank as `list_knowledge_banks` lists it (dataikuapi's
`DSSKnowledgeBankListItem`).*/
        #[derive(Clone, PartialEq)]
        pub struct DssKnowledgeBankListItem {
            ///The project holding it.
            pub project_key: String,
            ///Its id.
            pub id: String,
            ///Its name.
            pub name: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DssKnowledgeBankListItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DssKnowledgeBankListItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DssKnowledgeBankListItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DssKnowledgeBankListItem, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_id: Option<String> = None;
                        let mut __m_name: Option<String> = None;
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
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DssKnowledgeBankListItem {
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
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DssKnowledgeBankListItem {
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
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DssKnowledgeBankListItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssKnowledgeBankListItem")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("name", &self.name)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DssKnowledgeBankListItem {
            ///The [`DssKnowledgeBank`](super::super::handles::DssKnowledgeBank) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssKnowledgeBank {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssKnowledgeBank {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        id: __f_id,
                    }
                }
            }
        }
        ///A retrieval-augmented LLM as `list_retrieval_augmented_llms` lists it.
        #[derive(Clone, PartialEq)]
        pub struct DssRetrievalAugmentedLlmListItem {
            ///The project holding it.
            pub project_key: String,
            ///Its id.
            pub id: String,
            ///Its name.
            pub name: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DssRetrievalAugmentedLlmListItem {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DssRetrievalAugmentedLlmListItem;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DssRetrievalAugmentedLlmListItem` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DssRetrievalAugmentedLlmListItem, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_id: Option<String> = None;
                        let mut __m_name: Option<String> = None;
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
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DssRetrievalAugmentedLlmListItem {
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
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DssRetrievalAugmentedLlmListItem {
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
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DssRetrievalAugmentedLlmListItem {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssRetrievalAugmentedLlmListItem")
                    .field("project_key", &self.project_key)
                    .field("id", &self.id)
                    .field("name", &self.name)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DssRetrievalAugmentedLlmListItem {
            ///The [`DssRetrievalAugmentedLlm`](super::super::handles::DssRetrievalAugmentedLlm) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssRetrievalAugmentedLlm {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_id = ::core::clone::Clone::clone(&self.id);
                    super::super::handles::DssRetrievalAugmentedLlm {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        id: __f_id,
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
        ///Request value of [`DssProject::list_knowledge_banks`](super::super::handles::DssProject::list_knowledge_banks): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListKnowledgeBanks<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListKnowledgeBanks<'a> {
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
                __call.lit("/knowledge-banks");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListKnowledgeBanks, super::endpoints::PROJECT_LIST_KNOWLEDGE_BANKS,
            json(Vec < DssKnowledgeBankListItem >,
            "Sends the request (`GET /projects/{project_key}/knowledge-banks`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListKnowledgeBanks<'_> {}
        ///Request value of [`DssProject::create_knowledge_bank_from`](super::super::handles::DssProject::create_knowledge_bank_from): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateKnowledgeBankFrom<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) settings: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateKnowledgeBankFrom<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self { __owner, settings, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/knowledge-banks/");
                __call.json(&::serde_json::Value::from(settings))?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/knowledge-banks/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssKnowledgeBank, crate::rt::Error> {
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
                            let __f_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssKnowledgeBank {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                id: __f_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateKnowledgeBankFrom,
            super::endpoints::PROJECT_CREATE_KNOWLEDGE_BANK_FROM, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateKnowledgeBankFrom<'_> {}
        ///Request value of [`DssProject::list_retrieval_augmented_llms`](super::super::handles::DssProject::list_retrieval_augmented_llms): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListRetrievalAugmentedLlms<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListRetrievalAugmentedLlms<'a> {
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
                __call.lit("/retrieval-augmented-llms");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListRetrievalAugmentedLlms,
            super::endpoints::PROJECT_LIST_RETRIEVAL_AUGMENTED_LLMS, json(Vec <
            DssRetrievalAugmentedLlmListItem >,
            "Sends the request (`GET /projects/{project_key}/retrieval-augmented-llms`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListRetrievalAugmentedLlms<'_> {}
        ///Request value of [`DssProject::create_retrieval_augmented_llm`](super::super::handles::DssProject::create_retrieval_augmented_llm): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectCreateRetrievalAugmentedLlm<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) name: String,
            pub(crate) knowledge_bank_ref: String,
            pub(crate) llm_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectCreateRetrievalAugmentedLlm<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssProject,)),
                crate::rt::Error,
            > {
                let Self { __owner, name, knowledge_bank_ref, llm_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/retrieval-augmented-llms");
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
                                    String::from("knowledgeBankRef"),
                                    ::serde_json::Value::from(knowledge_bank_ref),
                                );
                            __map
                                .insert(
                                    String::from("llmId"),
                                    ::serde_json::Value::from(llm_id),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/retrieval-augmented-llms`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssRetrievalAugmentedLlm,
                crate::rt::Error,
            > {
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
                            let __f_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssRetrievalAugmentedLlm {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                id: __f_id,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ProjectCreateRetrievalAugmentedLlm,
            super::endpoints::PROJECT_CREATE_RETRIEVAL_AUGMENTED_LLM, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectCreateRetrievalAugmentedLlm<'_> {}
        ///Request value of [`DssKnowledgeBank::get_settings`](super::super::handles::DssKnowledgeBank::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct KnowledgeBankGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssKnowledgeBank,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> KnowledgeBankGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssKnowledgeBank,)),
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
                __call.lit("/knowledge-banks/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/knowledge-banks/{id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssKnowledgeBankSettings,
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
                            let __f_id = ::core::clone::Clone::clone(&__owner.id);
                            super::super::handles::DssKnowledgeBankSettings {
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
            KnowledgeBankGetSettings, super::endpoints::KNOWLEDGE_BANK_GET_SETTINGS,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for KnowledgeBankGetSettings<'_> {}
        ///Request value of [`DssKnowledgeBank::delete`](super::super::handles::DssKnowledgeBank::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct KnowledgeBankDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssKnowledgeBank,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> KnowledgeBankDelete<'a> {
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
                __call.lit("/knowledge-banks/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            KnowledgeBankDelete, super::endpoints::KNOWLEDGE_BANK_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/knowledge-banks/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for KnowledgeBankDelete<'_> {}
        ///Request value of [`DssKnowledgeBank::clear`](super::super::handles::DssKnowledgeBank::clear): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct KnowledgeBankClear<'a> {
            pub(crate) __owner: &'a super::super::handles::DssKnowledgeBank,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> KnowledgeBankClear<'a> {
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
                __call.lit("/knowledge-banks/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/clear");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            KnowledgeBankClear, super::endpoints::KNOWLEDGE_BANK_CLEAR, json(Value,
            "Sends the request (`POST /projects/{project_key}/knowledge-banks/{id}/clear`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for KnowledgeBankClear<'_> {}
        ///Request value of [`DssKnowledgeBank::search_with`](super::super::handles::DssKnowledgeBank::search_with): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct KnowledgeBankSearchWith<'a> {
            pub(crate) __owner: &'a super::super::handles::DssKnowledgeBank,
            pub(crate) query: String,
            pub(crate) params: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> KnowledgeBankSearchWith<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, query, params, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/knowledge-banks/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/search");
                __call.query("query", &query);
                __call
                    .query(
                        "params",
                        crate::rt::query_text(
                            crate::rt::convert::python_json(
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&params),
                                ),
                                "params",
                            )?,
                        ),
                    );
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            KnowledgeBankSearchWith, super::endpoints::KNOWLEDGE_BANK_SEARCH_WITH,
            json(Value,
            "Sends the request (`POST /projects/{project_key}/knowledge-banks/{id}/search`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for KnowledgeBankSearchWith<'_> {}
        ///Request value of [`DssKnowledgeBankSettings::save`](super::super::handles::DssKnowledgeBankSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct KnowledgeBankSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssKnowledgeBankSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> KnowledgeBankSettingsSave<'a> {
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
                __call.lit("/knowledge-banks/");
                __call.segment("id", &__owner.id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            KnowledgeBankSettingsSave, super::endpoints::KNOWLEDGE_BANK_SETTINGS_SAVE,
            json(Value,
            "Sends the request (`PUT /projects/{project_key}/knowledge-banks/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for KnowledgeBankSettingsSave<'_> {}
        ///Request value of [`DssRetrievalAugmentedLlm::get_settings`](super::super::handles::DssRetrievalAugmentedLlm::get_settings): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RetrievalAugmentedLlmGetSettings<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRetrievalAugmentedLlm,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RetrievalAugmentedLlmGetSettings<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (&'a super::super::handles::DssRetrievalAugmentedLlm,),
                ),
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
                __call.lit("/retrieval-augmented-llms/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`GET /projects/{project_key}/retrieval-augmented-llms/{id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<
                super::super::handles::DssRetrievalAugmentedLlmSettings,
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
                            let __f_id = ::core::clone::Clone::clone(&__owner.id);
                            super::super::handles::DssRetrievalAugmentedLlmSettings {
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
            RetrievalAugmentedLlmGetSettings,
            super::endpoints::RETRIEVAL_AUGMENTED_LLM_GET_SETTINGS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RetrievalAugmentedLlmGetSettings<'_> {}
        ///Request value of [`DssRetrievalAugmentedLlm::delete`](super::super::handles::DssRetrievalAugmentedLlm::delete): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RetrievalAugmentedLlmDelete<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRetrievalAugmentedLlm,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RetrievalAugmentedLlmDelete<'a> {
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
                __call.lit("/retrieval-augmented-llms/");
                __call.segment("id", &__owner.id, false)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            RetrievalAugmentedLlmDelete,
            super::endpoints::RETRIEVAL_AUGMENTED_LLM_DELETE,
            unit("Sends the request (`DELETE /projects/{project_key}/retrieval-augmented-llms/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RetrievalAugmentedLlmDelete<'_> {}
        ///Request value of [`DssRetrievalAugmentedLlm::disable`](super::super::handles::DssRetrievalAugmentedLlm::disable): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RetrievalAugmentedLlmDisable<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRetrievalAugmentedLlm,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RetrievalAugmentedLlmDisable<'a> {
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
                __call.lit("/retrieval-augmented-llms/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/actions/disable");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            RetrievalAugmentedLlmDisable,
            super::endpoints::RETRIEVAL_AUGMENTED_LLM_DISABLE,
            unit("Sends the request (`POST /projects/{project_key}/retrieval-augmented-llms/{id}/actions/disable`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RetrievalAugmentedLlmDisable<'_> {}
        ///Request value of [`DssRetrievalAugmentedLlm::enable`](super::super::handles::DssRetrievalAugmentedLlm::enable): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RetrievalAugmentedLlmEnable<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRetrievalAugmentedLlm,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RetrievalAugmentedLlmEnable<'a> {
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
                __call.lit("/retrieval-augmented-llms/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/actions/enable");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            RetrievalAugmentedLlmEnable,
            super::endpoints::RETRIEVAL_AUGMENTED_LLM_ENABLE,
            unit("Sends the request (`POST /projects/{project_key}/retrieval-augmented-llms/{id}/actions/enable`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RetrievalAugmentedLlmEnable<'_> {}
        ///Request value of [`DssRetrievalAugmentedLlm::get_metrics_series`](super::super::handles::DssRetrievalAugmentedLlm::get_metrics_series): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RetrievalAugmentedLlmGetMetricsSeries<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRetrievalAugmentedLlm,
            pub(crate) from_timestamp_ms: Option<i64>,
            pub(crate) to_timestamp_ms: Option<i64>,
            pub(crate) aggregation: String,
            pub(crate) timezone: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RetrievalAugmentedLlmGetMetricsSeries<'a> {
            /**From this time, in milliseconds since the epoch (DSS's oldest
when unset).

Unset by default (then left out). Sent as query parameter `fromTimestampMs`.*/
            pub fn from_timestamp_ms(mut self, from_timestamp_ms: i64) -> Self {
                self.from_timestamp_ms = Some(from_timestamp_ms);
                self
            }
            /**Up to this time, in milliseconds since the epoch (now when unset).

Unset by default (then left out). Sent as query parameter `toTimestampMs`.*/
            pub fn to_timestamp_ms(mut self, to_timestamp_ms: i64) -> Self {
                self.to_timestamp_ms = Some(to_timestamp_ms);
                self
            }
            /**The bucket: `MINUTE`, `FIVE_MINUTES`, `HOUR`, `DAY`, `MONTH`.

Default: `MINUTE`. Sent as query parameter `aggregation`.*/
            pub fn aggregation(mut self, aggregation: impl Into<String>) -> Self {
                self.aggregation = aggregation.into();
                self
            }
            /**The time zone of the buckets (`UTC` when unset).

Unset by default (then left out). Sent as query parameter `timezone`.*/
            pub fn timezone(mut self, timezone: impl Into<String>) -> Self {
                self.timezone = Some(timezone.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    from_timestamp_ms,
                    to_timestamp_ms,
                    aggregation,
                    timezone,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/retrieval-augmented-llms/");
                __call.segment("id", &__owner.id, false)?;
                __call.lit("/operational-metrics/series");
                __call.query("fromTimestampMs", &from_timestamp_ms);
                __call.query("toTimestampMs", &to_timestamp_ms);
                __call.query("aggregation", &aggregation);
                __call.query("timezone", &timezone);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            RetrievalAugmentedLlmGetMetricsSeries,
            super::endpoints::RETRIEVAL_AUGMENTED_LLM_GET_METRICS_SERIES, json(Value,
            "Sends the request (`GET /projects/{project_key}/retrieval-augmented-llms/{id}/operational-metrics/series`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RetrievalAugmentedLlmGetMetricsSeries<'_> {}
        ///Request value of [`DssRetrievalAugmentedLlmSettings::save`](super::super::handles::DssRetrievalAugmentedLlmSettings::save): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct RetrievalAugmentedLlmSettingsSave<'a> {
            pub(crate) __owner: &'a super::super::handles::DssRetrievalAugmentedLlmSettings,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> RetrievalAugmentedLlmSettingsSave<'a> {
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
                __call.lit("/retrieval-augmented-llms/");
                __call.segment("id", &__owner.id, false)?;
                __call.json(&__owner.document)?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            RetrievalAugmentedLlmSettingsSave,
            super::endpoints::RETRIEVAL_AUGMENTED_LLM_SETTINGS_SAVE,
            unit("Sends the request (`PUT /projects/{project_key}/retrieval-augmented-llms/{id}`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for RetrievalAugmentedLlmSettingsSave<'_> {}
        crate::rt::request_list!(
            ProjectListKnowledgeBanks, ProjectCreateKnowledgeBankFrom,
            ProjectListRetrievalAugmentedLlms, ProjectCreateRetrievalAugmentedLlm,
            KnowledgeBankGetSettings, KnowledgeBankDelete, KnowledgeBankClear,
            KnowledgeBankSearchWith, KnowledgeBankSettingsSave,
            RetrievalAugmentedLlmGetSettings, RetrievalAugmentedLlmDelete,
            RetrievalAugmentedLlmDisable, RetrievalAugmentedLlmEnable,
            RetrievalAugmentedLlmGetMetricsSeries, RetrievalAugmentedLlmSettingsSave
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_knowledge_banks`.
        pub static PROJECT_LIST_KNOWLEDGE_BANKS: Endpoint = Endpoint::new(
            "DssProject",
            "list_knowledge_banks",
            crate::rt::Server::DSS,
            "Lists the knowledge banks of the project.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/knowledge-banks",
                    &[],
                    "ProjectListKnowledgeBanks",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < DssKnowledgeBankListItem >"),
            [false, true, false],
        );
        ///`DssProject::get_knowledge_bank`.
        pub static PROJECT_GET_KNOWLEDGE_BANK: Endpoint = Endpoint::new(
            "DssProject",
            "get_knowledge_bank",
            crate::rt::Server::DSS,
            "A handle on one knowledge bank of the project.",
            &[Arg::new("id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssKnowledgeBank"),
            [false, true, false],
        );
        ///`DssProject::create_knowledge_bank_from`.
        pub static PROJECT_CREATE_KNOWLEDGE_BANK_FROM: Endpoint = Endpoint::new(
            "DssProject",
            "create_knowledge_bank_from",
            crate::rt::Server::DSS,
            "Creates a knowledge bank from its whole settings: the request behind [`create_knowledge_bank`](crate::DssProject::create_knowledge_bank).",
            &[
                Arg::new(
                    "settings",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/knowledge-banks/",
                    &[],
                    "ProjectCreateKnowledgeBankFrom",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssKnowledgeBank"),
            [false, false, false],
        );
        ///`DssProject::list_retrieval_augmented_llms`.
        pub static PROJECT_LIST_RETRIEVAL_AUGMENTED_LLMS: Endpoint = Endpoint::new(
            "DssProject",
            "list_retrieval_augmented_llms",
            crate::rt::Server::DSS,
            "Lists the retrieval-augmented LLMs of the project.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/retrieval-augmented-llms",
                    &[],
                    "ProjectListRetrievalAugmentedLlms",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < DssRetrievalAugmentedLlmListItem >"),
            [false, true, false],
        );
        ///`DssProject::get_retrieval_augmented_llm`.
        pub static PROJECT_GET_RETRIEVAL_AUGMENTED_LLM: Endpoint = Endpoint::new(
            "DssProject",
            "get_retrieval_augmented_llm",
            crate::rt::Server::DSS,
            "A handle on one retrieval-augmented LLM of the project.",
            &[Arg::new("id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssRetrievalAugmentedLlm"),
            [false, true, false],
        );
        ///`DssProject::create_retrieval_augmented_llm`.
        pub static PROJECT_CREATE_RETRIEVAL_AUGMENTED_LLM: Endpoint = Endpoint::new(
            "DssProject",
            "create_retrieval_augmented_llm",
            crate::rt::Server::DSS,
            "Creates a retrieval-augmented LLM answering with `llm_id` from a knowledge bank, and returns a handle on it.",
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
                    "knowledge_bank_ref",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "knowledgeBankRef",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "llm_id",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "llmId",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/retrieval-augmented-llms",
                    &[],
                    "ProjectCreateRetrievalAugmentedLlm",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssRetrievalAugmentedLlm"),
            [false, true, false],
        );
        ///`DssKnowledgeBank::get_settings`.
        pub static KNOWLEDGE_BANK_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssKnowledgeBank",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the knowledge bank's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/knowledge-banks/{id}",
                    &[],
                    "KnowledgeBankGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssKnowledgeBankSettings"),
            [false, true, false],
        );
        ///`DssKnowledgeBank::delete`.
        pub static KNOWLEDGE_BANK_DELETE: Endpoint = Endpoint::new(
            "DssKnowledgeBank",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the knowledge bank.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/knowledge-banks/{id}",
                    &[],
                    "KnowledgeBankDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssKnowledgeBank::clear`.
        pub static KNOWLEDGE_BANK_CLEAR: Endpoint = Endpoint::new(
            "DssKnowledgeBank",
            "clear",
            crate::rt::Server::DSS,
            "Removes every document from the knowledge bank; returns DSS's answer.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/knowledge-banks/{id}/clear",
                    &[],
                    "KnowledgeBankClear",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssKnowledgeBank::search_with`.
        pub static KNOWLEDGE_BANK_SEARCH_WITH: Endpoint = Endpoint::new(
            "DssKnowledgeBank",
            "search_with",
            crate::rt::Server::DSS,
            "Searches the knowledge bank with the parameters as one JSON text: the request behind [`search`](crate::DssKnowledgeBank::search).",
            &[
                Arg::new(
                    "query",
                    "str",
                    Presence::Required,
                    Place::Query("query"),
                    false,
                ),
                Arg::new(
                    "params",
                    "json",
                    Presence::Required,
                    Place::Query("params"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/knowledge-banks/{id}/search",
                    &[],
                    "KnowledgeBankSearchWith",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssKnowledgeBankSettings::save`.
        pub static KNOWLEDGE_BANK_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssKnowledgeBankSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/knowledge-banks/{id}",
                    &[],
                    "KnowledgeBankSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssKnowledgeBankSettings::vector_store_type`.
        pub static KNOWLEDGE_BANK_SETTINGS_VECTOR_STORE_TYPE: Endpoint = Endpoint::new(
            "DssKnowledgeBankSettings",
            "vector_store_type",
            crate::rt::Server::DSS,
            "The kind of vector store (`CHROMA`, `PINECONE`, `FAISS`, ...).",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssKnowledgeBankSettings::set_vector_index_type`.
        pub static KNOWLEDGE_BANK_SETTINGS_SET_VECTOR_INDEX_TYPE: Endpoint = Endpoint::new(
            "DssKnowledgeBankSettings",
            "set_vector_index_type",
            crate::rt::Server::DSS,
            "Sets the index type of a remote Milvus knowledge bank (`DEFAULT`, `FLAT`, `IVF_FLAT`, `HNSW`).",
            &[
                Arg::new(
                    "vector_index_type",
                    "str",
                    Presence::Required,
                    Place::Document("vectorIndexType"),
                    false,
                ),
            ],
            None,
            ResultKind::Local("&mut Self"),
            [false, true, false],
        );
        ///`DssRetrievalAugmentedLlm::get_settings`.
        pub static RETRIEVAL_AUGMENTED_LLM_GET_SETTINGS: Endpoint = Endpoint::new(
            "DssRetrievalAugmentedLlm",
            "get_settings",
            crate::rt::Server::DSS,
            "Reads the retrieval-augmented LLM's settings, to change and `save`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/retrieval-augmented-llms/{id}",
                    &[],
                    "RetrievalAugmentedLlmGetSettings",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssRetrievalAugmentedLlmSettings"),
            [false, true, false],
        );
        ///`DssRetrievalAugmentedLlm::delete`.
        pub static RETRIEVAL_AUGMENTED_LLM_DELETE: Endpoint = Endpoint::new(
            "DssRetrievalAugmentedLlm",
            "delete",
            crate::rt::Server::DSS,
            "Deletes the retrieval-augmented LLM.",
            &[],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/retrieval-augmented-llms/{id}",
                    &[],
                    "RetrievalAugmentedLlmDelete",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssRetrievalAugmentedLlm::disable`.
        pub static RETRIEVAL_AUGMENTED_LLM_DISABLE: Endpoint = Endpoint::new(
            "DssRetrievalAugmentedLlm",
            "disable",
            crate::rt::Server::DSS,
            "Disables the retrieval-augmented LLM.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/retrieval-augmented-llms/{id}/actions/disable",
                    &[],
                    "RetrievalAugmentedLlmDisable",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssRetrievalAugmentedLlm::enable`.
        pub static RETRIEVAL_AUGMENTED_LLM_ENABLE: Endpoint = Endpoint::new(
            "DssRetrievalAugmentedLlm",
            "enable",
            crate::rt::Server::DSS,
            "Enables the retrieval-augmented LLM.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/retrieval-augmented-llms/{id}/actions/enable",
                    &[],
                    "RetrievalAugmentedLlmEnable",
                    [false, true, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssRetrievalAugmentedLlm::get_metrics_series`.
        pub static RETRIEVAL_AUGMENTED_LLM_GET_METRICS_SERIES: Endpoint = Endpoint::new(
            "DssRetrievalAugmentedLlm",
            "get_metrics_series",
            crate::rt::Server::DSS,
            "Reads its operational metrics over time (calls, errors, latency, ...), by bucket of `aggregation`.",
            &[
                Arg::new(
                    "from_timestamp_ms",
                    "int",
                    Presence::Optional,
                    Place::Query("fromTimestampMs"),
                    false,
                ),
                Arg::new(
                    "to_timestamp_ms",
                    "int",
                    Presence::Optional,
                    Place::Query("toTimestampMs"),
                    false,
                ),
                Arg::new(
                    "aggregation",
                    "str",
                    Presence::Default("MINUTE"),
                    Place::Query("aggregation"),
                    false,
                ),
                Arg::new(
                    "timezone",
                    "str",
                    Presence::Optional,
                    Place::Query("timezone"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/retrieval-augmented-llms/{id}/operational-metrics/series",
                    &[],
                    "RetrievalAugmentedLlmGetMetricsSeries",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssRetrievalAugmentedLlmSettings::save`.
        pub static RETRIEVAL_AUGMENTED_LLM_SETTINGS_SAVE: Endpoint = Endpoint::new(
            "DssRetrievalAugmentedLlmSettings",
            "save",
            crate::rt::Server::DSS,
            "Saves the settings: the whole object, sent back as it was read except where it was changed.",
            &[],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/retrieval-augmented-llms/{id}",
                    &[],
                    "RetrievalAugmentedLlmSettingsSave",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssRetrievalAugmentedLlmSettings::active_version`.
        pub static RETRIEVAL_AUGMENTED_LLM_SETTINGS_ACTIVE_VERSION: Endpoint = Endpoint::new(
            "DssRetrievalAugmentedLlmSettings",
            "active_version",
            crate::rt::Server::DSS,
            "The id of the active version.",
            &[],
            None,
            ResultKind::Local("Option<&str>"),
            [false, true, false],
        );
        ///`DssProject::create_knowledge_bank`.
        pub static PROJECT_CREATE_KNOWLEDGE_BANK: Endpoint = Endpoint::new(
            "DssProject",
            "create_knowledge_bank",
            crate::rt::Server::DSS,
            "Creates a knowledge bank with a vector store of `vector_store_type` and returns a handle on it.",
            &[
                Arg::new("name", "& str", Presence::Required, Place::HandWritten, false),
                Arg::new(
                    "vector_store_type",
                    "& str",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("ProjectCreateKnowledgeBank < '_ >"),
            [true, true, false],
        );
        ///`DssKnowledgeBank::search`.
        pub static KNOWLEDGE_BANK_SEARCH: Endpoint = Endpoint::new(
            "DssKnowledgeBank",
            "search",
            crate::rt::Server::DSS,
            "Searches the knowledge bank for the documents nearest to `query`.",
            &[Arg::new("query", "& str", Presence::Required, Place::HandWritten, false)],
            None,
            ResultKind::HandWritten("KnowledgeBankSearch < '_ >"),
            [true, true, false],
        );
        ///`DssKnowledgeBank::build`.
        pub static KNOWLEDGE_BANK_BUILD: Endpoint = Endpoint::new(
            "DssKnowledgeBank",
            "build",
            crate::rt::Server::DSS,
            "Builds the knowledge bank (a job), waiting for it by default.",
            &[],
            None,
            ResultKind::HandWritten("JobRun < '_ , 'static >"),
            [true, true, false],
        );
        ///`DssRetrievalAugmentedLlm::as_llm`.
        pub static RETRIEVAL_AUGMENTED_LLM_AS_LLM: Endpoint = Endpoint::new(
            "DssRetrievalAugmentedLlm",
            "as_llm",
            crate::rt::Server::DSS,
            "The retrieval-augmented LLM as an LLM of the LLM Mesh, to query.",
            &[],
            None,
            ResultKind::HandWritten("DssLlm"),
            [true, true, false],
        );
        ///`DssKnowledgeBankSettings::get_raw`.
        pub static KNOWLEDGE_BANK_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssKnowledgeBankSettings",
            "get_raw",
            crate::rt::Server::DSS,
            "The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.",
            &[],
            None,
            ResultKind::Local("&Value"),
            [false, true, false],
        );
        ///`DssRetrievalAugmentedLlmSettings::get_raw`.
        pub static RETRIEVAL_AUGMENTED_LLM_SETTINGS_GET_RAW: Endpoint = Endpoint::new(
            "DssRetrievalAugmentedLlmSettings",
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
        &endpoints::PROJECT_LIST_KNOWLEDGE_BANKS,
        &endpoints::PROJECT_GET_KNOWLEDGE_BANK,
        &endpoints::PROJECT_CREATE_KNOWLEDGE_BANK_FROM,
        &endpoints::PROJECT_LIST_RETRIEVAL_AUGMENTED_LLMS,
        &endpoints::PROJECT_GET_RETRIEVAL_AUGMENTED_LLM,
        &endpoints::PROJECT_CREATE_RETRIEVAL_AUGMENTED_LLM,
        &endpoints::KNOWLEDGE_BANK_GET_SETTINGS,
        &endpoints::KNOWLEDGE_BANK_DELETE,
        &endpoints::KNOWLEDGE_BANK_CLEAR,
        &endpoints::KNOWLEDGE_BANK_SEARCH_WITH,
        &endpoints::KNOWLEDGE_BANK_SETTINGS_SAVE,
        &endpoints::KNOWLEDGE_BANK_SETTINGS_VECTOR_STORE_TYPE,
        &endpoints::KNOWLEDGE_BANK_SETTINGS_SET_VECTOR_INDEX_TYPE,
        &endpoints::RETRIEVAL_AUGMENTED_LLM_GET_SETTINGS,
        &endpoints::RETRIEVAL_AUGMENTED_LLM_DELETE,
        &endpoints::RETRIEVAL_AUGMENTED_LLM_DISABLE,
        &endpoints::RETRIEVAL_AUGMENTED_LLM_ENABLE,
        &endpoints::RETRIEVAL_AUGMENTED_LLM_GET_METRICS_SERIES,
        &endpoints::RETRIEVAL_AUGMENTED_LLM_SETTINGS_SAVE,
        &endpoints::RETRIEVAL_AUGMENTED_LLM_SETTINGS_ACTIVE_VERSION,
        &endpoints::PROJECT_CREATE_KNOWLEDGE_BANK,
        &endpoints::KNOWLEDGE_BANK_SEARCH,
        &endpoints::KNOWLEDGE_BANK_BUILD,
        &endpoints::RETRIEVAL_AUGMENTED_LLM_AS_LLM,
        &endpoints::KNOWLEDGE_BANK_SETTINGS_GET_RAW,
        &endpoints::RETRIEVAL_AUGMENTED_LLM_SETTINGS_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssKnowledgeBank",
                doc: "A knowledge bank of a project, named by its id.",
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
                document: false,
            },
            Handle {
                name: "DssKnowledgeBankSettings",
                doc: "The settings of a knowledge bank, as `get_settings` reads them (dataikuapi's `DSSKnowledgeBankSettings`): its vector store, embedding LLM, metadata schema, ...; changed, then sent back whole by `save`.",
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
                name: "DssRetrievalAugmentedLlm",
                doc: "A retrieval-augmented LLM of a project (an LLM answering from a knowledge bank), named by its id.",
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
                document: false,
            },
            Handle {
                name: "DssRetrievalAugmentedLlmSettings",
                doc: "The settings of a retrieval-augmented LLM, as `get_settings` reads them (dataikuapi's `DSSRetrievalAugmentedLLMSettings`): its versions, active version, ...; changed, then sent back whole by `save`.",
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
        &[
            Model {
                name: "DssKnowledgeBankListItem",
                doc: "A knowledge bank as `list_knowledge_banks` lists it (dataikuapi's `DSSKnowledgeBankListItem`).",
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
                ],
                handle: Some("DssKnowledgeBank"),
            },
            Model {
                name: "DssRetrievalAugmentedLlmListItem",
                doc: "A retrieval-augmented LLM as `list_retrieval_augmented_llms` lists it.",
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
                ],
                handle: Some("DssRetrievalAugmentedLlm"),
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the knowledge banks of the project.

`GET /projects/{project_key}/knowledge-banks`

Returns a [`ProjectListKnowledgeBanks`](requests::ProjectListKnowledgeBanks) request; nothing is sent until `.send()`.*/
        pub fn list_knowledge_banks(&self) -> requests::ProjectListKnowledgeBanks<'_> {
            requests::ProjectListKnowledgeBanks {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one knowledge bank of the project.

Builds a handle; sends no request.*/
        pub fn get_knowledge_bank(
            &self,
            id: impl Into<String>,
        ) -> super::handles::DssKnowledgeBank {
            let id = id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_id = id;
                super::handles::DssKnowledgeBank {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    id: __f_id,
                }
            }
        }
        /**Creates a knowledge bank from its whole settings: the request
behind [`create_knowledge_bank`](crate::DssProject::create_knowledge_bank).

`POST /projects/{project_key}/knowledge-banks/`

Never retried: sending it twice could do the work twice.

Arguments:
- `settings`: The settings, `name` and `vectorStoreType` included. Sent as the JSON body.

Returns a [`ProjectCreateKnowledgeBankFrom`](requests::ProjectCreateKnowledgeBankFrom) request; nothing is sent until `.send()`.*/
        pub fn create_knowledge_bank_from(
            &self,
            settings: impl Into<::serde_json::Value>,
        ) -> requests::ProjectCreateKnowledgeBankFrom<'_> {
            requests::ProjectCreateKnowledgeBankFrom {
                __owner: self,
                settings: settings.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the retrieval-augmented LLMs of the project.

`GET /projects/{project_key}/retrieval-augmented-llms`

Returns a [`ProjectListRetrievalAugmentedLlms`](requests::ProjectListRetrievalAugmentedLlms) request; nothing is sent until `.send()`.*/
        pub fn list_retrieval_augmented_llms(
            &self,
        ) -> requests::ProjectListRetrievalAugmentedLlms<'_> {
            requests::ProjectListRetrievalAugmentedLlms {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one retrieval-augmented LLM of the project.

Builds a handle; sends no request.*/
        pub fn get_retrieval_augmented_llm(
            &self,
            id: impl Into<String>,
        ) -> super::handles::DssRetrievalAugmentedLlm {
            let id = id.into();
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_id = id;
                super::handles::DssRetrievalAugmentedLlm {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    id: __f_id,
                }
            }
        }
        /**Creates a retrieval-augmented LLM answering with `llm_id` from a
knowledge bank, and returns a handle on it.

`POST /projects/{project_key}/retrieval-augmented-llms`

Never retried: sending it twice could do the work twice.

Arguments:
- `name`: Its name. Sent as JSON member `name`.
- `knowledge_bank_ref`: The knowledge bank, as a reference (`id`, or `PROJECT.id` for another project's). Sent as JSON member `knowledgeBankRef`.
- `llm_id`: The LLM that writes the answers. Sent as JSON member `llmId`.

Returns a [`ProjectCreateRetrievalAugmentedLlm`](requests::ProjectCreateRetrievalAugmentedLlm) request; nothing is sent until `.send()`.*/
        pub fn create_retrieval_augmented_llm(
            &self,
            name: impl Into<String>,
            knowledge_bank_ref: impl Into<String>,
            llm_id: impl Into<String>,
        ) -> requests::ProjectCreateRetrievalAugmentedLlm<'_> {
            requests::ProjectCreateRetrievalAugmentedLlm {
                __owner: self,
                name: name.into(),
                knowledge_bank_ref: knowledge_bank_ref.into(),
                llm_id: llm_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssKnowledgeBank {
        /**Reads the knowledge bank's settings, to change and `save`.

`GET /projects/{project_key}/knowledge-banks/{id}`

Returns a [`KnowledgeBankGetSettings`](requests::KnowledgeBankGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::KnowledgeBankGetSettings<'_> {
            requests::KnowledgeBankGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the knowledge bank.

`DELETE /projects/{project_key}/knowledge-banks/{id}`

Returns a [`KnowledgeBankDelete`](requests::KnowledgeBankDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::KnowledgeBankDelete<'_> {
            requests::KnowledgeBankDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Removes every document from the knowledge bank; returns DSS's
answer.

`POST /projects/{project_key}/knowledge-banks/{id}/clear`

Never retried: sending it twice could do the work twice.

Returns a [`KnowledgeBankClear`](requests::KnowledgeBankClear) request; nothing is sent until `.send()`.*/
        pub fn clear(&self) -> requests::KnowledgeBankClear<'_> {
            requests::KnowledgeBankClear {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Searches the knowledge bank with the parameters as one JSON text:
the request behind [`search`](crate::DssKnowledgeBank::search).

`POST /projects/{project_key}/knowledge-banks/{id}/search`

Safe to send twice (a search changes nothing): a retry policy may repeat it.

Arguments:
- `query`: The text to search for. Sent as query parameter `query`.
- `params`: The search parameters (`maxDocuments`, `searchType`, ...). Sent as query parameter `params`.

Returns a [`KnowledgeBankSearchWith`](requests::KnowledgeBankSearchWith) request; nothing is sent until `.send()`.*/
        pub fn search_with(
            &self,
            query: impl Into<String>,
            params: impl Into<::serde_json::Value>,
        ) -> requests::KnowledgeBankSearchWith<'_> {
            requests::KnowledgeBankSearchWith {
                __owner: self,
                query: query.into(),
                params: params.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssKnowledgeBankSettings {
        /**Saves the settings: the whole object, sent back as it was read
except where it was changed.

`PUT /projects/{project_key}/knowledge-banks/{id}`

Returns a [`KnowledgeBankSettingsSave`](requests::KnowledgeBankSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::KnowledgeBankSettingsSave<'_> {
            requests::KnowledgeBankSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The kind of vector store (`CHROMA`, `PINECONE`, `FAISS`, ...).

Reads the document this value holds; sends no request.*/
        pub fn vector_store_type(&self) -> ::core::option::Option<&str> {
            self.document.get("vectorStoreType").and_then(::serde_json::Value::as_str)
        }
        /**Sets the index type of a remote Milvus knowledge bank (`DEFAULT`,
`FLAT`, `IVF_FLAT`, `HNSW`).

Sets members of the document this value holds (see `save`); sends no request.*/
        pub fn set_vector_index_type(
            &mut self,
            vector_index_type: impl ::core::convert::Into<::std::string::String>,
        ) -> &mut Self {
            self.document
                .set(
                    "vectorIndexType",
                    ::serde_json::Value::from(vector_index_type.into()),
                );
            self
        }
        /**The whole document, every member (those no accessor names included); `raw_mut` changes it before `save`.

Reads the document this value holds; sends no request.*/
        pub fn get_raw(&self) -> &::serde_json::Value {
            self.document.raw()
        }
    }
    impl super::handles::DssRetrievalAugmentedLlm {
        /**Reads the retrieval-augmented LLM's settings, to change and `save`.

`GET /projects/{project_key}/retrieval-augmented-llms/{id}`

Returns a [`RetrievalAugmentedLlmGetSettings`](requests::RetrievalAugmentedLlmGetSettings) request; nothing is sent until `.send()`.*/
        pub fn get_settings(&self) -> requests::RetrievalAugmentedLlmGetSettings<'_> {
            requests::RetrievalAugmentedLlmGetSettings {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Deletes the retrieval-augmented LLM.

`DELETE /projects/{project_key}/retrieval-augmented-llms/{id}`

Returns a [`RetrievalAugmentedLlmDelete`](requests::RetrievalAugmentedLlmDelete) request; nothing is sent until `.send()`.*/
        pub fn delete(&self) -> requests::RetrievalAugmentedLlmDelete<'_> {
            requests::RetrievalAugmentedLlmDelete {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Disables the retrieval-augmented LLM.

`POST /projects/{project_key}/retrieval-augmented-llms/{id}/actions/disable`

Safe to send twice (disabling twice leaves it disabled): a retry policy may repeat it.

Returns a [`RetrievalAugmentedLlmDisable`](requests::RetrievalAugmentedLlmDisable) request; nothing is sent until `.send()`.*/
        pub fn disable(&self) -> requests::RetrievalAugmentedLlmDisable<'_> {
            requests::RetrievalAugmentedLlmDisable {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Enables the retrieval-augmented LLM.

`POST /projects/{project_key}/retrieval-augmented-llms/{id}/actions/enable`

Safe to send twice (enabling twice leaves it enabled): a retry policy may repeat it.

Returns a [`RetrievalAugmentedLlmEnable`](requests::RetrievalAugmentedLlmEnable) request; nothing is sent until `.send()`.*/
        pub fn enable(&self) -> requests::RetrievalAugmentedLlmEnable<'_> {
            requests::RetrievalAugmentedLlmEnable {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads its operational metrics over time (calls, errors, latency,
...), by bucket of `aggregation`.

`GET /projects/{project_key}/retrieval-augmented-llms/{id}/operational-metrics/series`

Optional arguments, set by name on the returned request:
- `from_timestamp_ms`: Unset by default (then left out). Sent as query parameter `fromTimestampMs`.
- `to_timestamp_ms`: Unset by default (then left out). Sent as query parameter `toTimestampMs`.
- `aggregation`: Default: `MINUTE`. Sent as query parameter `aggregation`.
- `timezone`: Unset by default (then left out). Sent as query parameter `timezone`.

Returns a [`RetrievalAugmentedLlmGetMetricsSeries`](requests::RetrievalAugmentedLlmGetMetricsSeries) request; nothing is sent until `.send()`.*/
        pub fn get_metrics_series(
            &self,
        ) -> requests::RetrievalAugmentedLlmGetMetricsSeries<'_> {
            requests::RetrievalAugmentedLlmGetMetricsSeries {
                __owner: self,
                from_timestamp_ms: None,
                to_timestamp_ms: None,
                aggregation: String::from("MINUTE"),
                timezone: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssRetrievalAugmentedLlmSettings {
        /**Saves the settings: the whole object, sent back as it was read
except where it was changed.

`PUT /projects/{project_key}/retrieval-augmented-llms/{id}`

Returns a [`RetrievalAugmentedLlmSettingsSave`](requests::RetrievalAugmentedLlmSettingsSave) request; nothing is sent until `.send()`.*/
        pub fn save(&self) -> requests::RetrievalAugmentedLlmSettingsSave<'_> {
            requests::RetrievalAugmentedLlmSettingsSave {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**The id of the active version.

Reads the document this value holds; sends no request.*/
        pub fn active_version(&self) -> ::core::option::Option<&str> {
            self.document.get("activeVersion").and_then(::serde_json::Value::as_str)
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
            impl super::handles::DssProject {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_create_knowledge_bank(
                    &self,
                    name: &str,
                    vector_store_type: &str,
                ) -> ProjectCreateKnowledgeBank<'_> {
                    self.create_knowledge_bank(name, vector_store_type)
                }
            }
            impl super::handles::DssKnowledgeBank {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_search(&self, query: &str) -> KnowledgeBankSearch<'_> {
                    self.search(query)
                }
            }
            impl super::handles::DssKnowledgeBank {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_build(&self) -> JobRun<'_, 'static> {
                    self.build()
                }
            }
            impl super::handles::DssRetrievalAugmentedLlm {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_as_llm(&self) -> DssLlm {
                    self.as_llm()
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
                ("DssProject", "list_knowledge_banks") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_knowledge_banks();
                        let __endpoint = requests::ProjectListKnowledgeBanks::ENDPOINT;
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
                ("DssProject", "create_knowledge_bank_from") => {
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
                            .create_knowledge_bank_from(args.json("settings")?);
                        let __endpoint = requests::ProjectCreateKnowledgeBankFrom::ENDPOINT;
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
                ("DssProject", "list_retrieval_augmented_llms") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_retrieval_augmented_llms();
                        let __endpoint = requests::ProjectListRetrievalAugmentedLlms::ENDPOINT;
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
                ("DssProject", "create_retrieval_augmented_llm") => {
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
                            .create_retrieval_augmented_llm(
                                args.str("name")?,
                                args.str("knowledge_bank_ref")?,
                                args.str("llm_id")?,
                            );
                        let __endpoint = requests::ProjectCreateRetrievalAugmentedLlm::ENDPOINT;
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
                ("DssKnowledgeBank", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssKnowledgeBank", ids)?;
                        let __owner = super::handles::DssKnowledgeBank {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::KnowledgeBankGetSettings::ENDPOINT;
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
                ("DssKnowledgeBank", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssKnowledgeBank", ids)?;
                        let __owner = super::handles::DssKnowledgeBank {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::KnowledgeBankDelete::ENDPOINT;
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
                ("DssKnowledgeBank", "clear") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssKnowledgeBank", ids)?;
                        let __owner = super::handles::DssKnowledgeBank {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.clear();
                        let __endpoint = requests::KnowledgeBankClear::ENDPOINT;
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
                ("DssKnowledgeBank", "search_with") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssKnowledgeBank", ids)?;
                        let __owner = super::handles::DssKnowledgeBank {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .search_with(args.str("query")?, args.json("params")?);
                        let __endpoint = requests::KnowledgeBankSearchWith::ENDPOINT;
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
                ("DssKnowledgeBankSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssKnowledgeBankSettings", ids)?;
                        let __owner = super::handles::DssKnowledgeBankSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::KnowledgeBankSettingsSave::ENDPOINT;
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
                ("DssRetrievalAugmentedLlm", "get_settings") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssRetrievalAugmentedLlm", ids)?;
                        let __owner = super::handles::DssRetrievalAugmentedLlm {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_settings();
                        let __endpoint = requests::RetrievalAugmentedLlmGetSettings::ENDPOINT;
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
                ("DssRetrievalAugmentedLlm", "delete") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssRetrievalAugmentedLlm", ids)?;
                        let __owner = super::handles::DssRetrievalAugmentedLlm {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.delete();
                        let __endpoint = requests::RetrievalAugmentedLlmDelete::ENDPOINT;
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
                ("DssRetrievalAugmentedLlm", "disable") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssRetrievalAugmentedLlm", ids)?;
                        let __owner = super::handles::DssRetrievalAugmentedLlm {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.disable();
                        let __endpoint = requests::RetrievalAugmentedLlmDisable::ENDPOINT;
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
                ("DssRetrievalAugmentedLlm", "enable") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssRetrievalAugmentedLlm", ids)?;
                        let __owner = super::handles::DssRetrievalAugmentedLlm {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.enable();
                        let __endpoint = requests::RetrievalAugmentedLlmEnable::ENDPOINT;
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
                ("DssRetrievalAugmentedLlm", "get_metrics_series") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssRetrievalAugmentedLlm", ids)?;
                        let __owner = super::handles::DssRetrievalAugmentedLlm {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_metrics_series();
                        let __endpoint = requests::RetrievalAugmentedLlmGetMetricsSeries::ENDPOINT;
                        if let Some(__v) = args.opt_int("from_timestamp_ms")? {
                            __r = __r.from_timestamp_ms(__v);
                        }
                        if let Some(__v) = args.opt_int("to_timestamp_ms")? {
                            __r = __r.to_timestamp_ms(__v);
                        }
                        if let Some(__v) = args.opt_str("aggregation")? {
                            __r = __r.aggregation(__v);
                        }
                        if let Some(__v) = args.opt_str("timezone")? {
                            __r = __r.timezone(__v);
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
                ("DssRetrievalAugmentedLlmSettings", "save") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssRetrievalAugmentedLlmSettings", ids)?;
                        let __owner = super::handles::DssRetrievalAugmentedLlmSettings {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save();
                        let __endpoint = requests::RetrievalAugmentedLlmSettingsSave::ENDPOINT;
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
                "DssKnowledgeBankSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssKnowledgeBank", ids)?;
                        let __owner = super::handles::DssKnowledgeBank {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
                        };
                        let mut __doc = __owner.get_settings().send()?;
                        edit(__doc.raw_mut());
                        __doc.save().send()?;
                        Ok(true)
                    })()
                }
                "DssRetrievalAugmentedLlmSettings" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssRetrievalAugmentedLlm", ids)?;
                        let __owner = super::handles::DssRetrievalAugmentedLlm {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            id: __id_id,
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
            let model: super::models::DssKnowledgeBankListItem = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"id\":\"plain\",\"name\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DssKnowledgeBankListItem")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssKnowledgeBankListItem"
            );
            checked += 1;
            let model: super::models::DssRetrievalAugmentedLlmListItem = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"id\":\"plain\",\"name\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot build a sample `{}`: {e}",
                        "DssRetrievalAugmentedLlmListItem"
                    )
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssRetrievalAugmentedLlmListItem"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssKnowledgeBank {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssKnowledgeBank"
            );
            checked += 1;
            let handle = super::handles::DssKnowledgeBankSettings {
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
                "DssKnowledgeBankSettings"
            );
            checked += 1;
            let handle = super::handles::DssRetrievalAugmentedLlm {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssRetrievalAugmentedLlm"
            );
            checked += 1;
            let handle = super::handles::DssRetrievalAugmentedLlmSettings {
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
                "DssRetrievalAugmentedLlmSettings"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
