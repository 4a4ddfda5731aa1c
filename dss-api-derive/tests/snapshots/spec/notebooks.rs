// The expansion of `notebooks.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/notebooks.dss`.
pub mod spec_notebooks {
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
        ///A Jupyter notebook of a project, named by project key and notebook name.
        #[derive(Clone)]
        pub struct DssNotebook {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) project_key: String,
            pub(crate) notebook_name: String,
        }
        impl DssNotebook {
            ///The `project_key` this handle points at.
            pub fn project_key(&self) -> &str {
                &self.project_key
            }
            ///The `notebook_name` this handle points at.
            pub fn notebook_name(&self) -> &str {
                &self.notebook_name
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssNotebook {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssNotebook")
                    .field("project_key", &self.project_key)
                    .field("notebook_name", &self.notebook_name)
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
        ///A running Jupyter notebook as listed by `list_running_notebooks`.
        #[derive(Clone, PartialEq)]
        pub struct NotebookSummary {
            ///Project holding the notebook.
            pub project_key: String,
            ///The notebook's name.
            pub name: String,
            ///Active kernel sessions (each with a `sessionId`).
            pub active_sessions: Option<Vec<Value>>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for NotebookSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = NotebookSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `NotebookSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<NotebookSummary, __A::Error> {
                        let mut __m_project_key: Option<String> = None;
                        let mut __m_name: Option<String> = None;
                        let mut __m_active_sessions: Option<Vec<Value>> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "projectKey" => {
                                    __m_project_key = Some(
                                        crate::rt::model::next_member(&mut __map, "projectKey")?,
                                    );
                                }
                                "name" => {
                                    __m_name = Some(
                                        crate::rt::model::next_member(&mut __map, "name")?,
                                    );
                                }
                                "activeSessions" => {
                                    __m_active_sessions = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "activeSessions",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(NotebookSummary {
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
                            name: match __m_name {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("name"),
                                    );
                                }
                            },
                            active_sessions: __m_active_sessions,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for NotebookSummary {
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
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "name",
                    &self.name,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "activeSessions",
                    &self.active_sessions,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for NotebookSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("NotebookSummary")
                    .field("project_key", &self.project_key)
                    .field("name", &self.name)
                    .field("active_sessions", &self.active_sessions)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl NotebookSummary {
            ///The [`DssNotebook`](super::super::handles::DssNotebook) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssNotebook {
                {
                    let __f_project_key = ::core::clone::Clone::clone(&self.project_key);
                    let __f_notebook_name = ::core::clone::Clone::clone(&self.name);
                    super::super::handles::DssNotebook {
                        client: ::core::clone::Clone::clone(client),
                        project_key: __f_project_key,
                        notebook_name: __f_notebook_name,
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
        ///Request value of [`DssClient::list_running_notebooks`](crate::rt::DssClient::list_running_notebooks): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListRunningNotebooks<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListRunningNotebooks<'a> {
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
                __call.lit("/admin/notebooks/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListRunningNotebooks, super::endpoints::LIST_RUNNING_NOTEBOOKS, json(Vec <
            NotebookSummary >,
            "Sends the request (`GET /admin/notebooks/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListRunningNotebooks<'_> {}
        ///Request value of [`DssNotebook::get_state`](super::super::handles::DssNotebook::get_state): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct NotebookGetState<'a> {
            pub(crate) __owner: &'a super::super::handles::DssNotebook,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> NotebookGetState<'a> {
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
                __call.lit("/notebooks/");
                __call.query("notebookName", &__owner.notebook_name);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            NotebookGetState, super::endpoints::NOTEBOOK_GET_STATE, json(Value,
            "Sends the request (`GET /projects/{project_key}/notebooks/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for NotebookGetState<'_> {}
        ///Request value of [`DssNotebook::unload`](super::super::handles::DssNotebook::unload): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct NotebookUnload<'a> {
            pub(crate) __owner: &'a super::super::handles::DssNotebook,
            pub(crate) session_id: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> NotebookUnload<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, session_id, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/notebooks/");
                __call.query("notebookName", &__owner.notebook_name);
                __call.query("sessionId", &session_id);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            NotebookUnload, super::endpoints::NOTEBOOK_UNLOAD,
            unit("Sends the request (`DELETE /projects/{project_key}/notebooks/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for NotebookUnload<'_> {}
        crate::rt::request_list!(ListRunningNotebooks, NotebookGetState, NotebookUnload);
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_running_notebooks`.
        pub static LIST_RUNNING_NOTEBOOKS: Endpoint = Endpoint::new(
            "DssClient",
            "list_running_notebooks",
            crate::rt::Server::DSS,
            "Lists the Jupyter notebooks currently running; each item has at least `projectKey` and `name`, and converts to a [`DssNotebook`] with `to_handle`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/admin/notebooks/",
                    &[],
                    "ListRunningNotebooks",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < NotebookSummary >"),
            [false, true, false],
        );
        ///`DssClient::get_notebook`.
        pub static GET_NOTEBOOK: Endpoint = Endpoint::new(
            "DssClient",
            "get_notebook",
            crate::rt::Server::DSS,
            "A handle on one notebook of a project.",
            &[
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
                Arg::new(
                    "notebook_name",
                    "str",
                    Presence::Required,
                    Place::HandleOnly,
                    false,
                ),
            ],
            None,
            ResultKind::Handle("DssNotebook"),
            [false, true, false],
        );
        ///`DssNotebook::get_state`.
        pub static NOTEBOOK_GET_STATE: Endpoint = Endpoint::new(
            "DssNotebook",
            "get_state",
            crate::rt::Server::DSS,
            "Reads the notebook's state (its active sessions among others).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/notebooks/",
                    &[],
                    "NotebookGetState",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssNotebook::unload`.
        pub static NOTEBOOK_UNLOAD: Endpoint = Endpoint::new(
            "DssNotebook",
            "unload",
            crate::rt::Server::DSS,
            "Stops one kernel session of the notebook (a listed notebook's `active_sessions` give the ids; dataikuapi picks the only one).",
            &[
                Arg::new(
                    "session_id",
                    "str",
                    Presence::Required,
                    Place::Query("sessionId"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Delete,
                    "/projects/{project_key}/notebooks/",
                    &[],
                    "NotebookUnload",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::LIST_RUNNING_NOTEBOOKS,
        &endpoints::GET_NOTEBOOK,
        &endpoints::NOTEBOOK_GET_STATE,
        &endpoints::NOTEBOOK_UNLOAD,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssNotebook",
                doc: "A Jupyter notebook of a project, named by project key and notebook name.",
                fields: &[
                    HandleField {
                        name: "project_key",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "notebook_name",
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
        &[
            Model {
                name: "NotebookSummary",
                doc: "A running Jupyter notebook as listed by `list_running_notebooks`.",
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
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "active_sessions",
                        wire: "activeSessions",
                        ty: "Option < Vec < Value > >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssNotebook"),
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Lists the Jupyter notebooks currently running; each item has at least
`projectKey` and `name`, and converts to a [`DssNotebook`] with
`to_handle`.

`GET /admin/notebooks/`

Returns a [`ListRunningNotebooks`](requests::ListRunningNotebooks) request; nothing is sent until `.send()`.*/
        pub fn list_running_notebooks(&self) -> requests::ListRunningNotebooks<'_> {
            requests::ListRunningNotebooks {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one notebook of a project.

Builds a handle; sends no request.*/
        pub fn get_notebook(
            &self,
            project_key: impl Into<String>,
            notebook_name: impl Into<String>,
        ) -> super::handles::DssNotebook {
            let project_key = project_key.into();
            let notebook_name = notebook_name.into();
            {
                let __f_project_key = project_key;
                let __f_notebook_name = notebook_name;
                super::handles::DssNotebook {
                    client: ::core::clone::Clone::clone(self),
                    project_key: __f_project_key,
                    notebook_name: __f_notebook_name,
                }
            }
        }
    }
    impl super::handles::DssNotebook {
        /**Reads the notebook's state (its active sessions among others).

`GET /projects/{project_key}/notebooks/`

Returns a [`NotebookGetState`](requests::NotebookGetState) request; nothing is sent until `.send()`.*/
        pub fn get_state(&self) -> requests::NotebookGetState<'_> {
            requests::NotebookGetState {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Stops one kernel session of the notebook (a listed notebook's
`active_sessions` give the ids; dataikuapi picks the only one).

`DELETE /projects/{project_key}/notebooks/`

Arguments:
- `session_id`: The session to stop. Sent as query parameter `sessionId`.

Returns a [`NotebookUnload`](requests::NotebookUnload) request; nothing is sent until `.send()`.*/
        pub fn unload(
            &self,
            session_id: impl Into<String>,
        ) -> requests::NotebookUnload<'_> {
            requests::NotebookUnload {
                __owner: self,
                session_id: session_id.into(),
                __opts: ::core::default::Default::default(),
            }
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
                ("DssClient", "list_running_notebooks") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_running_notebooks();
                        let __endpoint = requests::ListRunningNotebooks::ENDPOINT;
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
                ("DssNotebook", "get_state") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_notebook_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssNotebook", ids)?;
                        let __owner = super::handles::DssNotebook {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_name: __id_notebook_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_state();
                        let __endpoint = requests::NotebookGetState::ENDPOINT;
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
                ("DssNotebook", "unload") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_notebook_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssNotebook", ids)?;
                        let __owner = super::handles::DssNotebook {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            notebook_name: __id_notebook_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.unload(args.str("session_id")?);
                        let __endpoint = requests::NotebookUnload::ENDPOINT;
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
            let model: super::models::NotebookSummary = ::serde_json::from_str(
                    "{\"projectKey\":\"plain\",\"name\":\"plain\",\"activeSessions\":[{\"k\":\"plain\"}],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "NotebookSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "NotebookSummary"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssNotebook {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                project_key: ::std::string::String::from("plain"),
                notebook_name: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssNotebook"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
