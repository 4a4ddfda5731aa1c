// The expansion of `discussions.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/discussions.dss`.
pub mod spec_discussions {
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
        ///The discussions on one object of a project.
        #[derive(Clone)]
        pub struct DssObjectDiscussions {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) object_type: String,
            pub(crate) object_id: String,
        }
        impl DssObjectDiscussions {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `object_type` this handle points at.
            pub fn object_type(&self) -> &str {
                &self.object_type
            }
            ///The `object_id` this handle points at.
            pub fn object_id(&self) -> &str {
                &self.object_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssObjectDiscussions {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssObjectDiscussions")
                    .field("project_key", &self.project_key)
                    .field("object_type", &self.object_type)
                    .field("object_id", &self.object_id)
                    .finish_non_exhaustive()
            }
        }
        /**One discussion on an object, as DSS sent it (dataikuapi's
`DSSDiscussion`): its topic and other metadata, and its replies (a
discussion from `list_discussions`, `from_list`, is read again, replies
included, when they are asked for).*/
        #[derive(Clone)]
        pub struct DssDiscussion {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) object_type: String,
            pub(crate) object_id: String,
            pub(crate) discussion_id: String,
            pub(crate) from_list: Option<bool>,
            pub(crate) document: crate::rt::Document,
        }
        impl DssDiscussion {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `object_type` this handle points at.
            pub fn object_type(&self) -> &str {
                &self.object_type
            }
            ///The `object_id` this handle points at.
            pub fn object_id(&self) -> &str {
                &self.object_id
            }
            ///The `discussion_id` this handle points at.
            pub fn discussion_id(&self) -> &str {
                &self.discussion_id
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
        impl ::core::fmt::Debug for DssDiscussion {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssDiscussion")
                    .field("project_key", &self.project_key)
                    .field("object_type", &self.object_type)
                    .field("object_id", &self.object_id)
                    .field("discussion_id", &self.discussion_id)
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
        ///One reply of a discussion (dataikuapi's `DSSDiscussionReply`).
        #[derive(Clone, PartialEq)]
        pub struct DiscussionReply {
            ///The reply's text.
            pub text: Option<String>,
            ///Login of its author.
            pub author: Option<String>,
            ///When it was written, in milliseconds since the Unix epoch.
            pub time: Option<i64>,
            ///When it was last edited, in milliseconds since the Unix epoch.
            pub edited_on: Option<i64>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for DiscussionReply {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = DiscussionReply;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `DiscussionReply` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<DiscussionReply, __A::Error> {
                        let mut __m_text: Option<String> = None;
                        let mut __m_author: Option<String> = None;
                        let mut __m_time: Option<i64> = None;
                        let mut __m_edited_on: Option<i64> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "text" => {
                                    __m_text = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "text",
                                    )?;
                                }
                                "author" => {
                                    __m_author = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "author",
                                    )?;
                                }
                                "time" => {
                                    __m_time = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "time",
                                    )?;
                                }
                                "editedOn" => {
                                    __m_edited_on = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "editedOn",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(DiscussionReply {
                            text: __m_text,
                            author: __m_author,
                            time: __m_time,
                            edited_on: __m_edited_on,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for DiscussionReply {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "text",
                    &self.text,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "author",
                    &self.author,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "time",
                    &self.time,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "editedOn",
                    &self.edited_on,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for DiscussionReply {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DiscussionReply")
                    .field("text", &self.text)
                    .field("author", &self.author)
                    .field("time", &self.time)
                    .field("edited_on", &self.edited_on)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl DiscussionReply {}
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
        ///Request value of [`DssObjectDiscussions::list_raw_discussions`](super::super::handles::DssObjectDiscussions::list_raw_discussions): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ObjectDiscussionsListRawDiscussions<'a> {
            pub(crate) __owner: &'a super::super::handles::DssObjectDiscussions,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ObjectDiscussionsListRawDiscussions<'a> {
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
                __call.lit("/discussions/");
                __call.segment("object_type", &__owner.object_type, false)?;
                __call.lit("/");
                __call.segment("object_id", &__owner.object_id, false)?;
                __call.lit("/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ObjectDiscussionsListRawDiscussions,
            super::endpoints::OBJECT_DISCUSSIONS_LIST_RAW_DISCUSSIONS, json(Vec < Value
            >,
            "Sends the request (`GET /projects/{project_key}/discussions/{object_type}/{object_id}/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ObjectDiscussionsListRawDiscussions<'_> {}
        ///Request value of [`DssObjectDiscussions::get_discussion`](super::super::handles::DssObjectDiscussions::get_discussion): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ObjectDiscussionsGetDiscussion<'a> {
            pub(crate) __owner: &'a super::super::handles::DssObjectDiscussions,
            pub(crate) discussion_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ObjectDiscussionsGetDiscussion<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (String, &'a super::super::handles::DssObjectDiscussions),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, discussion_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/discussions/");
                __call.segment("object_type", &__owner.object_type, false)?;
                __call.lit("/");
                __call.segment("object_id", &__owner.object_id, false)?;
                __call.lit("/");
                __call.segment("discussion_id", &discussion_id, false)?;
                Ok((__call, (discussion_id, __owner)))
            }
            ///Sends the request (`GET /projects/{project_key}/discussions/{object_type}/{object_id}/{discussion_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDiscussion, crate::rt::Error> {
                let (__call, (discussion_id, __owner)) = self.__prepare(false)?;
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
                            let __f_object_type = ::core::clone::Clone::clone(
                                &__owner.object_type,
                            );
                            let __f_object_id = ::core::clone::Clone::clone(
                                &__owner.object_id,
                            );
                            let __f_discussion_id = discussion_id;
                            let __f_from_list = ::core::default::Default::default();
                            super::super::handles::DssDiscussion {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                object_type: __f_object_type,
                                object_id: __f_object_id,
                                discussion_id: __f_discussion_id,
                                from_list: __f_from_list,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ObjectDiscussionsGetDiscussion,
            super::endpoints::OBJECT_DISCUSSIONS_GET_DISCUSSION, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ObjectDiscussionsGetDiscussion<'_> {}
        ///Request value of [`DssObjectDiscussions::create_discussion`](super::super::handles::DssObjectDiscussions::create_discussion): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ObjectDiscussionsCreateDiscussion<'a> {
            pub(crate) __owner: &'a super::super::handles::DssObjectDiscussions,
            pub(crate) topic: String,
            pub(crate) message: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ObjectDiscussionsCreateDiscussion<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (
                    crate::rt::Call<'a>,
                    (&'a super::super::handles::DssObjectDiscussions,),
                ),
                crate::rt::Error,
            > {
                let Self { __owner, topic, message, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/discussions/");
                __call.segment("object_type", &__owner.object_type, false)?;
                __call.lit("/");
                __call.segment("object_id", &__owner.object_id, false)?;
                __call.lit("/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("topic"),
                                    ::serde_json::Value::from(topic),
                                );
                            __map
                                .insert(
                                    String::from("reply"),
                                    ::serde_json::Value::from(message),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/discussions/{object_type}/{object_id}/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDiscussion, crate::rt::Error> {
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
                            let __f_object_type = ::core::clone::Clone::clone(
                                &__owner.object_type,
                            );
                            let __f_object_id = ::core::clone::Clone::clone(
                                &__owner.object_id,
                            );
                            let __f_discussion_id = crate::rt::answer_string(
                                &__answer,
                                "id",
                                Self::ENDPOINT,
                            )?;
                            let __f_from_list = ::core::default::Default::default();
                            super::super::handles::DssDiscussion {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                object_type: __f_object_type,
                                object_id: __f_object_id,
                                discussion_id: __f_discussion_id,
                                from_list: __f_from_list,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            ObjectDiscussionsCreateDiscussion,
            super::endpoints::OBJECT_DISCUSSIONS_CREATE_DISCUSSION, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ObjectDiscussionsCreateDiscussion<'_> {}
        ///Request value of [`DssDiscussion::save_discussion`](super::super::handles::DssDiscussion::save_discussion): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DiscussionSaveDiscussion<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDiscussion,
            pub(crate) discussion: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DiscussionSaveDiscussion<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssDiscussion,)),
                crate::rt::Error,
            > {
                let Self { __owner, discussion, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/discussions/");
                __call.segment("object_type", &__owner.object_type, false)?;
                __call.lit("/");
                __call.segment("object_id", &__owner.object_id, false)?;
                __call.lit("/");
                __call.segment("discussion_id", &__owner.discussion_id, false)?;
                __call.json(&::serde_json::Value::from(discussion))?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`PUT /projects/{project_key}/discussions/{object_type}/{object_id}/{discussion_id}`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDiscussion, crate::rt::Error> {
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
                            let __f_object_type = ::core::clone::Clone::clone(
                                &__owner.object_type,
                            );
                            let __f_object_id = ::core::clone::Clone::clone(
                                &__owner.object_id,
                            );
                            let __f_discussion_id = ::core::clone::Clone::clone(
                                &__owner.discussion_id,
                            );
                            let __f_from_list = ::core::default::Default::default();
                            super::super::handles::DssDiscussion {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                object_type: __f_object_type,
                                object_id: __f_object_id,
                                discussion_id: __f_discussion_id,
                                from_list: __f_from_list,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            DiscussionSaveDiscussion, super::endpoints::DISCUSSION_SAVE_DISCUSSION,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DiscussionSaveDiscussion<'_> {}
        ///Request value of [`DssDiscussion::add_reply`](super::super::handles::DssDiscussion::add_reply): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DiscussionAddReply<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDiscussion,
            pub(crate) text: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DiscussionAddReply<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<
                (crate::rt::Call<'a>, (&'a super::super::handles::DssDiscussion,)),
                crate::rt::Error,
            > {
                let Self { __owner, text, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/discussions/");
                __call.segment("object_type", &__owner.object_type, false)?;
                __call.lit("/");
                __call.segment("object_id", &__owner.object_id, false)?;
                __call.lit("/");
                __call.segment("discussion_id", &__owner.discussion_id, false)?;
                __call.lit("/replies/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("reply"),
                                    ::serde_json::Value::from(text),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, (__owner,)))
            }
            ///Sends the request (`POST /projects/{project_key}/discussions/{object_type}/{object_id}/{discussion_id}/replies/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssDiscussion, crate::rt::Error> {
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
                            let __f_object_type = ::core::clone::Clone::clone(
                                &__owner.object_type,
                            );
                            let __f_object_id = ::core::clone::Clone::clone(
                                &__owner.object_id,
                            );
                            let __f_discussion_id = ::core::clone::Clone::clone(
                                &__owner.discussion_id,
                            );
                            let __f_from_list = ::core::default::Default::default();
                            super::super::handles::DssDiscussion {
                                client: ::core::clone::Clone::clone(__client),
                                project_key: __f_project_key,
                                object_type: __f_object_type,
                                object_id: __f_object_id,
                                discussion_id: __f_discussion_id,
                                from_list: __f_from_list,
                                document: __document,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(
            DiscussionAddReply, super::endpoints::DISCUSSION_ADD_REPLY, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DiscussionAddReply<'_> {}
        crate::rt::request_list!(
            ObjectDiscussionsListRawDiscussions, ObjectDiscussionsGetDiscussion,
            ObjectDiscussionsCreateDiscussion, DiscussionSaveDiscussion,
            DiscussionAddReply
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::get_object_discussions`.
        pub static GET_OBJECT_DISCUSSIONS: Endpoint = Endpoint::new(
            "DssClient",
            "get_object_discussions",
            crate::rt::Server::DSS,
            "A handle on the discussions of any object.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
                Arg::new(
                    "object_type",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
                Arg::new(
                    "object_id",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssObjectDiscussions"),
            [false, true, false],
        );
        ///`DssObjectDiscussions::list_raw_discussions`.
        pub static OBJECT_DISCUSSIONS_LIST_RAW_DISCUSSIONS: Endpoint = Endpoint::new(
            "DssObjectDiscussions",
            "list_raw_discussions",
            crate::rt::Server::DSS,
            "Lists the discussions on the object, as DSS lists them (their replies are read again when asked for): the request behind [`list_discussions`](crate::DssObjectDiscussions::list_discussions).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/discussions/{object_type}/{object_id}/",
                    &[],
                    "ObjectDiscussionsListRawDiscussions",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < Value >"),
            [false, false, false],
        );
        ///`DssObjectDiscussions::list_discussions`.
        pub static OBJECT_DISCUSSIONS_LIST_DISCUSSIONS: Endpoint = Endpoint::new(
            "DssObjectDiscussions",
            "list_discussions",
            crate::rt::Server::DSS,
            "Lists the discussions on the object.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Vec < DssDiscussion > >"),
            [true, true, false],
        );
        ///`DssObjectDiscussions::get_discussion`.
        pub static OBJECT_DISCUSSIONS_GET_DISCUSSION: Endpoint = Endpoint::new(
            "DssObjectDiscussions",
            "get_discussion",
            crate::rt::Server::DSS,
            "Reads one discussion on the object, replies included.",
            &[Arg::new("discussion_id", "str", Presence::Required, Place::Path, false)],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/discussions/{object_type}/{object_id}/{discussion_id}",
                    &[],
                    "ObjectDiscussionsGetDiscussion",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDiscussion"),
            [false, true, false],
        );
        ///`DssObjectDiscussions::create_discussion`.
        pub static OBJECT_DISCUSSIONS_CREATE_DISCUSSION: Endpoint = Endpoint::new(
            "DssObjectDiscussions",
            "create_discussion",
            crate::rt::Server::DSS,
            "Starts a discussion on the object.",
            &[
                Arg::new(
                    "topic",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "topic",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "message",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "reply",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/discussions/{object_type}/{object_id}/",
                    &[],
                    "ObjectDiscussionsCreateDiscussion",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDiscussion"),
            [false, true, false],
        );
        ///`DssProject::get_object_discussions`.
        pub static PROJECT_GET_OBJECT_DISCUSSIONS: Endpoint = Endpoint::new(
            "DssProject",
            "get_object_discussions",
            crate::rt::Server::DSS,
            "A handle on the discussions of the project itself.",
            &[],
            None,
            ResultKind::Handle("DssObjectDiscussions"),
            [false, true, false],
        );
        ///`DssDiscussion::get_metadata`.
        pub static DISCUSSION_GET_METADATA: Endpoint = Endpoint::new(
            "DssDiscussion",
            "get_metadata",
            crate::rt::Server::DSS,
            "The discussion's metadata (topic, ...): the document without its replies.",
            &[],
            None,
            ResultKind::HandWritten("Value"),
            [true, true, false],
        );
        ///`DssDiscussion::set_metadata`.
        pub static DISCUSSION_SET_METADATA: Endpoint = Endpoint::new(
            "DssDiscussion",
            "set_metadata",
            crate::rt::Server::DSS,
            "Replaces the discussion's metadata, keeping its replies (read first when this discussion came from a list); this discussion then holds what DSS saved.",
            &[
                Arg::new(
                    "discussion_metadata",
                    "Value",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
            ],
            None,
            ResultKind::HandWritten("Pending < '_ , () >"),
            [true, true, false],
        );
        ///`DssDiscussion::get_replies`.
        pub static DISCUSSION_GET_REPLIES: Endpoint = Endpoint::new(
            "DssDiscussion",
            "get_replies",
            crate::rt::Server::DSS,
            "The discussion's replies (read first when this discussion came from a list).",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , Vec < DiscussionReply > >"),
            [true, true, false],
        );
        ///`DssDiscussion::save_discussion`.
        pub static DISCUSSION_SAVE_DISCUSSION: Endpoint = Endpoint::new(
            "DssDiscussion",
            "save_discussion",
            crate::rt::Server::DSS,
            "Saves the discussion whole: the request behind [`set_metadata`](crate::DssDiscussion::set_metadata).",
            &[
                Arg::new(
                    "discussion",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Put,
                    "/projects/{project_key}/discussions/{object_type}/{object_id}/{discussion_id}",
                    &[],
                    "DiscussionSaveDiscussion",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDiscussion"),
            [false, false, false],
        );
        ///`DssDiscussion::add_reply`.
        pub static DISCUSSION_ADD_REPLY: Endpoint = Endpoint::new(
            "DssDiscussion",
            "add_reply",
            crate::rt::Server::DSS,
            "Adds a reply to the discussion; returns the discussion as DSS has it then, replies included (dataikuapi updates its own object instead).",
            &[
                Arg::new(
                    "text",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "reply",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/discussions/{object_type}/{object_id}/{discussion_id}/replies/",
                    &[],
                    "DiscussionAddReply",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssDiscussion"),
            [false, true, false],
        );
        ///`DssDiscussion::get_raw`.
        pub static DISCUSSION_GET_RAW: Endpoint = Endpoint::new(
            "DssDiscussion",
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
        &endpoints::GET_OBJECT_DISCUSSIONS,
        &endpoints::OBJECT_DISCUSSIONS_LIST_RAW_DISCUSSIONS,
        &endpoints::OBJECT_DISCUSSIONS_LIST_DISCUSSIONS,
        &endpoints::OBJECT_DISCUSSIONS_GET_DISCUSSION,
        &endpoints::OBJECT_DISCUSSIONS_CREATE_DISCUSSION,
        &endpoints::PROJECT_GET_OBJECT_DISCUSSIONS,
        &endpoints::DISCUSSION_GET_METADATA,
        &endpoints::DISCUSSION_SET_METADATA,
        &endpoints::DISCUSSION_GET_REPLIES,
        &endpoints::DISCUSSION_SAVE_DISCUSSION,
        &endpoints::DISCUSSION_ADD_REPLY,
        &endpoints::DISCUSSION_GET_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssObjectDiscussions",
                doc: "The discussions on one object of a project.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "object_type",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "object_id",
                        ty: None,
                        secret: false,
                    },
                ],
                document: false,
            },
            Handle {
                name: "DssDiscussion",
                doc: "One discussion on an object, as DSS sent it (dataikuapi's `DSSDiscussion`): its topic and other metadata, and its replies (a discussion from `list_discussions`, `from_list`, is read again, replies included, when they are asked for).",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "object_type",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "object_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "discussion_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "from_list",
                        ty: Some("Option < bool >"),
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
                name: "DiscussionReply",
                doc: "One reply of a discussion (dataikuapi's `DSSDiscussionReply`).",
                members: &[
                    ModelMember {
                        name: "text",
                        wire: "text",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "author",
                        wire: "author",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "time",
                        wire: "time",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "edited_on",
                        wire: "editedOn",
                        ty: "Option < i64 >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl crate::rt::DssClient {
        /**A handle on the discussions of any object.

Builds a handle; sends no request.*/
        pub fn get_object_discussions(
            &self,
            project_key: impl Into<String>,
            object_type: impl Into<String>,
            object_id: impl Into<String>,
        ) -> super::handles::DssObjectDiscussions {
            let project_key = project_key.into();
            let object_type = object_type.into();
            let object_id = object_id.into();
            {
                let __f_project_key = project_key;
                let __f_object_type = object_type;
                let __f_object_id = object_id;
                super::handles::DssObjectDiscussions {
                    client: ::core::clone::Clone::clone(self),
                    project_key: __f_project_key,
                    object_type: __f_object_type,
                    object_id: __f_object_id,
                }
            }
        }
    }
    impl super::handles::DssObjectDiscussions {
        /**Lists the discussions on the object, as DSS lists them (their
replies are read again when asked for): the request behind
[`list_discussions`](crate::DssObjectDiscussions::list_discussions).

`GET /projects/{project_key}/discussions/{object_type}/{object_id}/`

Returns a [`ObjectDiscussionsListRawDiscussions`](requests::ObjectDiscussionsListRawDiscussions) request; nothing is sent until `.send()`.*/
        pub fn list_raw_discussions(
            &self,
        ) -> requests::ObjectDiscussionsListRawDiscussions<'_> {
            requests::ObjectDiscussionsListRawDiscussions {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads one discussion on the object, replies included.

`GET /projects/{project_key}/discussions/{object_type}/{object_id}/{discussion_id}`

Arguments:
- `discussion_id`: Sent as a path segment.

Returns a [`ObjectDiscussionsGetDiscussion`](requests::ObjectDiscussionsGetDiscussion) request; nothing is sent until `.send()`.*/
        pub fn get_discussion(
            &self,
            discussion_id: impl Into<String>,
        ) -> requests::ObjectDiscussionsGetDiscussion<'_> {
            requests::ObjectDiscussionsGetDiscussion {
                __owner: self,
                discussion_id: discussion_id.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts a discussion on the object.

`POST /projects/{project_key}/discussions/{object_type}/{object_id}/`

Never retried: sending it twice could do the work twice.

Arguments:
- `topic`: The discussion's topic. Sent as JSON member `topic`.
- `message`: Its first message. Sent as JSON member `reply`.

Returns a [`ObjectDiscussionsCreateDiscussion`](requests::ObjectDiscussionsCreateDiscussion) request; nothing is sent until `.send()`.*/
        pub fn create_discussion(
            &self,
            topic: impl Into<String>,
            message: impl Into<String>,
        ) -> requests::ObjectDiscussionsCreateDiscussion<'_> {
            requests::ObjectDiscussionsCreateDiscussion {
                __owner: self,
                topic: topic.into(),
                message: message.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssProject {
        /**A handle on the discussions of the project itself.

Builds a handle; sends no request.*/
        pub fn get_object_discussions(&self) -> super::handles::DssObjectDiscussions {
            {
                let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                let __f_object_type = String::from("PROJECT");
                let __f_object_id = ::core::clone::Clone::clone(&self.project_key);
                super::handles::DssObjectDiscussions {
                    client: ::core::clone::Clone::clone(&self.client),
                    project_key: __f_project_key,
                    object_type: __f_object_type,
                    object_id: __f_object_id,
                }
            }
        }
    }
    impl super::handles::DssDiscussion {
        /**Saves the discussion whole: the request behind
[`set_metadata`](crate::DssDiscussion::set_metadata).

`PUT /projects/{project_key}/discussions/{object_type}/{object_id}/{discussion_id}`

Arguments:
- `discussion`: The discussion: its metadata and replies. Sent as the JSON body.

Returns a [`DiscussionSaveDiscussion`](requests::DiscussionSaveDiscussion) request; nothing is sent until `.send()`.*/
        pub fn save_discussion(
            &self,
            discussion: impl Into<::serde_json::Value>,
        ) -> requests::DiscussionSaveDiscussion<'_> {
            requests::DiscussionSaveDiscussion {
                __owner: self,
                discussion: discussion.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Adds a reply to the discussion; returns the discussion as DSS has
it then, replies included (dataikuapi updates its own object
instead).

`POST /projects/{project_key}/discussions/{object_type}/{object_id}/{discussion_id}/replies/`

Never retried: sending it twice could do the work twice.

Arguments:
- `text`: The reply's text. Sent as JSON member `reply`.

Returns a [`DiscussionAddReply`](requests::DiscussionAddReply) request; nothing is sent until `.send()`.*/
        pub fn add_reply(
            &self,
            text: impl Into<String>,
        ) -> requests::DiscussionAddReply<'_> {
            requests::DiscussionAddReply {
                __owner: self,
                text: text.into(),
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
            impl super::handles::DssObjectDiscussions {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_list_discussions(
                    &self,
                ) -> Pending<'_, Vec<DssDiscussion>> {
                    self.list_discussions()
                }
            }
            impl super::handles::DssDiscussion {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_metadata(&self) -> Value {
                    self.get_metadata()
                }
            }
            impl super::handles::DssDiscussion {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_set_metadata(
                    &mut self,
                    discussion_metadata: Value,
                ) -> Pending<'_, ()> {
                    self.set_metadata(discussion_metadata)
                }
            }
            impl super::handles::DssDiscussion {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_replies(
                    &mut self,
                ) -> Pending<'_, Vec<DiscussionReply>> {
                    self.get_replies()
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
                ("DssObjectDiscussions", "list_raw_discussions") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_object_type, __id_object_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssObjectDiscussions", ids)?;
                        let __owner = super::handles::DssObjectDiscussions {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            object_type: __id_object_type,
                            object_id: __id_object_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_raw_discussions();
                        let __endpoint = requests::ObjectDiscussionsListRawDiscussions::ENDPOINT;
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
                ("DssObjectDiscussions", "get_discussion") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_object_type, __id_object_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssObjectDiscussions", ids)?;
                        let __owner = super::handles::DssObjectDiscussions {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            object_type: __id_object_type,
                            object_id: __id_object_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_discussion(args.str("discussion_id")?);
                        let __endpoint = requests::ObjectDiscussionsGetDiscussion::ENDPOINT;
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
                ("DssObjectDiscussions", "create_discussion") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_object_type, __id_object_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssObjectDiscussions", ids)?;
                        let __owner = super::handles::DssObjectDiscussions {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            object_type: __id_object_type,
                            object_id: __id_object_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_discussion(args.str("topic")?, args.str("message")?);
                        let __endpoint = requests::ObjectDiscussionsCreateDiscussion::ENDPOINT;
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
                ("DssDiscussion", "save_discussion") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_object_type, __id_object_id,
                        __id_discussion_id] = crate::rt::dynamic::ids::<
                            4usize,
                        >("DssDiscussion", ids)?;
                        let __owner = super::handles::DssDiscussion {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            object_type: __id_object_type,
                            object_id: __id_object_id,
                            discussion_id: __id_discussion_id,
                            from_list: ::core::default::Default::default(),
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.save_discussion(args.json("discussion")?);
                        let __endpoint = requests::DiscussionSaveDiscussion::ENDPOINT;
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
                ("DssDiscussion", "add_reply") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_object_type, __id_object_id,
                        __id_discussion_id] = crate::rt::dynamic::ids::<
                            4usize,
                        >("DssDiscussion", ids)?;
                        let __owner = super::handles::DssDiscussion {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            object_type: __id_object_type,
                            object_id: __id_object_id,
                            discussion_id: __id_discussion_id,
                            from_list: ::core::default::Default::default(),
                            document: args.document()?,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.add_reply(args.str("text")?);
                        let __endpoint = requests::DiscussionAddReply::ENDPOINT;
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
                "DssDiscussion" => {
                    (|| -> Result<bool, crate::rt::Error> {
                        let [__id_project_key, __id_object_type, __id_object_id] = crate::rt::dynamic::ids::<
                            3usize,
                        >("DssObjectDiscussions", ids)?;
                        let __owner = super::handles::DssObjectDiscussions {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            object_type: __id_object_type,
                            object_id: __id_object_id,
                        };
                        let mut __doc = __owner
                            .get_discussion(args.str("discussion_id")?)
                            .send()?;
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
            let model: super::models::DiscussionReply = ::serde_json::from_str(
                    "{\"text\":\"plain\",\"author\":\"plain\",\"time\":1,\"editedOn\":1,\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "DiscussionReply")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DiscussionReply"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssObjectDiscussions {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                object_type: ::std::string::String::from("plain"),
                object_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssObjectDiscussions"
            );
            checked += 1;
            let handle = super::handles::DssDiscussion {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                object_type: ::std::string::String::from("plain"),
                object_id: ::std::string::String::from("plain"),
                discussion_id: ::std::string::String::from("plain"),
                from_list: ::serde_json::from_str("true")
                    .unwrap_or_else(|e| {
                        panic!(
                            "cannot build `{}`'s `{}`: {e}", "DssDiscussion", "from_list"
                        )
                    }),
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
                "DssDiscussion"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
