// The expansion of `sql.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/sql.dss`.
pub mod spec_sql {
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
        /**A SQL, Hive or Impala query started by `sql_query`: its schema came with
the answer that started it; its rows are streamed by `iter_rows`.*/
        #[derive(Clone)]
        pub struct DssSqlQuery {
            pub(crate) client: crate::rt::DssClient,
            pub(crate) query_id: String,
            pub(crate) schema: Vec<SqlColumn>,
        }
        impl DssSqlQuery {
            ///The `query_id` this handle points at.
            pub fn query_id(&self) -> &str {
                &self.query_id
            }
            /// The client this handle sends its requests with.
            pub fn client(&self) -> &crate::rt::DssClient {
                &self.client
            }
        }
        impl ::core::fmt::Debug for DssSqlQuery {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("DssSqlQuery")
                    .field("query_id", &self.query_id)
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
        ///One column of a SQL query's result schema.
        #[derive(Clone, PartialEq)]
        pub struct SqlColumn {
            ///Column name.
            pub name: String,
            /**DSS storage type (`string`, `int`, `bigint`, `double`, `boolean`,
`date`, ...), which decides how values are typed.*/
            pub r#type: String,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for SqlColumn {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = SqlColumn;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `SqlColumn` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<SqlColumn, __A::Error> {
                        let mut __m_name: Option<String> = None;
                        let mut __m_type: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "name" => {
                                    __m_name = Some(
                                        crate::rt::model::next_member(&mut __map, "name")?,
                                    );
                                }
                                "type" => {
                                    __m_type = Some(
                                        crate::rt::model::next_member(&mut __map, "type")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(SqlColumn {
                            name: match __m_name {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("name"),
                                    );
                                }
                            },
                            r#type: match __m_type {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("type"),
                                    );
                                }
                            },
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for SqlColumn {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "name",
                    &self.name,
                )?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "type",
                    &self.r#type,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for SqlColumn {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("SqlColumn")
                    .field("name", &self.name)
                    .field("type", &self.r#type)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl SqlColumn {}
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
        ///Request value of [`DssClient::sql_query`](crate::rt::DssClient::sql_query): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SqlQuery<'a> {
            pub(crate) __owner: &'a crate::rt::DssClient,
            pub(crate) query: String,
            pub(crate) connection: Option<String>,
            pub(crate) database: Option<String>,
            pub(crate) dataset_full_name: Option<String>,
            pub(crate) pre_queries: Option<Vec<String>>,
            pub(crate) post_queries: Option<Vec<String>>,
            pub(crate) query_type: String,
            pub(crate) extra_conf: ::serde_json::Value,
            pub(crate) script_steps: Option<::serde_json::Value>,
            pub(crate) script_input_schema: Option<::serde_json::Value>,
            pub(crate) script_output_schema: Option<::serde_json::Value>,
            pub(crate) script_report_location: Option<::serde_json::Value>,
            pub(crate) read_timestamp_without_timezone_as_string: bool,
            pub(crate) read_date_as_string: bool,
            pub(crate) project_key: Option<String>,
            pub(crate) datetimenotz_read_mode: String,
            pub(crate) dateonly_read_mode: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SqlQuery<'a> {
            /**Connection to run it on (exclusive of `database` and `dataset_full_name`).

Unset by default (then sent as `null`). Sent as JSON member `connection`.*/
            pub fn connection(mut self, connection: impl Into<String>) -> Self {
                self.connection = Some(connection.into());
                self
            }
            /**Database to run it on (exclusive of the other two).

Unset by default (then sent as `null`). Sent as JSON member `database`.*/
            pub fn database(mut self, database: impl Into<String>) -> Self {
                self.database = Some(database.into());
                self
            }
            /**Dataset whose connection is used (exclusive of the other two).

Unset by default (then sent as `null`). Sent as JSON member `datasetFullName`.*/
            pub fn dataset_full_name(
                mut self,
                dataset_full_name: impl Into<String>,
            ) -> Self {
                self.dataset_full_name = Some(dataset_full_name.into());
                self
            }
            /**Queries run before the query.

Unset by default (then sent as `null`). Sent as JSON member `preQueries`.*/
            pub fn pre_queries(
                mut self,
                pre_queries: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.pre_queries = Some(
                    pre_queries.into_iter().map(Into::into).collect(),
                );
                self
            }
            /**Queries run after the query.

Unset by default (then sent as `null`). Sent as JSON member `postQueries`.*/
            pub fn post_queries(
                mut self,
                post_queries: impl IntoIterator<Item = impl Into<String>>,
            ) -> Self {
                self.post_queries = Some(
                    post_queries.into_iter().map(Into::into).collect(),
                );
                self
            }
            /**`sql`, `hive` or `impala`.

Default: `sql`. Sent as JSON member `type`.*/
            pub fn query_type(mut self, query_type: impl Into<String>) -> Self {
                self.query_type = query_type.into();
                self
            }
            /**Extra engine configuration.

Default: `{}`. Sent as JSON member `extraConf`.*/
            pub fn extra_conf(
                mut self,
                extra_conf: impl Into<::serde_json::Value>,
            ) -> Self {
                self.extra_conf = extra_conf.into();
                self
            }
            /**Script steps (advanced).

Unset by default (then sent as `null`). Sent as JSON member `scriptSteps`.*/
            pub fn script_steps(
                mut self,
                script_steps: impl Into<::serde_json::Value>,
            ) -> Self {
                self.script_steps = Some(script_steps.into());
                self
            }
            /**Script input schema (advanced).

Unset by default (then sent as `null`). Sent as JSON member `scriptInputSchema`.*/
            pub fn script_input_schema(
                mut self,
                script_input_schema: impl Into<::serde_json::Value>,
            ) -> Self {
                self.script_input_schema = Some(script_input_schema.into());
                self
            }
            /**Script output schema (advanced).

Unset by default (then sent as `null`). Sent as JSON member `scriptOutputSchema`.*/
            pub fn script_output_schema(
                mut self,
                script_output_schema: impl Into<::serde_json::Value>,
            ) -> Self {
                self.script_output_schema = Some(script_output_schema.into());
                self
            }
            /**Script report location (advanced).

Unset by default (then sent as `null`). Sent as JSON member `scriptReportLocation`.*/
            pub fn script_report_location(
                mut self,
                script_report_location: impl Into<::serde_json::Value>,
            ) -> Self {
                self.script_report_location = Some(script_report_location.into());
                self
            }
            /**Read timestamps without time zone as strings.

Default: `true`. Sent as JSON member `readTimestampWithoutTimezoneAsString`.*/
            pub fn read_timestamp_without_timezone_as_string(
                mut self,
                read_timestamp_without_timezone_as_string: bool,
            ) -> Self {
                self.read_timestamp_without_timezone_as_string = read_timestamp_without_timezone_as_string;
                self
            }
            /**Read dates as strings.

Default: `false`. Sent as JSON member `readDateAsString`.*/
            pub fn read_date_as_string(mut self, read_date_as_string: bool) -> Self {
                self.read_date_as_string = read_date_as_string;
                self
            }
            /**Project to run the query as (user isolation / impersonation).

Unset by default (then sent as `null`). Sent as JSON member `projectKey`.*/
            pub fn project_key(mut self, project_key: impl Into<String>) -> Self {
                self.project_key = Some(project_key.into());
                self
            }
            /**How `datetimenotz` columns are read.

Default: `AS_IS`. Sent as JSON member `datetimenotzReadMode`.*/
            pub fn datetimenotz_read_mode(
                mut self,
                datetimenotz_read_mode: impl Into<String>,
            ) -> Self {
                self.datetimenotz_read_mode = datetimenotz_read_mode.into();
                self
            }
            /**How `dateonly` columns are read.

Default: `AS_IS`. Sent as JSON member `dateonlyReadMode`.*/
            pub fn dateonly_read_mode(
                mut self,
                dateonly_read_mode: impl Into<String>,
            ) -> Self {
                self.dateonly_read_mode = dateonly_read_mode.into();
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    query,
                    connection,
                    database,
                    dataset_full_name,
                    pre_queries,
                    post_queries,
                    query_type,
                    extra_conf,
                    script_steps,
                    script_input_schema,
                    script_output_schema,
                    script_report_location,
                    read_timestamp_without_timezone_as_string,
                    read_date_as_string,
                    project_key,
                    datetimenotz_read_mode,
                    dateonly_read_mode,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(__owner),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/sql/queries/");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("query"),
                                    ::serde_json::Value::from(query),
                                );
                            __map
                                .insert(
                                    String::from("preQueries"),
                                    ::serde_json::Value::from(pre_queries),
                                );
                            __map
                                .insert(
                                    String::from("postQueries"),
                                    ::serde_json::Value::from(post_queries),
                                );
                            __map
                                .insert(
                                    String::from("connection"),
                                    ::serde_json::Value::from(connection),
                                );
                            __map
                                .insert(
                                    String::from("database"),
                                    ::serde_json::Value::from(database),
                                );
                            __map
                                .insert(
                                    String::from("datasetFullName"),
                                    ::serde_json::Value::from(dataset_full_name),
                                );
                            __map
                                .insert(
                                    String::from("projectKey"),
                                    ::serde_json::Value::from(project_key),
                                );
                            __map
                                .insert(
                                    String::from("type"),
                                    ::serde_json::Value::from(query_type),
                                );
                            __map
                                .insert(
                                    String::from("extraConf"),
                                    ::serde_json::Value::from(extra_conf),
                                );
                            __map
                                .insert(
                                    String::from("scriptSteps"),
                                    ::serde_json::Value::from(script_steps),
                                );
                            __map
                                .insert(
                                    String::from("scriptInputSchema"),
                                    ::serde_json::Value::from(script_input_schema),
                                );
                            __map
                                .insert(
                                    String::from("scriptOutputSchema"),
                                    ::serde_json::Value::from(script_output_schema),
                                );
                            __map
                                .insert(
                                    String::from("scriptReportLocation"),
                                    ::serde_json::Value::from(script_report_location),
                                );
                            __map
                                .insert(
                                    String::from("datetimenotzReadMode"),
                                    ::serde_json::Value::from(datetimenotz_read_mode),
                                );
                            __map
                                .insert(
                                    String::from("dateonlyReadMode"),
                                    ::serde_json::Value::from(dateonly_read_mode),
                                );
                            __map
                                .insert(
                                    String::from("readTimestampWithoutTimezoneAsString"),
                                    ::serde_json::Value::from(
                                        read_timestamp_without_timezone_as_string,
                                    ),
                                );
                            __map
                                .insert(
                                    String::from("readDateAsString"),
                                    ::serde_json::Value::from(read_date_as_string),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /sql/queries/`) and returns the answer.
            pub fn send(
                self,
            ) -> Result<super::super::handles::DssSqlQuery, crate::rt::Error> {
                let (__call, ()) = self.__prepare(false)?;
                crate::rt::finish(
                    __call,
                    move |__call| {
                        let __client = __call.client();
                        let mut __answer: Value = __call.send_json()?;
                        Ok({
                            let __f_query_id = crate::rt::answer_string(
                                &__answer,
                                "queryId",
                                Self::ENDPOINT,
                            )?;
                            let __f_schema = crate::rt::answer_member(
                                &mut __answer,
                                "schema",
                                Self::ENDPOINT,
                            )?;
                            super::super::handles::DssSqlQuery {
                                client: ::core::clone::Clone::clone(__client),
                                query_id: __f_query_id,
                                schema: __f_schema,
                            }
                        })
                    },
                )
            }
        }
        crate::rt::request_common!(SqlQuery, super::endpoints::SQL_QUERY, send_as);
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SqlQuery<'_> {}
        ///Request value of [`DssSqlQuery::raw_rows`](super::super::handles::DssSqlQuery::raw_rows): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SqlQueryRawRows<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSqlQuery,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SqlQueryRawRows<'a> {
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
                __call.lit("/sql/queries/");
                __call.segment("query_id", &__owner.query_id, false)?;
                __call.lit("/stream");
                __call.query("format", "tsv-excel-noheader");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SqlQueryRawRows, super::endpoints::SQL_QUERY_RAW_ROWS,
            stream("Sends the request (`GET /sql/queries/{query_id}/stream`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SqlQueryRawRows<'_> {}
        ///Request value of [`DssSqlQuery::verify`](super::super::handles::DssSqlQuery::verify): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct SqlQueryVerify<'a> {
            pub(crate) __owner: &'a super::super::handles::DssSqlQuery,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> SqlQueryVerify<'a> {
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
                __call.lit("/sql/queries/");
                __call.segment("query_id", &__owner.query_id, false)?;
                __call.lit("/finish-streaming");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            SqlQueryVerify, super::endpoints::SQL_QUERY_VERIFY,
            unit("Sends the request (`GET /sql/queries/{query_id}/finish-streaming`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for SqlQueryVerify<'_> {}
        crate::rt::request_list!(SqlQuery, SqlQueryRawRows, SqlQueryVerify);
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssClient::sql_query`.
        pub static SQL_QUERY: Endpoint = Endpoint::new(
            "DssClient",
            "sql_query",
            crate::rt::Server::DSS,
            "Starts a SQL, Hive or Impala query run by DSS, on a connection, a database, or the connection of a dataset, and returns a handle to stream its rows.",
            &[
                Arg::new(
                    "query",
                    "str",
                    Presence::Required,
                    Place::Member {
                        path: "query",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "connection",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "connection",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "database",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "database",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "dataset_full_name",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "datasetFullName",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "pre_queries",
                    "[str]",
                    Presence::Optional,
                    Place::Member {
                        path: "preQueries",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "post_queries",
                    "[str]",
                    Presence::Optional,
                    Place::Member {
                        path: "postQueries",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "query_type",
                    "str",
                    Presence::Default("sql"),
                    Place::Member {
                        path: "type",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "extra_conf",
                    "json",
                    Presence::Default("{}"),
                    Place::Member {
                        path: "extraConf",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "script_steps",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "scriptSteps",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "script_input_schema",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "scriptInputSchema",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "script_output_schema",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "scriptOutputSchema",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "script_report_location",
                    "json",
                    Presence::Optional,
                    Place::Member {
                        path: "scriptReportLocation",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "read_timestamp_without_timezone_as_string",
                    "bool",
                    Presence::Default("true"),
                    Place::Member {
                        path: "readTimestampWithoutTimezoneAsString",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "read_date_as_string",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "readDateAsString",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "project_key",
                    "str",
                    Presence::Optional,
                    Place::Member {
                        path: "projectKey",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "datetimenotz_read_mode",
                    "str",
                    Presence::Default("AS_IS"),
                    Place::Member {
                        path: "datetimenotzReadMode",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
                Arg::new(
                    "dateonly_read_mode",
                    "str",
                    Presence::Default("AS_IS"),
                    Place::Member {
                        path: "dateonlyReadMode",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/sql/queries/",
                    &[],
                    "SqlQuery",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Handle("DssSqlQuery"),
            [false, true, false],
        );
        ///`DssSqlQuery::raw_rows`.
        pub static SQL_QUERY_RAW_ROWS: Endpoint = Endpoint::new(
            "DssSqlQuery",
            "raw_rows",
            crate::rt::Server::DSS,
            "The raw result stream (TSV, Excel dialect, no header) behind [`iter_rows`](DssSqlQuery::iter_rows), which parses and types it.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/sql/queries/{query_id}/stream",
                    &[("format", "tsv-excel-noheader")],
                    "SqlQueryRawRows",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Stream,
            [false, true, false],
        );
        ///`DssSqlQuery::verify`.
        pub static SQL_QUERY_VERIFY: Endpoint = Endpoint::new(
            "DssSqlQuery",
            "verify",
            crate::rt::Server::DSS,
            "Asks the server whether the query ran to its end without error (`iter_rows` does this by itself when it reaches the end).",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/sql/queries/{query_id}/finish-streaming",
                    &[],
                    "SqlQueryVerify",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssSqlQuery::get_schema`.
        pub static SQL_QUERY_GET_SCHEMA: Endpoint = Endpoint::new(
            "DssSqlQuery",
            "get_schema",
            crate::rt::Server::DSS,
            "The result's columns, from the answer that started the query (no request).",
            &[],
            None,
            ResultKind::HandWritten("& [SqlColumn]"),
            [true, true, false],
        );
        ///`DssSqlQuery::iter_rows`.
        pub static SQL_QUERY_ITER_ROWS: Endpoint = Endpoint::new(
            "DssSqlQuery",
            "iter_rows",
            crate::rt::Server::DSS,
            "Streams the rows, typed by the schema, and verifies the query at the end.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , SqlRows < '_ > >"),
            [true, true, false],
        );
        ///`DssSqlQuery::iter_rows_as`.
        pub static SQL_QUERY_ITER_ROWS_AS: Endpoint = Endpoint::new(
            "DssSqlQuery",
            "iter_rows_as",
            crate::rt::Server::DSS,
            "Streams the rows decoded with serde into the caller's type, and verifies the query at the end.",
            &[],
            None,
            ResultKind::HandWritten("Pending < '_ , SqlRows < '_ , Value > >"),
            [true, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::SQL_QUERY,
        &endpoints::SQL_QUERY_RAW_ROWS,
        &endpoints::SQL_QUERY_VERIFY,
        &endpoints::SQL_QUERY_GET_SCHEMA,
        &endpoints::SQL_QUERY_ITER_ROWS,
        &endpoints::SQL_QUERY_ITER_ROWS_AS,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[
            Handle {
                name: "DssSqlQuery",
                doc: "A SQL, Hive or Impala query started by `sql_query`: its schema came with the answer that started it; its rows are streamed by `iter_rows`.",
                fields: &[
                    HandleField {
                        name: "query_id",
                        ty: None,
                        secret: false,
                    },
                    HandleField {
                        name: "schema",
                        ty: Some("Vec < SqlColumn >"),
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
                name: "SqlColumn",
                doc: "One column of a SQL query's result schema.",
                members: &[
                    ModelMember {
                        name: "name",
                        wire: "name",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "type",
                        wire: "type",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl crate::rt::DssClient {
        /**Starts a SQL, Hive or Impala query run by DSS, on a connection, a
database, or the connection of a dataset, and returns a handle to
stream its rows.

`POST /sql/queries/`

Never retried: sending it twice could do the work twice.

Arguments:
- `query`: The query text. Sent as JSON member `query`.

Optional arguments, set by name on the returned request:
- `connection`: Unset by default (then sent as `null`). Sent as JSON member `connection`.
- `database`: Unset by default (then sent as `null`). Sent as JSON member `database`.
- `dataset_full_name`: Unset by default (then sent as `null`). Sent as JSON member `datasetFullName`.
- `pre_queries`: Unset by default (then sent as `null`). Sent as JSON member `preQueries`.
- `post_queries`: Unset by default (then sent as `null`). Sent as JSON member `postQueries`.
- `query_type`: Default: `sql`. Sent as JSON member `type`.
- `extra_conf`: Default: `{}`. Sent as JSON member `extraConf`.
- `script_steps`: Unset by default (then sent as `null`). Sent as JSON member `scriptSteps`.
- `script_input_schema`: Unset by default (then sent as `null`). Sent as JSON member `scriptInputSchema`.
- `script_output_schema`: Unset by default (then sent as `null`). Sent as JSON member `scriptOutputSchema`.
- `script_report_location`: Unset by default (then sent as `null`). Sent as JSON member `scriptReportLocation`.
- `read_timestamp_without_timezone_as_string`: Default: `true`. Sent as JSON member `readTimestampWithoutTimezoneAsString`.
- `read_date_as_string`: Default: `false`. Sent as JSON member `readDateAsString`.
- `project_key`: Unset by default (then sent as `null`). Sent as JSON member `projectKey`.
- `datetimenotz_read_mode`: Default: `AS_IS`. Sent as JSON member `datetimenotzReadMode`.
- `dateonly_read_mode`: Default: `AS_IS`. Sent as JSON member `dateonlyReadMode`.

Returns a [`SqlQuery`](requests::SqlQuery) request; nothing is sent until `.send()`.*/
        pub fn sql_query(&self, query: impl Into<String>) -> requests::SqlQuery<'_> {
            requests::SqlQuery {
                __owner: self,
                query: query.into(),
                connection: None,
                database: None,
                dataset_full_name: None,
                pre_queries: None,
                post_queries: None,
                query_type: String::from("sql"),
                extra_conf: ::serde_json::Value::Object(::serde_json::Map::new()),
                script_steps: None,
                script_input_schema: None,
                script_output_schema: None,
                script_report_location: None,
                read_timestamp_without_timezone_as_string: true,
                read_date_as_string: false,
                project_key: None,
                datetimenotz_read_mode: String::from("AS_IS"),
                dateonly_read_mode: String::from("AS_IS"),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssSqlQuery {
        /**The raw result stream (TSV, Excel dialect, no header) behind
[`iter_rows`](DssSqlQuery::iter_rows), which parses and types it.

`GET /sql/queries/{query_id}/stream` (always with `format=tsv-excel-noheader`)

Returns a [`SqlQueryRawRows`](requests::SqlQueryRawRows) request; nothing is sent until `.send()`.*/
        pub fn raw_rows(&self) -> requests::SqlQueryRawRows<'_> {
            requests::SqlQueryRawRows {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Asks the server whether the query ran to its end without error
(`iter_rows` does this by itself when it reaches the end).

`GET /sql/queries/{query_id}/finish-streaming`

Returns a [`SqlQueryVerify`](requests::SqlQueryVerify) request; nothing is sent until `.send()`.*/
        pub fn verify(&self) -> requests::SqlQueryVerify<'_> {
            requests::SqlQueryVerify {
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
            impl super::handles::DssSqlQuery {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_schema(&self) -> &[SqlColumn] {
                    self.get_schema()
                }
            }
            impl super::handles::DssSqlQuery {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_iter_rows(&self) -> Pending<'_, SqlRows<'_>> {
                    self.iter_rows()
                }
            }
            impl super::handles::DssSqlQuery {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_iter_rows_as(
                    &self,
                ) -> Pending<'_, SqlRows<'_, Value>> {
                    self.iter_rows_as()
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
                ("DssClient", "sql_query") => {
                    (|| -> Result<(), crate::rt::Error> {
                        #[allow(unused_mut)]
                        let mut __r = client.sql_query(args.str("query")?);
                        let __endpoint = requests::SqlQuery::ENDPOINT;
                        if let Some(__v) = args.opt_str("connection")? {
                            __r = __r.connection(__v);
                        }
                        if let Some(__v) = args.opt_str("database")? {
                            __r = __r.database(__v);
                        }
                        if let Some(__v) = args.opt_str("dataset_full_name")? {
                            __r = __r.dataset_full_name(__v);
                        }
                        if let Some(__v) = args.opt_strings("pre_queries")? {
                            __r = __r.pre_queries(__v);
                        }
                        if let Some(__v) = args.opt_strings("post_queries")? {
                            __r = __r.post_queries(__v);
                        }
                        if let Some(__v) = args.opt_str("query_type")? {
                            __r = __r.query_type(__v);
                        }
                        if let Some(__v) = args.opt_json("extra_conf")? {
                            __r = __r.extra_conf(__v);
                        }
                        if let Some(__v) = args.opt_json("script_steps")? {
                            __r = __r.script_steps(__v);
                        }
                        if let Some(__v) = args.opt_json("script_input_schema")? {
                            __r = __r.script_input_schema(__v);
                        }
                        if let Some(__v) = args.opt_json("script_output_schema")? {
                            __r = __r.script_output_schema(__v);
                        }
                        if let Some(__v) = args.opt_json("script_report_location")? {
                            __r = __r.script_report_location(__v);
                        }
                        if let Some(__v) = args
                            .opt_bool("read_timestamp_without_timezone_as_string")?
                        {
                            __r = __r.read_timestamp_without_timezone_as_string(__v);
                        }
                        if let Some(__v) = args.opt_bool("read_date_as_string")? {
                            __r = __r.read_date_as_string(__v);
                        }
                        if let Some(__v) = args.opt_str("project_key")? {
                            __r = __r.project_key(__v);
                        }
                        if let Some(__v) = args.opt_str("datetimenotz_read_mode")? {
                            __r = __r.datetimenotz_read_mode(__v);
                        }
                        if let Some(__v) = args.opt_str("dateonly_read_mode")? {
                            __r = __r.dateonly_read_mode(__v);
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
                ("DssSqlQuery", "raw_rows") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_query_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssSqlQuery", ids)?;
                        let __owner = super::handles::DssSqlQuery {
                            client: ::core::clone::Clone::clone(client),
                            query_id: __id_query_id,
                            schema: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.raw_rows();
                        let __endpoint = requests::SqlQueryRawRows::ENDPOINT;
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
                ("DssSqlQuery", "verify") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_query_id] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssSqlQuery", ids)?;
                        let __owner = super::handles::DssSqlQuery {
                            client: ::core::clone::Clone::clone(client),
                            query_id: __id_query_id,
                            schema: ::core::default::Default::default(),
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.verify();
                        let __endpoint = requests::SqlQueryVerify::ENDPOINT;
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
            let model: super::models::SqlColumn = ::serde_json::from_str(
                    "{\"name\":\"plain\",\"type\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "SqlColumn")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "SqlColumn"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            let handle = super::handles::DssSqlQuery {
                client: crate::rt::ServerClient::from_core(
                    ::core::clone::Clone::clone(&client),
                    ::std::vec::Vec::new(),
                ),
                query_id: ::std::string::String::from("plain"),
                schema: ::serde_json::from_str(
                        "[{\"name\":\"plain\",\"type\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}]",
                    )
                    .unwrap_or_else(|e| {
                        panic!("cannot build `{}`'s `{}`: {e}", "DssSqlQuery", "schema")
                    }),
            };
            let shown = format!("{handle:?} {handle:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "DssSqlQuery"
            );
            checked += 1;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
