// The expansion of `apinode.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/apinode.dss`.
pub mod spec_apinode {
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
        /**A client of one service of a DSS API node: real-time predictions,
lookups, SQL queries and functions of its endpoints. Requests go to
`{host}/public/api/v1/{service_id}/{endpoint_id}/...`; an open service
takes them without a credential.*/
        #[derive(Clone)]
        pub struct ApiNodeClient {
            /// The transport: a client of this server's base path.
            core: crate::rt::DssClient,
            pub(crate) service_id: String,
        }
        impl ApiNodeClient {
            ///A client for `host` (`https://host:port`), with an API key when the server asks for one (`None`: no credential), with the default settings of [`ClientBuilder`](crate::ClientBuilder).
            pub fn new(
                host: impl ::core::convert::Into<String>,
                service_id: impl ::core::convert::Into<String>,
                api_key: ::core::option::Option<&str>,
            ) -> crate::rt::Result<Self> {
                let builder = Self::builder(host, service_id);
                let builder = match api_key {
                    ::core::option::Option::Some(key) => builder.api_key(key),
                    ::core::option::Option::None => builder,
                };
                builder.build()
            }
            ///Starts configuring a client for `host`: every option of [`ClientBuilder`](crate::ClientBuilder) (credentials, TLS, proxy, time bounds, retries, headers); its requests go under `/public/api/v1`.
            pub fn builder(
                host: impl ::core::convert::Into<String>,
                service_id: impl ::core::convert::Into<String>,
            ) -> crate::rt::ClientBuilder<Self> {
                crate::rt::ClientBuilder::for_client(
                    host,
                    ::std::vec![::core::convert::Into:: < String > ::into(service_id)],
                )
            }
            /// The host this client talks to, as given (without a trailing `/`).
            pub fn host(&self) -> &str {
                self.core.host()
            }
            ///The `service_id` this client was made for.
            pub fn service_id(&self) -> &str {
                &self.service_id
            }
            /// A request on any path of this server's API (under its base
            /// path), for an endpoint the spec lacks: the same credential, time
            /// bounds, retries, errors and logs as every method; the mock stubs
            /// it too.
            pub fn raw(
                &self,
                verb: crate::Verb,
                path: &str,
            ) -> crate::requests::RawRequest<'_> {
                crate::requests::RawRequest::new(
                    &self.core,
                    &super::endpoints::API_NODE_CLIENT_RAW,
                    verb,
                    path,
                )
            }
        }
        impl crate::rt::ServerClient for ApiNodeClient {
            const SERVER: crate::rt::Server = crate::rt::Server::new(
                "ApiNodeClient",
                "/public/api/v1",
                false,
            );
            fn core(&self) -> &crate::rt::DssClient {
                &self.core
            }
            fn from_core(
                core: crate::rt::DssClient,
                ids: ::std::vec::Vec<String>,
            ) -> Self {
                #[allow(unused_mut, unused_variables)]
                let mut ids = ids.into_iter();
                ApiNodeClient {
                    core,
                    service_id: ids.next().unwrap_or_default(),
                }
            }
        }
        impl ::core::fmt::Debug for ApiNodeClient {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ApiNodeClient")
                    .field("host", &self.core.host())
                    .field("service_id", &self.service_id)
                    .field("auth", &crate::rt::auth_kind(&self.core))
                    .finish()
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
        ///Request value of [`ApiNodeClient::sql_query`](super::super::handles::ApiNodeClient::sql_query): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeClientSqlQuery<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeClient,
            pub(crate) endpoint_id: String,
            pub(crate) parameters: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeClientSqlQuery<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, endpoint_id, parameters, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/");
                __call.segment("endpoint_id", &endpoint_id, false)?;
                __call.lit("/query");
                __call.json(&::serde_json::Value::from(parameters))?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeClientSqlQuery, super::endpoints::API_NODE_CLIENT_SQL_QUERY,
            json(Value,
            "Sends the request (`POST /{service_id}/{endpoint_id}/query`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeClientSqlQuery<'_> {}
        ///Request value of [`ApiNodeClient::lookup_records`](super::super::handles::ApiNodeClient::lookup_records): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ApiNodeClientLookupRecords<'a> {
            pub(crate) __owner: &'a super::super::handles::ApiNodeClient,
            pub(crate) endpoint_id: String,
            pub(crate) records: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ApiNodeClientLookupRecords<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, endpoint_id, records, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/");
                __call.segment("service_id", &__owner.service_id, false)?;
                __call.lit("/");
                __call.segment("endpoint_id", &endpoint_id, false)?;
                __call.lit("/lookup-multi");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("items"),
                                    ::serde_json::Value::from(records),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ApiNodeClientLookupRecords, super::endpoints::API_NODE_CLIENT_LOOKUP_RECORDS,
            json(Value,
            "Sends the request (`POST /{service_id}/{endpoint_id}/lookup-multi`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ApiNodeClientLookupRecords<'_> {}
        crate::rt::request_list!(ApiNodeClientSqlQuery, ApiNodeClientLookupRecords);
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`ApiNodeClient::sql_query`.
        pub static API_NODE_CLIENT_SQL_QUERY: Endpoint = Endpoint::new(
            "ApiNodeClient",
            "sql_query",
            crate::rt::Server::new("ApiNodeClient", "/public/api/v1", false),
            "Queries an endpoint of the \"SQL query\" type with these parameters (a JSON object, sent as the body).",
            &[
                Arg::new("endpoint_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "parameters",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/{service_id}/{endpoint_id}/query",
                    &[],
                    "ApiNodeClientSqlQuery",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeClient::lookup_records`.
        pub static API_NODE_CLIENT_LOOKUP_RECORDS: Endpoint = Endpoint::new(
            "ApiNodeClient",
            "lookup_records",
            crate::rt::Server::new("ApiNodeClient", "/public/api/v1", false),
            "Looks a batch of records up on an endpoint of the \"dataset lookup\" type: each record is an object with a `data` member.",
            &[
                Arg::new("endpoint_id", "str", Presence::Required, Place::Path, false),
                Arg::new(
                    "records",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "items",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/{service_id}/{endpoint_id}/lookup-multi",
                    &[],
                    "ApiNodeClientLookupRecords",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`ApiNodeClient::raw`.
        pub static API_NODE_CLIENT_RAW: Endpoint = Endpoint::new(
            "ApiNodeClient",
            "raw",
            crate::rt::Server::new("ApiNodeClient", "/public/api/v1", false),
            "A request on any path of this server's API, for an endpoint the spec lacks: the same credential, time bounds, retries, errors and logs as every method.",
            &[
                Arg::new(
                    "verb",
                    "crate::Verb",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new("path", "&str", Presence::Required, Place::HandWritten, false),
            ],
            None,
            ResultKind::HandWritten("RawRequest<'_>"),
            [true, false, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::API_NODE_CLIENT_SQL_QUERY,
        &endpoints::API_NODE_CLIENT_LOOKUP_RECORDS,
        &endpoints::API_NODE_CLIENT_RAW,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "ApiNodeClient",
                doc: "A client of one service of a DSS API node: real-time predictions, lookups, SQL queries and functions of its endpoints.",
                fields: &[
                    HandleField {
                        name: "service_id",
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
    impl super::handles::ApiNodeClient {
        /**Queries an endpoint of the "SQL query" type with these parameters
(a JSON object, sent as the body).

`POST /{service_id}/{endpoint_id}/query`

Never retried: sending it twice could do the work twice.

Arguments:
- `endpoint_id`: The endpoint's id. Sent as a path segment.
- `parameters`: The query's parameters, by name. Sent as the JSON body.

Returns a [`ApiNodeClientSqlQuery`](requests::ApiNodeClientSqlQuery) request; nothing is sent until `.send()`.*/
        pub fn sql_query(
            &self,
            endpoint_id: impl Into<String>,
            parameters: impl Into<::serde_json::Value>,
        ) -> requests::ApiNodeClientSqlQuery<'_> {
            requests::ApiNodeClientSqlQuery {
                __owner: self,
                endpoint_id: endpoint_id.into(),
                parameters: parameters.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Looks a batch of records up on an endpoint of the "dataset lookup"
type: each record is an object with a `data` member.

`POST /{service_id}/{endpoint_id}/lookup-multi`

Never retried: sending it twice could do the work twice.

Arguments:
- `endpoint_id`: The endpoint's id. Sent as a path segment.
- `records`: The records, each `{"data": {..}}` (and an optional `context`). Sent as JSON member `items`.

Returns a [`ApiNodeClientLookupRecords`](requests::ApiNodeClientLookupRecords) request; nothing is sent until `.send()`.*/
        pub fn lookup_records(
            &self,
            endpoint_id: impl Into<String>,
            records: impl Into<::serde_json::Value>,
        ) -> requests::ApiNodeClientLookupRecords<'_> {
            requests::ApiNodeClientLookupRecords {
                __owner: self,
                endpoint_id: endpoint_id.into(),
                records: records.into(),
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
            impl super::handles::ApiNodeClient {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_raw(
                    &self,
                    verb: crate::Verb,
                    path: &str,
                ) -> RawRequest<'_> {
                    self.raw(verb, path)
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
                ("ApiNodeClient", "sql_query") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeClient", ids)?;
                        let __owner: super::handles::ApiNodeClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![__id_service_id],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .sql_query(
                                args.str("endpoint_id")?,
                                args.json("parameters")?,
                            );
                        let __endpoint = requests::ApiNodeClientSqlQuery::ENDPOINT;
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
                ("ApiNodeClient", "lookup_records") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_service_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("ApiNodeClient", ids)?;
                        let __owner: super::handles::ApiNodeClient = crate::rt::ServerClient::from_core(
                            crate::rt::on_server(
                                client,
                                <super::handles::ApiNodeClient as crate::rt::ServerClient>::SERVER,
                            ),
                            ::std::vec![__id_service_id],
                        );
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .lookup_records(
                                args.str("endpoint_id")?,
                                args.json("records")?,
                            );
                        let __endpoint = requests::ApiNodeClientLookupRecords::ENDPOINT;
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
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle: super::handles::ApiNodeClient = crate::rt::ServerClient::from_core(
                ::core::clone::Clone::clone(&client),
                ::std::vec![::std::string::String::from("plain")],
            );
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ApiNodeClient"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
