// The expansion of `apps.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/apps.dss`.
pub mod spec_apps {
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
        ///A Dataiku app, named by its id.
        #[derive(Clone)]
        pub struct DssApp {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) app_id: String,
        }
        impl DssApp {
            ///The `app_id` this handle points at.
            pub fn app_id(&self) -> &str {
                &self.app_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssApp {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssApp")
                    .field("app_id", &self.app_id)
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
        ///A Dataiku app as listed by `list_apps`.
        #[derive(Clone, PartialEq)]
        pub struct AppSummary {
            ///The app's id.
            pub app_id: String,
            ///Display label.
            pub label: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for AppSummary {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = AppSummary;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `AppSummary` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<AppSummary, __A::Error> {
                        let mut __m_app_id: Option<String> = None;
                        let mut __m_label: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "appId" => {
                                    __m_app_id = Some(
                                        crate::rt::model::next_member(&mut __map, "appId")?,
                                    );
                                }
                                "label" => {
                                    __m_label = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "label",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(AppSummary {
                            app_id: match __m_app_id {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("appId"),
                                    );
                                }
                            },
                            label: __m_label,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for AppSummary {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "appId",
                    &self.app_id,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "label",
                    &self.label,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for AppSummary {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("AppSummary")
                    .field("app_id", &self.app_id)
                    .field("label", &self.label)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl AppSummary {
            ///The [`DssApp`](super::super::handles::DssApp) this item names (no request).
            pub fn to_handle(
                &self,
                client: &crate::rt::DssClient,
            ) -> super::super::handles::DssApp {
                {
                    let __f_app_id = ::core::clone::Clone::clone(&self.app_id);
                    super::super::handles::DssApp {
                        client: ::core::clone::Clone::clone(client),
                        app_id: __f_app_id,
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
        ///Request value of [`DssClient::list_apps`](crate::rt::DssClient::list_apps): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ListApps<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ListApps<'a> {
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
                __call.lit("/apps/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ListApps, super::endpoints::LIST_APPS, json(Vec < AppSummary >,
            "Sends the request (`GET /apps/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ListApps<'_> {}
        ///Request value of [`DssApp::list_instances`](super::super::handles::DssApp::list_instances): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AppListInstances<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApp,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AppListInstances<'a> {
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
                __call.lit("/apps/");
                __call.segment("app_id", &__owner.app_id, false)?;
                __call.lit("/instances/");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            AppListInstances, super::endpoints::APP_LIST_INSTANCES, json(Value,
            "Sends the request (`GET /apps/{app_id}/instances/`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AppListInstances<'_> {}
        ///Request value of [`DssApp::list_instance_keys`](super::super::handles::DssApp::list_instance_keys): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AppListInstanceKeys<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApp,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AppListInstanceKeys<'a> {
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
                __call.lit("/apps/");
                __call.segment("app_id", &__owner.app_id, false)?;
                __call.lit("/instances/");
                Ok((__call, ()))
            }
            ///Sends the request (`GET /apps/{app_id}/instances/`) and returns the answer.
            pub fn send(self) -> Result<Vec<String>, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __answer: Value = __call.send_json()?;
                        crate::rt::pick::<
                            Vec<String>,
                        >(__answer, "projectKey", true, Self::ENDPOINT)
                    },
                )
            }
        }
        crate::rt::request_common!(
            AppListInstanceKeys, super::endpoints::APP_LIST_INSTANCE_KEYS, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AppListInstanceKeys<'_> {}
        ///Request value of [`DssApp::create_instance`](super::super::handles::DssApp::create_instance): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct AppCreateInstance<'a> {
            pub(crate) __owner: &'a super::super::handles::DssApp,
            pub(crate) instance_key: String,
            pub(crate) instance_name: String,
            pub(crate) is_temporary_instance: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> AppCreateInstance<'a> {
            /**Make it a temporary instance (no git history, not indexed in the
catalog).

Default: `false`. Sent as JSON member `isTemporaryAppInstance`.*/
            pub fn is_temporary_instance(mut self, is_temporary_instance: bool) -> Self {
                self.is_temporary_instance = is_temporary_instance;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    instance_key,
                    instance_name,
                    is_temporary_instance,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/apps/");
                __call.segment("app_id", &__owner.app_id, false)?;
                __call.lit("/instances");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("targetProjectKey"),
                                    ::serde_json::Value::from(instance_key),
                                );
                            __map
                                .insert(
                                    String::from("targetProjectName"),
                                    ::serde_json::Value::from(instance_name),
                                );
                            __map
                                .insert(
                                    String::from("isTemporaryAppInstance"),
                                    ::serde_json::Value::from(is_temporary_instance),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /apps/{app_id}/instances`) and returns the answer.
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
            AppCreateInstance, super::endpoints::APP_CREATE_INSTANCE, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for AppCreateInstance<'_> {}
        crate::rt::request_list!(
            ListApps, AppListInstances, AppListInstanceKeys, AppCreateInstance
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::list_apps`.
        pub static LIST_APPS: Endpoint = Endpoint::new(
            "DssClient",
            "list_apps",
            crate::rt::Server::DSS,
            "Lists the apps; each has at least `appId`.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/apps/",
                    &[],
                    "ListApps",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Vec < AppSummary >"),
            [false, true, false],
        );
        ///`DssClient::get_app`.
        pub static GET_APP: Endpoint = Endpoint::new(
            "DssClient",
            "get_app",
            crate::rt::Server::DSS,
            "A handle on one app.",
            &[Arg::new("app_id", "str", Presence::Required, Place::HandleOnly, false)],
            None,
            ResultKind::Handle("DssApp"),
            [false, true, false],
        );
        ///`DssApp::list_instances`.
        pub static APP_LIST_INSTANCES: Endpoint = Endpoint::new(
            "DssApp",
            "list_instances",
            crate::rt::Server::DSS,
            "Lists the app's instances.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/apps/{app_id}/instances/",
                    &[],
                    "AppListInstances",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssApp::list_instance_keys`.
        pub static APP_LIST_INSTANCE_KEYS: Endpoint = Endpoint::new(
            "DssApp",
            "list_instance_keys",
            crate::rt::Server::DSS,
            "Lists the project keys of the app's instances.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/apps/{app_id}/instances/",
                    &[],
                    "AppListInstanceKeys",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Member {
                ty: "Vec < String >",
                member: "projectKey",
                each_item: true,
            },
            [false, true, false],
        );
        ///`DssApp::create_instance`.
        pub static APP_CREATE_INSTANCE: Endpoint = Endpoint::new(
            "DssApp",
            "create_instance",
            crate::rt::Server::DSS,
            "Creates an instance of the app (a new project) and waits for the creation task to end, returning its result; `.start()` returns the task instead (dataikuapi's `wait=False`).",
            &[
                Arg::new(
                    "instance_key",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetProjectKey",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "instance_name",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "targetProjectName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "is_temporary_instance",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "isTemporaryAppInstance",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/apps/{app_id}/instances",
                    &[],
                    "AppCreateInstance",
                    [false, false, true, false, false],
                ),
            ),
            ResultKind::Wait("Value"),
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::LIST_APPS,
        &endpoints::GET_APP,
        &endpoints::APP_LIST_INSTANCES,
        &endpoints::APP_LIST_INSTANCE_KEYS,
        &endpoints::APP_CREATE_INSTANCE,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssApp",
                doc: "A Dataiku app, named by its id.",
                fields: &[
                    HandleField {
                        name: "app_id",
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
                name: "AppSummary",
                doc: "A Dataiku app as listed by `list_apps`.",
                members: &[
                    ModelMember {
                        name: "app_id",
                        wire: "appId",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "label",
                        wire: "label",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: Some("DssApp"),
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Lists the apps; each has at least `appId`.

`GET /apps/`

Returns a [`ListApps`](requests::ListApps) request; nothing is sent until `.send()`.*/
        pub fn list_apps(&self) -> requests::ListApps<'_> {
            requests::ListApps {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**A handle on one app.

Builds a handle; sends no request.*/
        pub fn get_app(&self, app_id: impl Into<String>) -> super::handles::DssApp {
            let app_id = app_id.into();
            {
                let __f_app_id = app_id;
                super::handles::DssApp {
                    client: ::core::clone::Clone::clone(self),
                    app_id: __f_app_id,
                }
            }
        }
    }
    impl super::handles::DssApp {
        /**Lists the app's instances.

`GET /apps/{app_id}/instances/`

Returns a [`AppListInstances`](requests::AppListInstances) request; nothing is sent until `.send()`.*/
        pub fn list_instances(&self) -> requests::AppListInstances<'_> {
            requests::AppListInstances {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the project keys of the app's instances.

`GET /apps/{app_id}/instances/`

Returns a [`AppListInstanceKeys`](requests::AppListInstanceKeys) request; nothing is sent until `.send()`.*/
        pub fn list_instance_keys(&self) -> requests::AppListInstanceKeys<'_> {
            requests::AppListInstanceKeys {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Creates an instance of the app (a new project) and waits for the
creation task to end, returning its result; `.start()` returns the
task instead (dataikuapi's `wait=False`). dataikuapi returns a handle
on the instance, whose key is `instance_key`.

`POST /apps/{app_id}/instances`

Never retried: sending it twice could do the work twice.

Arguments:
- `instance_key`: Project key of the new instance, unique on the instance. Sent as JSON member `targetProjectKey`.
- `instance_name`: Display name of the new instance. Sent as JSON member `targetProjectName`.

Optional arguments, set by name on the returned request:
- `is_temporary_instance`: Default: `false`. Sent as JSON member `isTemporaryAppInstance`.

Returns a [`AppCreateInstance`](requests::AppCreateInstance) request; nothing is sent until `.send()`.*/
        pub fn create_instance(
            &self,
            instance_key: impl Into<String>,
            instance_name: impl Into<String>,
        ) -> requests::AppCreateInstance<'_> {
            requests::AppCreateInstance {
                __owner: self,
                instance_key: instance_key.into(),
                instance_name: instance_name.into(),
                is_temporary_instance: false,
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
                ("DssClient", "list_apps") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.list_apps();
                        let __endpoint = requests::ListApps::ENDPOINT;
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
                ("DssApp", "list_instances") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_app_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApp", ids)?;
                        let __owner = super::handles::DssApp {
                            client: ::core::clone::Clone::clone(client),
                            app_id: __id_app_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_instances();
                        let __endpoint = requests::AppListInstances::ENDPOINT;
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
                ("DssApp", "list_instance_keys") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_app_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApp", ids)?;
                        let __owner = super::handles::DssApp {
                            client: ::core::clone::Clone::clone(client),
                            app_id: __id_app_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_instance_keys();
                        let __endpoint = requests::AppListInstanceKeys::ENDPOINT;
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
                ("DssApp", "create_instance") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_app_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssApp", ids)?;
                        let __owner = super::handles::DssApp {
                            client: ::core::clone::Clone::clone(client),
                            app_id: __id_app_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .create_instance(
                                args.str("instance_key")?,
                                args.str("instance_name")?,
                            );
                        let __endpoint = requests::AppCreateInstance::ENDPOINT;
                        if let Some(__v) = args.opt_bool("is_temporary_instance")? {
                            __r = __r.is_temporary_instance(__v);
                        }
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
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
            let model: super::models::AppSummary = ::serde_json::from_str(
                    "{\"appId\":\"plain\",\"label\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "AppSummary")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "AppSummary"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssApp {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                app_id: ::std::string::String::from("plain"),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssApp"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
