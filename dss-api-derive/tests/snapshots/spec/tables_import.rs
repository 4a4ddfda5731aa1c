// The expansion of `tables_import.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/tables_import.dss`.
pub mod spec_tables_import {
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
        /**A table a connection offers for import, as `list_sql_tables`,
`list_hive_tables` and `list_iceberg_tables` list it (dataikuapi keeps
only the pair of its container and its name; every member is kept here).*/
        #[derive(Clone, PartialEq)]
        pub struct ImportableTable {
            ///The table's name.
            pub table: String,
            ///Its schema, for a SQL table.
            pub schema: Option<String>,
            /**Its Hive database, for a Hive table (dataikuapi's `schema` of a Hive
table).*/
            pub database_name: Option<String>,
            ///Its namespace, for an Iceberg table.
            pub namespace: Option<String>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ImportableTable {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ImportableTable;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ImportableTable` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ImportableTable, __A::Error> {
                        let mut __m_table: Option<String> = None;
                        let mut __m_schema: Option<String> = None;
                        let mut __m_database_name: Option<String> = None;
                        let mut __m_namespace: Option<String> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "table" => {
                                    __m_table = Some(
                                        crate::rt::model::next_member(&mut __map, "table")?,
                                    );
                                }
                                "schema" => {
                                    __m_schema = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "schema",
                                    )?;
                                }
                                "databaseName" => {
                                    __m_database_name = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "databaseName",
                                    )?;
                                }
                                "namespace" => {
                                    __m_namespace = crate::rt::model::next_optional(
                                        &mut __extra,
                                        &mut __map,
                                        "namespace",
                                    )?;
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ImportableTable {
                            table: match __m_table {
                                Some(v) => v,
                                None => {
                                    return Err(
                                        <__A::Error as ::serde::de::Error>::missing_field("table"),
                                    );
                                }
                            },
                            schema: __m_schema,
                            database_name: __m_database_name,
                            namespace: __m_namespace,
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ImportableTable {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "table",
                    &self.table,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "schema",
                    &self.schema,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "databaseName",
                    &self.database_name,
                )?;
                crate::rt::model::serialize_optional(
                    &self.extra,
                    &mut __map,
                    "namespace",
                    &self.namespace,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ImportableTable {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ImportableTable")
                    .field("table", &self.table)
                    .field("schema", &self.schema)
                    .field("database_name", &self.database_name)
                    .field("namespace", &self.namespace)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ImportableTable {}
        ///The tables a connection offers for import.
        #[derive(Clone, PartialEq)]
        pub struct ImportableTables {
            ///The tables (none when absent).
            pub tables: Vec<ImportableTable>,
            /// The members of the answer this model does not name, kept as
            /// the server wrote them (see [`Extra`](crate::rt::Extra)).
            pub extra: crate::rt::Extra,
        }
        impl<'de> ::serde::Deserialize<'de> for ImportableTables {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                __d: __D,
            ) -> Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = ImportableTables;
                    fn expecting(
                        &self,
                        f: &mut ::core::fmt::Formatter<'_>,
                    ) -> ::core::fmt::Result {
                        f.write_str("a `ImportableTables` object")
                    }
                    fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> Result<ImportableTables, __A::Error> {
                        let mut __m_tables: Option<Vec<ImportableTable>> = None;
                        let mut __extra = crate::rt::Extra::new();
                        while let Some(__key) = crate::rt::model::next_key(&mut __map)? {
                            match &*__key {
                                "tables" => {
                                    __m_tables = Some(
                                        crate::rt::model::next_member(&mut __map, "tables")?,
                                    );
                                }
                                _ => {
                                    crate::rt::model::keep(&mut __extra, &__key, &mut __map)?
                                }
                            }
                        }
                        Ok(ImportableTables {
                            tables: __m_tables.unwrap_or_default(),
                            extra: crate::rt::model::fitted(__extra),
                        })
                    }
                }
                ::serde::Deserializer::deserialize_map(__d, __Visitor)
            }
        }
        impl ::serde::Serialize for ImportableTables {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                __s: __S,
            ) -> Result<__S::Ok, __S::Error> {
                let mut __map = ::serde::Serializer::serialize_map(__s, None)?;
                ::serde::ser::SerializeMap::serialize_entry(
                    &mut __map,
                    "tables",
                    &self.tables,
                )?;
                crate::rt::model::serialize_extra(&self.extra, &mut __map)?;
                ::serde::ser::SerializeMap::end(__map)
            }
        }
        impl ::core::fmt::Debug for ImportableTables {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ImportableTables")
                    .field("tables", &self.tables)
                    .field("extra", &crate::rt::ExtraNames(&self.extra))
                    .finish()
            }
        }
        impl ImportableTables {}
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
        ///Request value of [`DssProject::list_sql_schemas`](super::super::handles::DssProject::list_sql_schemas): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListSqlSchemas<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) connection_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListSqlSchemas<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, connection_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/tables-import/actions/list-schemas");
                __call.query("connectionName", &connection_name);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListSqlSchemas, super::endpoints::PROJECT_LIST_SQL_SCHEMAS,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/datasets/tables-import/actions/list-schemas`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListSqlSchemas<'_> {}
        ///Request value of [`DssProject::list_sql_tables`](super::super::handles::DssProject::list_sql_tables): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListSqlTables<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) connection_name: String,
            pub(crate) schema_name: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListSqlTables<'a> {
            /**Only the tables of this schema (all of them when unset).

Unset by default (then left out). Sent as query parameter `schemaName`.*/
            pub fn schema_name(mut self, schema_name: impl Into<String>) -> Self {
                self.schema_name = Some(schema_name.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, connection_name, schema_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/tables-import/actions/list-tables");
                __call.query("connectionName", &connection_name);
                __call.query("schemaName", &schema_name);
                Ok((__call, ()))
            }
            ///Sends the request (`GET /projects/{project_key}/datasets/tables-import/actions/list-tables`) and returns the answer.
            pub fn send(self) -> Result<ImportableTables, crate::rt::Error> {
                crate::rt::wait_task::<_, ImportableTables>(self.start()?)
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
            ProjectListSqlTables, super::endpoints::PROJECT_LIST_SQL_TABLES, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListSqlTables<'_> {}
        ///Request value of [`DssProject::list_hive_databases`](super::super::handles::DssProject::list_hive_databases): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListHiveDatabases<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListHiveDatabases<'a> {
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
                __call.lit("/datasets/tables-import/actions/list-schemas");
                __call.query("connectionName", "@virtual(hive-jdbc):default");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListHiveDatabases, super::endpoints::PROJECT_LIST_HIVE_DATABASES,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/datasets/tables-import/actions/list-schemas`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListHiveDatabases<'_> {}
        ///Request value of [`DssProject::list_hive_tables`](super::super::handles::DssProject::list_hive_tables): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListHiveTables<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) hive_database: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListHiveTables<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, hive_database, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/tables-import/actions/list-tables");
                __call
                    .query(
                        "connectionName",
                        &{
                            let mut __s = ::std::string::String::new();
                            __s.push_str("@virtual(hive-jdbc):");
                            __s.push_str(&hive_database);
                            __s
                        },
                    );
                Ok((__call, ()))
            }
            ///Sends the request (`GET /projects/{project_key}/datasets/tables-import/actions/list-tables`) and returns the answer.
            pub fn send(self) -> Result<ImportableTables, crate::rt::Error> {
                crate::rt::wait_task::<_, ImportableTables>(self.start()?)
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
            ProjectListHiveTables, super::endpoints::PROJECT_LIST_HIVE_TABLES, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListHiveTables<'_> {}
        ///Request value of [`DssProject::list_iceberg_namespaces`](super::super::handles::DssProject::list_iceberg_namespaces): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListIcebergNamespaces<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) connection_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListIcebergNamespaces<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, connection_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/tables-import/actions/list-namespaces");
                __call.query("connectionName", &connection_name);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ProjectListIcebergNamespaces,
            super::endpoints::PROJECT_LIST_ICEBERG_NAMESPACES, json(Value,
            "Sends the request (`GET /projects/{project_key}/datasets/tables-import/actions/list-namespaces`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListIcebergNamespaces<'_> {}
        ///Request value of [`DssProject::list_iceberg_tables`](super::super::handles::DssProject::list_iceberg_tables): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListIcebergTables<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) connection_name: String,
            pub(crate) namespace: Option<String>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListIcebergTables<'a> {
            /**Only the tables of this namespace (all of them when unset).

Unset by default (then left out). Sent as query parameter `namespace`.*/
            pub fn namespace(mut self, namespace: impl Into<String>) -> Self {
                self.namespace = Some(namespace.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, connection_name, namespace, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/tables-import/actions/list-tables");
                __call.query("connectionName", &connection_name);
                __call.query("namespace", &namespace);
                Ok((__call, ()))
            }
            ///Sends the request (`GET /projects/{project_key}/datasets/tables-import/actions/list-tables`) and returns the answer.
            pub fn send(self) -> Result<ImportableTables, crate::rt::Error> {
                crate::rt::wait_task::<_, ImportableTables>(self.start()?)
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
            ProjectListIcebergTables, super::endpoints::PROJECT_LIST_ICEBERG_TABLES,
            plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListIcebergTables<'_> {}
        ///Request value of [`DssProject::list_elasticsearch_indices_or_aliases`](super::super::handles::DssProject::list_elasticsearch_indices_or_aliases): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectListElasticsearchIndicesOrAliases<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) connection_name: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectListElasticsearchIndicesOrAliases<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, connection_name, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/tables-import/actions/list-indices");
                __call.query("connectionName", &connection_name);
                Ok((__call, ()))
            }
            ///Sends the request (`GET /projects/{project_key}/datasets/tables-import/actions/list-indices`) and returns the answer.
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
            ProjectListElasticsearchIndicesOrAliases,
            super::endpoints::PROJECT_LIST_ELASTICSEARCH_INDICES_OR_ALIASES, plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectListElasticsearchIndicesOrAliases<'_> {}
        ///Request value of [`DssProject::prepare_tables_import`](super::super::handles::DssProject::prepare_tables_import): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectPrepareTablesImport<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) keys: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectPrepareTablesImport<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, keys, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/tables-import/actions/prepare-from-keys");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("keys"),
                                    ::serde_json::Value::from(keys),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/tables-import/actions/prepare-from-keys`) and returns the answer.
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
            ProjectPrepareTablesImport, super::endpoints::PROJECT_PREPARE_TABLES_IMPORT,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectPrepareTablesImport<'_> {}
        ///Request value of [`DssProject::execute_tables_import`](super::super::handles::DssProject::execute_tables_import): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ProjectExecuteTablesImport<'a> {
            pub(crate) __owner: &'a super::super::handles::DssProject,
            pub(crate) candidates: ::serde_json::Value,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ProjectExecuteTablesImport<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, candidates, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/tables-import/actions/execute-from-candidates");
                __call.json(&::serde_json::Value::from(candidates))?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/tables-import/actions/execute-from-candidates`) and returns the answer.
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
            ProjectExecuteTablesImport, super::endpoints::PROJECT_EXECUTE_TABLES_IMPORT,
            send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ProjectExecuteTablesImport<'_> {}
        crate::rt::request_list!(
            ProjectListSqlSchemas, ProjectListSqlTables, ProjectListHiveDatabases,
            ProjectListHiveTables, ProjectListIcebergNamespaces,
            ProjectListIcebergTables, ProjectListElasticsearchIndicesOrAliases,
            ProjectPrepareTablesImport, ProjectExecuteTablesImport
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssProject::list_sql_schemas`.
        pub static PROJECT_LIST_SQL_SCHEMAS: Endpoint = Endpoint::new(
            "DssProject",
            "list_sql_schemas",
            crate::rt::Server::DSS,
            "Lists the schemas of a SQL connection.",
            &[
                Arg::new(
                    "connection_name",
                    "str",
                    Presence::Required,
                    Place::Query("connectionName"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/tables-import/actions/list-schemas",
                    &[],
                    "ProjectListSqlSchemas",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::list_sql_tables`.
        pub static PROJECT_LIST_SQL_TABLES: Endpoint = Endpoint::new(
            "DssProject",
            "list_sql_tables",
            crate::rt::Server::DSS,
            "Lists the tables of a SQL connection, in one schema or in all of them; DSS may answer with a task, which is waited for (`.start()` gives the task).",
            &[
                Arg::new(
                    "connection_name",
                    "str",
                    Presence::Required,
                    Place::Query("connectionName"),
                    false,
                ),
                Arg::new(
                    "schema_name",
                    "str",
                    Presence::Optional,
                    Place::Query("schemaName"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/tables-import/actions/list-tables",
                    &[],
                    "ProjectListSqlTables",
                    [false, false, true, false, false],
                ),
            ),
            ResultKind::Wait("ImportableTables"),
            [false, true, false],
        );
        ///`DssProject::list_hive_databases`.
        pub static PROJECT_LIST_HIVE_DATABASES: Endpoint = Endpoint::new(
            "DssProject",
            "list_hive_databases",
            crate::rt::Server::DSS,
            "Lists the databases of the Hive metastore.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/tables-import/actions/list-schemas",
                    &[("connectionName", "@virtual(hive-jdbc):default")],
                    "ProjectListHiveDatabases",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::list_hive_tables`.
        pub static PROJECT_LIST_HIVE_TABLES: Endpoint = Endpoint::new(
            "DssProject",
            "list_hive_tables",
            crate::rt::Server::DSS,
            "Lists the tables of a Hive database; DSS may answer with a task, which is waited for (`.start()` gives the task).",
            &[
                Arg::new(
                    "hive_database",
                    "str",
                    Presence::Required,
                    Place::Query("connectionName"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/tables-import/actions/list-tables",
                    &[],
                    "ProjectListHiveTables",
                    [false, false, true, false, false],
                ),
            ),
            ResultKind::Wait("ImportableTables"),
            [false, true, false],
        );
        ///`DssProject::list_iceberg_namespaces`.
        pub static PROJECT_LIST_ICEBERG_NAMESPACES: Endpoint = Endpoint::new(
            "DssProject",
            "list_iceberg_namespaces",
            crate::rt::Server::DSS,
            "Lists the namespaces of an Iceberg connection.",
            &[
                Arg::new(
                    "connection_name",
                    "str",
                    Presence::Required,
                    Place::Query("connectionName"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/tables-import/actions/list-namespaces",
                    &[],
                    "ProjectListIcebergNamespaces",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssProject::list_iceberg_tables`.
        pub static PROJECT_LIST_ICEBERG_TABLES: Endpoint = Endpoint::new(
            "DssProject",
            "list_iceberg_tables",
            crate::rt::Server::DSS,
            "Lists the tables of an Iceberg connection, in one namespace or in all of them; DSS may answer with a task, which is waited for (`.start()` gives the task).",
            &[
                Arg::new(
                    "connection_name",
                    "str",
                    Presence::Required,
                    Place::Query("connectionName"),
                    false,
                ),
                Arg::new(
                    "namespace",
                    "str",
                    Presence::Optional,
                    Place::Query("namespace"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/tables-import/actions/list-tables",
                    &[],
                    "ProjectListIcebergTables",
                    [false, false, true, false, false],
                ),
            ),
            ResultKind::Wait("ImportableTables"),
            [false, true, false],
        );
        ///`DssProject::list_elasticsearch_indices_or_aliases`.
        pub static PROJECT_LIST_ELASTICSEARCH_INDICES_OR_ALIASES: Endpoint = Endpoint::new(
            "DssProject",
            "list_elasticsearch_indices_or_aliases",
            crate::rt::Server::DSS,
            "Lists the indices and aliases of an Elasticsearch connection; DSS may answer with a task, which is waited for (`.start()` gives the task).",
            &[
                Arg::new(
                    "connection_name",
                    "str",
                    Presence::Required,
                    Place::Query("connectionName"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/tables-import/actions/list-indices",
                    &[],
                    "ProjectListElasticsearchIndicesOrAliases",
                    [false, false, true, false, false],
                ),
            ),
            ResultKind::Wait("Value"),
            [false, true, false],
        );
        ///`DssProject::prepare_tables_import`.
        pub static PROJECT_PREPARE_TABLES_IMPORT: Endpoint = Endpoint::new(
            "DssProject",
            "prepare_tables_import",
            crate::rt::Server::DSS,
            "Starts preparing the import of tables, named by their keys: the first request of [`TablesImportDefinition::prepare`](crate::TablesImportDefinition::prepare).",
            &[
                Arg::new(
                    "keys",
                    "json",
                    Presence::Required,
                    Place::Member {
                        path: "keys",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/tables-import/actions/prepare-from-keys",
                    &[],
                    "ProjectPrepareTablesImport",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, false, false],
        );
        ///`DssProject::execute_tables_import`.
        pub static PROJECT_EXECUTE_TABLES_IMPORT: Endpoint = Endpoint::new(
            "DssProject",
            "execute_tables_import",
            crate::rt::Server::DSS,
            "Starts importing prepared tables: the request of [`TablesPreparedImport::execute`](crate::TablesPreparedImport::execute).",
            &[
                Arg::new(
                    "candidates",
                    "json",
                    Presence::Required,
                    Place::Body { via: None },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/tables-import/actions/execute-from-candidates",
                    &[],
                    "ProjectExecuteTablesImport",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, false, false],
        );
        ///`DssProject::init_tables_import`.
        pub static PROJECT_INIT_TABLES_IMPORT: Endpoint = Endpoint::new(
            "DssProject",
            "init_tables_import",
            crate::rt::Server::DSS,
            "A tables import to set up: add tables, then `prepare` and `execute`.",
            &[],
            None,
            ResultKind::HandWritten("TablesImportDefinition"),
            [true, true, false],
        );
        ///`DssFuture::get_result_wait_if_needed`.
        pub static FUTURE_GET_RESULT_WAIT_IF_NEEDED: Endpoint = Endpoint::new(
            "DssFuture",
            "get_result_wait_if_needed",
            crate::rt::Server::DSS,
            "The result of an answer that is a task (waited for) or the result itself.",
            &[
                Arg::new(
                    "client",
                    "& DssClient",
                    Presence::Required,
                    Place::HandWritten,
                    false,
                ),
                Arg::new("ret", "Value", Presence::Required, Place::HandWritten, false),
            ],
            None,
            ResultKind::HandWritten("Waiting < '_ , 'static , Value >"),
            [true, true, true],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::PROJECT_LIST_SQL_SCHEMAS,
        &endpoints::PROJECT_LIST_SQL_TABLES,
        &endpoints::PROJECT_LIST_HIVE_DATABASES,
        &endpoints::PROJECT_LIST_HIVE_TABLES,
        &endpoints::PROJECT_LIST_ICEBERG_NAMESPACES,
        &endpoints::PROJECT_LIST_ICEBERG_TABLES,
        &endpoints::PROJECT_LIST_ELASTICSEARCH_INDICES_OR_ALIASES,
        &endpoints::PROJECT_PREPARE_TABLES_IMPORT,
        &endpoints::PROJECT_EXECUTE_TABLES_IMPORT,
        &endpoints::PROJECT_INIT_TABLES_IMPORT,
        &endpoints::FUTURE_GET_RESULT_WAIT_IF_NEEDED,
    ];
    /// This file's handles, in spec order.
    pub const HANDLES: &[crate::rt::catalog::Handle] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Handle, HandleField};
        &[]
    };
    /// This file's models, in spec order.
    pub const MODELS: &[crate::rt::catalog::Model] = {
        #[allow(unused_imports)]
        use crate::rt::catalog::{Model, ModelMember};
        &[
            Model {
                name: "ImportableTable",
                doc: "A table a connection offers for import, as `list_sql_tables`, `list_hive_tables` and `list_iceberg_tables` list it (dataikuapi keeps only the pair of its container and its name; every member is kept here).",
                members: &[
                    ModelMember {
                        name: "table",
                        wire: "table",
                        ty: "String",
                        optional: false,
                        secret: false,
                    },
                    ModelMember {
                        name: "schema",
                        wire: "schema",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "database_name",
                        wire: "databaseName",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                    ModelMember {
                        name: "namespace",
                        wire: "namespace",
                        ty: "Option < String >",
                        optional: true,
                        secret: false,
                    },
                ],
                handle: None,
            },
            Model {
                name: "ImportableTables",
                doc: "The tables a connection offers for import.",
                members: &[
                    ModelMember {
                        name: "tables",
                        wire: "tables",
                        ty: "Vec < ImportableTable >",
                        optional: false,
                        secret: false,
                    },
                ],
                handle: None,
            },
        ]
    };
    impl super::handles::DssProject {
        /**Lists the schemas of a SQL connection.

`GET /projects/{project_key}/datasets/tables-import/actions/list-schemas`

Arguments:
- `connection_name`: The connection. Sent as query parameter `connectionName`.

Returns a [`ProjectListSqlSchemas`](requests::ProjectListSqlSchemas) request; nothing is sent until `.send()`.*/
        pub fn list_sql_schemas(
            &self,
            connection_name: impl Into<String>,
        ) -> requests::ProjectListSqlSchemas<'_> {
            requests::ProjectListSqlSchemas {
                __owner: self,
                connection_name: connection_name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the tables of a SQL connection, in one schema or in all of
them; DSS may answer with a task, which is waited for (`.start()`
gives the task).

`GET /projects/{project_key}/datasets/tables-import/actions/list-tables`

Arguments:
- `connection_name`: The connection. Sent as query parameter `connectionName`.

Optional arguments, set by name on the returned request:
- `schema_name`: Unset by default (then left out). Sent as query parameter `schemaName`.

Returns a [`ProjectListSqlTables`](requests::ProjectListSqlTables) request; nothing is sent until `.send()`.*/
        pub fn list_sql_tables(
            &self,
            connection_name: impl Into<String>,
        ) -> requests::ProjectListSqlTables<'_> {
            requests::ProjectListSqlTables {
                __owner: self,
                connection_name: connection_name.into(),
                schema_name: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the databases of the Hive metastore.

`GET /projects/{project_key}/datasets/tables-import/actions/list-schemas` (always with `connectionName=@virtual(hive-jdbc):default`)

Returns a [`ProjectListHiveDatabases`](requests::ProjectListHiveDatabases) request; nothing is sent until `.send()`.*/
        pub fn list_hive_databases(&self) -> requests::ProjectListHiveDatabases<'_> {
            requests::ProjectListHiveDatabases {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the tables of a Hive database; DSS may answer with a task,
which is waited for (`.start()` gives the task).

`GET /projects/{project_key}/datasets/tables-import/actions/list-tables`

Arguments:
- `hive_database`: The database. Sent as query parameter `connectionName`.

Returns a [`ProjectListHiveTables`](requests::ProjectListHiveTables) request; nothing is sent until `.send()`.*/
        pub fn list_hive_tables(
            &self,
            hive_database: impl Into<String>,
        ) -> requests::ProjectListHiveTables<'_> {
            requests::ProjectListHiveTables {
                __owner: self,
                hive_database: hive_database.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the namespaces of an Iceberg connection.

`GET /projects/{project_key}/datasets/tables-import/actions/list-namespaces`

Arguments:
- `connection_name`: The connection. Sent as query parameter `connectionName`.

Returns a [`ProjectListIcebergNamespaces`](requests::ProjectListIcebergNamespaces) request; nothing is sent until `.send()`.*/
        pub fn list_iceberg_namespaces(
            &self,
            connection_name: impl Into<String>,
        ) -> requests::ProjectListIcebergNamespaces<'_> {
            requests::ProjectListIcebergNamespaces {
                __owner: self,
                connection_name: connection_name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the tables of an Iceberg connection, in one namespace or in
all of them; DSS may answer with a task, which is waited for
(`.start()` gives the task).

`GET /projects/{project_key}/datasets/tables-import/actions/list-tables`

Arguments:
- `connection_name`: The connection. Sent as query parameter `connectionName`.

Optional arguments, set by name on the returned request:
- `namespace`: Unset by default (then left out). Sent as query parameter `namespace`.

Returns a [`ProjectListIcebergTables`](requests::ProjectListIcebergTables) request; nothing is sent until `.send()`.*/
        pub fn list_iceberg_tables(
            &self,
            connection_name: impl Into<String>,
        ) -> requests::ProjectListIcebergTables<'_> {
            requests::ProjectListIcebergTables {
                __owner: self,
                connection_name: connection_name.into(),
                namespace: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists the indices and aliases of an Elasticsearch connection; DSS
may answer with a task, which is waited for (`.start()` gives the
task).

`GET /projects/{project_key}/datasets/tables-import/actions/list-indices`

Arguments:
- `connection_name`: The connection. Sent as query parameter `connectionName`.

Returns a [`ProjectListElasticsearchIndicesOrAliases`](requests::ProjectListElasticsearchIndicesOrAliases) request; nothing is sent until `.send()`.*/
        pub fn list_elasticsearch_indices_or_aliases(
            &self,
            connection_name: impl Into<String>,
        ) -> requests::ProjectListElasticsearchIndicesOrAliases<'_> {
            requests::ProjectListElasticsearchIndicesOrAliases {
                __owner: self,
                connection_name: connection_name.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts preparing the import of tables, named by their keys: the
first request of [`TablesImportDefinition::prepare`](crate::TablesImportDefinition::prepare).

`POST /projects/{project_key}/datasets/tables-import/actions/prepare-from-keys`

Never retried: sending it twice could do the work twice.

Arguments:
- `keys`: The tables: `[{"connectionName", "schema", "name", ..}]`. Sent as JSON member `keys`.

Returns a [`ProjectPrepareTablesImport`](requests::ProjectPrepareTablesImport) request; nothing is sent until `.send()`.*/
        pub fn prepare_tables_import(
            &self,
            keys: impl Into<::serde_json::Value>,
        ) -> requests::ProjectPrepareTablesImport<'_> {
            requests::ProjectPrepareTablesImport {
                __owner: self,
                keys: keys.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Starts importing prepared tables: the request of
[`TablesPreparedImport::execute`](crate::TablesPreparedImport::execute).

`POST /projects/{project_key}/datasets/tables-import/actions/execute-from-candidates`

Never retried: sending it twice could do the work twice.

Arguments:
- `candidates`: The candidates the preparation answered, sent back as they are. Sent as the JSON body.

Returns a [`ProjectExecuteTablesImport`](requests::ProjectExecuteTablesImport) request; nothing is sent until `.send()`.*/
        pub fn execute_tables_import(
            &self,
            candidates: impl Into<::serde_json::Value>,
        ) -> requests::ProjectExecuteTablesImport<'_> {
            requests::ProjectExecuteTablesImport {
                __owner: self,
                candidates: candidates.into(),
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssFuture {}
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
                fn __signature_of_init_tables_import(&self) -> TablesImportDefinition {
                    self.init_tables_import()
                }
            }
            impl super::handles::DssFuture {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_get_result_wait_if_needed(
                    client: &DssClient,
                    ret: Value,
                ) -> Waiting<'_, 'static, Value> {
                    Self::get_result_wait_if_needed(client, ret)
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
                ("DssProject", "list_sql_schemas") => {
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
                            .list_sql_schemas(args.str("connection_name")?);
                        let __endpoint = requests::ProjectListSqlSchemas::ENDPOINT;
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
                ("DssProject", "list_sql_tables") => {
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
                            .list_sql_tables(args.str("connection_name")?);
                        let __endpoint = requests::ProjectListSqlTables::ENDPOINT;
                        if let Some(__v) = args.opt_str("schema_name")? {
                            __r = __r.schema_name(__v);
                        }
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssProject", "list_hive_databases") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.list_hive_databases();
                        let __endpoint = requests::ProjectListHiveDatabases::ENDPOINT;
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
                ("DssProject", "list_hive_tables") => {
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
                            .list_hive_tables(args.str("hive_database")?);
                        let __endpoint = requests::ProjectListHiveTables::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssProject", "list_iceberg_namespaces") => {
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
                            .list_iceberg_namespaces(args.str("connection_name")?);
                        let __endpoint = requests::ProjectListIcebergNamespaces::ENDPOINT;
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
                ("DssProject", "list_iceberg_tables") => {
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
                            .list_iceberg_tables(args.str("connection_name")?);
                        let __endpoint = requests::ProjectListIcebergTables::ENDPOINT;
                        if let Some(__v) = args.opt_str("namespace")? {
                            __r = __r.namespace(__v);
                        }
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssProject", "list_elasticsearch_indices_or_aliases") => {
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
                            .list_elasticsearch_indices_or_aliases(
                                args.str("connection_name")?,
                            );
                        let __endpoint = requests::ProjectListElasticsearchIndicesOrAliases::ENDPOINT;
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssProject", "prepare_tables_import") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key] = crate::rt::dynamic::ids::<
                            1usize,
                        >("DssProject", ids)?;
                        let __owner = super::handles::DssProject {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.prepare_tables_import(args.json("keys")?);
                        let __endpoint = requests::ProjectPrepareTablesImport::ENDPOINT;
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
                ("DssProject", "execute_tables_import") => {
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
                            .execute_tables_import(args.json("candidates")?);
                        let __endpoint = requests::ProjectExecuteTablesImport::ENDPOINT;
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
            let model: super::models::ImportableTable = ::serde_json::from_str(
                    "{\"table\":\"plain\",\"schema\":\"plain\",\"databaseName\":\"plain\",\"namespace\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ImportableTable")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ImportableTable"
            );
            checked += 1;
            let model: super::models::ImportableTables = ::serde_json::from_str(
                    "{\"tables\":[{\"table\":\"plain\",\"schema\":\"plain\",\"databaseName\":\"plain\",\"namespace\":\"plain\",\"unknownMember\":\"SECRET-0b7c2f\"}],\"unknownMember\":\"SECRET-0b7c2f\"}",
                )
                .unwrap_or_else(|e| {
                    panic!("cannot build a sample `{}`: {e}", "ImportableTables")
                });
            let shown = format!("{model:?} {model:#?}");
            assert!(
                ! shown.contains("SECRET-0b7c2f"), "`{}` shows a secret: {shown}",
                "ImportableTables"
            );
            checked += 1;
            assert_eq!(checked, super::MODELS.len());
        }
        #[test]
        fn no_handle_shows_a_secret() {
            let client = crate::rt::DssClient::new("http://localhost:1", "SECRET-0b7c2f")
                .unwrap_or_else(|e| panic!("{e}"));
            let mut checked = 0usize;
            assert_eq!(checked, super::HANDLES.len());
        }
    }
}
