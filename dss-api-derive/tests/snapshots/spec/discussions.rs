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
        ///Request value of [`DssObjectDiscussions::list_discussions`](super::super::handles::DssObjectDiscussions::list_discussions): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ObjectDiscussionsListDiscussions<'a> {
            pub(crate) __owner: &'a super::super::handles::DssObjectDiscussions,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ObjectDiscussionsListDiscussions<'a> {
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
            ObjectDiscussionsListDiscussions,
            super::endpoints::OBJECT_DISCUSSIONS_LIST_DISCUSSIONS, json(Value,
            "Sends the request (`GET /projects/{project_key}/discussions/{object_type}/{object_id}/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ObjectDiscussionsListDiscussions<'_> {}
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
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
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
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ObjectDiscussionsGetDiscussion,
            super::endpoints::OBJECT_DISCUSSIONS_GET_DISCUSSION, json(Value,
            "Sends the request (`GET /projects/{project_key}/discussions/{object_type}/{object_id}/{discussion_id}`) and returns the answer.")
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
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
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
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ObjectDiscussionsCreateDiscussion,
            super::endpoints::OBJECT_DISCUSSIONS_CREATE_DISCUSSION, json(Value,
            "Sends the request (`POST /projects/{project_key}/discussions/{object_type}/{object_id}/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ObjectDiscussionsCreateDiscussion<'_> {}
        crate::rt::request_list!(
            ObjectDiscussionsListDiscussions, ObjectDiscussionsGetDiscussion,
            ObjectDiscussionsCreateDiscussion
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
        ///`DssObjectDiscussions::list_discussions`.
        pub static OBJECT_DISCUSSIONS_LIST_DISCUSSIONS: Endpoint = Endpoint::new(
            "DssObjectDiscussions",
            "list_discussions",
            crate::rt::Server::DSS,
            "Lists the discussions on the object.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/discussions/{object_type}/{object_id}/",
                    &[],
                    "ObjectDiscussionsListDiscussions",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
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
            ResultKind::Json("Value"),
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
            ResultKind::Json("Value"),
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::GET_OBJECT_DISCUSSIONS,
        &endpoints::OBJECT_DISCUSSIONS_LIST_DISCUSSIONS,
        &endpoints::OBJECT_DISCUSSIONS_GET_DISCUSSION,
        &endpoints::OBJECT_DISCUSSIONS_CREATE_DISCUSSION,
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
        ]
    };
    /// This file's models, in spec order.
    pub const MODELS: &[crate::rt::catalog::Model] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Model, ModelMember};
        &[]
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
        /**Lists the discussions on the object.

`GET /projects/{project_key}/discussions/{object_type}/{object_id}/`

Returns a [`ObjectDiscussionsListDiscussions`](requests::ObjectDiscussionsListDiscussions) request; nothing is sent until `.send()`.*/
        pub fn list_discussions(
            &self,
        ) -> requests::ObjectDiscussionsListDiscussions<'_> {
            requests::ObjectDiscussionsListDiscussions {
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
- `topic`: Sent as JSON member `topic`.
- `message`: Sent as JSON member `reply`.

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
    /// Sends the request of one of this file's methods, named by owner
    /// and method, with arguments taken by name from `args`.
    #[cfg(feature = "dynamic")]
    #[allow(unused_variables, clippy::redundant_closure_call)]
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
                ("DssObjectDiscussions", "list_discussions") => {
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
                        let mut __r = __owner.list_discussions();
                        let __endpoint = requests::ObjectDiscussionsListDiscussions::ENDPOINT;
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
                _ => return None,
            },
        )
    }
    /// Reads a document one of this file's methods reads, lets `edit`
    /// change it, and saves it back.
    #[cfg(feature = "dynamic")]
    #[allow(unused_variables, unused_mut, clippy::redundant_closure_call)]
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
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
