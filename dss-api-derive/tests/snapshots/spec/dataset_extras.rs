// The expansion of `dataset_extras.dss`, as generated from `../spec/index.dss` (relative to
// dss-api-derive). Do not edit: `UPDATE_SNAPSHOTS=1 cargo test -p dss-api-derive --lib` rewrites it.
///The expansion of `spec/dataset_extras.dss`.
pub mod spec_dataset_extras {
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
        ///Request value of [`DssDataset::test_and_detect_fs_like`](super::super::handles::DssDataset::test_and_detect_fs_like): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetTestAndDetectFsLike<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) infer_storage_types: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetTestAndDetectFsLike<'a> {
            /**Also infer the storage types of the columns.

Default: `false`. Sent as JSON member `inferStorageTypes`.*/
            pub fn infer_storage_types(mut self, infer_storage_types: bool) -> Self {
                self.infer_storage_types = infer_storage_types;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, infer_storage_types, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/actions/testAndDetectSettings/fsLike");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("detectPossibleFormats"),
                                    ::serde_json::Value::Bool(true),
                                );
                            __map
                                .insert(
                                    String::from("inferStorageTypes"),
                                    ::serde_json::Value::from(infer_storage_types),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
            ///Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/actions/testAndDetectSettings/fsLike`) and returns the answer.
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
            DatasetTestAndDetectFsLike,
            super::endpoints::DATASET_TEST_AND_DETECT_FS_LIKE, send_as
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetTestAndDetectFsLike<'_> {}
        ///Request value of [`DssDataset::test_and_detect_external_sql`](super::super::handles::DssDataset::test_and_detect_external_sql): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetTestAndDetectExternalSql<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetTestAndDetectExternalSql<'a> {
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
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/actions/testAndDetectSettings/externalSQL");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetTestAndDetectExternalSql,
            super::endpoints::DATASET_TEST_AND_DETECT_EXTERNAL_SQL, json(Value,
            "Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/actions/testAndDetectSettings/externalSQL`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetTestAndDetectExternalSql<'_> {}
        ///Request value of [`DssDataset::test_and_detect_elasticsearch`](super::super::handles::DssDataset::test_and_detect_elasticsearch): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetTestAndDetectElasticsearch<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetTestAndDetectElasticsearch<'a> {
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
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/actions/testAndDetectSettings/elasticsearch");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetTestAndDetectElasticsearch,
            super::endpoints::DATASET_TEST_AND_DETECT_ELASTICSEARCH, json(Value,
            "Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/actions/testAndDetectSettings/elasticsearch`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetTestAndDetectElasticsearch<'_> {}
        ///Request value of [`DssDataset::test_and_detect_custom`](super::super::handles::DssDataset::test_and_detect_custom): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetTestAndDetectCustom<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) infer_storage_types: bool,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetTestAndDetectCustom<'a> {
            /**Also infer the storage types of the columns.

Default: `false`. Sent as JSON member `inferStorageTypes`.*/
            pub fn infer_storage_types(mut self, infer_storage_types: bool) -> Self {
                self.infer_storage_types = infer_storage_types;
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, infer_storage_types, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/actions/testAndDetectSettings/custom");
                __call
                    .json(
                        &{
                            let mut __map = ::serde_json::Map::new();
                            __map
                                .insert(
                                    String::from("inferStorageTypes"),
                                    ::serde_json::Value::from(infer_storage_types),
                                );
                            ::serde_json::Value::Object(__map)
                        },
                    )?;
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetTestAndDetectCustom, super::endpoints::DATASET_TEST_AND_DETECT_CUSTOM,
            json(Value,
            "Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/actions/testAndDetectSettings/custom`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetTestAndDetectCustom<'_> {}
        ///Request value of [`DssDataset::get_column_lineage`](super::super::handles::DssDataset::get_column_lineage): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetGetColumnLineage<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) column: String,
            pub(crate) max_dataset_count: Option<i64>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetGetColumnLineage<'a> {
            /**Most datasets to follow (DSS's default when unset).

Unset by default (then left out). Sent as query parameter `maxDatasetCount`.*/
            pub fn max_dataset_count(mut self, max_dataset_count: i64) -> Self {
                self.max_dataset_count = Some(max_dataset_count);
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, column, max_dataset_count, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/column-lineage");
                __call.query("columnName", &column);
                __call.query("maxDatasetCount", &max_dataset_count);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetGetColumnLineage, super::endpoints::DATASET_GET_COLUMN_LINEAGE,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/column-lineage`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetGetColumnLineage<'_> {}
        ///Request value of [`DssDataset::synchronize_hive_metastore`](super::super::handles::DssDataset::synchronize_hive_metastore): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetSynchronizeHiveMetastore<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetSynchronizeHiveMetastore<'a> {
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
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/actions/synchronizeHiveMetastore");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetSynchronizeHiveMetastore,
            super::endpoints::DATASET_SYNCHRONIZE_HIVE_METASTORE,
            unit("Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/actions/synchronizeHiveMetastore`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetSynchronizeHiveMetastore<'_> {}
        ///Request value of [`DssDataset::update_from_hive`](super::super::handles::DssDataset::update_from_hive): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetUpdateFromHive<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetUpdateFromHive<'a> {
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
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/actions/updateFromHive");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            DatasetUpdateFromHive, super::endpoints::DATASET_UPDATE_FROM_HIVE,
            unit("Sends the request (`POST /projects/{project_key}/datasets/{dataset_name}/actions/updateFromHive`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetUpdateFromHive<'_> {}
        ///Request value of [`DssDataset::search_data_elastic`](super::super::handles::DssDataset::search_data_elastic): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct DatasetSearchDataElastic<'a> {
            pub(crate) __owner: &'a super::super::handles::DssDataset,
            pub(crate) query_string: String,
            pub(crate) start_row: i64,
            pub(crate) size: i64,
            pub(crate) sort_columns: Option<::serde_json::Value>,
            pub(crate) partitions: Option<::serde_json::Value>,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> DatasetSearchDataElastic<'a> {
            /**Index of the first row to return (dataikuapi's `start`, which
is the name of the method that starts the task here).

Default: `0`. Sent as query parameter `start`.*/
            pub fn start_row(mut self, start_row: i64) -> Self {
                self.start_row = start_row;
                self
            }
            /**Most rows to return.

Default: `128`. Sent as query parameter `size`.*/
            pub fn size(mut self, size: i64) -> Self {
                self.size = size;
                self
            }
            /**Columns to sort by (DSS's order when unset, sent as `null`).

Unset by default (then left out). Sent as query parameter `sortColumns`.*/
            pub fn sort_columns(
                mut self,
                sort_columns: impl Into<::serde_json::Value>,
            ) -> Self {
                self.sort_columns = Some(sort_columns.into());
                self
            }
            /**Partitions to search (all of them when unset, sent as `null`).

Unset by default (then left out). Sent as query parameter `partitions`.*/
            pub fn partitions(
                mut self,
                partitions: impl Into<::serde_json::Value>,
            ) -> Self {
                self.partitions = Some(partitions.into());
                self
            }
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self {
                    __owner,
                    query_string,
                    start_row,
                    size,
                    sort_columns,
                    partitions,
                    __opts,
                } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/datasets/");
                __call.segment("dataset_name", &__owner.dataset_name, false)?;
                __call.lit("/search-data-elastic");
                __call.query("queryString", &query_string);
                __call.query("start", &start_row);
                __call.query("size", &size);
                __call
                    .query(
                        "sortColumns",
                        crate::rt::query_text(
                            crate::rt::convert::json_text(
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&sort_columns),
                                ),
                                "sort_columns",
                            )?,
                        ),
                    );
                __call
                    .query(
                        "partitions",
                        crate::rt::query_text(
                            crate::rt::convert::json_text(
                                ::serde_json::Value::from(
                                    ::core::clone::Clone::clone(&partitions),
                                ),
                                "partitions",
                            )?,
                        ),
                    );
                Ok((__call, ()))
            }
            ///Sends the request (`GET /projects/{project_key}/datasets/{dataset_name}/search-data-elastic`) and returns the answer.
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
            DatasetSearchDataElastic, super::endpoints::DATASET_SEARCH_DATA_ELASTIC,
            plain
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for DatasetSearchDataElastic<'_> {}
        ///Request value of [`DssManagedFolder::get_last_metric_values`](super::super::handles::DssManagedFolder::get_last_metric_values): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderGetLastMetricValues<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderGetLastMetricValues<'a> {
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
                __call.lit("/managedfolders/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                __call.lit("/metrics/last");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ManagedFolderGetLastMetricValues,
            super::endpoints::MANAGED_FOLDER_GET_LAST_METRIC_VALUES, json(Value,
            "Sends the request (`GET /projects/{project_key}/managedfolders/{odb_id}/metrics/last`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderGetLastMetricValues<'_> {}
        ///Request value of [`DssManagedFolder::get_metric_history`](super::super::handles::DssManagedFolder::get_metric_history): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderGetMetricHistory<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) metric: String,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderGetMetricHistory<'a> {
            fn __prepare(
                self,
                _: bool,
            ) -> Result<(crate::rt::Call<'a>, ()), crate::rt::Error> {
                let Self { __owner, metric, __opts } = self;
                let mut __call = crate::rt::Call::new(
                    crate::rt::ServerClient::core(&__owner.client),
                    Self::ENDPOINT,
                );
                __call.options(__opts);
                __call.lit("/projects/");
                __call.segment("project_key", &__owner.project_key, false)?;
                __call.lit("/managedfolders/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                __call.lit("/metrics/history");
                __call.query("metricLookup", &metric);
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ManagedFolderGetMetricHistory,
            super::endpoints::MANAGED_FOLDER_GET_METRIC_HISTORY, json(Value,
            "Sends the request (`GET /projects/{project_key}/managedfolders/{odb_id}/metrics/history`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderGetMetricHistory<'_> {}
        ///Request value of [`DssManagedFolder::get_usages`](super::super::handles::DssManagedFolder::get_usages): set optional arguments by name, then call [`send`](Self::send).
        #[must_use = "a request does nothing until `.send()` is called"]
        pub struct ManagedFolderGetUsages<'a> {
            pub(crate) __owner: &'a super::super::handles::DssManagedFolder,
            pub(crate) __opts: crate::rt::RequestOptions,
        }
        impl<'a> ManagedFolderGetUsages<'a> {
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
                __call.lit("/managedfolders/");
                __call.segment("odb_id", &__owner.odb_id, false)?;
                __call.lit("/usages");
                Ok((__call, ()))
            }
        }
        crate::rt::request_common!(
            ManagedFolderGetUsages, super::endpoints::MANAGED_FOLDER_GET_USAGES,
            json(Value,
            "Sends the request (`GET /projects/{project_key}/managedfolders/{odb_id}/usages`) and returns the answer.")
        );
        #[cfg(feature = "mock")]
        impl crate::mock::Stub for ManagedFolderGetUsages<'_> {}
        crate::rt::request_list!(
            DatasetTestAndDetectFsLike, DatasetTestAndDetectExternalSql,
            DatasetTestAndDetectElasticsearch, DatasetTestAndDetectCustom,
            DatasetGetColumnLineage, DatasetSynchronizeHiveMetastore,
            DatasetUpdateFromHive, DatasetSearchDataElastic,
            ManagedFolderGetLastMetricValues, ManagedFolderGetMetricHistory,
            ManagedFolderGetUsages
        );
    }
    /// The description of every method of this file: its identity.
    pub mod endpoints {
        #[allow(unused_imports)]
        use crate::rt::catalog::{
            Arg, Endpoint, Place, Presence, Request, ResultKind, Verb,
        };
        ///`DssDataset::test_and_detect_fs_like`.
        pub static DATASET_TEST_AND_DETECT_FS_LIKE: Endpoint = Endpoint::new(
            "DssDataset",
            "test_and_detect_fs_like",
            crate::rt::Server::DSS,
            "Starts detecting the format and schema of a file-based dataset: the request [`test_and_detect`](crate::DssDataset::test_and_detect) sends for such a dataset.",
            &[
                Arg::new(
                    "infer_storage_types",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "inferStorageTypes",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/actions/testAndDetectSettings/fsLike",
                    &[],
                    "DatasetTestAndDetectFsLike",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Task,
            [false, false, false],
        );
        ///`DssDataset::test_and_detect_external_sql`.
        pub static DATASET_TEST_AND_DETECT_EXTERNAL_SQL: Endpoint = Endpoint::new(
            "DssDataset",
            "test_and_detect_external_sql",
            crate::rt::Server::DSS,
            "Tests a SQL dataset and detects its schema: the request [`test_and_detect`](crate::DssDataset::test_and_detect) sends for such a dataset.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/actions/testAndDetectSettings/externalSQL",
                    &[],
                    "DatasetTestAndDetectExternalSql",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssDataset::test_and_detect_elasticsearch`.
        pub static DATASET_TEST_AND_DETECT_ELASTICSEARCH: Endpoint = Endpoint::new(
            "DssDataset",
            "test_and_detect_elasticsearch",
            crate::rt::Server::DSS,
            "Tests an Elasticsearch dataset and detects its schema: the request [`test_and_detect`](crate::DssDataset::test_and_detect) sends for such a dataset.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/actions/testAndDetectSettings/elasticsearch",
                    &[],
                    "DatasetTestAndDetectElasticsearch",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssDataset::test_and_detect_custom`.
        pub static DATASET_TEST_AND_DETECT_CUSTOM: Endpoint = Endpoint::new(
            "DssDataset",
            "test_and_detect_custom",
            crate::rt::Server::DSS,
            "Tests a dataset of a plugin and detects its schema: the request [`test_and_detect`](crate::DssDataset::test_and_detect) sends for such a dataset.",
            &[
                Arg::new(
                    "infer_storage_types",
                    "bool",
                    Presence::Default("false"),
                    Place::Member {
                        path: "inferStorageTypes",
                        via: None,
                        omitted_when_unset: false,
                    },
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/actions/testAndDetectSettings/custom",
                    &[],
                    "DatasetTestAndDetectCustom",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, false, false],
        );
        ///`DssDataset::get_column_lineage`.
        pub static DATASET_GET_COLUMN_LINEAGE: Endpoint = Endpoint::new(
            "DssDataset",
            "get_column_lineage",
            crate::rt::Server::DSS,
            "Reads the lineage of a column: where its values come from and go, across datasets.",
            &[
                Arg::new(
                    "column",
                    "str",
                    Presence::Required,
                    Place::Query("columnName"),
                    false,
                ),
                Arg::new(
                    "max_dataset_count",
                    "int",
                    Presence::Optional,
                    Place::Query("maxDatasetCount"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/column-lineage",
                    &[],
                    "DatasetGetColumnLineage",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssDataset::synchronize_hive_metastore`.
        pub static DATASET_SYNCHRONIZE_HIVE_METASTORE: Endpoint = Endpoint::new(
            "DssDataset",
            "synchronize_hive_metastore",
            crate::rt::Server::DSS,
            "Writes the dataset's definition into the Hive metastore.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/actions/synchronizeHiveMetastore",
                    &[],
                    "DatasetSynchronizeHiveMetastore",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssDataset::update_from_hive`.
        pub static DATASET_UPDATE_FROM_HIVE: Endpoint = Endpoint::new(
            "DssDataset",
            "update_from_hive",
            crate::rt::Server::DSS,
            "Updates the dataset's definition from its table in the Hive metastore.",
            &[],
            Some(
                Request::new(
                    Verb::Post,
                    "/projects/{project_key}/datasets/{dataset_name}/actions/updateFromHive",
                    &[],
                    "DatasetUpdateFromHive",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Nothing,
            [false, true, false],
        );
        ///`DssDataset::search_data_elastic`.
        pub static DATASET_SEARCH_DATA_ELASTIC: Endpoint = Endpoint::new(
            "DssDataset",
            "search_data_elastic",
            crate::rt::Server::DSS,
            "Searches the rows of an Elasticsearch dataset and waits for the answer (`.start()` gives the task): `columns` and `rows`, each row's values as DSS sends them (dataikuapi also turns them into Python values by the columns' types).",
            &[
                Arg::new(
                    "query_string",
                    "str",
                    Presence::Required,
                    Place::Query("queryString"),
                    false,
                ),
                Arg::new(
                    "start_row",
                    "int",
                    Presence::Default("0"),
                    Place::Query("start"),
                    false,
                ),
                Arg::new(
                    "size",
                    "int",
                    Presence::Default("128"),
                    Place::Query("size"),
                    false,
                ),
                Arg::new(
                    "sort_columns",
                    "json",
                    Presence::Optional,
                    Place::Query("sortColumns"),
                    false,
                ),
                Arg::new(
                    "partitions",
                    "json",
                    Presence::Optional,
                    Place::Query("partitions"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/datasets/{dataset_name}/search-data-elastic",
                    &[],
                    "DatasetSearchDataElastic",
                    [false, false, true, false, false],
                ),
            ),
            ResultKind::Wait("Value"),
            [false, true, false],
        );
        ///`DssDataset::test_and_detect`.
        pub static DATASET_TEST_AND_DETECT: Endpoint = Endpoint::new(
            "DssDataset",
            "test_and_detect",
            crate::rt::Server::DSS,
            "Tests the dataset and detects its settings, by its type: a task for a file-based dataset, DSS's answer for the others.",
            &[],
            None,
            ResultKind::HandWritten("DatasetTestAndDetect < '_ >"),
            [true, true, false],
        );
        ///`DssDataset::autodetect_settings`.
        pub static DATASET_AUTODETECT_SETTINGS: Endpoint = Endpoint::new(
            "DssDataset",
            "autodetect_settings",
            crate::rt::Server::DSS,
            "Detects the dataset's format and schema and answers its settings with them (not saved).",
            &[],
            None,
            ResultKind::HandWritten("DatasetAutodetectSettings < '_ , 'static >"),
            [true, true, false],
        );
        ///`DssManagedFolder::get_last_metric_values`.
        pub static MANAGED_FOLDER_GET_LAST_METRIC_VALUES: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "get_last_metric_values",
            crate::rt::Server::DSS,
            "Reads the last value of each metric of the folder.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/managedfolders/{odb_id}/metrics/last",
                    &[],
                    "ManagedFolderGetLastMetricValues",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssManagedFolder::get_metric_history`.
        pub static MANAGED_FOLDER_GET_METRIC_HISTORY: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "get_metric_history",
            crate::rt::Server::DSS,
            "Reads the history of the values of one metric of the folder.",
            &[
                Arg::new(
                    "metric",
                    "str",
                    Presence::Required,
                    Place::Query("metricLookup"),
                    false,
                ),
            ],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/managedfolders/{odb_id}/metrics/history",
                    &[],
                    "ManagedFolderGetMetricHistory",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
        ///`DssManagedFolder::get_usages`.
        pub static MANAGED_FOLDER_GET_USAGES: Endpoint = Endpoint::new(
            "DssManagedFolder",
            "get_usages",
            crate::rt::Server::DSS,
            "Lists where the folder is used.",
            &[],
            Some(
                Request::new(
                    Verb::Get,
                    "/projects/{project_key}/managedfolders/{odb_id}/usages",
                    &[],
                    "ManagedFolderGetUsages",
                    [false, false, false, false, false],
                ),
            ),
            ResultKind::Json("Value"),
            [false, true, false],
        );
    }
    /// This file's methods, in spec order.
    pub const ENDPOINTS: &[&crate::rt::catalog::Endpoint] = &[
        &endpoints::DATASET_TEST_AND_DETECT_FS_LIKE,
        &endpoints::DATASET_TEST_AND_DETECT_EXTERNAL_SQL,
        &endpoints::DATASET_TEST_AND_DETECT_ELASTICSEARCH,
        &endpoints::DATASET_TEST_AND_DETECT_CUSTOM,
        &endpoints::DATASET_GET_COLUMN_LINEAGE,
        &endpoints::DATASET_SYNCHRONIZE_HIVE_METASTORE,
        &endpoints::DATASET_UPDATE_FROM_HIVE,
        &endpoints::DATASET_SEARCH_DATA_ELASTIC,
        &endpoints::DATASET_TEST_AND_DETECT,
        &endpoints::DATASET_AUTODETECT_SETTINGS,
        &endpoints::MANAGED_FOLDER_GET_LAST_METRIC_VALUES,
        &endpoints::MANAGED_FOLDER_GET_METRIC_HISTORY,
        &endpoints::MANAGED_FOLDER_GET_USAGES,
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
        &[]
    };
    impl super::handles::DssDataset {
        /**Starts detecting the format and schema of a file-based dataset: the
request [`test_and_detect`](crate::DssDataset::test_and_detect)
sends for such a dataset.

`POST /projects/{project_key}/datasets/{dataset_name}/actions/testAndDetectSettings/fsLike`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `infer_storage_types`: Default: `false`. Sent as JSON member `inferStorageTypes`.

Returns a [`DatasetTestAndDetectFsLike`](requests::DatasetTestAndDetectFsLike) request; nothing is sent until `.send()`.*/
        pub fn test_and_detect_fs_like(
            &self,
        ) -> requests::DatasetTestAndDetectFsLike<'_> {
            requests::DatasetTestAndDetectFsLike {
                __owner: self,
                infer_storage_types: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Tests a SQL dataset and detects its schema: the request
[`test_and_detect`](crate::DssDataset::test_and_detect) sends for
such a dataset.

`POST /projects/{project_key}/datasets/{dataset_name}/actions/testAndDetectSettings/externalSQL`

Never retried: sending it twice could do the work twice.

Returns a [`DatasetTestAndDetectExternalSql`](requests::DatasetTestAndDetectExternalSql) request; nothing is sent until `.send()`.*/
        pub fn test_and_detect_external_sql(
            &self,
        ) -> requests::DatasetTestAndDetectExternalSql<'_> {
            requests::DatasetTestAndDetectExternalSql {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Tests an Elasticsearch dataset and detects its schema: the request
[`test_and_detect`](crate::DssDataset::test_and_detect) sends for
such a dataset.

`POST /projects/{project_key}/datasets/{dataset_name}/actions/testAndDetectSettings/elasticsearch`

Never retried: sending it twice could do the work twice.

Returns a [`DatasetTestAndDetectElasticsearch`](requests::DatasetTestAndDetectElasticsearch) request; nothing is sent until `.send()`.*/
        pub fn test_and_detect_elasticsearch(
            &self,
        ) -> requests::DatasetTestAndDetectElasticsearch<'_> {
            requests::DatasetTestAndDetectElasticsearch {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Tests a dataset of a plugin and detects its schema: the request
[`test_and_detect`](crate::DssDataset::test_and_detect) sends for
such a dataset.

`POST /projects/{project_key}/datasets/{dataset_name}/actions/testAndDetectSettings/custom`

Never retried: sending it twice could do the work twice.

Optional arguments, set by name on the returned request:
- `infer_storage_types`: Default: `false`. Sent as JSON member `inferStorageTypes`.

Returns a [`DatasetTestAndDetectCustom`](requests::DatasetTestAndDetectCustom) request; nothing is sent until `.send()`.*/
        pub fn test_and_detect_custom(
            &self,
        ) -> requests::DatasetTestAndDetectCustom<'_> {
            requests::DatasetTestAndDetectCustom {
                __owner: self,
                infer_storage_types: false,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the lineage of a column: where its values come from and go,
across datasets.

`GET /projects/{project_key}/datasets/{dataset_name}/column-lineage`

Arguments:
- `column`: The column. Sent as query parameter `columnName`.

Optional arguments, set by name on the returned request:
- `max_dataset_count`: Unset by default (then left out). Sent as query parameter `maxDatasetCount`.

Returns a [`DatasetGetColumnLineage`](requests::DatasetGetColumnLineage) request; nothing is sent until `.send()`.*/
        pub fn get_column_lineage(
            &self,
            column: impl Into<String>,
        ) -> requests::DatasetGetColumnLineage<'_> {
            requests::DatasetGetColumnLineage {
                __owner: self,
                column: column.into(),
                max_dataset_count: None,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Writes the dataset's definition into the Hive metastore.

`POST /projects/{project_key}/datasets/{dataset_name}/actions/synchronizeHiveMetastore`

Never retried: sending it twice could do the work twice.

Returns a [`DatasetSynchronizeHiveMetastore`](requests::DatasetSynchronizeHiveMetastore) request; nothing is sent until `.send()`.*/
        pub fn synchronize_hive_metastore(
            &self,
        ) -> requests::DatasetSynchronizeHiveMetastore<'_> {
            requests::DatasetSynchronizeHiveMetastore {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Updates the dataset's definition from its table in the Hive
metastore.

`POST /projects/{project_key}/datasets/{dataset_name}/actions/updateFromHive`

Never retried: sending it twice could do the work twice.

Returns a [`DatasetUpdateFromHive`](requests::DatasetUpdateFromHive) request; nothing is sent until `.send()`.*/
        pub fn update_from_hive(&self) -> requests::DatasetUpdateFromHive<'_> {
            requests::DatasetUpdateFromHive {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Searches the rows of an Elasticsearch dataset and waits for the
answer (`.start()` gives the task): `columns` and `rows`, each row's
values as DSS sends them (dataikuapi also turns them into Python
values by the columns' types).

`GET /projects/{project_key}/datasets/{dataset_name}/search-data-elastic`

Arguments:
- `query_string`: The query, in Elasticsearch's query string syntax. Sent as query parameter `queryString`.

Optional arguments, set by name on the returned request:
- `start_row`: Default: `0`. Sent as query parameter `start`.
- `size`: Default: `128`. Sent as query parameter `size`.
- `sort_columns`: Unset by default (then left out). Sent as query parameter `sortColumns`.
- `partitions`: Unset by default (then left out). Sent as query parameter `partitions`.

Returns a [`DatasetSearchDataElastic`](requests::DatasetSearchDataElastic) request; nothing is sent until `.send()`.*/
        pub fn search_data_elastic(
            &self,
            query_string: impl Into<String>,
        ) -> requests::DatasetSearchDataElastic<'_> {
            requests::DatasetSearchDataElastic {
                __owner: self,
                query_string: query_string.into(),
                start_row: 0i64,
                size: 128i64,
                sort_columns: None,
                partitions: None,
                __opts: ::core::default::Default::default(),
            }
        }
    }
    impl super::handles::DssManagedFolder {
        /**Reads the last value of each metric of the folder.

`GET /projects/{project_key}/managedfolders/{odb_id}/metrics/last`

Returns a [`ManagedFolderGetLastMetricValues`](requests::ManagedFolderGetLastMetricValues) request; nothing is sent until `.send()`.*/
        pub fn get_last_metric_values(
            &self,
        ) -> requests::ManagedFolderGetLastMetricValues<'_> {
            requests::ManagedFolderGetLastMetricValues {
                __owner: self,
                __opts: ::core::default::Default::default(),
            }
        }
        /**Reads the history of the values of one metric of the folder.

`GET /projects/{project_key}/managedfolders/{odb_id}/metrics/history`

Arguments:
- `metric`: Id of the metric (`basic:COUNT_FILES`, ...). Sent as query parameter `metricLookup`.

Returns a [`ManagedFolderGetMetricHistory`](requests::ManagedFolderGetMetricHistory) request; nothing is sent until `.send()`.*/
        pub fn get_metric_history(
            &self,
            metric: impl Into<String>,
        ) -> requests::ManagedFolderGetMetricHistory<'_> {
            requests::ManagedFolderGetMetricHistory {
                __owner: self,
                metric: metric.into(),
                __opts: ::core::default::Default::default(),
            }
        }
        /**Lists where the folder is used.

`GET /projects/{project_key}/managedfolders/{odb_id}/usages`

Returns a [`ManagedFolderGetUsages`](requests::ManagedFolderGetUsages) request; nothing is sent until `.send()`.*/
        pub fn get_usages(&self) -> requests::ManagedFolderGetUsages<'_> {
            requests::ManagedFolderGetUsages {
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
            impl super::handles::DssDataset {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_test_and_detect(&self) -> DatasetTestAndDetect<'_> {
                    self.test_and_detect()
                }
            }
            impl super::handles::DssDataset {
                #[allow(dead_code, clippy::needless_lifetimes, deprecated)]
                fn __signature_of_autodetect_settings(
                    &self,
                ) -> DatasetAutodetectSettings<'_, 'static> {
                    self.autodetect_settings()
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
                ("DssDataset", "test_and_detect_fs_like") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataset", ids)?;
                        let __owner = super::handles::DssDataset {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.test_and_detect_fs_like();
                        let __endpoint = requests::DatasetTestAndDetectFsLike::ENDPOINT;
                        if let Some(__v) = args.opt_bool("infer_storage_types")? {
                            __r = __r.infer_storage_types(__v);
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
                ("DssDataset", "test_and_detect_external_sql") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataset", ids)?;
                        let __owner = super::handles::DssDataset {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.test_and_detect_external_sql();
                        let __endpoint = requests::DatasetTestAndDetectExternalSql::ENDPOINT;
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
                ("DssDataset", "test_and_detect_elasticsearch") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataset", ids)?;
                        let __owner = super::handles::DssDataset {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.test_and_detect_elasticsearch();
                        let __endpoint = requests::DatasetTestAndDetectElasticsearch::ENDPOINT;
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
                ("DssDataset", "test_and_detect_custom") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataset", ids)?;
                        let __owner = super::handles::DssDataset {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.test_and_detect_custom();
                        let __endpoint = requests::DatasetTestAndDetectCustom::ENDPOINT;
                        if let Some(__v) = args.opt_bool("infer_storage_types")? {
                            __r = __r.infer_storage_types(__v);
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
                ("DssDataset", "get_column_lineage") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataset", ids)?;
                        let __owner = super::handles::DssDataset {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_column_lineage(args.str("column")?);
                        let __endpoint = requests::DatasetGetColumnLineage::ENDPOINT;
                        if let Some(__v) = args.opt_int("max_dataset_count")? {
                            __r = __r.max_dataset_count(__v);
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
                ("DssDataset", "synchronize_hive_metastore") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataset", ids)?;
                        let __owner = super::handles::DssDataset {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.synchronize_hive_metastore();
                        let __endpoint = requests::DatasetSynchronizeHiveMetastore::ENDPOINT;
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
                ("DssDataset", "update_from_hive") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataset", ids)?;
                        let __owner = super::handles::DssDataset {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.update_from_hive();
                        let __endpoint = requests::DatasetUpdateFromHive::ENDPOINT;
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
                ("DssDataset", "search_data_elastic") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_dataset_name] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssDataset", ids)?;
                        let __owner = super::handles::DssDataset {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            dataset_name: __id_dataset_name,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner
                            .search_data_elastic(args.str("query_string")?);
                        let __endpoint = requests::DatasetSearchDataElastic::ENDPOINT;
                        if let Some(__v) = args.opt_int("start_row")? {
                            __r = __r.start_row(__v);
                        }
                        if let Some(__v) = args.opt_int("size")? {
                            __r = __r.size(__v);
                        }
                        if let Some(__v) = args.opt_json("sort_columns")? {
                            __r = __r.sort_columns(__v);
                        }
                        if let Some(__v) = args.opt_json("partitions")? {
                            __r = __r.partitions(__v);
                        }
                        args.finish(__endpoint)?;
                        if start { __r.start().map(drop) } else { __r.send().map(drop) }
                    })()
                }
                ("DssManagedFolder", "get_last_metric_values") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_last_metric_values();
                        let __endpoint = requests::ManagedFolderGetLastMetricValues::ENDPOINT;
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
                ("DssManagedFolder", "get_metric_history") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_metric_history(args.str("metric")?);
                        let __endpoint = requests::ManagedFolderGetMetricHistory::ENDPOINT;
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
                ("DssManagedFolder", "get_usages") => {
                    (|| -> Result<(), crate::rt::Error> {
                        let [__id_project_key, __id_odb_id] = crate::rt::dynamic::ids::<
                            2usize,
                        >("DssManagedFolder", ids)?;
                        let __owner = super::handles::DssManagedFolder {
                            client: ::core::clone::Clone::clone(client),
                            project_key: __id_project_key,
                            odb_id: __id_odb_id,
                        };
                        #[allow(unused_mut)]
                        let mut __r = __owner.get_usages();
                        let __endpoint = requests::ManagedFolderGetUsages::ENDPOINT;
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
}
